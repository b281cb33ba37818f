/**
 * One document model for everything SaiSaat writes — project detail documents and the whole plan
 * document — rendered by two thin renderers: .docx (src/cli/docx.ts) and Google Docs
 * (src/addon/docs/render.ts). Each block maps to one DocumentApp call: heading and paragraph →
 * Body.appendParagraph (+ setAlignment / setIndentFirstLine / setIndentStart, bold runs via
 * Text.setBold), list → one paragraph per item with its label written out (Thai digits "๑)", which
 * no list glyph type offers), table → Body.appendTable, chart → Body.appendImage (a PNG),
pageBreak → Body.appendPageBreak.
 */

/**
 * 'justify' is a Thai paragraph justified: Thai distributed alignment in .docx (space spread between
 * characters, not a few wide gaps at the spaces Thai has); left in Google Docs, which has no such
 * alignment (an office's own template keeps whatever alignment it sets).
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  bold?: boolean;
}

export interface ListEntry {
  /** The number as printed: "๑)", "๖.๑)". */
  label: string;
  text: string;
  level: 1 | 2;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  align?: Align;
  /** Columns this cell spans (default 1). */
  span?: number;
}

export type Block =
  | { kind: 'heading'; text: string; align?: Align }
  | {
      kind: 'paragraph';
      runs: Run[];
      align?: Align;
      /** indent levels from the left margin */ indent?: number;
      /** Thai paragraph first-line indent */ firstLine?: boolean;
    }
  | { kind: 'list'; items: ListEntry[] }
  | { kind: 'table'; /** relative column widths */ widths: number[]; header: TableCell[][]; rows: TableCell[][] }
  | { kind: 'chart'; chart: BarChart }
  | { kind: 'pageBreak' };

/**
 * A bar chart: one group of bars per category (a dimension), one bar per series. The .docx renderer
 * draws it as a PNG from an SVG (src/cli/chartSvg.ts), Google Docs as an image from the Charts service.
 */
export interface BarChart {
  title: string;
  /** The groups along the axis: "มิติที่ ๑" … */
  categories: string[];
  /** One value per category each; the legend names them. */
  series: { name: string; values: number[] }[];
  /** What the values count: "จำนวนโครงการ". */
  valueLabel: string;
  /** What the chart shows, in words: the caption under it and its alternative text. */
  description: string;
}

export interface DocSection {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface DocModel {
  /** File/document name, e.g. "ลำดับที่ ๑ มาตรการปรับปรุง…". */
  name: string;
  sections: DocSection[];
}

/** Page set-up of official documents: A4, 3 cm left and 2 cm right margins, 16 pt text. */
export const PAGE = {
  widthCm: 21,
  heightCm: 29.7,
  marginLeftCm: 3,
  marginRightCm: 2,
  marginTopCm: 2.5,
  marginBottomCm: 2,
  fontSizePt: 16,
  headingSizePt: 18,
  /** Plan tables, as offices print them, so five year columns fit a landscape page. */
  tableSizePt: 14,
  /** One indent level, and the Thai first-line indent. */
  indentCm: 1.25,
} as const;

/**
 * A list item's indents in cm from where its list paragraph starts: the text edge, and the first
 * line where its number hangs.
 */
export function listIndent(level: 1 | 2): { start: number; firstLine: number } {
  return level === 1 ? { start: 0.8, firstLine: 0 } : { start: 2, firstLine: 0.8 };
}

/** Plain text of a document, paragraph per line (tables row per line, cells by " | "), for checks and hashes. */
export function documentText(doc: DocModel): string {
  const lines: string[] = [];
  for (const section of doc.sections) {
    for (const b of section.blocks) {
      if (b.kind === 'heading') lines.push(b.text);
      else if (b.kind === 'paragraph') lines.push(b.runs.map((r) => r.text).join(''));
      else if (b.kind === 'list') for (const i of b.items) lines.push(`${i.label} ${i.text}`);
      else if (b.kind === 'table')
        for (const row of [...b.header, ...b.rows]) lines.push(row.map((c) => c.text).join(' | '));
      else if (b.kind === 'chart') lines.push(...chartText(b.chart));
    }
  }
  return lines.join('\n');
}

/** A chart as text: its title, a line per series with its values (so a hash changes with the figures), its caption. */
function chartText(chart: BarChart): string[] {
  return [
    chart.title,
    `${chart.valueLabel} | ${chart.categories.join(' | ')}`,
    ...chart.series.map((s) => `${s.name} | ${s.values.join(' | ')}`),
    chart.description,
  ];
}

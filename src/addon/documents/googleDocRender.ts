/**
 * Google Docs side of the document model: the twin of src/cli/docxRender.ts (page set-up, headings,
 * paragraphs, numbered lists written out as text, tables, charts as images), and the template filler that puts a
 * project's fields into a copy of the office's own template where its {{placeholders}} stand.
 * Every call here is a DocumentApp call checked against Google's reference.
 */
import {
  listIndent,
  PAGE,
  type Align,
  type BarChart,
  type Block,
  type ListEntry,
  type TableCell,
} from '../../core/document/model';
import { stripControls } from '../../core/read/text';
import {
  inlineText,
  isPlaceholder,
  placeholderName,
  PLACEHOLDER_PATTERN,
  solePlaceholder,
  type FieldValue,
  type Fields,
} from '../../core/document/template';

type Body = GoogleAppsScript.Document.Body;
/** A part of a document that holds paragraphs and tables: its body, header or footer. */
type Section = Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Element = GoogleAppsScript.Document.Element;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type ListItem = GoogleAppsScript.Document.ListItem;

/**
 * Text as it may reach DocumentApp: controls, U+FFFE/U+FFFF and lone surrogates removed (the Docs
 * API drops most controls and DocumentApp may refuse them). Cell text was cleaned when read; the
 * organisation's name, sheet and spreadsheet names and anything else that was not are cleaned here,
 * in the two entry points below, so every call that sends text gets it clean.
 */
export const docText = stripControls;

const docCells = (rows: TableCell[][]) => rows.map((r) => r.map((c) => ({ ...c, text: docText(c.text) })));
const docItems = (items: ListEntry[]) => items.map((i) => ({ ...i, label: docText(i.label), text: docText(i.text) }));

function docBlock(b: Block): Block {
  switch (b.kind) {
    case 'heading':
      return { ...b, text: docText(b.text) };
    case 'paragraph':
      return { ...b, runs: b.runs.map((r) => ({ ...r, text: docText(r.text) })) };
    case 'list':
      return { ...b, items: docItems(b.items) };
    case 'table':
      return { ...b, header: docCells(b.header), rows: docCells(b.rows) };
    case 'chart': {
      const c = b.chart;
      const chart: BarChart = {
        ...c,
        title: docText(c.title),
        categories: c.categories.map(docText),
        series: c.series.map((s) => ({ ...s, name: docText(s.name) })),
        valueLabel: docText(c.valueLabel),
        description: docText(c.description),
      };
      return { kind: 'chart', chart };
    }
    case 'pageBreak':
      return b;
  }
}

function docField(f: FieldValue): FieldValue {
  if (f.kind === 'text') return { kind: 'text', value: docText(f.value) };
  if (f.kind === 'paragraphs') return { kind: 'paragraphs', value: f.value.map(docText) };
  return { kind: 'list', items: docItems(f.items) };
}

const POINTS_PER_CM = 72 / 2.54;
const pt = (cm: number) => Math.round(cm * POINTS_PER_CM * 10) / 10;

/**
 * Google Docs has no Thai distributed alignment, and its plain justify opens gaps of several words'
 * width at the few spaces a Thai line has: a justified (Thai) paragraph is left-aligned here. An
 * office's own template keeps whatever alignment its paragraphs have (copied, not set).
 */
function alignment(a: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === 'center' ? H.CENTER : a === 'right' ? H.RIGHT : H.LEFT;
}

/** A4 with the official margins, portrait or landscape. */
export function setPage(body: Body, orientation: 'portrait' | 'landscape' = 'portrait'): void {
  const [w, h] = orientation === 'portrait' ? [PAGE.widthCm, PAGE.heightCm] : [PAGE.heightCm, PAGE.widthCm];
  body
    .setPageWidth(pt(w))
    .setPageHeight(pt(h))
    .setMarginLeft(pt(PAGE.marginLeftCm))
    .setMarginRight(pt(PAGE.marginRightCm))
    .setMarginTop(pt(PAGE.marginTopCm))
    .setMarginBottom(pt(PAGE.marginBottomCm));
}

/** Paragraph and text attributes in one setAttributes call (keys are DocumentApp.Attribute values). */
function styled(
  p: Paragraph,
  font: string,
  size: number,
  extra: { align?: Align; indentStart?: number; firstLine?: number; bold?: boolean },
): void {
  const A = DocumentApp.Attribute;
  const style: Record<string, unknown> = {
    [String(A.FONT_FAMILY)]: font,
    [String(A.FONT_SIZE)]: size,
    [String(A.BOLD)]: extra.bold ?? false,
  };
  if (extra.align) style[String(A.HORIZONTAL_ALIGNMENT)] = alignment(extra.align);
  if (extra.indentStart !== undefined) style[String(A.INDENT_START)] = extra.indentStart;
  if (extra.firstLine !== undefined) style[String(A.INDENT_FIRST_LINE)] = extra.firstLine;
  p.setAttributes(style);
}

function appendTable(body: Body, block: Extract<Block, { kind: 'table' }>, font: string, pageWidthCm: number): void {
  const columns = block.widths.length;
  // A cell spanning columns keeps its text in the first; DocumentApp cannot merge cells.
  const spread = (row: TableCell[]) =>
    row.flatMap((c) => [c, ...Array.from({ length: (c.span ?? 1) - 1 }, () => ({ text: '' }) as TableCell)]);
  const rows = [...block.header, ...block.rows].map(spread);
  const table = body.appendTable(rows.map((r) => Array.from({ length: columns }, (_, i) => r[i]?.text ?? '')));
  table.editAsText().setFontFamily(font).setFontSize(PAGE.tableSizePt);
  const usable = pageWidthCm - PAGE.marginLeftCm - PAGE.marginRightCm;
  const total = block.widths.reduce((a, b) => a + b, 0);
  block.widths.forEach((w, i) => table.setColumnWidth(i, pt((usable * w) / total)));
  rows.forEach((row, r) => {
    if (row.every((c) => c.bold || c.text === '')) table.getRow(r).editAsText().setBold(true);
    else row.forEach((c, i) => c.bold && c.text && table.getCell(r, i).editAsText().setBold(true));
    row.forEach((c, i) => {
      if (c.align && c.align !== 'left' && c.text)
        table.getCell(r, i).getChild(0).asParagraph().setAlignment(alignment(c.align));
    });
  });
}

/** Chart colours, as the .docx chart draws them (src/cli/chartSvg.ts). */
const CHART_COLOURS = ['#1f4e79', '#ed7d31', '#548235', '#7f7f7f'];
/** 16 cm at 96 pixels per inch: the text width of a portrait page. */
const CHART_WIDTH_PX = 605;

/**
 * A chart drawn by the Charts service as a PNG and appended as an image, centred, with its caption.
 * One data table (a row per category), one bar chart, one image: a constant number of calls.
 */
function appendChart(body: Body, c: BarChart, font: string): void {
  const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '');
  for (const s of c.series) table.addColumn(Charts.ColumnType.NUMBER, s.name);
  c.categories.forEach((category, i) => table.addRow([category, ...c.series.map((s) => s.values[i] ?? 0)]));
  const png = Charts.newBarChart()
    .setDataTable(table)
    .setTitle(c.title)
    .setXAxisTitle(c.valueLabel)
    .setLegendPosition(Charts.Position.BOTTOM)
    .setColors(CHART_COLOURS.slice(0, c.series.length))
    .setDimensions(CHART_WIDTH_PX, Math.round(CHART_WIDTH_PX * 0.6))
    .build()
    .getAs('image/png');
  body.appendImage(png).getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  styled(body.appendParagraph(c.description), font, PAGE.tableSizePt, { align: 'center' });
}

/** Appends model blocks to a body in `font`, 16 pt text, 18 pt headings, 14 pt tables. */
export function appendBlocks(body: Body, blocks: Block[], font: string, pageWidthCm: number = PAGE.widthCm): void {
  for (const b of blocks.map(docBlock)) {
    switch (b.kind) {
      case 'heading':
        styled(body.appendParagraph(b.text), font, PAGE.headingSizePt, { align: b.align ?? 'left', bold: true });
        break;
      case 'paragraph': {
        const p = body.appendParagraph(b.runs.map((r) => r.text).join(''));
        const start = b.indent ? pt(PAGE.indentCm * b.indent) : 0;
        styled(p, font, PAGE.fontSizePt, {
          align: b.align ?? 'left',
          indentStart: start,
          firstLine: start + (b.firstLine ? pt(PAGE.indentCm) : 0),
        });
        boldRuns(p, b.runs);
        break;
      }
      case 'list':
        for (const item of b.items) {
          const { start, firstLine } = listIndent(item.level);
          styled(body.appendParagraph(`${item.label} ${item.text}`), font, PAGE.fontSizePt, {
            indentStart: pt(PAGE.indentCm + start),
            firstLine: pt(PAGE.indentCm + firstLine),
          });
        }
        break;
      case 'table':
        appendTable(body, b, font, pageWidthCm);
        break;
      case 'chart':
        appendChart(body, b.chart, font);
        break;
      case 'pageBreak':
        body.appendPageBreak();
        break;
    }
  }
}

function boldRuns(p: Paragraph, runs: { text: string; bold?: boolean }[]): void {
  let offset = 0;
  let text: GoogleAppsScript.Document.Text | null = null;
  for (const r of runs) {
    if (r.bold && r.text.length) {
      text ??= p.editAsText();
      text.setBold(offset, offset + r.text.length - 1, true);
    }
    offset += r.text.length;
  }
}

/** The paragraphs a list or paragraphs field becomes, as text. */
function expansion(field: FieldValue, asListItem: boolean): { text: string; level: 1 | 2 }[] {
  if (field.kind === 'list')
    return field.items.map((i) => ({ text: asListItem ? i.text : `${i.label} ${i.text}`, level: i.level }));
  if (field.kind === 'paragraphs') return field.value.map((text) => ({ text, level: 1 as const }));
  return [{ text: field.value, level: 1 }];
}

/**
 * A paragraph holding only a list or paragraphs placeholder becomes one paragraph per item,
 * each a copy of it (so the template's font, spacing and indent carry over); list numbers are
 * written as text, sub-items indented further. A template list item keeps its own bullets.
 */
function expandParagraph(body: Body, p: Paragraph, field: FieldValue): void {
  const isListItem = p.getType() === DocumentApp.ElementType.LIST_ITEM;
  const items = expansion(field, isListItem);
  if (items.length === 0) {
    // The last paragraph of a body cannot be removed: it is emptied instead.
    if (p.getNextSibling()) p.removeFromParent();
    else p.setText('');
    return;
  }
  const index = body.getChildIndex(p);
  const base = field.kind === 'list' && !isListItem ? (p.getIndentStart() ?? 0) : null;
  const targets: (Paragraph | ListItem)[] = [p];
  for (let k = 1; k < items.length; k++) {
    const copy = p.copy();
    targets.push(
      isListItem ? body.insertListItem(index + k, copy.asListItem()) : body.insertParagraph(index + k, copy),
    );
  }
  items.forEach((item, k) => {
    const target = targets[k];
    target.setText(item.text);
    if (isListItem && item.level === 2) target.asListItem().setNestingLevel(1);
    if (base !== null) {
      const { start, firstLine } = listIndent(item.level);
      // Both indents in one call: only the attributes named change.
      target.setAttributes({
        [String(DocumentApp.Attribute.INDENT_START)]: base + pt(start),
        [String(DocumentApp.Attribute.INDENT_FIRST_LINE)]: base + pt(firstLine),
      });
    }
  });
}

/** Text placeholders (and block ones used inline) replaced where they stand, keeping their formatting. */
function replaceInline(p: Paragraph, text: string, fields: Fields): void {
  const matches = [...text.matchAll(PLACEHOLDER_PATTERN)].filter((m) => isPlaceholder(placeholderName(m[1])));
  if (matches.length === 0) return;
  const edit = p.editAsText();
  let length = text.length;
  for (const m of matches.reverse()) {
    const name = placeholderName(m[1]) as keyof Fields;
    const value = inlineText(fields[name]);
    const start = m.index!;
    const end = start + m[0].length - 1;
    // Inserted after the placeholder, the value takes the placeholder's formatting.
    if (value) {
      if (end + 1 >= length) edit.appendText(value);
      else edit.insertText(end + 1, value);
    }
    edit.deleteText(start, end);
    length += value.length - m[0].length;
  }
}

/** The value of each field as it may reach DocumentApp. */
const docFields = (raw: Fields) =>
  Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, docField(value)])) as Fields;

/** A paragraph's placeholders replaced where they stand (list and paragraphs fields written inline). */
function fillInline(p: Paragraph, fields: Fields): void {
  const text = p.getText();
  if (text.includes('{{')) replaceInline(p, text, fields);
}

/** Fills a body copied from a template: every placeholder of every paragraph, in tables too. */
function fillTemplateBody(body: Body, fields: Fields): void {
  for (const p of body.getParagraphs()) {
    const text = p.getText();
    if (!text.includes('{{')) continue;
    const sole = solePlaceholder(text);
    const field = sole ? fields[sole] : null;
    if (field && field.kind !== 'text' && p.getParent().getType() === DocumentApp.ElementType.BODY_SECTION)
      expandParagraph(body, p, field);
    else replaceInline(p, text, fields);
  }
}

/**
 * Fills a document that holds the template's content: its body, and its header and footer when
 * the template's have placeholders (written inline there: a header is no place for a list).
 */
export function fillTemplate(doc: GoogleAppsScript.Document.Document, template: TemplateBody, rawFields: Fields): void {
  const fields = docFields(rawFields);
  fillTemplateBody(doc.getBody(), fields);
  if (template.header?.placeholders) for (const p of doc.getHeader()!.getParagraphs()) fillInline(p, fields);
  if (template.footer?.placeholders) for (const p of doc.getFooter()!.getParagraphs()) fillInline(p, fields);
}

/** Copies of a template's top-level elements appended to a section, after its one empty paragraph. */
function appendCopies(section: Section, elements: Element[]): void {
  for (const element of elements) {
    const copy = element.copy();
    const type = element.getType();
    if (type === DocumentApp.ElementType.PARAGRAPH) section.appendParagraph(copy.asParagraph());
    else if (type === DocumentApp.ElementType.LIST_ITEM) section.appendListItem(copy.asListItem());
    else if (type === DocumentApp.ElementType.TABLE) section.appendTable(copy.asTable());
  }
  dropLeadingEmptyParagraph(section);
}

/** A document's header or footer made the template's: refilled, added, or removed when the template has none. */
function replaceSection(
  current: GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection | null,
  template: TemplateSection | null,
  add: () => GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection,
): void {
  if (!template) {
    current?.removeFromParent();
    return;
  }
  appendCopies(current ? current.clear() : add(), template.elements);
}

/**
 * Replaces a document's content with a fresh copy of the template's (updating a document in place,
 * so its id and link stay): body, page set-up, and the header and footer a copy of the template
 * would have (DocumentApp reaches the default ones only: a first-page or even-page header is not
 * carried).
 */
export function copyTemplate(doc: GoogleAppsScript.Document.Document, template: TemplateBody): void {
  const body = doc.getBody();
  body.clear();
  appendCopies(body, template.elements);
  const m = template.page;
  body
    .setPageWidth(m.width)
    .setPageHeight(m.height)
    .setMarginLeft(m.left)
    .setMarginRight(m.right)
    .setMarginTop(m.top)
    .setMarginBottom(m.bottom);
  replaceSection(doc.getHeader(), template.header, () => doc.addHeader());
  replaceSection(doc.getFooter(), template.footer, () => doc.addFooter());
}

/** A new or cleared section starts with one empty paragraph, in front of what was appended after it. */
export function dropLeadingEmptyParagraph(section: Section): void {
  if (section.getNumChildren() < 2) return;
  const first = section.getChild(0);
  if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '')
    first.removeFromParent();
}

/** A template's header or footer: its elements, and whether it has placeholders to fill. */
interface TemplateSection {
  elements: Element[];
  placeholders: boolean;
}

/** A template's top-level elements, page set-up, header and footer, read once per batch. */
export interface TemplateBody {
  elements: Element[];
  page: { width: number; height: number; left: number; right: number; top: number; bottom: number };
  /** Its text, header and footer included, for the template check. */
  text: string;
  header: TemplateSection | null;
  footer: TemplateSection | null;
}

function children(section: Section): Element[] {
  const n = section.getNumChildren();
  const elements: Element[] = [];
  for (let i = 0; i < n; i++) elements.push(section.getChild(i));
  return elements;
}

function readSection(
  section: GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection | null,
) {
  if (!section) return { section: null, text: '' };
  const text = section.getText();
  return { section: { elements: children(section), placeholders: text.includes('{{') }, text };
}

export function readTemplate(doc: GoogleAppsScript.Document.Document): TemplateBody {
  const body = doc.getBody();
  const header = readSection(doc.getHeader());
  const footer = readSection(doc.getFooter());
  return {
    elements: children(body),
    page: {
      width: body.getPageWidth(),
      height: body.getPageHeight(),
      left: body.getMarginLeft(),
      right: body.getMarginRight(),
      top: body.getMarginTop(),
      bottom: body.getMarginBottom(),
    },
    text: [header.text, body.getText(), footer.text].filter(Boolean).join('\n'),
    header: header.section,
    footer: footer.section,
  };
}

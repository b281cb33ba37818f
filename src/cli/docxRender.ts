/**
 * The .docx renderer of the document model (node only; never in the Apps Script bundle): A4 with
 * 3 cm left / 2 cm right margins, landscape sections where the model says so, the font on every
 * script (Word draws Thai with the complex-script font, so it is set there too), 16 pt text,
 * justified Thai paragraphs in Thai distributed alignment, charts as PNG images (chartSvg.ts).
 * List numbers are written as text ("๑)") — Thai digits, as the documents use, and the same
 * output as in Google Docs, whose list glyphs have no Thai digits.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from 'docx';
import type { Align, BarChart, Block, DocModel, TableCell as ModelCell } from '../core/document/model';
import { listIndent, PAGE } from '../core/document/model';
import { barChartPng, CHART_HEIGHT_PX, CHART_WIDTH_CM, CHART_WIDTH_PX } from './chartSvg';

const cm = (value: number) => convertMillimetersToTwip(value * 10);
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  // Thai distributed (w:jc thaiDistribute): Word spreads the space between characters, where
  // `both` opens gaps of several words' width at the few spaces a Thai line has.
  justify: AlignmentType.THAI_DISTRIBUTE,
};

function cellParagraph(cell: ModelCell): Paragraph {
  return new Paragraph({
    alignment: cell.align ? ALIGN[cell.align] : undefined,
    children: [new TextRun({ text: cell.text, bold: cell.bold, size: PAGE.tableSizePt * 2 })],
  });
}

function table(block: Extract<Block, { kind: 'table' }>, landscape: boolean): Table {
  const pageWidth = (landscape ? PAGE.heightCm : PAGE.widthCm) - PAGE.marginLeftCm - PAGE.marginRightCm;
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => cm((pageWidth * w) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const row = (cells: ModelCell[], header: boolean) => {
    let col = 0;
    return new TableRow({
      tableHeader: header,
      children: cells.map((c) => {
        const span = c.span ?? 1;
        const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return new TableCell({
          columnSpan: span > 1 ? span : undefined,
          width: { size: width, type: WidthType.DXA },
          borders: { top: border, bottom: border, left: border, right: border },
          children: [cellParagraph(c)],
        });
      }),
    });
  };
  return new Table({
    columnWidths: widths,
    // Narrow cell margins so six-digit totals stay on one line in the year columns.
    margins: { left: cm(0.1), right: cm(0.1) },
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    rows: [...block.header.map((r) => row(r, true)), ...block.rows.map((r) => row(r, false))],
  });
}

function heading(b: Extract<Block, { kind: 'heading' }>): Paragraph {
  return new Paragraph({
    alignment: b.align ? ALIGN[b.align] : undefined,
    spacing: { after: 120 },
    children: [new TextRun({ text: b.text, bold: true, size: PAGE.headingSizePt * 2 })],
  });
}

function paragraph(b: Extract<Block, { kind: 'paragraph' }>): Paragraph {
  return new Paragraph({
    alignment: b.align ? ALIGN[b.align] : undefined,
    indent: {
      left: b.indent ? cm(PAGE.indentCm * b.indent) : undefined,
      firstLine: b.firstLine ? cm(PAGE.indentCm) : undefined,
    },
    children: b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold })),
  });
}

/** A list as paragraphs with their numbers as text, where the template's list paragraph stood: one indent level in. */
function listItems(b: Extract<Block, { kind: 'list' }>): Paragraph[] {
  return b.items.map((item) => {
    const { start, firstLine } = listIndent(item.level);
    return new Paragraph({
      indent: { left: cm(PAGE.indentCm + start), hanging: cm(start - firstLine) },
      children: [new TextRun({ text: `${item.label} ${item.text}` })],
    });
  });
}

/** A chart as a PNG 16 cm wide, centred, with its description as the caption and the image's alternative text. */
function chart(c: BarChart, font: string): Paragraph[] {
  // docx sizes images in pixels at 96 per inch.
  const width = Math.round((CHART_WIDTH_CM / 2.54) * 96);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: barChartPng(c, font),
          transformation: { width, height: Math.round((width * CHART_HEIGHT_PX) / CHART_WIDTH_PX) },
          altText: { name: c.title, title: c.title, description: c.description },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: c.description, size: PAGE.tableSizePt * 2 })],
    }),
  ];
}

function blocks(list: Block[], landscape: boolean, font: string): (Paragraph | Table)[] {
  return list.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'heading':
        return [heading(b)];
      case 'paragraph':
        return [paragraph(b)];
      case 'list':
        return listItems(b);
      case 'table':
        return [table(b, landscape), new Paragraph({ children: [] })];
      case 'chart':
        return chart(b.chart, font);
      case 'pageBreak':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}

/** The model as a .docx file. */
export async function renderDocx(doc: DocModel, font: string): Promise<Buffer> {
  const sections: ISectionOptions[] = doc.sections.map((s) => {
    const landscape = s.orientation === 'landscape';
    return {
      properties: {
        page: {
          size: {
            width: cm(PAGE.widthCm),
            height: cm(PAGE.heightCm),
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            left: cm(PAGE.marginLeftCm),
            right: cm(PAGE.marginRightCm),
            top: cm(PAGE.marginTopCm),
            bottom: cm(PAGE.marginBottomCm),
          },
        },
      },
      children: blocks(s.blocks, landscape, font),
    };
  });
  const document = new Document({
    title: doc.name,
    creator: 'SaiSaat',
    styles: { default: { document: { run: { font, size: PAGE.fontSizePt * 2 } } } },
    sections,
  });
  return Packer.toBuffer(document);
}

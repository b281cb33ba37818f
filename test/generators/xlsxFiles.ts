/**
 * .xlsx files built on the fly for the reading-limit tests and the CLI memory bench: a plan grid
 * written by exceljs's streaming writer (memory-light even at 100,000 rows), and the same file with
 * its sheet XML edited the way a stray format or a stray value leaves it (a declared dimension of
 * A1:XFD1048576, a cell at the far corner). Nothing MB-sized is committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** The whole grid of Excel 2007 and later: what a stray format on a whole row and column declares. */
export const WHOLE_SHEET = 'A1:XFD1048576';
export const FAR_CORNER = 'XFD1048576';

/** Writes sheets (name → grid) to an .xlsx, in order. */
export async function writeXlsx(file: string, sheets: [string, ExcelJS.CellValue[][]][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const [name, grid] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const row of grid) ws.addRow(row).commit();
    ws.commit();
  }
  await wb.commit();
}

/** Rewrites parts of an .xlsx in place: zip path (e.g. xl/worksheets/sheet1.xml) → edit of its XML. */
export async function editXlsx(file: string, edits: Record<string, (xml: string) => string>): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(file));
  for (const [path, edit] of Object.entries(edits)) zip.file(path, edit(await zip.file(path)!.async('string')));
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** styles.xml with a style 1 (a fill) when it has only the default style 0: what a stray format uses. */
export function addFillStyle(xml: string): string {
  return xml.replace(
    /<cellXfs count="1">(<xf [^>]*\/>)<\/cellXfs>/,
    '<cellXfs count="2">$1<xf numFmtId="0" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1"/></cellXfs>',
  );
}

/**
 * Cells appended, each in its own row after the others, and the declared dimension made the whole
 * sheet: with a value (`x`), or styled and empty (style 1 of addFillStyle: a format applied by
 * mistake). The refs are in reading order (row by row).
 */
export function strayCells(refs: string[], kind: 'value' | 'styled'): (xml: string) => string {
  const cell = (ref: string) =>
    kind === 'value' ? `<c r="${ref}" t="inlineStr"><is><t>x</t></is></c>` : `<c r="${ref}" s="1"/>`;
  const rows = new Map<string, string>();
  for (const ref of refs) {
    const row = /\d+$/.exec(ref)![0];
    rows.set(row, (rows.get(row) ?? '') + cell(ref));
  }
  const added = [...rows].map(([row, cells]) => `<row r="${row}">${cells}</row>`).join('');
  const dimension = `<dimension ref="${WHOLE_SHEET}"/>`;
  return (xml) =>
    (/<dimension [^>]*\/>/.test(xml)
      ? xml.replace(/<dimension [^>]*\/>/, dimension)
      : xml.replace(/(<worksheet[^>]*>)/, `$1${dimension}`)
    ).replace(
      /<sheetData\/>|<\/sheetData>/,
      (end) => `${end === '<sheetData/>' ? '<sheetData>' : ''}${added}</sheetData>`,
    );
}

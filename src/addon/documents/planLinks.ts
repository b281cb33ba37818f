/**
 * The plan sheet's side of the documents: a stable id per project (so a document follows its
 * project through renames and row moves) and, next to each project, a link to its document and
 * its status — written row by row as each document finishes. Columns SaiSaat adds go to the right
 * of the table, into empty cells; no user cell is moved or overwritten.
 */
import type { Cell } from '../../core/read/cells';
import type { ColumnRole } from '../../core/read/header';
import type { PlanReading } from '../../core/read/planReader';
import { asText, forWrite, newProjectId } from '../spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LINK_HEADER = 'เอกสารรายละเอียดโครงการ';
export const STATUS_HEADER = 'สถานะเอกสาร';
const ID_HEADER = 'รหัส';

export interface DocColumns {
  /** 1-based columns. */
  link: number;
  status: number;
}

function columnOf(reading: PlanReading, role: ColumnRole): number | null {
  const c = reading.headers[0].columns.find((x) => x.role === role);
  return c ? c.col + 1 : null;
}

/** Header cells written past the last column the sheet uses, bold and wrapped like SaiSaat's header. */
function addHeaders(sheet: Sheet, reading: PlanReading, headers: string[]): number {
  const row = reading.headers[0].rows[0] + 1;
  const col = sheet.getLastColumn() + 1;
  sheet.getRange(row, col, 1, headers.length).setValues([headers]).setFontWeight('bold').setWrap(true);
  return col;
}

/**
 * Gives every project row an id where it has none (adding a รหัส column when the sheet has no id
 * column), so documents stay attached when a project is renamed or moved. Returns whether it wrote.
 */
export function ensureProjectIds(sheet: Sheet, reading: PlanReading, values: Cell[][]): boolean {
  if (reading.projects.length === 0) return false;
  let col = columnOf(reading, 'id');
  const missing =
    col === null
      ? reading.projects
      : reading.projects.filter((p) => String(values[p.row - 1]?.[col! - 1] ?? '').trim() === '');
  if (missing.length === 0) return false;
  if (col === null) col = addHeaders(sheet, reading, [ID_HEADER]);
  const first = Math.min(...missing.map((p) => p.row));
  const last = Math.max(...missing.map((p) => p.row));
  const range = sheet.getRange(first, col, last - first + 1, 1);
  const current = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  const next = current.map((r, i) => [forWrite(r[0], formulas[i][0])]);
  for (const p of missing) next[p.row - first][0] = newProjectId();
  range.setValues(next);
  return true;
}

/** The link and status columns, added to the right of the table the first time. */
export function ensureDocColumns(sheet: Sheet, reading: PlanReading): DocColumns {
  const link = columnOf(reading, 'document');
  const status = columnOf(reading, 'documentStatus');
  if (link !== null && status !== null) return { link, status };
  const col = addHeaders(sheet, reading, [LINK_HEADER, STATUS_HEADER]);
  sheet.setColumnWidth(col, 260);
  sheet.setColumnWidth(col + 1, 220);
  return { link: col, status: col + 1 };
}

/**
 * One project's row: a rich-text link (not a HYPERLINK formula, whose argument separator depends
 * on the spreadsheet's locale) and the status text. `url` null keeps the link cell as it is.
 */
export function writeDocRow(
  sheet: Sheet,
  columns: DocColumns,
  row: number,
  link: { text: string; url: string } | null,
  status: string,
): void {
  const rich = (text: string) => SpreadsheetApp.newRichTextValue().setText(text).build();
  if (link && columns.status === columns.link + 1) {
    const linkValue = SpreadsheetApp.newRichTextValue().setText(link.text).setLinkUrl(link.url).build();
    sheet.getRange(row, columns.link, 1, 2).setRichTextValues([[linkValue, rich(status)]]);
    return;
  }
  if (link)
    sheet
      .getRange(row, columns.link)
      .setRichTextValue(SpreadsheetApp.newRichTextValue().setText(link.text).setLinkUrl(link.url).build());
  sheet.getRange(row, columns.status).setValue(asText(status));
}

/** Status cells of projects that get no document (no or incomplete details), written in one call. */
export function writeSkippedStatuses(
  sheet: Sheet,
  columns: DocColumns,
  skipped: { row: number; reason: string }[],
): void {
  if (skipped.length === 0) return;
  const first = Math.min(...skipped.map((s) => s.row));
  const last = Math.max(...skipped.map((s) => s.row));
  const range = sheet.getRange(first, columns.status, last - first + 1, 1);
  const values = range.getValues() as Cell[][];
  const formulas = range.getFormulas();
  const next = values.map((r, i) => [forWrite(r[0], formulas[i][0])]);
  for (const s of skipped) next[s.row - first][0] = asText(s.reason);
  range.setValues(next);
}

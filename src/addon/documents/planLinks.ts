/**
 * The plan sheet's side of the documents: next to each project, a link to its document and its
 * status — written row by row as each document finishes. Columns SaiSaat adds go to the right
 * of the table, into empty cells; no user cell is moved or overwritten.
 */
import type { PlanReading } from '../../core/read/planReader';
import { addHeaderCells, planColumn } from '../planSheet';
import { asText, rewriteRange } from '../spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LINK_HEADER = 'เอกสารรายละเอียดโครงการ';
export const STATUS_HEADER = 'สถานะเอกสาร';

export interface DocColumns {
  /** 1-based columns. */
  link: number;
  status: number;
}

/** The link and status columns, added to the right of the table the first time. */
export function ensureDocColumns(sheet: Sheet, reading: PlanReading): DocColumns {
  const link = planColumn(reading, 'document');
  const status = planColumn(reading, 'documentStatus');
  if (link !== null && status !== null) return { link, status };
  const col = addHeaderCells(sheet, reading, [LINK_HEADER, STATUS_HEADER]);
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

/** Status cells of projects that get no document (no or incomplete details), written in one call; formulas stay. */
export function writeSkippedStatuses(
  sheet: Sheet,
  columns: DocColumns,
  skipped: { row: number; reason: string }[],
): void {
  if (skipped.length === 0) return;
  const first = Math.min(...skipped.map((s) => s.row));
  const last = Math.max(...skipped.map((s) => s.row));
  const reasons = new Map(skipped.map((s) => [s.row, s.reason]));
  rewriteRange(sheet.getRange(first, columns.status, last - first + 1, 1), (now, r) =>
    now.formula ? undefined : reasons.get(first + r),
  );
}

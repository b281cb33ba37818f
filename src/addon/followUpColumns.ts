/**
 * เพิ่มคอลัมน์ติดตามผล: the follow-up columns (core/sheet/standardSheet.ts followUpBlock) added to an
 * existing annual plan, right of its table. Columns are inserted (insertColumnsAfter), so no cell
 * is overwritten: only cells right of the table move further right, on their rows. A five-year
 * plan, or a plan that has the columns already, is refused with the reason.
 */
import { columnLetters } from '../core/read/cells';
import { followUpBlock } from '../core/sheet/standardSheet';
import { planTotals } from '../core/totals/totalFormulas';
import { indexColumns } from '../core/read/columnIndex';
import { requirePlan, type LoadedPlan } from './planSheet';
import { asText, UserError, withDocumentLock } from './spreadsheet';
import { applyFollowUpRules, FOLLOW_UP_PROTECTION, protectHeader } from './planFormat';
import type { FollowUpColumnsResult } from '../shared/followUpWire';

export function addFollowUpColumns(): FollowUpColumnsResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet, values, reading } = requirePlan(ss);
    const header = reading.headers[0];
    const found = indexColumns(header).followUp;
    if (found) {
      const cols = [found.ordinance, ...Object.values(found.rounds).flatMap((r) => Object.values(r))];
      const where = columnLetters(Math.min(...cols.filter((c) => c !== undefined)));
      throw new UserError({
        th: `แผนนี้มีคอลัมน์ติดตามผลแล้ว (คอลัมน์ ${where}) จึงไม่เพิ่มซ้ำ`,
        en: `This plan already has follow-up columns (column ${where}), so none were added`,
      });
    }
    if (reading.layout !== 'annual')
      throw new UserError({
        th: 'แผนนี้เป็นแผนหลายปี (มีงบประมาณหลายปี): คอลัมน์ติดตามผลใช้กับแผนปฏิบัติการประจำปีเท่านั้น — สร้างแผนประจำปีก่อน',
        en: 'This is a multi-year plan (a budget column per year): follow-up columns belong in an annual plan — create the annual plan first',
      });
    // The table ends at its last header cell, known or not (a column the office added).
    const lastCol = Math.max(...header.columns.map((c) => c.col), ...header.unknown.map((u) => u.col)) + 1;
    const headerRow = header.rows[0] + 1;
    const headerRows = header.rows.length;
    const block = followUpBlock(lastCol, headerRows);
    const width = block.columns.length;
    const firstCol = lastCol + 1;
    sheet.insertColumnsAfter(lastCol, width);
    sheet
      .getRange(headerRow, firstCol, headerRows, width)
      .setValues(block.header.map((row) => row.map(asText)))
      .setFontWeight('bold')
      .setHorizontalAlignment('center')
      .setVerticalAlignment('middle')
      .setWrap(true);
    for (const [row, col, rows, cols] of block.merges)
      sheet.getRange(headerRow + row, firstCol + col, rows, cols).merge();
    const first = header.rows[headerRows - 1] + 2;
    applyFollowUpRules(sheet, block.columns, first, Math.max(first, lastProjectRow(reading, values)));
    block.columns.forEach((c) => sheet.setColumnWidth(c.col + 1, c.width));
    protectHeader(sheet, headerRow, headerRows, width, firstCol, FOLLOW_UP_PROTECTION);
    return { sheetName: sheet.getName(), firstColumn: columnLetters(lastCol), columns: width };
  });
}

/** The last row (1-based) projects may be typed in: the totals' range when they can be planned, else the last project. */
function lastProjectRow(reading: LoadedPlan['reading'], values: LoadedPlan['values']): number {
  const plan = planTotals(reading, values);
  if (plan && 'source' in plan) return plan.source.lastRow;
  return Math.max(0, ...reading.projects.map((p) => p.row));
}

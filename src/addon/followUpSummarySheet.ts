/**
 * สรุปผลการดำเนินงาน: the follow-up figures of a round as live formulas over the plan sheet
 * (core/totals/followUpSummary.ts) with a bar chart of budget in the plan, in the ordinance and
 * spent per dimension. Written in place like the สรุป sheet: running it again (for either round)
 * rewrites the same cells and updates the same chart.
 */
import { planYears } from '../core/period';
import { planTotals } from '../core/totals/totalFormulas';
import {
  FOLLOW_UP_SUMMARY_SHEET_NAME,
  followUpSource,
  followUpSummaryTable,
  followUpSummaryTitle,
} from '../core/totals/followUpSummary';
import { indexColumns } from '../core/read/columnIndex';
import { toThaiDigits } from '../shared/numbers';
import {
  FollowUpSummaryRequestSchema,
  type FollowUpSummaryRequest,
  type FollowUpSummaryResult,
} from '../shared/followUpWire';
import { requirePlan, withFollowUpColumns } from './planSheet';
import { asText, UserError, withDocumentLock } from './spreadsheet';
import { placeChart, writeTableInPlace } from './totalsSheet';

const CHART_TITLE = 'งบประมาณและการเบิกจ่ายแยกตามมิติ';

export function updateFollowUpSummary(request: FollowUpSummaryRequest): FollowUpSummaryResult {
  const checked = FollowUpSummaryRequestSchema.safeParse(request);
  if (!checked.success) throw new UserError({ th: 'ต้องเลือกรอบ ๖ หรือ ๑๒ เดือน', en: 'Choose round 6 or 12' });
  const { round } = checked.data;
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet, values, settings, catalogue, reading } = requirePlan(ss, withFollowUpColumns(round));
    const plan = planTotals(reading, values);
    if (plan && 'refused' in plan) throw new UserError(plan.refused);
    const source = plan && followUpSource(plan, indexColumns(reading.headers[0]).followUp, round);
    if (!plan || !source)
      throw new UserError({
        th: `ตารางแผนยังไม่มีโครงการหรือคอลัมน์สถานะรอบ ${toThaiDigits(String(round))} เดือน — เพิ่มคอลัมน์ติดตามผลก่อน`,
        en: `The plan table has no projects or no round-${round} status column — add the follow-up columns first`,
      });
    const years = planYears(reading, settings);
    const title = followUpSummaryTitle(years && years.to, round, settings.organisation.name).map(asText);
    const table = followUpSummaryTable(plan, source, round, sheet.getName(), catalogue, title);
    const target = ss.getSheetByName(FOLLOW_UP_SUMMARY_SHEET_NAME) ?? ss.insertSheet(FOLLOW_UP_SUMMARY_SHEET_NAME);
    const { firstRow, lastRow, firstCol, lastCol } = table.chart;
    writeTableInPlace(target, table.rows, firstRow);
    target.getRange(firstRow + 1, 2, table.totalRow - firstRow, 3).setNumberFormat('#,##0.00');
    target.setColumnWidth(1, 320);
    const range = target.getRange(firstRow, firstCol, lastRow - firstRow + 1, lastCol - firstCol + 1);
    const chart = placeChart(target, range, CHART_TITLE, table.totalRow + 3, (b) => b.asBarChart());
    return { sheetName: sheet.getName(), summarySheet: FOLLOW_UP_SUMMARY_SHEET_NAME, round, chart };
  });
}

/**
 * สรุปยอด: live formulas in the plan sheet's subtotal and grand-total rows (missing rows are
 * inserted below the projects), and the สรุป sheet with budget per dimension × year, project and
 * quarter counts and a column chart. Running it again rewrites the same cells and updates the same
 * chart: nothing is duplicated.
 */
import { lintPlan } from '../core/check/lint';
import { planTitle, SUMMARY_SHEET_NAME } from '../core/sheet/standardSheet';
import { planYears } from '../core/period';
import { planTotals, summaryTable, type TotalsPlan } from '../core/totals/totalFormulas';
import { requirePlan } from './planSheet';
import { asText, UserError, withDocumentLock } from './spreadsheet';
import { FONT } from './createPlanSheet';
import type { TotalsResult } from '../shared/wire';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean;

const CHART_TITLE = 'งบประมาณแยกตามมิติ';

export function updateTotals(): TotalsResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheet, values, settings, catalogue, reading } = requirePlan(ss);
    const plan = planTotals(reading, values);
    if (plan && 'refused' in plan) throw new UserError(plan.refused);
    if (!plan || plan.source.budgetCols.length === 0)
      throw new UserError({
        th: 'ตารางแผนยังไม่มีคอลัมน์งบประมาณ จึงสรุปยอดไม่ได้',
        en: 'The plan table has no budget column, so there is nothing to total',
      });

    const formulas = writeTotalRows(sheet, plan, values);

    const title = [
      planTitle(planYears(reading, settings)).replace('แผนปฏิบัติการ', 'สรุปงบประมาณแผนปฏิบัติการ'),
      settings.organisation.name,
    ]
      .filter(Boolean)
      .map(asText);
    const summary = summaryTable(plan, sheet.getName(), catalogue, title);
    const chart = writeSummary(ss.getSheetByName(SUMMARY_SHEET_NAME) ?? ss.insertSheet(SUMMARY_SHEET_NAME), summary);

    const { totals } = lintPlan(reading, { settings });
    return {
      sheetName: sheet.getName(),
      summarySheet: SUMMARY_SHEET_NAME,
      rowsInserted: plan.insert?.count ?? 0,
      formulasWritten: formulas,
      chart,
      years: Object.keys(totals.byYear),
      byDimension: totals.byDimension,
      byYear: totals.byYear,
      unassigned: totals.unassigned,
      grand: totals.grand,
      quarters: totals.quarters,
    };
  });
}

/**
 * The total rows' labels and formulas (rows inserted first where missing): one write per row over
 * its span of label and figure cells, its other cells as they were. Returns the formulas written.
 */
function writeTotalRows(sheet: Sheet, plan: TotalsPlan, values: ReadonlyArray<ReadonlyArray<unknown>>): number {
  if (plan.insert) sheet.insertRowsAfter(plan.insert.after, plan.insert.count);
  // Rows below the insertion moved down: their values, read before, are found at their old row.
  const valuesAt = (row: number) =>
    values[(plan.insert && row > plan.insert.after + plan.insert.count ? row - plan.insert.count : row) - 1] ?? [];
  let formulas = 0;
  for (const row of plan.rows) {
    const cols = [...row.cells.map((c) => c.col), ...(row.label ? [row.label.col] : [])];
    const left = Math.min(...cols);
    const right = Math.max(...cols);
    const range = sheet.getRange(row.row, left, 1, right - left + 1);
    const current = row.label ? Array<Cell>(right - left + 1).fill('') : (range.getFormulas()[0] as Cell[]);
    const before = row.label ? current : keepValues(current, valuesAt(row.row), left);
    if (row.label) before[row.label.col - left] = asText(row.label.text);
    for (const c of row.cells) before[c.col - left] = c.formula;
    range.setValues([before]);
    if (row.label) sheet.getRange(row.row, 1, 1, Math.max(right, sheet.getLastColumn())).setFontWeight('bold');
    formulas += row.cells.length;
  }
  return formulas;
}

/** Cells of an existing total row other than the ones being rewritten: formulas kept, values as text-safe values. */
function keepValues(formulas: Cell[], row: ReadonlyArray<unknown>, left: number): Cell[] {
  return formulas.map((f, i) => {
    if (f) return f;
    const v = row[left - 1 + i];
    return typeof v === 'string' ? asText(v) : ((v ?? '') as Cell);
  });
}

function writeSummary(sheet: Sheet, summary: ReturnType<typeof summaryTable>): 'created' | 'updated' {
  const { firstRow, lastRow, firstCol, lastCol } = summary.chart;
  writeTableInPlace(sheet, summary.rows, firstRow);
  // Amounts: the year and รวม columns down to รวมทั้งสิ้น (not the project counts beside them).
  sheet.getRange(firstRow + 1, 2, summary.totalRow - firstRow, lastCol).setNumberFormat('#,##0.00');
  sheet.setColumnWidth(1, 320);
  const range = sheet.getRange(firstRow, firstCol, lastRow - firstRow + 1, lastCol - firstCol + 1);
  return placeChart(sheet, range, CHART_TITLE, lastRow + 6, (b) => b.asColumnChart());
}

/**
 * Writes a summary table from A1 over what the sheet held: rows a longer previous table left are
 * cleared, the font set, the header row `headerRow` bold on blue.
 */
export function writeTableInPlace(sheet: Sheet, rows: (string | number)[][], headerRow: number): void {
  const width = rows[0].length;
  const previous = sheet.getLastRow();
  if (previous > rows.length)
    sheet.getRange(rows.length + 1, 1, previous - rows.length, Math.max(width, sheet.getLastColumn())).clearContent();
  const all = sheet.getRange(1, 1, rows.length, width);
  all.setValues(rows);
  all.setFontFamily(FONT);
  sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold').setBackground('#e8f0fe');
}

/** The sheet's chart set to `range`: updated in place when there is one, else inserted at `anchorRow`. */
export function placeChart(
  sheet: Sheet,
  range: GoogleAppsScript.Spreadsheet.Range,
  title: string,
  anchorRow: number,
  kind: (
    builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  ) => GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
): 'created' | 'updated' {
  const existing = sheet.getCharts()[0];
  if (existing) {
    sheet.updateChart(existing.modify().clearRanges().addRange(range).setOption('title', title).build());
    return 'updated';
  }
  sheet.insertChart(
    kind(sheet.newChart()).addRange(range).setOption('title', title).setPosition(anchorRow, 1, 0, 0).build(),
  );
  return 'created';
}

/**
 * ปรับแผ่นงานนี้ให้เป็นแบบฟอร์ม: detect the active sheet's plan table with the core and apply
 * validation, checkboxes, number formats, invalid-cell marking and header protection to the
 * detected columns. No cell is moved, deleted or overwritten; the user's own validation rules are
 * kept; ticks and amounts written as text are converted only when the user agrees.
 */
import { planAdoption, ROLE_LABELS, type AdoptionPlan, type Conversion } from '../core/sheet/adoptionPlan';
import type { Cell } from '../core/read/cells';
import type { Catalogue } from '../core/data/catalogue';
import { readPlan } from '../core/read/planReader';
import { planKindName, planYears } from '../core/period';
import type { PlanSettings } from '../shared/settings';
import { consecutiveRuns } from '../core/totals/runs';
import { CATALOGUE_SHEET_NAME } from '../core/sheet/standardSheet';
import { planOptions, registerPlanSheet } from './planSheet';
import { rewriteRange, sheetValues, UserError, withDocumentLock } from './spreadsheet';
import { applyConditionalFormats, protectHeader, validations, type ValidatedRole } from './planFormat';
import { AdoptRequestSchema, type AdoptionPreview, type AdoptionResult, type AdoptRequest } from '../shared/wire';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SAMPLE = 8;

function planFor(sheet: Sheet): {
  plan: AdoptionPlan;
  values: Cell[][];
  reading: ReturnType<typeof readPlan>;
  settings: PlanSettings;
} {
  const values = sheetValues(sheet);
  const ss = sheet.getParent();
  const options = planOptions(ss);
  const reading = readPlan(values, options);
  const plan = planAdoption(values, reading);
  if (!plan) {
    throw new UserError({
      th: 'ไม่พบตารางแผนในแผ่นงานนี้: ต้องมีแถวหัวตารางที่มีคอลัมน์ "โครงการ/กิจกรรม/มาตรการ" และคอลัมน์ มิติ หรือ งบประมาณ',
      en: 'No plan table on this sheet: it needs a header row with a "โครงการ/กิจกรรม/มาตรการ" (project) column and a มิติ (dimension) or งบประมาณ (budget) column',
    });
  }
  return { plan, values, reading, settings: options.settings };
}

export function previewAdoption(): AdoptionPreview {
  const sheet = SpreadsheetApp.getActiveSheet();
  const { plan, reading, settings } = planFor(sheet);
  const period = planYears(reading, settings);
  return {
    sheetName: sheet.getName(),
    layout: reading.layout,
    kind: planKindName(period, reading.layout, 'th'),
    kindEn: planKindName(period, reading.layout, 'en'),
    years: reading.years,
    projects: plan.projects,
    totalRows: plan.totalRows,
    headerRows: plan.headerRows,
    columns: plan.columns.map((c) => ({
      cell: c.cell,
      role: c.role,
      label: ROLE_LABELS[c.role].th,
      labelEn: ROLE_LABELS[c.role].en,
      header: c.header,
    })),
    unknownHeaders: plan.unknownHeaders,
    notUnderstood: plan.notUnderstood.map((f) => ({ cell: f.cell, message: f.message, messageEn: f.messageEn })),
    ticks: { count: plan.ticks.length, cells: plan.ticks.slice(0, SAMPLE).map((t) => t.cell) },
    numbers: { count: plan.numbers.length, cells: plan.numbers.slice(0, SAMPLE).map((t) => t.cell) },
  };
}

/**
 * Writes converted values into the smallest block holding them, writing every other cell of the
 * block back exactly as it was (formulas as formulas, text as text) — the same calls however many rows.
 */
function writeConversions(sheet: Sheet, conversions: Conversion[], values: Cell[][]): void {
  if (conversions.length === 0) return;
  const top = Math.min(...conversions.map((c) => c.row));
  const bottom = Math.max(...conversions.map((c) => c.row));
  const left = Math.min(...conversions.map((c) => c.col));
  const right = Math.max(...conversions.map((c) => c.col));
  const to = new Map(conversions.map((c) => [`${c.row},${c.col}`, c.to]));
  rewriteRange(
    sheet.getRange(top, left, bottom - top + 1, right - left + 1),
    (_, r, c) => to.get(`${top + r},${left + c}`),
    values.slice(top - 1, bottom).map((row) => row.slice(left - 1, right)),
  );
}

/**
 * Data validation on the plan's rows, in one read and one write: a cell that already has a rule
 * keeps it (counted as kept when it is one SaiSaat would have set), the others get SaiSaat's.
 */
function applyValidations(sheet: Sheet, plan: AdoptionPlan, rows: number, width: number, catalogue: Catalogue) {
  const rules = validations(catalogue, sheet.getParent().getSheetByName(CATALOGUE_SHEET_NAME));
  const roleAt = new Map<number, ValidatedRole>();
  for (const c of plan.columns)
    if (c.role === 'dimension' || c.role === 'mission' || c.role === 'budget' || c.role === 'quarter')
      roleAt.set(c.col, c.role);
  const region = sheet.getRange(plan.firstRow, 1, rows, width);
  const validated = new Set(plan.validatedRows);
  let validatedCells = 0;
  let keptValidations = 0;
  const next = region.getDataValidations().map((row, i) =>
    row.map((rule, j) => {
      if (rule) {
        if (roleAt.has(j + 1) && validated.has(plan.firstRow + i)) keptValidations++;
        return rule;
      }
      const role = roleAt.get(j + 1);
      if (!role || !validated.has(plan.firstRow + i)) return null;
      validatedCells++;
      return rules[role];
    }),
  );
  region.setDataValidations(next);
  return { validatedCells, keptValidations };
}

/** Validation (by the catalogue the plan was read with), budget number formats and invalid-cell marking on the plan's rows. */
function formatRows(sheet: Sheet, plan: AdoptionPlan, width: number, catalogue: Catalogue) {
  const rows = plan.lastRow - plan.firstRow + 1;
  if (rows <= 0) return { validatedCells: 0, keptValidations: 0 };
  const counts = applyValidations(sheet, plan, rows, width, catalogue);
  const budgets = plan.columns.filter((c) => c.role === 'budget').map((c) => c.col);
  for (const [a, b] of consecutiveRuns(budgets))
    sheet.getRange(plan.firstRow, a, rows, b - a + 1).setNumberFormat('#,##0.00');
  applyConditionalFormats(sheet, plan.columns, plan.firstRow, plan.lastRow);
  return counts;
}

export function adoptActiveSheet(request: AdoptRequest): AdoptionResult {
  const req = AdoptRequestSchema.parse(request);
  return withDocumentLock(() => {
    const sheet = SpreadsheetApp.getActiveSheet();
    const { plan, values, reading } = planFor(sheet);
    const width = Math.max(sheet.getLastColumn(), ...plan.columns.map((c) => c.col));
    const conversions = [...(req.convertTicks ? plan.ticks : []), ...(req.convertNumbers ? plan.numbers : [])];
    writeConversions(sheet, conversions, values);
    const { validatedCells, keptValidations } = formatRows(sheet, plan, width, reading.catalogue);
    protectHeader(sheet, plan.headerRows[0], plan.headerRows.length, width);
    const lastHeaderRow = plan.headerRows[plan.headerRows.length - 1];
    if (sheet.getFrozenRows() === 0 && lastHeaderRow <= 10) sheet.setFrozenRows(lastHeaderRow);
    registerPlanSheet(sheet);
    return {
      sheetName: sheet.getName(),
      validatedCells,
      ticksConverted: req.convertTicks ? plan.ticks.length : 0,
      numbersConverted: req.convertNumbers ? plan.numbers.length : 0,
      keptValidations,
    };
  });
}

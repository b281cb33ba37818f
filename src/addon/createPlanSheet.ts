/**
 * สร้างแผ่นงานแผน: a new sheet in the standard layout (core/sheet/standardSheet.ts) with its validation,
 * checkboxes, formats, protected header and live total formulas, plus the editable catalogue
 * sheet when missing. A fixed number of batched calls, whatever the number of rows; an existing
 * sheet is never touched, and an existing plan is reported rather than copied.
 */
import type { Cell } from '../core/read/cells';
import { PlanSettingsSchema, type PlanSettings } from '../shared/settings';
import { DEFAULT_CATALOGUE, type Catalogue } from '../core/data/catalogue';
import {
  CATALOGUE_SHEET_NAME,
  PLAN_SHEET_NAME,
  catalogueSheetRows,
  standardLayout,
  type StandardLayout,
} from '../core/sheet/standardSheet';
import { layoutGrid, type RoleCells } from '../core/sheet/layoutGrid';
import { registerPlanSheet, registeredPlanSheet } from './planSheet';
import { asText, loadCatalogue, saveSettings, UserError, withDocumentLock } from './spreadsheet';
import {
  applyConditionalFormats,
  applyFollowUpRules,
  protectHeader,
  validations,
  type ValidatedRole,
} from './planFormat';
import {
  CreatePlanRequestSchema,
  OpenSheetRequestSchema,
  type CreatePlanRequest,
  type CreatePlanResult,
  type OpenSheetRequest,
} from '../shared/wire';
import { issuesText } from '../shared/userMessage';
import { sheetNameProblem } from '../shared/sheetName';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rules = Record<ValidatedRole, GoogleAppsScript.Spreadsheet.DataValidation>;

export const FONT = 'Sarabun';

export function settingsFromRequest(request: CreatePlanRequest): PlanSettings {
  const checked = CreatePlanRequestSchema.safeParse(request);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new UserError({ th: `ข้อมูลไม่ครบหรือไม่ถูกต้อง: ${problems}`, en: `Missing or invalid data: ${problems}` });
  }
  const req = checked.data;
  const years =
    req.planKind === 'annual' ? { from: req.quarterYear, to: req.quarterYear } : { from: req.fromYear, to: req.toYear };
  // The years are saved: the user chose them, so they are the plan's from now on (core/period.ts).
  const parsed = PlanSettingsSchema.safeParse({
    organisation: { name: req.organisationName.trim(), type: req.organisationType },
    planKind: req.planKind,
    fiscalYears: years,
    ...(req.planKind === 'annual' ? { annualYear: req.quarterYear } : {}),
  });
  if (!parsed.success) {
    const problems = issuesText(parsed.error.issues);
    throw new UserError({ th: `ข้อมูลไม่ถูกต้อง: ${problems.th}`, en: `Invalid data: ${problems.en}` });
  }
  const { from, to } = years;
  if (req.quarterYear < from || req.quarterYear > to)
    throw new UserError({
      th: `ปีของไตรมาส (${req.quarterYear}) ต้องอยู่ในช่วงปีของแผน ${from}–${to}`,
      en: `The year of the quarter ticks (${req.quarterYear}) must be within the plan's years ${from}–${to}`,
    });
  return parsed.data;
}

/** The name the user typed for a new plan sheet, trimmed, when Sheets will take it beside the sheets there. */
function chosenSheetName(ss: Spreadsheet, typed: string): string {
  const problem = sheetNameProblem(typed, sheetNames(ss));
  if (problem) throw new UserError(problem);
  return typed.trim();
}

const sheetNames = (ss: Spreadsheet) => ss.getSheets().map((s) => s.getName());

/** The sheet's values for setValues, formulas included: title, header, empty project rows, total rows. */
export function layoutValues(layout: StandardLayout, rows: readonly RoleCells[] = []): Cell[][] {
  const { grid, formulas } = layoutGrid(layout, rows);
  const values = grid.map((row) => row.map((v) => (typeof v === 'string' ? asText(v) : v)));
  for (const f of formulas) values[f.row - 1][f.col - 1] = f.formula;
  return values;
}

function ensureCatalogueSheet(ss: Spreadsheet, catalogue: Catalogue): Sheet {
  const existing = ss.getSheetByName(CATALOGUE_SHEET_NAME);
  if (existing) return existing;
  const sheet = ss.insertSheet(CATALOGUE_SHEET_NAME);
  const rows = catalogueSheetRows(catalogue);
  sheet
    .getRange(1, 1, rows.length, 3)
    .setValues(rows.map((r) => r.map((v) => (typeof v === 'string' ? asText(v) : v))));
  sheet.getRange(1, 1, 1, 3).setFontWeight('bold');
  sheet.getRange(1, 1, rows.length, 3).setFontFamily(FONT);
  sheet.setColumnWidths(1, 2, 70);
  sheet.setColumnWidth(3, 520);
  sheet.setFrozenRows(1);
  return sheet;
}

/** The sheet columns (1-based) of a role in the layout. */
const colOf = (layout: StandardLayout, role: string) =>
  layout.columns.filter((c) => c.role === role).map((c) => c.col + 1);

/** Values, fonts, merged title and header, wrapping and number formats: the sheet as it looks. */
function writeLayout(sheet: Sheet, layout: StandardLayout, rows: readonly RoleCells[]): void {
  const values = layoutValues(layout, rows);
  const width = layout.columns.length;
  const dataRows = layout.lastDataRow - layout.firstDataRow + 1;
  const { headerFirstRow: h, firstDataRow: first, totalsFirstRow: totals } = layout;
  sheet.getRange(1, 1, values.length, width).setValues(values);
  sheet.getRange(1, 1, values.length, width).setFontFamily(FONT).setFontSize(12).setVerticalAlignment('top');
  layout.title.forEach((_, i) => sheet.getRange(i + 1, 1, 1, width).merge());
  sheet.getRange(1, 1, layout.titleRows, width).setFontWeight('bold').setFontSize(14).setHorizontalAlignment('center');
  for (const [row, col, rows, cols] of layout.merges) sheet.getRange(row, col, rows, cols).merge();
  sheet
    .getRange(h, 1, 2, width)
    .setFontWeight('bold')
    .setHorizontalAlignment('center')
    .setVerticalAlignment('middle')
    .setWrap(true)
    .setBackground('#e8f0fe');
  sheet.getRange(first, 1, dataRows, width).setWrap(true);
  const budgets = colOf(layout, 'budget');
  sheet.getRange(first, budgets[0], totals + 4 - first, budgets.length).setNumberFormat('#,##0.00');
  sheet.getRange(totals, 1, 5, width).setFontWeight('bold').setBackground('#f1f3f4');
}

/** Validation, quarter checkboxes, invalid-cell marking and the protected header on the project rows. */
function applyRules(sheet: Sheet, layout: StandardLayout, rules: Rules): void {
  const { firstDataRow: first, lastDataRow: last } = layout;
  const dataRows = last - first + 1;
  const budgets = colOf(layout, 'budget');
  const quarters = colOf(layout, 'quarter');
  sheet.getRange(first, colOf(layout, 'dimension')[0], dataRows, 1).setDataValidation(rules.dimension);
  sheet.getRange(first, colOf(layout, 'mission')[0], dataRows, 1).setDataValidation(rules.mission);
  sheet.getRange(first, budgets[0], dataRows, budgets.length).setDataValidation(rules.budget);
  sheet.getRange(first, quarters[0], dataRows, quarters.length).insertCheckboxes();
  const columns = layout.columns.map((c) => ({ role: c.role, col: c.col + 1 }));
  applyConditionalFormats(sheet, columns, first, last);
  const followUp = layout.columns.filter((c) => c.round !== undefined || c.role === 'ordinance');
  if (followUp.length > 0) applyFollowUpRules(sheet, followUp, first, last);
  protectHeader(sheet, layout.headerFirstRow, 2, layout.columns.length);
}

/**
 * A new sheet `name` in the standard layout, its project rows empty or filled with `rows` (cells by
 * column role): values, looks, validation, checkboxes, widths, frozen header, hidden รหัส; the
 * catalogue sheet the dropdowns read is made when missing. The annual plan sheet is made so too.
 */
export function writeStandardSheet(
  ss: Spreadsheet,
  name: string,
  layout: StandardLayout,
  catalogue: Catalogue,
  rows: readonly RoleCells[] = [],
): Sheet {
  const catalogueSheet = ensureCatalogueSheet(ss, catalogue);
  const sheet = ss.insertSheet(name);
  writeLayout(sheet, layout, rows);
  applyRules(sheet, layout, validations(catalogue, catalogueSheet));
  layout.columns.forEach((c) => sheet.setColumnWidth(c.col + 1, c.width));
  sheet.setFrozenRows(layout.headerFirstRow + 1);
  sheet.hideColumns(colOf(layout, 'id')[0]);
  return sheet;
}

/**
 * Makes the plan sheet. Without a name from the user, a plan sheet that exists (one named
 * แผนปฏิบัติการ, or the one SaiSaat created or adopted) is reported instead, so the sidebar can
 * offer to open it or to name a new one: pressing create twice never makes a silent copy.
 */
export function createPlanSheet(req: CreatePlanRequest): CreatePlanResult {
  const settings = settingsFromRequest(req);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let name = PLAN_SHEET_NAME;
    if (req.sheetName === undefined) {
      const existing = ss.getSheetByName(PLAN_SHEET_NAME) ?? registeredPlanSheet(ss);
      if (existing) return { existingSheet: existing.getName(), sheetNames: sheetNames(ss) };
    } else name = chosenSheetName(ss, req.sheetName);
    // A new plan sheet is a plan of the current generation.
    const catalogue = loadCatalogue(ss) ?? DEFAULT_CATALOGUE;
    const layout = standardLayout(settings, req.quarterYear);
    const sheet = writeStandardSheet(ss, name, layout, catalogue);
    registerPlanSheet(sheet);
    saveSettings(settings);
    ss.setActiveSheet(sheet);
    sheet.getRange(layout.firstDataRow, colOf(layout, 'dimension')[0]).activate();
    return {
      sheetName: sheet.getName(),
      firstDataRow: layout.firstDataRow,
      lastDataRow: layout.lastDataRow,
      columns: layout.columns.length,
    };
  });
}

/** Activates the sheet named in the request (the existing plan sheet the create form reported). */
export function openSheet(req: OpenSheetRequest): void {
  const checked = OpenSheetRequestSchema.safeParse(req);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = checked.success ? ss.getSheetByName(checked.data.sheetName) : null;
  if (!sheet)
    throw new UserError({
      th: `ไม่พบแผ่นงาน "${String(req?.sheetName ?? '')}" (อาจถูกลบหรือเปลี่ยนชื่อ)`,
      en: `No sheet named "${String(req?.sheetName ?? '')}" (perhaps deleted or renamed)`,
    });
  ss.setActiveSheet(sheet);
}

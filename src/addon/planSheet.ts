/**
 * The plan sheet: which sheet holds the plan (the active one, the one SaiSaat created or adopted,
 * else the most plan-like), the one place that loads it with the office's settings and catalogue,
 * and the columns SaiSaat adds to the right of its table.
 */
import type { Cell } from '../core/read/cells';
import type { ColumnRole } from '../core/read/header';
import { planScore } from '../core/check/check';
import { readPlan, type PlanReading } from '../core/read/planReader';
import { indexColumns } from '../core/read/columnIndex';
import type { Round } from '../core/year/followUp';
import type { Catalogue } from '../core/data/catalogue';
import type { PlanSettings } from '../shared/settings';
import { asText, growGrid, loadCatalogue, loadSettings, SheetTooLarge, sheetValues, UserError } from './spreadsheet';

const PLAN_SHEET_KEY = 'saisaat.planSheetId';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PlanSheet {
  sheet: Sheet;
  values: Cell[][];
}

export interface LoadedPlan extends PlanSheet {
  settings: PlanSettings;
  /** The catalogue the plan was read with: the office's own, else its generation's. */
  catalogue: Catalogue;
  reading: PlanReading;
}

export function registerPlanSheet(sheet: Sheet): void {
  PropertiesService.getDocumentProperties().setProperty(PLAN_SHEET_KEY, String(sheet.getSheetId()));
}

/** The sheet SaiSaat created or adopted as the plan, if it is still there. */
export function registeredPlanSheet(ss: Spreadsheet): Sheet | null {
  const id = PropertiesService.getDocumentProperties().getProperty(PLAN_SHEET_KEY);
  if (!id) return null;
  return ss.getSheets().find((s) => String(s.getSheetId()) === id) ?? null;
}

/**
 * The sheet to treat as the plan: the active sheet when it holds a plan table, else the one
 * SaiSaat created or adopted, else the sheet that looks most like a plan. Returns its values too.
 * A sheet too large to read is passed over; when no plan is found, the first such sheet (the
 * active one first) is named by the SheetTooLarge thrown, since it may be the plan. With `accept`,
 * only plan tables it accepts count (say, the annual plan beside the 5-year plan it came from).
 */
export function findPlanSheet(ss: Spreadsheet, accept: (values: Cell[][]) => boolean = () => true): PlanSheet | null {
  const isPlan = (values: Cell[][]) => planScore(values) > 0 && accept(values);
  let tooLarge: SheetTooLarge | null = null;
  const read = (sheet: Sheet): Cell[][] => {
    const values = valuesOrTooLarge(sheet);
    if (Array.isArray(values)) return values;
    tooLarge ??= values;
    return [];
  };
  const active = ss.getActiveSheet();
  const activeValues = read(active);
  if (isPlan(activeValues)) return { sheet: active, values: activeValues };
  const registered = registeredPlanSheet(ss);
  if (registered && registered.getSheetId() !== active.getSheetId()) {
    const values = read(registered);
    if (isPlan(values)) return { sheet: registered, values };
  }
  // A plan table SaiSaat has not met yet, while another sheet (say the details sheet) is open.
  let best: { sheet: Sheet; values: Cell[][]; score: number } | null = null;
  for (const sheet of ss.getSheets()) {
    if (sheet.getSheetId() === active.getSheetId() || sheet.getSheetId() === registered?.getSheetId()) continue;
    const values = read(sheet);
    const score = accept(values) ? planScore(values) : 0;
    if (score > (best?.score ?? 0)) best = { sheet, values, score };
  }
  if (!best && tooLarge) throw tooLarge;
  return best && { sheet: best.sheet, values: best.values };
}

/** A sheet's values, or why they were not read, for a search over every sheet that must not stop at one. */
export function valuesOrTooLarge(sheet: Sheet): Cell[][] | SheetTooLarge {
  try {
    return sheetValues(sheet);
  } catch (e) {
    if (e instanceof SheetTooLarge) return e;
    throw e;
  }
}

/** The office's settings and own catalogue (if any), as every reading of a plan in this spreadsheet uses them. */
export function planOptions(ss: Spreadsheet): { settings: PlanSettings; catalogue?: Catalogue } {
  return { settings: loadSettings(), catalogue: loadCatalogue(ss) };
}

/** The plan sheet and its values, or the message that there is none. */
export function requirePlanSheet(ss: Spreadsheet): PlanSheet {
  const found = findPlanSheet(ss);
  if (!found)
    throw new UserError({
      th: 'ไม่พบตารางแผน: เปิดแผ่นงานแผน หรือสร้าง/ปรับแผ่นงานแผนก่อน',
      en: 'No plan table found: open the plan sheet, or create or adopt one first',
    });
  return found;
}

/**
 * A plan table with follow-up columns (for `round`, when given): the annual plan, found though the
 * 5-year plan it came from is the registered sheet, or a summary or report sheet is the one open.
 */
export function withFollowUpColumns(round?: Round): (values: Cell[][]) => boolean {
  return (values) => {
    const header = readPlan(values).headers[0];
    const followUp = header && indexColumns(header).followUp;
    if (!followUp) return false;
    return round === undefined || followUp.rounds[round]?.status !== undefined;
  };
}

/**
 * The plan sheet read with the office's settings and catalogue, or the message that there is none.
 * `prefer`: a plan table to look for first (the plan found without it, and its messages, otherwise).
 */
export function requirePlan(ss: Spreadsheet, prefer?: (values: Cell[][]) => boolean): LoadedPlan {
  const found = (prefer && findPlanSheet(ss, prefer)) || requirePlanSheet(ss);
  const options = planOptions(ss);
  const reading = readPlan(found.values, options);
  return { ...found, settings: options.settings, catalogue: reading.catalogue, reading };
}

/** A column of the plan table by role (1-based), or null when the table has none. */
export function planColumn(reading: PlanReading, role: ColumnRole): number | null {
  const c = reading.headers[0]?.columns.find((x) => x.role === role);
  return c ? c.col + 1 : null;
}

/**
 * Header cells written past the last column the sheet uses (columns added first when the sheet has
 * no spare ones), bold and wrapped; returns the first one's column.
 */
export function addHeaderCells(sheet: Sheet, reading: PlanReading, headers: string[]): number {
  const row = reading.headers[0].rows[0] + 1;
  const col = sheet.getLastColumn() + 1;
  growGrid(sheet, { cols: col + headers.length - 1 });
  sheet
    .getRange(row, col, 1, headers.length)
    .setValues([headers.map(asText)])
    .setFontWeight('bold')
    .setWrap(true);
  return col;
}

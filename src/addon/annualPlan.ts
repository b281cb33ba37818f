/**
 * แผนปฏิบัติการประจำปี from the 5-year plan sheet (core/year/annualPlan.ts): the preview (what
 * would be added, updated, marked; the candidates with `-` or blank in the year) and the run,
 * which makes the sheet "แผนปฏิบัติการประจำปี ๒๕๖๘" in the standard layout or updates it in place:
 * only the cells SaiSaat owns (มิติ, ภารกิจ, name, budget, รหัส, ลำดับ of new rows, the marker in
 * หมายเหตุ, ผู้รับผิดชอบ while blank), each run of such columns written with one setValues that
 * writes every other cell of the block back as it was (rewriteRange). The number of service calls
 * does not depend on the number of projects.
 */
import * as z from 'zod/mini';
import { DEFAULT_CATALOGUE } from '../core/data/catalogue';
import type { Cell } from '../core/read/cells';
import { readPlan, type PlanReading } from '../core/read/planReader';
import { CATALOGUE_SHEET_NAME, DEFAULT_DATA_ROWS, standardLayout } from '../core/sheet/standardSheet';
import {
  annualEdits,
  annualSettings,
  annualSheetName,
  annualWrites,
  chosenSources,
  countActions,
  isAnnualPlanOf,
  mergeAnnual,
  nextNo,
  selectForYear,
  unknownIncludes,
  yearProblem,
  type AnnualAction,
  type AnnualWrites,
} from '../core/year/annualPlan';
import {
  AnnualPreviewRequestSchema,
  AnnualRequestSchema,
  type AnnualPreview,
  type AnnualRequest,
  type AnnualResult,
} from '../shared/annualWire';
import { issuesText } from '../shared/userMessage';
import { writeStandardSheet } from './createPlanSheet';
import { validations } from './planFormat';
import { planOptions, requirePlan, valuesOrTooLarge, type LoadedPlan } from './planSheet';
import { planScore } from '../core/check/check';
import { rewriteRange, sheetValues, UserError, withDocumentLock } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function parsed<T>(schema: z.ZodMiniType<T>, request: unknown): T {
  const checked = schema.safeParse(request);
  if (checked.success) return checked.data;
  const problems = issuesText(checked.error.issues);
  throw new UserError({ th: `ข้อมูลไม่ถูกต้อง: ${problems.th}`, en: `Invalid request: ${problems.en}` });
}

/**
 * The plan the annual plan is made from: the plan sheet (planSheet.ts), or — when that is an
 * annual plan, as right after making one, which becomes the active sheet — the most plan-like
 * other sheet that is not one.
 */
function multiYearPlan(ss: Spreadsheet): LoadedPlan {
  const found = requirePlan(ss);
  if (found.reading.layout !== 'annual') return found;
  let best: { plan: LoadedPlan; score: number } | null = null;
  for (const sheet of ss.getSheets()) {
    if (sheet.getSheetId() === found.sheet.getSheetId()) continue;
    const values = valuesOrTooLarge(sheet);
    const score = Array.isArray(values) ? planScore(values) : 0;
    if (!Array.isArray(values) || score <= (best?.score ?? 0)) continue;
    const reading = readPlan(values, planOptions(ss));
    if (reading.layout !== 'annual')
      best = { plan: { sheet, values, settings: found.settings, catalogue: reading.catalogue, reading }, score };
  }
  if (best) return best.plan;
  throw new UserError({
    th: `แผ่นงาน "${found.sheet.getName()}" เป็นแผนประจำปี และไม่พบแผ่นงานแผน ๕ ปี — เปิดแผ่นงานแผน ๕ ปีก่อน แล้วจึงสร้างแผนประจำปีจากแผ่นงานนั้น`,
    en: `Sheet "${found.sheet.getName()}" is an annual plan and no 5-year plan sheet was found — open the 5-year plan sheet first`,
  });
}

/** The 5-year plan, the year's selection and the annual sheet (read), or why not. */
function load(year: number) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const plan = multiYearPlan(ss);
  const problem = yearProblem(plan.reading, year);
  if (problem) throw new UserError(problem);
  const name = annualSheetName(year);
  const sheet = ss.getSheetByName(name);
  let annual: { sheet: Sheet; values: Cell[][]; reading: PlanReading } | null = null;
  if (sheet) {
    const values = sheetValues(sheet);
    const reading = readPlan(values, { catalogue: plan.catalogue });
    if (!isAnnualPlanOf(reading, year))
      throw new UserError({
        th: `มีแผ่นงาน "${name}" อยู่แล้วแต่ไม่ใช่แผนประจำปี ${year} ที่อ่านได้ (ต้องมีคอลัมน์งบประมาณปี ${year} คอลัมน์เดียว) — เปลี่ยนชื่อแผ่นงานนั้นก่อน`,
        en: `Sheet "${name}" exists but is not a readable annual plan of ${year} (one budget column of ${year}) — rename it first`,
      });
    annual = { sheet, values, reading };
  }
  return { ss, plan, name, annual, selection: selectForYear(plan.reading.projects, year) };
}

/** Sidebar: what making or updating the annual plan of the year would do, and the candidates to include. */
export function previewAnnual(request: unknown): AnnualPreview {
  const { year } = parsed(AnnualPreviewRequestSchema, request);
  const { plan, name, annual, selection } = load(year);
  const actions = mergeAnnual(selection, chosenSources(selection, []), annual?.reading ?? null, annual?.values ?? []);
  const inAnnual = new Set(actions.filter((a) => a.kind !== 'add' && a.kind !== 'dropped').map((a) => a.source.id));
  return {
    planSheet: plan.sheet.getName(),
    year,
    years: plan.reading.years,
    sheetName: name,
    exists: annual !== null,
    included: selection.included.length,
    candidates: selection.candidates.map((c) => ({
      id: c.id,
      row: c.row,
      dimension: c.dimension,
      name: c.name,
      inAnnual: inAnnual.has(c.id),
    })),
    counts: countActions(actions),
  };
}

/** Sidebar and menu: makes the annual plan sheet of the year, or updates it in place. */
export function writeAnnual(request: unknown): AnnualResult {
  const req: AnnualRequest = parsed(AnnualRequestSchema, request);
  return withDocumentLock(() => {
    const { ss, plan, name, annual, selection } = load(req.year);
    const unknown = unknownIncludes(selection, req.include);
    if (unknown.length)
      throw new UserError({
        th: `ไม่พบโครงการรหัส ${unknown.join(', ')} ในแผน — ตรวจดูรายการอีกครั้ง`,
        en: `No project with id ${unknown.join(', ')} in the plan — preview again`,
      });
    const chosen = chosenSources(selection, req.include);
    const actions = mergeAnnual(selection, chosen, annual?.reading ?? null, annual?.values ?? []);
    const catalogue = plan.catalogue ?? DEFAULT_CATALOGUE;
    if (annual) updateSheet(annual.sheet, annual.reading, annual.values, actions, plan);
    else {
      const settings = annualSettings(plan.settings, req.year, plan.reading.title.organisation);
      const layout = standardLayout(settings, req.year, Math.max(DEFAULT_DATA_ROWS, chosen.length + 10));
      ss.setActiveSheet(writeStandardSheet(ss, name, layout, catalogue, annualEdits(actions, catalogue, 1).added));
    }
    return {
      sheetName: name,
      created: annual === null,
      projects: actions.filter((a) => a.kind !== 'dropped').length,
      counts: countActions(actions),
    };
  });
}

/**
 * The planned cells written in place: rows inserted first when the blank ones run out (inside the
 * totals' ranges, which Sheets widens), then one rewriteRange per run of adjacent written columns,
 * over the rows from the first to the last written one; new rows get the dropdowns and checkboxes.
 */
function updateSheet(sheet: Sheet, reading: PlanReading, values: Cell[][], actions: AnnualAction[], plan: LoadedPlan) {
  const writes = annualWrites(reading, annualEdits(actions, plan.catalogue, nextNo(reading)));
  if (writes.cells.length === 0) return;
  const grid = values.map((r) => [...r]);
  if (writes.insert) {
    sheet.insertRowsAfter(writes.insert.after, writes.insert.count);
    grid.splice(writes.insert.after, 0, ...Array.from({ length: writes.insert.count }, () => []));
  }
  for (const block of blocks(writes)) {
    const range = sheet.getRange(block.top, block.left, block.bottom - block.top + 1, block.right - block.left + 1);
    const now = grid.slice(block.top - 1, block.bottom).map((r) => r.slice(block.left - 1, block.right));
    rewriteRange(range, (_, i, j) => block.cells.get(`${block.top + i},${block.left + j}`), now);
  }
  const lastProject = Math.max(0, ...reading.projects.map((p) => p.row));
  const added = writes.cells.filter((c) => c.row > lastProject).map((c) => c.row);
  if (added.length) validateRows(sheet, reading, Math.min(...added), Math.max(...added), plan);
}

interface Block {
  top: number;
  bottom: number;
  left: number;
  right: number;
  cells: Map<string, Cell>;
}

/** The writes grouped by runs of adjacent columns: a handful of blocks, whatever the number of rows. */
function blocks(writes: AnnualWrites): Block[] {
  const cols = [...new Set(writes.cells.map((c) => c.col))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs.map(([left, right]) => {
    const inRun = writes.cells.filter((c) => c.col >= left && c.col <= right);
    const rows = inRun.map((c) => c.row);
    return {
      top: Math.min(...rows),
      bottom: Math.max(...rows),
      left,
      right,
      cells: new Map(inRun.map((c) => [`${c.row},${c.col}`, c.value])),
    };
  });
}

/** Dropdowns, budget validation and checkboxes on new rows, as the sheet's own rows have them. */
function validateRows(sheet: Sheet, reading: PlanReading, first: number, last: number, plan: LoadedPlan) {
  const rules = validations(plan.catalogue, sheet.getParent().getSheetByName(CATALOGUE_SHEET_NAME));
  const columns = reading.headers[0].columns;
  const col = (role: string) => columns.filter((c) => c.role === role).map((c) => c.col + 1);
  const rows = last - first + 1;
  for (const role of ['dimension', 'mission', 'budget'] as const)
    for (const c of col(role)) sheet.getRange(first, c, rows, 1).setDataValidation(rules[role]);
  const quarters = col('quarter');
  if (quarters.length) sheet.getRange(first, quarters[0], rows, quarters.length).insertCheckboxes();
}

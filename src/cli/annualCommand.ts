/**
 * `saisaat annual FILE --year Y --out annual.xlsx`: the annual plan of year Y from a 5-year plan
 * (core/year/annualPlan.ts), written as an .xlsx in the standard layout (core/sheet/standardSheet.ts
 * with planKind 'annual'): title, merged two-row header, frozen header, dropdowns, subtotal and
 * grand-total formulas. When --out is already the annual plan of Y, the run merges into it: only
 * the cells SaiSaat owns change (and new rows are added), every other cell — ticks, follow-up,
 * anything the user typed — stays; the previous file is kept as "NAME (ก่อนปรับปรุง).xlsx".
 */
import { copyFile, lstat } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import {
  catalogueSheetRows,
  CATALOGUE_SHEET_NAME,
  dimensionChoices,
  standardLayout,
  DEFAULT_DATA_ROWS,
} from '../core/sheet/standardSheet';
import type { StandardColumnRole, StandardLayout } from '../core/sheet/standardSheet';
import { layoutGrid, type RoleCells } from '../core/sheet/layoutGrid';
import { readPlan, type PlanReading } from '../core/read/planReader';
import type { Cell } from '../core/read/cells';
import { planTotals } from '../core/totals/totalFormulas';
import { computeTotals } from '../core/totals/totals';
import {
  annualEdits,
  annualWrites,
  nextNo,
  annualSettings,
  annualSheetName,
  chosenSources,
  countActions,
  isAnnualPlanOf,
  mergeAnnual,
  selectForYear,
  unknownIncludes,
  yearProblem,
  type AnnualAction,
  type AnnualCounts,
  type AnnualSource,
} from '../core/year/annualPlan';
import type { Catalogue } from '../core/data/catalogue';
import type { PlanSettings } from '../shared/settings';
import { UsageError } from './errors';
import { outputProblem, writeAtomically } from './outputFolder';
import { pickPlanSheet, readWorkbook, worksheetGrid } from './workbook';
import type { Lang } from './checkSummary';

export interface AnnualOptions {
  year: number;
  out: string;
  include: string[] | 'all';
  sheet: string | undefined;
  settings: PlanSettings;
}

export interface AnnualResult {
  year: number;
  out: string;
  /** The previous file, kept before it was replaced; null for a new file. */
  backup: string | null;
  sheet: string;
  projects: number;
  counts: AnnualCounts;
  candidates: { id: string; row: number; dimension: number | null; name: string; included: boolean }[];
  changes: { action: AnnualAction['kind']; id: string; name: string; fields?: string[] }[];
}

/** --year: a BE year of four digits. */
export function parseYear(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}$/.test(value.trim()))
    throw new UsageError({
      th: `ต้องระบุปีงบประมาณด้วย --year เป็นปี พ.ศ. เช่น --year 2568${value === undefined ? '' : ` (ได้รับ "${String(value)}")`}`,
      en: `Give the fiscal year with --year, a BE year, e.g. --year 2568${value === undefined ? '' : ` (got "${String(value)}")`}`,
    });
  return Number(value);
}

/** --include: "all" or ids separated by commas. */
export function parseInclude(value: unknown): string[] | 'all' {
  if (value === undefined) return [];
  const text = String(value).trim();
  if (text === 'all') return 'all';
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** --out: an .xlsx path, not a link nor a folder. */
async function checkOut(out: unknown): Promise<{ path: string; exists: boolean }> {
  if (typeof out !== 'string' || extname(out).toLowerCase() !== '.xlsx')
    throw new UsageError({
      th: 'ต้องระบุไฟล์ปลายทาง .xlsx ด้วย --out เช่น --out แผนประจำปี2568.xlsx',
      en: 'Give the .xlsx file to write with --out, e.g. --out annual-2568.xlsx',
    });
  const st = await lstat(out).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw outputProblem(e, out);
  });
  if (st && !st.isFile())
    throw new UsageError({
      th: `--out "${out}" มีอยู่แล้วและไม่ใช่ไฟล์ปกติ (เป็นลิงก์หรือโฟลเดอร์) — ระบุไฟล์อื่น`,
      en: `--out "${out}" exists and is not a regular file (a link or a folder) — give another file`,
    });
  return { path: out, exists: st !== null };
}

export async function writeAnnual(file: string, opts: AnnualOptions): Promise<AnnualResult> {
  const out = await checkOut(opts.out);
  const sheets = await readWorkbook(file);
  const planSheet = pickPlanSheet(sheets, opts.sheet);
  const plan = readPlan(planSheet.grid, { settings: opts.settings });
  const problem = yearProblem(plan, opts.year);
  if (problem) throw new UsageError(problem);
  const selection = selectForYear(plan.projects, opts.year);
  const unknown = unknownIncludes(selection, opts.include);
  if (unknown.length)
    throw new UsageError({
      th: `--include มีรหัสที่ไม่พบในแผน: ${unknown.join(', ')} — ดูรหัสจากรายการโครงการที่ยังไม่ได้เลือกด้านล่างคำสั่งนี้โดยไม่ใส่ --include`,
      en: `--include names ids not in the plan: ${unknown.join(', ')} — run without --include to see the candidates and their ids`,
    });
  const chosen = chosenSources(selection, opts.include);
  const workbook = new ExcelJS.Workbook();
  let sheetName: string;
  let actions: AnnualAction[];
  if (out.exists) {
    await workbook.xlsx.readFile(out.path).catch(() => {
      throw new UsageError({
        th: `อ่านไฟล์ --out "${out.path}" ไม่ได้ (ไม่ใช่ไฟล์ .xlsx ที่สมบูรณ์) — ระบุไฟล์ใหม่`,
        en: `Cannot read --out "${out.path}" (not a valid .xlsx file) — give a new file`,
      });
    });
    const found = annualWorksheet(workbook, opts);
    sheetName = found.ws.name;
    actions = mergeAnnual(selection, chosen, found.reading, found.grid);
    updateWorksheet(found.ws, found.reading, actions, plan.catalogue);
  } else {
    sheetName = annualSheetName(opts.year);
    actions = mergeAnnual(selection, chosen, null, []);
    newWorkbook(workbook, sheetName, chosen, plan, opts);
  }
  // The results stored with the formulas are this run's; Excel and LibreOffice recompute them on
  // opening, so totals stay right after the user's own edits.
  workbook.calcProperties.fullCalcOnLoad = true;
  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  const backup = out.exists ? `${out.path.slice(0, -'.xlsx'.length)} (ก่อนปรับปรุง).xlsx` : null;
  // The previous file is copied aside first: the rename below replaces it in one step.
  if (backup) await copyFile(out.path, backup).catch((e) => Promise.reject(outputProblem(e, backup)));
  await writeAtomically(out.path, data);
  const chosenIds = new Set(chosen.map((c) => c.id));
  return {
    year: opts.year,
    out: out.path,
    backup,
    sheet: sheetName,
    projects: actions.filter((a) => a.kind !== 'dropped').length,
    counts: countActions(actions),
    candidates: selection.candidates.map((c) => ({
      id: c.id,
      row: c.row,
      dimension: c.dimension,
      name: c.name,
      included: chosenIds.has(c.id),
    })),
    changes: actions
      .filter((a) => a.kind !== 'keep')
      .map((a) => {
        const p = a.kind === 'add' ? a.source : a.existing;
        return { action: a.kind, id: p.id, name: p.name, ...(a.kind === 'update' ? { fields: a.fields } : {}) };
      }),
  };
}

/** The annual plan of the year in an existing --out, or the message why it is not one. */
function annualWorksheet(workbook: ExcelJS.Workbook, opts: AnnualOptions) {
  for (const ws of workbook.worksheets) {
    const { grid } = worksheetGrid(ws);
    const reading = readPlan(grid, { settings: annualSettings(opts.settings, opts.year, undefined) });
    if (isAnnualPlanOf(reading, opts.year)) return { ws, grid, reading };
  }
  throw new UsageError({
    th: `ไฟล์ --out "${opts.out}" มีอยู่แล้วแต่ไม่ใช่แผนปฏิบัติการประจำปี ${opts.year} — ระบุไฟล์ใหม่ หรือไฟล์แผนประจำปีที่ใสสะอาดสร้างไว้`,
    en: `--out "${opts.out}" exists but is not the annual plan of ${opts.year} — give a new file, or the annual plan SaiSaat made`,
  });
}

const FONT = { name: 'Sarabun', size: 12 };
const TICK = '✓';

/** Dropdowns and formats of one project row; validations read the catalogue sheet (a list past 255 characters is refused by Excel). */
function formatRow(ws: ExcelJS.Worksheet, row: number, cols: Map<StandardColumnRole, number[]>, lists: Lists): void {
  const set = (role: StandardColumnRole, dv: ExcelJS.DataValidation, numFmt?: string) => {
    for (const c of cols.get(role) ?? []) {
      const cell = ws.getCell(row, c + 1);
      cell.dataValidation = dv;
      if (numFmt) cell.numFmt = numFmt;
    }
  };
  set('dimension', { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [lists.dimension] });
  set('mission', { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [lists.mission] });
  set('quarter', { type: 'list', allowBlank: true, showErrorMessage: false, formulae: [`"${TICK}"`] });
  set(
    'budget',
    { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, showErrorMessage: false, formulae: [0] },
    '#,##0.00',
  );
}

interface Lists {
  dimension: string;
  mission: string;
}

/** The catalogue sheet (ภารกิจ in C, มิติ choices in E), made when missing: the dropdowns read it. */
function catalogueLists(workbook: ExcelJS.Workbook, catalogue: Catalogue): Lists {
  const ref = `'${CATALOGUE_SHEET_NAME}'!`;
  let ws = workbook.getWorksheet(CATALOGUE_SHEET_NAME);
  if (!ws) {
    ws = workbook.addWorksheet(CATALOGUE_SHEET_NAME);
    catalogueSheetRows(catalogue).forEach((r, i) => (ws!.getRow(i + 1).values = r));
    const choices = ['มิติ', ...dimensionChoices(catalogue)];
    choices.forEach((c, i) => (ws!.getCell(i + 1, 5).value = c));
    ws.getRow(1).font = { ...FONT, bold: true };
  }
  return { dimension: `${ref}$E$2:$E$5`, mission: `${ref}$C$2:$C$${catalogue.missions.length + 1}` };
}

const rolesOf = (columns: { role: string; col: number }[]) => {
  const map = new Map<StandardColumnRole, number[]>();
  for (const c of columns)
    map.set(c.role as StandardColumnRole, [...(map.get(c.role as StandardColumnRole) ?? []), c.col]);
  return map;
};

/** A cell's value for exceljs: formulas without their "=". */
const excelValue = (v: Cell): ExcelJS.CellValue =>
  typeof v === 'string' && v.startsWith('=')
    ? { formula: v.slice(1) }
    : v === undefined
      ? null
      : (v as ExcelJS.CellValue);

function newWorkbook(
  workbook: ExcelJS.Workbook,
  name: string,
  chosen: AnnualSource[],
  plan: PlanReading,
  opts: AnnualOptions,
): void {
  const settings = annualSettings(opts.settings, opts.year, plan.title.organisation);
  const layout = standardLayout(settings, opts.year, Math.max(DEFAULT_DATA_ROWS, chosen.length + 10));
  const { added } = annualEdits(
    chosen.map((source) => ({ kind: 'add', source })),
    plan.catalogue,
    1,
  );
  const { grid } = layoutGrid(layout, added as RoleCells[]);
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: layout.headerFirstRow + 1 }] });
  const lists = catalogueLists(workbook, plan.catalogue);
  grid.forEach((row, r) => row.forEach((v, c) => v !== '' && (ws.getCell(r + 1, c + 1).value = excelValue(v))));
  writeTotals(ws, grid, plan.catalogue);
  styleLayout(ws, layout);
  const roles = rolesOf(layout.columns);
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) formatRow(ws, r, roles, lists);
}

/** Fonts, merges, the header's look, widths (Sheets' pixels to Excel's characters) and the hidden รหัส. */
function styleLayout(ws: ExcelJS.Worksheet, layout: StandardLayout): void {
  const width = layout.columns.length;
  const rows = layout.totalsFirstRow + 4;
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).font = FONT;
  layout.title.forEach((_, i) => {
    ws.mergeCells(i + 1, 1, i + 1, width);
    ws.getCell(i + 1, 1).font = { ...FONT, size: 14, bold: true };
    ws.getCell(i + 1, 1).alignment = { horizontal: 'center' };
  });
  for (const [row, col, nRows, nCols] of layout.merges) ws.mergeCells(row, col, row + nRows - 1, col + nCols - 1);
  for (let r = layout.headerFirstRow; r <= layout.headerFirstRow + 1; r++)
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { ...FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
    }
  for (let r = layout.totalsFirstRow; r < rows; r++)
    for (let c = 1; c <= width; c++) ws.getCell(r, c).font = { ...FONT, bold: true };
  for (const c of layout.columns) {
    const column = ws.getColumn(c.col + 1);
    column.width = Math.round(c.width / 7);
    if (c.role === 'budget')
      for (let r = layout.totalsFirstRow; r < rows; r++) ws.getCell(r, c.col + 1).numFmt = '#,##0.00';
    if (c.role === 'id') column.hidden = true;
  }
}

/**
 * A merge into an existing annual plan: the cells core/year/annualPlan.ts plans (rows inserted
 * first when the blank ones run out), then the total formulas planned again over the sheet as it
 * now is, as สรุปยอด would.
 */
function updateWorksheet(
  ws: ExcelJS.Worksheet,
  reading: PlanReading,
  actions: AnnualAction[],
  catalogue: Catalogue,
): void {
  const edits = annualEdits(actions, catalogue, nextNo(reading));
  const writes = annualWrites(reading, edits);
  if (writes.insert)
    ws.spliceRows(writes.insert.after + 1, 0, ...Array.from({ length: writes.insert.count }, () => []));
  for (const c of writes.cells) ws.getCell(c.row, c.col).value = excelValue(c.value);
  const lastRow = reading.projects.length ? Math.max(...reading.projects.map((p) => p.row)) : 0;
  const addedRows = new Set(writes.cells.map((c) => c.row).filter((r) => r > lastRow));
  if (addedRows.size) {
    const lists = catalogueLists(ws.workbook, catalogue);
    const roles = rolesOf(reading.headers[0].columns.filter((c) => c.role !== 'budget' || c.year === reading.years[0]));
    for (const r of addedRows) formatRow(ws, r, roles, lists);
  }
  writeTotals(ws, worksheetGrid(ws).grid, catalogue);
}

/**
 * The total formulas planned over the sheet as it now is (as สรุปยอด plans them), each with its
 * result: Excel recomputes on opening, but readers of the file (saisaat check among them) take
 * the value stored with a formula.
 */
function writeTotals(ws: ExcelJS.Worksheet, grid: Cell[][], catalogue: Catalogue): void {
  const reading = readPlan(grid, { catalogue });
  const plan = planTotals(reading, grid);
  if (!plan || !('rows' in plan) || plan.insert !== null) return;
  const totals = computeTotals(reading.projects, reading.years);
  const years = new Map(plan.source.budgetCols.map((b) => [b.col, b.year]));
  const quarters = new Map(plan.source.quarterCols.map((q) => [q.col, q.quarter]));
  for (const r of plan.rows)
    for (const c of r.cells) {
      const year = years.get(c.col);
      const result =
        year === undefined
          ? totals.quarters[(quarters.get(c.col) ?? 1) - 1]
          : r.kind === 'grand'
            ? (totals.byYear[year] ?? 0)
            : (totals.byDimension[String(r.dimension) as '1'][year] ?? 0);
      ws.getCell(r.row, c.col).value = { formula: c.formula.slice(1), result };
    }
}

/** What the run did and the candidates of the preview, with how to include them. */
export function formatAnnual(result: AnnualResult, lang: Lang): string {
  const th = lang === 'th';
  const { added, updated, kept, dropped } = result.counts;
  const lines = [
    th
      ? `แผนปฏิบัติการประจำปี ${result.year}: ${result.projects} โครงการ → ${result.out} (แผ่นงาน "${result.sheet}")`
      : `Annual plan ${result.year}: ${result.projects} projects → ${result.out} (sheet "${result.sheet}")`,
    th
      ? `  เพิ่ม ${added} · ปรับปรุง ${updated} · คงเดิม ${kept} · ทำเครื่องหมายว่าไม่อยู่ในแผน ๕ ปี ${dropped}`
      : `  added ${added} · updated ${updated} · unchanged ${kept} · marked as no longer in the 5-year plan ${dropped}`,
  ];
  for (const c of result.changes.filter((x) => x.action !== 'add'))
    lines.push(
      `  ${c.action === 'update' ? '✎' : '⚑'} ${c.id} ${c.name}${c.fields ? ` (${c.fields.join(', ')})` : ''}`,
    );
  if (result.backup)
    lines.push(th ? `  ไฟล์เดิมเก็บไว้ที่ ${result.backup}` : `  The previous file is kept as ${result.backup}`);
  const left = result.candidates.filter((c) => !c.included);
  if (left.length) {
    lines.push(
      '',
      th
        ? `โครงการที่ปี ${result.year} เป็น "-" หรือว่าง (ยังไม่ได้รวมในแผนประจำปี ${left.length} โครงการ):`
        : `Projects with "-" or nothing in ${result.year} (not in the annual plan, ${left.length}):`,
    );
    for (const c of left) lines.push(`  ${c.id}  มิติ ${c.dimension ?? '-'}  ${c.name}`);
    lines.push(
      th
        ? `รวมโครงการเหล่านี้ด้วย --include รหัส,รหัส หรือ --include all`
        : `Include them with --include ID,ID or --include all`,
    );
  }
  return lines.join('\n');
}

/**
 * The annual plan from the 5-year plan (issue 14, item 1): which projects of a fiscal year Y go
 * into the annual plan, which are offered in a preview, and how a new run merges with an annual
 * plan already written. Pure: both faces (add-on, CLI) apply the edits it plans.
 *
 * What SaiSaat owns in an annual row is what it copies from the 5-year plan — มิติ, ภารกิจ, the
 * name, the budget of Y and รหัส — plus its own marker in หมายเหตุ. Everything else (ไตรมาส ticks,
 * ผู้รับผิดชอบ once filled, follow-up columns, any other cell) is the user's and never written.
 */
import { dimensionLabel, type Catalogue } from '../data/catalogue';
import { isBlank, type Cell, type Grid } from '../read/cells';
import type { PlanReading, ReadProject } from '../read/planReader';
import { toThaiDigits } from '../../shared/numbers';
import type { PlanSettings } from '../../shared/settings';
import type { Bilingual } from '../../shared/userMessage';

/** The budget of Y as the 5-year plan gives it: an amount, null (ไม่ใช้งบประมาณ) or '-' (blank, a dash or unreadable). */
export type YearBudget = number | null | '-';

/** A project of the 5-year plan as the annual plan of one year sees it. */
export interface AnnualSource {
  id: string;
  /** 1-based row in the 5-year plan. */
  row: number;
  dimension: number | null;
  missionId: string | null;
  mission: string;
  name: string;
  /** The reader's key of the name, to match a user's row without รหัส. */
  nameKey: string;
  budget: YearBudget;
  responsible: string;
}

export interface AnnualSelection {
  year: number;
  /** Projects with an amount or ไม่ใช้งบประมาณ in Y: always in the annual plan. */
  included: AnnualSource[];
  /** Projects whose Y cell is `-` or blank: in the annual plan only when the user includes them. */
  candidates: AnnualSource[];
}

/** The fields of a row SaiSaat copies from the 5-year plan (responsible only while the annual one is blank). */
export type AnnualField = 'name' | 'dimension' | 'mission' | 'budget' | 'responsible';

export type AnnualAction =
  | { kind: 'add'; source: AnnualSource }
  | { kind: 'update'; source: AnnualSource; existing: ReadProject; fields: AnnualField[]; unmark: boolean }
  | { kind: 'keep'; source: AnnualSource; existing: ReadProject; unmark: boolean }
  | { kind: 'dropped'; existing: ReadProject; reason: 'notInPlan' | 'noBudget'; mark: string; marked: boolean };

/** Markers SaiSaat writes in หมายเหตุ of a row it no longer finds in the 5-year plan (never deleting it). */
export const DROPPED_MARK = 'ไม่อยู่ในแผน ๕ ปี แล้ว';
export const noBudgetMark = (year: number) => `ไม่มีงบประมาณปี ${toThaiDigits(String(year))} ในแผน ๕ ปี แล้ว`;
const MARK_PATTERN = /\s*\[(ไม่อยู่ในแผน ๕ ปี แล้ว|ไม่มีงบประมาณปี [๐-๙]{4} ในแผน ๕ ปี แล้ว)\]/g;

/** หมายเหตุ with a marker added (kept as the user wrote it before the marker). */
export function markRemark(remark: string, mark: string): string {
  const clean = unmarkRemark(remark);
  return clean ? `${clean} [${mark}]` : `[${mark}]`;
}

/** หมายเหตุ without SaiSaat's markers: the project is back in the 5-year plan. */
export function unmarkRemark(remark: string): string {
  return remark.replace(MARK_PATTERN, '').trim();
}

const hasMark = (remark: string) => new RegExp(MARK_PATTERN.source).test(remark);

/** The budget cell of `year` in a read project. */
export function yearBudget(p: ReadProject, year: number): YearBudget {
  const cell = p.source.budget.find((b) => b.year === String(year));
  if (!cell) return '-';
  if (cell.amount.kind === 'none') return null;
  if (cell.amount.kind === 'amount' && !cell.amount.dash) return cell.amount.value;
  return '-';
}

function sourceOf(p: ReadProject, year: number): AnnualSource {
  return {
    id: p.id,
    row: p.row,
    dimension: p.dimension,
    missionId: p.missionId,
    mission: p.mission,
    name: p.name,
    nameKey: p.source.nameKey,
    budget: yearBudget(p, year),
    responsible: p.responsible,
  };
}

/** The projects of the 5-year plan for year Y: those to include and the candidates of the preview. */
export function selectForYear(projects: readonly ReadProject[], year: number): AnnualSelection {
  const included: AnnualSource[] = [];
  const candidates: AnnualSource[] = [];
  for (const p of projects) {
    const s = sourceOf(p, year);
    (s.budget === '-' ? candidates : included).push(s);
  }
  return { year, included, candidates };
}

/** The sources going into the annual plan: the included ones and the candidates the user chose ('all' or by id). */
export function chosenSources(selection: AnnualSelection, include: readonly string[] | 'all'): AnnualSource[] {
  const wanted = include === 'all' ? null : new Set(include);
  const chosen = new Set(selection.candidates.filter((c) => wanted === null || wanted.has(c.id)));
  // In the 5-year plan's order, so a new annual plan reads like the 5-year one.
  return [...selection.included, ...chosen].sort((a, b) => a.row - b.row);
}

/** Candidate ids of `include` that are not candidates of Y: the user's typing mistakes, to report. */
export function unknownIncludes(selection: AnnualSelection, include: readonly string[] | 'all'): string[] {
  if (include === 'all') return [];
  const known = new Set([...selection.candidates, ...selection.included].map((c) => c.id));
  return include.filter((id) => !known.has(id));
}

/**
 * Merges the chosen sources with the annual plan already written (`annual`, read from `grid`).
 * Rows are matched by รหัส; a row whose รหัส cell is blank (typed by the user) has only the id the
 * reader derives from its dimension and name, so it is matched by dimension and name instead.
 * A row already in the annual plan stays while its project is in the 5-year plan: with an amount
 * or ไม่ใช้งบประมาณ in Y, or still without one when the annual row has none either (a candidate the
 * user included earlier); it is marked dropped when its project left the 5-year plan, or lost the
 * budget of Y that brought it in.
 */
export function mergeAnnual(
  selection: AnnualSelection,
  chosen: readonly AnnualSource[],
  annual: PlanReading | null,
  grid: Grid,
): AnnualAction[] {
  const year = selection.year;
  const everySource = new Map([...selection.included, ...selection.candidates].map((s) => [s.id, s]));
  const existing = annual?.projects ?? [];
  const idCol = annual?.headers[0]?.columns.find((c) => c.role === 'id')?.col;
  const idWritten = (p: ReadProject) => idCol !== undefined && !isBlank(grid[p.row - 1]?.[idCol]);
  const byNameKey = new Map<string, AnnualSource>();
  for (const s of everySource.values()) byNameKey.set(`${s.dimension}|${s.nameKey}`, s);
  const actions: AnnualAction[] = [];
  const matched = new Set<string>();
  for (const p of existing) {
    const source = idWritten(p)
      ? everySource.get(p.id)
      : (everySource.get(p.id) ?? byNameKey.get(`${p.dimension}|${p.source.nameKey}`));
    if (source && matched.has(source.id)) {
      actions.push({ kind: 'keep', source, existing: p, unmark: false });
      continue;
    }
    const stays = source && (source.budget !== '-' || yearBudget(p, year) === '-');
    if (!source || !stays) {
      const reason = source ? 'noBudget' : 'notInPlan';
      const mark = reason === 'noBudget' ? noBudgetMark(year) : DROPPED_MARK;
      actions.push({ kind: 'dropped', existing: p, reason, mark, marked: p.remark.includes(`[${mark}]`) });
      if (source) matched.add(source.id);
      continue;
    }
    matched.add(source.id);
    const fields = changedFields(source, p, year);
    const unmark = hasMark(p.remark);
    actions.push(
      fields.length
        ? { kind: 'update', source, existing: p, fields, unmark }
        : { kind: 'keep', source, existing: p, unmark },
    );
  }
  for (const s of chosen) if (!matched.has(s.id)) actions.push({ kind: 'add', source: s });
  return actions;
}

function changedFields(s: AnnualSource, p: ReadProject, year: number): AnnualField[] {
  const fields: AnnualField[] = [];
  if (s.name !== p.name) fields.push('name');
  if (s.dimension !== p.dimension) fields.push('dimension');
  const sameMission = s.missionId && p.missionId ? s.missionId === p.missionId : s.mission === p.mission;
  if (!sameMission) fields.push('mission');
  if (s.budget !== yearBudget(p, year)) fields.push('budget');
  if (p.responsible === '' && s.responsible !== '') fields.push('responsible');
  return fields;
}

/** The roles of the standard layout SaiSaat writes in an annual row. */
export type WrittenRole = 'no' | 'dimension' | 'mission' | 'project' | 'budget' | 'responsible' | 'remark' | 'id';

/** A cell value per written role, for one source project. */
export function sourceCells(
  s: AnnualSource,
  catalogue: Catalogue,
): Record<Exclude<WrittenRole, 'no' | 'remark'>, Cell> {
  const mission = s.missionId ? catalogue.missions.find((m) => m.id === s.missionId) : undefined;
  return {
    dimension: s.dimension === null ? '' : dimensionLabel(catalogue, s.dimension),
    mission: mission?.name ?? s.mission,
    project: s.name,
    budget: s.budget === null ? 'ไม่ใช้งบประมาณ' : s.budget,
    responsible: s.responsible,
    id: s.id,
  };
}

const FIELD_ROLE: Record<AnnualField, WrittenRole> = {
  name: 'project',
  dimension: 'dimension',
  mission: 'mission',
  budget: 'budget',
  responsible: 'responsible',
};

/** One row's new cells by role; roles absent stay as they are. */
export type RowCells = Partial<Record<WrittenRole, Cell>>;

export interface AnnualEdits {
  /** Rows already in the sheet (1-based) and the cells to change in them. */
  changes: Map<number, RowCells>;
  /** New rows, in order, below the last project row. */
  added: RowCells[];
}

/** The cell edits of a merge: only the cells SaiSaat owns, only where they change. */
export function annualEdits(actions: readonly AnnualAction[], catalogue: Catalogue, firstNo: number): AnnualEdits {
  const changes = new Map<number, RowCells>();
  const added: RowCells[] = [];
  for (const a of actions) {
    if (a.kind === 'add') {
      added.push({ no: firstNo + added.length, ...sourceCells(a.source, catalogue) });
      continue;
    }
    const cells: RowCells = {};
    if (a.kind === 'update') {
      const all = sourceCells(a.source, catalogue);
      for (const f of a.fields) cells[FIELD_ROLE[f]] = all[FIELD_ROLE[f] as keyof typeof all];
    }
    if (a.kind === 'dropped' && !a.marked) cells.remark = markRemark(a.existing.remark, a.mark);
    if (a.kind !== 'dropped' && a.unmark) cells.remark = unmarkRemark(a.existing.remark);
    if (Object.keys(cells).length) changes.set(a.existing.row, cells);
  }
  return { changes, added };
}

export interface AnnualCounts {
  added: number;
  updated: number;
  kept: number;
  dropped: number;
}

export function countActions(actions: readonly AnnualAction[]): AnnualCounts {
  const n = (k: AnnualAction['kind']) => actions.filter((a) => a.kind === k).length;
  return { added: n('add'), updated: n('update'), kept: n('keep'), dropped: n('dropped') };
}

/** The annual plan's sheet name: แผนปฏิบัติการประจำปี ๒๕๖๘ (within Excel's 31 characters). */
export const annualSheetName = (year: number) => `แผนปฏิบัติการประจำปี ${toThaiDigits(String(year))}`;

/** The settings of the annual plan of `year` made from a 5-year plan's: the standard layout with one budget year. */
export function annualSettings(settings: PlanSettings, year: number, organisation: string | undefined): PlanSettings {
  return {
    ...settings,
    organisation: settings.organisation.name
      ? settings.organisation
      : { ...settings.organisation, name: organisation ?? '' },
    planKind: 'annual',
    fiscalYears: { from: year, to: year },
    annualYear: year,
  };
}

/** Whether a reading is an annual plan of `year`: SaiSaat merges into it, and into nothing else. */
export function isAnnualPlanOf(reading: PlanReading, year: number): boolean {
  const budgets = reading.headers[0]?.columns.filter((c) => c.role === 'budget') ?? [];
  // One budget column, headed with the year: a plan's settings cannot make a 5-year table look annual.
  return reading.layout === 'annual' && budgets.length === 1 && budgets[0].year === year;
}

/** The 5-year plan's years, or why an annual plan of `year` cannot be made from it (Thai and English). */
export function yearProblem(reading: PlanReading, year: number): Bilingual | null {
  if (reading.projects.length === 0)
    return {
      th: 'ไม่พบโครงการในตารางแผน จึงสร้างแผนประจำปีไม่ได้',
      en: 'The plan table has no projects: no annual plan to make',
    };
  if (reading.years.includes(year)) return null;
  const has = reading.years.length ? reading.years.join(', ') : '-';
  return {
    th: `แผนนี้ไม่มีคอลัมน์งบประมาณปี ${year} (มีปี ${has}) — เลือกปีที่อยู่ในแผน`,
    en: `The plan has no budget column for ${year} (its years: ${has}) — choose a year of the plan`,
  };
}

export interface AnnualWrites {
  /** Blank rows to insert after this 1-based row first (inside the totals' ranges), or null. */
  insert: { after: number; count: number } | null;
  /** The cells to write, 1-based, rows as they are after the insertion. */
  cells: { row: number; col: number; value: Cell }[];
}

/**
 * Where the edits of a merge go in the annual plan already written: changed cells in place, new
 * rows in the blank rows below the last project, with rows inserted when they run out. One blank
 * row stays above the totals, so rows typed at the end stay inside the total formulas.
 */
export function annualWrites(annual: PlanReading, edits: AnnualEdits): AnnualWrites {
  const header = annual.headers[0];
  const cols = new Map<WrittenRole, number>();
  for (const c of header.columns)
    if (!cols.has(c.role as WrittenRole) && (c.role !== 'budget' || c.year === annual.years[0]))
      cols.set(c.role as WrittenRole, c.col + 1);
  const cells: AnnualWrites['cells'] = [];
  const put = (row: number, values: RowCells) => {
    for (const [role, value] of Object.entries(values) as [WrittenRole, Cell][]) {
      const col = cols.get(role);
      if (col !== undefined) cells.push({ row, col, value });
    }
  };
  for (const [row, values] of edits.changes) put(row, values);
  if (edits.added.length === 0) return { insert: null, cells };
  const lastProject = Math.max(header.rows[header.rows.length - 1] + 1, ...annual.projects.map((p) => p.row));
  const totalsBelow = annual.totals.map((t) => t.row + 1).filter((r) => r > lastProject);
  const free = totalsBelow.length ? Math.max(0, Math.min(...totalsBelow) - 2 - lastProject) : edits.added.length;
  const count = Math.max(0, edits.added.length - free);
  edits.added.forEach((values, i) => put(lastProject + 1 + i, values));
  return { insert: count ? { after: lastProject, count } : null, cells };
}

/** The ลำดับ of the first row added to an annual plan: after the largest one written. */
export const nextNo = (annual: PlanReading | null): number =>
  1 + Math.max(0, ...(annual?.projects ?? []).map((p) => p.no ?? p.sequence));

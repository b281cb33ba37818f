/**
 * The fields of a project row, one function each: name and ลำดับ, budgets per fiscal year,
 * quarter ticks, the added-by-the-office mark, the kind and the extra text columns of per-project
 * layouts; and the project's id.
 */
import type { ProjectKind } from '../plan';
import { cellText, parseAmount, parseTick, type Cell } from './cells';
import type { ColumnIndex, FollowUpCols } from './columnIndex';
import type { BudgetYears } from './budgetYears';
import type { BudgetCell, ReadProject } from './planReader';
import type { DimensionNumber } from '../data/catalogue';
import { toArabicDigits } from '../../shared/numbers';
import { joinWrappedWords } from './wordWraps';
import { createFinding, type Finding } from '../check/findings';
import { ROUNDS, type ProjectFollowUp, type RoundReport } from '../year/followUp';
import { parseStatus } from '../year/status';

const KIND_PREFIX = /^["“]?(โครงการ|กิจกรรม|มาตรการ)/;
const NAME_NUMBERING = /^([0-9๐-๙]{1,3})\s*[.)]\s*(?![0-9๐-๙])/;

function parseOrderNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  const m = /^(\d+)\.?$/.exec(toArabicDigits(cellText(cell)));
  return m ? Number(m[1]) : null;
}

/**
 * The name without its numbering ("๑. โครงการ…") and without the spaces line wraps left in it
 * (wordWraps.ts), and the ลำดับ: its own column's, else that numbering.
 */
export function nameAndNumber(
  row: ReadonlyArray<Cell>,
  nameText: string,
  noCol: number | undefined,
): { name: string; no: number | null } {
  // Cell text is already clean (cellText).
  let name = nameText;
  let no = noCol !== undefined ? parseOrderNumber(row[noCol]) : null;
  const numbering = NAME_NUMBERING.exec(name);
  if (numbering) {
    name = name.slice(numbering[0].length).trim();
    if (no === null) no = Number(toArabicDigits(numbering[1]));
  }
  return { name: joinWrappedWords(name), no };
}

/** The kind a name or a kind column states ("โครงการ…", "กิจกรรม…"), or null. */
export function kindOf(name: string): ProjectKind | null {
  const m = KIND_PREFIX.exec(name);
  return m ? (m[1] as ProjectKind) : null;
}

export function setBudget(budgets: Record<string, number | null>, cell: BudgetCell): void {
  if (cell.amount.kind === 'amount') budgets[cell.year] = cell.amount.value;
  else if (cell.amount.kind === 'none') budgets[cell.year] = null;
}

/** Each budget cell as read, and the budget per year key (null: no budget needed). */
export function readBudgets(
  row: ReadonlyArray<Cell>,
  texts: string[],
  index: ColumnIndex,
  years: BudgetYears,
): { budgets: Record<string, number | null>; budget: BudgetCell[] } {
  const budgets: Record<string, number | null> = {};
  // Mapped, not pushed: an array grown by push keeps room for 17 cells, one per project.
  const budget = index.budget.map((c): BudgetCell => ({
    year: years.yearOf(c),
    col: c.col,
    amount: parseAmount(row[c.col]),
    text: texts[c.col] ?? '',
  }));
  for (const cell of budget) setBudget(budgets, cell);
  return { budgets, budget };
}

/** The four quarter ticks; a cell that is no tick is reported and read as unticked. */
export function readQuarters(
  row: ReadonlyArray<Cell>,
  r: number,
  index: ColumnIndex,
  findings: Finding[],
): [boolean, boolean, boolean, boolean] {
  const quarters: [boolean, boolean, boolean, boolean] = [false, false, false, false];
  for (const c of index.quarter) {
    const t = parseTick(row[c.col]);
    if (t.kind === 'tick') quarters[(c.quarter ?? 1) - 1] = t.ticked;
    else findings.push(createFinding('TICK_INVALID', r, c.col, { text: t.text, quarter: c.quarter ?? 1 }));
  }
  return quarters;
}

/** Whether the office added the project: a starred dimension, or a tick, "*" or "เพิ่ม…" in an added column. */
export function isAdded(
  row: ReadonlyArray<Cell>,
  texts: string[],
  addedCol: number | undefined,
  dimensionAdded: boolean,
): boolean {
  if (addedCol === undefined || texts[addedCol] === '') return dimensionAdded;
  const t = parseTick(row[addedCol]);
  if (t.kind === 'tick') return dimensionAdded || t.ticked;
  return dimensionAdded || /^\*|เพิ่ม/.test(texts[addedCol]);
}

/**
 * A follow-up amount: ไม่ใช้งบประมาณ and "-" are 0, a blank is null; anything else that is no
 * amount is reported at its cell and read as null (not counted).
 */
function followUpAmount(
  row: ReadonlyArray<Cell>,
  r: number,
  col: number | undefined,
  findings: Finding[],
): number | null {
  if (col === undefined) return null;
  const amount = parseAmount(row[col]);
  if (amount.kind === 'amount') return amount.value;
  if (amount.kind === 'none') return 0;
  if (amount.kind === 'invalid') findings.push(createFinding('FOLLOWUP_AMOUNT_INVALID', r, col, { text: amount.text }));
  return null;
}

/** The follow-up cells of a project row (core/year/followUp.ts); the checks are in check/rules/followUp.ts. */
export function readFollowUp(
  row: ReadonlyArray<Cell>,
  r: number,
  texts: string[],
  cols: FollowUpCols,
  findings: Finding[],
): ProjectFollowUp {
  const followUp: ProjectFollowUp = { ordinance: followUpAmount(row, r, cols.ordinance, findings), rounds: {} };
  if (cols.ordinance !== undefined) followUp.ordinanceCol = cols.ordinance;
  for (const round of ROUNDS) {
    const c = cols.rounds[round];
    if (!c) continue;
    const statusText = c.status !== undefined ? texts[c.status] : '';
    const { status, reason } = parseStatus(statusText);
    const report: RoundReport = {
      status,
      statusText,
      reason,
      spent: followUpAmount(row, r, c.spent, findings),
      result: c.result !== undefined ? texts[c.result] : '',
      cols: c, // shared by every row under this header: read-only
    };
    followUp.rounds[round] = report;
  }
  return followUp;
}

const NO_EXTRA: ReadProject['extra'] = Object.freeze({});

/** The texts of the extra columns of per-project layouts (target group, outputs, outcomes, period). */
export function extraTexts(texts: string[], index: ColumnIndex): ReadProject['extra'] {
  // One shared empty object for tables without such columns (most): one object per project adds up.
  if (index.extra.length === 0) return NO_EXTRA;
  const extra: ReadProject['extra'] = {};
  for (const c of index.extra) if (texts[c.col]) extra[c.role as keyof ReadProject['extra']] = texts[c.col];
  return extra;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Project ids: the id column's value, else a hash of dimension and name (numbered when the name repeats). */
export class ProjectIds {
  private readonly count = new Map<string, number>();

  idOf(dimension: DimensionNumber | null, nameKey: string, written: string): string {
    const hash = fnv1a(`${dimension ?? 0}|${nameKey}`);
    const seen = this.count.get(hash) ?? 0;
    this.count.set(hash, seen + 1);
    if (written !== '') return written;
    return `p${hash}${seen ? `-${seen + 1}` : ''}`;
  }
}

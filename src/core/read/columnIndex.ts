/** Column positions of a plan table's header, computed once per header rather than once per row. */
import { FOLLOW_ROLES, type Column, type FollowField, type HeaderBlock } from './header';
import type { Round } from '../year/followUp';

/** 0-based columns of a project's identifying and text fields. */
export type SourceCols = Partial<Record<'no' | 'dimension' | 'mission' | 'project' | 'responsible' | 'remark', number>>;

/** The follow-up columns of an annual table: the ordinance budget and each round's cells. */
export interface FollowUpCols {
  ordinance?: number;
  rounds: Partial<Record<Round, Partial<Record<FollowField, number>>>>;
}

export interface ColumnIndex {
  single: Partial<Record<Column['role'], number>>;
  budget: Column[];
  quarter: Column[];
  /** Columns of per-project table layouts kept as extra text (target, output, outcome, period). */
  extra: Column[];
  figureCols: Set<number>;
  /** The source columns every project under this header shares (read-only, so one copy). */
  sourceCols: Readonly<SourceCols>;
  quarterCols: readonly number[];
  /** One past the header's last column: every row is read at least this wide. */
  width: number;
  /** Columns whose text does not decide whether a row is a total (remarks, the responsible unit, follow-up texts). */
  notLabel: ReadonlySet<number>;
  /** null when the table has no follow-up column. */
  followUp: FollowUpCols | null;
}

const FIELD_OF = new Map(Object.entries(FOLLOW_ROLES).map(([field, role]) => [role, field as FollowField]));

function followUpCols(columns: Column[]): FollowUpCols | null {
  let found: FollowUpCols | null = null;
  for (const c of columns) {
    const field = FIELD_OF.get(c.role);
    if (c.role !== 'ordinance' && !(field && c.round)) continue;
    found ??= { rounds: {} };
    if (c.role === 'ordinance') found.ordinance ??= c.col;
    else (found.rounds[c.round!] ??= {})[field!] ??= c.col;
  }
  return found;
}

export function indexColumns(header: HeaderBlock): ColumnIndex {
  const single: ColumnIndex['single'] = {};
  for (const c of header.columns) if (single[c.role] === undefined) single[c.role] = c.col;
  const budget = header.columns.filter((c) => c.role === 'budget');
  const quarter = header.columns.filter((c) => c.role === 'quarter');
  const extra = header.columns.filter(
    (c) => c.role === 'target' || c.role === 'output' || c.role === 'outcome' || c.role === 'period',
  );
  const sourceCols: SourceCols = {};
  for (const role of ['project', 'no', 'dimension', 'mission', 'responsible', 'remark'] as const)
    if (single[role] !== undefined) sourceCols[role] = single[role];
  const followUp = followUpCols(header.columns);
  // Follow-up amounts are figures; its statuses and results are texts that never make a row a total.
  const followFigures = header.columns.filter((c) => c.role === 'ordinance' || c.role === 'followSpent');
  const followTexts = header.columns.filter((c) => c.role === 'followStatus' || c.role === 'followResult');
  return {
    single,
    budget,
    quarter,
    extra,
    figureCols: new Set([...budget, ...quarter, ...followFigures].map((c) => c.col)),
    sourceCols: Object.freeze(sourceCols),
    quarterCols: Object.freeze(quarter.map((c) => c.col)),
    width: Math.max(0, ...header.columns.map((c) => c.col + 1)),
    notLabel: new Set(
      [single.remark, single.responsible, ...followTexts.map((c) => c.col)].filter((c): c is number => c !== undefined),
    ),
    followUp,
  };
}

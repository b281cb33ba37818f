/** Column positions of a plan table's header, computed once per header rather than once per row. */
import type { Column, HeaderBlock } from './header';

/** 0-based columns of a project's identifying and text fields. */
export type SourceCols = Partial<Record<'no' | 'dimension' | 'mission' | 'project' | 'responsible' | 'remark', number>>;

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
  /** Columns whose text does not decide whether a row is a total (remarks, the responsible unit). */
  notLabel: ReadonlySet<number>;
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
  return {
    single,
    budget,
    quarter,
    extra,
    figureCols: new Set([...budget, ...quarter].map((c) => c.col)),
    sourceCols: Object.freeze(sourceCols),
    quarterCols: Object.freeze(quarter.map((c) => c.col)),
    width: Math.max(0, ...header.columns.map((c) => c.col + 1)),
    notLabel: new Set([single.remark, single.responsible].filter((c): c is number => c !== undefined)),
  };
}

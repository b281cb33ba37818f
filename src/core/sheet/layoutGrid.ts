/**
 * The standard layout (standardSheet.ts) as a grid of cells: title, two header rows, project rows
 * (empty, or filled with given cells by column role), the subtotal labels and the grand total, with
 * the total formulas the totals planner (totals/totalFormulas.ts) puts there — the same planner as
 * สรุปยอด, so a new sheet and an updated one agree. The add-on and the CLI both write this grid.
 */
import type { Cell } from '../read/cells';
import { readPlan } from '../read/planReader';
import { planTotals } from '../totals/totalFormulas';
import type { StandardColumnRole, StandardLayout } from './standardSheet';

/** A project row's cells by column role (the first column of a role: one budget column in an annual plan). */
export type RoleCells = Partial<Record<StandardColumnRole, Cell>>;

export interface LayoutGrid {
  /** Values, formulas not yet in: one row per sheet row, as wide as the layout. */
  grid: Cell[][];
  /** Total formulas: 1-based row and column. */
  formulas: { row: number; col: number; formula: string }[];
}

/** The 0-based column of each role's first column in the layout. */
export function roleColumns(layout: Pick<StandardLayout, 'columns'>): Partial<Record<StandardColumnRole, number>> {
  const cols: Partial<Record<StandardColumnRole, number>> = {};
  for (const c of layout.columns) cols[c.role] ??= c.col;
  return cols;
}

/** The layout's grid with `rows` in its first project rows (the layout must have room for them). */
export function layoutGrid(layout: StandardLayout, rows: readonly RoleCells[] = []): LayoutGrid {
  const width = layout.columns.length;
  const grid: Cell[][] = Array.from({ length: layout.totalsFirstRow + 4 }, () => Array<Cell>(width).fill(''));
  layout.title.forEach((t, i) => (grid[i][0] = t));
  layout.header.forEach((h, i) => h.forEach((text, c) => (grid[layout.headerFirstRow - 1 + i][c] = text)));
  const cols = roleColumns(layout);
  rows.forEach((cells, i) => {
    for (const [role, value] of Object.entries(cells) as [StandardColumnRole, Cell][]) {
      const col = cols[role];
      if (col !== undefined) grid[layout.firstDataRow - 1 + i][col] = value;
    }
  });
  for (let d = 1; d <= 4; d++) grid[layout.totalsFirstRow - 2 + d][cols.dimension!] = `มิติที่ ${'๑๒๓๔'[d - 1]} รวม`;
  grid[layout.totalsFirstRow + 3][cols.project!] = 'รวมทั้งสิ้น';
  const plan = planTotals(readPlan(grid), grid);
  // The template's grand total stands below its project rows: never refused.
  const formulas = (plan && 'rows' in plan ? plan.rows : []).flatMap((r) =>
    r.cells.map((c) => ({ row: r.row, col: c.col, formula: c.formula })),
  );
  return { grid, formulas };
}

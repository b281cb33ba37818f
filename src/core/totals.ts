/**
 * Plan totals: budget per fiscal year, per dimension × year (starred rows count under their
 * digit), the grand total, and per quarter the number of ticked projects. Sums run in whole
 * satang so 0.1 + 0.2 never becomes 0.30000000000000004 in a budget.
 */
import type { ProjectRow } from './schema';

export interface PlanTotals {
  byYear: Record<string, number>;
  byDimension: Record<'1' | '2' | '3' | '4', Record<string, number>>;
  grand: number;
  /** Number of projects ticked in each quarter. */
  quarters: [number, number, number, number];
  /** Number of projects per dimension. */
  projectsByDimension: Record<'1' | '2' | '3' | '4', number>;
}

const toSatang = (v: number) => Math.round(v * 100);
const toBaht = (s: number) => s / 100;

/** Totals of `projects` over `years` (every year appears, with 0 when nothing is budgeted). */
export function computeTotals(projects: ReadonlyArray<Pick<ProjectRow, 'dimension' | 'budgets' | 'quarters'>>, years: ReadonlyArray<number | string>): PlanTotals {
  const yearKeys = years.map(String);
  const byYear: Record<string, number> = {};
  const byDim: Record<string, Record<string, number>> = { '1': {}, '2': {}, '3': {}, '4': {} };
  for (const y of yearKeys) {
    byYear[y] = 0;
    for (const d of Object.keys(byDim)) byDim[d][y] = 0;
  }
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  const projectsByDimension = { '1': 0, '2': 0, '3': 0, '4': 0 };
  let grand = 0;
  for (const p of projects) {
    const d = p.dimension ? (String(p.dimension) as '1' | '2' | '3' | '4') : null;
    if (d) projectsByDimension[d]++;
    for (const [y, v] of Object.entries(p.budgets)) {
      if (v === null) continue;
      const s = toSatang(v);
      byYear[y] = (byYear[y] ?? 0) + s;
      grand += s;
      if (d) byDim[d][y] = (byDim[d][y] ?? 0) + s;
    }
    p.quarters.forEach((t, i) => t && quarters[i]++);
  }
  const fromSatang = (rec: Record<string, number>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, toBaht(v)]));
  return {
    byYear: fromSatang(byYear),
    byDimension: {
      '1': fromSatang(byDim['1']),
      '2': fromSatang(byDim['2']),
      '3': fromSatang(byDim['3']),
      '4': fromSatang(byDim['4']),
    },
    grand: toBaht(grand),
    quarters,
    projectsByDimension,
  };
}

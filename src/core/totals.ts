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
  // Maps, not objects: year keys like "2566" are array indices to V8 and make objects slow.
  const byYear = new Map<string, number>();
  const byDim = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  for (const y of years.map(String)) {
    byYear.set(y, 0);
    for (const m of byDim) m.set(y, 0);
  }
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  let grand = 0;
  for (const p of projects) {
    const dim = p.dimension ? byDim[p.dimension - 1] : null;
    if (p.dimension) counts[p.dimension - 1]++;
    for (const y in p.budgets) {
      const v = p.budgets[y];
      if (v === null) continue;
      const s = toSatang(v);
      byYear.set(y, (byYear.get(y) ?? 0) + s);
      grand += s;
      if (dim) dim.set(y, (dim.get(y) ?? 0) + s);
    }
    for (let i = 0; i < 4; i++) if (p.quarters[i]) quarters[i]++;
  }
  const toRecord = (m: Map<string, number>) => {
    const rec: Record<string, number> = {};
    for (const [k, v] of m) rec[k] = toBaht(v);
    return rec;
  };
  return {
    byYear: toRecord(byYear),
    byDimension: { '1': toRecord(byDim[0]), '2': toRecord(byDim[1]), '3': toRecord(byDim[2]), '4': toRecord(byDim[3]) },
    grand: toBaht(grand),
    quarters,
    projectsByDimension: { '1': counts[0], '2': counts[1], '3': counts[2], '4': counts[3] },
  };
}

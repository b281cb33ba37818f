/**
 * Plan totals: budget per fiscal year, per dimension × year (starred rows count under their
 * digit), the projects without a readable dimension, the grand total, and per quarter the number
 * of ticked projects. Sums run in whole satang so 0.1 + 0.2 never becomes 0.30000000000000004 in a
 * budget, and the four dimensions plus the unassigned add up to each year's total exactly.
 */
import type { ProjectRow } from '../plan';
import { satangOf } from '../../shared/numbers';

export interface PlanTotals {
  byYear: Record<string, number>;
  byDimension: Record<'1' | '2' | '3' | '4', Record<string, number>>;
  grand: number;
  /** Number of projects ticked in each quarter. */
  quarters: [number, number, number, number];
  /** Number of projects per dimension. */
  projectsByDimension: Record<'1' | '2' | '3' | '4', number>;
  /** Projects without a readable dimension (ไม่ระบุมิติ): budget per year and how many. */
  unassigned: { byYear: Record<string, number>; projects: number };
}

/** The summary line of the projects without a readable dimension, in every summary. */
export const UNASSIGNED_LABEL = 'ไม่ระบุมิติ';

const toBaht = (s: number) => s / 100;

/**
 * Totals of `projects` over `years`, which must list every year their budgets use (each appears,
 * with 0 when nothing is budgeted).
 */
export function computeTotals(
  projects: ReadonlyArray<Pick<ProjectRow, 'dimension' | 'budgets' | 'quarters'>>,
  years: ReadonlyArray<number | string>,
): PlanTotals {
  // Sums by year position in plain arrays: year keys like "2566" are array indices to V8, which
  // makes iterating objects keyed by them slow.
  const keys = years.map(String);
  const byYear = keys.map(() => 0);
  // Dimensions 1–4, then the projects without one.
  const byDim = [0, 1, 2, 3, 4].map(() => keys.map(() => 0));
  const quarters: [number, number, number, number] = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0, 0];
  let grand = 0;
  for (const p of projects) {
    const dim = p.dimension && p.dimension <= 4 ? p.dimension - 1 : 4;
    counts[dim]++;
    for (let i = 0; i < keys.length; i++) {
      const v = p.budgets[keys[i]];
      if (v === undefined || v === null) continue;
      const s = satangOf(v);
      byYear[i] += s;
      grand += s;
      byDim[dim][i] += s;
    }
    for (let q = 0; q < 4; q++) if (p.quarters[q]) quarters[q]++;
  }
  return {
    byYear: inBaht(keys, byYear),
    byDimension: {
      '1': inBaht(keys, byDim[0]),
      '2': inBaht(keys, byDim[1]),
      '3': inBaht(keys, byDim[2]),
      '4': inBaht(keys, byDim[3]),
    },
    grand: toBaht(grand),
    quarters,
    projectsByDimension: { '1': counts[0], '2': counts[1], '3': counts[2], '4': counts[3] },
    unassigned: { byYear: inBaht(keys, byDim[4]), projects: counts[4] },
  };
}

/** Satang sums by year position as baht by year key. */
function inBaht(keys: string[], values: number[]): Record<string, number> {
  const rec: Record<string, number> = {};
  keys.forEach((k, i) => (rec[k] = toBaht(values[i])));
  return rec;
}

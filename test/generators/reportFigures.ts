/** Follow-up figures for report tests: one dimension's from the counts and amounts given, and a whole round's with its total. */
import type { FollowUpFigures, ReportFigures } from '../../src/core/year/followUp';

export function followUpFigures(f: Partial<FollowUpFigures>): FollowUpFigures {
  return {
    projects: 0,
    finished: 0,
    inProgress: 0,
    notPossible: 0,
    notStarted: 0,
    notReported: 0,
    planned: 0,
    ordinance: 0,
    spent: 0,
    ...f,
  };
}

/** A round's figures with the total summed from the four dimensions, as the figures module computes it. */
export function withTotal(
  byDimension: ReportFigures['byDimension'],
  base: Omit<ReportFigures, 'byDimension' | 'total'>,
): ReportFigures {
  const keys = Object.keys(byDimension['1']) as (keyof FollowUpFigures)[];
  const sum = (k: keyof FollowUpFigures) => (['1', '2', '3', '4'] as const).reduce((a, d) => a + byDimension[d][k], 0);
  return { ...base, byDimension, total: followUpFigures(Object.fromEntries(keys.map((k) => [k, sum(k)]))) };
}

/** A dimension's figures written as a hand count: projects, [finished, inProgress, notPossible, notStarted, notReported], [planned, ordinance, spent]. */
export function counted(
  projects: number,
  [finished, inProgress, notPossible, notStarted, notReported]: number[],
  [planned, ordinance, spent]: number[],
): FollowUpFigures {
  return { projects, finished, inProgress, notPossible, notStarted, notReported, planned, ordinance, spent };
}

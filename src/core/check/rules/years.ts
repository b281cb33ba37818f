/**
 * Budget columns whose fiscal year is outside the years the plan covers: its own (the title's) or
 * the user's (core/period.ts). Years read from the budget columns themselves can judge nothing.
 */
import { createFinding, type Finding } from '../findings';
import type { PlanReading } from '../../read/planReader';
import type { PlanYears } from '../../period';

export function lintYears(reading: PlanReading, range: PlanYears | null, findings: Finding[]): void {
  if (!range || range.source === 'header') return;
  const reported = new Set<string>();
  for (const h of reading.headers) {
    for (const c of h.columns) {
      if (c.role !== 'budget' || !c.year) continue;
      if (c.year >= range.from && c.year <= range.to) continue;
      const row = c.yearRow ?? h.rows[0];
      const key = `${row}:${c.col}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(createFinding('YEAR_OUT_OF_RANGE', row, c.col, { year: c.year, from: range.from, to: range.to }));
    }
  }
}

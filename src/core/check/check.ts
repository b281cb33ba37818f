/**
 * Checking a plan end to end: read the table, lint it, total it — the report the CLI prints and the
 * sidebar shows. Plain JSON (no Dates, no class instances) so it crosses google.script.run as is.
 */
import type { Grid } from '../read/cells';
import { isDetailsSheet } from '../read/details/sheet';
import { sortFindings, type Finding } from './findings';
import { lintPlan } from './lint';
import { wrapSpaceFindings } from './rules/wrapSpaces';
import { readPlan, type LayoutKind, type PlanReading, type ReadOptions, type ReadProject } from '../read/planReader';
import type { ProjectRow } from '../plan';
import type { PlanTotals } from '../totals/totals';
import { planYears, type PlanYears } from '../period';
import { DEFAULT_SETTINGS } from '../../shared/settings';

export interface CheckReport {
  sheet: string;
  layout: LayoutKind;
  /** Fiscal years of the budget columns. */
  years: number[];
  /** The years the plan covers (its title's, the user's, or its budget columns'), null when nothing says. */
  period: PlanYears | null;
  /** Where an annual plan's fiscal year came from. */
  yearSource: PlanReading['yearSource'];
  title: string[];
  organisation: string | null;
  projects: (ProjectRow & { extra?: Record<string, string> })[];
  totals: PlanTotals;
  issues: Finding[];
  counts: { errors: number; warnings: number; projects: number; subtotalRows: number; grandTotalRows: number };
}

export function checkGrid(
  grid: Grid,
  sheet: string,
  options: ReadOptions = {},
): { report: CheckReport; reading: PlanReading } {
  const reading = readPlan(grid, options);
  const { findings, totals } = lintPlan(reading, options);
  // Wrap spaces are judged on the cells as written (the fix replaces the cell's very text), not the reading's cleaned text.
  const issues = sortFindings([...reading.findings, ...findings, ...wrapSpaceFindings(grid, reading.textCells)]);
  const report: CheckReport = {
    sheet,
    layout: reading.layout,
    years: reading.years,
    period: planYears(reading, options.settings ?? DEFAULT_SETTINGS),
    yearSource: reading.yearSource,
    title: reading.title.lines,
    organisation: reading.title.organisation ?? null,
    projects: reading.projects.map(reportedProject),
    totals,
    issues,
    counts: {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      projects: reading.projects.length,
      subtotalRows: reading.totals.filter((t) => t.kind === 'subtotal').length,
      grandTotalRows: reading.totals.filter((t) => t.kind === 'grand').length,
    },
  };
  return { report, reading };
}

/** A project as the report gives it: the row fields (no reading internals), extra columns when any. */
function reportedProject(p: ReadProject): CheckReport['projects'][number] {
  // Written out: object rest/spread over 10,000 projects is several times slower in V8.
  const out: CheckReport['projects'][number] = {
    id: p.id,
    row: p.row,
    no: p.no,
    sequence: p.sequence,
    dimension: p.dimension,
    added: p.added,
    missionId: p.missionId,
    mission: p.mission,
    kind: p.kind,
    name: p.name,
    budgets: p.budgets,
    quarters: p.quarters,
    responsible: p.responsible,
    remark: p.remark,
  };
  for (const _ in p.extra) return { ...out, extra: p.extra };
  return out;
}

/** How well a grid looks like a plan table, to pick the plan sheet of a workbook. */
export function planScore(grid: Grid): number {
  if (isDetailsSheet(grid)) return 0;
  const reading = readPlan(grid);
  if (reading.headers.length === 0) return 0;
  return 10 + reading.projects.length;
}

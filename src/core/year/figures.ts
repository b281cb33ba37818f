/**
 * A round's report figures from the projects of an annual plan with follow-up columns
 * (docs/domain.md#the-plans-year): the status each project counts with, the period of the round,
 * and counts and amounts by dimension and in total. Sums run in satang (shared/numbers.ts).
 */
import type { ProjectRow } from '../plan';
import type { PlanReading } from '../read/planReader';
import { formatThaiDate } from '../thai/dates';
import { sumBaht } from '../../shared/numbers';
import type { FollowUpFigures, ReportFigures, ReportProject, Round } from './followUp';

/**
 * The fiscal year a report is for: the one the office set (or `--year`), else an annual plan's own
 * single year; null when neither says (a 5-year plan, an annual plan without a year).
 */
export function reportYear(reading: Pick<PlanReading, 'layout' | 'years'>, annualYear?: number): number | null {
  if (annualYear !== undefined) return annualYear;
  return reading.layout === 'annual' && reading.years.length === 1 ? reading.years[0] : null;
}

/** The round's first and last day (ISO, Gregorian) and the Thai long text "๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘". */
export function roundPeriod(year: number, round: Round): { from: string; to: string; text: string } {
  const start = { year: year - 544, month: 10, day: 1 };
  const end = round === 6 ? { year: year - 543, month: 3, day: 31 } : { year: year - 543, month: 9, day: 30 };
  const iso = (d: typeof start) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return { from: iso(start), to: iso(end), text: `${formatThaiDate(start)} – ${formatThaiDate(end)}` };
}

/**
 * Whether a project belongs to the year's report: it has a budget entry for the year (an amount or
 * ไม่ใช้งบประมาณ), or no budget of any year (an annual plan's blank budget cell).
 */
function inYear(p: ProjectRow, key: string): boolean {
  if (key in p.budgets) return true;
  for (const _ in p.budgets) return false;
  return true;
}

/**
 * What a project reports for the round. Round 12 counts the round-12 status; a project finished at
 * 6 months whose round-12 status is blank stays finished, with its round-6 spending and result
 * when round 12 gives none. No status (blank or not a status) is รอรายงานผล (status null).
 */
function roundOf(p: ProjectRow, round: Round): Pick<ReportProject, 'status' | 'reason' | 'spent' | 'result'> {
  const six = p.followUp?.rounds[6];
  const own = p.followUp?.rounds[round];
  if (round === 12 && six?.status === 'finished' && (own?.statusText ?? '') === '')
    return { status: 'finished', reason: '', spent: own?.spent ?? six.spent, result: own?.result || six.result };
  if (!own) return { status: null, reason: '', spent: null, result: '' };
  return { status: own.status, reason: own.reason, spent: own.spent, result: own.result };
}

/** The per-project rows of a round's report, in plan order. */
export function reportProjects(projects: readonly ProjectRow[], year: number, round: Round): ReportProject[] {
  const key = String(year);
  return projects
    .filter((p) => inYear(p, key))
    .map((p, i) => ({
      id: p.id,
      no: p.no ?? i + 1,
      dimension: p.dimension,
      name: p.name,
      planned: p.budgets[key] ?? null,
      ordinance: p.followUp?.ordinance ?? null,
      ...roundOf(p, round),
    }));
}

function figuresOf(rows: readonly ReportProject[]): FollowUpFigures {
  const figures: FollowUpFigures = {
    projects: rows.length,
    finished: 0,
    inProgress: 0,
    notPossible: 0,
    notStarted: 0,
    notReported: 0,
    planned: sumBaht(rows.map((r) => r.planned ?? 0)),
    ordinance: sumBaht(rows.map((r) => r.ordinance ?? 0)),
    spent: sumBaht(rows.map((r) => r.spent ?? 0)),
  };
  // The status keys are the figures' own field names.
  for (const r of rows) figures[r.status ?? 'notReported']++;
  return figures;
}

/**
 * The figures `saisaat report --json` prints and every report renders. A project without a
 * dimension 1–4 (a finding says so) counts in the total only.
 */
export function reportFigures(projects: readonly ProjectRow[], year: number, round: Round): ReportFigures {
  return roundFigures(reportProjects(projects, year, round), year, round);
}

/** The same figures from the report's rows, for callers that print the rows too (read once, counted once). */
export function roundFigures(rows: readonly ReportProject[], year: number, round: Round): ReportFigures {
  const { from, to } = roundPeriod(year, round);
  const ofDimension = (d: number) => figuresOf(rows.filter((r) => r.dimension === d));
  return {
    year,
    round,
    period: { from, to },
    byDimension: { '1': ofDimension(1), '2': ofDimension(2), '3': ofDimension(3), '4': ofDimension(4) },
    total: figuresOf(rows),
  };
}

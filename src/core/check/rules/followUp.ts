/**
 * The follow-up of an annual plan (core/year/followUp.ts), project by project: statuses the report
 * cannot count, ไม่สามารถดำเนินการได้ without a reason, ดำเนินการแล้วเสร็จ without a result, spending
 * above the budget, below the round before, or on a project not started, and a project finished at
 * 6 months that is something else at 12. Only projects read with follow-up columns are looked at.
 */
import { createFinding, type Finding } from '../findings';
import type { PlanReading, ReadProject } from '../../read/planReader';
import { ROUNDS, STATUS_LABELS, type Round, type RoundReport } from '../../year/followUp';
import { isWrittenForm } from '../../year/status';
import { satangOf } from '../../../shared/numbers';

/** `yearKey`: the budget key of the year followed up, null when the plan has several (then only the ordinance is compared). */
export function lintFollowUp(reading: PlanReading, yearKey: string | null, findings: Finding[]): void {
  for (const p of reading.projects) {
    if (!p.followUp) continue;
    for (const round of ROUNDS) {
      const report = p.followUp.rounds[round];
      if (report) lintRound(p, round, report, yearKey, findings);
    }
    lintRounds(p, findings);
  }
}

function lintRound(
  p: ReadProject,
  round: Round,
  report: RoundReport,
  yearKey: string | null,
  findings: Finding[],
): void {
  const r = p.source.row;
  const { cols } = report;
  const statusCol = cols.status ?? cols.result ?? cols.spent!;
  if (report.status === null && report.statusText !== '')
    findings.push(createFinding('FOLLOWUP_STATUS_UNKNOWN', r, statusCol, { text: report.statusText, round }));
  // A typo the report reads; the sheet's formulas, which cannot, count it as not reported.
  else if (report.status !== null && !isWrittenForm(report.statusText))
    findings.push(
      createFinding('FOLLOWUP_STATUS_MISSPELT', r, statusCol, {
        text: report.statusText,
        round,
        label: STATUS_LABELS[report.status],
      }),
    );
  if (report.status === 'notPossible' && report.reason === '' && report.result === '')
    findings.push(createFinding('FOLLOWUP_REASON_MISSING', r, statusCol, { round }));
  if (report.status === 'finished' && report.result === '')
    findings.push(createFinding('FOLLOWUP_RESULT_MISSING', r, cols.result ?? statusCol, { round }));
  const spent = report.spent;
  if (spent === null || cols.spent === undefined) return;
  if (report.status === 'notStarted' && spent > 0)
    findings.push(createFinding('FOLLOWUP_SPENT_NOT_STARTED', r, cols.spent, { round, spent }));
  const limit = budgetLimit(p, yearKey);
  if (limit && satangOf(spent) > satangOf(limit.budget))
    findings.push(createFinding('FOLLOWUP_SPENT_OVER_BUDGET', r, cols.spent, { round, spent, ...limit }));
}

/**
 * The budget spending may not pass: the ordinance's, else the plan's for the year (ไม่ใช้งบประมาณ
 * is 0); null when neither is known.
 */
function budgetLimit(
  p: ReadProject,
  yearKey: string | null,
): { budget: number; against: string; againstEn: string } | null {
  const ordinance = p.followUp?.ordinance ?? null;
  if (ordinance !== null) return { budget: ordinance, against: 'ตามข้อบัญญัติ/เทศบัญญัติ', againstEn: 'ordinance' };
  if (yearKey === null || !(yearKey in p.budgets)) return null;
  return { budget: p.budgets[yearKey] ?? 0, against: 'ตามแผน', againstEn: 'plan' };
}

/** What the two rounds say together: spending is cumulative, and a finished project stays finished. */
function lintRounds(p: ReadProject, findings: Finding[]): void {
  const six = p.followUp!.rounds[6];
  const twelve = p.followUp!.rounds[12];
  if (!six || !twelve) return;
  const r = p.source.row;
  if (six.spent !== null && twelve.spent !== null && satangOf(twelve.spent) < satangOf(six.spent))
    findings.push(
      createFinding('FOLLOWUP_SPENT_DECREASED', r, twelve.cols.spent!, { spent6: six.spent, spent12: twelve.spent }),
    );
  if (six.status === 'finished' && twelve.statusText !== '' && twelve.status !== 'finished')
    findings.push(createFinding('FOLLOWUP_FINISHED_REOPENED', r, twelve.cols.status!, { text: twelve.statusText }));
}

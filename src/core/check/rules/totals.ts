/**
 * Total rows against the projects: each subtotal and grand-total figure as written against the
 * sum of the project budgets, and a grand total's quarter counts against the ticked projects.
 */
import type { Amount } from '../../read/cells';
import { createFinding, type Finding } from '../findings';
import type { PlanReading, TotalRow } from '../../read/planReader';
import type { PlanTotals } from '../../totals/totals';
import { formatAmount } from '../../../shared/numbers';

const SATANG_TOLERANCE = 0.005;

export function lintTotals(reading: PlanReading, totals: PlanTotals, findings: Finding[]): void {
  for (const t of reading.totals) {
    for (const [year, figure] of Object.entries(t.figures)) {
      const computed =
        t.kind === 'subtotal' && t.dimension
          ? (totals.byDimension[String(t.dimension) as '1'][year] ?? 0)
          : (totals.byYear[year] ?? 0);
      lintFigure(t, year, figure, computed, findings);
    }
    if (t.kind === 'grand') lintQuarterCounts(t, totals, findings);
  }
}

/** One written figure of a total row against the computed one. */
function lintFigure(
  t: TotalRow,
  year: string,
  { amount, col }: TotalRow['figures'][string],
  computed: number,
  findings: Finding[],
): void {
  if (amount.kind === 'invalid') {
    findings.push(createFinding('TOTAL_INVALID', t.row, col, { text: amount.text }));
    return;
  }
  if (amount.kind === 'blank' && computed === 0) return; // an empty total over nothing budgeted says nothing wrong
  const written = amount.kind === 'amount' ? amount.value : 0;
  if (Math.abs(written - computed) < SATANG_TOLERANCE) return;
  const shownYear = year === 'unknown' ? '?' : year;
  if (t.kind === 'subtotal') {
    findings.push(
      createFinding('SUBTOTAL_MISMATCH', t.row, col, {
        dimension: t.dimension ?? '?',
        year: shownYear,
        written: writtenText(amount),
        computed,
      }),
    );
  } else {
    findings.push(
      createFinding('GRAND_TOTAL_MISMATCH', t.row, col, {
        what: ` ปี ${shownYear}`,
        whatEn: ` for ${shownYear}`,
        written: writtenText(amount),
        computed,
      }),
    );
  }
}

/** A total figure as the message quotes it. */
function writtenText(amount: Exclude<Amount, { kind: 'invalid' }>): string {
  if (amount.kind === 'blank') return '(ว่าง)';
  if (amount.kind === 'none') return '"ไม่ใช้งบประมาณ"';
  return amount.dash ? '"-"' : formatAmount(amount.value);
}

/** A grand total's project count per quarter against the projects ticked in that quarter. */
function lintQuarterCounts(t: TotalRow, totals: PlanTotals, findings: Finding[]): void {
  t.quarterCounts.forEach((q, i) => {
    if (!q) return;
    const computed = totals.quarters[i];
    if (q.value === null) findings.push(createFinding('TOTAL_INVALID', t.row, q.col, { text: q.text }));
    else if (q.value !== computed) {
      findings.push(
        createFinding('GRAND_TOTAL_MISMATCH', t.row, q.col, {
          what: ` ไตรมาส ${i + 1} (จำนวนโครงการ)`,
          whatEn: ` quarter ${i + 1} (project count)`,
          written: q.text,
          computed,
        }),
      );
    }
  });
}

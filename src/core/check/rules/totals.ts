/**
 * Total rows against the projects they cover (read/totalRows.ts totalScope): each figure as
 * written against the sum of those projects' budgets, the project count written in the label
 * against the number of projects, a formula's range against the projects' rows, and a grand
 * total's quarter counts against the ticked projects.
 */
import type { Amount } from '../../read/cells';
import { createFinding, type Finding } from '../findings';
import type { PlanReading, ReadProject, TotalRow } from '../../read/planReader';
import { computeTotals, type PlanTotals } from '../../totals/totals';
import { consecutiveRuns } from '../../totals/runs';
import { formatAmount } from '../../../shared/numbers';
import { formulaRows } from './formulaRefs';

const SATANG_TOLERANCE = 0.005;

export function lintTotals(reading: PlanReading, yearKeys: string[], findings: Finding[]): void {
  for (const t of reading.totals) {
    const covered = coveredProjects(reading.projects, t);
    const sums = computeTotals(covered, yearKeys);
    for (const [year, figure] of Object.entries(t.figures)) {
      lintFigure(t, covered, year, figure, sums.byYear[year] ?? 0, findings);
      if (figure.formula) lintFormula(reading, t, covered, figure, findings);
    }
    if (t.count && t.count.value !== covered.length) {
      findings.push(
        createFinding('TOTAL_COUNT_MISMATCH', t.row, t.count.col, {
          written: t.count.value,
          computed: covered.length,
          rows: rowList(covered.map((p) => p.row)),
        }),
      );
    }
    lintQuarterCounts(t, sums, findings);
  }
}

/** The projects a total row adds up. */
export function coveredProjects(projects: readonly ReadProject[], t: TotalRow): ReadProject[] {
  const { from, to, dimension } = t.covers;
  const block = projects.slice(from, to ?? projects.length);
  return dimension === null ? block : block.filter((p) => p.dimension === dimension);
}

/** "8–16, 20" from 1-based rows. */
function rowList(rows: number[]): string {
  if (rows.length === 0) return '-';
  return consecutiveRuns(rows)
    .map(([a, b]) => (a === b ? String(a) : `${a}–${b}`))
    .join(', ');
}

/** One written figure of a total row against the computed one. */
function lintFigure(
  t: TotalRow,
  covered: ReadProject[],
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
  const params = { year: shownYear, written: writtenText(amount), computed };
  if (t.kind === 'grand') {
    findings.push(
      createFinding('GRAND_TOTAL_MISMATCH', t.row, col, {
        ...params,
        what: ` ปี ${shownYear}`,
        whatEn: ` for ${shownYear}`,
      }),
    );
    return;
  }
  const rows = rowList(covered.map((p) => p.row));
  findings.push(
    createFinding('SUBTOTAL_MISMATCH', t.row, col, {
      ...params,
      what: t.dimension ? `มิติที่ ${t.dimension}` : ` (แถว ${rows})`,
      whatEn: t.dimension ? `Dimension ${t.dimension}` : `The rows ${rows}`,
    }),
  );
}

/** A total figure written as a formula must take in every project row the total covers. */
function lintFormula(
  reading: PlanReading,
  t: TotalRow,
  covered: ReadProject[],
  { col, formula }: TotalRow['figures'][string],
  findings: Finding[],
): void {
  const referenced = formulaRows(formula, col, (row) => {
    // A reference to another total row takes in what that total covers.
    const other = reading.totals.find((x) => x.row + 1 === row);
    return other ? coveredProjects(reading.projects, other).map((p) => p.row) : null;
  });
  if (!referenced) return; // a formula SaiSaat cannot follow (SUMIF, another sheet …) is judged by its value only
  const missing = covered.map((p) => p.row).filter((row) => !referenced.has(row));
  if (missing.length)
    findings.push(createFinding('TOTAL_FORMULA_RANGE', t.row, col, { formula, rows: rowList(missing) }));
}

/** A total figure as the message quotes it. */
function writtenText(amount: Exclude<Amount, { kind: 'invalid' }>): string {
  if (amount.kind === 'blank') return '(ว่าง)';
  if (amount.kind === 'none') return '"ไม่ใช้งบประมาณ"';
  return amount.dash ? '"-"' : formatAmount(amount.value);
}

/** A total's project count per quarter against its projects ticked in that quarter. */
function lintQuarterCounts(t: TotalRow, sums: PlanTotals, findings: Finding[]): void {
  t.quarterCounts.forEach((q, i) => {
    if (!q) return;
    const computed = sums.quarters[i];
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

/**
 * The reader and the checks on the many written forms of the same plan (test/generators/plan.ts):
 * whatever the form, the projects and totals read equal the generated truth, a correct plan has no
 * error, and one planted wrong total or count is reported at exactly its cell. Seeded: a failure
 * prints its seed and a shrunk plan; SAISAAT_SEED and SAISAAT_RUNS override the defaults.
 */
import fc from 'fast-check';
import { checkGrid } from '../../src/core/check/check';
import type { Finding } from '../../src/core/check/findings';
import type { Cell } from '../../src/core/read/cells';
import { toThaiDigits } from '../../src/shared/numbers';
import {
  planFormArb,
  planTruthArb,
  projectCount,
  truthTotal,
  writePlan,
  type PlanForm,
  type PlanTruth,
  type WrittenPlan,
} from '../generators/plan';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const RUNS = Number(process.env.SAISAAT_RUNS ?? 500);
const params = { seed: SEED, numRuns: RUNS };

const planArb = planTruthArb().chain((truth) => fc.tuple(fc.constant(truth), planFormArb(truth)));

/** The check of a written plan, with its formulas as a sheet or an .xlsx file gives them. */
const check = (w: WrittenPlan) =>
  checkGrid(w.grid, 'แผน', { formulaAt: (row, col) => w.formulas.get(`${row},${col}`) ?? '' }).report;

const errorsOf = (issues: Finding[]) => issues.filter((i) => i.severity === 'error');
/** What a failing case shows: the findings in one line each, and the grid as TSV. */
const show = (w: WrittenPlan, issues: Finding[]) =>
  `${issues.map((i) => `${i.cell} ${i.code} ${i.message}`).join('\n')}\n---\n${w.grid.map((r) => r.join('\t')).join('\n')}`;

describe('every written form of a plan reads as its truth', () => {
  test(`projects, totals per year, per dimension and grand (${RUNS} plans, seed ${SEED})`, () => {
    fc.assert(
      fc.property(planArb, ([truth, form]) => {
        const w = writePlan(truth, form);
        const report = check(w);
        const context = show(w, report.issues);
        expect({ projects: report.counts.projects, context }).toEqual({ projects: projectCount(truth), context });
        truth.years.forEach((year, y) => {
          expect(Math.round((report.totals.byYear[year] ?? 0) * 100)).toBe(truthTotal(truth, y));
          for (const d of [1, 2, 3, 4] as const)
            expect(Math.round((report.totals.byDimension[d][year] ?? 0) * 100)).toBe(truthTotal(truth, y, d));
        });
        const grand = truth.years.reduce((sum, _y, y) => sum + truthTotal(truth, y), 0);
        expect(Math.round(report.totals.grand * 100)).toBe(grand);
      }),
      params,
    );
  });

  test(`a correct plan has no error (${RUNS} plans, seed ${SEED})`, () => {
    fc.assert(
      fc.property(planArb, ([truth, form]) => {
        const w = writePlan(truth, form);
        const report = check(w);
        expect(show(w, errorsOf(report.issues))).toBe(show(w, []));
      }),
      params,
    );
  });
});

/** The cell's A1 name for a 0-based row and column. */
function a1(row: number, col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/** The same figure, off by `delta` baht, written the way the cell was. */
function offBy(cell: Cell, delta: number, form: PlanForm): Cell {
  if (typeof cell === 'number') return cell + delta;
  const text = String(cell);
  if (text === '' || text === '-' || /^0(\.00)?$/.test(text)) return form.amounts === 'number' ? delta : String(delta);
  const thai = /[๐-๙]/.test(text);
  const value = Number(text.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/[^0-9.]/g, ''));
  const shifted = (value + delta).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return thai ? `${toThaiDigits(shifted)} บาท` : shifted;
}

const withTotals = planArb.filter(([, form]) => form.subtotals !== null || form.grand !== null);

describe('one planted error is reported at exactly its cell', () => {
  test(`a wrong subtotal or grand total (${RUNS} plans, seed ${SEED})`, () => {
    fc.assert(
      fc.property(withTotals, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 90_000 }), ([truth, form], t, y, delta) => {
        const w = writePlan(truth, form);
        const mark = w.totals[t % w.totals.length];
        const year = String(truth.years[y % truth.years.length]);
        const col = mark.cols[year];
        w.grid[mark.row][col] = offBy(w.grid[mark.row][col], delta, form);
        const report = check(w);
        const cell = a1(mark.row, col);
        const errors = errorsOf(report.issues).map((i) => `${i.cell} ${i.code}`);
        // The one subtotal of a one-dimension plan is its grand total too: either name is right.
        const alsoGrand = mark.kind === 'subtotal' && truth.dimensions.length === 1 && !form.grand;
        const codes = mark.kind === 'grand' || alsoGrand ? ['GRAND_TOTAL_MISMATCH'] : ['SUBTOTAL_MISMATCH'];
        if (alsoGrand) codes.push('SUBTOTAL_MISMATCH');
        expect(errors).toHaveLength(1);
        expect(codes.map((c) => `${cell} ${c}`)).toContain(errors[0]);
      }),
      params,
    );
  });

  test(`a wrong project count in a total label (${RUNS} plans, seed ${SEED})`, () => {
    const withCounts = withTotals.filter(([truth, form]) => writePlan(truth, form).totals.some((t) => t.count));
    fc.assert(
      fc.property(withCounts, fc.nat(), fc.integer({ min: 1, max: 9 }), ([truth, form], t, delta) => {
        const w = writePlan(truth, form);
        const counted = w.totals.filter((m) => m.count);
        const { count } = counted[t % counted.length];
        const text = String(w.grid[count!.row][count!.col]);
        const wrong = count!.value + delta;
        w.grid[count!.row][count!.col] = text.replace(
          /[0-9๐-๙]+(\s*โครงการ)/,
          (_m, rest) => (form.digits === 'thai' ? toThaiDigits(String(wrong)) : String(wrong)) + rest,
        );
        const report = check(w);
        const errors = errorsOf(report.issues).map((i) => `${i.cell} ${i.code}`);
        expect(errors).toEqual([`${a1(count!.row, count!.col)} TOTAL_COUNT_MISMATCH`]);
      }),
      params,
    );
  });
});

describe('a total formula that leaves out project rows is reported at its cell', () => {
  const withFormulas = withTotals.filter(([, form]) => form.formulas);
  test(`a SUM range or a sum of subtotals missing its first project (${RUNS} plans, seed ${SEED})`, () => {
    fc.assert(
      fc.property(withFormulas, fc.nat(), ([truth, form], t) => {
        const w = writePlan(truth, form);
        const marks = w.totals.filter((m) => w.formulas.has(`${m.row},${Object.values(m.cols)[0]}`));
        const mark = marks[t % marks.length];
        const col = Object.values(mark.cols)[0];
        const key = `${mark.row},${col}`;
        const formula = w.formulas.get(key)!;
        const range = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
        if (range) {
          const first = w.projectRows.find((r) => r + 1 >= Number(range[2]) && r + 1 <= Number(range[4]))!;
          // Start one row later; a range of one project points at the row above it instead.
          const [from, to] = first + 2 <= Number(range[4]) ? [first + 2, Number(range[4])] : [first, first];
          w.formulas.set(key, `=SUM(${range[1]}${from}:${range[3]}${to})`);
        } else {
          // A sum of subtotal cells: the first one replaced by the row above the first project.
          const terms = formula.slice(1).split('+');
          terms[0] = terms[0].replace(/\d+$/, String(w.projectRows[0]));
          w.formulas.set(key, `=${terms.join('+')}`);
        }
        const errors = errorsOf(check(w).issues).map((i) => `${i.cell} ${i.code}`);
        expect(errors).toEqual([`${a1(mark.row, col)} TOTAL_FORMULA_RANGE`]);
      }),
      params,
    );
  });
});

export type { PlanTruth };

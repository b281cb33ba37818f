/**
 * Plans in other offices' forms (test/generators/plan.ts) in the add-on, over the fakes: total
 * rows written as real formulas that the fake sheet computes, checked by the built Code.js; then
 * updateTotals writes SaiSaat's own formulas and the plan checks clean again.
 */
import fc from 'fast-check';
import { planFormArb, planTruthArb, projectCount, writePlan, type WrittenPlan } from '../generators/plan';
import { loadAddon } from './harness';

/** The grid as a sheet holds it: formula cells as formulas, computed by the fake like Sheets. */
const sheetGrid = (w: WrittenPlan) => w.grid.map((row, r) => row.map((v, c) => w.formulas.get(`${r},${c}`) ?? v));

// Amounts as numbers: SUM in Sheets skips text, so a plan with text amounts and SUM totals is wrong there.
const cases = fc.sample(
  planTruthArb().chain((t) =>
    fc.tuple(
      fc.constant(t),
      planFormArb(t).map((f) => ({ ...f, amounts: 'number' as const, formulas: true })),
    ),
  ),
  { numRuns: 25, seed: 20261202 },
);

const errorsOf = (r: { findings: { severity: string; cell: string; code: string }[] }) =>
  r.findings.filter((f) => f.severity === 'error').map((f) => `${f.cell} ${f.code}`);

describe('plans in many forms, checked in the add-on', () => {
  test.each(cases.map((c, i) => [i, ...c] as const))(
    'case %d: no error before and after updateTotals',
    (_i, truth, form) => {
      const a = loadAddon();
      a.addSheet('แผนปฏิบัติการ', sheetGrid(writePlan(truth, form)));
      const first = a.call('checkPlan');
      expect({ errors: errorsOf(first), projects: first.projects }).toEqual({
        errors: [],
        projects: projectCount(truth),
      });
      a.call('updateTotals');
      const again = a.call('checkPlan');
      expect({ errors: errorsOf(again), projects: again.projects }).toEqual({
        errors: [],
        projects: projectCount(truth),
      });
    },
  );

  test('a SUM range that leaves out a project row is reported at its cell', () => {
    const [truth, form] = cases.find(([t, f]) => f.subtotals && t.dimensions.some((d) => d.projects.length > 1))!;
    const w = writePlan(truth, form);
    const SUM = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/;
    const [key, formula] = [...w.formulas].find(([, f]) => {
      const m = SUM.exec(f);
      return m !== null && Number(m[4]) > Number(m[2]);
    })!;
    const m = SUM.exec(formula)!;
    w.formulas.set(key, `=SUM(${m[1]}${Number(m[2]) + 1}:${m[3]}${m[4]})`);
    const a = loadAddon();
    a.addSheet('แผนปฏิบัติการ', sheetGrid(w));
    const [row, col] = key.split(',').map(Number);
    const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
    expect(errorsOf(a.call('checkPlan'))).toContain(`${cell} TOTAL_FORMULA_RANGE`);
  });
});

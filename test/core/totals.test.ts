import { computeTotals } from '../../src/core/totals/totals';
import { checkGrid } from '../../src/core/check/check';
import { tsvGrid } from '../helpers';

describe('computeTotals', () => {
  const q = (a: number, b: number, c: number, d: number) =>
    [a, b, c, d].map(Boolean) as [boolean, boolean, boolean, boolean];

  test('per year, per dimension × year, grand total and quarter counts; "no budget" adds nothing', () => {
    const t = computeTotals(
      [
        { dimension: 1, budgets: { 2566: 10000, 2567: 10000 }, quarters: q(1, 0, 0, 1) },
        { dimension: 1, budgets: { 2566: 45000, 2567: null }, quarters: q(1, 1, 0, 0) },
        { dimension: 4, budgets: { 2566: 5000 }, quarters: q(0, 0, 0, 1) },
        { dimension: null, budgets: { 2567: 1 }, quarters: q(0, 0, 0, 0) },
      ],
      [2566, 2567],
    );
    expect(t.byYear).toEqual({ 2566: 60000, 2567: 10001 });
    expect(t.byDimension['1']).toEqual({ 2566: 55000, 2567: 10000 });
    expect(t.byDimension['2']).toEqual({ 2566: 0, 2567: 0 });
    expect(t.byDimension['4']).toEqual({ 2566: 5000, 2567: 0 });
    expect(t.grand).toBe(70001);
    expect(t.quarters).toEqual([2, 1, 0, 2]);
    expect(t.projectsByDimension).toEqual({ 1: 2, 2: 0, 3: 0, 4: 1 });
  });

  test('sums in satang: 0.1 + 0.2 is 0.3', () => {
    const t = computeTotals(
      [
        { dimension: 2, budgets: { 2567: 0.1 }, quarters: q(0, 0, 0, 0) },
        { dimension: 2, budgets: { 2567: 0.2 }, quarters: q(0, 0, 0, 0) },
      ],
      [2567],
    );
    expect(t.byYear['2567']).toBe(0.3);
    expect(t.grand).toBe(0.3);
  });

  test('starred rows count under their digit (e-plan report)', () => {
    const report = checkGrid(tsvGrid('eplan-annual-2567.tsv'), 'e').report;
    const starred = report.projects.filter((p) => p.added);
    expect(starred.map((p) => p.dimension)).toEqual([1, 2, 3]);
    const dim1 = report.projects.filter((p) => p.dimension === 1).reduce((s, p) => s + (p.budgets['2567'] ?? 0), 0);
    expect(report.totals.byDimension['1']['2567']).toBe(dim1);
    expect(dim1).toBe(7 * 45000 + 15000); // seven shared 45,000 rows in dimension 1 plus the starred 15,000
  });
});

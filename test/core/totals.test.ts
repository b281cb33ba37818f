import { computeTotals } from '../../src/core/totals/totals';
import { checkGrid } from '../../src/core/check/check';
import { readPlan } from '../../src/core/read/planReader';
import type { Cell } from '../../src/core/read/cells';
import { planTotals } from '../../src/core/totals/totalFormulas';
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

describe('planTotals on misplaced total rows', () => {
  const plan = (rows: Cell[][]): Cell[][] => [
    ['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567'],
    [],
    ['ลำดับ', 'รายการโครงการ', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'หมายเหตุ'],
    ['', '', '', '', '1', '2', '3', '4', ''],
    ...rows,
  ];
  const project = (n: number, d: number, amount: number): Cell[] => [n, `โครงการ ${n}`, d, amount, '☑', '', '', '', ''];

  test('a grand total with projects below it is refused, naming its row and cell, never rewritten', () => {
    const grid = plan([project(1, 1, 100), ['', 'รวมทั้งสิ้น', '', 100, 1, '', '', '', ''], project(2, 2, 200)]);
    expect(planTotals(readPlan(grid), grid)).toEqual({
      refused: {
        th: 'แถวที่ 6 (D6) อ่านได้เป็นยอดรวมทั้งสิ้น แต่ยังมีโครงการอยู่ใต้แถวนี้ (แถวที่ 7) จึงสรุปยอดไม่ได้ — ย้ายแถวรวมทั้งสิ้นไปไว้ใต้โครงการสุดท้าย หรือแก้ข้อความในแถวนี้ถ้าไม่ใช่แถวรวม',
        en: "Row 6 (D6) reads as the grand total, but projects follow it (row 7), so totals cannot be written — move the grand total below the last project, or fix this row's text if it is not a total",
      },
    });
  });

  test('a subtotal heading its block right under the header: its formula reads the projects, not its own row', () => {
    const grid = plan([['', '', 'มิติที่ 1 รวม', 0], project(1, 1, 100), project(2, 1, 50), ['', 'รวมทั้งสิ้น', '', 150]]);
    const totals = planTotals(readPlan(grid), grid);
    expect(totals && 'rows' in totals && totals.rows.map((r) => [r.row, r.cells[0].formula])).toEqual([
      [5, '=SUM(D6:D7)'],
      [8, '=SUM(D6:D7)'],
    ]);
  });
});

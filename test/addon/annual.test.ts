/**
 * แผนปฏิบัติการประจำปี from the 5-year plan sheet, through the built Code.js over the strict fakes:
 * the preview and its candidates, the new sheet read back by the core (counts and budgets equal
 * the 5-year column), a re-run after ticks, follow-up text and edits of the 5-year plan (only owned
 * cells change, dropped projects are marked), the document lock, and service calls that do not
 * grow with the number of projects.
 */
import { syntheticFiveYearGrid } from '../../bench/synthetic';
import type { Cell } from '../../src/core/read/cells';
import { readPlan } from '../../src/core/read/planReader';
import { DROPPED_MARK, yearBudget } from '../../src/core/year/annualPlan';
import { loadAddon, userError } from './harness';

const NAME = 'แผนปฏิบัติการประจำปี ๒๕๖๘';

function withPlan(n: number) {
  const a = loadAddon();
  const grid = syntheticFiveYearGrid(n);
  const sheet = a.addSheet('แผน', grid);
  return { a, grid, sheet };
}

describe('annual plan from the 5-year plan sheet', () => {
  test('preview: counts and the candidates with "-" in the year', () => {
    const { a, grid } = withPlan(12);
    const five = readPlan(grid);
    const p = a.call('previewAnnualPlan', { year: 2568 });
    expect(p).toMatchObject({ planSheet: 'แผน', year: 2568, sheetName: NAME, exists: false });
    expect(p.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    const dashed = five.projects.filter((x) => yearBudget(x, 2568) === '-');
    expect(p.candidates.map((c) => c.id)).toEqual(dashed.map((x) => x.id));
    expect(p.included).toBe(five.projects.length - dashed.length);
    expect(p.counts).toEqual({ added: p.included, updated: 0, kept: 0, dropped: 0 });
  });

  test('makes the sheet: the core reads back the 5-year column of the year, with ids, totals and rules', () => {
    const { a, grid } = withPlan(12);
    const five = readPlan(grid);
    const candidate = five.projects.find((x) => yearBudget(x, 2568) === '-')!;
    const r = a.call('writeAnnualPlan', { year: 2568, include: [candidate.id] });
    expect(r).toMatchObject({ sheetName: NAME, created: true });
    const annual = a.spreadsheet._sheetByName(NAME)!;
    const reading = readPlan(annual._dump() as Cell[][]);
    const expected = five.projects.filter((x) => yearBudget(x, 2568) !== '-' || x.id === candidate.id);
    expect(reading.years).toEqual([2568]);
    expect(reading.projects.map((x) => x.id)).toEqual(expected.map((x) => x.id));
    expect(reading.projects.map((x) => x.budgets['2568'])).toEqual(expected.map((x) => x.budgets['2568']));
    expect(r.projects).toBe(expected.length);
    // The totals are live formulas, the header frozen, the dimension a dropdown, ticks checkboxes.
    const check = a.call('checkPlan');
    expect(check.errors).toBe(0);
    expect(annual._frozenRows).toBeGreaterThan(0);
    expect(annual._cell(reading.projects[0].row, 2).validation).not.toBeNull();
  });

  test('re-run: ticks and follow-up text stay, budgets follow the 5-year plan, a removed project is marked', () => {
    const { a, grid, sheet } = withPlan(12);
    a.call('writeAnnualPlan', { year: 2568, include: [] });
    const annual = a.spreadsheet._sheetByName(NAME)!;
    const first = readPlan(annual._dump() as Cell[][]);
    const quarterCol = first.headers[0].columns.find((c) => c.role === 'quarter')!.col + 1;
    const width = annual._dump()[0].length;
    for (const p of first.projects) {
      annual.getRange(p.row, quarterCol + (p.sequence % 4)).setValue(true);
      annual.getRange(p.row, width + 1).setValue(`ผลการดำเนินงาน ${p.id}`);
    }
    // The 5-year plan changes: one budget, one project removed (its name cleared), one "-" given an amount.
    const five = readPlan(grid);
    const col2568 = (p: (typeof five.projects)[number]) => p.source.budget.find((b) => b.year === '2568')!.col + 1;
    const withBudget = five.projects.filter((x) => yearBudget(x, 2568) !== '-');
    const [changed, removed] = withBudget;
    const newcomer = five.projects.find((x) => yearBudget(x, 2568) === '-')!;
    sheet.getRange(changed.row, col2568(changed)).setValue(98765);
    sheet.getRange(removed.row, 1, 1, grid[removed.row - 1].length).clearContent();
    sheet.getRange(newcomer.row, col2568(newcomer)).setValue(1234);
    a.spreadsheet._active = sheet;

    a.log.reset();
    const r = a.call('writeAnnualPlan', { year: 2568, include: [] });
    expect(r).toMatchObject({ created: false, counts: { added: 1, updated: 1, dropped: 1 } });
    const values = annual._dump() as Cell[][];
    const after = readPlan(values);
    const byId = new Map(after.projects.map((p) => [p.id, p]));
    for (const p of first.projects) {
      const now = byId.get(p.id)!;
      expect(now.quarters[p.sequence % 4]).toBe(true);
      expect(values[now.row - 1][width]).toBe(`ผลการดำเนินงาน ${p.id}`);
    }
    expect(byId.get(changed.id)!.budgets['2568']).toBe(98765);
    expect(byId.get(removed.id)!.remark).toContain(DROPPED_MARK);
    expect(byId.get(newcomer.id)!.budgets['2568']).toBe(1234);
    // Written under the document lock, as every writer of the add-on.
    expect(a.log.snapshot()['LockService.getDocumentLock']).toBe(1);
  });

  test('refuses a year the plan has no column for, an unknown id, and an annual plan as the source', () => {
    const { a } = withPlan(6);
    expect(userError(() => a.call('previewAnnualPlan', { year: 2575 })).th).toContain('ไม่มีคอลัมน์งบประมาณปี 2575');
    expect(userError(() => a.call('writeAnnualPlan', { year: 2568, include: ['ไม่มี'] })).th).toContain('ไม่มี');
    expect(userError(() => a.call('writeAnnualPlan', { year: 'x', include: [] })).th).toContain('ข้อมูลไม่ถูกต้อง');
    a.call('writeAnnualPlan', { year: 2568, include: [] });
    // The annual sheet is now active: the 5-year plan is found beside it.
    expect(a.call('previewAnnualPlan', { year: 2568 })).toMatchObject({ planSheet: 'แผน', exists: true });
    // With no 5-year plan at all, the annual plan is not taken for one.
    const alone = loadAddon();
    alone.addSheet(NAME, a.spreadsheet._sheetByName(NAME)!._dump());
    expect(userError(() => alone.call('previewAnnualPlan', { year: 2568 })).th).toContain('เปิดแผ่นงานแผน ๕ ปีก่อน');
  });

  test.each(['create', 'update'])('service calls of %s do not grow with the number of projects', (kind) => {
    const calls = (n: number) => {
      const { a, grid, sheet } = withPlan(n);
      if (kind === 'update') {
        a.call('writeAnnualPlan', { year: 2568, include: [] });
        const five = readPlan(grid);
        // Every budget of the year changes: every row of the annual plan is updated.
        for (const p of five.projects.filter((x) => yearBudget(x, 2568) !== '-'))
          sheet.getRange(p.row, p.source.budget.find((b) => b.year === '2568')!.col + 1).setValue(p.row * 10);
        a.spreadsheet._active = sheet;
      }
      a.log.reset();
      a.call('writeAnnualPlan', { year: 2568, include: [] });
      return a.log.snapshot();
    };
    const small = calls(10);
    const large = calls(400);
    expect(large).toEqual(small);
    const total = Object.values(small).reduce((s, n) => s + n, 0);
    // Printed for the report, bench style.
    console.log(`writeAnnualPlan (${kind}): ${total} service calls for 10 and for 400 projects`);
  });
});

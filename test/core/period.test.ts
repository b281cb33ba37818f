/**
 * The plan's own years (core/period.ts): from the user, the title or the budget columns, over the
 * periods real plans run: 2561–2564, 2566–2570, a revision showing some years, 3 years, one year.
 */
import { checkGrid } from '../../src/core/check/check';
import { planKindName } from '../../src/core/period';
import { PlanSettingsSchema, type PlanSettingsInput } from '../../src/shared/settings';
import type { Cell } from '../../src/core/read/cells';

const M21 = 'การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น';

/** A plan with `title` above a table of `years` budget columns and one project of dimension 2. */
function plan(title: string[], years: number[]): Cell[][] {
  return [
    ...title.map((t) => [t]),
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...years.map((y) => `ปี ${y}`), 'หมายเหตุ'],
    ['', '', '', ...years.map(() => 'งบประมาณ (บาท)'), ''],
    ['2', M21, 'โครงการเผยแพร่ข้อมูลข่าวสาร', ...years.map(() => '1,000'), ''],
  ];
}

function report(grid: Cell[][], settings: PlanSettingsInput = {}) {
  return checkGrid(grid, 'แผน', { settings: PlanSettingsSchema.parse(settings) }).report;
}
const outOfRange = (r: ReturnType<typeof report>) =>
  r.issues.filter((f) => f.code === 'YEAR_OUT_OF_RANGE').map((f) => f.cell);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("the plan's years", () => {
  test.each([
    ['the previous national plan', ['แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'], range(2561, 2564)],
    ['the current one', ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ.2566-2570)'], range(2566, 2570)],
    ['a 3-year table', ['แผนปฏิบัติการป้องกันการทุจริต ระยะ ๓ ปี (พ.ศ. ๒๕๖๘ – ๒๕๗๐)'], range(2568, 2570)],
  ])('%s: its title gives them and no column is out of range', (_, title, years) => {
    const r = report(plan(title, years));
    expect(r.period).toEqual({ from: years[0], to: years[years.length - 1], source: 'title' });
    expect(outOfRange(r)).toEqual([]);
  });

  test('a revised plan showing only its last years: the title range is the plan, no false error', () => {
    const r = report(plan(['แผนปฏิบัติการป้องกันการทุจริต (ฉบับทบทวน) พ.ศ. ๒๕๖๖ - ๒๕๗๐'], range(2568, 2570)));
    expect(r.period).toEqual({ from: 2566, to: 2570, source: 'title' });
    expect(outOfRange(r)).toEqual([]);
  });

  test('a column outside the title range is the error, at its header cell, quoting the plan range', () => {
    const r = report(plan(['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'], [2561, 2562, 2563, 2565]));
    expect(outOfRange(r)).toEqual(['G2']);
    const f = r.issues.find((x) => x.code === 'YEAR_OUT_OF_RANGE')!;
    expect(f.messageEn).toContain('2565');
    expect(f.messageEn).toContain('2561');
    expect(f.messageEn).toContain('2564');
  });

  test('no years in the title: the budget columns give them, and judge nothing', () => {
    const r = report(plan(['แผนปฏิบัติการป้องกันการทุจริต'], range(2561, 2564)));
    expect(r.period).toEqual({ from: 2561, to: 2564, source: 'header' });
    expect(outOfRange(r)).toEqual([]);
  });

  test("a title's single year (a revision's, a date's) is not taken for a multi-year plan's range", () => {
    const r = report(plan(['แผนปฏิบัติการป้องกันการทุจริต ปรับปรุงครั้งที่ ๑ พ.ศ. ๒๕๖๘'], range(2566, 2570)));
    expect(r.period).toEqual({ from: 2566, to: 2570, source: 'header' });
    expect(outOfRange(r)).toEqual([]);
  });

  test('an annual plan: one year', () => {
    const r = report(plan(['แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'], [2567]));
    expect(r.period).toEqual({ from: 2567, to: 2567, source: 'header' });
    expect(outOfRange(r)).toEqual([]);
  });

  test('the range the user gave overrides the title (--years, the settings the add-on saved)', () => {
    const grid = plan(['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'], range(2561, 2564));
    const r = report(grid, { fiscalYears: { from: 2566, to: 2570 } });
    expect(r.period).toEqual({ from: 2566, to: 2570, source: 'settings' });
    expect(outOfRange(r)).toEqual(['D2', 'E2', 'F2', 'G2']);
  });

  test('nothing says: no period, no year judged', () => {
    const grid: Cell[][] = [
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'งบประมาณ (บาท)', 'หมายเหตุ'],
      ['2', M21, 'โครงการเผยแพร่ข้อมูลข่าวสาร', '1,000', ''],
    ];
    const r = report(grid);
    expect(r.period).toBeNull();
    expect(outOfRange(r)).toEqual([]);
  });
});

describe('planKindName', () => {
  test.each([
    [{ from: 2561, to: 2564 }, 'five-year', 'แผน ๔ ปี', '4-year plan'],
    [{ from: 2566, to: 2570 }, 'five-year', 'แผน ๕ ปี', '5-year plan'],
    [{ from: 2568, to: 2570 }, 'five-year', 'แผน ๓ ปี', '3-year plan'],
    [{ from: 2567, to: 2567 }, 'annual', 'แผนประจำปี', 'annual plan'],
    [null, 'annual', 'แผนประจำปี', 'annual plan'],
    [null, 'five-year', 'แผนหลายปี', 'multi-year plan'],
  ] as const)('%j (%s): %s / %s', (years, layout, th, en) => {
    expect(planKindName(years, layout, 'th')).toBe(th);
    expect(planKindName(years, layout, 'en')).toBe(en);
  });
});

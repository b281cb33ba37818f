/**
 * The annual layout's follow-up columns (core/sheet/standardSheet.ts) and the reader's header roles
 * finding them again (core/read/header.ts, columnIndex.ts), whatever the header's height and place.
 */
import fc from 'fast-check';
import { followUpBlock, standardLayout } from '../../src/core/sheet/standardSheet';
import { readHeader } from '../../src/core/read/header';
import { indexColumns } from '../../src/core/read/columnIndex';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../src/shared/settings';

const FIVE_YEAR: PlanSettings = { ...DEFAULT_SETTINGS, planKind: 'five-year', fiscalYears: { from: 2566, to: 2570 } };
const ANNUAL: PlanSettings = {
  ...DEFAULT_SETTINGS,
  planKind: 'annual',
  fiscalYears: { from: 2568, to: 2568 },
  annualYear: 2568,
};

describe('the standard layout', () => {
  test('five-year: the columns, header and merges it always had, no follow-up', () => {
    const l = standardLayout(FIVE_YEAR, 2568);
    // Joined, to read as the sheet shows them.
    expect(l.columns.map((c) => c.role).join(' ')).toBe(
      'no dimension mission project budget budget budget budget budget quarter quarter quarter quarter responsible remark id',
    );
    expect(l.header[0].join('|')).toBe(
      'ลำดับ|มิติ|ภารกิจตามมิติ|โครงการ/กิจกรรม/มาตรการ|ปี ๒๕๖๖|ปี ๒๕๖๗|ปี ๒๕๖๘|ปี ๒๕๖๙|ปี ๒๕๗๐|ดำเนินการไตรมาส ปี ๒๕๖๘||||ผู้รับผิดชอบ|หมายเหตุ|รหัส',
    );
    const h = l.headerFirstRow;
    expect(l.merges).toEqual([
      [h, 1, 2, 1],
      [h, 2, 2, 1],
      [h, 3, 2, 1],
      [h, 4, 2, 1],
      [h, 14, 2, 1],
      [h, 15, 2, 1],
      [h, 16, 2, 1],
      [h, 10, 1, 4],
    ]);
  });

  test('annual: รหัส, then the ordinance over both rows and each round titled over its three columns', () => {
    const l = standardLayout(ANNUAL, 2568);
    expect(l.columns.slice(11).map((c) => [c.role, c.round ?? null])).toEqual([
      ['id', null],
      ['ordinance', null],
      ['status', 6],
      ['spent', 6],
      ['result', 6],
      ['status', 12],
      ['spent', 12],
      ['result', 12],
    ]);
    expect(l.header.map((r) => r.slice(12))).toEqual([
      ['งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)', 'ผลการดำเนินงานรอบ ๖ เดือน', '', '', 'ผลการดำเนินงานรอบ ๑๒ เดือน', '', ''],
      ['', 'สถานะ', 'เบิกจ่ายจริง (บาท)', 'ผลการดำเนินงาน', 'สถานะ', 'เบิกจ่ายจริง (บาท)', 'ผลการดำเนินงาน'],
    ]);
    const h = l.headerFirstRow;
    expect(l.merges.slice(-3)).toEqual([
      [h, 13, 2, 1],
      [h, 14, 1, 3],
      [h, 17, 1, 3],
    ]);
    expect(l.merges.some(([, col]) => col > 13 && col !== 14 && col !== 17)).toBe(false);
  });

  test('one header row: each column carries its round', () => {
    expect(followUpBlock(0, 1).header).toEqual([
      [
        'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)',
        'สถานะ รอบ ๖ เดือน',
        'เบิกจ่ายจริง รอบ ๖ เดือน (บาท)',
        'ผลการดำเนินงาน รอบ ๖ เดือน',
        'สถานะ รอบ ๑๒ เดือน',
        'เบิกจ่ายจริง รอบ ๑๒ เดือน (บาท)',
        'ผลการดำเนินงาน รอบ ๑๒ เดือน',
      ],
    ]);
    expect(followUpBlock(0, 1).merges).toEqual([]);
  });
});

/** The reader's follow-up columns of a grid whose header starts at row `top`. */
const followUpOf = (grid: string[][], top: number) => indexColumns(readHeader(grid, top)).followUp;

describe('the reader finds the follow-up columns', () => {
  test('any height, any place, Arabic digits and spacing: exactly the block written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 3, max: 20 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (rows, first, top, arabic) => {
          const block = followUpBlock(first, rows);
          // Rows above the header are blank; the table's own columns: ลำดับ, โครงการ, the year's budget
          // over its header rows (as a real 2- or 3-row header), then blank cells.
          const grid: string[][] = Array.from({ length: top + rows }, () => Array<string>(first).fill(''));
          const budget = [['งบประมาณ (บาท)'], ['ปี ๒๕๖๘', 'งบประมาณ (บาท)'], ['ปี ๒๕๖๘', 'งบประมาณ', '(บาท)']][rows - 1];
          grid[top].splice(0, 2, 'ลำดับ', 'โครงการ/กิจกรรม/มาตรการ');
          budget.forEach((t, i) => (grid[top + i][2] = t));
          const write = (t: string) => (arabic ? t.replace(/๖/g, '6').replace(/๑๒/g, '12').replace(/ /g, '  ') : t);
          block.header.forEach((r, i) => grid[top + i].push(...r.map(write)));
          const found = followUpOf(grid, top);
          expect(found?.ordinance).toBe(first);
          for (const round of [6, 12] as const) {
            const cols = (role: string) => block.columns.find((c) => c.role === role && c.round === round)!.col;
            expect(found?.rounds[round]).toEqual({
              status: cols('status'),
              spent: cols('spent'),
              result: cols('result'),
            });
          }
        },
      ),
      { seed: 14 },
    );
  });

  test('a plan without them: nothing found (ผลการดำเนินงาน without a round, สถานะเอกสาร)', () => {
    const grid = [['ลำดับ', 'โครงการ', 'ผลการดำเนินงาน', 'สถานะเอกสาร', 'งบประมาณ (บาท)']];
    expect(followUpOf(grid, 0)).toBeNull();
  });
});

/**
 * The custom functions as Sheets calls them: top-level functions of the built dist/Code.js (with
 * their @customfunction JSDoc and real parameter names, so Sheets autocompletes them), given
 * scalars or 2-D ranges, Dates as Sheets passes them, blanks as ''.
 */
import { codeJsSource } from '../vm';
import { loadAddon } from '../addon/harness';
import { loadCodeJs } from '../vm';
import { tsvGrid } from '../helpers';

const FUNCTIONS: Record<string, string[]> = {
  THAIBAHTTEXT: ['amount', 'style'],
  THAIDIGITS: ['value'],
  ARABICDIGITS: ['value'],
  THAIDATE: ['date', 'style', 'digits'],
  FISCALYEAR: ['date'],
  FISCALQUARTER: ['date'],
  PLANTOTAL: ['budgets', 'dimensions', 'dimension'],
  QUARTERCOUNT: ['ticks'],
  PLANSUMMARY: ['dimensions', 'budgets'],
};

type Fn = (...args: unknown[]) => unknown;
function sheetFunctions(timeZone = 'Asia/Bangkok'): Record<string, Fn> {
  const a = loadAddon();
  a.spreadsheet._timeZone = timeZone;
  return loadCodeJs(a.globals) as unknown as Record<string, Fn>;
}
const f = sheetFunctions();
/** Midnight of a calendar day in Bangkok, as Sheets passes a date cell of a Bangkok spreadsheet. */
const bkk = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

describe('custom functions in Code.js', () => {
  test.each(Object.entries(FUNCTIONS))('%s is top-level with @customfunction JSDoc and its parameter names', (name, params) => {
    const source = codeJsSource();
    const at = source.indexOf(`\nfunction ${name}(${params.join(', ')}) {`);
    expect(at).toBeGreaterThan(0);
    const doc = source.slice(source.lastIndexOf('/**', at), at);
    expect(doc).toMatch(/@customfunction\n \*\/$/);
    for (const p of params) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} `));
    expect(typeof f[name]).toBe('function');
  });
});

describe('THAIBAHTTEXT', () => {
  test('a cell, a range (same shape, blanks stay blank), both styles', () => {
    expect(f.THAIBAHTTEXT(45000)).toBe('สี่หมื่นห้าพันบาทถ้วน');
    expect(f.THAIBAHTTEXT(101, 'sheets')).toBe('หนึ่งร้อยหนึ่งบาทถ้วน');
    expect(f.THAIBAHTTEXT(101, 'EXCEL')).toBe('หนึ่งร้อยเอ็ดบาทถ้วน');
    expect(f.THAIBAHTTEXT([[45000, ''], ['๕,๐๐๐ บาท', -1]])).toEqual([
      ['สี่หมื่นห้าพันบาทถ้วน', ''],
      ['ห้าพันบาทถ้วน', 'ลบหนึ่งบาทถ้วน'],
    ]);
  });

  test('wrong input: a short Thai error', () => {
    expect(() => f.THAIBAHTTEXT('ห้าพัน')).toThrow('THAIBAHTTEXT: "ห้าพัน" ไม่ใช่จำนวนเงิน');
    expect(() => f.THAIBAHTTEXT(5, 'word')).toThrow('รูปแบบ "word" ไม่รู้จัก');
    expect(() => f.THAIBAHTTEXT([[1], [true]])).toThrow('ไม่ใช่จำนวนเงิน');
  });
});

describe('THAIDIGITS and ARABICDIGITS', () => {
  test('numbers keep separators and decimals; text keeps everything but digits', () => {
    expect(f.THAIDIGITS(3170000)).toBe('๓,๑๗๐,๐๐๐');
    expect(f.THAIDIGITS(45000.5)).toBe('๔๕,๐๐๐.๕');
    expect(f.THAIDIGITS(-1234.25)).toBe('-๑,๒๓๔.๒๕');
    expect(f.THAIDIGITS('พ.ศ. 2567 ร้อยละ 80')).toBe('พ.ศ. ๒๕๖๗ ร้อยละ ๘๐');
    expect(f.THAIDIGITS([[1, ''], [bkk(2022, 9, 30), true]])).toEqual([
      ['๑', ''],
      ['๓๐/๙/๒๕๖๕', 'TRUE'],
    ]);
    expect(f.ARABICDIGITS('งบประมาณ ๔๕,๐๐๐ บาท')).toBe('งบประมาณ 45,000 บาท');
    expect(f.ARABICDIGITS([['๑.๑', 2], ['', 'ไม่มี']])).toEqual([
      ['1.1', 2],
      ['', 'ไม่มี'],
    ]);
  });
});

describe('THAIDATE, FISCALYEAR, FISCALQUARTER', () => {
  test('the three styles, Thai or Arabic digits (docs/domain.md#numbers-digits-and-dates)', () => {
    const d = bkk(2022, 9, 30);
    expect(f.THAIDATE(d)).toBe('๓๐ กันยายน ๒๕๖๕');
    expect(f.THAIDATE(d, 'short')).toBe('๓๐ ก.ย. ๖๕');
    expect(f.THAIDATE(d, 'full')).toBe('วันศุกร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๕');
    expect(f.THAIDATE(d, 'long', 'arabic')).toBe('30 กันยายน 2565');
  });

  test('dates written as text or as serial numbers', () => {
    expect(f.THAIDATE('1/3/2568')).toBe('๑ มีนาคม ๒๕๖๘');
    expect(f.THAIDATE('2023-10-01', 'long', 'arabic')).toBe('1 ตุลาคม 2566');
    expect(f.THAIDATE('๘ ธันวาคม ๒๕๖๖', 'short')).toBe('๘ ธ.ค. ๖๖');
    expect(f.THAIDATE(45000, 'long', 'arabic')).toBe('15 มีนาคม 2566');
  });

  test('fiscal year starts on 1 October; quarters Oct–Dec = 1', () => {
    expect(f.FISCALYEAR(bkk(2023, 10, 1))).toBe(2567);
    expect(f.FISCALYEAR(bkk(2023, 9, 30))).toBe(2566);
    expect(f.FISCALYEAR([[bkk(2022, 10, 1), ''], ['30/9/2570', bkk(2026, 12, 31)]])).toEqual([
      [2566, ''],
      [2570, 2570], // 31 Dec 2026 is in FY 2570 (1 Oct 2026 – 30 Sep 2027)
    ]);
    expect(f.FISCALQUARTER([[bkk(2023, 10, 1), bkk(2024, 1, 1), bkk(2024, 4, 30), bkk(2024, 9, 30)]])).toEqual([[1, 2, 3, 4]]);
  });

  test('a spreadsheet in another time zone reads the day it shows', () => {
    const ny = sheetFunctions('America/New_York');
    const midnightNewYork = new Date(Date.UTC(2023, 9, 1, 4)); // 1 Oct 2023 00:00 in New York = 11:00 in Bangkok
    expect(ny.FISCALYEAR(midnightNewYork)).toBe(2567);
    const lateNewYork = new Date(Date.UTC(2023, 9, 1, 3)); // 30 Sep 23:00 in New York, already 1 Oct in Bangkok
    expect(ny.THAIDATE(lateNewYork, 'long', 'arabic')).toBe('30 กันยายน 2566');
    expect(f.THAIDATE(lateNewYork, 'long', 'arabic')).toBe('1 ตุลาคม 2566');
  });

  test('wrong input: a Thai error', () => {
    expect(() => f.THAIDATE('เมื่อวาน')).toThrow('THAIDATE: "เมื่อวาน" ไม่ใช่วันที่');
    expect(() => f.THAIDATE(bkk(2022, 9, 30), 'medium')).toThrow('รูปแบบ "medium" ไม่รู้จัก');
    expect(() => f.FISCALYEAR('31/2/2567')).toThrow('ไม่ใช่วันที่');
    expect(f.FISCALQUARTER('')).toBe('');
  });
});

describe('PLANTOTAL, QUARTERCOUNT, PLANSUMMARY on seed plan ranges', () => {
  const grid = tsvGrid('eplan-annual-2567.tsv');
  const rows = grid.filter((r) => /^\d+$/.test(String(r[0])));
  const budgets = rows.map((r) => [r[3]]);
  const dims = rows.map((r) => [r[2]]);
  const ticks = rows.map((r) => r.slice(4, 8));

  test('PLANTOTAL reads "45,000.00", "0.00", "-", "๔๕,๐๐๐" and no-budget text; filters by dimension written any way', () => {
    expect(f.PLANTOTAL(budgets)).toBe(1161000.5);
    expect(f.PLANTOTAL(budgets, dims, 1)).toBe(330000);
    expect(f.PLANTOTAL(budgets, dims, 'มิติที่ ๒')).toBe(92500.5);
    expect(f.PLANTOTAL(budgets, dims, '*4')).toBe(700000);
    expect(f.PLANTOTAL([['-', '๔๕,๐๐๐'], ['ไม่ได้ใช้งบประมาณ', ''], [0.1, 0.2]])).toBe(45000.3);
    expect(f.PLANTOTAL(5000)).toBe(5000);
  });

  test('PLANTOTAL errors name the row of the range', () => {
    expect(() => f.PLANTOTAL([['1,000'], ['ห้าพัน']])).toThrow('PLANTOTAL: แถวที่ 2 ของช่วงงบประมาณ ("ห้าพัน") ไม่ใช่จำนวนเงิน');
    expect(() => f.PLANTOTAL([[1, 'x']])).toThrow('แถวที่ 1 คอลัมน์ที่ 2');
    expect(() => f.PLANTOTAL(budgets, dims.slice(1), 1)).toThrow('ช่วงมิติมี 48 แถว แต่ช่วงงบประมาณมี 49 แถว');
    expect(() => f.PLANTOTAL(budgets, dims, 5)).toThrow('มิติ "5" ไม่ถูกต้อง');
    expect(() => f.PLANTOTAL(budgets, '', 1)).toThrow('ต้องให้ช่วงมิติด้วย');
  });

  test('QUARTERCOUNT counts ☑, TRUE, ✓ and checked boxes per column', () => {
    expect(f.QUARTERCOUNT(ticks)).toEqual([[32, 33, 33, 32]]);
    expect(f.QUARTERCOUNT([[true, '☑', '✓', false], ['TRUE', '☐', '', '<input checked="" type="checkbox"/>']])).toEqual([[2, 1, 1, 1]]);
  });

  test('PLANSUMMARY spills a row per dimension and รวม, a column per budget column', () => {
    expect(f.PLANSUMMARY(dims, budgets)).toEqual([
      ['มิติที่ ๑', 330000],
      ['มิติที่ ๒', 92500.5],
      ['มิติที่ ๓', 38500],
      ['มิติที่ ๔', 700000],
      ['รวม', 1161000.5],
    ]);
    expect(f.PLANSUMMARY([['1'], ['มิติที่ ๓ การส่งเสริม…'], ['1']], [[100, '-'], [50, 25], ['๕๐', 5]])).toEqual([
      ['มิติที่ ๑', 150, 5],
      ['มิติที่ ๒', 0, 0],
      ['มิติที่ ๓', 50, 25],
      ['มิติที่ ๔', 0, 0],
      ['รวม', 200, 30],
    ]);
  });
});

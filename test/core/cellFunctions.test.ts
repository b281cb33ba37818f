import { parseDateText, serialToParts, dimensionArgument } from '../../src/core/functions/cellFunctions';
import { groupedDecimal, plainDecimal } from '../../src/shared/numbers';
import { fiscalQuarter, fiscalYear, formatThaiDate } from '../../src/core/thai/dates';

describe('dates written as text', () => {
  test.each([
    ['2022-09-30', { year: 2022, month: 9, day: 30 }],
    ['30/9/2565', { year: 2022, month: 9, day: 30 }], // BE year
    ['30/09/2022', { year: 2022, month: 9, day: 30 }],
    ['๓๐ กันยายน ๒๕๖๕', { year: 2022, month: 9, day: 30 }], // 000's preface date
    ['๑ มีนาคม ๒๕๖๘', { year: 2025, month: 3, day: 1 }], // 003's date
    ['07 กุมภาพันธ์ 2567', { year: 2024, month: 2, day: 7 }], // the e-plan report footer
    ['๓๐ ก.ย. ๖๕', { year: 2022, month: 9, day: 30 }],
    ['วันศุกร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๕', { year: 2022, month: 9, day: 30 }],
  ])('%s', (text, parts) => {
    expect(parseDateText(text)).toEqual(parts);
  });

  test.each(['31/2/2567', 'เมื่อวาน', '30 Sept 2022', '2567'])('%s is not a date', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  test('Sheets serial day numbers', () => {
    expect(serialToParts(1)).toEqual({ year: 1899, month: 12, day: 31 });
    expect(serialToParts(45000)).toEqual({ year: 2023, month: 3, day: 15 });
    expect(serialToParts(45000.75)).toEqual({ year: 2023, month: 3, day: 15 });
  });
});

describe('Thai dates and the fiscal year (docs/domain.md#fiscal-year-and-quarters, #numbers-digits-and-dates)', () => {
  test('formats', () => {
    expect(formatThaiDate({ year: 2023, month: 12, day: 8 })).toBe('๘ ธันวาคม ๒๕๖๖');
    expect(formatThaiDate({ year: 2025, month: 3, day: 1 }, 'full', 'arabic')).toBe('วันเสาร์ที่ 1 มีนาคม พ.ศ. 2568');
  });

  test.each([
    [2023, 10, 2567, 1],
    [2023, 12, 2567, 1],
    [2024, 1, 2567, 2],
    [2024, 3, 2567, 2],
    [2024, 4, 2567, 3],
    [2024, 6, 2567, 3],
    [2024, 7, 2567, 4],
    [2024, 9, 2567, 4],
  ])('%d-%d is FY %d quarter %d', (year, month, fy, q) => {
    expect(fiscalYear({ year, month })).toBe(fy);
    expect(fiscalQuarter({ month })).toBe(q);
  });
});

describe('numbers as written', () => {
  test('plainDecimal never uses exponents', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1.5e20)).toBe('150000000000000000000');
    expect(plainDecimal(-2.5e-3)).toBe('-0.0025');
    expect(plainDecimal(45000.5)).toBe('45000.5');
  });

  test("groupedDecimal keeps the number's own decimals", () => {
    expect(groupedDecimal(3170000)).toBe('3,170,000');
    expect(groupedDecimal(1234.005)).toBe('1,234.005');
    expect(groupedDecimal(-999999.5)).toBe('-999,999.5');
  });

  test('a dimension argument written any way', () => {
    expect([1, '๑', '*1', 'มิติที่ ๑', 'มิติ 1 การสร้างวัฒนธรรมสุจริต'].map((d) => dimensionArgument(d, 'T'))).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(() => dimensionArgument('ห้า', 'PLANTOTAL')).toThrow('PLANTOTAL: มิติ "ห้า" ไม่ถูกต้อง');
  });
});

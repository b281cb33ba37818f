import { a1, cellText, columnLetters, isBlank, parseAmount, parseTick, type Cell } from '../../src/core/read/cells';
import { cleanText, compactKey, joinWrappedThai, matchKey } from '../../src/core/read/text';
import { toArabicDigits, toThaiDigits } from '../../src/shared/numbers';
import { formatAmount } from '../../src/shared/numbers';

describe('Thai digits and text cleaning', () => {
  test('converts digits both ways and leaves other characters', () => {
    expect(toArabicDigits('พ.ศ. ๒๕๖๖-๒๕๗๐')).toBe('พ.ศ. 2566-2570');
    expect(toThaiDigits('3,170,000.50 บาท')).toBe('๓,๑๗๐,๐๐๐.๕๐ บาท');
    expect(toThaiDigits(toArabicDigits('๐๑๒๓๔๕๖๗๘๙'))).toBe('๐๑๒๓๔๕๖๗๘๙');
  });

  test('removes conversion noise: <p>, <u>, markdown, zero-width and non-breaking spaces', () => {
    expect(cleanText('<p>ที่กำหนดไว้</p> <p>๓)กำกับติดตาม</p>')).toBe('ที่กำหนดไว้ ๓)กำกับติดตาม');
    expect(cleanText('<u>การประเมินความเสี่ยงเพื่อป้องกันการทุจริต</u>')).toBe('การประเมินความเสี่ยงเพื่อป้องกันการทุจริต');
    expect(cleanText('**ส่วนที่ ๒**')).toBe('ส่วนที่ ๒');
    expect(cleanText('มิติ\u00a0๑\u200b การสร้าง')).toBe('มิติ ๑ การสร้าง');
  });

  test('joins words broken at old line wraps (000 table cells)', () => {
    expect(joinWrappedThai('๑. สร้าง วัฒนธรรม สุจริต')).toBe('๑. สร้างวัฒนธรรมสุจริต');
    expect(compactKey('ระยะเวลา ดำเนินการ')).toBe(compactKey('ระยะเวลาดำเนินการ'));
    expect(matchKey('ศูนย์ข้อมูล ข่าวสาร องค์การ บริหารส่วน ตำบลเมือง น้อย')).toBe('ศูนย์ข้อมูลข่าวสารองค์การบริหารส่วนตำบลเมืองน้อย');
  });

  test('formats amounts with commas, satang only when present, Thai digits on request', () => {
    expect(formatAmount(3170000)).toBe('3,170,000');
    expect(formatAmount(45000.5)).toBe('45,000.50');
    expect(formatAmount(45000, 2)).toBe('45,000.00');
    expect(formatAmount(1.005)).toBe('1.01');
    expect(formatAmount(-1234.5)).toBe('-1,234.50');
    expect(formatAmount(3170000, 'auto', 'thai')).toBe('๓,๑๗๐,๐๐๐');
  });
});

describe('parseAmount: budget cells as real plans write them', () => {
  test.each([
    ['-', 0], // 000: every year "-"
    ['0.00', 0], // e-plan report
    ['45,000.00', 45000], // e-plan report
    ['๕,๐๐๐ บาท', 5000], // 003
    ['๘,๕๐๐', 8500], // 003
    ['๔๕๐๐๐', 45000], // detail sheets: Thai digits, no comma
    ['1,234,000.00', 1234000],
    ['  45,000  ', 45000],
    ['(1,000)', -1000],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toEqual(expect.objectContaining({ kind: 'amount', value }));
  });

  test('a dash is recorded as written with a dash', () => {
    expect(parseAmount('-')).toEqual({ kind: 'amount', value: 0, dash: true });
  });

  test.each([
    'ไม่ได้ใช้ งบประมาณ ดำเนินการ', // 003, wrapped
    'ไม่ได้ใช้งบประมาณดำเนินการ', // 003
    'ดำเนินการโดยไม่ใช้งบประมาณ', // 000 detail sheets
    'ไม่ใช้งบประมาณ',
    'ไม่ได้ใช้งบประมาณในการดำเนินการ',
  ])('"%s" means no budget', (text) => {
    expect(parseAmount(text)).toEqual({ kind: 'none' });
  });

  test('numbers and blanks pass through', () => {
    expect(parseAmount(12500.5)).toEqual({ kind: 'amount', value: 12500.5 });
    expect(parseAmount('')).toEqual({ kind: 'blank' });
    expect(parseAmount(null)).toEqual({ kind: 'blank' });
    expect(parseAmount('<p></p>')).toEqual({ kind: 'blank' });
  });

  test.each(['ประมาณ 5 หมื่น', '4,50,00', '45.000,00', 'ดำเนินการ', '1.5 ล้าน', 'TRUE', '45,000 ดอลลาร์'])(
    '"%s" is invalid, never a silent zero',
    (text) => {
      expect(parseAmount(text)).toEqual({ kind: 'invalid', text });
    },
  );

  test('booleans, dates and NaN are invalid amounts', () => {
    expect(parseAmount(true).kind).toBe('invalid');
    expect(parseAmount(new Date(2024, 0, 1)).kind).toBe('invalid');
    expect(parseAmount(Number.NaN).kind).toBe('invalid');
  });

  test('a number that is not one is #NUM!, as the spreadsheet says it, never "NaN" or "Infinity"', () => {
    expect(parseAmount(Number.NaN)).toEqual({ kind: 'invalid', text: '#NUM!' });
    expect(parseAmount(-Infinity)).toEqual({ kind: 'invalid', text: '#NUM!' });
    expect(cellText(Infinity)).toBe('#NUM!');
  });
});

describe('cells no reader should hand over', () => {
  test('an object or an invalid date is blank text, never "[object Object]", and no reading throws', () => {
    for (const cell of [{}, { richText: [] }, [], new Date(Number.NaN)] as unknown as Cell[]) {
      expect(cellText(cell)).toBe('');
      expect(isBlank(cell)).toBe(true);
      expect(parseAmount(cell)).toEqual({ kind: 'blank' });
      expect(parseTick(cell)).toEqual({ kind: 'tick', ticked: false, fromText: false });
    }
  });
});

describe('parseTick: quarter cells', () => {
  test.each([
    [true, true, false],
    [false, false, false],
    ['TRUE', true, true],
    ['false', false, true],
    ['☑', true, true],
    ['☐', false, true],
    ['✓', true, true],
    ['<input checked="" type="checkbox"/>', true, true], // e-plan report converted to HTML
    ['<input type="checkbox"/>', false, true],
    ['', false, false],
    [null, false, false],
  ])('%p → ticked %p (fromText %p)', (cell, ticked, fromText) => {
    expect(parseTick(cell as never)).toEqual({ kind: 'tick', ticked, fromText });
  });

  test('other text is invalid', () => {
    expect(parseTick('ต.ค.')).toEqual({ kind: 'invalid', text: 'ต.ค.' });
    expect(parseTick(7)).toEqual({ kind: 'invalid', text: '7' });
  });
});

describe('A1 addresses', () => {
  test('columns and cells', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
    expect(a1(11, 3)).toBe('D12');
  });
});

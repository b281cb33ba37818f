/**
 * The logic of SaiSaat's spreadsheet functions, pure: reading dates, numbers, ticks and budgets
 * as plans write them, and the spilled tables. The adapter (src/addon/customFunctions.ts) maps
 * these over ranges and turns the failures into cell errors.
 */
import { bahtText, type BahtTextStyle } from '../thai/bahtText';
import { parseDimension, DEFAULT_CATALOGUE } from '../data/catalogue';
import { cellText, parseAmount, parseTick, type Cell } from '../read/cells';
import {
  fiscalQuarter,
  fiscalYear,
  formatThaiDate,
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  type DateParts,
  type ThaiDateStyle,
} from '../thai/dates';
import { cleanText } from '../read/text';
import { satangOf, toArabicDigits, toThaiDigits } from '../../shared/numbers';
import { groupedDecimal } from '../../shared/numbers';

/** A failure shown in the cell: a short Thai message. */
export class CellFunctionError extends Error {}

const fail = (message: string): never => {
  throw new CellFunctionError(message);
};

/** An argument as a message quotes it; a blank or unreadable one in words, never `undefined` or `[object Object]`. */
const shown = (value: unknown): string => {
  const text = cellText(value as Cell);
  return text === '' ? '(ว่าง)' : `"${text}"`;
};

/** Reads the calendar day of a Date in the spreadsheet's time zone (given by the adapter). */
export type DayReader = (date: Date) => DateParts;

const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

/** A Sheets serial day number (45000 = 2023-03-15) as calendar parts. */
export function serialToParts(serial: number): DateParts {
  const d = new Date(SHEETS_EPOCH + Math.floor(serial) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function validParts(p: DateParts): DateParts | null {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return d.getUTCFullYear() === p.year && d.getUTCMonth() === p.month - 1 && d.getUTCDate() === p.day ? p : null;
}

/** Years above 2400 are Buddhist era. */
const toCE = (year: number) => (year > 2400 ? year - 543 : year);

/**
 * Dates written as text: "2022-09-30", "30/9/2565", "30-09-2022", "๓๐ กันยายน ๒๕๖๕",
 * "30 ก.ย. 65" (two-digit BE years are 25xx).
 */
export function parseDateText(text: string): DateParts | null {
  const t = toArabicDigits(cleanText(text))
    .replace(/^วัน\S*ที่\s*/, '')
    .replace(/พ\.\s*ศ\.\s*/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validParts({ year: toCE(Number(m[1])), month: Number(m[2]), day: Number(m[3]) });
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validParts({ year: toCE(Number(m[3])), month: Number(m[2]), day: Number(m[1]) });
  m = /^(\d{1,2})\s*(\S+?)\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const name = m[2];
    const month =
      THAI_MONTHS.indexOf(name) + 1 ||
      THAI_MONTHS_SHORT.findIndex((s) => s.replace(/\./g, '') === name.replace(/\./g, '')) + 1;
    if (month === 0) return null;
    const y = Number(m[3]);
    return validParts({ year: toCE(m[3].length === 2 ? 2500 + y : y), month, day: Number(m[1]) });
  }
  return null;
}

/** A date cell, serial number or date text as calendar parts; blank → null; anything else fails. */
export function readDate(cell: Cell, readDay: DayReader, fn: string): DateParts | null {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (typeof cell === 'object' && typeof (cell as Date).getTime === 'function') {
    if (Number.isNaN((cell as Date).getTime())) fail(`${fn}: วันที่ไม่ถูกต้อง`);
    return readDay(cell as Date);
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2958465) fail(`${fn}: ${shown(cell)} ไม่ใช่วันที่`);
    return serialToParts(cell);
  }
  if (typeof cell === 'string') {
    const parts = parseDateText(cell);
    return parts ?? fail(`${fn}: "${cleanText(cell)}" ไม่ใช่วันที่ (เช่น 30/9/2565)`);
  }
  return fail(`${fn}: ${shown(cell)} ไม่ใช่วันที่`);
}

export function thaiBahtTextOf(cell: Cell, style: BahtTextStyle): string {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'string') {
    try {
      return bahtText(cell, style);
    } catch {
      return fail(`THAIBAHTTEXT: ${shown(cell)} ไม่ใช่จำนวนเงิน`);
    }
  }
  return fail(`THAIBAHTTEXT: ${shown(cell)} ไม่ใช่จำนวนเงิน`);
}

export function bahtStyle(style: unknown): BahtTextStyle {
  const s = typeof style === 'string' ? style.trim().toLowerCase() : style;
  if (s === '' || s === undefined || s === null || s === 'excel') return 'excel';
  if (s === 'sheets') return 'sheets';
  return fail(`THAIBAHTTEXT: รูปแบบ ${shown(style)} ไม่รู้จัก (ใช้ "excel" หรือ "sheets")`);
}

export function thaiDigitsOf(cell: Cell, readDay: DayReader): string {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return toThaiDigits(groupedDecimal(cell));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'string') return toThaiDigits(cell);
  const p = readDate(cell, readDay, 'THAIDIGITS')!;
  return toThaiDigits(`${p.day}/${p.month}/${p.year + 543}`);
}

export function arabicDigitsOf(cell: Cell): string | number | boolean {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return toArabicDigits(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
  return fail('ARABICDIGITS: ใช้กับข้อความหรือตัวเลข');
}

export function dateStyle(style: unknown): ThaiDateStyle {
  const s = typeof style === 'string' ? style.trim().toLowerCase() : style;
  if (s === '' || s === undefined || s === null) return 'long';
  if (s === 'long' || s === 'short' || s === 'full') return s;
  return fail(`THAIDATE: รูปแบบ ${shown(style)} ไม่รู้จัก (ใช้ "long", "short" หรือ "full")`);
}

export function dateDigits(digits: unknown): 'thai' | 'arabic' {
  const s = typeof digits === 'string' ? digits.trim().toLowerCase() : digits;
  if (s === '' || s === undefined || s === null || s === 'thai') return 'thai';
  if (s === 'arabic') return 'arabic';
  return fail(`THAIDATE: ตัวเลข ${shown(digits)} ไม่รู้จัก (ใช้ "thai" หรือ "arabic")`);
}

export function thaiDateOf(cell: Cell, style: ThaiDateStyle, digits: 'thai' | 'arabic', readDay: DayReader): string {
  const p = readDate(cell, readDay, 'THAIDATE');
  return p ? formatThaiDate(p, style, digits) : '';
}

export function fiscalYearOf(cell: Cell, readDay: DayReader): number | '' {
  const p = readDate(cell, readDay, 'FISCALYEAR');
  return p ? fiscalYear(p) : '';
}

export function fiscalQuarterOf(cell: Cell, readDay: DayReader): number | '' {
  const p = readDate(cell, readDay, 'FISCALQUARTER');
  return p ? fiscalQuarter(p) : '';
}

// ---- Plan tables ----------------------------------------------------------------------------------

/** A range argument as rows (a single cell is a 1×1 range; so is an empty one, which Sheets never passes). */
export function asRows(value: unknown): Cell[][] {
  if (Array.isArray(value) && value.length > 0)
    return value.map((r) => (Array.isArray(r) ? (r as Cell[]) : [r as Cell]));
  return [[Array.isArray(value) ? '' : (value as Cell)]];
}

/**
 * A budget cell read the way plans write it: "-", "๔๕,๐๐๐", "ไม่ได้ใช้งบประมาณ" count as 0; other
 * text, and numbers out of range or past the satang (1e21, 1.234), fail with their position.
 */
function budgetValue(cell: Cell, row: number, col: number, fn: string): number {
  const a = parseAmount(cell);
  if (a.kind === 'amount') return a.value;
  if (a.kind === 'none' || a.kind === 'blank') return 0;
  return fail(
    `${fn}: แถวที่ ${row + 1}${col > 0 ? ` คอลัมน์ที่ ${col + 1}` : ''} ของช่วงงบประมาณ (${shown(a.text)}) ไม่ใช่จำนวนเงิน (ทศนิยมไม่เกิน ๒ ตำแหน่ง ไม่เกินล้านล้านบาท)`,
  );
}

/** The dimension an argument names: 1, "๑", "*1", "มิติที่ ๑". */
export function dimensionArgument(value: unknown, fn: string): number {
  const d = parseDimension(typeof value === 'number' ? value : String(value ?? ''), DEFAULT_CATALOGUE);
  return d.kind === 'dimension' ? d.dimension : fail(`${fn}: มิติ ${shown(value)} ไม่ถูกต้อง (ใช้ 1–4)`);
}

function dimensionsColumn(dimensions: unknown, rows: number, fn: string): (number | null)[] {
  const dims = asRows(dimensions);
  if (dims.length !== rows) fail(`${fn}: ช่วงมิติมี ${dims.length} แถว แต่ช่วงงบประมาณมี ${rows} แถว`);
  return dims.map((r) => {
    const d = parseDimension(r[0], DEFAULT_CATALOGUE);
    return d.kind === 'dimension' ? d.dimension : null;
  });
}

export function planTotal(budgets: unknown, dimensions: unknown, dimension: unknown): number {
  const rows = asRows(budgets);
  const filterBy = dimension === undefined || dimension === '' ? null : dimensionArgument(dimension, 'PLANTOTAL');
  if (filterBy !== null && (dimensions === undefined || dimensions === '')) fail('PLANTOTAL: เลือกมิติแล้วต้องให้ช่วงมิติด้วย');
  const dims =
    dimensions === undefined || dimensions === '' ? null : dimensionsColumn(dimensions, rows.length, 'PLANTOTAL');
  let satang = 0;
  rows.forEach((row, i) => {
    if (filterBy !== null && dims![i] !== filterBy) return;
    row.forEach((cell, j) => (satang += satangOf(budgetValue(cell, i, j, 'PLANTOTAL'))));
  });
  return satang / 100;
}

export function quarterCount(ticks: unknown): number[][] {
  const rows = asRows(ticks);
  const counts = rows[0].map(() => 0);
  for (const row of rows) {
    row.forEach((cell, j) => {
      const t = parseTick(cell);
      if (t.kind === 'tick' && t.ticked) counts[j]++;
    });
  }
  return [counts];
}

export function planSummary(dimensions: unknown, budgets: unknown): (string | number)[][] {
  const rows = asRows(budgets);
  const dims = dimensionsColumn(dimensions, rows.length, 'PLANSUMMARY');
  const width = rows[0].length;
  const sums = [1, 2, 3, 4].map(() => Array<number>(width).fill(0));
  rows.forEach((row, i) => {
    const d = dims[i];
    row.forEach((cell, j) => {
      const v = satangOf(budgetValue(cell, i, j, 'PLANSUMMARY'));
      if (d !== null) sums[d - 1][j] += v;
    });
  });
  const label = (d: number) => `มิติที่ ${toThaiDigits(String(d))}`;
  const table: (string | number)[][] = sums.map((s, i) => [label(i + 1), ...s.map((v) => v / 100)]);
  table.push(['รวม', ...Array.from({ length: width }, (_, j) => sums.reduce((a, s) => a + s[j], 0) / 100)]);
  return table;
}

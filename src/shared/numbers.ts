/**
 * Digits and amounts as Thai documents write them, used by the server and the sidebar alike.
 * Formatting is by hand: Apps Script's Intl/ICU coverage is not something to depend on, and
 * documents need exact control (thousands commas, 2 decimals or none, Thai digits).
 */

/**
 * A baht amount in whole satang. Amounts are read to at most 2 decimals (core/read/cells.ts), so this
 * only removes float noise (0.1 + 0.2); every sum (row, subtotal, report, document, PLANTOTAL) runs
 * in satang through here so they agree to the satang.
 */
export const satangOf = (baht: number): number => Math.round(baht * 100);

/** The sum of baht amounts, added in whole satang. */
export function sumBaht(values: Iterable<number>): number {
  let satang = 0;
  for (const v of values) satang += satangOf(v);
  return satang / 100;
}

const THAI_ZERO = 0x0e50;
const HAS_THAI_DIGIT = /[๐-๙]/;
const ARABIC_ZERO = 0x30;

/** Shifts every character in [from, from + 9] by `to - from`; a code loop, 4× faster than a regex callback. */
function shiftDigits(text: string, from: number, to: number): string {
  let found = false;
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= from && c <= from + 9) {
      c += to - from;
      found = true;
    }
    codes[i] = c;
  }
  return found ? String.fromCharCode.apply(null, codes) : text;
}

/** ๐–๙ → 0–9; every other character is kept. */
export function toArabicDigits(text: string): string {
  return HAS_THAI_DIGIT.test(text) ? shiftDigits(text, THAI_ZERO, ARABIC_ZERO) : text;
}

/** 0–9 → ๐–๙; every other character is kept. */
export function toThaiDigits(text: string): string {
  return shiftDigits(text, ARABIC_ZERO, THAI_ZERO);
}

/**
 * 3170000 → "3,170,000"; 45000.5 → "45,000.50". `decimals` 'auto' prints satang only when there
 * are any; 2 always prints them. Rounds half-up to the satang.
 */
export function formatAmount(
  value: number,
  decimals: 'auto' | 2 = 'auto',
  digits: 'arabic' | 'thai' = 'arabic',
): string {
  const negative = value < 0;
  const satang = Math.round(Math.abs(value) * 100 + 1e-7);
  const baht = Math.floor(satang / 100);
  const frac = satang % 100;
  const grouped = String(baht).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text =
    (negative && satang > 0 ? '-' : '') +
    grouped +
    (decimals === 2 || frac !== 0 ? '.' + String(frac).padStart(2, '0') : '');
  return digits === 'thai' ? toThaiDigits(text) : text;
}

/**
 * The shortest decimal that round-trips the number, never in exponent form (1e-7 → "0.0000001",
 * 1.5e20 → "150000000000000000000"): the digits a reader would write.
 */
export function plainDecimal(n: number): string {
  const text = String(n);
  if (text.indexOf('e') < 0) return text;
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[2] + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp < 0) return `${m[1]}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.padEnd(exp + 1, '0');
  return m[1] + whole.slice(0, exp + 1) + (whole.length > exp + 1 ? `.${whole.slice(exp + 1)}` : '');
}

/** A number as shown: thousands separators and its own decimals (no rounding, no padding). */
export function groupedDecimal(n: number): string {
  const text = plainDecimal(Math.abs(n));
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let i = grouped.length; i < whole.length; i += 3) grouped += ',' + whole.slice(i, i + 3);
  return (n < 0 ? '-' : '') + grouped + (dot < 0 ? '' : text.slice(dot));
}

/**
 * Reading single cells the way plans are written: budgets as numbers or text in every form seen in
 * real plans, quarter ticks as checkboxes, booleans, symbols or converted HTML.
 */
import { cleanText, compactKey } from './text';
import { toArabicDigits } from '../../shared/numbers';

/** One cell as Sheets' getValues() or an .xlsx/.csv reader gives it ('' or null when empty). */
export type Cell = string | number | boolean | Date | null | undefined;
export type Grid = ReadonlyArray<ReadonlyArray<Cell>>;

/** Empty, blank text, an unticked checkbox (FALSE), an invalid date: what a reader sees as nothing. */
export function isBlank(cell: Cell): boolean {
  if (typeof cell === 'string') return cleanText(cell) === '';
  return typeof cell !== 'number' && cellText(cell) === '';
}

/**
 * A number as plain digits; one that is not a number (NaN, or Infinity from "1e999" in a damaged
 * file) as the spreadsheet's own word for it, #NUM!, in every language.
 */
const numberText = (n: number): string => (Number.isFinite(n) ? String(n) : '#NUM!');

// Not `instanceof Date`: Dates from Apps Script or another node:vm context are of another realm.
const isDate = (cell: object): cell is Date => Object.prototype.toString.call(cell) === '[object Date]';

/**
 * A cell as display text (numbers as plain digits, dates as ISO date). An unticked checkbox
 * (FALSE) reads as '' so empty rows of a checkbox column stay empty rows; so does anything a
 * reader should not have handed over (an object), rather than "[object Object]".
 */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cleanText(cell);
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : '';
  if (typeof cell !== 'object' || !isDate(cell)) return '';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

export type Amount =
  | { kind: 'amount'; value: number; dash?: boolean }
  | { kind: 'none' } // "ไม่ใช้งบประมาณ": the project runs without a budget
  | { kind: 'blank' }
  | { kind: 'invalid'; text: string };

const NO_BUDGET = /^(ดำเนินการ)?(โดย)?ไม่(ได้)?(ใช้|มี|ตั้ง)งบ(ประมาณ)?[\u0e00-\u0e7f]*$/;
const DASHES = /^[-–—−‐ー]+$/;
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;
const GROUPED_NUMBER = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Parses a budget cell. Numbers pass through; text may use Thai digits, thousands commas,
 * a trailing "บาท", "-" for nothing, or say the project needs no budget. Anything else is
 * `invalid` — never a silent zero.
 */
// Shared readings for the common constant cases: a plan has thousands of them (never mutated).
const BLANK: Amount = Object.freeze({ kind: 'blank' });
const NONE: Amount = Object.freeze({ kind: 'none' });
const DASH: Amount = Object.freeze({ kind: 'amount', value: 0, dash: true });

/** A budget above a trillion baht is a typing or conversion error, not a plan (and would lose satang). */
export const MAX_AMOUNT = 1e12;

/** An amount in range, to the satang; anything else (1e21, 1,234.567, Infinity) is `invalid`. */
function inRange(value: number, text: string): Amount {
  const satang = value * 100;
  const whole = Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT;
  // A decimal amount is rarely exact in binary: allow a few units in the last place, never a third decimal.
  const tolerance = Math.max(1e-9, Math.abs(satang) * Number.EPSILON * 8);
  return whole && Math.abs(satang - Math.round(satang)) <= tolerance ? amountOf(value) : { kind: 'invalid', text };
}

// Plans repeat a few round amounts (10,000, 50,000 …) over thousands of cells: one shared, frozen
// reading per amount, for the first AMOUNTS_SHARED amounts met, so a plan of all-different amounts
// costs no more than before. -0 is never shared (the Map would confuse it with 0).
const AMOUNTS_SHARED = 4096;
const sharedAmounts = new Map<number, Amount>();
function amountOf(value: number): Amount {
  const known = sharedAmounts.get(value);
  if (known && !Object.is(value, -0)) return known;
  const amount: Amount = Object.freeze({ kind: 'amount', value });
  if (sharedAmounts.size < AMOUNTS_SHARED && !Object.is(value, -0)) sharedAmounts.set(value, amount);
  return amount;
}

export function parseAmount(cell: Cell): Amount {
  if (typeof cell === 'number') return inRange(cell, numberText(cell));
  if (typeof cell !== 'string') return isBlank(cell) ? BLANK : { kind: 'invalid', text: cellText(cell) };
  const text = cleanText(cell);
  if (text === '') return BLANK;
  if (DASHES.test(text)) return DASH;
  if (text.includes('ไม่') && NO_BUDGET.test(compactKey(text))) return NONE;
  let digits = toArabicDigits(text)
    .replace(/\s+/g, '')
    .replace(/บาท(ถ้วน)?$/, '');
  let sign = 1;
  const parenthesised = /^\((.*)\)$/.exec(digits); // accounting style negative "(1,000)"
  if (parenthesised) {
    digits = parenthesised[1];
    sign = -1;
  } else if (/^[-−–]/.test(digits)) {
    digits = digits.slice(1);
    sign = -1;
  }
  if (PLAIN_NUMBER.test(digits) || GROUPED_NUMBER.test(digits))
    return inRange(sign * Number(digits.replace(/,/g, '')), text);
  return { kind: 'invalid', text };
}

export type Tick = { kind: 'tick'; ticked: boolean; fromText: boolean } | { kind: 'invalid'; text: string };

const TICKED_TEXT = new Set(['true', '☑', '✓', '✔', '☒', '✅', '/', 'x', '1']);
const UNTICKED_TEXT = new Set(['false', '☐', '', '0', '-']);

/**
 * Parses a quarter cell: a checkbox (boolean), TRUE/FALSE text, ☑/☐/✓, or the HTML
 * `<input checked type="checkbox">` left by converting a report. `fromText` says the tick was
 * written as text, so the sheet may offer to turn it into a real checkbox.
 */
export function parseTick(cell: Cell): Tick {
  if (typeof cell === 'boolean') return { kind: 'tick', ticked: cell, fromText: false };
  if (typeof cell === 'number' && (cell === 1 || cell === 0))
    return { kind: 'tick', ticked: cell === 1, fromText: true };
  if (typeof cell !== 'string') {
    const text = cellText(cell);
    return text === '' ? { kind: 'tick', ticked: false, fromText: false } : { kind: 'invalid', text };
  }
  const raw = cell.trim();
  const input = /^<input\b([^>]*)\/?>$/i.exec(raw);
  if (input && /type\s*=\s*["']?checkbox/i.test(input[1])) {
    return { kind: 'tick', ticked: /\bchecked\b/i.test(input[1]), fromText: true };
  }
  const key = toArabicDigits(cleanText(raw)).toLowerCase();
  if (TICKED_TEXT.has(key)) return { kind: 'tick', ticked: true, fromText: key !== '' };
  if (UNTICKED_TEXT.has(key)) return { kind: 'tick', ticked: false, fromText: key !== '' };
  return { kind: 'invalid', text: cleanText(raw) };
}

/** Column index (0-based) → letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based (row, col) inside a grid whose top-left is A1. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based (row, col) of an A1 address ("E12" → row 11, col 4): the inverse of a1. */
export function parseA1(cell: string): { row: number; col: number } {
  const m = /^([A-Z]+)([1-9][0-9]*)$/.exec(cell);
  if (!m) throw new RangeError(`not an A1 cell address: ${cell}`);
  let col = 0;
  for (const letter of m[1]) col = col * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

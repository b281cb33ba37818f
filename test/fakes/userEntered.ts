/**
 * How Sheets reads a string written with Range.setValue(s) or appendRow: as if a user typed it
 * into the cell ("USER_ENTERED"), so a string can become a number, a date, a boolean or a formula
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object),
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption: "strings may be
 * converted to numbers, dates, etc. following the same rules that are applied when entering text
 * into a cell via the Google Sheets UI"). Google does not publish the parser; the fake implements
 * these rules, each at least as eager as Sheets so that text SaiSaat must keep as text is caught:
 *
 * | string (trimmed)                      | becomes                          | number format set   |
 * |---------------------------------------|----------------------------------|---------------------|
 * | '…  (leading apostrophe)              | the text after it                | —                   |
 * | =…                                    | a formula                        | —                   |
 * | TRUE, false (any case)                | a boolean                        | —                   |
 * | 001, -1.5, +3, 1e3, 1,234, 1,234.50   | a number (1, -1.5, 3, 1000 …)    | #,##0(.00) if grouped |
 * | 12%, 12.5%                            | a number divided by 100          | 0% / 0.00%          |
 * | ฿12 (th_TH), $12 (en_US)              | a number                         | currency            |
 * | 1/10, 1/10/2024, 1-10-24, 2024-01-10  | a date (getValues: a Date)       | the locale's date   |
 * | 10:30, 10:30:15, 10:30 PM             | a time (a Date on 1899-12-30)    | H:mm:ss             |
 * | 5 Jan, Jan 5, Mar 1 2016, 5 March 2024 | a date                          | the locale's date   |
 * | anything else                         | the string as it is              | —                   |
 *
 * Locale (Spreadsheet.getSpreadsheetLocale): a date without a four-digit first part is day/month
 * in th_TH (and every locale but en_US) and month/day in en_US — Sheets follows the spreadsheet's
 * locale (https://support.google.com/docs/answer/58515). Assumptions, not documented by Google: a
 * year is taken as typed (no Buddhist-era shift in th_TH), two-digit years 00–29 are 20xx and
 * 30–99 are 19xx, a missing year is the current one. In a cell whose number format is plain text
 * "@" nothing is parsed: the string is stored exactly, a leading apostrophe and "=…" included.
 */

export type Parsed =
  | { kind: 'text'; value: string }
  | { kind: 'formula'; value: string }
  | { kind: 'value'; value: number | boolean | Date; numberFormat?: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
const CURRENCY: Record<string, string> = { th_TH: '฿', en_US: '$' };

/** The number format Sheets shows a parsed date in, for the spreadsheet's locale. */
export const dateFormat = (locale: string) => (locale === 'en_US' ? 'M/d/yyyy' : 'd/M/yyyy');

/** The instant a wall-clock time in `timeZone` is (what getValues returns for a date cell). */
export function zonedTime(timeZone: string, y: number, m: number, d: number, h = 0, min = 0, s = 0): Date {
  const guess = Date.UTC(y, m - 1, d, h, min, s);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(guess));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return new Date(guess - (shown - guess));
}

/** A Date from any realm (Code.js runs in node:vm, whose Date is not this one). */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function fullYear(text: string | undefined, now: Date): number | null {
  if (text === undefined) return now.getUTCFullYear();
  const y = Number(text);
  if (text.length === 4) return y;
  if (text.length <= 2) return y < 30 ? 2000 + y : 1900 + y;
  return null;
}

function asDate(y: number | null, m: number, d: number, ctx: Context): Parsed | null {
  if (y === null || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return { kind: 'value', value: zonedTime(ctx.timeZone, y, m, d), numberFormat: dateFormat(ctx.locale) };
}

interface Context {
  locale: string;
  timeZone: string;
  now: Date;
}

function parseNumber(t: string, locale: string): Parsed | null {
  const currency = CURRENCY[locale];
  let text = t;
  let format: string | undefined;
  if (currency && text.replace(/^[-+]/, '').startsWith(currency)) {
    text = text.replace(currency, '');
    format = `"${currency}"#,##0.00`;
  }
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  const m = /^([-+])?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(?:[eE]([-+]?\d+))?$/.exec(text);
  if (!m || !/\d/.test(m[2] + (m[3] ?? ''))) return null;
  const value = Number(`${m[1] ?? ''}${m[2].replace(/,/g, '') || '0'}.${m[3] ?? '0'}e${m[4] ?? '0'}`);
  if (percent) return { kind: 'value', value: value / 100, numberFormat: m[3] ? '0.00%' : '0%' };
  if (!format && m[2].includes(',')) format = m[3] ? '#,##0.00' : '#,##0';
  return { kind: 'value', value, ...(format ? { numberFormat: format } : {}) };
}

function parseDate(t: string, ctx: Context): Parsed | null {
  const lower = t.toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(lower);
  if (m) return asDate(Number(m[1]), Number(m[2]), Number(m[3]), ctx);
  m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(lower);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [month, day] = ctx.locale === 'en_US' ? [a, b] : [b, a];
    return asDate(fullYear(m[3], ctx.now), month, day, ctx);
  }
  m = new RegExp(`^(\\d{1,2})[ -]${MONTH}(?:[ ,-]+(\\d{2}|\\d{4}))?$`).exec(lower);
  if (m) return asDate(fullYear(m[3], ctx.now), MONTHS.indexOf(m[2]) + 1, Number(m[1]), ctx);
  m = new RegExp(`^${MONTH} (\\d{1,2})(?:,? (\\d{2}|\\d{4}))?$`).exec(lower);
  if (m) return asDate(fullYear(m[3], ctx.now), MONTHS.indexOf(m[1]) + 1, Number(m[2]), ctx);
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])m)?$/.exec(lower);
  if (m) {
    let h = Number(m[1]);
    if (m[4]) h = (h % 12) + (m[4] === 'p' ? 12 : 0);
    const [min, s] = [Number(m[2]), Number(m[3] ?? 0)];
    if (h > 23 || min > 59 || s > 59) return null;
    return { kind: 'value', value: zonedTime(ctx.timeZone, 1899, 12, 30, h, min, s), numberFormat: 'H:mm:ss' };
  }
  return null;
}

/** A string written into a cell whose number format is `numberFormat` (undefined: automatic). */
export function parseUserEntered(text: string, numberFormat: string | undefined, ctx: Context): Parsed {
  if (numberFormat === '@') return { kind: 'text', value: text };
  if (text.startsWith("'")) return { kind: 'text', value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', value: text };
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { kind: 'value', value: t.toLowerCase() === 'true' };
  return parseNumber(t, ctx.locale) ?? parseDate(t, ctx) ?? { kind: 'text', value: text };
}

const grouped = (n: number, decimals: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/**
 * What getDisplayValues shows for a value in a number format: the formats SaiSaat sets or Sheets
 * sets when parsing (table above); other formats are not modelled and throw.
 */
export function displayValue(
  value: string | number | boolean | Date,
  numberFormat: string | undefined,
  ctx: Context,
): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone: ctx.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(value);
    const get = (t: string) => parts.find((p) => p.type === t)!.value;
    if (numberFormat === 'H:mm:ss') return `${Number(get('hour'))}:${get('minute')}:${get('second')}`;
    const [d, m, y] = [Number(get('day')), Number(get('month')), get('year')];
    return ctx.locale === 'en_US' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
  }
  switch (numberFormat) {
    case undefined:
    case '@':
      return String(value);
    case '#,##0':
      return grouped(value, 0);
    case '#,##0.00':
      return grouped(value, 2);
    case '0%':
      return `${Math.round(value * 100)}%`;
    case '0.00%':
      return `${(value * 100).toFixed(2)}%`;
    default:
      if (numberFormat.startsWith('"')) return `${numberFormat.split('"')[1]}${grouped(value, 2)}`;
      throw new Error(`not implemented: getDisplayValues in number format ${numberFormat}`);
  }
}

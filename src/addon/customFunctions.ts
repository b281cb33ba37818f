/**
 * Spreadsheet functions, sheet-facing: scalar or range in, same shape out (each cell is a server
 * call, so ranges are handled in one), blank in → blank out, failures as Error with a short Thai
 * message (Sheets shows it in the cell's tooltip). Custom functions run read-only without
 * authorization: only SpreadsheetApp (read) and Utilities are used, once per call.
 */
import { datePartsIn } from './clock';
import type { Cell } from '../core/read/cells';
import {
  arabicDigitsOf,
  bahtStyle,
  CellFunctionError,
  dateDigits,
  dateStyle,
  fiscalQuarterOf,
  fiscalYearOf,
  planSummary,
  planTotal,
  quarterCount,
  thaiBahtTextOf,
  thaiDateOf,
  thaiDigitsOf,
  type DayReader,
} from '../core/functions/cellFunctions';

/** The manifest's time zone: JavaScript Dates in Apps Script read calendar days in it. */
const SCRIPT_TIME_ZONE = 'Asia/Bangkok';
/** Bangkok is UTC+7 all year (no daylight saving since 1920), so its day needs no zone lookup. */
const BANGKOK_OFFSET_MS = 7 * 3600_000;

type Out = string | number | boolean;

/** Applies `f` to a single value or to every cell of a range, keeping its shape. */
function eachCell(input: unknown, f: (cell: Cell) => Out): Out | Out[][] {
  if (Array.isArray(input))
    return input.map((row) => (Array.isArray(row) ? row.map((c) => f(c as Cell)) : [f(row as Cell)]));
  return f(input as Cell);
}

/** Turns core failures into the Error Sheets shows in the cell. */
function cellErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof CellFunctionError) throw new Error(e.message);
    throw e;
  }
}

/**
 * Reads a date's calendar day as the spreadsheet shows it. Sheets passes dates as instants at
 * midnight in the spreadsheet's time zone; for a Bangkok spreadsheet (the usual Thai setup) the
 * day follows from UTC+7, otherwise Utilities converts. Once per distinct date.
 */
function dayReader(): DayReader {
  let zone: string | null = null;
  const cache = new Map<number, { year: number; month: number; day: number }>();
  return (date) => {
    const key = date.getTime();
    let parts = cache.get(key);
    if (parts) return parts;
    zone ??= SpreadsheetApp.getActive()?.getSpreadsheetTimeZone() ?? SCRIPT_TIME_ZONE;
    if (zone === SCRIPT_TIME_ZONE) {
      const d = new Date(key + BANGKOK_OFFSET_MS);
      parts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    } else {
      const { year, month, day } = datePartsIn(zone, date);
      parts = { year, month, day };
    }
    cache.set(key, parts);
    return parts;
  };
}

export const THAIBAHTTEXT = (amount: unknown, style: unknown) =>
  cellErrors(() => {
    const s = bahtStyle(style);
    return eachCell(amount, (c) => thaiBahtTextOf(c, s));
  });

export const THAIDIGITS = (value: unknown) =>
  cellErrors(() => {
    const read = dayReader();
    return eachCell(value, (c) => thaiDigitsOf(c, read));
  });

export const ARABICDIGITS = (value: unknown) => cellErrors(() => eachCell(value, arabicDigitsOf));

export const THAIDATE = (date: unknown, style: unknown, digits: unknown) =>
  cellErrors(() => {
    const s = dateStyle(style);
    const d = dateDigits(digits);
    const read = dayReader();
    // A column of dates repeats days: format each distinct one once.
    const done = new Map<unknown, string>();
    return eachCell(date, (c) => {
      const key = c !== null && typeof c === 'object' ? c.getTime() : c;
      let text = done.get(key);
      if (text === undefined) done.set(key, (text = thaiDateOf(c, s, d, read)));
      return text;
    });
  });

export const FISCALYEAR = (date: unknown) =>
  cellErrors(() => {
    const read = dayReader();
    return eachCell(date, (c) => fiscalYearOf(c, read));
  });

export const FISCALQUARTER = (date: unknown) =>
  cellErrors(() => {
    const read = dayReader();
    return eachCell(date, (c) => fiscalQuarterOf(c, read));
  });

export const PLANTOTAL = (budgets: unknown, dimensions: unknown, dimension: unknown) =>
  cellErrors(() => planTotal(budgets, dimensions, dimension));
export const QUARTERCOUNT = (ticks: unknown) => cellErrors(() => quarterCount(ticks));
export const PLANSUMMARY = (dimensions: unknown, budgets: unknown) =>
  cellErrors(() => planSummary(dimensions, budgets));

/**
 * The open spreadsheet as SaiSaat uses it: settings in document properties, the editable
 * catalogue sheet, a sheet's values in one call, a document lock around writes, writes Google
 * accepts (text kept as text, the grid grown before writing past it, no user formula replaced),
 * and the user's mistakes as UserError.
 */
import { DEFAULT_CATALOGUE } from '../core/data/catalogue';
import type { Cell } from '../core/read/cells';
import { CatalogueSchema, type Catalogue } from '../core/data/catalogue';
import { PlanSettingsSchema, type PlanSettings } from '../shared/settings';
import { CATALOGUE_SHEET_NAME } from '../core/sheet/standardSheet';
import { cleanText, compactKey } from '../core/read/text';
import { MAX_PLAN_COLUMNS, MAX_PLAN_ROWS } from '../core/read/limits';
import { encodeMessage, type Bilingual } from '../shared/userMessage';

const SETTINGS_KEY = 'saisaat.settings';
const LOCK_WAIT_MS = 20_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/**
 * A mistake or situation the user can act on, in Thai and English: its message carries both
 * (shared/userMessage.ts) and the sidebar shows the language the user chose.
 */
export class UserError extends Error {
  constructor(text: Bilingual) {
    super(encodeMessage(text));
    this.name = 'UserError';
  }
}

/**
 * A sheet with more data than SaiSaat reads (core/read/limits.ts), found before any of its values
 * are fetched: reading and checking it could outlast Apps Script's 6 minutes or its memory.
 */
export class SheetTooLarge extends UserError {
  constructor(
    readonly sheetName: string,
    rows: number,
    columns: number,
  ) {
    const n = (v: number) => v.toLocaleString('en-US');
    super({
      th: `แผ่นงาน "${sheetName}" มีข้อมูล ${n(rows)} แถว ${n(columns)} คอลัมน์ เกินกว่าที่ใสสะอาดอ่านได้ (ไม่เกิน ${n(MAX_PLAN_ROWS)} แถว และ ${n(MAX_PLAN_COLUMNS)} คอลัมน์) — ลบข้อมูลที่อยู่ใต้หรือทางขวาของตาราง หรือย้ายข้อมูลอื่นไปไว้แผ่นงานอื่น`,
      en: `The sheet "${sheetName}" has ${n(rows)} rows and ${n(columns)} columns of data, more than SaiSaat reads (at most ${n(MAX_PLAN_ROWS)} rows and ${n(MAX_PLAN_COLUMNS)} columns) — delete what lies below or to the right of the table, or move other data to another sheet`,
    });
  }
}

/** Runs `fn` holding the document lock, so two editors' writes never interleave. */
export function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS))
    throw new UserError({
      th: 'มีผู้ใช้อื่นกำลังแก้ไขแผ่นงานด้วยใสสะอาดอยู่ กรุณาลองใหม่อีกครั้ง',
      en: 'Someone else is changing the spreadsheet with SaiSaat right now; please try again in a moment',
    });
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Sheets reads a string written with setValue(s) as if typed, so "001" becomes 1, "1/10" a date,
 * "TRUE" a boolean, "=…" a formula, "12%" 0.12. Text that could be read so — anything with a digit,
 * TRUE/FALSE, or a leading = + - @ # ' — gets a leading apostrophe: Sheets stores the text after
 * it and getValues returns that text. The apostrophe costs no call (a plain-text "@" format would
 * cost one per range, and changes the cells' format for whatever the user types later), and text
 * that cannot be misread (most Thai words) is written as it is.
 */
const MISREADABLE = /[0-9๐-๙]|^\s*(['=+\-@#]|(true|false)\s*$)/i;

/** Text to write into a cell whose number format is automatic, kept as this very text. */
export function asText(value: string): string {
  return MISREADABLE.test(value) ? `'${value}` : value;
}

/** A value for setValue(s) into a cell of this number format: in plain text ("@") nothing is parsed, so no apostrophe. */
export function valueFor(value: Cell, numberFormat: string): Cell {
  return typeof value === 'string' && numberFormat !== '@' ? asText(value) : value;
}

/** What a cell holds now, as `rewriteRange` shows it to the caller. */
export interface CellNow {
  value: Cell;
  formula: string;
}

/**
 * Writes some cells of `range` with one setValues, every other cell written back as it was:
 * formulas as formulas, text as text in the cell's own number format. `change` gives a cell's new
 * value, or undefined to keep it (row and column 0-based in the range). Reads the formulas and
 * number formats (and the values, unless the caller read them already): one call each.
 */
export function rewriteRange(
  range: Range,
  change: (now: CellNow, row: number, col: number) => Cell | undefined,
  values: ReadonlyArray<ReadonlyArray<Cell>> = range.getValues() as Cell[][],
): void {
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const next = formulas.map((row, i) =>
    row.map((formula, j) => {
      const now = { value: values[i]?.[j] ?? '', formula };
      const value = change(now, i, j);
      if (value !== undefined) return valueFor(value, formats[i][j]);
      return formula || valueFor(now.value, formats[i][j]);
    }),
  );
  range.setValues(next);
}

/**
 * Grows the sheet's grid (rows at the bottom, columns at the right) to hold `rows` × `cols`:
 * Google refuses a range past the grid ("The coordinates of the range are outside the dimensions
 * of the sheet"), and staff often delete the spare rows and columns. One read per dimension asked.
 */
export function growGrid(sheet: Sheet, need: { rows?: number; cols?: number }): void {
  if (need.rows) {
    const max = sheet.getMaxRows();
    if (need.rows > max) sheet.insertRowsAfter(max, need.rows - max);
  }
  if (need.cols) {
    const max = sheet.getMaxColumns();
    if (need.cols > max) sheet.insertColumnsAfter(max, need.cols - max);
  }
}

export function loadSettings(): PlanSettings {
  const raw = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  if (raw) {
    try {
      const parsed = PlanSettingsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return withCleanNames(parsed.data);
    } catch {
      // A damaged value falls back to the defaults; saving again repairs it.
    }
  }
  return PlanSettingsSchema.parse({});
}

/** The organisation's name as a cell's text would be read: it goes into documents, names and messages. */
function withCleanNames(settings: PlanSettings): PlanSettings {
  const name = cleanText(settings.organisation.name);
  return name === settings.organisation.name
    ? settings
    : { ...settings, organisation: { ...settings.organisation, name } };
}

export function saveSettings(settings: PlanSettings): void {
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

/** All values of a sheet with one call ('' for empty cells, as getValues gives them); SheetTooLarge beyond the limits. */
export function sheetValues(sheet: Sheet): Cell[][] {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) return [];
  if (rows > MAX_PLAN_ROWS || cols > MAX_PLAN_COLUMNS) throw new SheetTooLarge(sheet.getName(), rows, cols);
  return sheet.getRange(1, 1, rows, cols).getValues() as Cell[][];
}

/**
 * The formulas of the cells `values` came from (one call), as the core asks for them: a total
 * written as a formula is checked against the rows it adds up.
 */
export function formulaLookup(sheet: Sheet, values: Cell[][]): (row: number, col: number) => string {
  const cols = values.reduce((w, r) => Math.max(w, r.length), 0);
  if (values.length === 0 || cols === 0) return () => '';
  const formulas = sheet.getRange(1, 1, values.length, cols).getFormulas();
  return (row, col) => formulas[row]?.[col] ?? '';
}

/**
 * The office's own catalogue: the editable รายการภารกิจ sheet when present and valid; undefined
 * otherwise, and a plan is then read with the default catalogue of its generation (by its years).
 */
export function loadCatalogue(ss: Spreadsheet): Catalogue | undefined {
  const sheet = ss.getSheetByName(CATALOGUE_SHEET_NAME);
  if (!sheet) return undefined;
  const rows = sheetValues(sheet).slice(1);
  const missions = rows
    .map((r, i) => ({
      dimension: Number(r[0]),
      number: cleanText(String(r[1] ?? '')),
      name: cleanText(String(r[2] ?? '')),
      i,
    }))
    .filter((m) => m.dimension >= 1 && m.dimension <= 4 && m.name.length >= 3)
    .map((m) => {
      // Wording the default catalogue knows keeps its id and aliases; new wording gets a row-based id.
      const known = DEFAULT_CATALOGUE.missions.find((d) =>
        [d.name, ...d.aliases].some((w) => compactKey(w) === compactKey(m.name)),
      );
      return known
        ? { ...known, dimension: m.dimension, number: m.number }
        : { id: `sheet-${m.i + 2}`, dimension: m.dimension, number: m.number, name: m.name, aliases: [] };
    });
  const parsed = CatalogueSchema.safeParse({ ...DEFAULT_CATALOGUE, missions });
  return parsed.success && missions.length > 0 ? parsed.data : undefined;
}

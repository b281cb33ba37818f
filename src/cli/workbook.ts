/**
 * Reading exported plan files into grids the core understands, the way Sheets' getValues() would
 * give them: merged cells only in their top-left cell, formulas as their last value, rich text as
 * plain text. .xlsx via exceljs; .csv/.tsv in UTF-8 (with or without BOM) or Windows-874/TIS-620,
 * which Thai Excel still writes by default, decided per file (encoding.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { a1, columnLetters, type Cell } from '../core/read/cells';
import { planScore } from '../core/check/check';
import type { Bilingual } from '../shared/userMessage';
import { decodeText } from './encoding';
import { UnreadableFileError } from './errors';
import { ZipFormatError } from './zipFile';
import { MAX_PLAN_COLUMNS, MAX_PLAN_ROWS } from '../core/read/limits';
import type { LimitBreach } from './xlsxReader';

export interface SheetGrid {
  name: string;
  grid: Cell[][];
  /** Formulas of the cells that have one, by 0-based "row,col" (the grid holds their last values). */
  formulas: Map<string, string>;
  /** Set when the sheet holds a value beyond the plan limits: it was not read (grid empty). */
  beyondLimit?: LimitBreach;
  /** What the user should know about reading it (not findings of the plan: they have no cell). */
  warnings?: Bilingual[];
}

/** A SheetGrid's formulas as the core asks for them. */
export function formulaLookup(sheet: SheetGrid): (row: number, col: number) => string {
  return (row, col) => sheet.formulas.get(`${row},${col}`) ?? '';
}

// ExcelJS.ValueType.Merge: a merged cell other than the top-left one (Sheets gives those as '').
const MERGE_VALUE_TYPE = 1;

function cellValue(cell: ExcelJS.Cell): Cell {
  if (cell.type === MERGE_VALUE_TYPE) return '';
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    // cell.result, not the value's: exceljs leaves a result of 0, FALSE or "" out of the value.
    if ('formula' in o || 'sharedFormula' in o) return cellResult(cell.result);
    if (typeof o.text === 'string') return o.text; // hyperlink
    if ('error' in o) return String(o.error);
  }
  return String(v);
}

function cellResult(result: unknown): Cell {
  if (result === null || result === undefined) return '';
  if (typeof result === 'object' && !(result instanceof Date)) {
    const o = result as Record<string, unknown>;
    return 'error' in o ? String(o.error) : '';
  }
  return result as Cell;
}

/**
 * An exceljs Worksheet held in memory, as a grid: how scripts/make-examples.ts reads the plan it
 * builds, and the reader the streaming one (xlsxReader.ts) is tested against
 * (test/cli/xlsxReader.test.ts). Files are read by xlsxReader.ts.
 */
export function worksheetGrid(ws: ExcelJS.Worksheet): { grid: Cell[][]; formulas: Map<string, string> } {
  const grid: Cell[][] = [];
  const formulas = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = cellValue(cell);
      if (cell.type !== MERGE_VALUE_TYPE && cell.formula)
        formulas.set(`${rowNumber - 1},${colNumber - 1}`, `=${cell.formula}`);
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = '';
    grid[rowNumber - 1] = values;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = [];
  return { grid, formulas };
}

async function readXlsx(path: string): Promise<SheetGrid[]> {
  // Loaded only for .xlsx: exceljs is most of the CLI's start-up time.
  const { readXlsxSheets } = await import('./xlsxReader');
  try {
    return await readXlsxSheets(path);
  } catch (e) {
    // Our own words on the damage are worth showing; a library's JavaScript error text is not.
    const detail = e instanceof ZipFormatError ? ` (${e.message})` : '';
    throw new UnreadableFileError({
      th: `อ่านไฟล์ ${path} ไม่ได้: ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์${detail}`,
      en: `Cannot read ${path}: not a valid Excel (.xlsx) file${detail}`,
    });
  }
}

const MAX_ROWS_NAMED = 10;

/** Stray bytes in UTF-8 text: which rows (1-based, as findings name them) lost characters to U+FFFD. */
function replacedWarning(path: string, replaced: number, grid: string[][]): Bilingual {
  const rows: number[] = [];
  grid.forEach((row, r) => {
    if (row.some((cell) => cell.includes('\ufffd'))) rows.push(r + 1);
  });
  const named = rows.slice(0, MAX_ROWS_NAMED).join(', ');
  const more = rows.length - MAX_ROWS_NAMED;
  return {
    th: `ไฟล์ ${path} มีไบต์ที่อ่านเป็น UTF-8 ไม่ได้ ${replaced} แห่ง: อ่านเป็น UTF-8 และแสดงอักขระที่เสียเป็น "\ufffd" ในแถว ${named}${more > 0 ? ` และอีก ${more} แถว` : ''} — ตรวจข้อความในแถวเหล่านี้`,
    en: `${path} has ${replaced} place(s) that are not valid UTF-8: read as UTF-8 with "\ufffd" for the lost characters in row(s) ${named}${more > 0 ? ` and ${more} more` : ''} — check the text of these rows`,
  };
}

/** Thrown from csv-parse's record hook to stop reading at the first value beyond the limits. */
class BeyondLimit extends Error {
  constructor(readonly breach: LimitBreach) {
    super(breach.cell);
  }
}

const NO_CELLS: string[] = [];

/**
 * A record as the grid keeps it: an empty line shares one empty row (a file of a million empty
 * lines costs no memory per line); a value beyond the plan limits stops the reading.
 */
function keptRecord(record: string[], row: number): string[] {
  let last = record.length - 1;
  while (last >= 0 && record[last] === '') last--;
  if (last < 0) return NO_CELLS;
  if (row >= MAX_PLAN_ROWS) throw new BeyondLimit({ cell: a1(row, last), limit: 'rows' });
  if (last >= MAX_PLAN_COLUMNS) {
    const col = record.findIndex((v, i) => i >= MAX_PLAN_COLUMNS && v !== '');
    throw new BeyondLimit({ cell: a1(row, col), limit: 'columns' });
  }
  return record;
}

function readDelimited(path: string, bytes: Uint8Array, delimiter: string): SheetGrid[] {
  const { text, replaced } = decodeText(bytes);
  if (text.includes('\u0000')) {
    throw new UnreadableFileError({
      th: `อ่านไฟล์ ${path} ไม่ได้: ไม่ใช่ไฟล์ข้อความ CSV`,
      en: `Cannot read ${path}: not a CSV text file`,
    });
  }
  const name = basename(path, extname(path));
  try {
    const rows = parseCsv(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      bom: true,
      skip_empty_lines: false,
      on_record: (record: string[], context: { records: number }) => keptRecord(record, context.records - 1),
    }) as string[][];
    const warnings = replaced > 0 ? [replacedWarning(path, replaced, rows)] : [];
    return [{ name, grid: rows, formulas: new Map(), warnings }];
  } catch (e) {
    if (e instanceof BeyondLimit) return [{ name, grid: [], formulas: new Map(), beyondLimit: e.breach }];
    throw new UnreadableFileError({
      th: `อ่านไฟล์ ${path} ไม่ได้: รูปแบบ CSV ไม่ถูกต้อง (${(e as Error).message})`,
      en: `Cannot read ${path}: malformed CSV (${(e as Error).message})`,
    });
  }
}

/** Every sheet of an .xlsx, or the single table of a .csv/.tsv. */
/** The largest file read: a plan is a few hundred kilobytes; more is not a plan, and would exhaust memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Only a regular file of a sane size is read: a named pipe or a device (/dev/zero) would hang or
 * never end, a huge file would exhaust memory.
 */
async function checkReadable(path: string): Promise<void> {
  const info = await stat(path);
  if (info.isDirectory()) return; // reported by readFile, with the other file-system errors
  if (!info.isFile())
    throw new UnreadableFileError({
      th: `อ่านไฟล์ ${path} ไม่ได้: ไม่ใช่ไฟล์ธรรมดา (เป็น pipe หรืออุปกรณ์)`,
      en: `Cannot read ${path}: not a regular file (a pipe or a device)`,
    });
  if (info.size > MAX_FILE_BYTES)
    throw new UnreadableFileError({
      th: `อ่านไฟล์ ${path} ไม่ได้: ไฟล์ใหญ่ ${Math.round(info.size / 1048576)} MB เกินขีดจำกัด 50 MB ของแผนหนึ่งฉบับ`,
      en: `Cannot read ${path}: the file is ${Math.round(info.size / 1048576)} MB, over the 50 MB limit for a plan`,
    });
}

export async function readWorkbook(path: string): Promise<SheetGrid[]> {
  let bytes: Uint8Array;
  try {
    await checkReadable(path);
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'ไม่พบไฟล์'
        : code === 'EISDIR'
          ? 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์'
          : code === 'EACCES'
            ? 'ไม่มีสิทธิ์อ่านไฟล์'
            : String(code ?? e);
    const whyEn =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? e);
    throw new UnreadableFileError({ th: `อ่านไฟล์ ${path} ไม่ได้: ${why}`, en: `Cannot read ${path}: ${whyEn}` });
  }
  const ext = extname(path).toLowerCase();
  // The same answer for an empty file whatever its type (an empty .csv is not a plan without a table).
  if (bytes.length === 0)
    throw new UnreadableFileError({
      th: `อ่านไฟล์ ${path} ไม่ได้: ไฟล์ว่างเปล่า`,
      en: `Cannot read ${path}: the file is empty`,
    });
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(path);
  if (ext === '.csv') return readDelimited(path, bytes, ',');
  if (ext === '.tsv' || ext === '.txt') return readDelimited(path, bytes, '\t');
  throw new UnreadableFileError({
    th: `อ่านไฟล์ ${path} ไม่ได้: รองรับเฉพาะ .xlsx, .csv และ .tsv (ไฟล์ .xls รุ่นเก่าให้บันทึกเป็น .xlsx ก่อน)`,
    en: `Cannot read ${path}: only .xlsx, .csv and .tsv are supported (save old .xls files as .xlsx first)`,
  });
}

/** A sheet's value beyond the limits, said for users: where, which limit, and what to do about it. */
function beyondLimitText(sheet: SheetGrid & { beyondLimit: LimitBreach }): Bilingual & { leftOut: Bilingual } {
  const { cell, limit } = sheet.beyondLimit;
  const rows = limit === 'rows';
  const th = rows
    ? `มีข้อมูลที่เซลล์ ${cell} เกินขีดจำกัด ${MAX_PLAN_ROWS.toLocaleString('en-US')} แถวของแผนหนึ่งฉบับ`
    : `มีข้อมูลที่เซลล์ ${cell} เกินขีดจำกัด ${MAX_PLAN_COLUMNS} คอลัมน์ (ถึงคอลัมน์ ${columnLetters(MAX_PLAN_COLUMNS - 1)}) ของแผนหนึ่งฉบับ`;
  const en = rows
    ? `it has a value at ${cell}, beyond the limit of ${MAX_PLAN_ROWS.toLocaleString('en-US')} rows for a plan`
    : `it has a value at ${cell}, beyond the limit of ${MAX_PLAN_COLUMNS} columns (up to column ${columnLetters(MAX_PLAN_COLUMNS - 1)}) for a plan`;
  return {
    th: `อ่านแผ่นงาน "${sheet.name}" ไม่ได้: ${th} — ลบข้อมูลที่หลงอยู่${rows ? 'ใต้' : 'ทางขวาของ'}ตาราง (ตั้งแต่เซลล์ ${cell}) หรือแยกแผนเป็นหลายไฟล์`,
    en: `Cannot read sheet "${sheet.name}": ${en} — delete the stray cells ${rows ? 'below' : 'right of'} the table (from ${cell} on) or split the plan into several files`,
    leftOut: { th: `ข้ามแผ่นงาน "${sheet.name}": ${th}`, en: `Sheet "${sheet.name}" left out: ${en}` },
  };
}

const tooLarge = (sheet: SheetGrid & { beyondLimit: LimitBreach }) => new UnreadableFileError(beyondLimitText(sheet));
const isBeyondLimit = (s: SheetGrid): s is SheetGrid & { beyondLimit: LimitBreach } => s.beyondLimit !== undefined;

/** A sheet left out because it holds a value beyond the limits: a warning, not an error (the plan is another sheet). */
/** What the user should know about reading the file: not findings of the plan (they have no plan cell). */
export type ReadingWarning =
  | {
      code: 'SHEET_TOO_LARGE';
      sheet: string;
      cell: string;
      limit: LimitBreach['limit'];
      message: string;
      messageEn: string;
    }
  | { code: 'TEXT_NOT_UTF8'; sheet: string; message: string; messageEn: string };

/**
 * Every warning of a reading: text that lost characters to stray bytes, and the sheets left out
 * for their size (a sheet too large to be the plan stops the command in pickPlanSheet instead, so
 * every sheet here is one beside the plan).
 */
export function readingWarnings(sheets: SheetGrid[]): ReadingWarning[] {
  const text = sheets.flatMap((s) =>
    (s.warnings ?? []).map((w) => ({ code: 'TEXT_NOT_UTF8' as const, sheet: s.name, message: w.th, messageEn: w.en })),
  );
  const tooLarge = sheets.filter(isBeyondLimit).map((s) => {
    const { leftOut } = beyondLimitText(s);
    return {
      code: 'SHEET_TOO_LARGE' as const,
      sheet: s.name,
      ...s.beyondLimit,
      message: leftOut.th,
      messageEn: leftOut.en,
    };
  });
  return [...text, ...tooLarge];
}

/**
 * The sheet --sheet names (exactly, else ignoring case and spaces), or the one that looks most like
 * a plan table among those within the limits. The plan itself beyond the limits (named, or the
 * only sheet) is an error.
 */
export function pickPlanSheet(sheets: SheetGrid[], name: string | undefined): SheetGrid {
  if (name !== undefined) {
    const found =
      sheets.find((s) => s.name === name) ??
      sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (!found) {
      const names = sheets.map((s) => `"${s.name}"`).join(', ');
      throw new UnreadableFileError({
        th: `ไม่พบแผ่นงาน "${name}" ในไฟล์ (มี: ${names})`,
        en: `No sheet named "${name}" (sheets: ${names})`,
      });
    }
    if (isBeyondLimit(found)) throw tooLarge(found);
    return found;
  }
  const readable = sheets.filter((s) => !isBeyondLimit(s));
  const tooLargeOnly = sheets.find(isBeyondLimit);
  if (readable.length === 0 && tooLargeOnly) throw tooLarge(tooLargeOnly);
  // One sheet (every CSV, most exports): nothing to choose, and scoring means reading it twice.
  if (readable.length === 1) return readable[0];
  let best = readable[0];
  let bestScore = -1;
  for (const s of readable) {
    const score = planScore(s.grid);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (!best) throw new UnreadableFileError({ th: 'ไฟล์ไม่มีแผ่นงาน', en: 'The file has no sheets' });
  return best;
}

/**
 * .xlsx read row by row, keeping only the cells that hold something: memory follows the cells
 * present, never the declared used range (a stray format can declare A1:XFD1048576). A sheet with
 * a value beyond the plan limits (core/read/limits.ts) is not read further: it comes back empty,
 * with the first cell beyond them.
 *
 * Cells mean what exceljs's full reader (`wb.xlsx.readFile`, used before) makes of them, through its
 * own helpers — dates by the cell's number format, shared formulas slid from their master — and
 * then what Sheets' getValues() gives: merged cells only in their top-left cell, formulas as their
 * last value, rich text as plain text, errors as their text. exceljs's streaming WorkbookReader is
 * not used: in 4.4.0 it drops merges and which formulas are shared, reads a formula's error or
 * TRUE as a number, keeps only the last run of inline rich text, splits Thai characters at
 * 16 KB chunk edges, and writes every sheet of an Excel-saved file to a temporary file first.
 */
import parseSax from 'exceljs/lib/utils/parse-sax';
import { slideFormula } from 'exceljs/lib/utils/shared-formula';
import utils from 'exceljs/lib/utils/utils';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import { a1, type Cell } from '../core/read/cells';
import { MAX_PLAN_COLUMNS, MAX_PLAN_ROWS } from '../core/read/limits';
import type { SheetGrid } from './workbook';
import { ZipFile, ZipFormatError } from './zipFile';

/** The first cell of a sheet holding a value beyond MAX_PLAN_ROWS rows or MAX_PLAN_COLUMNS columns. */
export interface LimitBreach {
  /** In A1 form, e.g. XFD1048576. */
  cell: string;
  limit: 'rows' | 'columns';
}

/** What a sheet's cells are read with: the workbook's shared strings and number formats. */
interface Context {
  sharedStrings: string[];
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
  date1904: boolean;
}

/** A `<c>` element as read: its place, type (t), style (s), formula (f) and value (v or inline text). */
interface XmlCell {
  row: number;
  col: number;
  t?: string;
  s: number;
  v?: string;
  f?: { text: string; t?: string; si?: string; ref?: string };
}

/** "B12" (or "$B$12") → 1-based row and column; null when it is not a cell reference. */
function decodeRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** 1-based row and column, as the XML numbers them, in A1 form. */
const address = (row: number, col: number) => a1(row - 1, col - 1);

/** The cells of one sheet, as the core reads them (0-based grid and "row,col" formulas). */
class SheetCells {
  readonly rows: Cell[][] = [];
  readonly formulas = new Map<string, string>();
  readonly merges: string[] = [];
  /** Shared formulas by their si: the master's formula and address, the others are slid from it. */
  private readonly shared = new Map<string, { formula: string; at: string }>();
  breach: LimitBreach | null = null;

  constructor(private readonly ctx: Context) {}

  /** A finished `<c>`: kept when it holds a value or a formula; false once a limit is passed. */
  add(c: XmlCell): boolean {
    const formula = this.formulaOf(c);
    const value = c.v === undefined ? '' : valueOf(c, this.ctx, formula !== undefined);
    if (value === '' && formula === undefined) return true; // styled but empty: never counts
    if (c.row > MAX_PLAN_ROWS || c.col > MAX_PLAN_COLUMNS) {
      this.breach = { cell: address(c.row, c.col), limit: c.row > MAX_PLAN_ROWS ? 'rows' : 'columns' };
      return false;
    }
    (this.rows[c.row - 1] ??= [])[c.col - 1] = value;
    if (formula) this.formulas.set(`${c.row - 1},${c.col - 1}`, `=${formula}`);
    return true;
  }

  /** The cell's formula without "=", undefined when it has none (exceljs's rule: text, or a t attribute). */
  private formulaOf(c: XmlCell): string | undefined {
    const f = c.f;
    if (!f || (!f.text && !f.t)) return undefined;
    if (f.t !== 'shared' || f.si === undefined) return f.text;
    const at = address(c.row, c.col);
    if (f.ref) {
      this.shared.set(f.si, { formula: f.text, at });
      return f.text;
    }
    const master = this.shared.get(f.si);
    return f.text || (master ? slideFormula(master.formula, master.at, at) : '');
  }

  /** The grid: merged cells emptied but their top-left one, holes filled with ''. */
  grid(): { grid: Cell[][]; formulas: Map<string, string> } {
    // Merged ranges never overlap (Excel and exceljs refuse it), so unmerging visits each place of
    // the grid at most once; a file whose merges would visit more is refused, not a long hang.
    let budget = this.rows.reduce((n, row) => n + row.length, 0);
    for (const range of this.merges) {
      budget -= this.unmerge(range);
      if (budget < 0) throw new ZipFormatError('merged ranges overlap');
    }
    const grid = this.rows;
    for (let r = 0; r < grid.length; r++) {
      const row = (grid[r] ??= []);
      for (let c = 0; c < row.length; c++) row[c] ??= '';
    }
    return { grid, formulas: this.formulas };
  }

  /**
   * Sheets gives a merged range's value only in its top-left cell. Only the rows present are
   * visited, up to their last cell; returns how many places were.
   */
  private unmerge(range: string): number {
    const [from, to] = range.split(':').map(decodeRef);
    if (!from || !to) return 0;
    let visited = 0;
    const last = Math.min(to.row, this.rows.length);
    for (let r = from.row; r <= last; r++) {
      const row = this.rows[r - 1];
      if (!row) continue;
      for (let c = from.col; c <= Math.min(to.col, row.length); c++) {
        visited++;
        if ((r === from.row && c === from.col) || row[c - 1] === undefined) continue;
        row[c - 1] = '';
        this.formulas.delete(`${r - 1},${c - 1}`);
      }
    }
    return visited;
  }
}

/** A cell's value from its text, as exceljs types it (a formula's cached result has no shared or inline string). */
function valueOf(c: XmlCell, ctx: Context, isFormula: boolean): Cell {
  const v = c.v!;
  if (isFormula && v === '') return '';
  switch (c.t) {
    case 'str':
      return utils.xmlDecode(v);
    case 'b':
      return parseInt(v, 10) !== 0;
    case 'e':
      return v;
    case 's':
      if (!isFormula) return ctx.sharedStrings[parseInt(v, 10)] ?? '';
      break;
    case 'inlineStr':
      if (!isFormula) return v;
      break;
  }
  const n = parseFloat(v);
  const style = c.s ? ctx.styles.getStyleModel(c.s) : null;
  return style && utils.isDateFmt(style.numFmt) ? utils.excelToDate(n, ctx.date1904) : n;
}

/**
 * One sheet's XML, element by element. Text inside a cell goes to its formula (`<f>`) or value
 * (`<v>`, or the `<t>` runs of an inline string, phonetic runs left out). Stops at the first value
 * beyond the limits; the zip entry is then closed unread.
 */
async function readSheet(xml: AsyncIterable<string>, ctx: Context): Promise<SheetCells> {
  const sheet = new SheetCells(ctx);
  let row = 0;
  let c: XmlCell | null = null;
  let into: 'f' | 'v' | null = null;
  let phonetic = false;
  for await (const events of parseSax(xml)) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') {
        if (c && into === 'f') c.f!.text += value;
        else if (c && into === 'v' && !phonetic) c.v += value;
      } else if (eventType === 'opentag') {
        const a = value.attributes;
        if (value.name === 'row') row = a.r ? Number(a.r) : row + 1;
        else if (value.name === 'c') {
          const at: { row: number; col: number } = (a.r && decodeRef(a.r)) || {
            row,
            col: (c?.row === row ? c.col : 0) + 1,
          };
          // Every field set here, in one order: one object shape for all cells (V8 keeps it fast).
          c = { row: at.row, col: at.col, t: a.t, s: a.s ? parseInt(a.s, 10) : 0, v: undefined, f: undefined };
        } else if (value.name === 'f' && c) {
          c.f = { text: '', t: a.t, si: a.si, ref: a.ref };
          into = 'f';
        } else if ((value.name === 'v' || value.name === 't') && c) {
          c.v ??= '';
          into = 'v';
        } else if (value.name === 'rPh') phonetic = true;
        else if (value.name === 'mergeCell' && a.ref) sheet.merges.push(a.ref);
      } else if (value.name === 'c' && c) {
        if (!sheet.add(c)) return sheet;
        into = null;
      } else if (value.name === 'f' || value.name === 'v' || value.name === 't') into = null;
      else if (value.name === 'rPh') phonetic = false;
    }
  }
  return sheet;
}

/** Each element of an XML part, with its attributes (for the small parts: workbook, relations). */
async function* elements(
  zip: ZipFile,
  name: string,
): AsyncGenerator<{ name: string; attributes: Record<string, string> }> {
  if (!zip.has(name)) return;
  for await (const events of parseSax(zip.text(name)))
    for (const e of events) if (e.eventType === 'opentag') yield e.value;
}

/** The shared strings table: each `<si>` as plain text (its runs joined, phonetic runs left out). */
async function sharedStrings(zip: ZipFile): Promise<string[]> {
  const strings: string[] = [];
  if (!zip.has('xl/sharedStrings.xml')) return strings;
  let text = '';
  let inText = false;
  let phonetic = false;
  for await (const events of parseSax(zip.text('xl/sharedStrings.xml'))) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') {
        if (inText && !phonetic) text += value;
      } else if (value.name === 't') inText = eventType === 'opentag';
      else if (value.name === 'rPh') phonetic = eventType === 'opentag';
      else if (value.name === 'si' && eventType === 'opentag') text = '';
      else if (value.name === 'si') strings.push(text);
    }
  }
  return strings;
}

/** The worksheets in the workbook's order: name and zip path (chart sheets and dialog sheets left out). */
async function worksheets(zip: ZipFile): Promise<{ name: string; path: string }[]> {
  const targets = new Map<string, string>();
  for await (const e of elements(zip, 'xl/_rels/workbook.xml.rels'))
    if (e.name === 'Relationship' && /\/worksheet$/.test(e.attributes.Type ?? ''))
      targets.set(e.attributes.Id, e.attributes.Target ?? '');
  const sheets: { name: string; path: string }[] = [];
  for await (const e of elements(zip, 'xl/workbook.xml')) {
    if (e.name !== 'sheet') continue;
    const id = Object.entries(e.attributes).find(([k]) => /(^|:)id$/.test(k))?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    // A target is relative to xl/, or absolute from the zip's root (openpyxl writes "/xl/worksheets/…").
    if (target)
      sheets.push({ name: e.attributes.name ?? '', path: target.startsWith('/') ? target.slice(1) : `xl/${target}` });
  }
  return sheets;
}

/** The workbook's number formats by style id (for dates), and whether its dates count from 1904. */
async function context(zip: ZipFile): Promise<Context> {
  const styles = new StylesXform();
  if (zip.has('xl/styles.xml')) await styles.parseStream(zip.text('xl/styles.xml'));
  else styles.init();
  let date1904 = false;
  for await (const e of elements(zip, 'xl/workbook.xml'))
    if (e.name === 'workbookPr') date1904 = ['1', 'true'].includes(e.attributes.date1904);
  return { sharedStrings: await sharedStrings(zip), styles, date1904 };
}

/** Every worksheet of an .xlsx, in order; one with a value beyond the limits comes back empty, with `beyondLimit`. */
export async function readXlsxSheets(path: string): Promise<SheetGrid[]> {
  const zip = await ZipFile.open(path);
  const ctx = await context(zip);
  const result: SheetGrid[] = [];
  for (const { name, path: part } of await worksheets(zip)) {
    if (!zip.has(part)) continue;
    const sheet = await readSheet(zip.text(part), ctx);
    result.push(
      sheet.breach ? { name, grid: [], formulas: new Map(), beyondLimit: sheet.breach } : { name, ...sheet.grid() },
    );
  }
  return result;
}

/**
 * Live total formulas for a plan sheet, planned as data: per-dimension subtotal rows and the grand
 * total (existing ones get formulas, missing ones are inserted below the projects), and the สรุป
 * summary sheet. Formulas stay right as users type: when every project row carries its dimension,
 * rows are selected with REGEXMATCH on the dimension cell (every way it is written: "1", "*1",
 * "๑", "มิติที่ ๑ …"); when a dimension is written once for a merged block, by the block's row
 * runs. The grand total sums every project row, whatever its dimension, so projects without a
 * readable one count in it and show on the สรุป sheet's ไม่ระบุมิติ line. Formulas use English
 * function names and commas, as Apps Script expects in any locale.
 */
import { dimensionLabel } from '../data/catalogue';
import { a1, columnLetters, isBlank, type Grid } from '../read/cells';
import { consecutiveRuns } from './runs';
import { UNASSIGNED_LABEL } from './totals';
import type { HeaderBlock } from '../read/header';
import type { PlanReading } from '../read/planReader';
import type { Catalogue } from '../data/catalogue';
import { toThaiDigits } from '../../shared/numbers';
import type { Bilingual } from '../../shared/userMessage';

export interface FormulaCell {
  /** 1-based column. */
  col: number;
  formula: string;
}

export interface TotalRowPlan {
  /** 1-based row, after any insertion. */
  row: number;
  kind: 'subtotal' | 'grand';
  dimension: number | null;
  /** For rows SaiSaat inserts: the label's 1-based column and text. */
  label?: { col: number; text: string };
  cells: FormulaCell[];
}

/** How the rows of one dimension are found. */
type Selector = { kind: 'pattern'; dimension: number } | { kind: 'runs'; runs: [number, number][] } | { kind: 'none' };

export interface TotalsPlan {
  /** Rows to insert after this 1-based row, or null. */
  insert: { after: number; count: number } | null;
  rows: TotalRowPlan[];
  /** Where the projects are (1-based), for the summary sheet. */
  source: {
    firstRow: number;
    lastRow: number;
    dimCol: number | null;
    nameCol: number;
    budgetCols: { col: number; year: string }[];
    quarterCols: { col: number; quarter: number }[];
    selectors: Selector[];
    /** Runs of rows holding a project or nothing (rows typed there later are projects): the grand total's rows. */
    projectRuns: [number, number][];
    /** Total rows stand between firstRow and lastRow: whole-range formulas would read them. */
    totalsInside: boolean;
  };
}

/** Totals SaiSaat will not write, and why, for the user (with the cell). */
export interface TotalsRefusal {
  refused: Bilingual;
}

const DIMENSION_DIGITS = ['1๑', '2๒', '3๓', '4๔'];

/** RE2 pattern matching a dimension cell of dimension d, however it is written. */
export function dimensionPattern(d: number): string {
  return `^\\*?\\s*((มิติ|มติ)\\s*(ที่)?\\s*)?[${DIMENSION_DIGITS[d - 1]}]([^0-9๐-๙]|$)`;
}

const TICK_PATTERN = '^(TRUE|☑|✓|✔)$|checked';

/** Absolute-row range of one column, optionally on another sheet: 'แผน'!E$7:E$47. */
export function colRange(col: number, from: number, to: number, sheet = ''): string {
  const l = columnLetters(col - 1);
  return `${sheet}${l}$${from}:${l}$${to}`;
}

function runRefs(col: number, rs: [number, number][], sheet = ''): string {
  const l = columnLetters(col - 1);
  return rs.map(([a, b]) => (a === b ? `${sheet}${l}${a}` : `${sheet}${l}${a}:${l}${b}`)).join(',');
}

type Source = TotalsPlan['source'];

/** Sum of a budget column over one dimension's rows. */
function dimensionSum(src: Source, d: number, col: number, sheet = ''): string {
  const sel = src.selectors[d - 1];
  if (sel.kind === 'none') return '0';
  if (sel.kind === 'runs') return `SUM(${runRefs(col, sel.runs, sheet)})`;
  const values = colRange(col, src.firstRow, src.lastRow, sheet);
  return `SUMPRODUCT(REGEXMATCH(TO_TEXT(${colRange(src.dimCol!, src.firstRow, src.lastRow, sheet)}),"${dimensionPattern(d)}")*IF(ISNUMBER(${values}),${values},0))`;
}

/** Number of projects of one dimension (rows with a name). */
function dimensionCount(src: Source, d: number, sheet = ''): string {
  const sel = src.selectors[d - 1];
  if (sel.kind === 'none') return '0';
  if (sel.kind === 'runs') return `COUNTA(${runRefs(src.nameCol, sel.runs, sheet)})`;
  return `SUMPRODUCT(REGEXMATCH(TO_TEXT(${colRange(src.dimCol!, src.firstRow, src.lastRow, sheet)}),"${dimensionPattern(d)}")*(LEN(${colRange(src.nameCol, src.firstRow, src.lastRow, sheet)})>0))`;
}

/** Sum of a budget column over every project row, whatever its dimension. */
function projectsSum(src: Source, col: number, sheet = ''): string {
  return src.projectRuns.length ? `SUM(${runRefs(col, src.projectRuns, sheet)})` : '0';
}

/** Number of projects (rows with a name), whatever their dimension. */
function projectsCount(src: Source, sheet = ''): string {
  return src.projectRuns.length ? `COUNTA(${runRefs(src.nameCol, src.projectRuns, sheet)})` : '0';
}

/** Number of ticked cells of a quarter column: over the whole range, or its project runs when total rows stand inside. */
function tickCount(src: Source, col: number, sheet = ''): string {
  const ranges = src.totalsInside
    ? src.projectRuns.map(([a, b]) => colRange(col, a, b, sheet))
    : [colRange(col, src.firstRow, src.lastRow, sheet)];
  return ranges.map((r) => `SUMPRODUCT(REGEXMATCH(TO_TEXT(${r}),"${TICK_PATTERN}")*1)`).join('+') || '0';
}

/**
 * Plans the totals of `reading`, read from `grid`. The project range runs from the row after the
 * header to the row before the first total row below the projects, blank rows included: rows
 * users insert there stay inside every formula's range. Every row a formula reads lies at or above
 * the insertion point (a grand total below the projects, else the last table row), so inserting
 * never moves a referenced row; a grand total with projects below it is refused instead.
 */
export function planTotals(reading: PlanReading, grid: Grid): TotalsPlan | TotalsRefusal | null {
  if (reading.headers.length === 0) return null;
  const refused = misplacedGrandTotal(reading);
  if (refused) return { refused };
  const source = projectSource(reading, reading.headers[0], grid);
  if (!source) return null;
  return { ...totalRows(reading, source), source };
}

/**
 * A grand total with projects below it closes nothing (often a damaged label: a subtotal read as
 * "รวม" of several dimensions). Rewriting it would have it sum through its own cell and insert rows
 * above rows its formulas name, so it is named for the user to move or fix.
 */
function misplacedGrandTotal(reading: PlanReading): Bilingual | null {
  // Project rows are 1-based, total rows 0-based.
  let last = 0;
  for (const p of reading.projects) last = Math.max(last, p.row);
  const grand = reading.totals.find((t) => t.kind === 'grand' && t.row + 1 < last);
  if (!grand) return null;
  const below = reading.projects.find((p) => p.row > grand.row + 1)!.row;
  const figure = Object.values(grand.figures)[0];
  const where = figure ? `${grand.row + 1} (${a1(grand.row, figure.col)})` : `${grand.row + 1}`;
  return {
    th: `แถวที่ ${where} อ่านได้เป็นยอดรวมทั้งสิ้น แต่ยังมีโครงการอยู่ใต้แถวนี้ (แถวที่ ${below}) จึงสรุปยอดไม่ได้ — ย้ายแถวรวมทั้งสิ้นไปไว้ใต้โครงการสุดท้าย หรือแก้ข้อความในแถวนี้ถ้าไม่ใช่แถวรวม`,
    en: `Row ${where} reads as the grand total, but projects follow it (row ${below}), so totals cannot be written — move the grand total below the last project, or fix this row's text if it is not a total`,
  };
}

/** Where the projects are and how each dimension's rows are found; null when there is no project row. */
function projectSource(reading: PlanReading, header: HeaderBlock, grid: Grid): Source | null {
  const { projects } = reading;
  const col1 = (role: string) => {
    const c = header.columns.find((x) => x.role === role);
    return c ? c.col + 1 : null;
  };
  const dimCol = col1('dimension');
  const firstRow = header.rows[header.rows.length - 1] + 2;
  const lastProjectRow = projects.length ? Math.max(...projects.map((p) => p.row)) : firstRow - 1;
  const totalBelow = reading.totals.map((t) => t.row + 1).filter((r) => r > lastProjectRow);
  const lastRow = totalBelow.length ? Math.min(...totalBelow) - 1 : lastProjectRow;
  if (lastRow < firstRow) return null;
  const totalsInside = reading.totals.some((t) => t.row + 1 >= firstRow && t.row + 1 <= lastRow);
  return {
    firstRow,
    lastRow,
    dimCol,
    nameCol: col1('project')!,
    budgetCols: header.columns
      .filter((c) => c.role === 'budget')
      .map((c) => ({
        col: c.col + 1,
        year: c.year ? String(c.year) : reading.years.length === 1 ? String(reading.years[0]) : 'unknown',
      })),
    quarterCols: header.columns
      .filter((c) => c.role === 'quarter')
      .map((c) => ({ col: c.col + 1, quarter: c.quarter ?? 1 })),
    selectors: dimensionSelectors(reading, dimCol, totalsInside),
    projectRuns: projectRuns(reading, grid, firstRow, lastRow),
    totalsInside,
  };
}

/**
 * The rows of the range that hold a project or nothing: usually the whole range; headings, repeated
 * headers, subtotals and notes inside it are left out, so a number there (a page number, a year
 * typed as a number) never counts in the grand total.
 */
function projectRuns(reading: PlanReading, grid: Grid, firstRow: number, lastRow: number): [number, number][] {
  const projectRows = new Set(reading.projects.map((p) => p.row));
  const rows: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) if (projectRows.has(r) || (grid[r - 1] ?? []).every(isBlank)) rows.push(r);
  return consecutiveRuns(rows);
}

/**
 * Rows carrying their own dimension are selected by pattern, which stays right for rows added
 * later — unless total rows sit inside the range, whose "มิติที่ ๑" labels would match too; else
 * each dimension by its runs of rows.
 */
function dimensionSelectors(reading: PlanReading, dimCol: number | null, totalsInside: boolean): Selector[] {
  const { projects } = reading;
  const byPattern = dimCol !== null && !totalsInside && projects.every((p) => p.source.dimensionWritten);
  return [1, 2, 3, 4].map((d) => {
    if (byPattern) return { kind: 'pattern', dimension: d };
    const ps = projects.filter((p) => p.dimension === d);
    return ps.length === 0 ? { kind: 'none' } : { kind: 'runs', runs: consecutiveRuns(ps.map((p) => p.row)) };
  });
}

/**
 * Existing total rows keep their place; missing subtotals (and a missing grand total) are inserted
 * after the last project/subtotal row, above an existing grand total, so footers just move down.
 */
function totalRows(reading: PlanReading, source: Source): Pick<TotalsPlan, 'insert' | 'rows'> {
  const existing = reading.totals.map((t) => ({ kind: t.kind, dimension: t.dimension, row: t.row + 1 }));
  const hasSubtotal = (d: number) => existing.some((t) => t.kind === 'subtotal' && t.dimension === d);
  const missing = [1, 2, 3, 4].filter((d) => !hasSubtotal(d) && source.selectors[d - 1].kind !== 'none');
  const lastTableRow = Math.max(source.lastRow, ...existing.filter((t) => t.kind === 'subtotal').map((t) => t.row));
  const grand = existing.find((t) => t.kind === 'grand');
  const after = grand ? grand.row - 1 : lastTableRow;
  const count = missing.length + (grand ? 0 : 1);
  const shift = (row: number) => (row > after ? row + count : row);
  const labelCol = source.dimCol ?? source.nameCol;

  const rows: TotalRowPlan[] = existing
    .filter((t) => t.kind === 'subtotal' && t.dimension)
    .map((t) => ({
      row: shift(t.row),
      kind: 'subtotal' as const,
      dimension: t.dimension,
      cells: subtotalCells(source, t.dimension!),
    }));
  missing.forEach((d, i) => {
    rows.push({
      row: after + 1 + i,
      kind: 'subtotal',
      dimension: d,
      label: { col: labelCol, text: `มิติที่ ${toThaiDigits(String(d))} รวม` },
      cells: subtotalCells(source, d),
    });
  });
  rows.push(grandRow(source, grand ? shift(grand.row) : after + count, grand ? null : labelCol));
  return { insert: count > 0 ? { after, count } : null, rows: rows.sort((a, b) => a.row - b.row) };
}

function subtotalCells(source: Source, d: number): FormulaCell[] {
  return source.budgetCols.map((b) => ({ col: b.col, formula: `=${dimensionSum(source, d, b.col)}` }));
}

/**
 * The grand-total row: each budget the sum of every project row (not of the subtotal rows, which
 * leave out projects without a dimension), each quarter the ticked projects; a label when inserted.
 */
function grandRow(source: Source, row: number, labelCol: number | null): TotalRowPlan {
  const cells: FormulaCell[] = source.budgetCols.map((b) => ({
    col: b.col,
    formula: `=${projectsSum(source, b.col)}`,
  }));
  for (const q of source.quarterCols) cells.push({ col: q.col, formula: `=${tickCount(source, q.col)}` });
  return {
    row,
    kind: 'grand',
    dimension: null,
    ...(labelCol === null ? {} : { label: { col: labelCol, text: 'รวมทั้งสิ้น' } }),
    cells,
  };
}

/** A sheet name as formulas reference it: 'แผนปฏิบัติการ'! */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

export interface SummaryTable {
  /** Values and formulas for one setValues; every row has the same width. */
  rows: (string | number)[][];
  /** The dimension × year block with its labels and header (1-based, inclusive), for the chart. */
  chart: { firstRow: number; lastRow: number; firstCol: number; lastCol: number };
  /** The รวมทั้งสิ้น row (1-based): amounts run from the header's next row to it. */
  totalRow: number;
}

/**
 * The สรุป sheet: budget per dimension × year, project counts, ticked projects per quarter — all
 * live formulas on the plan sheet. Below the four dimensions, ไม่ระบุมิติ is the grand total less
 * them: always there (0 in a plan whose every project has its dimension), so a dimension cleared
 * after สรุปยอด shows up at once and the lines always add up to รวมทั้งสิ้น.
 */
export function summaryTable(
  plan: TotalsPlan,
  planSheetName: string,
  catalogue: Catalogue,
  title: string[],
): SummaryTable {
  const ref = sheetRef(planSheetName);
  const src = plan.source;
  const years = src.budgetCols;
  const width = Math.max(years.length + 3, src.quarterCols.length + 1);
  const pad = (r: (string | number)[]) => [...r, ...Array(width - r.length).fill('')];
  const rows: (string | number)[][] = title.map((t) => pad([t]));
  rows.push(pad(['']));
  const headerRow = rows.length + 1;
  rows.push(
    pad([
      'มิติ',
      ...years.map((y) => (y.year === 'unknown' ? 'งบประมาณ (บาท)' : `ปี ${toThaiDigits(y.year)}`)),
      'รวม (บาท)',
      'จำนวนโครงการ',
    ]),
  );
  const first = rows.length + 1;
  for (const d of [1, 2, 3, 4]) rows.push(pad(dimensionSummary(plan, d, rows.length + 1, ref, catalogue)));
  const last = rows.length;
  const total = last + 2;
  const countCol = columnLetters(years.length + 2);
  // Rounded to the satang: a difference of sums is otherwise -0.00 now and then.
  const rest = (l: string) => `=ROUND(${l}${total}-SUM(${l}${first}:${l}${last}),2)`;
  rows.push(
    pad([
      UNASSIGNED_LABEL,
      ...years.map((_, i) => rest(columnLetters(i + 1))),
      yearsSum(years.length, last + 1),
      `=${countCol}${total}-SUM(${countCol}${first}:${countCol}${last})`,
    ]),
  );
  const grand = plan.rows.find((x) => x.kind === 'grand')!;
  rows.push(
    pad([
      'รวมทั้งสิ้น',
      // The plan sheet's own grand-total row, as the dimension lines read its subtotal rows.
      ...years.map((y) => `=${ref}${columnLetters(y.col - 1)}${grand.row}`),
      yearsSum(years.length, total),
      `=${projectsCount(src, ref)}`,
    ]),
  );
  if (src.quarterCols.length > 0) rows.push(...quarterSummary(src, ref).map(pad));
  return {
    rows,
    chart: { firstRow: headerRow, lastRow: last, firstCol: 1, lastCol: 1 + years.length },
    totalRow: total,
  };
}

/** A summary row's sum over its year columns (B onwards). */
function yearsSum(count: number, r: number): string | number {
  return count ? `=SUM(B${r}:${columnLetters(count)}${r})` : 0;
}

/** One dimension's summary row `r`: its budget per year, their sum, its project count. */
function dimensionSummary(
  plan: TotalsPlan,
  d: number,
  r: number,
  ref: string,
  catalogue: Catalogue,
): (string | number)[] {
  const src = plan.source;
  const years = src.budgetCols;
  const sub = plan.rows.find((x) => x.kind === 'subtotal' && x.dimension === d);
  // Read the plan sheet's own subtotal row when there is one, so the two can never disagree.
  const cells = years.map((y) =>
    sub ? `=${ref}${columnLetters(y.col - 1)}${sub.row}` : `=${dimensionSum(src, d, y.col, ref)}`,
  );
  return [dimensionLabel(catalogue, d), ...cells, yearsSum(years.length, r), `=${dimensionCount(src, d, ref)}`];
}

/** Ticked projects per quarter, below a blank row. */
function quarterSummary(src: Source, ref: string): (string | number)[][] {
  return [
    [''],
    ['ไตรมาส', ...src.quarterCols.map((q) => `ไตรมาส ${toThaiDigits(String(q.quarter))}`)],
    ['จำนวนโครงการที่ดำเนินการ', ...src.quarterCols.map((q) => `=${tickCount(src, q.col, ref)}`)],
  ];
}

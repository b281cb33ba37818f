/**
 * The row loop of a plan table: a TableReader reads every row below the first header, tells what
 * kind of row it is and hands it to the module for that kind (totalRows, headings, continuation,
 * projectRow). Repeated headers and titles, separators, footers and the dimension legend are
 * recognised and skipped; a row nothing explains is reported with its cell.
 */
import { defaultCatalogueFor, type Catalogue } from '../data/catalogue';
import { cellText, isBlank, parseAmount, type Cell, type Grid } from './cells';
import { indexColumns, type ColumnIndex } from './columnIndex';
import { isHeaderStart, readHeader, type HeaderBlock, type TitleInfo } from './header';
import { BudgetYears } from './budgetYears';
import { CarriedDown, HEADING_DIMENSION, HEADING_MISSION } from './headings';
import { readTotalRow, totalLabelOf, totalScope } from './totalRows';
import { continueProject, isContinuation } from './continuation';
import {
  extraTexts,
  isAdded,
  kindOf,
  nameAndNumber,
  ProjectIds,
  readBudgets,
  readFollowUp,
  readQuarters,
} from './projectRow';
import type { LayoutKind, PlanReading, ReadProject, TotalRow } from './planReader';
import { TextCells } from './textCells';
import type { PlanSettings } from '../../shared/settings';
import { nameKey } from './text';
import { createFinding, type Finding } from '../check/findings';

/** A cell of punctuation only: a drawn line, dots, a lone dash. */
const SEPARATOR = /^[-–—=_.·…\s]+$/;
/**
 * Notes, sources, dates, signature blocks and page numbers written in or under the table: never
 * projects. "*1" is a dimension (an office's own project), "* text" a footnote.
 */
const NOTE =
  /^(?:\*+\s*(?![0-9๐-๙])\S|หมายเหตุ\s*[:：]|ที่มา\s*[:：]|ข้อมูล\s*ณ\s*วันที่|ผู้ออกรายงาน|\(?ลงชื่อ|\(\s*(?:นาย|นาง|นางสาว|ว่าที่|ดร\.)|ตำแหน่ง|ผู้(?:จัดทำ|ตรวจสอบ|อนุมัติ|รับรอง|เสนอ)\b|หน้า\s*[0-9๐-๙]+|[-–]\s*[0-9๐-๙]+\s*[-–]$|[0-9๐-๙]+\s*\/\s*[0-9๐-๙]+$)/;
const LEGEND_START = /^คำ\s*อธิบาย/;
const TITLE_REPEAT = /^(ส่วนที่\s*[0-9๐-๙]+\s*)?แผนปฏิบัติการ/;

/**
 * The state of reading a table row by row: the current header and its columns, the dimension and
 * sub-mission carried down, and what has been read so far; one method per kind of row.
 */
export class TableReader {
  private readonly findings: Finding[] = [];
  private readonly headers: HeaderBlock[] = [];
  private readonly projects: ReadProject[] = [];
  private readonly totals: TotalRow[] = [];
  private readonly textCells = new TextCells();
  private header: HeaderBlock;
  private index: ColumnIndex;
  private readonly years: BudgetYears;
  private readonly carried: CarriedDown;
  private readonly ids = new ProjectIds();
  private inLegend = false;
  private lastProject: ReadProject | null = null;
  /** The first project no total row has covered yet (see totalScope). */
  private segmentStart = 0;
  /** Below a grand total, rows without amounts are notes, not projects. */
  private afterGrand = false;
  // Reused for every row: only the strings in them outlive the row.
  private readonly texts: string[] = [];
  private readonly nonEmpty: number[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly settings: PlanSettings,
    catalogue: Catalogue | undefined,
    private readonly title: TitleInfo,
    firstHeader: number,
    private readonly formulaAt: (row: number, col: number) => string = () => '',
  ) {
    for (let i = 0; i < title.lines.length; i++)
      this.textCells.add(title.rows[i], firstCol(grid[title.rows[i]]), title.lines[i]);
    this.years = new BudgetYears(title, settings);
    this.header = readHeader(grid, firstHeader);
    // Catalogue generation (issue 11 item 6): the office's own catalogue, else the default of the
    // plan generation its title's and first header's years belong to (2561–2564 or 2566–2570).
    this.carried = new CarriedDown(
      catalogue ?? defaultCatalogueFor([title.years?.from, title.years?.to, ...this.header.columns.map((c) => c.year)]),
      this.findings,
    );
    this.index = indexColumns(this.header);
    this.addHeader(this.header);
    this.carried.headingsAbove(grid, firstHeader);
  }

  /** Reads every row below the first header. */
  read(): PlanReading {
    for (let r = this.header.rows[this.header.rows.length - 1] + 1; r < this.grid.length; r++) r = this.readRow(r);
    const { headers } = this;
    lastTotalIsGrand(this.totals, this.projects.length);
    return {
      layout: layoutOf(headers, this.settings.planKind),
      title: this.title,
      ...this.years.summary(headers),
      headers,
      projects: this.projects,
      totals: this.totals,
      textCells: this.textCells,
      findings: this.findings,
      catalogue: this.carried.catalogue,
    };
  }

  private addHeader(h: HeaderBlock): void {
    this.headers.push(h);
    for (const u of h.unknown)
      this.findings.push(createFinding('COLUMN_NOT_UNDERSTOOD', u.row, u.col, { text: u.text }));
    this.years.addHeader(h, this.findings);
    if (!h.columns.some((c) => c.role === 'budget')) {
      this.findings.push(
        createFinding('BUDGET_COLUMNS_MISSING', h.rows[0], h.columns.find((c) => c.role === 'project')!.col, {}),
      );
    }
  }

  /** Reads row `r` (0-based); returns the last row it consumed (a header may span several). */
  private readRow(r: number): number {
    const row = this.grid[r] ?? [];
    this.readTexts(row);
    const { texts, nonEmpty } = this;
    if (nonEmpty.length === 0) return r;
    const first = texts[nonEmpty[0]];
    if (nonEmpty.every((c) => SEPARATOR.test(texts[c]))) return r;
    if (isHeaderStart(row)) return this.repeatedHeader(r);
    if (LEGEND_START.test(first)) {
      this.inLegend = true;
      return r;
    }
    if (this.totalRow(row, r)) return r;
    if (this.noteRow(row, first)) return r;
    const nameText = texts[this.index.single.project!];
    const hasFigures = this.hasFigures(row);
    if (this.labelRow(first, nonEmpty.length <= 2 && !hasFigures)) return r;
    this.projectRow(row, r, nameText, hasFigures);
    return r;
  }

  /**
   * Fills `texts` with the row's cell texts and `nonEmpty` with the columns that have one. A row
   * shorter than the header (trailing empty cells of an .xlsx or .csv) reads as '' to the header's width.
   */
  private readTexts(row: ReadonlyArray<Cell>): void {
    const { texts, nonEmpty } = this;
    const width = Math.max(row.length, this.index.width);
    texts.length = width;
    nonEmpty.length = 0;
    for (let c = 0; c < width; c++) {
      const t = cellText(row[c]);
      texts[c] = t;
      if (t !== '') nonEmpty.push(c);
    }
  }

  /** The header repeated at a page break, or a new header (a new table) whose columns apply from here. */
  private repeatedHeader(r: number): number {
    const next = readHeader(this.grid, r);
    if (next.signature !== this.header.signature) {
      this.header = next;
      this.index = indexColumns(next);
      this.addHeader(next);
    }
    this.inLegend = false;
    this.afterGrand = false;
    return next.rows[next.rows.length - 1];
  }

  /** A subtotal or grand-total row (never a project, whatever its cells say); false otherwise. */
  private totalRow(row: ReadonlyArray<Cell>, r: number): boolean {
    const { single } = this.index;
    const label = totalLabelOf(this.texts, this.nonEmpty, this.index.figureCols, this.index.notLabel, (text) =>
      this.carried.dimensionOf(text),
    );
    if (!label) return false;
    // Only the projects since the previous total matter, not all those above (tables repeat totals).
    const segment = this.projects.slice(this.segmentStart).map((p) => p.dimension);
    const scope = totalScope(label, segment, this.segmentStart, this.projects.length);
    const labelShift = Math.max(0, this.nonEmpty[0] - (single.dimension ?? 0));
    this.totals.push(readTotalRow(row, r, this.index, this.years, label, scope, labelShift, this.formulaAt));
    this.segmentStart = this.projects.length;
    if (scope.kind === 'grand') this.afterGrand = true;
    return true;
  }

  /**
   * A note, source, date, signature or page number in or under the table, or any row without an
   * amount below the grand total: never a project (and, like the title, not linted as one).
   */
  private noteRow(row: ReadonlyArray<Cell>, first: string): boolean {
    if (NOTE.test(first) || this.nonEmpty.every((c) => NOTE.test(this.texts[c]))) return true;
    return this.afterGrand && !this.hasAmounts(row);
  }

  private hasAmounts(row: ReadonlyArray<Cell>): boolean {
    return this.index.budget.some((c) => parseAmount(row[c.col]).kind === 'amount') || this.hasTicks(row);
  }

  private hasTicks(row: ReadonlyArray<Cell>): boolean {
    return this.index.quarter.some((c) => row[c.col] === true);
  }

  private hasFigures(row: ReadonlyArray<Cell>): boolean {
    const { texts, index } = this;
    return index.budget.some((c) => texts[c.col] !== '') || this.hasTicks(row);
  }

  /**
   * A dimension or sub-mission heading, a repeated title, or any row of the dimension legend;
   * `onlyLabel`: the row has at most two texts and no figures. False when the row is none of these.
   */
  private labelRow(first: string, onlyLabel: boolean): boolean {
    if (onlyLabel && (HEADING_DIMENSION.test(first) || this.carried.dimensionNamed(first) !== null)) {
      if (!this.inLegend) this.carried.dimensionHeading(first);
      return true;
    }
    if (this.inLegend) return true;
    if (onlyLabel && HEADING_MISSION.test(first)) {
      this.carried.setMission(first);
      return true;
    }
    return onlyLabel && TITLE_REPEAT.test(first);
  }

  /** A project row, the continuation of the project above, or a row nothing explains (reported). */
  private projectRow(row: ReadonlyArray<Cell>, r: number, nameText: string, hasFigures: boolean): void {
    const { texts } = this;
    const { dimension: dimCol, mission: missionCol, no: noCol } = this.index.single;
    const identifying =
      (dimCol !== undefined && texts[dimCol] !== '') ||
      (missionCol !== undefined && texts[missionCol] !== '') ||
      (noCol !== undefined && texts[noCol] !== '');
    if (!identifying && this.lastProject !== null && this.absorbContinuation(row, r, nameText)) return;
    if (nameText === '' && !identifying && !hasFigures) {
      const c = this.nonEmpty[0];
      this.findings.push(createFinding('ROW_NOT_UNDERSTOOD', r, c, { text: texts[c] }));
      return;
    }
    this.readProject(row, r, nameText);
  }

  /** Appends a continuation row to the project above; false when the row is not one. */
  private absorbContinuation(row: ReadonlyArray<Cell>, r: number, nameText: string): boolean {
    if (!isContinuation(row, nameText, this.index)) return false;
    const leftOver = continueProject(this.lastProject!, this.header, this.texts);
    if (leftOver !== null)
      this.findings.push(createFinding('ROW_NOT_UNDERSTOOD', r, leftOver, { text: this.texts[leftOver] }));
    return true;
  }

  private readProject(row: ReadonlyArray<Cell>, r: number, nameText: string): void {
    const { texts, index, carried } = this;
    const col = index.single;
    const dimension = carried.projectDimension(row, r, texts, col);
    if (col.mission !== undefined && texts[col.mission] !== '') carried.setMission(texts[col.mission]);
    const { name, no } = nameAndNumber(row, nameText, col.no);
    if (name === '') this.findings.push(createFinding('PROJECT_NAME_MISSING', r, col.project!, {}));
    const { budgets, budget } = readBudgets(row, texts, index, this.years);
    const quarters = readQuarters(row, r, index, this.findings);
    const mission = carried.currentMission();
    const key = nameKey(name);
    const project: ReadProject = {
      id: this.ids.idOf(dimension.dimension, key, col.id !== undefined ? texts[col.id] : ''),
      row: r + 1,
      no,
      sequence: this.projects.length + 1,
      dimension: dimension.dimension,
      added: isAdded(row, texts, col.added, dimension.added),
      missionId: mission.match ? mission.match.id : null,
      mission: mission.text,
      kind: (col.kind !== undefined ? kindOf(texts[col.kind]) : null) ?? kindOf(name),
      name,
      budgets,
      quarters,
      responsible: col.responsible !== undefined ? (texts[col.responsible] ?? '') : '',
      remark: col.remark !== undefined ? (texts[col.remark] ?? '') : '',
      extra: extraTexts(texts, index),
      source: {
        row: r,
        cols: index.sourceCols,
        budget,
        quarterCols: index.quarterCols,
        dimensionWritten: dimension.written,
        nameKey: key,
      },
    };
    if (index.followUp) project.followUp = readFollowUp(row, r, texts, index.followUp, this.findings);
    this.projects.push(project);
    this.lastProject = project;
    this.addTextCells(row, r);
  }

  /** A project row's text cells (not its figures), for the text rules. */
  private addTextCells(row: ReadonlyArray<Cell>, r: number): void {
    for (const c of this.nonEmpty) {
      if (typeof row[c] === 'string' && !this.index.figureCols.has(c)) this.textCells.add(r, c, this.texts[c]);
    }
  }
}

/**
 * Five-year when the table has several budget columns and no quarters, annual when it has one
 * budget column; several budget columns with quarters could be either, so the settings decide.
 */
function layoutOf(headers: HeaderBlock[], planKind: LayoutKind): LayoutKind {
  const budgetColumnCount = Math.max(...headers.map((h) => h.columns.filter((c) => c.role === 'budget').length));
  const hasQuarters = headers.some((h) => h.columns.some((c) => c.role === 'quarter'));
  return budgetColumnCount >= 2 && !hasQuarters ? 'five-year' : budgetColumnCount >= 2 ? planKind : 'annual';
}

function firstCol(row: ReadonlyArray<Cell> | undefined): number {
  if (!row) return 0;
  const c = row.findIndex((x) => !isBlank(x));
  return c < 0 ? 0 : c;
}

/**
 * The plan's last total, when it is a plain "รวม" over every project above it, is its grand total
 * ("the last total after all dimensions"), whatever the dimensions of those projects.
 */
function lastTotalIsGrand(totals: TotalRow[], projectCount: number): void {
  const last = totals[totals.length - 1];
  if (!last || last.kind !== 'subtotal' || last.covers.dimension !== null) return;
  if (last.covers.from === 0 && last.covers.to === projectCount) {
    last.kind = 'grand';
    last.dimension = null;
  }
}

/**
 * Reading a plan table out of a grid: every project row with its dimension, sub-mission, budgets
 * and quarter ticks; subtotal and grand-total rows kept aside for checking; repeated headers and
 * titles, separators, footers and the dimension legend recognised and skipped; what could not be
 * understood reported with its cell.
 */
import { DEFAULT_CATALOGUE, matchMission, missionText, parseDimension, type DimensionNumber } from '../data/catalogue';
import { cellText, isBlank, parseAmount, parseTick, type Amount, type Cell, type Grid } from './cells';
import { isHeaderStart, readHeader, readTitle, type Column, type HeaderBlock, type TitleInfo } from './header';
import type { Catalogue } from '../data/catalogue';
import type { PlanSettings } from '../../shared/settings';
import type { ProjectKind, ProjectRow } from '../plan';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { compactKey, nameKey } from './text';
import { toArabicDigits } from '../../shared/numbers';
import { createFinding, type Finding } from '../check/findings';

export type LayoutKind = 'five-year' | 'annual';

type SourceCols = Partial<Record<'no' | 'dimension' | 'mission' | 'project' | 'responsible' | 'remark', number>>;

/** Where each field of a project came from: 0-based columns, for pointing findings at cells. */
export interface ProjectSource {
  row: number;
  readonly cols: Readonly<SourceCols>;
  /** Each budget cell: its year key, 0-based column, reading (to report invalid/blank/negative ones), text. */
  budget: BudgetCell[];
  readonly quarterCols: readonly number[];
  /** Whether the dimension was written on this row (false: carried down from a merged cell above). */
  dimensionWritten: boolean;
  /** nameKey of the name, computed once for the id and the duplicate check. */
  nameKey: string;
}

export interface BudgetCell {
  year: string;
  col: number;
  amount: Amount;
  /** The cell as text, to re-read a cell continued on the next row. */
  text: string;
}

export interface ReadProject extends ProjectRow {
  source: ProjectSource;
  /** Extra columns of per-project table layouts (003): target group, outputs, outcomes, period. */
  extra: Partial<Record<'target' | 'output' | 'outcome' | 'period', string>>;
}

export interface TotalRow {
  kind: 'subtotal' | 'grand';
  /** 0-based row. */
  row: number;
  dimension: DimensionNumber | null;
  /** Figure per year as written, with its 0-based column. */
  figures: Record<string, { amount: Amount; col: number }>;
  /** Quarter counts as written (grand totals of annual plans). */
  quarterCounts: ({ value: number | null; text: string; col: number } | null)[];
}

export interface PlanReading {
  layout: LayoutKind;
  title: TitleInfo;
  /** Fiscal years of the budget columns, ascending. */
  years: number[];
  /** How the fiscal year of an annual plan's single budget column was found. */
  yearSource: 'header' | 'title' | 'settings' | 'unknown';
  headers: HeaderBlock[];
  projects: ReadProject[];
  totals: TotalRow[];
  /** Text cells of the table, for lint rules that look at all text (placeholders, names, scripts). */
  textCells: { row: number; col: number; text: string }[];
  findings: Finding[];
}

export interface ReadOptions {
  settings?: PlanSettings;
  catalogue?: Catalogue;
}

const KIND_PREFIX = /^["“]?(โครงการ|กิจกรรม|มาตรการ)/;
const NAME_NUMBERING = /^([0-9๐-๙]{1,3})\s*[.)]\s*(?![0-9๐-๙])/;
const SEPARATOR = /^[-–—=_]{2,}$/;
const FOOTER = /^\**\s*ข้อมูล\s*ณ\s*วันที่|ผู้ออกรายงาน|^ลงชื่อ|^\(ลงชื่อ\)|^หน้า\s*\d+\s*(\/|จาก)/;
const LEGEND_START = /^คำ\s*อธิบาย/;
const DIMENSION_REF = /^(มิติ|มติ)(ที่)?([1-4])$/;
const GRAND_LABEL = /^(รวม(ทั้งสิ้น|ทั้งหมด|ทุกมิติ|งบประมาณทั้งสิ้น)|ยอดรวม(ทั้งสิ้น)?|grandtotal)$/;
const HEADING_DIMENSION = /^(มิติ|มติ)\s*(ที่)?\s*[1-4๑-๔]\s*[.:]?\s*\S/;
const HEADING_MISSION = /^(ภารกิจ|การกิจ)(ตาม(มิติ|มติ))?\s*[0-9๐-๙]/;
const TOTAL_WORD = /รวม|ยอด|total/i;
const TITLE_REPEAT = /^(ส่วนที่\s*[0-9๐-๙]+\s*)?แผนปฏิบัติการ/;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function parseOrderNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell > 0 ? cell : null;
  const m = /^(\d+)\.?$/.exec(toArabicDigits(cellText(cell)));
  return m ? Number(m[1]) : null;
}

function kindOf(name: string): ProjectKind | null {
  const m = KIND_PREFIX.exec(name);
  return m ? (m[1] as ProjectKind) : null;
}

/** Column positions of a header, computed once per header rather than per row. */
interface ColumnIndex {
  single: Partial<Record<Column['role'], number>>;
  budget: Column[];
  quarter: Column[];
  /** Columns of per-project table layouts kept as extra text (target, output, outcome, period). */
  extra: Column[];
  figureCols: Set<number>;
  /** The source columns every project under this header shares (read-only, so one copy). */
  sourceCols: Readonly<SourceCols>;
  quarterCols: readonly number[];
}

function indexColumns(header: HeaderBlock): ColumnIndex {
  const single: ColumnIndex['single'] = {};
  for (const c of header.columns) if (single[c.role] === undefined) single[c.role] = c.col;
  const budget = header.columns.filter((c) => c.role === 'budget');
  const quarter = header.columns.filter((c) => c.role === 'quarter');
  const extra = header.columns.filter(
    (c) => c.role === 'target' || c.role === 'output' || c.role === 'outcome' || c.role === 'period',
  );
  const sourceCols: SourceCols = {};
  for (const role of ['project', 'no', 'dimension', 'mission', 'responsible', 'remark'] as const)
    if (single[role] !== undefined) sourceCols[role] = single[role];
  return {
    single,
    budget,
    quarter,
    extra,
    figureCols: new Set([...budget, ...quarter].map((c) => c.col)),
    sourceCols: Object.freeze(sourceCols),
    quarterCols: Object.freeze(quarter.map((c) => c.col)),
  };
}

/** Classifies a non-project row by its label cells: subtotal, grand total, or null. */
function totalRowOf(
  texts: string[],
  figureCols: ReadonlySet<number>,
): { kind: 'subtotal' | 'grand'; dimension: DimensionNumber | null } | null {
  let candidate = false;
  for (let c = 0; c < texts.length && !candidate; c++)
    candidate = texts[c] !== '' && !figureCols.has(c) && TOTAL_WORD.test(texts[c]);
  if (!candidate) return null;
  let hasTotalWord = false;
  let dimension: DimensionNumber | null = null;
  let grand = false;
  for (let c = 0; c < texts.length; c++) {
    if (figureCols.has(c) || texts[c] === '') continue;
    const k = toArabicDigits(compactKey(texts[c]));
    if (GRAND_LABEL.test(k)) grand = true;
    const combined = /^(?:รวม)?(?:มิติ|มติ)(?:ที่)?([1-4])(?:รวม)?$/.exec(k);
    if (combined) {
      dimension = Number(combined[1]) as DimensionNumber;
      if (k.includes('รวม')) hasTotalWord = true;
    }
    if (DIMENSION_REF.test(k)) dimension = Number(DIMENSION_REF.exec(k)![3]) as DimensionNumber;
    if (k === 'รวม') hasTotalWord = true;
  }
  if (grand) return { kind: 'grand', dimension: null };
  if (hasTotalWord && dimension) return { kind: 'subtotal', dimension };
  if (hasTotalWord) return { kind: 'grand', dimension: null };
  return null;
}

function readTotalRow(
  row: ReadonlyArray<Cell>,
  r: number,
  index: ColumnIndex,
  yearOf: (c: Column) => string,
  found: { kind: 'subtotal' | 'grand'; dimension: DimensionNumber | null },
  labelShift: number,
): TotalRow {
  const figures: TotalRow['figures'] = {};
  for (const c of index.budget) {
    let col = c.col;
    // A subtotal row shifted one column right (docs/domain.md#five-year-table-seed-000, dimension 2) carries its figures shifted too.
    if (labelShift > 0 && isBlank(row[col]) && !isBlank(row[col + labelShift])) col += labelShift;
    figures[yearOf(c)] = { amount: parseAmount(row[col]), col };
  }
  const quarterCounts: TotalRow['quarterCounts'] = [null, null, null, null];
  for (const c of index.quarter) {
    const text = cellText(row[c.col]);
    if (text === '') continue;
    const a = parseAmount(row[c.col]);
    quarterCounts[(c.quarter ?? 1) - 1] = { value: a.kind === 'amount' ? a.value : null, text, col: c.col };
  }
  return { kind: found.kind, row: r, dimension: found.dimension, figures, quarterCounts };
}

type Mission = { text: string; match: ReturnType<typeof matchMission> };

/**
 * Reads the plan table in `grid`. Never throws on content: whatever it cannot understand becomes a
 * finding with its cell.
 */
export function readPlan(grid: Grid, options: ReadOptions = {}): PlanReading {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;

  let firstHeader = -1;
  for (let r = 0; r < grid.length; r++) {
    if (isHeaderStart(grid[r] ?? [])) {
      firstHeader = r;
      break;
    }
  }
  const isHeading = (text: string) => HEADING_DIMENSION.test(text) || HEADING_MISSION.test(text);
  const title = readTitle(grid, firstHeader < 0 ? Math.min(grid.length, 10) : firstHeader, isHeading);
  if (firstHeader < 0) {
    return {
      layout: settings.planKind,
      title,
      years: [],
      yearSource: 'unknown',
      headers: [],
      projects: [],
      totals: [],
      textCells: [],
      findings: [createFinding('NO_PLAN_TABLE', 0, 0, {})],
    };
  }
  return new TableReader(grid, settings, catalogue, title, firstHeader).read();
}

/**
 * The state of reading a table row by row: the current header, the dimension and sub-mission
 * carried down from merged cells and headings, and what has been read so far; one method per kind
 * of row.
 */
class TableReader {
  private readonly findings: Finding[] = [];
  private readonly headers: HeaderBlock[] = [];
  private readonly projects: ReadProject[] = [];
  private readonly totals: TotalRow[] = [];
  private readonly textCells: PlanReading['textCells'] = [];
  private header: HeaderBlock;
  private index: ColumnIndex;
  /** The fiscal year of a budget column without one in its header (annual plans). */
  private readonly annualYear: number | null;
  private yearSource: PlanReading['yearSource'] = 'header';
  private unknownYearReported = false;
  private currentDimension: { value: DimensionNumber; added: boolean } | null = null;
  private currentMission = '';
  private inLegend = false;
  private lastProject: ReadProject | null = null;
  private readonly idCount = new Map<string, number>();
  // The mission's wording and catalogue match, recomputed only when the mission cell changes;
  // tables that repeat the sub-mission on every row write a few wordings many times.
  private missionSource = '';
  private mission: Mission = { text: '', match: null };
  private readonly missions = new Map<string, Mission>();
  // Reused for every row: only the strings in them outlive the row.
  private readonly texts: string[] = [];
  private readonly nonEmpty: number[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly settings: PlanSettings,
    private readonly catalogue: Catalogue,
    private readonly title: TitleInfo,
    firstHeader: number,
  ) {
    for (let i = 0; i < title.lines.length; i++)
      this.textCells.push({ row: title.rows[i], col: firstCol(grid[title.rows[i]]), text: title.lines[i] });
    if (title.years && title.years.from === title.years.to) this.annualYear = title.years.from;
    else if (settings.annualYear) this.annualYear = settings.annualYear;
    else if (settings.fiscalYears.from === settings.fiscalYears.to) this.annualYear = settings.fiscalYears.from;
    else this.annualYear = null;
    this.header = readHeader(grid, firstHeader);
    this.index = indexColumns(this.header);
    this.addHeader(this.header);
    // Headings above the first table (003: "มิติ ๑ …", "ภารกิจตามมิติ 1.1 …") apply to it.
    for (let r = 0; r < firstHeader; r++) {
      const text = (grid[r] ?? [])
        .map(cellText)
        .filter((t) => t !== '')
        .join(' ');
      if (HEADING_MISSION.test(text)) this.currentMission = text;
      else if (HEADING_DIMENSION.test(text)) {
        this.dimensionHeading(text);
        this.currentMission = '';
      }
    }
  }

  private readonly yearOf = (c: Column): string => {
    if (c.year) return String(c.year);
    if (this.annualYear) return String(this.annualYear);
    return 'unknown';
  };

  private addHeader(h: HeaderBlock): void {
    this.headers.push(h);
    for (const u of h.unknown)
      this.findings.push(createFinding('COLUMN_NOT_UNDERSTOOD', u.row, u.col, { text: u.text }));
    for (const c of h.columns) {
      if (c.role !== 'budget' || (c.year !== null && c.year !== undefined)) continue;
      if (this.annualYear) {
        this.yearSource = this.title.years && this.title.years.from === this.annualYear ? 'title' : 'settings';
      } else if (!this.unknownYearReported) {
        this.unknownYearReported = true;
        this.yearSource = 'unknown';
        this.findings.push(createFinding('FISCAL_YEAR_UNKNOWN', h.rows[h.rows.length - 1], c.col, {}));
      }
    }
    if (!h.columns.some((c) => c.role === 'budget')) {
      this.findings.push(
        createFinding('BUDGET_COLUMNS_MISSING', h.rows[0], h.columns.find((c) => c.role === 'project')!.col, {}),
      );
    }
  }

  /** Reads every row below the first header. */
  read(): PlanReading {
    for (let r = this.header.rows[this.header.rows.length - 1] + 1; r < this.grid.length; r++) r = this.readRow(r);
    return this.reading();
  }

  /** Reads row `r` (0-based); returns the last row it consumed (a header may span several). */
  private readRow(r: number): number {
    const row = this.grid[r] ?? [];
    const { texts, nonEmpty } = this;
    texts.length = row.length;
    nonEmpty.length = 0;
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      texts[c] = t;
      if (t !== '') nonEmpty.push(c);
    }
    if (nonEmpty.length === 0) return r;
    const first = texts[nonEmpty[0]];
    if (nonEmpty.every((c) => SEPARATOR.test(texts[c]))) return r;
    if (isHeaderStart(row)) return this.repeatedHeader(r);
    if (FOOTER.test(first)) return r;
    if (LEGEND_START.test(first)) {
      this.inLegend = true;
      return r;
    }

    const index = this.index;
    const nameText = texts[index.single.project!] ?? '';
    const total = totalRowOf(texts, index.figureCols);
    if (total && !(nameText !== '' && !/รวม/.test(nameText))) {
      const labelShift = Math.max(0, nonEmpty[0] - (index.single.dimension ?? 0));
      this.totals.push(readTotalRow(row, r, index, this.yearOf, total, labelShift));
      return r;
    }
    const hasFigures =
      index.budget.some((c) => texts[c.col] !== '' && texts[c.col] !== undefined) ||
      index.quarter.some((c) => row[c.col] === true);
    const onlyLabel = nonEmpty.length <= 2 && !hasFigures;
    if (onlyLabel && HEADING_DIMENSION.test(first)) {
      if (!this.inLegend) this.dimensionHeading(first);
      return r;
    }
    if (this.inLegend) return r;
    if (onlyLabel && HEADING_MISSION.test(first)) {
      this.currentMission = first;
      return r;
    }
    if (onlyLabel && TITLE_REPEAT.test(first)) return r;

    const { dimension: dimCol, mission: missionCol, no: noCol, project: projectCol } = index.single;
    const identifying =
      (dimCol !== undefined && texts[dimCol] !== '') ||
      (missionCol !== undefined && texts[missionCol] !== '') ||
      (noCol !== undefined && texts[noCol] !== '');
    if (!identifying && this.lastProject !== null && this.absorbContinuation(row, r, nameText)) return r;
    if (nameText === '' && !identifying && !hasFigures) {
      this.findings.push(createFinding('ROW_NOT_UNDERSTOOD', r, nonEmpty[0], { text: first }));
      return r;
    }
    this.readProject(row, r, projectCol!, nameText);
    return r;
  }

  private repeatedHeader(r: number): number {
    const next = readHeader(this.grid, r);
    if (next.signature !== this.header.signature) {
      this.header = next;
      this.index = indexColumns(next);
      this.addHeader(next);
    }
    this.inLegend = false;
    return next.rows[next.rows.length - 1];
  }

  private dimensionHeading(text: string): void {
    const d = parseDimension(text, this.catalogue);
    if (d.kind !== 'dimension') return;
    this.currentDimension = { value: d.dimension, added: d.added };
    this.currentMission = '';
  }

  /**
   * A row split by a page break (003) with no amount of its own: its text belongs to the project
   * above. Returns false when the row is not such a continuation.
   */
  private absorbContinuation(row: ReadonlyArray<Cell>, r: number, nameText: string): boolean {
    const rawName = row[this.index.single.project!];
    if (nameText !== '' && !(typeof rawName === 'string' && /^<p>/i.test(rawName.trimStart()))) return false;
    if (this.index.budget.some((c) => parseAmount(row[c.col]).kind === 'amount')) return false;
    const leftOver = continueProject(this.lastProject!, this.header, this.texts);
    if (leftOver !== null)
      this.findings.push(createFinding('ROW_NOT_UNDERSTOOD', r, leftOver, { text: this.texts[leftOver] }));
    return true;
  }

  private readProject(row: ReadonlyArray<Cell>, r: number, projectCol: number, nameText: string): void {
    const { texts, index } = this;
    const col = index.single;
    const { dimension, added: dimensionAdded, written: dimensionWritten } = this.projectDimension(row, r);
    if (col.mission !== undefined && texts[col.mission] !== '') this.currentMission = texts[col.mission];

    // Cell text is already clean (cellText).
    let name = nameText;
    let no = col.no !== undefined ? parseOrderNumber(row[col.no]) : null;
    const numbering = NAME_NUMBERING.exec(name);
    if (numbering) {
      name = name.slice(numbering[0].length).trim();
      if (no === null) no = Number(toArabicDigits(numbering[1]));
    }
    if (name === '') this.findings.push(createFinding('PROJECT_NAME_MISSING', r, projectCol, {}));

    const budgets: Record<string, number | null> = {};
    const budget: BudgetCell[] = [];
    for (const c of index.budget) {
      const cell: BudgetCell = {
        year: this.yearOf(c),
        col: c.col,
        amount: parseAmount(row[c.col]),
        text: texts[c.col] ?? '',
      };
      budget.push(cell);
      setBudget(budgets, cell);
    }
    const quarters: [boolean, boolean, boolean, boolean] = [false, false, false, false];
    for (const c of index.quarter) {
      const t = parseTick(row[c.col]);
      if (t.kind === 'tick') quarters[(c.quarter ?? 1) - 1] = t.ticked;
      else this.findings.push(createFinding('TICK_INVALID', r, c.col, { text: t.text, quarter: c.quarter ?? 1 }));
    }

    const mission = this.missionOfRow();
    const key = nameKey(name);
    const extra: ReadProject['extra'] = {};
    for (const c of index.extra) if (texts[c.col]) extra[c.role as keyof ReadProject['extra']] = texts[c.col];
    let added = dimensionAdded;
    if (col.added !== undefined && texts[col.added] !== '') {
      const t = parseTick(row[col.added]);
      if (t.kind === 'tick') added = added || t.ticked;
      else added = added || /^\*|เพิ่ม/.test(texts[col.added]);
    }
    const writtenKind = col.kind !== undefined ? kindOf(texts[col.kind]) : null;

    const project: ReadProject = {
      id: this.projectId(dimension, key),
      row: r + 1,
      no,
      sequence: this.projects.length + 1,
      dimension,
      added,
      missionId: mission.match ? mission.match.id : null,
      mission: mission.text,
      kind: writtenKind ?? kindOf(name),
      name,
      budgets,
      quarters,
      responsible: col.responsible !== undefined ? (texts[col.responsible] ?? '') : '',
      remark: col.remark !== undefined ? (texts[col.remark] ?? '') : '',
      extra,
      source: {
        row: r,
        cols: index.sourceCols,
        budget,
        quarterCols: index.quarterCols,
        dimensionWritten,
        nameKey: key,
      },
    };
    this.projects.push(project);
    this.lastProject = project;
    for (const c of this.nonEmpty) {
      if (typeof row[c] === 'string' && !index.figureCols.has(c))
        this.textCells.push({ row: r, col: c, text: texts[c] });
    }
  }

  /** The project's dimension: written on its row, or carried down from the block or heading above. */
  private projectDimension(
    row: ReadonlyArray<Cell>,
    r: number,
  ): { dimension: DimensionNumber | null; added: boolean; written: boolean } {
    const dimCol = this.index.single.dimension;
    const text = dimCol !== undefined ? this.texts[dimCol] : '';
    if (dimCol === undefined || text === '') {
      const carried = this.currentDimension;
      if (!carried) this.findings.push(createFinding('DIMENSION_MISSING', r, dimCol ?? this.index.single.project!, {}));
      return { dimension: carried ? carried.value : null, added: carried ? carried.added : false, written: false };
    }
    const d = parseDimension(row[dimCol], this.catalogue);
    if (d.kind !== 'dimension') {
      this.findings.push(createFinding('DIMENSION_INVALID', r, dimCol, { text }));
      return { dimension: null, added: this.currentDimension?.added ?? false, written: true };
    }
    if (!this.currentDimension || this.currentDimension.value !== d.dimension) this.currentMission = '';
    this.currentDimension = { value: d.dimension, added: false };
    if (d.nameProblem === 'old-name')
      this.findings.push(createFinding('DIMENSION_OLD_NAME', r, dimCol, { text, dimension: d.dimension }));
    if (d.nameProblem === 'other-dimension')
      this.findings.push(createFinding('DIMENSION_NAME_MISMATCH', r, dimCol, { text, dimension: d.dimension }));
    return { dimension: d.dimension, added: d.added, written: true };
  }

  private missionOfRow(): Mission {
    const source = this.currentMission;
    if (source === this.missionSource) return this.mission;
    this.missionSource = source;
    let known = this.missions.get(source);
    if (!known) {
      const text = source ? missionText(source) : '';
      known = { text, match: text ? matchMission(text, this.catalogue) : null };
      this.missions.set(source, known);
    }
    this.mission = known;
    return known;
  }

  /** The id column's value, else a hash of dimension and name (numbered when the name repeats). */
  private projectId(dimension: DimensionNumber | null, key: string): string {
    const hash = fnv1a(`${dimension ?? 0}|${key}`);
    const seen = this.idCount.get(hash) ?? 0;
    this.idCount.set(hash, seen + 1);
    const idCol = this.index.single.id;
    if (idCol !== undefined && this.texts[idCol] !== '') return this.texts[idCol];
    return `p${hash}${seen ? `-${seen + 1}` : ''}`;
  }

  private reading(): PlanReading {
    const { headers, yearOf } = this;
    const years = new Set<number>();
    for (const h of headers)
      for (const c of h.columns) if (c.role === 'budget' && yearOf(c) !== 'unknown') years.add(Number(yearOf(c)));
    const budgetColumnCount = Math.max(...headers.map((h) => h.columns.filter((c) => c.role === 'budget').length));
    const hasQuarters = headers.some((h) => h.columns.some((c) => c.role === 'quarter'));
    const layout: LayoutKind =
      budgetColumnCount >= 2 && !hasQuarters ? 'five-year' : budgetColumnCount >= 2 ? this.settings.planKind : 'annual';
    return {
      layout,
      title: this.title,
      years: [...years].sort((a, b) => a - b),
      yearSource: headers.some((h) => h.columns.some((c) => c.role === 'budget' && !c.year))
        ? this.yearSource
        : 'header',
      headers,
      projects: this.projects,
      totals: this.totals,
      textCells: this.textCells,
      findings: this.findings,
    };
  }
}

function setBudget(budgets: Record<string, number | null>, cell: BudgetCell): void {
  if (cell.amount.kind === 'amount') budgets[cell.year] = cell.amount.value;
  else if (cell.amount.kind === 'none') budgets[cell.year] = null;
}

/**
 * Appends a continuation row's text to the project it continues, re-reading split budget cells.
 * Returns the first column whose text had nowhere to go (so it is reported, not lost), or null.
 */
function continueProject(p: ReadProject, header: HeaderBlock, texts: string[]): number | null {
  const join = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);
  const absorbed = new Set<number>();
  for (const c of header.columns) {
    const t = texts[c.col];
    if (!t) continue;
    switch (c.role) {
      case 'project':
        p.name = join(p.name, t);
        break;
      case 'target':
      case 'output':
      case 'outcome':
      case 'period':
        p.extra[c.role] = join(p.extra[c.role] ?? '', t);
        break;
      case 'responsible':
      case 'remark':
        p[c.role] = join(p[c.role], t);
        break;
      case 'budget': {
        const cell = p.source.budget.find((b) => b.col === c.col);
        if (!cell) break;
        cell.text = join(cell.text, t);
        cell.amount = parseAmount(cell.text);
        delete p.budgets[cell.year];
        setBudget(p.budgets, cell);
        break;
      }
      default:
        continue;
    }
    absorbed.add(c.col);
  }
  const leftOver = texts.findIndex((t, c) => t !== '' && !absorbed.has(c));
  return leftOver < 0 ? null : leftOver;
}

function firstCol(row: ReadonlyArray<Cell> | undefined): number {
  if (!row) return 0;
  const c = row.findIndex((x) => !isBlank(x));
  return c < 0 ? 0 : c;
}

/**
 * Reading a plan table out of a grid: every project row with its dimension, sub-mission, budgets
 * and quarter ticks; subtotal and grand-total rows kept aside for checking; repeated headers and
 * titles, separators, footers and the dimension legend recognised and skipped; what could not be
 * understood reported with its cell.
 */
import { DEFAULT_CATALOGUE, matchMission, missionText, parseDimension, type DimensionNumber } from './catalogue';
import { cellText, isBlank, parseAmount, parseTick, type Amount, type Cell, type Grid } from './cells';
import { isHeaderStart, readHeader, readTitle, type Column, type HeaderBlock, type TitleInfo } from './layout';
import type { Catalogue, PlanSettings, ProjectKind, ProjectRow } from './schema';
import { DEFAULT_SETTINGS } from './schema';
import { compactKey, nameKey, toArabicDigits } from './text';
import { createFinding, type Finding } from './findings';

export type LayoutKind = 'five-year' | 'annual';

/** Where each field of a project came from: 0-based columns, for pointing findings at cells. */
export interface ProjectSource {
  row: number;
  cols: Partial<Record<'no' | 'dimension' | 'mission' | 'project' | 'responsible' | 'remark', number>>;
  /** Each budget cell: its year key, 0-based column, reading (to report invalid/blank/negative ones), text. */
  budget: BudgetCell[];
  quarterCols: number[];
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
}

function indexColumns(header: HeaderBlock): ColumnIndex {
  const single: ColumnIndex['single'] = {};
  for (const c of header.columns) if (single[c.role] === undefined) single[c.role] = c.col;
  const budget = header.columns.filter((c) => c.role === 'budget');
  const quarter = header.columns.filter((c) => c.role === 'quarter');
  const extra = header.columns.filter((c) => c.role === 'target' || c.role === 'output' || c.role === 'outcome' || c.role === 'period');
  return { single, budget, quarter, extra, figureCols: new Set([...budget, ...quarter].map((c) => c.col)) };
}

interface Context {
  grid: Grid;
  settings: PlanSettings;
  catalogue: Catalogue;
  findings: Finding[];
}

/** Classifies a non-project row by its label cells: subtotal, grand total, or null. */
function totalRowOf(texts: string[], figureCols: ReadonlySet<number>): { kind: 'subtotal' | 'grand'; dimension: DimensionNumber | null } | null {
  let candidate = false;
  for (let c = 0; c < texts.length && !candidate; c++) candidate = texts[c] !== '' && !figureCols.has(c) && TOTAL_WORD.test(texts[c]);
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
  header: HeaderBlock,
  yearOf: (c: Column) => string,
  found: { kind: 'subtotal' | 'grand'; dimension: DimensionNumber | null },
  labelShift: number,
): TotalRow {
  const figures: TotalRow['figures'] = {};
  for (const c of header.columns.filter((x) => x.role === 'budget')) {
    let col = c.col;
    // A subtotal row shifted one column right (DOMAIN.md 2.1, dimension 2) carries its figures shifted too.
    if (labelShift > 0 && isBlank(row[col]) && !isBlank(row[col + labelShift])) col += labelShift;
    figures[yearOf(c)] = { amount: parseAmount(row[col]), col };
  }
  const quarterCounts: TotalRow['quarterCounts'] = [null, null, null, null];
  for (const c of header.columns.filter((x) => x.role === 'quarter')) {
    const text = cellText(row[c.col]);
    if (text === '') continue;
    const a = parseAmount(row[c.col]);
    quarterCounts[(c.quarter ?? 1) - 1] = { value: a.kind === 'amount' ? a.value : null, text, col: c.col };
  }
  return { kind: found.kind, row: r, dimension: found.dimension, figures, quarterCounts };
}

/**
 * Reads the plan table in `grid`. Never throws on content: whatever it cannot understand becomes a
 * finding with its cell.
 */
export function readPlan(grid: Grid, options: ReadOptions = {}): PlanReading {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const ctx: Context = { grid, settings, catalogue, findings: [] };
  const findings = ctx.findings;

  let firstHeader = -1;
  for (let r = 0; r < grid.length; r++) {
    if (isHeaderStart(grid[r] ?? [])) {
      firstHeader = r;
      break;
    }
  }
  const isHeading = (text: string) => HEADING_DIMENSION.test(text) || HEADING_MISSION.test(text);
  const title = readTitle(grid, firstHeader < 0 ? Math.min(grid.length, 10) : firstHeader, isHeading);
  const empty: PlanReading = {
    layout: settings.planKind,
    title,
    years: [],
    yearSource: 'unknown',
    headers: [],
    projects: [],
    totals: [],
    textCells: [],
    findings,
  };
  if (firstHeader < 0) {
    findings.push(createFinding('NO_PLAN_TABLE', 0, 0, {}));
    return empty;
  }

  const headers: HeaderBlock[] = [];
  const projects: ReadProject[] = [];
  const totals: TotalRow[] = [];
  const textCells: PlanReading['textCells'] = [];
  for (let i = 0; i < title.lines.length; i++) textCells.push({ row: title.rows[i], col: firstCol(grid[title.rows[i]]), text: title.lines[i] });

  // The fiscal year of a budget column without one in its header (annual plans).
  let annualYear: number | null = null;
  let yearSource: PlanReading['yearSource'] = 'header';
  if (title.years && title.years.from === title.years.to) {
    annualYear = title.years.from;
  } else if (settings.annualYear) {
    annualYear = settings.annualYear;
  } else if (settings.fiscalYears.from === settings.fiscalYears.to) {
    annualYear = settings.fiscalYears.from;
  }
  let unknownYearReported = false;
  const yearOf = (c: Column): string => {
    if (c.year) return String(c.year);
    if (annualYear) return String(annualYear);
    return 'unknown';
  };

  let header = readHeader(grid, firstHeader);
  let index = indexColumns(header);
  headers.push(header);
  const reportHeader = (h: HeaderBlock) => {
    for (const u of h.unknown) findings.push(createFinding('COLUMN_NOT_UNDERSTOOD', u.row, u.col, { text: u.text }));
    for (const c of h.columns) {
      if (c.role !== 'budget') continue;
      if (c.year === null || c.year === undefined) {
        if (annualYear) {
          yearSource = title.years && title.years.from === annualYear ? 'title' : 'settings';
        } else if (!unknownYearReported) {
          unknownYearReported = true;
          yearSource = 'unknown';
          findings.push(createFinding('FISCAL_YEAR_UNKNOWN', h.rows[h.rows.length - 1], c.col, {}));
        }
      }
    }
    if (!h.columns.some((c) => c.role === 'budget')) {
      findings.push(createFinding('BUDGET_COLUMNS_MISSING', h.rows[0], h.columns.find((c) => c.role === 'project')!.col, {}));
    }
  };
  reportHeader(header);

  let currentDimension: { value: DimensionNumber; added: boolean } | null = null;
  let currentMission: string = '';
  // Headings above the first table (003: "มิติ ๑ …", "ภารกิจตามมิติ 1.1 …") apply to it.
  for (let r = 0; r < firstHeader; r++) {
    const text = (grid[r] ?? []).map(cellText).filter((t) => t !== '').join(' ');
    if (HEADING_MISSION.test(text)) currentMission = text;
    else if (HEADING_DIMENSION.test(text)) {
      const d = parseDimension(text, catalogue);
      if (d.kind === 'dimension') currentDimension = { value: d.dimension, added: d.added };
      currentMission = '';
    }
  }
  let inLegend = false;
  let lastProject: ReadProject | null = null;
  const idCount = new Map<string, number>();

  // The mission's wording and catalogue match, recomputed only when the mission cell changes.
  let missionSource = '';
  let mission = '';
  let missionMatch: ReturnType<typeof matchMission> = null;
  // Tables that repeat the sub-mission on every row write a few wordings many times.
  const missions = new Map<string, { text: string; match: ReturnType<typeof matchMission> }>();
  // Reused for every row: only the strings in them outlive the row.
  const texts: string[] = [];
  const nonEmpty: number[] = [];
  for (let r = header.rows[header.rows.length - 1] + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    texts.length = row.length;
    nonEmpty.length = 0;
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      texts[c] = t;
      if (t !== '') nonEmpty.push(c);
    }
    if (nonEmpty.length === 0) continue;
    const first = texts[nonEmpty[0]];

    if (nonEmpty.every((c) => SEPARATOR.test(texts[c]))) continue;
    if (isHeaderStart(row)) {
      const next = readHeader(grid, r);
      if (next.signature !== header.signature) {
        header = next;
        index = indexColumns(next);
        headers.push(next);
        reportHeader(next);
      }
      inLegend = false;
      r = next.rows[next.rows.length - 1];
      continue;
    }
    if (FOOTER.test(first)) continue;
    if (LEGEND_START.test(first)) {
      inLegend = true;
      continue;
    }

    const col = index.single;
    const projectCol = col.project!;
    const nameText = texts[projectCol] ?? '';
    const budgetCols = index.budget;
    const quarterCols = index.quarter;
    const hasFigures = budgetCols.some((c) => texts[c.col] !== '' && texts[c.col] !== undefined) || quarterCols.some((c) => row[c.col] === true);

    const total = totalRowOf(texts, index.figureCols);
    if (total && !(nameText !== '' && !/รวม/.test(nameText))) {
      const dimCol = col.dimension ?? 0;
      const labelCol = nonEmpty[0];
      totals.push(readTotalRow(row, r, header, yearOf, total, Math.max(0, labelCol - dimCol)));
      continue;
    }

    const onlyLabel = nonEmpty.length <= 2 && !hasFigures;
    if (onlyLabel && HEADING_DIMENSION.test(first)) {
      if (!inLegend) {
        const d = parseDimension(first, catalogue);
        if (d.kind === 'dimension') {
          currentDimension = { value: d.dimension, added: d.added };
          currentMission = '';
        }
      }
      continue;
    }
    if (inLegend) continue;
    if (onlyLabel && HEADING_MISSION.test(first)) {
      currentMission = first;
      continue;
    }
    if (onlyLabel && TITLE_REPEAT.test(first)) continue;

    const dimCol = col.dimension;
    const missionCol = col.mission;
    const noCol = col.no;
    const identifying =
      (dimCol !== undefined && texts[dimCol] !== '') || (missionCol !== undefined && texts[missionCol] !== '') || (noCol !== undefined && texts[noCol] !== '');
    const rawName = typeof row[projectCol] === 'string' ? (row[projectCol] as string).trimStart() : '';
    const continues = !identifying && lastProject !== null && (nameText === '' || /^<p>/i.test(rawName));
    if (continues && !budgetCols.some((c) => parseAmount(row[c.col]).kind === 'amount')) {
      // A row split by a page break (003): its text belongs to the project above.
      const leftOver = continueProject(lastProject!, header, texts);
      if (leftOver !== null) findings.push(createFinding('ROW_NOT_UNDERSTOOD', r, leftOver, { text: texts[leftOver] }));
      continue;
    }
    if (nameText === '' && !identifying && !hasFigures) {
      findings.push(createFinding('ROW_NOT_UNDERSTOOD', r, nonEmpty[0], { text: first }));
      continue;
    }

    // A project row.
    let dimensionWritten = false;
    let dimension: DimensionNumber | null = currentDimension?.value ?? null;
    let added = currentDimension?.added ?? false;
    if (dimCol !== undefined && texts[dimCol] !== '') {
      dimensionWritten = true;
      const d = parseDimension(row[dimCol], catalogue);
      if (d.kind === 'dimension') {
        if (!currentDimension || currentDimension.value !== d.dimension) currentMission = '';
        dimension = d.dimension;
        added = d.added;
        currentDimension = { value: d.dimension, added: false };
        if (d.nameProblem === 'old-name') findings.push(createFinding('DIMENSION_OLD_NAME', r, dimCol, { text: texts[dimCol], dimension: d.dimension }));
        if (d.nameProblem === 'other-dimension') findings.push(createFinding('DIMENSION_NAME_MISMATCH', r, dimCol, { text: texts[dimCol], dimension: d.dimension }));
      } else {
        dimension = null;
        findings.push(createFinding('DIMENSION_INVALID', r, dimCol, { text: texts[dimCol] }));
      }
    } else if (dimension === null) {
      findings.push(createFinding('DIMENSION_MISSING', r, dimCol ?? projectCol, {}));
    }
    if (missionCol !== undefined && texts[missionCol] !== '') currentMission = texts[missionCol];

    // Cell text is already clean (cellText).
    let name = nameText;
    let no = noCol !== undefined ? parseOrderNumber(row[noCol]) : null;
    const numbering = NAME_NUMBERING.exec(name);
    if (numbering) {
      name = name.slice(numbering[0].length).trim();
      if (no === null) no = Number(toArabicDigits(numbering[1]));
    }
    if (name === '') findings.push(createFinding('PROJECT_NAME_MISSING', r, projectCol, {}));

    const budgets: Record<string, number | null> = {};
    const budget: BudgetCell[] = [];
    for (const c of budgetCols) {
      const cell: BudgetCell = { year: yearOf(c), col: c.col, amount: parseAmount(row[c.col]), text: texts[c.col] ?? '' };
      budget.push(cell);
      setBudget(budgets, cell);
    }
    const quarters: [boolean, boolean, boolean, boolean] = [false, false, false, false];
    for (const c of quarterCols) {
      const t = parseTick(row[c.col]);
      if (t.kind === 'tick') quarters[(c.quarter ?? 1) - 1] = t.ticked;
      else findings.push(createFinding('TICK_INVALID', r, c.col, { text: t.text, quarter: c.quarter ?? 1 }));
    }

    if (currentMission !== missionSource) {
      missionSource = currentMission;
      let known = missions.get(currentMission);
      if (!known) {
        const text = currentMission ? missionText(currentMission) : '';
        known = { text, match: text ? matchMission(text, catalogue) : null };
        missions.set(currentMission, known);
      }
      mission = known.text;
      missionMatch = known.match;
    }
    const idCol = col.id;
    const key = nameKey(name);
    const hash = fnv1a(`${dimension ?? 0}|${key}`);
    const seen = idCount.get(hash) ?? 0;
    idCount.set(hash, seen + 1);
    const id = idCol !== undefined && texts[idCol] !== '' ? texts[idCol] : `p${hash}${seen ? `-${seen + 1}` : ''}`;

    const extra: ReadProject['extra'] = {};
    for (const c of index.extra) if (texts[c.col]) extra[c.role as keyof ReadProject['extra']] = texts[c.col];
    const addedCol = col.added;
    if (addedCol !== undefined && texts[addedCol] !== '') {
      const t = parseTick(row[addedCol]);
      if (t.kind === 'tick') added = added || t.ticked;
      else added = added || /^\*|เพิ่ม/.test(texts[addedCol]);
    }
    const kindCol = col.kind;
    const writtenKind = kindCol !== undefined ? kindOf(texts[kindCol]) : null;

    const cols: ProjectSource['cols'] = { project: projectCol };
    if (noCol !== undefined) cols.no = noCol;
    if (dimCol !== undefined) cols.dimension = dimCol;
    if (missionCol !== undefined) cols.mission = missionCol;
    if (col.responsible !== undefined) cols.responsible = col.responsible;
    if (col.remark !== undefined) cols.remark = col.remark;
    const project: ReadProject = {
      id,
      row: r + 1,
      no,
      sequence: projects.length + 1,
      dimension,
      added,
      missionId: missionMatch ? missionMatch.id : null,
      mission,
      kind: writtenKind ?? kindOf(name),
      name,
      budgets,
      quarters,
      responsible: col.responsible !== undefined ? (texts[col.responsible] ?? '') : '',
      remark: col.remark !== undefined ? (texts[col.remark] ?? '') : '',
      extra,
      source: {
        row: r,
        cols,
        budget,
        quarterCols: quarterCols.map((c) => c.col),
        dimensionWritten,
        nameKey: key,
      },
    };
    projects.push(project);
    lastProject = project;
    for (const c of nonEmpty) {
      if (typeof row[c] === 'string' && !index.figureCols.has(c)) {
        textCells.push({ row: r, col: c, text: texts[c] });
      }
    }
  }

  const years = new Set<number>();
  for (const h of headers) for (const c of h.columns) if (c.role === 'budget' && yearOf(c) !== 'unknown') years.add(Number(yearOf(c)));
  const budgetColumnCount = Math.max(...headers.map((h) => h.columns.filter((c) => c.role === 'budget').length));
  const hasQuarters = headers.some((h) => h.columns.some((c) => c.role === 'quarter'));
  const layout: LayoutKind = budgetColumnCount >= 2 && !hasQuarters ? 'five-year' : budgetColumnCount >= 2 ? settings.planKind : 'annual';

  return {
    layout,
    title,
    years: [...years].sort((a, b) => a - b),
    yearSource: headers.some((h) => h.columns.some((c) => c.role === 'budget' && !c.year)) ? yearSource : 'header',
    headers,
    projects,
    totals,
    textCells,
    findings,
  };
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

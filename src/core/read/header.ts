/**
 * Finding the plan table in a grid: its title, its 1–3 header rows and what each column holds,
 * tolerant of the header variants of real plans (docs/domain.md#header-variants-to-accept): มิติ/มติ, Thai or Arabic digits,
 * "ปี ๒๕๖๖" over "งบประมาณ (บาท)", one budget column for an annual plan, "ดำเนินการไตรมาส"
 * spanning 1–4, words broken by wraps.
 */
import { cellText, type Cell, type Grid } from './cells';
import { findOrganisations } from './organisation';
import { compactKey } from './text';
import { toArabicDigits } from '../../shared/numbers';
import type { Round } from '../year/followUp';

export type ColumnRole =
  | 'no'
  | 'dimension'
  | 'mission'
  | 'project'
  | 'kind'
  | 'added'
  | 'budget'
  | 'quarter'
  | 'responsible'
  | 'remark'
  | 'target'
  | 'output'
  | 'outcome'
  | 'period'
  | 'id'
  | 'document'
  | 'documentStatus'
  // The follow-up of an annual plan (core/year/followUp.ts): the ordinance budget once, then per round.
  | 'ordinance'
  | 'followStatus'
  | 'followSpent'
  | 'followResult';

/** A round's follow-up cells, as their column roles. */
export type FollowField = 'status' | 'spent' | 'result';
export const FOLLOW_ROLES: Readonly<Record<FollowField, ColumnRole>> = {
  status: 'followStatus',
  spent: 'followSpent',
  result: 'followResult',
};

export interface Column {
  col: number;
  role: ColumnRole;
  /** BE fiscal year of a budget column; null when the header gives none (annual plans). */
  year?: number | null;
  quarter?: 1 | 2 | 3 | 4;
  /** The reporting round of a follow-up column (followStatus, followSpent, followResult). */
  round?: Round;
  /** Header texts from top to bottom, as written. */
  header: string;
  /** 0-based row of the header cell that gave the year (for findings). */
  yearRow?: number;
}

export interface HeaderBlock {
  /** 0-based rows of the header, top to bottom. */
  rows: number[];
  columns: Column[];
  /** Header cells that did not map to any role: 0-based row/col and text. */
  unknown: { row: number; col: number; text: string }[];
  /** Compact keys of the header rows, to recognise the same header repeated at a page break. */
  signature: string;
}

type Token =
  | { role: Exclude<ColumnRole, 'budget' | 'quarter' | 'followStatus' | 'followSpent' | 'followResult'> }
  | { role: 'budget'; year?: number }
  | { role: 'quarter'; quarter?: 1 | 2 | 3 | 4 }
  | { role: 'year'; year: number }
  | { role: 'number'; value: number }
  | { role: 'results' } // "ผลการดำเนินงาน", a parent of ผลผลิต/ผลลัพธ์
  | { role: 'quarter-months'; quarter: 1 | 2 | 3 | 4 }
  | { role: 'follow'; field: FollowField } // a round's cell, its round given by the group above
  | { role: 'round'; round: Round; field?: FollowField }; // "ผลการดำเนินงานรอบ ๖ เดือน" (a group, or one cell)

const PROJECT_HEADER = /^(รายการ|ชื่อ)?(โครงการ|กิจกรรม|มาตรการ)(\/?(โครงการ|กิจกรรม|มาตรการ))*(\(ตั้งต้น\))?$/;
const YEAR_ONLY = /^(ปี(งบประมาณ)?)?(พ\.?ศ\.?)?(2[45]\d\d)$/;
const QUARTER_MONTHS: [RegExp, 1 | 2 | 3 | 4][] = [
  [/^ต\.?ค\.?-ธ\.?ค\.?/, 1],
  [/^ม\.?ค\.?-มี\.?ค\.?/, 2],
  [/^เม\.?ย\.?-มิ\.?ย\.?/, 3],
  [/^ก\.?ค\.?-ก\.?ย\.?/, 4],
];

/**
 * งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท) and its variants (วงเงินตามข้อบัญญัติ, ตามเทศบัญญัติ ปี 2568 …),
 * brackets removed: the ordinance wording alone, so a remark citing "เทศบัญญัติ หน้า 45" is no header.
 */
const ORDINANCE =
  /^(งบ(ประมาณ)?)?(วงเงิน)?(ตาม)?(ข้อ|เทศ)บัญญัติ(\/?(ข้อ|เทศ)บัญญัติ)?(ปี(งบประมาณ)?)?(พ\.?ศ\.?)?(2[45]\d\d)?(บาท)?$/;
/** "รอบ ๖ เดือน", "รอบที่ 12 เดือน" inside a header (digits already Arabic, spaces removed). */
const ROUND = /\(?รอบ(ที่)?(6|12)(เดือน)?\)?/;
/** The words of a round's result column, which also head the round's group. */
const RESULT_WORDS = /^(รายงาน)?(ผล)?การดำเนิน(งาน|การ)(ตามแผน)?(ประจำปี(งบประมาณ)?)?(พ\.?ศ\.?)?(2[45]\d\d)?$/;

/** Which follow-up cell of a round a header names, or null. */
function followField(k: string): FollowField | null {
  if (/^สถานะ(การ)?(ดำเนิน(การ|งาน))?(โครงการ)?$/.test(k)) return 'status';
  if (/เบิกจ่าย|^งบ(ประมาณ)?ที่ใช้/.test(k)) return 'spent';
  if (k === 'ผลการดำเนินการ') return 'result';
  return null;
}

/** A header naming a round ("ผลการดำเนินงานรอบ ๖ เดือน", "สถานะ (รอบ 12 เดือน)"), or null. */
function roundToken(k: string): Token | null {
  const m = ROUND.exec(k);
  if (!m) return null;
  // The words before the round name the cell; after it may come the months "(ต.ค.67-มี.ค.68)".
  const before = k.slice(0, m.index);
  const rest = (before || k.slice(m.index + m[0].length).replace(/\(.*?\)/g, '')).replace(/[()]/g, '');
  const round = Number(m[2]) as Round;
  if (rest === '' || RESULT_WORDS.test(rest)) return { role: 'round', round };
  const field = followField(rest);
  return field ? { role: 'round', round, field } : null;
}

/** What a single header cell says on its own. */
export function headerToken(text: string): Token | null {
  const k = toArabicDigits(compactKey(text)).replace(/[:：]$/, '');
  if (k === '') return null;
  // Before the budget and results words, which these headers contain.
  if (/บัญญัติ/.test(k) && ORDINANCE.test(k.replace(/[()]/g, ''))) return { role: 'ordinance' };
  if (/รอบ/.test(k)) {
    const round = roundToken(k);
    if (round) return round;
  }
  const field = followField(k);
  if (field) return { role: 'follow', field };
  if (/^(ลำดับ(ที่)?|ที่|no\.?)$/.test(k)) return { role: 'no' };
  if (/^(มิติ|มติ)(ที่)?$/.test(k)) return { role: 'dimension' };
  if (/^(ภารกิจ|การกิจ)(ตาม(มิติ|มติ))?$/.test(k)) return { role: 'mission' };
  if (PROJECT_HEADER.test(k)) return { role: 'project' };
  if (/^(ประเภท|ลักษณะ)(โครงการ)?$/.test(k)) return { role: 'kind' };
  if (/^(\*|โครงการเพิ่มเติม|เพิ่มเติม(โดยอปท\.?)?|เพิ่มโดย.*)$/.test(k)) return { role: 'added' };
  if (/^(รหัส(โครงการ)?|saisaatid|id)$/.test(k)) return { role: 'id' };
  if (/^เอกสาร(รายละเอียด)?(โครงการ)?$/.test(k)) return { role: 'document' };
  if (/^สถานะเอกสาร$/.test(k)) return { role: 'documentStatus' };
  if (/^(ผู้|หน่วยงาน(ที่)?)รับผิดชอบ/.test(k)) return { role: 'responsible' };
  if (/^หมายเหตุ$/.test(k)) return { role: 'remark' };
  if (/^(กลุ่ม)?เป้าหมาย$/.test(k)) return { role: 'target' };
  if (/^ผลผลิต$/.test(k)) return { role: 'output' };
  if (/^ผลลัพธ์$/.test(k)) return { role: 'outcome' };
  if (/^ผล(การดำเนินงาน|ที่คาดว่าจะได้รับ)$/.test(k)) return { role: 'results' };
  if (/^ระยะเวลา(ดำเนินการ|ในการดำเนินการ)?$/.test(k)) return { role: 'period' };
  const yearOnly = YEAR_ONLY.exec(k);
  if (yearOnly) return { role: 'year', year: Number(yearOnly[4]) };
  if (/ไตรมาส/.test(k)) {
    const q = /ไตรมาส(ที่)?([1-4])$/.exec(k);
    return q ? { role: 'quarter', quarter: Number(q[2]) as 1 | 2 | 3 | 4 } : { role: 'quarter' };
  }
  for (const [re, quarter] of QUARTER_MONTHS) if (re.test(k)) return { role: 'quarter-months', quarter };
  if (/งบประมาณ|^\(?บาท\)?$/.test(k)) {
    const y = /(2[45]\d\d)/.exec(k);
    return y ? { role: 'budget', year: Number(y[1]) } : { role: 'budget' };
  }
  if (/^[1-4]$/.test(k)) return { role: 'number', value: Number(k) };
  return null;
}

function rowTokens(row: ReadonlyArray<Cell>): (Token | null)[] {
  return row.map((c) =>
    typeof c === 'string' ? headerToken(c) : typeof c === 'number' ? headerToken(String(c)) : null,
  );
}

const PROJECT_WORD = /โครงการ|กิจกรรม|มาตรการ/;

/** A row that starts a header: a project column and at least one other known column header. */
export function isHeaderStart(row: ReadonlyArray<Cell>): boolean {
  // This runs on every row: look for the project header before reading any other cell.
  const hasProjectHeader = row.some(
    (c) => typeof c === 'string' && c.length < 40 && PROJECT_WORD.test(c) && headerToken(c)?.role === 'project',
  );
  if (!hasProjectHeader) return false;
  let others = 0;
  for (const t of rowTokens(row)) if (t && t.role !== 'project' && t.role !== 'number') others++;
  return others >= 1;
}

/**
 * A row that continues a header: mostly header words, years or quarter numbers. A short unknown
 * word among them (a column the office added) does not end the header; a project name does.
 */
function isHeaderContinuation(row: ReadonlyArray<Cell>): boolean {
  let known = 0;
  let unknown = 0;
  for (const c of row) {
    const text = cellText(c);
    if (text === '') continue;
    const t = headerToken(text);
    if (t?.role === 'project') return false;
    if (t) known++;
    else if (text.length > 25 || /^[\d,.\s-]+$/.test(text)) return false;
    else unknown++;
  }
  return known > 0 && known >= unknown;
}

/**
 * Reads the header starting at `start`: up to 3 rows. A header cell spanning columns (merged, so
 * only its first cell has text) is carried right over the columns that have sub-headers below it.
 */
export function readHeader(grid: Grid, start: number): HeaderBlock {
  const rows = [start];
  for (let r = start + 1; r < grid.length && rows.length < 3; r++) {
    if (!isHeaderContinuation(grid[r] ?? [])) break;
    rows.push(r);
  }
  const width = Math.max(...rows.map((r) => (grid[r] ?? []).length));
  const own: string[][] = rows.map((r) => Array.from({ length: width }, (_, c) => cellText((grid[r] ?? [])[c])));
  const eff = carrySpans(own);
  const columns: Column[] = [];
  const unknown: HeaderBlock['unknown'] = [];
  for (let c = 0; c < width; c++) {
    const path = eff.map((line) => line[c]);
    if (path.every((t) => t === '')) continue;
    const column = readColumn(c, path, rows);
    if (column) columns.push(column);
    else
      path.forEach((t, i) => {
        if (t !== '' && own[i][c] !== '') unknown.push({ row: rows[i], col: c, text: t });
      });
  }
  if (!columns.some((c) => c.role === 'project')) keepProjectColumn(columns, own[0]);
  // A quarter group whose numbers are missing gets 1–4 in column order.
  const quarterCols = columns.filter((c) => c.role === 'quarter');
  if (quarterCols.length === 4 && quarterCols.some((c) => !c.quarter)) {
    quarterCols.forEach((c, i) => (c.quarter = (i + 1) as 1 | 2 | 3 | 4));
  }
  const finalColumns = columns.filter((c) => c.role !== 'quarter' || c.quarter);
  const signature = rows.map((r) => (grid[r] ?? []).map((c) => compactKey(cellText(c))).join('|')).join('§');
  return { rows, columns: finalColumns, unknown, signature };
}

/**
 * The project column isHeaderStart found in the header's first row stays the project column when a
 * damaged row below it would make it another (a budget sub-header shifted one cell to the left):
 * every reader of a table relies on its header having one.
 */
function keepProjectColumn(columns: Column[], first: string[]): void {
  const col = first.findIndex((t) => t !== '' && headerToken(t)?.role === 'project');
  if (col < 0) return;
  const column: Column = { col, role: 'project', header: first[col] };
  const at = columns.findIndex((c) => c.col >= col);
  if (at < 0) columns.push(column);
  else columns.splice(at, columns[at].col === col ? 1 : 0, column);
}

/** Effective text per header row and column: a merged cell's text carried right over its span. */
function carrySpans(own: string[][]): string[][] {
  const eff: string[][] = own.map((line) => line.slice());
  const origin: number[][] = own.map((line) => line.map((_, c) => c));
  for (let i = 0; i < own.length; i++) {
    for (let c = 1; c < own[i].length; c++) {
      if (own[i][c] !== '' || eff[i][c - 1] === '') continue;
      const hasChildBelow = own.slice(i + 1).some((line) => line[c] !== '');
      const sameParent = i === 0 || origin[i - 1][c] === origin[i - 1][c - 1];
      if (hasChildBelow && sameParent) {
        eff[i][c] = eff[i][c - 1];
        origin[i][c] = origin[i][c - 1];
      }
    }
  }
  return eff;
}

/** Column `c` from its header texts top to bottom (`path`), or null when no header says what it holds. */
function readColumn(c: number, path: string[], rows: number[]): Column | null {
  const tokens = path.map((t) => (t === '' ? null : headerToken(t)));
  const found = columnRole(tokens);
  if (!found) return null;
  const header = path.filter((t, i) => t !== '' && (i === 0 || t !== path[i - 1])).join(' / ');
  const column: Column = { col: c, role: found.role, header };
  if (found.role === 'budget') {
    // The lowest header giving a year gives the budget's year.
    let yearRow: number | undefined;
    column.year = null;
    tokens.forEach((t, i) => {
      if (t && (t.role === 'year' || (t.role === 'budget' && t.year))) {
        column.year = t.year ?? null;
        yearRow = rows[i];
      }
    });
    if (yearRow !== undefined) column.yearRow = yearRow;
  }
  if (found.role === 'quarter' && found.quarter) column.quarter = found.quarter;
  if (found.round) column.round = found.round;
  return column;
}

/** The deepest meaningful header decides a column's role; bare numbers and years defer to what is above them. */
function columnRole(tokens: (Token | null)[]): { role: ColumnRole; quarter?: 1 | 2 | 3 | 4; round?: Round } | null {
  const underQuarter = tokens.some((t) => t?.role === 'quarter');
  // A round's cells take their round from the group above them; without one they are not read.
  const round = tokens.reduce<Round | undefined>((r, t) => (t?.role === 'round' ? t.round : r), undefined);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) continue;
    switch (t.role) {
      case 'round':
        return { role: FOLLOW_ROLES[t.field ?? 'result'], round: t.round };
      case 'follow':
        if (round) return { role: FOLLOW_ROLES[t.field], round };
        break;
      case 'number':
        if (underQuarter) return { role: 'quarter', quarter: t.value as 1 | 2 | 3 | 4 };
        break;
      case 'quarter-months':
        return { role: 'quarter', quarter: t.quarter };
      case 'quarter':
        if (t.quarter) return { role: 'quarter', quarter: t.quarter };
        break;
      case 'year':
        if (i === tokens.length - 1 || tokens.slice(i + 1).every((x) => !x)) return { role: 'budget' };
        break;
      case 'results':
        // "ผลการดำเนินงาน" under a round is the round's result; elsewhere the parent of ผลผลิต/ผลลัพธ์.
        if (round) return { role: 'followResult', round };
        break;
      default:
        return { role: t.role };
    }
  }
  return null;
}

export interface TitleInfo {
  lines: string[];
  rows: number[];
  years?: { from: number; to: number };
  organisation?: string;
}

/**
 * Title lines above the header: years ("(พ.ศ. ๒๕๖๖-๒๕๗๐)", "พ.ศ. 2567") and organisation.
 * Rows for which `skip` is true (dimension or mission headings) are not part of the title.
 */
export function readTitle(grid: Grid, headerStart: number, skip: (text: string) => boolean = () => false): TitleInfo {
  const lines: string[] = [];
  const rows: number[] = [];
  for (let r = 0; r < headerStart; r++) {
    const text = (grid[r] ?? [])
      .map(cellText)
      .filter((t) => t !== '')
      .join(' ');
    if (text !== '' && !skip(text)) {
      lines.push(text);
      rows.push(r);
    }
  }
  const info: TitleInfo = { lines, rows };
  const joined = toArabicDigits(lines.join(' '));
  const range = /(2[45]\d\d)\s*(?:-|–|—|ถึง)\s*(?:พ\.?\s*ศ\.?\s*)?(2[45]\d\d)/.exec(joined);
  const single = /พ\.?\s*ศ\.?\s*(2[45]\d\d)|ปีงบประมาณ\s*(2[45]\d\d)/.exec(joined);
  if (range) info.years = { from: Number(range[1]), to: Number(range[2]) };
  else if (single) {
    const y = Number(single[1] ?? single[2]);
    info.years = { from: y, to: y };
  }
  const org = findOrganisations(lines.join(' '))[0];
  if (org) info.organisation = org.name;
  return info;
}

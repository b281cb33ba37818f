/**
 * The สรุปผลการดำเนินงาน sheet of one round, as live formulas over the plan sheet's follow-up
 * columns: per dimension (and ไม่ระบุมิติ, รวมทั้งสิ้น) the budget in the plan, in the ordinance,
 * spent, ร้อยละ spent of plan, the projects, and the projects by status with รอรายงานผล. Rows are
 * chosen as the สรุป sheet chooses them (totalFormulas.ts: REGEXMATCH on the dimension cell, or the
 * dimension's row runs), with SUMPRODUCT over booleans rather than COUNTIFS: COUNTIFS wildcards
 * cannot say "มิติที่ ๑ …", "1" and "๑" at once. The report's counting rule holds: a status counts
 * when the cell is one of the forms the reader accepts (core/year/status.ts, the same patterns),
 * a reason may follow; at 12 months a project finished at 6 months whose round-12 status is blank
 * counts as finished, with its round-6 spending when round 12 has none; any other blank or unknown
 * status is รอรายงานผล. A typo the report still reads (an edit or two from a label) is รอรายงานผล
 * here: the check's FOLLOWUP_STATUS_UNKNOWN finding asks for the cell to be corrected.
 */
import { dimensionLabel, type Catalogue } from '../data/catalogue';
import { columnLetters } from '../read/cells';
import { formatThaiDate } from '../thai/dates';
import { toThaiDigits } from '../../shared/numbers';
import { colRange, dimensionPattern, sheetRef, type TotalsPlan } from './totalFormulas';
import { UNASSIGNED_LABEL } from './totals';
import { ROUNDS, STATUS_LABELS, type Round, type StatusKey } from '../year/followUp';
import { STATUS_IGNORED_RE2, statusCellPattern } from '../year/status';
import type { FollowUpCols } from '../read/columnIndex';

export const FOLLOW_UP_SUMMARY_SHEET_NAME = 'สรุปผลการดำเนินงาน';

type Source = TotalsPlan['source'];

/** The status columns in the order the table shows them. */
const STATUS_ORDER: StatusKey[] = ['finished', 'inProgress', 'notStarted', 'notPossible'];

/** "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)" of fiscal year `year` (BE). */
function roundPeriodText(year: number, round: Round): string {
  const from = formatThaiDate({ year: year - 544, month: 10, day: 1 });
  const to = formatThaiDate(
    round === 6 ? { year: year - 543, month: 3, day: 31 } : { year: year - 543, month: 9, day: 30 },
  );
  return `รอบ ${toThaiDigits(String(round))} เดือน (${from} – ${to})`;
}

/** 1-based columns the formulas read. */
export interface FollowUpSource {
  planned: number | null;
  ordinance: number | null;
  rounds: Partial<Record<Round, { status: number; spent: number | null }>>;
}

/**
 * The plan's budget column for the year and the follow-up columns the reader found (0-based, from
 * indexColumns), 1-based; null when the round has no status column.
 */
export function followUpSource(plan: TotalsPlan, cols: FollowUpCols | null, round: Round): FollowUpSource | null {
  if (cols?.rounds[round]?.status === undefined) return null;
  const rounds: FollowUpSource['rounds'] = {};
  for (const r of ROUNDS) {
    const rc = cols.rounds[r];
    if (rc?.status !== undefined)
      rounds[r] = { status: rc.status + 1, spent: rc.spent === undefined ? null : rc.spent + 1 };
  }
  const ordinance = cols.ordinance === undefined ? null : cols.ordinance + 1;
  return { planned: plan.source.budgetCols[0]?.col ?? null, ordinance, rounds };
}

/** Rows a figure sums over: ranges, each with the dimension to match on it (when selected by pattern). */
type Part = { from: number; to: number; dimension: number | null };

function partsOf(src: Source, d: number | null): Part[] {
  if (d === null) return src.projectRuns.map(([from, to]) => ({ from, to, dimension: null }));
  const sel = src.selectors[d - 1];
  if (sel.kind === 'pattern') return [{ from: src.firstRow, to: src.lastRow, dimension: d }];
  if (sel.kind === 'runs') return sel.runs.map(([from, to]) => ({ from, to, dimension: null }));
  return [];
}

/** A cell's share of a figure, as an expression over a part's column ranges (`r(col)`). */
type Term = (r: (col: number) => string) => string;

/** Σ over the parts' project rows (a name written) of `term`. */
function sumOf(src: Source, parts: Part[], ref: string, term: Term): string {
  if (parts.length === 0) return '0';
  return parts
    .map((p) => {
      const r = (col: number) => colRange(col, p.from, p.to, ref);
      const factors = [`(LEN(${r(src.nameCol)})>0)`, term(r)];
      if (p.dimension !== null)
        factors.unshift(`REGEXMATCH(TO_TEXT(${r(src.dimCol!)}),"${dimensionPattern(p.dimension)}")`);
      return `SUMPRODUCT(${factors.join('*')})`;
    })
    .join('+');
}

/** A status cell's text without the characters a status is matched without. */
const statusText = (range: string) => `REGEXREPLACE(TO_TEXT(${range}),"${STATUS_IGNORED_RE2}","")`;
const is = (range: string, key: StatusKey) => `REGEXMATCH(${statusText(range)},"${statusCellPattern(key)}")`;
const blank = (range: string) => `(LEN(${statusText(range)})=0)`;
const amount = (range: string) => `IF(ISNUMBER(${range}),${range},0)`;

/** The terms of one round: each status's count, and the spending. */
function roundTerms(fu: FollowUpSource, round: Round): { status: (key: StatusKey) => Term; spent: Term } {
  const now = fu.rounds[round]!;
  const before = round === 12 ? fu.rounds[6] : undefined;
  // Finished at 6 months and not reported at 12: carried into round 12.
  const carried: Term | null = before ? (r) => `${blank(r(now.status))}*${is(r(before.status), 'finished')}` : null;
  return {
    status: (key) => (r) =>
      key === 'finished' && carried ? `(${is(r(now.status), key)}+${carried(r)})` : is(r(now.status), key),
    spent: (r) => {
      if (now.spent === null) return '0';
      if (!carried || !before?.spent) return amount(r(now.spent));
      const spent = r(now.spent);
      return `IF(ISNUMBER(${spent}),${spent},${carried(r)}*${amount(r(before.spent))})`;
    },
  };
}

export interface FollowUpSummaryTable {
  /** Values and formulas for one setValues; every row has the same width. */
  rows: (string | number)[][];
  /** The header row and the four dimension rows, label and amount columns (1-based, inclusive): the chart's range. */
  chart: { firstRow: number; lastRow: number; firstCol: number; lastCol: number };
  /** The รวมทั้งสิ้น row (1-based). */
  totalRow: number;
}

const FOLLOW_UP_SUMMARY_HEADER = [
  'มิติ',
  'งบประมาณตามแผน (บาท)',
  'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)',
  'เบิกจ่ายจริง (บาท)',
  'ร้อยละการเบิกจ่าย',
  'จำนวนโครงการ',
  ...STATUS_ORDER.map((k) => STATUS_LABELS[k]),
  'รอรายงานผล',
];

/**
 * The sheet's rows for `round`: the title lines, a blank row, the header, the four dimensions,
 * ไม่ระบุมิติ (รวมทั้งสิ้น less them, so the lines always add up) and รวมทั้งสิ้น.
 */
export function followUpSummaryTable(
  plan: TotalsPlan,
  fu: FollowUpSource,
  round: Round,
  planSheetName: string,
  catalogue: Catalogue,
  title: string[],
): FollowUpSummaryTable {
  const src = plan.source;
  const ref = sheetRef(planSheetName);
  const terms = roundTerms(fu, round);
  const width = FOLLOW_UP_SUMMARY_HEADER.length;
  const rows: (string | number)[][] = title.map((t) => [t, ...Array<string>(width - 1).fill('')]);
  rows.push(Array<string>(width).fill(''));
  rows.push([...FOLLOW_UP_SUMMARY_HEADER]);
  const headerRow = rows.length;
  const first = headerRow + 1;
  const last = first + 3;
  const total = last + 2;
  const L = (i: number) => columnLetters(i);
  // Columns: A label, B planned, C ordinance, D spent, E ร้อยละ, F projects, G–J statuses, K รอรายงานผล.
  const percent = (r: number) => `=IF(B${r}>0,ROUND(D${r}/B${r}*100,2),"-")`;
  const figures = (d: number | null, r: number): (string | number)[] => {
    const parts = partsOf(src, d);
    const sum = (term: Term) => `=${sumOf(src, parts, ref, term)}`;
    const col = (c: number | null): Term => (c === null ? () => '0' : (rr) => amount(rr(c)));
    return [
      sum(col(fu.planned)),
      sum(col(fu.ordinance)),
      sum(terms.spent),
      percent(r),
      sum(() => '1'),
      ...STATUS_ORDER.map((k) => sum(terms.status(k))),
      `=F${r}-SUM(G${r}:J${r})`,
    ];
  };
  for (const d of [1, 2, 3, 4]) rows.push([dimensionLabel(catalogue, d), ...figures(d, rows.length + 1)]);
  const rest = (i: number) => `=ROUND(${L(i)}${total}-SUM(${L(i)}${first}:${L(i)}${last}),2)`;
  rows.push([
    UNASSIGNED_LABEL,
    rest(1),
    rest(2),
    rest(3),
    percent(last + 1),
    ...[5, 6, 7, 8, 9].map(rest),
    `=F${last + 1}-SUM(G${last + 1}:J${last + 1})`,
  ]);
  rows.push(['รวมทั้งสิ้น', ...figures(null, total)]);
  return { rows, chart: { firstRow: headerRow, lastRow: last, firstCol: 1, lastCol: 4 }, totalRow: total };
}

/** The sheet's title lines: the report's title with the round and its period, and the organisation. */
export function followUpSummaryTitle(year: number | null, round: Round, organisation: string): string[] {
  const plan = 'ผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต';
  const head =
    year === null
      ? `${plan} รอบ ${toThaiDigits(String(round))} เดือน`
      : `${plan} ประจำปีงบประมาณ พ.ศ. ${toThaiDigits(String(year))} ${roundPeriodText(year, round)}`;
  return [head, organisation].filter(Boolean);
}

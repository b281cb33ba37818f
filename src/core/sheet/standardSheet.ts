/**
 * The standard plan sheet SaiSaat creates, as data: title rows, a two-row frozen header,
 * ลำดับ | มิติ | ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | งบประมาณ per fiscal year | ไตรมาส ๑–๔ |
 * ผู้รับผิดชอบ | หมายเหตุ | รหัส, empty project rows, then a subtotal row per dimension and the
 * grand total. An annual plan has its follow-up columns after รหัส (the same place adding them to
 * an existing plan puts them, so both sheets look alike): งบประมาณตามข้อบัญญัติ/เทศบัญญัติ, then per
 * round สถานะ | เบิกจ่ายจริง | ผลการดำเนินงาน under a merged ผลการดำเนินงานรอบ … เดือน. The add-on
 * applies it with batched calls; the reader reads it back like any plan.
 */
import { dimensionLabel } from '../data/catalogue';
import type { Catalogue } from '../data/catalogue';
import { DEFAULT_FISCAL_YEARS, type PlanSettings } from '../../shared/settings';
import { toThaiDigits } from '../../shared/numbers';
import { ROUNDS, type Round } from '../year/followUp';

export type StandardColumnRole =
  'no' | 'dimension' | 'mission' | 'project' | 'budget' | 'quarter' | 'responsible' | 'remark' | 'id' | FollowUpRole;

/** The follow-up columns: the ordinance budget once, then a round's status, spending and result. */
export type FollowUpRole = 'ordinance' | 'status' | 'spent' | 'result';

export interface StandardColumn {
  role: StandardColumnRole;
  /** 0-based column. */
  col: number;
  width: number;
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  /** The round of a status, spent or result column. */
  round?: Round;
}

export interface StandardLayout {
  title: string[];
  /** Two header rows, as many cells as columns. */
  header: string[][];
  columns: StandardColumn[];
  /** 1-based rows. */
  titleRows: number;
  headerFirstRow: number;
  firstDataRow: number;
  /** Last project row; the row after it stays blank so rows inserted above it stay inside every formula's range. */
  lastDataRow: number;
  /** Subtotal rows (dimensions 1–4) and the grand total, from this 1-based row. */
  totalsFirstRow: number;
  /** The fiscal year the quarter ticks are for. */
  quarterYear: number;
  /** Header cells merged: 1-based row, column, rows, columns. */
  merges: [number, number, number, number][];
}

export const PLAN_SHEET_NAME = 'แผนปฏิบัติการ';
export const CATALOGUE_SHEET_NAME = 'รายการภารกิจ';
export const SUMMARY_SHEET_NAME = 'สรุป';
/** Project rows a new sheet starts with; users insert more inside the range. */
export const DEFAULT_DATA_ROWS = 40;

const thai = (n: number) => toThaiDigits(String(n));

/** The plan's title as the plan and สรุป sheets print it: one year is an annual plan's; no years, no range. */
export function planTitle(years: { from: number; to: number } | null): string {
  const title = 'แผนปฏิบัติการป้องกันการทุจริต';
  if (!years) return title;
  if (years.from === years.to) return `${title} ประจำปีงบประมาณ พ.ศ. ${thai(years.from)}`;
  return `${title} (พ.ศ. ${thai(years.from)} - ${thai(years.to)})`;
}

export function standardLayout(
  settings: PlanSettings,
  quarterYear: number,
  dataRows = DEFAULT_DATA_ROWS,
): StandardLayout {
  const years = budgetYears(settings);
  const { columns, header } = standardColumns(years, quarterYear, settings.planKind === 'annual');
  const title = [planTitle({ from: years[0], to: years[years.length - 1] }), organisationLine(settings)].filter(
    (t) => t !== '',
  );
  const titleRows = title.length;
  const headerFirstRow = titleRows + 2; // one blank row between title and header
  const firstDataRow = headerFirstRow + 2;
  const lastDataRow = firstDataRow + dataRows - 1;
  return {
    title,
    header,
    columns,
    titleRows,
    headerFirstRow,
    firstDataRow,
    lastDataRow,
    totalsFirstRow: lastDataRow + 2,
    quarterYear,
    merges: headerMerges(columns, headerFirstRow),
  };
}

/** The fiscal years with a budget column: an annual plan's year, or every year of the plan. */
function budgetYears(settings: PlanSettings): number[] {
  const { from, to } = settings.fiscalYears ?? DEFAULT_FISCAL_YEARS;
  if (settings.planKind === 'annual') return [settings.annualYear ?? from];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The columns in order, with their two header rows. */
function standardColumns(
  years: number[],
  quarterYear: number,
  followUp: boolean,
): Pick<StandardLayout, 'columns' | 'header'> {
  const columns: StandardColumn[] = [];
  const h1: string[] = [];
  const h2: string[] = [];
  const add = (c: Omit<StandardColumn, 'col'>, top: string, bottom: string) => {
    columns.push({ ...c, col: columns.length });
    h1.push(top);
    h2.push(bottom);
  };
  add({ role: 'no', width: 50 }, 'ลำดับ', '');
  add({ role: 'dimension', width: 170 }, 'มิติ', '');
  add({ role: 'mission', width: 220 }, 'ภารกิจตามมิติ', '');
  add({ role: 'project', width: 320 }, 'โครงการ/กิจกรรม/มาตรการ', '');
  for (const year of years) add({ role: 'budget', width: 110, year }, `ปี ${thai(year)}`, 'งบประมาณ (บาท)');
  for (const q of [1, 2, 3, 4] as const)
    add(
      { role: 'quarter', width: 60, quarter: q },
      q === 1 ? `ดำเนินการไตรมาส ปี ${thai(quarterYear)}` : '',
      `ไตรมาส ${thai(q)}`,
    );
  add({ role: 'responsible', width: 180 }, 'ผู้รับผิดชอบ', '');
  add({ role: 'remark', width: 150 }, 'หมายเหตุ', '');
  add({ role: 'id', width: 90 }, 'รหัส', '');
  if (followUp) {
    const block = followUpBlock(columns.length, 2);
    columns.push(...block.columns);
    h1.push(...block.header[0]);
    h2.push(...block.header[1]);
  }
  return { columns, header: [h1, h2] };
}

const ORDINANCE_HEADER = 'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)';
const ROUND_CELLS: { role: FollowUpRole; width: number; text: string }[] = [
  { role: 'status', width: 170, text: 'สถานะ' },
  { role: 'spent', width: 120, text: 'เบิกจ่ายจริง (บาท)' },
  { role: 'result', width: 280, text: 'ผลการดำเนินงาน' },
];

/** "ผลการดำเนินงานรอบ ๖ เดือน": the merged header over a round's columns. */
function roundHeader(round: Round): string {
  return `ผลการดำเนินงานรอบ ${thai(round)} เดือน`;
}

export interface FollowUpBlock {
  columns: StandardColumn[];
  /** One row per header row, as many cells as columns. */
  header: string[][];
  /** Merges relative to the block: 0-based header row and column in it, rows, columns. */
  merges: [number, number, number, number][];
}

/**
 * The follow-up columns from 0-based column `first`, for a header of `headerRows` rows: the
 * ordinance spans them all; a round's title spans its three columns in the top row over their
 * names in the bottom one (rows between are merged into the title). A one-row header has no room
 * for the title: each name carries its round instead ("สถานะ รอบ ๖ เดือน").
 */
export function followUpBlock(first: number, headerRows: number): FollowUpBlock {
  const columns: StandardColumn[] = [{ role: 'ordinance', col: first, width: 130 }];
  const header = Array.from({ length: headerRows }, (_, i) => [i === 0 ? ORDINANCE_HEADER : '']);
  const merges: FollowUpBlock['merges'] = headerRows > 1 ? [[0, 0, headerRows, 1]] : [];
  for (const round of ROUNDS) {
    const at = columns.length;
    for (const c of ROUND_CELLS) {
      columns.push({ role: c.role, col: first + columns.length, width: c.width, round });
      header.forEach((row, i) => {
        if (headerRows === 1) row.push(withRound(c.text, round));
        else if (i === 0) row.push(c === ROUND_CELLS[0] ? roundHeader(round) : '');
        else row.push(i === headerRows - 1 ? c.text : '');
      });
    }
    if (headerRows > 1) merges.push([0, at, headerRows - 1, ROUND_CELLS.length]);
  }
  return { columns, header, merges };
}

/** A round's column name in a one-row header: the round before the unit ("เบิกจ่ายจริง รอบ ๖ เดือน (บาท)"). */
function withRound(text: string, round: Round): string {
  const [name, unit] = text.split(' (');
  return `${name} รอบ ${thai(round)} เดือน${unit ? ` (${unit}` : ''}`;
}

/** The organisation's title line: its type word before its name, unless the name starts with it. */
function organisationLine(settings: PlanSettings): string {
  const { type, name } = settings.organisation;
  return [type && !name.startsWith(type) ? type : '', name].join('').trim();
}

/**
 * Every header cell spans both header rows, except budget and quarter columns; ดำเนินการไตรมาส spans
 * the four quarters; the follow-up block merges as followUpBlock says.
 */
function headerMerges(columns: StandardColumn[], headerFirstRow: number): StandardLayout['merges'] {
  const merges: StandardLayout['merges'] = [];
  for (const c of columns)
    if (!['budget', 'quarter', 'ordinance', 'status', 'spent', 'result'].includes(c.role))
      merges.push([headerFirstRow, c.col + 1, 2, 1]);
  const q1 = columns.find((c) => c.role === 'quarter')!;
  merges.push([headerFirstRow, q1.col + 1, 1, 4]);
  const ordinance = columns.find((c) => c.role === 'ordinance');
  if (ordinance)
    for (const [row, col, rows, cols] of followUpBlock(ordinance.col, 2).merges)
      merges.push([headerFirstRow + row, ordinance.col + col + 1, rows, cols]);
  return merges;
}

/** The dropdown values of the มิติ column: "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต", … */
export function dimensionChoices(catalogue: Catalogue): string[] {
  return [1, 2, 3, 4].map((d) => dimensionLabel(catalogue, d));
}

/** Rows of the editable catalogue sheet: มิติ | เลขที่ | ภารกิจตามมิติ. */
export function catalogueSheetRows(catalogue: Catalogue): (string | number)[][] {
  return [['มิติ', 'เลขที่', 'ภารกิจตามมิติ'], ...catalogue.missions.map((m) => [m.dimension, m.number, m.name])];
}

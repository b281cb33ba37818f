/**
 * Subtotal and grand-total rows of a plan table: told apart from project rows by their label
 * cells ("รวม", "มิติที่ ๑ รวม", "รวมทั้งสิ้น"), read with their figures for the checks.
 */
import type { DimensionNumber } from '../data/catalogue';
import { cellText, isBlank, parseAmount, type Cell } from './cells';
import type { ColumnIndex } from './columnIndex';
import type { BudgetYears } from './budgetYears';
import type { TotalRow } from './planReader';
import { compactKey } from './text';
import { toArabicDigits } from '../../shared/numbers';

const DIMENSION_REF = /^(มิติ|มติ)(ที่)?([1-4])$/;
const GRAND_LABEL = /^(รวม(ทั้งสิ้น|ทั้งหมด|ทุกมิติ|งบประมาณทั้งสิ้น)|ยอดรวม(ทั้งสิ้น)?|grandtotal)$/;
const TOTAL_WORD = /รวม|ยอด|total/i;

export type TotalKind = { kind: 'subtotal' | 'grand'; dimension: DimensionNumber | null };

/** Classifies a non-project row by its label cells: subtotal, grand total, or null. */
export function totalRowOf(texts: string[], figureCols: ReadonlySet<number>): TotalKind | null {
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

/** The figures of a total row: per year as written, and (grand totals of annual plans) quarter counts. */
export function readTotalRow(
  row: ReadonlyArray<Cell>,
  r: number,
  index: ColumnIndex,
  years: BudgetYears,
  found: TotalKind,
  labelShift: number,
): TotalRow {
  const figures: TotalRow['figures'] = {};
  for (const c of index.budget) {
    let col = c.col;
    // A subtotal row shifted one column right (docs/domain.md#five-year-table-seed-000, dimension 2) carries its figures shifted too.
    if (labelShift > 0 && isBlank(row[col]) && !isBlank(row[col + labelShift])) col += labelShift;
    figures[years.yearOf(c)] = { amount: parseAmount(row[col]), col };
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

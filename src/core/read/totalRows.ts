/**
 * Subtotal and grand-total rows of a plan table, told apart from project rows by the language of
 * their label cells, wherever in the row they stand and however they are split: "รวม",
 * "รวม ๙ โครงการ", "รวม | จำนวน ๙ โครงการ", "มิติที่ ๑ | รวม", "รวมมิติที่ ๑ (จำนวน ๘ โครงการ)",
 * "รวม ๔ มิติ", "รวมทั้งสิ้น", "ยอดรวม", "รวมงบประมาณทั้งสิ้น", in Thai or Arabic digits
 * (docs/domain.md#plan-table-layouts). Which projects a total covers follows from where it stands
 * (see TotalScope).
 */
import type { DimensionNumber } from '../data/catalogue';
import { cellText, isBlank, parseAmount, type Cell } from './cells';
import type { ColumnIndex } from './columnIndex';
import type { BudgetYears } from './budgetYears';
import type { TotalRow } from './planReader';
import { compactKey } from './text';
import { toArabicDigits } from '../../shared/numbers';

/** What a total row's label says: which total, and the project count written in it, if any. */
export interface TotalLabel {
  /** Labelled as the total of everything: ทั้งสิ้น, ทั้งหมด, ทุกมิติ, ๔ มิติ. */
  grand: boolean;
  /** The dimension the label names ("รวมมิติที่ ๑", "มิติที่ ๑ | รวม"). */
  dimension: DimensionNumber | null;
  /** "จำนวน ๙ โครงการ" and the cell it stands in (0-based column). */
  count: { value: number; col: number } | null;
}

// The words a total label is made of, tried in order at each position of a cell's compact key.
// Anything else in a label cell means the row is not a total ("รวมพลังต่อต้านการทุจริต" is a project).
const TOKENS: [kind: 'total' | 'grand' | 'dimension' | 'count' | 'filler', pattern: RegExp][] = [
  ['grand', /^(?:ทั้งสิ้น|ทั้งหมด|ทุกมิติ|(?:ทั้ง)?4มิติ)/],
  ['total', /^(?:ยอดรวม|รวม|grandtotal|total)/],
  ['dimension', /^(?:มิติ|มติ)(?:ที่)?([1-4])(?![0-9])/],
  ['count', /^(?:จำนวน)?(\d{1,5})(?:โครงการ|กิจกรรม|มาตรการ|รายการ)(?:\/(?:โครงการ|กิจกรรม|มาตรการ))*/],
  ['count', /^จำนวน(\d{1,5})$/],
  ['filler', /^(?:งบประมาณ|จำนวน|บาท|\d{1,5}$)/],
];
const PUNCTUATION = /[()（）[\]{}:：;,.\-–—*]/g;

type CellWords = { total: boolean; grand: boolean; dimension: DimensionNumber | null; count: number | null };

/** The total-label words of one cell, or null when the cell says anything else. */
function cellWords(text: string): CellWords | null {
  let rest = toArabicDigits(compactKey(text)).replace(PUNCTUATION, '');
  const words: CellWords = { total: false, grand: false, dimension: null, count: null };
  while (rest !== '') {
    const hit = TOKENS.find(([, re]) => re.test(rest));
    if (!hit) return null;
    const m = hit[1].exec(rest)!;
    if (hit[0] === 'total') words.total = true;
    else if (hit[0] === 'grand') words.grand = true;
    else if (hit[0] === 'dimension') words.dimension = Number(m[1]) as DimensionNumber;
    else if (hit[0] === 'count') words.count = Number(m[1]);
    rest = rest.slice(m[0].length);
  }
  return words;
}

const dimensionWords = (dimension: DimensionNumber | null): CellWords | null =>
  dimension === null ? null : { total: false, grand: false, dimension, count: null };

/**
 * Reads a row's label cells (its non-figure texts, `texts` indexed by column) as a total label;
 * null when the row is not a total row. `skip` are columns whose text never decides (remarks); a
 * cell that names a dimension (`dimensionOf`, "๑. สร้าง วัฒนธรรม สุจริต") gives the label its dimension.
 */
export function totalLabelOf(
  texts: readonly string[],
  nonEmpty: readonly number[],
  figureCols: ReadonlySet<number>,
  skip: ReadonlySet<number>,
  dimensionOf: (text: string) => DimensionNumber | null,
): TotalLabel | null {
  // Cheap test first: this runs on every row.
  if (!nonEmpty.some((c) => !figureCols.has(c) && /รวม|total/i.test(texts[c]))) return null;
  const label: TotalLabel = { grand: false, dimension: null, count: null };
  let total = false;
  for (const c of nonEmpty) {
    if (figureCols.has(c) || skip.has(c)) continue;
    const words = cellWords(texts[c]) ?? dimensionWords(dimensionOf(texts[c]));
    if (!words) return null;
    total ||= words.total;
    label.grand ||= words.grand;
    label.dimension ??= words.dimension;
    if (words.count !== null && !label.count) label.count = { value: words.count, col: c };
  }
  return total ? label : null;
}

/**
 * What a total row covers, from where it stands: a total right after projects covers those since
 * the previous total (a dimension's block); one labelled ทั้งสิ้น, or standing right after another
 * total, covers every project above it; one labelled with a dimension covers that dimension's
 * projects of its block, or of the whole plan when its block has none (subtotals grouped at the
 * end of the table, or a subtotal heading its block).
 */
export interface TotalScope {
  kind: TotalRow['kind'];
  dimension: DimensionNumber | null;
  covers: TotalRow['covers'];
}

export function totalScope(
  label: TotalLabel,
  segment: readonly (number | null)[],
  segmentStart: number,
  end: number,
): TotalScope {
  const everything: TotalScope = {
    kind: 'grand',
    dimension: null,
    covers: { from: 0, to: end || null, dimension: null },
  };
  if (label.grand) return everything;
  if (label.dimension !== null) {
    const d = label.dimension;
    const inBlock = segment.includes(d);
    return {
      kind: 'subtotal',
      dimension: d,
      covers: { from: inBlock ? segmentStart : 0, to: inBlock ? end : null, dimension: d },
    };
  }
  if (segment.length === 0) return everything;
  const dimensions = new Set(segment);
  // A plain "รวม" under projects of several dimensions with no subtotal above is the plan's total.
  if (segmentStart === 0 && dimensions.size > 1) return everything;
  const only = dimensions.size === 1 ? ([...dimensions][0] as DimensionNumber | null) : null;
  return { kind: 'subtotal', dimension: only, covers: { from: segmentStart, to: end, dimension: null } };
}

/** The figures of a total row: per year as written (with its formula, if any), and quarter counts. */
export function readTotalRow(
  row: ReadonlyArray<Cell>,
  r: number,
  index: ColumnIndex,
  years: BudgetYears,
  label: TotalLabel,
  scope: TotalScope,
  labelShift: number,
  formulaAt: (row: number, col: number) => string,
): TotalRow {
  const figures: TotalRow['figures'] = {};
  for (const c of index.budget) {
    let col = c.col;
    // A subtotal row shifted one column right (docs/domain.md#five-year-table-seed-000, dimension 2) carries its figures shifted too.
    if (labelShift > 0 && isBlank(row[col]) && !isBlank(row[col + labelShift])) col += labelShift;
    figures[years.yearOf(c)] = { amount: parseAmount(row[col]), col, formula: formulaAt(r, col) };
  }
  const quarterCounts: TotalRow['quarterCounts'] = [null, null, null, null];
  for (const c of index.quarter) {
    const text = cellText(row[c.col]);
    if (text === '') continue;
    const a = parseAmount(row[c.col]);
    quarterCounts[(c.quarter ?? 1) - 1] = { value: a.kind === 'amount' ? a.value : null, text, col: c.col };
  }
  return { ...scope, row: r, figures, quarterCounts, count: label.count };
}

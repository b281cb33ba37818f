/**
 * The plan sheet after สรุปยอด, as addon/totalsSheet.ts writes it (rows inserted, labels and
 * formulas written), and a workbook computing its formulas as Sheets would (test/fakes/formulas.ts),
 * for the property tests of the totals.
 */
import type { Cell } from '../../src/core/read/cells';
import type { TotalsPlan } from '../../src/core/totals/totalFormulas';
import { evaluate, type Scalar } from '../fakes/formulas';

export function sheetWithTotals(grid: Cell[][], totals: TotalsPlan): Cell[][] {
  const width = Math.max(...grid.map((r) => r.length), ...totals.rows.flatMap((r) => r.cells.map((c) => c.col)));
  const sheet = grid.map((r) => [...r, ...Array<Cell>(width - r.length).fill('')]);
  if (totals.insert)
    sheet.splice(
      totals.insert.after,
      0,
      ...Array.from({ length: totals.insert.count }, () => Array<Cell>(width).fill('')),
    );
  for (const row of totals.rows) {
    if (row.label) sheet[row.row - 1][row.label.col - 1] = row.label.text;
    for (const c of row.cells) sheet[row.row - 1][c.col - 1] = c.formula;
  }
  return sheet;
}

/** Computed value of a cell (1-based) of one of `sheets`; a circular reference throws. */
export function workbook(sheets: Record<string, Cell[][]>): (sheet: string, row: number, col: number) => Scalar {
  const memo = new Map<string, Scalar>();
  const pending = new Set<string>();
  const value = (sheet: string, row: number, col: number): Scalar => {
    const key = `${sheet}!${row}:${col}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const raw = sheets[sheet]?.[row - 1]?.[col - 1] ?? '';
    if (!(typeof raw === 'string' && raw.startsWith('='))) return raw as Scalar;
    if (pending.has(key)) throw new Error(`circular reference through ${key}`);
    pending.add(key);
    const v = evaluate(raw, { value: (s, r, c) => value(s || sheet, r, c) });
    pending.delete(key);
    memo.set(key, v);
    return v;
  };
  return value;
}

/**
 * The rows a total's formula adds up in its own column: `=SUM(E8:E16)`, `=SUM(E8:E16,E20)`,
 * `=E17+E28+E39`, with or without `$`. Anything else (SUMIF, another sheet or column, a function
 * SaiSaat does not follow) gives null: the figure's value is still checked.
 */
import { columnLetters } from '../../read/cells';

const REF = String.raw`\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})`;
const TERM = new RegExp(String.raw`^(?:${REF}(?::${REF})?)$`);

/**
 * 1-based rows the formula of a cell in 0-based column `col` takes in; a reference to a row that
 * `expand` knows (another total row) stands for the rows it returns.
 */
export function formulaRows(
  formula: string,
  col: number,
  expand: (row: number) => number[] | null,
): Set<number> | null {
  const body = formula.replace(/\s+/g, '').replace(/^=/, '').toUpperCase();
  const sum = /^SUM\((.*)\)$/.exec(body);
  const terms = sum ? sum[1].split(/[,;]/) : body.split('+');
  const letters = columnLetters(col);
  const rows = new Set<number>();
  for (const term of terms) {
    const m = TERM.exec(term);
    if (!m || m[1] !== letters || (m[3] !== undefined && m[3] !== letters)) return null;
    const from = Number(m[2]);
    const to = m[4] === undefined ? from : Number(m[4]);
    for (let r = Math.min(from, to); r <= Math.max(from, to); r++) {
      const inner = expand(r);
      if (inner) inner.forEach((x) => rows.add(x));
      else rows.add(r);
    }
  }
  return rows;
}

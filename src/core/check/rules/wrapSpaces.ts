/**
 * Line-wrap spaces in prose cells (the details sheet, the plan's text cells): words a PDF copy broke
 * with a space ("ผู้ บริหาร", "ส่วนท้อง ถิ่น", "การ ทุจริต"). Each cell with a sure one gets a finding
 * with the text proposed for it (read/wordWraps.ts `sureWrapSpaces`, which keeps every space it is
 * not sure of); the text is changed only when the user accepts (addon/textFixes.ts).
 */
import type { Cell, Grid } from '../../read/cells';
import type { DetailsSheet } from '../../read/details/sheet';
import { sureWrapSpaces, withoutWrapSpaces, wordsAround } from '../../read/wordWraps';
import { createFinding, type Finding } from '../findings';

/** How many broken words the message shows; the proposed text has them all. */
const EXAMPLES = 3;

/** What the finding of a text says, and the text proposed for it. */
interface Repair {
  params: Record<string, string | number>;
  to: string;
}

/** The repair of a text, or null when no space in it is surely a wrap. */
function repairOf(text: string): Repair | null {
  const spaces = sureWrapSpaces(text);
  if (spaces.length === 0) return null;
  const examples = spaces
    .slice(0, EXAMPLES)
    .map((space) => `"${wordsAround(text, space).join(' ')}"`)
    .join(', ');
  return {
    params: { count: spaces.length, examples: spaces.length > EXAMPLES ? `${examples}, …` : examples },
    to: withoutWrapSpaces(text, spaces),
  };
}

/**
 * The findings of the given cells of `grid` (0-based), in the order given. Each distinct text is
 * judged once: units and remarks repeat on many rows.
 */
export function wrapSpaceFindings(grid: Grid, cells: Iterable<{ row: number; col: number }>): Finding[] {
  const out: Finding[] = [];
  const repairs = new Map<string, Repair | null>();
  for (const { row, col } of cells) {
    const text: Cell = grid[row]?.[col];
    if (typeof text !== 'string') continue;
    let repair = repairs.get(text);
    if (repair === undefined) repairs.set(text, (repair = repairOf(text)));
    if (repair) out.push(createFinding('WRAPPED_WORD', row, col, repair.params, { from: text, to: repair.to }));
  }
  return out;
}

/** The findings of a details sheet: every cell below its header in its name and section columns. */
export function detailsWrapFindings(grid: Grid, sheet: DetailsSheet): Finding[] {
  const cols = sheet.columns.filter((c) => c.field !== 'no' && c.field !== 'id').map((c) => c.col);
  function* cells() {
    for (let row = sheet.headerRow + 1; row < grid.length; row++) for (const col of cols) yield { row, col };
  }
  return wrapSpaceFindings(grid, cells());
}

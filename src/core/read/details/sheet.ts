/**
 * Reading a details sheet: one row per project, a column per section, found by its header (any
 * sheet with a name column and at least two narrative section columns, whoever made it).
 */
import { cellText, isBlank, type Cell, type Grid } from '../cells';
import { emptyDetails, type DetailField, type ProjectDetails } from './model';
import { sectionHeading, setField } from './sections';
import { cleanLines, compactKey } from '../text';

export interface DetailsSheet {
  /** 0-based header row. */
  headerRow: number;
  columns: { field: DetailField; col: number }[];
  details: ProjectDetails[];
}

// Sections only detail documents have: a plan table has budget, period and responsible columns too.
const NARRATIVE: ReadonlySet<DetailField> = new Set([
  'rationale',
  'objectives',
  'targets',
  'method',
  'outputs',
  'outcomes',
  'results',
]);

/** The header column of a details sheet: ลำดับ, รหัส or a section. */
function detailsHeaderField(text: string): DetailField | null {
  const k = compactKey(text);
  if (/^ลำดับ(ที่)?$/.test(k)) return 'no';
  if (/^(รหัส(โครงการ)?|id)$/.test(k)) return 'id';
  const s = sectionHeading(text);
  return s && s.rest === '' ? s.field : null;
}

/** The details header in the first 20 rows: a name column and at least two narrative section columns. */
function detailsHeader(grid: Grid): { row: number; columns: { field: DetailField; col: number }[] } | null {
  for (let r = 0; r < Math.min(grid.length, 20); r++) {
    const columns = (grid[r] ?? [])
      .map((c, col) => ({ field: detailsHeaderField(cellText(c)), col }))
      .filter((c): c is { field: DetailField; col: number } => c.field !== null);
    if (columns.some((c) => c.field === 'name') && columns.filter((c) => NARRATIVE.has(c.field)).length >= 2)
      return { row: r, columns };
  }
  return null;
}

/** Whether a sheet is a details sheet (so never taken for the plan table). */
export function isDetailsSheet(grid: Grid): boolean {
  return detailsHeader(grid) !== null;
}

/** Finds the details header and reads each row. */
export function readDetailsSheet(grid: Grid): DetailsSheet | null {
  const header = detailsHeader(grid);
  if (!header) return null;
  const { row: r, columns } = header;
  const details: ProjectDetails[] = [];
  for (let row = r + 1; row < grid.length; row++) {
    const cells = grid[row] ?? [];
    if (columns.every((c) => isBlank(cells[c.col]))) continue;
    const d = emptyDetails(row + 1);
    for (const c of columns) setField(d, c.field, lines(cells[c.col]));
    if (d.name || d.rationale.length || d.objectives.length) details.push(d);
  }
  return { headerRow: r, columns, details };
}

function lines(cell: Cell): string[] {
  if (typeof cell === 'string') return cleanLines(cell);
  const t = cellText(cell);
  return t ? [t] : [];
}

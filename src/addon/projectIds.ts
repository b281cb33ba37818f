/**
 * A stable id for every project of the plan table (its รหัส column), so what hangs on a project —
 * its details row, its document — follows it through renames and row moves.
 */
import type { Cell } from '../core/read/cells';
import type { PlanReading } from '../core/read/planReader';
import { addHeaderCells, planColumn } from './planSheet';
import { rewriteRange } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ID_HEADER = 'รหัส';

/** A new project id: short, and never reused. */
export function newProjectId(): string {
  return `p${Utilities.getUuid().replace(/-/g, '').slice(0, 10)}`;
}

/**
 * Gives every project row an id where it has none (adding a รหัส column when the sheet has no id
 * column); a cell with a formula is the user's, even when it shows nothing, and is left alone.
 * Returns whether it wrote.
 */
export function ensureProjectIds(sheet: Sheet, reading: PlanReading, values: Cell[][]): boolean {
  if (reading.projects.length === 0) return false;
  let col = planColumn(reading, 'id');
  const missing =
    col === null
      ? reading.projects
      : reading.projects.filter((p) => String(values[p.row - 1]?.[col! - 1] ?? '').trim() === '');
  if (missing.length === 0) return false;
  if (col === null) col = addHeaderCells(sheet, reading, [ID_HEADER]);
  const first = Math.min(...missing.map((p) => p.row));
  const last = Math.max(...missing.map((p) => p.row));
  const rows = new Set(missing.map((p) => p.row));
  rewriteRange(sheet.getRange(first, col, last - first + 1, 1), (now, r) =>
    rows.has(first + r) && !now.formula ? newProjectId() : undefined,
  );
  return true;
}

/**
 * The onEdit simple trigger: re-checks only the edited rows of a plan table so mistakes show up
 * as the user types (a toast with the cell; conditional formatting marks the cell itself), and
 * gives new project rows of a SaiSaat sheet their stable id. Runs without authorization (no
 * properties, no other files): one read of the rows from the top to the edit; when ids are due,
 * the id cells' formulas and formats read and one write that leaves every formula as it was.
 */
import { checkGrid } from '../core/check/check';
import type { Cell } from '../core/read/cells';
import type { FindingCode } from '../core/check/findings';
import { MAX_PLAN_COLUMNS } from '../core/read/limits';
import { newProjectId } from './projectIds';
import { rewriteRange } from './spreadsheet';

/** Findings about a row that are worth interrupting for while typing. */
const SKIP_WHILE_TYPING = new Set<FindingCode>([
  'QUARTERS_NONE',
  'BUDGET_BLANK',
  'NO_PLAN_TABLE',
  'COLUMN_NOT_UNDERSTOOD',
  'FISCAL_YEAR_UNKNOWN',
  'YEAR_OUT_OF_RANGE',
]);
const MAX_EDITED_ROWS = 500;
/**
 * Rows read to re-check an edit: a simple trigger has 30 seconds (Google's quotas page) and runs on
 * every edit, so an edit further down a very long table is left to the sidebar's check. 10,000 rows
 * take one to two seconds in the bench (npm run bench -- addon), far from the limit on slower servers too.
 */
const MAX_ROWS_WHILE_TYPING = 10_000;
const TOAST_SECONDS = 10;

export function revalidateEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const first = range.getRow();
  const last = range.getLastRow();
  if (last - first + 1 > MAX_EDITED_ROWS) return; // a paste of a whole table: the sidebar's check is the place for that
  if (last > MAX_ROWS_WHILE_TYPING) return;
  const sheet = range.getSheet();
  const width = sheet.getLastColumn();
  if (width === 0 || width > MAX_PLAN_COLUMNS) return;
  const values = sheet.getRange(1, 1, last, width).getValues() as Cell[][];
  const { report, reading } = checkGrid(values, sheet.getName());
  if (reading.headers.length === 0) return;

  const problems = report.issues.filter((f) => f.row >= first && f.row <= last && !SKIP_WHILE_TYPING.has(f.code));
  if (problems.length > 0) {
    const lines = problems.slice(0, 3).map((f) => `${f.cell}: ${f.message}`);
    if (problems.length > 3) lines.push(`… และอีก ${problems.length - 3} รายการ`);
    e.source.toast(lines.join('\n'), 'ใสสะอาด: ตรวจพบปัญหา', TOAST_SECONDS);
  }

  const idCol = reading.headers[0].columns.find((c) => c.role === 'id')?.col;
  if (idCol === undefined) return;
  const missing = new Set(
    reading.projects
      .filter((p) => p.row >= first && p.row <= last && p.name && (values[p.row - 1][idCol] ?? '') === '')
      .map((p) => p.row),
  );
  if (missing.size === 0) return;
  // A user's id formula (="P-"&ROW()) may show nothing yet: it stays.
  rewriteRange(
    sheet.getRange(first, idCol + 1, last - first + 1, 1),
    (now, r) => (missing.has(first + r) && !now.formula ? newProjectId() : undefined),
    values.slice(first - 1, last).map((row) => [row[idCol] ?? '']),
  );
}

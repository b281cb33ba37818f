/**
 * Adapter between the open spreadsheet and the core: one batched read of the sheet, the core's
 * check on plain values, a plain-JSON report back (google.script.run carries no Dates).
 */
import { checkGrid, type CheckReport } from '../core/check';

/** Checks the active sheet as a plan table. */
export function checkActiveSheet(): CheckReport {
  const sheet = SpreadsheetApp.getActiveSheet();
  const grid = sheet.getDataRange().getValues();
  return checkGrid(grid, sheet.getName()).report;
}

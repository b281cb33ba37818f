/**
 * ตรวจสอบแผน: the core's check of the plan sheet (one read), its findings with cells for the
 * sidebar, and selecting a finding's cell when the user clicks it.
 */
import { checkGrid } from '../core/check/check';
import { findPlanSheet, loadCatalogue, loadSettings, UserError } from './spreadsheet';
import { SelectCellRequestSchema, type CheckResult, type SelectCellRequest } from '../shared/wire';

const MAX_FINDINGS = 500;

export function checkPlanSheet(): CheckResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const found = findPlanSheet(ss);
  if (!found)
    throw new UserError('ไม่พบตารางแผนในแผ่นงานนี้: เปิดแผ่นงานแผน หรือสร้าง/ปรับแผ่นงานก่อน (No plan table on this sheet)');
  const { report } = checkGrid(found.values, found.sheet.getName(), {
    settings: loadSettings(),
    catalogue: loadCatalogue(ss),
  });
  return {
    sheetName: report.sheet,
    layout: report.layout,
    years: report.years,
    projects: report.counts.projects,
    errors: report.counts.errors,
    warnings: report.counts.warnings,
    findings: report.issues
      .slice(0, MAX_FINDINGS)
      .map((f) => ({ severity: f.severity, code: f.code, cell: f.cell, message: f.message, messageEn: f.messageEn })),
  };
}

export function selectCell(request: SelectCellRequest): void {
  const { sheetName, cell } = SelectCellRequestSchema.parse(request);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) throw new UserError(`ไม่พบแผ่นงาน "${sheetName}"`);
  ss.setActiveSheet(sheet);
  sheet.getRange(cell).activate();
}

/**
 * ตรวจสอบแผน: the core's check of the plan sheet (one read), its findings with cells for the
 * sidebar (errors first), and selecting a finding's cell when the user clicks it.
 */
import { checkGrid } from '../core/check/check';
import type { Finding } from '../core/check/findings';
import { planOptions, requirePlanSheet } from './planSheet';
import { formulaLookup, UserError } from './spreadsheet';
import { SelectCellRequestSchema, type CheckResult, type FindingView, type SelectCellRequest } from '../shared/wire';
import { errorsFirst } from '../shared/findingOrder';

/**
 * Every finding is sent; this bound is only a safety net for the size of the reply (about 420
 * bytes of JSON a finding, Thai being 3 bytes a character: 5,000 are ~2 MB, 20,000 ~8.4 MB,
 * bench/sidebar.bench.ts). The counts stay the report's, so the sidebar says how many it lists of how many.
 */
export const MAX_FINDINGS = 20_000;

export function checkPlanSheet(): CheckResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { sheet, values } = requirePlanSheet(ss);
  // The check reads the plan itself (checkGrid), so only the sheet and the options are loaded here.
  const { report } = checkGrid(values, sheet.getName(), {
    ...planOptions(ss),
    formulaAt: formulaLookup(sheet, values),
  });
  return {
    sheetName: report.sheet,
    layout: report.layout,
    years: report.years,
    projects: report.counts.projects,
    errors: report.counts.errors,
    warnings: report.counts.warnings,
    findings: errorsFirst(report.issues)
      .slice(0, MAX_FINDINGS)
      .map((f) => findingView(f, report.sheet)),
  };
}

/** A finding as the sidebar lists it: with its proposed text, in `sheet`, when it has one. */
export function findingView(f: Finding, sheet: string): FindingView {
  const view: FindingView = {
    severity: f.severity,
    code: f.code,
    cell: f.cell,
    message: f.message,
    messageEn: f.messageEn,
  };
  if (f.fix) view.fix = { sheet, cell: f.cell, from: f.fix.from, to: f.fix.to };
  return view;
}

export function selectCell(request: SelectCellRequest): void {
  const { sheetName, cell } = SelectCellRequestSchema.parse(request);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(sheetName);
  if (!sheet) throw new UserError({ th: `ไม่พบแผ่นงาน "${sheetName}"`, en: `There is no sheet named "${sheetName}"` });
  ss.setActiveSheet(sheet);
  sheet.getRange(cell).activate();
}

/**
 * Everything Apps Script sees: simple triggers, menu handlers, sidebar server functions and
 * custom functions. Each is a thin, documented wrapper; the build turns every function exported
 * here into a top-level function of Code.js with this JSDoc above it. Names ending in "_" would
 * be hidden from google.script.run, so none do; every sidebar server function validates its
 * arguments and returns plain JSON.
 */
import { adoptActiveSheet, previewAdoption } from './adoptSheet';
import { checkPlanSheet, selectCell as selectPlanCell } from './checkSheet';
import { createPlanSheet as createStandardSheet } from './createPlanSheet';
import { buildMenu } from './menu';
import { revalidateEdit } from './onEdit';
import { openSidebar, sidebarState } from './sidebar';
import { updateTotals as writeTotals } from './totals';
import type { AdoptionPreview, AdoptionResult, AdoptRequest, CheckResult, CreatePlanRequest, CreatePlanResult, SelectCellRequest, SidebarState, TotalsResult } from './wire';

// ---- Simple triggers -------------------------------------------------------------------------

/**
 * Adds the SaiSaat menu when the spreadsheet opens. Runs in every AuthMode, so it only builds
 * the menu.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  buildMenu();
}

/**
 * Runs when the add-on is installed from the Marketplace: same as opening the spreadsheet.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  void e;
  buildMenu();
}

/**
 * Simple trigger: re-checks the edited rows of a plan table and shows problems as a toast; gives
 * new project rows their id. Needs no authorization.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e the edit event
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  revalidateEdit(e);
}

// ---- Menu handlers ---------------------------------------------------------------------------

/**
 * Menu handler: opens the SaiSaat sidebar on the plan-sheet section.
 */
export function showSidebar(): void {
  openSidebar('plan');
}

/**
 * Menu handler: opens the sidebar on the check section.
 */
export function showCheck(): void {
  openSidebar('check');
}

/**
 * Menu handler: opens the sidebar on the totals section.
 */
export function showTotals(): void {
  openSidebar('totals');
}

// ---- Sidebar server functions ----------------------------------------------------------------

/**
 * Sidebar: what the sidebar starts from (language, settings, plan sheet, section to show).
 * @return {Object} the sidebar state
 */
export function getSidebarState(): SidebarState {
  return sidebarState();
}

/**
 * Sidebar: creates a plan sheet in the standard layout.
 * @param {Object} request organisation, plan kind, fiscal years, quarter year
 * @return {Object} the new sheet's name and data rows
 */
export function createPlanSheet(request: CreatePlanRequest): CreatePlanResult {
  return createStandardSheet(request);
}

/**
 * Sidebar: what adopting the active sheet would recognise, and what it would not.
 * @return {Object} the adoption preview
 */
export function getAdoptionPreview(): AdoptionPreview {
  return previewAdoption();
}

/**
 * Sidebar: adopts the active sheet as a plan table (validation, checkboxes, formats) without
 * changing any value, unless the user agreed to convert ticks or amounts written as text.
 * @param {Object} request which conversions the user agreed to
 * @return {Object} what was applied
 */
export function adoptSheet(request: AdoptRequest): AdoptionResult {
  return adoptActiveSheet(request);
}

/**
 * Sidebar: checks the plan sheet and returns every finding with its cell.
 * @return {Object} the findings and counts
 */
export function checkPlan(): CheckResult {
  return checkPlanSheet();
}

/**
 * Sidebar: selects a finding's cell.
 * @param {Object} request the sheet name and A1 cell
 */
export function selectCell(request: SelectCellRequest): void {
  selectPlanCell(request);
}

/**
 * Sidebar: writes live total formulas in the plan sheet and updates the สรุป sheet and chart.
 * @return {Object} totals per dimension and year, and what was written
 */
export function updateTotals(): TotalsResult {
  return writeTotals();
}

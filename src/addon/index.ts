/**
 * Everything Apps Script sees: simple triggers, menu handlers, sidebar server functions and
 * custom functions. Each is a thin, documented wrapper; the build turns every function exported
 * here into a top-level function of Code.js with this JSDoc above it. Names ending in "_" would
 * be hidden from google.script.run, so none do.
 */
import { buildMenu, openSidebar } from './menu';
import { checkActiveSheet } from './planSheet';
import type { CheckReport } from '../core/check';

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
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Menu handler: opens the SaiSaat sidebar.
 */
export function showSidebar(): void {
  openSidebar();
}

/**
 * Sidebar server function: checks the active sheet as a plan table and returns the report
 * (projects, totals, findings with their cells) as plain JSON.
 * @return {Object} the check report
 */
export function checkPlan(): CheckReport {
  return checkActiveSheet();
}

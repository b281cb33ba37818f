/**
 * Everything Apps Script sees: simple triggers, menu handlers, sidebar server functions and
 * custom functions. Each is a thin, documented wrapper; the build turns every function exported
 * here into a top-level function of Code.js with this JSDoc above it. Names ending in "_" would
 * be hidden from google.script.run, so none do; every sidebar server function validates its
 * arguments and returns plain JSON.
 */
import { adoptActiveSheet, previewAdoption } from './adoptSheet';
import { previewAnnual, writeAnnual } from './annualPlan';
import { checkPlanSheet, selectCell as selectPlanCell } from './checkSheet';
import { createPlanSheet as createStandardSheet, openSheet } from './createPlanSheet';
import * as customFunctions from './customFunctions';
import {
  createDetailsSheet as createDetailsSheetIn,
  projectDetails,
  saveProjectDetails as saveDetails,
} from './detailsSheet';
import {
  chooseDocsFolder as chooseFolder,
  chooseDocsSet as chooseSet,
  docsBatch,
  docsOverview,
  planDocument,
  startDocsRun as startRun,
} from './documents/generate';
import { pickerConfig } from './documents/picker';
import { buildMenu } from './menu';
import { revalidateEdit } from './onEdit';
import { openSidebar, sidebarState } from './openSidebar';
import { updateTotals as writeTotals } from './totalsSheet';
import { addFollowUpColumns as addFollowUpColumnsTo } from './followUpColumns';
import { updateFollowUpSummary as writeFollowUpSummary } from './followUpSummarySheet';
import type { FollowUpColumnsResult, FollowUpSummaryRequest, FollowUpSummaryResult } from '../shared/followUpWire';
import { applyTextFixes as applyFixes } from './textFixes';
import type { ApplyTextFixesRequest, ApplyTextFixesResult } from '../shared/fixWire';
import {
  makeAnnouncementDoc as writeAnnouncement,
  makeReportDoc as writeReport,
  reportForm,
} from './documents/reportDocs';
import type {
  AnnouncementDocRequest,
  ReportDocRequest,
  ReportDocResult,
  ReportForm,
  ReportFormRequest,
} from '../shared/reportWire';
import type {
  AdoptionPreview,
  AdoptionResult,
  AdoptRequest,
  CheckResult,
  ChooseFolderRequest,
  ChooseSetRequest,
  CreatePlanRequest,
  CreatePlanResult,
  DetailsSheetResult,
  DocsBatchRequest,
  DocsBatchResult,
  DocsOverview,
  DocsRunStart,
  OpenSheetRequest,
  PickerConfig,
  PlanDocumentRequest,
  PlanDocumentResult,
  ProjectDetailsRequest,
  ProjectDetailsView,
  SaveDetailsRequest,
  SelectCellRequest,
  SidebarState,
  TotalsResult,
} from '../shared/wire';
import type { ServerApi } from '../shared/api';
import type { AnnualPreview, AnnualPreviewRequest, AnnualRequest, AnnualResult } from '../shared/annualWire';

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

/**
 * Menu handler: opens the sidebar on the project details and documents section.
 */
export function showDocs(): void {
  openSidebar('docs');
}

/**
 * Menu handler: opens the sidebar on the annual plan section (preview, then make or update).
 */
export function showAnnual(): void {
  openSidebar('annual');
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

/**
 * Sidebar: creates the รายละเอียดโครงการ sheet, one row per plan project, pre-filled with what
 * the plan already says (ลำดับ, รหัส, name, period, budget, responsible unit).
 * @return {Object} the sheet's name and rows
 */
export function createDetailsSheet(): DetailsSheetResult {
  return createDetailsSheetIn();
}

/**
 * Sidebar: one project's details for the form — the project given, else the one on the selected
 * row of the plan or details sheet.
 * @param {Object} request optional project id
 * @return {Object} the project's sections as the sheet holds them, and the plan's projects
 */
export function getProjectDetails(request?: ProjectDetailsRequest): ProjectDetailsView {
  return projectDetails(request);
}

/**
 * Sidebar: writes the form into the project's row of the details sheet.
 * @param {Object} request project id and section texts
 * @return {Object} the project's details as saved
 */
export function saveProjectDetails(request: SaveDetailsRequest): ProjectDetailsView {
  return saveDetails(request);
}

/**
 * Sidebar: which projects would get a new, updated or no document — from the sheets and
 * SaiSaat's memory only (needs no Docs or Drive permission).
 * @return {Object} per-project actions and counts
 */
export function getDocsOverview(): DocsOverview {
  return docsOverview();
}

/**
 * Sidebar: before generating — checks permissions, makes the folder and the template on first
 * use, checks the template, and counts new documents against the daily quota. When the documents
 * were made by another editor whose files this user cannot reach, makes nothing and says who and
 * when (team).
 * @return {Object} the overview, folder and template links, the quota notice, and the team stop if any
 */
export function startDocsRun(): DocsRunStart {
  return startRun();
}

/**
 * Sidebar: writes the next batch of project documents (bounded in time), each row's link and
 * status as it finishes; the sidebar calls it until the run is finished.
 * @param {Object} request project ids to skip (failed in this run) or the only ones to do
 * @return {Object} per-project outcomes and what remains
 */
export function generateDocsBatch(request: DocsBatchRequest): DocsBatchResult {
  return docsBatch(request);
}

/**
 * Sidebar: writes the whole plan document (and optionally its PDF) in SaiSaat's folder.
 * @param {Object} request whether to save a PDF too
 * @return {Object} the document's name and links
 */
export function generatePlanDocument(request: PlanDocumentRequest): PlanDocumentResult {
  return planDocument(request);
}

/**
 * Sidebar: what Google Picker needs (Cloud project number, API key, the user's OAuth token), when
 * the deployment set them as script properties; otherwise a message saying so.
 * @return {Object} appId, developerKey and token
 */
export function getPickerConfig(): PickerConfig {
  return pickerConfig();
}

/**
 * Sidebar: the folder picked with Google Picker, where the documents folder is then made.
 * @param {Object} request the picked folder's id
 * @return {Object} the documents overview
 */
export function chooseDocsFolder(request: ChooseFolderRequest): DocsOverview {
  return chooseFolder(request);
}

/**
 * Sidebar: this user's own set of documents in their own Drive (own: true), or the spreadsheet's
 * set again (own: false). The spreadsheet's set and its memory are not touched.
 * @param {Object} request own
 * @return {Object} the documents overview
 */
export function chooseDocsSet(request: ChooseSetRequest): DocsOverview {
  return chooseSet(request);
}

/**
 * Sidebar and menu: adds the follow-up columns (ordinance budget; per round status, spending and
 * result) right of an annual plan's table, moving no cell of it; refuses a multi-year plan or one
 * that has them.
 * @return {Object} the sheet, the first added column and how many
 */
export function addFollowUpColumns(): FollowUpColumnsResult {
  return addFollowUpColumnsTo();
}

/**
 * Sidebar: writes the สรุปผลการดำเนินงาน sheet of a round as live formulas, with its chart.
 * @param {Object} request round (6 or 12)
 * @return {Object} the sheets written and whether the chart was created or updated
 */
export function updateFollowUpSummary(request: FollowUpSummaryRequest): FollowUpSummaryResult {
  return writeFollowUpSummary(request);
}

/**
 * Menu handler: opens the sidebar on the totals section, where the follow-up actions are (their
 * messages show there, as every action's do).
 */
export function showFollowUp(): void {
  openSidebar('totals');
}

/**
 * Sidebar: writes the texts findings proposed (words broken by line-wrap spaces joined) into the
 * cells the user accepted — only cells that still hold the text the check saw.
 * @param {Object} request the fixes: sheet, cell, the text seen and the text proposed
 * @return {Object} the cells written, and those left alone with the reason
 */
export function applyTextFixes(request: ApplyTextFixesRequest): ApplyTextFixesResult {
  return applyFixes(request);
}

/**
 * Sidebar: the report form of a round, prefilled: the plan's fiscal year, the remembered signer,
 * and the ปัญหาอุปสรรค and ข้อเสนอแนะ written for that year and round.
 * @param {Object} request round (6 or 12) and optionally the year
 * @return {Object} year, signer, problems and suggestions
 */
export function getReportForm(request: ReportFormRequest): ReportForm {
  return reportForm(request);
}

/**
 * Sidebar: the round's report (รายงานผล รอบ ๖/๑๒ เดือน) as a Google Doc in the documents folder,
 * made once and then updated in place; what it still needs is returned and nothing is written.
 * @param {Object} request round, year, problems, suggestions, signer and the date of the figures
 * @return {Object} the document (made, updated or unchanged) or the problems by field
 */
export function makeReportDoc(request: ReportDocRequest): ReportDocResult {
  return writeReport(request);
}

/**
 * Sidebar: the plan's announcement (ประกาศ) as a Google Doc in the documents folder, in the
 * office's wording from a ข้อความประกาศ sheet when there is one.
 * @param {Object} request signer and optionally the date
 * @return {Object} the document (made, updated or unchanged) or the problems by field
 */
export function makeAnnouncementDoc(request: AnnouncementDocRequest): ReportDocResult {
  return writeAnnouncement(request);
}

/** Menu handler: opens the sidebar on the documents section, where the report and the announcement are made. */
export function showReport(): void {
  openSidebar('docs');
}

/**
 * Sidebar: what making or updating the annual plan of a year from the 5-year plan would do, and
 * the projects with "-" or nothing in that year, for the user to include.
 * @param {Object} request the fiscal year (BE)
 * @return {Object} the preview
 */
export function previewAnnualPlan(request: AnnualPreviewRequest): AnnualPreview {
  return previewAnnual(request);
}

/**
 * Sidebar: makes the annual plan sheet of a year from the 5-year plan, or updates it in place
 * (names, dimensions, missions, budgets; projects gone are marked), never touching ticks or
 * follow-up.
 * @param {Object} request the fiscal year (BE) and the candidates to include
 * @return {Object} what was added, updated and marked
 */
export function writeAnnualPlan(request: AnnualRequest): AnnualResult {
  return writeAnnual(request);
}

/**
 * Sidebar: opens (activates) the existing plan sheet the create form reported.
 * @param {Object} request the sheet's name
 */
export function openPlanSheet(request: OpenSheetRequest): void {
  openSheet(request);
}

// The functions above are the sidebar's ServerApi, each with its parameters and result: renaming
// or retyping one fails `npm run typecheck` (here and in the sidebar). Types only: nothing in Code.js.
type MustBe<T extends ServerApi> = T;
type _SidebarFunctions = MustBe<Pick<typeof import('./index'), keyof ServerApi>>;

// ---- Custom functions ------------------------------------------------------------------------
// Usable in any cell; each accepts a cell or a range where that makes sense.

/**
 * Spells a baht amount in Thai words: 45000 → สี่หมื่นห้าพันบาทถ้วน. Rounds half-up to the satang;
 * negatives get "ลบ"; accepts Thai digits, commas and "บาท" in text. Works on a range too.
 *
 * @param {number|string|Array<Array<number|string>>} amount The amount in baht, or a range of amounts.
 * @param {string} style "excel" (default: 101 → หนึ่งร้อยเอ็ดบาทถ้วน) or "sheets" (101 → หนึ่งร้อยหนึ่งบาทถ้วน, like BAHTTEXT in Sheets).
 * @return The amount in Thai words, or a range of them.
 * @customfunction
 */
export function THAIBAHTTEXT(amount: unknown, style?: unknown) {
  return customFunctions.THAIBAHTTEXT(amount, style);
}

/**
 * Writes a value with Thai digits: 3170000 → ๓,๑๗๐,๐๐๐; "พ.ศ. 2567" → "พ.ศ. ๒๕๖๗". Numbers keep
 * thousands separators and their decimals. Works on a range too.
 *
 * @param {number|string|Array<Array<number|string>>} value The value, or a range of values.
 * @return The value as text with Thai digits.
 * @customfunction
 */
export function THAIDIGITS(value: unknown) {
  return customFunctions.THAIDIGITS(value);
}

/**
 * Replaces Thai digits with Arabic ones: "๔๕,๐๐๐" → "45,000". Works on a range too.
 *
 * @param {string|Array<Array<string>>} value The text, or a range of texts.
 * @return The text with Arabic digits.
 * @customfunction
 */
export function ARABICDIGITS(value: unknown) {
  return customFunctions.ARABICDIGITS(value);
}

/**
 * A date in Thai with the Buddhist-era year: "๓๐ กันยายน ๒๕๖๕" (long), "๓๐ ก.ย. ๖๕" (short),
 * "วันศุกร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๕" (full). Accepts date cells, and dates written as text such as
 * 30/9/2565. Works on a range too.
 *
 * @param {Date|string|Array<Array<Date|string>>} date The date, or a range of dates.
 * @param {string} style "long" (default), "short" or "full".
 * @param {string} digits "thai" (default) or "arabic".
 * @return The date in Thai.
 * @customfunction
 */
export function THAIDATE(date: unknown, style?: unknown, digits?: unknown) {
  return customFunctions.THAIDATE(date, style, digits);
}

/**
 * The Thai fiscal year (Buddhist era) of a date; it starts on 1 October: 1 Oct 2023 → 2567.
 * Works on a range too.
 *
 * @param {Date|string|Array<Array<Date|string>>} date The date, or a range of dates.
 * @return The fiscal year, e.g. 2567.
 * @customfunction
 */
export function FISCALYEAR(date: unknown) {
  return customFunctions.FISCALYEAR(date);
}

/**
 * The fiscal quarter of a date: ต.ค.–ธ.ค. = 1, ม.ค.–มี.ค. = 2, เม.ย.–มิ.ย. = 3, ก.ค.–ก.ย. = 4.
 * Works on a range too.
 *
 * @param {Date|string|Array<Array<Date|string>>} date The date, or a range of dates.
 * @return The quarter, 1 to 4.
 * @customfunction
 */
export function FISCALQUARTER(date: unknown) {
  return customFunctions.FISCALQUARTER(date);
}

/**
 * Adds up a budget range the way plans are written: "-", "0.00", "๔๕,๐๐๐", "๕,๐๐๐ บาท" and
 * "ไม่ได้ใช้งบประมาณ" are understood; other text is an error naming its row. Optionally only the
 * rows of one dimension (1, "๑", "*1" and "มิติที่ ๑" all mean dimension 1).
 *
 * @param {Array<Array<number|string>>} budgets The budget cells (one or more year columns).
 * @param {Array<Array<string|number>>} dimensions The dimension cell of each row (optional).
 * @param {number|string} dimension The dimension to add up, 1 to 4 (optional).
 * @return The total in baht.
 * @customfunction
 */
export function PLANTOTAL(budgets: unknown, dimensions?: unknown, dimension?: unknown) {
  return customFunctions.PLANTOTAL(budgets, dimensions, dimension);
}

/**
 * Counts ticked cells per column of a range of quarter ticks (checkboxes, TRUE, ☑, ✓): one row
 * with a count per quarter.
 *
 * @param {Array<Array<boolean|string>>} ticks The quarter cells, one column per quarter.
 * @return One row: the number of ticked projects in each column.
 * @customfunction
 */
export function QUARTERCOUNT(ticks: unknown) {
  return customFunctions.QUARTERCOUNT(ticks);
}

/**
 * A summary table that spills: one row per dimension 1–4 and a last row "รวม"; the first column
 * is the dimension, then one column per budget column.
 *
 * @param {Array<Array<string|number>>} dimensions The dimension cell of each project row.
 * @param {Array<Array<number|string>>} budgets The budget cells of the same rows (one or more year columns).
 * @return The table of budgets by dimension.
 * @customfunction
 */
export function PLANSUMMARY(dimensions: unknown, budgets: unknown) {
  return customFunctions.PLANSUMMARY(dimensions, budgets);
}

/**
 * The sidebar: opening it (on a given section when a menu item asks), and the state it starts
 * from — language from the user's locale, settings, which sheet is the plan.
 */
import { DEFAULT_FISCAL_YEARS, ORGANISATION_TYPES } from '../shared/settings';
import { fiscalYear } from '../core/thai/dates';
import { datePartsIn } from './clock';
import { findPlanSheet } from './planSheet';
import { loadSettings, SheetTooLarge } from './spreadsheet';
import type { Lang, Section, SidebarState } from '../shared/wire';

export const SIDEBAR_TITLE = 'ใสสะอาด (SaiSaat)';
const START_KEY = 'saisaat.startSection';
export const SECTIONS: readonly Section[] = ['plan', 'check', 'totals', 'docs', 'annual'];

export function openSidebar(section: Section = 'plan'): void {
  PropertiesService.getUserProperties().setProperty(START_KEY, section);
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function userLang(): Lang {
  const locale = Session.getActiveUserLocale() || 'th';
  return /^th/i.test(locale) ? 'th' : 'en';
}

export function sidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // A plan sheet too large to read is still named: the sidebar's actions then say why they refuse.
  const planSheet = planSheetName(ss);
  const stored = PropertiesService.getUserProperties().getProperty(START_KEY) as Section | null;
  const settings = loadSettings();
  return {
    lang: userLang(),
    section: stored && SECTIONS.includes(stored) ? stored : 'plan',
    spreadsheetName: ss.getName(),
    activeSheet: ss.getActiveSheet().getName(),
    planSheet,
    settings: { ...settings, fiscalYears: settings.fiscalYears ?? DEFAULT_FISCAL_YEARS },
    todayFiscalYear: fiscalYear(datePartsIn('Asia/Bangkok')),
    organisationTypes: [...ORGANISATION_TYPES],
  };
}

function planSheetName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  try {
    return findPlanSheet(ss)?.sheet.getName() ?? null;
  } catch (e) {
    if (e instanceof SheetTooLarge) return e.sheetName;
    throw e;
  }
}

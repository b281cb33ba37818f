/**
 * What crosses google.script.run between the sidebar and the server: plain JSON only (no Dates,
 * no functions). The sidebar imports these types, never server code.
 */
import type { PlanSettings } from '../core/schema';
import type { Severity } from '../core/findings';

export type Lang = 'th' | 'en';

/** The sidebar's sections; a menu item may open the sidebar on one. */
export type Section = 'plan' | 'check' | 'totals';

export interface SidebarState {
  lang: Lang;
  section: Section;
  spreadsheetName: string;
  activeSheet: string;
  /** The sheet SaiSaat treats as the plan (registered, or the active sheet if it looks like one). */
  planSheet: string | null;
  settings: PlanSettings;
  /** Fiscal year (BE) of today in Bangkok, for defaults. */
  todayFiscalYear: number;
  organisationTypes: string[];
}

export interface CreatePlanRequest {
  organisationName: string;
  organisationType: string;
  planKind: 'five-year' | 'annual';
  fromYear: number;
  toYear: number;
  /** Fiscal year the quarter ticks are for (the annual plan's year, or the current year of a 5-year plan). */
  quarterYear: number;
}

export interface CreatePlanResult {
  sheetName: string;
  firstDataRow: number;
  lastDataRow: number;
  columns: number;
}

export interface AdoptionPreview {
  sheetName: string;
  layout: 'five-year' | 'annual';
  years: number[];
  projects: number;
  totalRows: number;
  headerRows: number[];
  columns: { cell: string; role: string; label: string; labelEn: string; header: string }[];
  unknownHeaders: { cell: string; text: string }[];
  notUnderstood: { cell: string; message: string; messageEn: string }[];
  ticks: { count: number; cells: string[] };
  numbers: { count: number; cells: string[] };
}

export interface AdoptRequest {
  convertTicks: boolean;
  convertNumbers: boolean;
}

export interface AdoptionResult {
  sheetName: string;
  validatedCells: number;
  ticksConverted: number;
  numbersConverted: number;
  keptValidations: number;
}

export interface FindingView {
  severity: Severity;
  code: string;
  cell: string;
  message: string;
  messageEn: string;
}

export interface CheckResult {
  sheetName: string;
  layout: 'five-year' | 'annual';
  years: number[];
  projects: number;
  errors: number;
  warnings: number;
  findings: FindingView[];
}

export interface SelectCellRequest {
  sheetName: string;
  cell: string;
}

export interface TotalsResult {
  sheetName: string;
  summarySheet: string;
  rowsInserted: number;
  formulasWritten: number;
  chart: 'created' | 'updated';
  years: string[];
  /** Budget per dimension and year as the core computes it from the values, for the sidebar table. */
  byDimension: Record<string, Record<string, number>>;
  byYear: Record<string, number>;
  grand: number;
  quarters: number[];
}

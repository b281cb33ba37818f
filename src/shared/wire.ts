/**
 * What crosses google.script.run between the sidebar and the server: plain JSON only (no Dates,
 * no functions). The sidebar imports these types, never server code.
 */
import type { PlanSettings } from './settings';

export type Lang = 'th' | 'en';

export type Severity = 'error' | 'warning';

/** The sidebar's sections; a menu item may open the sidebar on one. */
export type Section = 'plan' | 'check' | 'totals' | 'docs';

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

// ---- Project details and documents ------------------------------------------------------------

/** The sections the sidebar's form edits, as the details sheet holds them (lists one item per line). */
export const EDITABLE_SECTIONS = [
  'rationale',
  'objectives',
  'targets',
  'method',
  'responsible',
  'outputs',
  'outcomes',
] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];

export interface DetailsSheetResult {
  sheetName: string;
  rows: number;
}

export interface ProjectChoice {
  id: string;
  row: number;
  name: string;
  hasDetails: boolean;
}

export interface ProjectDetailsView {
  projectId: string;
  /** The plan row (1-based) and the details row, when there is one. */
  row: number;
  detailsRow: number | null;
  detailsSheet: string | null;
  name: string;
  /** From the plan, as the document will print them. */
  period: string;
  budget: string[];
  fields: Record<EditableSection, string>;
  /** Required sections still empty (Thai). */
  missing: string[];
  projects: ProjectChoice[];
}

export interface ProjectDetailsRequest {
  projectId?: string;
}

export interface SaveDetailsRequest {
  projectId: string;
  fields: Record<EditableSection, string>;
}

export type DocActionView = 'create' | 'update' | 'unchanged' | 'no-details' | 'incomplete';

export interface DocProjectView {
  projectId: string;
  row: number;
  name: string;
  action: DocActionView;
  reason: string;
  reasonEn: string;
  url: string | null;
}

export interface DocsOverview {
  sheetName: string;
  detailsSheet: string | null;
  folderUrl: string | null;
  templateUrl: string | null;
  projects: DocProjectView[];
  counts: Record<DocActionView, number>;
  findings: FindingView[];
}

export interface DocsRunStart extends DocsOverview {
  folderUrl: string;
  templateUrl: string;
  /** "…สร้างโฟลเดอร์ไว้ใน My Drive" when it could not go next to the spreadsheet. */
  folderNote: string;
  quota: { toCreate: number; createdToday: number; mayStop: boolean; message: string; messageEn: string };
}

export interface DocsBatchRequest {
  /** Project ids that failed earlier in this run: not tried again until the next run. */
  skip: string[];
  /** Only these projects (the preview). */
  only?: string[];
  /** At most this many documents in this call (smaller batches move the progress bar more often). */
  maxDocs?: number;
}

export interface DocResultView {
  projectId: string;
  row: number;
  name: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'failed';
  url: string | null;
  error: string;
}

export interface DocsBatchResult {
  results: DocResultView[];
  /** Documents still to write in this run after this batch. */
  remaining: number;
  finished: boolean;
  /** Why the run stopped early: Google's daily quota; the user can carry on later. */
  stopped: 'quota' | null;
  message: string;
}

export interface PlanDocumentRequest {
  pdf: boolean;
}

export interface PlanDocumentResult {
  name: string;
  url: string;
  pdfUrl: string | null;
  projects: number;
  /** False when ส่วนที่ ๒ could not be turned landscape (Docs advanced service off). */
  landscape: boolean;
}

/**
 * What the sidebar server functions return, as zod/mini schemas and their types (wire.ts
 * re-exports the types). Code.js imports this file for types only, so none of these schemas is in
 * the Apps Script bundle; the add-on tests parse every result with them (RESULT_SCHEMAS, below).
 * Strict objects: a field the server adds without declaring it here fails those tests.
 */
import * as z from 'zod/mini';
import type { ServerApi } from './api';
import { AnnualPreviewSchema, AnnualResultSchema } from './annualWire';
import { EDITABLE_SECTIONS } from './detailSections';
import { FiscalYearsSchema, PlanKindSchema, PlanSettingsSchema } from './settings';
import { RoundSchema } from './followUpWire';
import { ApplyTextFixesResultSchema, TextFixSchema } from './fixWire';
import { ReportDocResultSchema, ReportFormSchema } from './reportWire';

const Text = z.string();
const Count = z.int().check(z.nonnegative());
const Row = z.int().check(z.positive());
const Cells = z.array(Text);

export const LangSchema = z.enum(['th', 'en']);
export type Lang = z.infer<typeof LangSchema>;

/** The sidebar's sections; a menu item may open the sidebar on one. */
export const SectionSchema = z.enum(['plan', 'check', 'totals', 'docs', 'annual']);
export type Section = z.infer<typeof SectionSchema>;

export const SidebarStateSchema = z.strictObject({
  lang: LangSchema,
  section: SectionSchema,
  spreadsheetName: Text,
  activeSheet: Text,
  /** The sheet SaiSaat treats as the plan (registered, or the active sheet if it looks like one). */
  planSheet: z.nullable(Text),
  /** The saved settings, with the years the create form proposes when none were saved. */
  settings: z.extend(PlanSettingsSchema, { fiscalYears: FiscalYearsSchema }),
  /** Fiscal year (BE) of today in Bangkok, for defaults. */
  todayFiscalYear: z.int(),
  organisationTypes: z.array(Text),
});
export type SidebarState = z.infer<typeof SidebarStateSchema>;

/** A plan sheet made, or (when a plan sheet exists and no new name was given) the existing one's name: never a silent copy. */
export const CreatePlanResultSchema = z.union([
  z.strictObject({
    sheetName: Text,
    firstDataRow: Row,
    lastDataRow: Row,
    columns: Count,
  }),
  /** The existing plan sheet, and every sheet's name so the sidebar can check a new name before asking. */
  z.strictObject({ existingSheet: Text, sheetNames: z.array(Text) }),
]);
export type CreatePlanResult = z.infer<typeof CreatePlanResultSchema>;

/** Something in the sheet the server could not read, at its cell. */
const CellMessage = z.strictObject({ cell: Text, message: Text, messageEn: Text });

export const AdoptionPreviewSchema = z.strictObject({
  sheetName: Text,
  layout: PlanKindSchema,
  /** What kind of plan, by its years: "แผน ๔ ปี", "แผนประจำปี" (core/period.ts), in Thai and English. */
  kind: Text,
  kindEn: Text,
  years: z.array(z.int()),
  projects: Count,
  totalRows: Count,
  headerRows: z.array(Row),
  columns: z.array(z.strictObject({ cell: Text, role: Text, label: Text, labelEn: Text, header: Text })),
  unknownHeaders: z.array(z.strictObject({ cell: Text, text: Text })),
  notUnderstood: z.array(CellMessage),
  /** Ticks and amounts written as text, which adopting may convert: how many, and the first cells. */
  ticks: z.strictObject({ count: Count, cells: Cells }),
  numbers: z.strictObject({ count: Count, cells: Cells }),
});
export type AdoptionPreview = z.infer<typeof AdoptionPreviewSchema>;

export const AdoptionResultSchema = z.strictObject({
  sheetName: Text,
  validatedCells: Count,
  ticksConverted: Count,
  numbersConverted: Count,
  keptValidations: Count,
});
export type AdoptionResult = z.infer<typeof AdoptionResultSchema>;

export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/** `fix`: the text proposed for the cell, which the sidebar offers to apply (fixWire.ts). */
export const FindingViewSchema = z.extend(CellMessage, {
  severity: SeveritySchema,
  code: Text,
  fix: z.optional(TextFixSchema),
});
export type FindingView = z.infer<typeof FindingViewSchema>;

export const CheckResultSchema = z.strictObject({
  sheetName: Text,
  layout: PlanKindSchema,
  years: z.array(z.int()),
  projects: Count,
  errors: Count,
  warnings: Count,
  findings: z.array(FindingViewSchema),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const TotalsResultSchema = z.strictObject({
  sheetName: Text,
  summarySheet: Text,
  rowsInserted: Count,
  formulasWritten: Count,
  chart: z.enum(['created', 'updated']),
  years: z.array(Text),
  /** Budget per dimension and year as the core computes it from the values, for the sidebar table. */
  byDimension: z.record(Text, z.record(Text, z.number())),
  byYear: z.record(Text, z.number()),
  /** The projects without a readable dimension: budget per year and how many. */
  unassigned: z.strictObject({ byYear: z.record(Text, z.number()), projects: Count }),
  grand: z.number(),
  quarters: z.array(Count),
});
export type TotalsResult = z.infer<typeof TotalsResultSchema>;

// ---- Project details and documents ------------------------------------------------------------

export const DetailsSheetResultSchema = z.strictObject({ sheetName: Text, rows: Count });
export type DetailsSheetResult = z.infer<typeof DetailsSheetResultSchema>;

export const ProjectChoiceSchema = z.strictObject({ id: Text, row: Row, name: Text, hasDetails: z.boolean() });
export type ProjectChoice = z.infer<typeof ProjectChoiceSchema>;

export const ProjectDetailsViewSchema = z.strictObject({
  projectId: Text,
  /** The plan row (1-based) and the details row, when there is one. */
  row: Row,
  detailsRow: z.nullable(Row),
  detailsSheet: z.nullable(Text),
  name: Text,
  /** From the plan, as the document will print them. */
  period: Text,
  budget: z.array(Text),
  fields: z.record(z.enum(EDITABLE_SECTIONS), Text),
  /** Required sections still empty, in Thai and in English. */
  missing: z.array(Text),
  missingEn: z.array(Text),
  projects: z.array(ProjectChoiceSchema),
});
export type ProjectDetailsView = z.infer<typeof ProjectDetailsViewSchema>;

export const DocActionViewSchema = z.enum(['create', 'update', 'unchanged', 'no-details', 'incomplete']);
export type DocActionView = z.infer<typeof DocActionViewSchema>;

export const DocProjectViewSchema = z.strictObject({
  projectId: Text,
  row: Row,
  name: Text,
  action: DocActionViewSchema,
  reason: Text,
  reasonEn: Text,
  url: z.nullable(Text),
});
export type DocProjectView = z.infer<typeof DocProjectViewSchema>;

export const DocsOverviewSchema = z.strictObject({
  sheetName: Text,
  detailsSheet: z.nullable(Text),
  folderUrl: z.nullable(Text),
  templateUrl: z.nullable(Text),
  projects: z.array(DocProjectViewSchema),
  counts: z.record(DocActionViewSchema, Count),
  findings: z.array(FindingViewSchema),
  /** Google Picker is set up in this deployment (script properties): the folder can be picked, access granted. */
  picker: z.boolean(),
  /** The running user works on their own set of documents (their Drive), not the spreadsheet's. */
  ownSet: z.boolean(),
  /** The folder picked for the documents folder to be made in; null: it is made in My Drive. */
  parentFolderUrl: z.nullable(Text),
});
export type DocsOverview = z.infer<typeof DocsOverviewSchema>;

/**
 * A run stopped before making anything because the spreadsheet's documents were made by another
 * editor whose files this user's Drive access does not reach: who and when, what they can open.
 */
export const DocsTeamViewSchema = z.strictObject({
  /** The maker's email; '' when Google does not show it. */
  owner: Text,
  /** When the set was made, in Thai and English ('' when not remembered). */
  madeOn: Text,
  madeOnEn: Text,
  /** Remembered files (folder, template, documents) this user cannot reach in Drive. */
  unreachable: Count,
  /** Documents this user can open (shared with them). */
  openable: z.array(z.strictObject({ projectId: Text, name: Text, url: Text })),
  folderUrl: z.nullable(Text),
  /** The folder Picker opens on to grant access ('' when none is remembered). */
  folderId: Text,
  picker: z.boolean(),
  message: Text,
  messageEn: Text,
});
export type DocsTeamView = z.infer<typeof DocsTeamViewSchema>;

/** What the sidebar's Google Picker needs: the Cloud project number, the API key and the user's token. */
export const PickerConfigSchema = z.strictObject({ appId: Text, developerKey: Text, token: Text });
export type PickerConfig = z.infer<typeof PickerConfigSchema>;

export const DocsRunStartSchema = z.extend(DocsOverviewSchema, {
  /** Not null: the run is stopped (nothing was made) and the user chooses what to do. */
  team: z.nullable(DocsTeamViewSchema),
  folderUrl: Text,
  templateUrl: Text,
  /** "…สร้างโฟลเดอร์ไว้ใน My Drive" when it could not go next to the spreadsheet, and its English. */
  folderNote: Text,
  folderNoteEn: Text,
  quota: z.strictObject({
    toCreate: Count,
    createdToday: Count,
    mayStop: z.boolean(),
    message: Text,
    messageEn: Text,
  }),
});
export type DocsRunStart = z.infer<typeof DocsRunStartSchema>;

export const DocResultViewSchema = z.strictObject({
  projectId: Text,
  row: Row,
  name: Text,
  outcome: z.enum(['created', 'updated', 'unchanged', 'failed']),
  url: z.nullable(Text),
  /** Why the document failed, in Thai and English ('' when it did not). */
  error: Text,
  errorEn: Text,
});
export type DocResultView = z.infer<typeof DocResultViewSchema>;

export const DocsBatchResultSchema = z.strictObject({
  results: z.array(DocResultViewSchema),
  /** Documents still to write in this run after this batch. */
  remaining: Count,
  finished: z.boolean(),
  /** Why the run stopped early: Google's daily quota; the user can carry on later. */
  stopped: z.nullable(z.literal('quota')),
  message: Text,
});
export type DocsBatchResult = z.infer<typeof DocsBatchResultSchema>;

export const PlanDocumentResultSchema = z.strictObject({
  name: Text,
  url: Text,
  pdfUrl: z.nullable(Text),
  projects: Count,
  /** False when ส่วนที่ ๒ could not be turned landscape (Docs advanced service off). */
  landscape: z.boolean(),
});
export type PlanDocumentResult = z.infer<typeof PlanDocumentResultSchema>;

export const FollowUpColumnsResultSchema = z.strictObject({
  sheetName: Text,
  /** The first added column's letters ("N"), and how many were added. */
  firstColumn: Text,
  columns: Count,
});
export type FollowUpColumnsResult = z.infer<typeof FollowUpColumnsResultSchema>;

export const FollowUpSummaryResultSchema = z.strictObject({
  sheetName: Text,
  summarySheet: Text,
  round: RoundSchema,
  chart: z.enum(['created', 'updated']),
});
export type FollowUpSummaryResult = z.infer<typeof FollowUpSummaryResultSchema>;

/** Each sidebar server function's result schema: one for every function of ServerApi, no other. */
export const RESULT_SCHEMAS = {
  getSidebarState: SidebarStateSchema,
  createPlanSheet: CreatePlanResultSchema,
  getAdoptionPreview: AdoptionPreviewSchema,
  adoptSheet: AdoptionResultSchema,
  checkPlan: CheckResultSchema,
  selectCell: z.void(),
  updateTotals: TotalsResultSchema,
  createDetailsSheet: DetailsSheetResultSchema,
  getProjectDetails: ProjectDetailsViewSchema,
  saveProjectDetails: ProjectDetailsViewSchema,
  getDocsOverview: DocsOverviewSchema,
  startDocsRun: DocsRunStartSchema,
  generateDocsBatch: DocsBatchResultSchema,
  generatePlanDocument: PlanDocumentResultSchema,
  getPickerConfig: PickerConfigSchema,
  chooseDocsFolder: DocsOverviewSchema,
  chooseDocsSet: DocsOverviewSchema,
  addFollowUpColumns: FollowUpColumnsResultSchema,
  updateFollowUpSummary: FollowUpSummaryResultSchema,
  applyTextFixes: ApplyTextFixesResultSchema,
  getReportForm: ReportFormSchema,
  makeReportDoc: ReportDocResultSchema,
  makeAnnouncementDoc: ReportDocResultSchema,
  previewAnnualPlan: AnnualPreviewSchema,
  writeAnnualPlan: AnnualResultSchema,
  openPlanSheet: z.void(),
} satisfies { [K in keyof ServerApi]: z.ZodMiniType<ReturnType<ServerApi[K]>> };

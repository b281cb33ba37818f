/**
 * What crosses google.script.run between the sidebar and the server: plain JSON only (no Dates,
 * no functions). Each request is a zod/mini schema, which the server parses every request with,
 * and its type; the results' schemas are in results.ts, which Code.js imports for types only, and
 * their types are re-exported here. The sidebar imports types only from this file (its values
 * would bring zod into the sidebar's bundle).
 */
import * as z from 'zod/mini';
import { EDITABLE_SECTIONS, type EditableSection } from './detailSections';
import { BeYearSchema, PlanKindSchema } from './settings';

/** A cell name the sidebar may ask to select ("E12"): at most 3 letters and Sheets' row limit. */
export const A1_PATTERN = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

export type {
  AdoptionPreview,
  AdoptionResult,
  CheckResult,
  CreatePlanResult,
  DetailsSheetResult,
  DocActionView,
  DocProjectView,
  DocResultView,
  DocsBatchResult,
  DocsOverview,
  DocsRunStart,
  DocsTeamView,
  FindingView,
  Lang,
  PickerConfig,
  PlanDocumentResult,
  ProjectChoice,
  ProjectDetailsView,
  Section,
  Severity,
  SidebarState,
  TotalsResult,
} from './results';

/** A sheet name the user types; shared/sheetName.ts says what Sheets takes, the server checks it whole. */
const SheetNameSchema = z.string().check(z.maxLength(1000));

export const CreatePlanRequestSchema = z.object({
  organisationName: z.string().check(z.maxLength(200)),
  organisationType: z.string().check(z.maxLength(60)),
  planKind: PlanKindSchema,
  fromYear: BeYearSchema,
  toYear: BeYearSchema,
  /** Fiscal year the quarter ticks are for (the annual plan's year, or the current year of a 5-year plan). */
  quarterYear: BeYearSchema,
  /** The name the user chose for a new plan sheet while one exists; without it, an existing plan is reported, not copied. */
  sheetName: z.optional(SheetNameSchema),
});
export type CreatePlanRequest = z.infer<typeof CreatePlanRequestSchema>;

/** Which conversions the user agreed to when adopting a sheet. */
export const AdoptRequestSchema = z.object({ convertTicks: z.boolean(), convertNumbers: z.boolean() });
export type AdoptRequest = z.infer<typeof AdoptRequestSchema>;

export const SelectCellRequestSchema = z.object({
  sheetName: z.string().check(z.minLength(1)),
  cell: z.string().check(z.regex(A1_PATTERN)),
});
export type SelectCellRequest = z.infer<typeof SelectCellRequestSchema>;

// ---- Project details and documents ------------------------------------------------------------

const ProjectId = z.string().check(z.maxLength(200));

/** No project id: the project on the selected row. */
export const ProjectDetailsRequestSchema = z.object({ projectId: z.optional(ProjectId) });
export type ProjectDetailsRequest = z.infer<typeof ProjectDetailsRequestSchema>;

/** Google Sheets holds at most 50,000 characters in a cell. */
export const CellText = z.string().check(z.maxLength(50_000));
export const SaveDetailsRequestSchema = z.object({
  projectId: ProjectId.check(z.minLength(1)),
  fields: z.object(
    Object.fromEntries(EDITABLE_SECTIONS.map((s) => [s, CellText])) as Record<EditableSection, typeof CellText>,
  ),
});
export type SaveDetailsRequest = z.infer<typeof SaveDetailsRequestSchema>;

/** At most this many documents in one server call, which must end well within Apps Script's 6 minutes. */
export const MAX_DOCS_PER_BATCH = 25;

export const DocsBatchRequestSchema = z.object({
  /** Project ids that failed earlier in this run: not tried again until the next run. */
  skip: z.array(ProjectId),
  /** Only these projects (the preview). */
  only: z.optional(z.array(ProjectId)),
  /** At most this many documents in this call (smaller batches move the progress bar more often). */
  maxDocs: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_DOCS_PER_BATCH))),
});
export type DocsBatchRequest = z.infer<typeof DocsBatchRequestSchema>;

export const PlanDocumentRequestSchema = z.object({ pdf: z.boolean() });
export type PlanDocumentRequest = z.infer<typeof PlanDocumentRequestSchema>;

/** A Drive file id as Google Picker returns it. */
export const ChooseFolderRequestSchema = z.object({
  folderId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,200}$/)),
});
export type ChooseFolderRequest = z.infer<typeof ChooseFolderRequestSchema>;

/** The user's own set of documents in their Drive (true), or the spreadsheet's (false). */
export const ChooseSetRequestSchema = z.object({ own: z.boolean() });
export type ChooseSetRequest = z.infer<typeof ChooseSetRequestSchema>;

/** Open (activate) a sheet by its name: the existing plan sheet the create form reported. */
export const OpenSheetRequestSchema = z.object({ sheetName: SheetNameSchema.check(z.minLength(1)) });
export type OpenSheetRequest = z.infer<typeof OpenSheetRequestSchema>;

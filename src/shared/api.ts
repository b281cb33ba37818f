/**
 * The sidebar server functions: exactly what the sidebar may call through google.script.run,
 * each with its request and result. src/addon/index.ts fails to compile unless its exports match
 * (so renaming or retyping one breaks the build, not the user); the sidebar's call() is typed from
 * it; the add-on tests parse every result with RESULT_SCHEMAS (results.ts). Types only.
 */
import type * as wire from './wire';
import type * as followUp from './followUpWire';
import type * as fixWire from './fixWire';
import type * as report from './reportWire';
import type * as annualWire from './annualWire';

// Function-typed properties rather than methods: TypeScript then checks parameters strictly.
export interface ServerApi {
  getSidebarState: () => wire.SidebarState;
  createPlanSheet: (request: wire.CreatePlanRequest) => wire.CreatePlanResult;
  getAdoptionPreview: () => wire.AdoptionPreview;
  adoptSheet: (request: wire.AdoptRequest) => wire.AdoptionResult;
  checkPlan: () => wire.CheckResult;
  selectCell: (request: wire.SelectCellRequest) => void;
  updateTotals: () => wire.TotalsResult;
  createDetailsSheet: () => wire.DetailsSheetResult;
  getProjectDetails: (request?: wire.ProjectDetailsRequest) => wire.ProjectDetailsView;
  saveProjectDetails: (request: wire.SaveDetailsRequest) => wire.ProjectDetailsView;
  getDocsOverview: () => wire.DocsOverview;
  startDocsRun: () => wire.DocsRunStart;
  generateDocsBatch: (request: wire.DocsBatchRequest) => wire.DocsBatchResult;
  generatePlanDocument: (request: wire.PlanDocumentRequest) => wire.PlanDocumentResult;
  getPickerConfig: () => wire.PickerConfig;
  chooseDocsFolder: (request: wire.ChooseFolderRequest) => wire.DocsOverview;
  chooseDocsSet: (request: wire.ChooseSetRequest) => wire.DocsOverview;
  addFollowUpColumns: () => followUp.FollowUpColumnsResult;
  updateFollowUpSummary: (request: followUp.FollowUpSummaryRequest) => followUp.FollowUpSummaryResult;
  applyTextFixes: (request: fixWire.ApplyTextFixesRequest) => fixWire.ApplyTextFixesResult;
  getReportForm: (request: report.ReportFormRequest) => report.ReportForm;
  makeReportDoc: (request: report.ReportDocRequest) => report.ReportDocResult;
  makeAnnouncementDoc: (request: report.AnnouncementDocRequest) => report.ReportDocResult;
  previewAnnualPlan: (request: annualWire.AnnualPreviewRequest) => annualWire.AnnualPreview;
  writeAnnualPlan: (request: annualWire.AnnualRequest) => annualWire.AnnualResult;
  openPlanSheet: (request: wire.OpenSheetRequest) => void;
}

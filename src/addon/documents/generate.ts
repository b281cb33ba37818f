/**
 * สร้างเอกสารรายละเอียดโครงการ: one Google Doc per project with details, made from the office's
 * template in SaiSaat's folder, in batches the sidebar drives (each call well under Apps Script's
 * 6-minute limit). Idempotent: a project's document id and content hash are remembered by project
 * id, so a rerun updates documents in place (links stay valid), skips unchanged ones, creates no
 * duplicates and carries on where a cut-off run stopped. Also the whole plan document.
 */
import type { Cell } from '../../core/read/cells';
import { linkDetails } from '../../core/read/details/link';
import {
  countActions,
  documentContext,
  isQuotaError,
  planDocuments,
  quotaNotice,
  statusText,
  statusTime,
  errorText,
  type DocOutcome,
  type DocPlanItem,
} from '../../core/document/generation';
import { documentText, PAGE, type DocModel } from '../../core/document/model';
import { buildPlanDocument, documentedProjects } from '../../core/document/planDocument';
import { contentHash, safeFileName } from '../../core/document/projectDocument';
import { checkTemplate, defaultTemplate, type TemplateCheck } from '../../core/document/template';
import { sortFindings } from '../../core/check/findings';
import { detailsWrapFindings } from '../../core/check/rules/wrapSpaces';
import type { PlanReading } from '../../core/read/planReader';
import type { Catalogue } from '../../core/data/catalogue';
import type { PlanSettings } from '../../shared/settings';
import { encodeMessage, type Bilingual } from '../../shared/userMessage';
import { findDetailsSheet } from '../detailsSheet';
import { findingView } from '../checkSheet';
import { requirePlan } from '../planSheet';
import { ensureProjectIds } from '../projectIds';
import { UserError, withDocumentLock } from '../spreadsheet';
import { isTransient, withBackoff } from '../retry';
import {
  ChooseFolderRequestSchema,
  ChooseSetRequestSchema,
  DocsBatchRequestSchema,
  MAX_DOCS_PER_BATCH,
  PlanDocumentRequestSchema,
  type DocProjectView,
  type DocResultView,
  type ChooseFolderRequest,
  type ChooseSetRequest,
  type DocsBatchRequest,
  type DocsBatchResult,
  type DocsOverview,
  type DocsRunStart,
  type PlanDocumentRequest,
  type PlanDocumentResult,
} from '../../shared/wire';
import { applySections, clearDocument, docsApiAvailable } from './pageOrientation';
import {
  copyFile,
  createDocument,
  createFolder,
  documentUrl,
  fileUrl,
  folderUrl,
  isAlive,
  isPermissionError,
  modifiedTime,
  pickedFolderName,
  requireDocsScopes,
  saveBlob,
  AuthorizationNeeded,
} from './drive';
import { ensureDocColumns, writeDocRow, writeSkippedStatuses, type DocColumns } from './planLinks';
import {
  appendBlocks,
  copyTemplate,
  dropLeadingEmptyParagraph,
  fillTemplate,
  readTemplate,
  setPage,
  type TemplateBody,
} from './googleDocRender';
import * as state from './state';
import { pickerSettings } from './picker';
import { blockedRun, RunBlocked, teamView } from './team';
import { datePartsIn } from '../clock';

/** Stop starting new documents after this long in one server call (Apps Script allows 6 minutes). */
const BATCH_MS = 30_000;
const TEMPLATE_NAME = 'แม่แบบเอกสารรายละเอียดโครงการ (ใสสะอาด)';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface PlanContext {
  ss: Spreadsheet;
  sheet: Sheet;
  values: Cell[][];
  reading: PlanReading;
  settings: PlanSettings;
  catalogue: Catalogue;
  detailsSheet: string | null;
  links: ReturnType<typeof linkDetails>['links'];
  findings: ReturnType<typeof linkDetails>['findings'];
}

/** The plan with each project's details linked, and what the linking found. */
function loadLinkedPlan(ss: Spreadsheet): PlanContext {
  const { sheet, values, reading, settings, catalogue } = requirePlan(ss);
  const details = findDetailsSheet(ss, sheet);
  const linked = linkDetails(reading.projects, details?.details ?? { details: [] });
  const findings = details
    ? [...linked.findings, ...detailsWrapFindings(details.values, details.details)]
    : linked.findings;
  return {
    ss,
    sheet,
    values,
    reading,
    settings,
    catalogue,
    detailsSheet: details?.sheet.getName() ?? null,
    links: linked.links,
    findings,
  };
}

/** Each project's action, its document named as the CLI names its .docx (so Drive gets no control, path or bidi character). */
function plan(ctx: PlanContext, templateKey: string): DocPlanItem[] {
  return planDocuments(
    ctx.links,
    state.readStates(),
    documentContext(ctx.reading, ctx.settings, ctx.catalogue),
    templateKey,
  ).map((i) => (i.docName ? { ...i, docName: safeFileName(i.docName) } : i));
}

function projectViews(items: DocPlanItem[]): DocProjectView[] {
  return items.map((i) => ({
    projectId: i.projectId,
    row: i.row,
    name: i.name,
    action: i.action,
    reason: i.reason,
    reasonEn: i.reasonEn,
    url: i.docId ? documentUrl(i.docId) : null,
  }));
}

function overview(ctx: PlanContext, items: DocPlanItem[]): DocsOverview {
  const folder = state.folderId();
  const template = state.templateId();
  const parent = state.parentFolderId();
  return {
    sheetName: ctx.sheet.getName(),
    detailsSheet: ctx.detailsSheet,
    folderUrl: folder ? folderUrl(folder) : null,
    templateUrl: template ? documentUrl(template) : null,
    projects: projectViews(items),
    counts: countActions(items),
    // Findings about the details sheet: their fixes are in it.
    findings: sortFindings(ctx.findings).map((f) => findingView(f, ctx.detailsSheet ?? '')),
    picker: pickerSettings() !== null,
    ownSet: state.isOwnSet(),
    parentFolderUrl: parent ? folderUrl(parent) : null,
  };
}

/** What a run would do, from the sheets and SaiSaat's memory only (no Drive call, no permission needed). */
export function docsOverview(): DocsOverview {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  state.begin(ss);
  const ctx = loadLinkedPlan(ss);
  // The template as the last run saw it: if it was edited since, the run will find more to update.
  return overview(ctx, plan(ctx, state.templateVersion()));
}

/** Now, as the status cells show it in the spreadsheet's time zone. */
function today(tz: string): { time: string } {
  return { time: statusTime(datePartsIn(tz)) };
}

/**
 * SaiSaat's folder, made the first time (and again if the user deleted it) in the folder they
 * picked, else in My Drive — said plainly, since the folder can be moved and its links stay valid.
 */
export function ensureFolder(ss: Spreadsheet): { id: string; note: Bilingual | null } {
  const known = state.folderId();
  if (known && isAlive(known)) return { id: known, note: null };
  const parent = state.parentFolderId();
  const made = createFolder(safeFileName(`เอกสารโครงการ – ${ss.getName()}`), parent);
  state.saveFolderId(made.id);
  const refused = parent
    ? { th: ' เพราะเขียนลงโฟลเดอร์ที่เลือกไว้ไม่ได้', en: ': the folder you picked cannot be written to' }
    : { th: '', en: '' };
  return {
    id: made.id,
    note: made.inParent
      ? null
      : {
          th: `สร้างโฟลเดอร์เอกสารไว้ใน "ไดรฟ์ของฉัน"${refused.th} — ย้ายโฟลเดอร์ไปไว้ที่ใดก็ได้ ลิงก์เอกสารยังใช้ได้เหมือนเดิม`,
          en: `The documents folder was made in "My Drive"${refused.en} — move it anywhere you like; the documents' links keep working`,
        },
  };
}

interface Template {
  id: string;
  body: TemplateBody;
  /** Its version: documents are redone once after the template is edited. */
  key: string;
}

/** Why the template cannot be used (the core words it in Thai; the English is said here from its lists). */
function templateProblem(check: TemplateCheck, url: string): Bilingual {
  const names = (list: string[]) => list.map((n) => `{{${n}}}`).join(', ');
  const problems = [
    check.unknown.length ? `unknown placeholders ${names(check.unknown)} (check the spelling)` : '',
    check.missing.length ? `required placeholders missing: ${names(check.missing)}` : '',
  ];
  return {
    th: `${check.message} — แก้ไขแม่แบบที่ ${url}`,
    en: `The document template cannot be used: ${problems.filter(Boolean).join('; ')} — fix the template at ${url}`,
  };
}

/** The office's template, created from SaiSaat's default on first use, then checked. */
function ensureTemplate(folder: string, settings: PlanSettings): Template {
  let id = state.templateId();
  if (!id || !isAlive(id)) {
    id = createDocument(TEMPLATE_NAME, folder);
    const doc = DocumentApp.openById(id);
    const body = doc.getBody();
    setPage(body);
    appendBlocks(body, defaultTemplate(settings.documents.digits), settings.documents.font);
    dropLeadingEmptyParagraph(body);
    doc.saveAndClose();
    state.saveTemplateId(id);
  }
  const body = readTemplate(DocumentApp.openById(id));
  const check = checkTemplate(body.text);
  if (!check.ok) throw new UserError(templateProblem(check, documentUrl(id)));
  const key = modifiedTime(id);
  state.saveTemplateVersion(key);
  return { id, body, key };
}

/**
 * Stops the run before anything is made when the remembered documents were made by another editor
 * whose files this user cannot reach (team.ts): never a silent second set.
 */
export function requireReachable(ss: Spreadsheet): void {
  const blocked = blockedRun(state.readStates());
  if (blocked) throw new RunBlocked(blocked, ss.getSpreadsheetTimeZone());
}

/**
 * Everything a run needs, prepared under the lock: ids, columns, folder, template, plan. The link
 * columns are the spreadsheet's: a user's own set of documents gets none.
 */
function prepare(ss: Spreadsheet) {
  state.begin(ss);
  requireReachable(ss);
  let ctx = loadLinkedPlan(ss);
  if (ensureProjectIds(ctx.sheet, ctx.reading, ctx.values)) ctx = loadLinkedPlan(ss);
  const folder = ensureFolder(ss);
  const template = ensureTemplate(folder.id, ctx.settings);
  const columns = state.isOwnSet() ? null : ensureDocColumns(ctx.sheet, ctx.reading);
  return { ctx, folder, template, columns, items: plan(ctx, template.key) };
}

/**
 * `prepare` retried when Google asks to slow down (it is safe to repeat: what it makes is
 * remembered at once); when Google still refuses, or the daily quota is spent, the user is told
 * in their words instead of Google's.
 */
function prepareWithBackoff(ss: Spreadsheet, deadline: number): Prepared {
  return retriedOrTold(() => prepare(ss), deadline);
}

/** `work`, safe to repeat, retried while Google asks to slow down; Google's refusal then told in the user's words. */
export function retriedOrTold<T>(work: () => T, deadline: number): T {
  try {
    return withBackoff(work, deadline);
  } catch (e) {
    const raw = String((e as Error)?.message ?? e);
    if (isQuotaError(raw) || isTransient(e)) throw new UserError(errorText(raw));
    throw e;
  }
}

/** The blocked run's start: nothing made; who made the documents, when, and what this user can open. */
function blockedStart(ss: Spreadsheet, blocked: RunBlocked): DocsRunStart {
  const ctx = loadLinkedPlan(ss);
  const items = plan(ctx, state.templateVersion());
  const names = new Map(items.map((i) => [i.projectId, i.name]));
  const template = state.templateId();
  return {
    ...overview(ctx, items),
    folderUrl: state.folderId() ? folderUrl(state.folderId()!) : '',
    templateUrl: template ? documentUrl(template) : '',
    folderNote: '',
    folderNoteEn: '',
    quota: quotaNotice(0, 0),
    team: teamView(blocked.blocked, state.readStates(), names, ss.getSpreadsheetTimeZone()),
  };
}

/** Sidebar "สร้างเอกสาร": permissions, folder and template ready, the template checked, the quota told. */
export function startDocsRun(): DocsRunStart {
  requireDocsScopes();
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let prepared: Prepared;
    try {
      prepared = prepareWithBackoff(ss, Date.now() + BATCH_MS);
    } catch (e) {
      if (e instanceof RunBlocked) return blockedStart(ss, e);
      throw e;
    }
    const { ctx, folder, template } = prepared;
    // A document deleted in Drive is made again: once per run, not in every batch.
    const gone = prepared.items.filter((i) => i.action === 'unchanged' && i.docId && !isAlive(i.docId));
    for (const i of gone) state.forgetState(i.projectId);
    const items = gone.length ? plan(ctx, template.key) : prepared.items;
    const counts = countActions(items);
    return {
      ...overview(ctx, items),
      folderUrl: folderUrl(folder.id),
      templateUrl: documentUrl(template.id),
      folderNote: folder.note?.th ?? '',
      folderNoteEn: folder.note?.en ?? '',
      quota: quotaNotice(counts.create, state.createdLast24Hours(Date.now())),
      team: null,
    };
  });
}

/**
 * One project's document: a copy of the template the first time (remembered before it is filled,
 * so a run cut off here updates it next time instead of making another), else the same document
 * emptied and refilled from the template.
 */
function writeProjectDocument(
  item: DocPlanItem,
  template: Template,
  folder: string,
  at: string,
): { docId: string; outcome: DocOutcome } {
  let docId = item.docId && isAlive(item.docId) ? item.docId : null;
  const fresh = docId === null;
  if (!docId) {
    docId = copyFile(template.id, item.docName, folder);
    state.writeState(item.projectId, { docId, hash: '', at });
  }
  const doc = DocumentApp.openById(docId);
  if (!fresh) {
    copyTemplate(doc, template.body);
    if (doc.getName() !== item.docName) doc.setName(item.docName);
  }
  fillTemplate(doc, template.body, item.fields!);
  doc.saveAndClose();
  state.writeState(item.projectId, { docId, hash: item.hash, at });
  return { docId, outcome: fresh ? 'created' : 'updated' };
}

type Prepared = ReturnType<typeof prepare>;
type Day = ReturnType<typeof today>;

/** The projects whose document this batch may write: new or changed, not failed earlier in the run, in the preview if one. */
function pendingItems(items: DocPlanItem[], skip: string[], only: string[] | undefined): DocPlanItem[] {
  const skipped = new Set(skip);
  return items.filter(
    (i) =>
      (i.action === 'create' || i.action === 'update') &&
      !skipped.has(i.projectId) &&
      (!only || only.includes(i.projectId)),
  );
}

/**
 * Documents written one by one until the batch's time or count is spent, each row's link and
 * status as soon as its document is done; Google's daily quota stops the run (what is done stays
 * done). A document Google keeps refusing for a moment (rate limit, server error) ends the batch
 * and is the first of the next one; only when it is the batch's first does it fail for this run,
 * so every batch moves on.
 */
function writeDocuments(prepared: Prepared, pending: DocPlanItem[], maxDocs: number, when: Day, started: number) {
  const { ctx, folder, template, columns } = prepared;
  const at = new Date().toISOString();
  const results: DocResultView[] = [];
  let created = 0;
  try {
    for (const item of pending) {
      if (results.length >= maxDocs || (results.length > 0 && Date.now() - started > BATCH_MS)) break;
      const { result, quota } = runOne(ctx.sheet, columns, item, template, folder.id, at, when.time, {
        deadline: started + BATCH_MS,
        mayDefer: results.length > 0,
      });
      if (!result) {
        // Left for the next batch, which finishes it as an update: a copy already made counts now.
        if (resumed(item).docId !== item.docId) created++;
        break;
      }
      results.push(result);
      if (result.outcome === 'created') created++;
      if (quota) return { results, stopped: 'quota' as const, message: encodeMessage(quotaStop(result.error)) };
    }
  } finally {
    state.countCreated(Date.now(), created);
  }
  return { results, stopped: null, message: '' };
}

/** A preview's project whose document is up to date: reported with its link, so the user can open it. */
function unchangedResults(items: DocPlanItem[], only: string[]): DocResultView[] {
  return items
    .filter((i) => only.includes(i.projectId) && i.action === 'unchanged')
    .map((i) => ({
      projectId: i.projectId,
      row: i.row,
      name: i.name,
      outcome: 'unchanged',
      url: i.docId ? documentUrl(i.docId) : null,
      error: '',
      errorEn: '',
    }));
}

/**
 * One batch of the run the sidebar drives: a failing project is reported and the others go on;
 * when the run is done, the projects that get no document have their status written.
 */
export function docsBatch(request: DocsBatchRequest): DocsBatchResult {
  const { skip, only, maxDocs = MAX_DOCS_PER_BATCH } = DocsBatchRequestSchema.parse(request);
  requireDocsScopes();
  return withDocumentLock(() => {
    const started = Date.now();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const prepared = prepareWithBackoff(ss, started + BATCH_MS);
    const when = today(ss.getSpreadsheetTimeZone());
    const pending = pendingItems(prepared.items, skip, only);
    const { results, stopped, message } = writeDocuments(prepared, pending, maxDocs, when, started);
    const remaining = pending.length - results.length;
    const finished = !stopped && remaining === 0;
    if (finished && !only && prepared.columns) {
      const noDocument = prepared.items.filter((i) => i.action === 'no-details' || i.action === 'incomplete');
      writeSkippedStatuses(
        prepared.ctx.sheet,
        prepared.columns,
        noDocument.map((i) => ({ row: i.row, reason: i.reason })),
      );
    }
    if (only && results.length === 0) results.push(...unchangedResults(prepared.items, only));
    return { results, remaining, finished, stopped, message };
  });
}

/**
 * The run stopped by Google's daily quota, for the sidebar's error box (so in both languages; the
 * failed document's own error, Google's quota words in Thai, leads the Thai text).
 */
function quotaStop(error: string): Bilingual {
  return {
    th: `${error} — เอกสารที่สร้างแล้วยังอยู่ครบ กดสร้างเอกสารอีกครั้งพรุ่งนี้เพื่อทำต่อจากที่ค้างไว้`,
    en: 'Google will not create more documents today (daily quota reached) — the documents already made are all kept: press "Generate all documents" again tomorrow to carry on from where it stopped',
  };
}

/** The item as its saved state now stands: a copy made by a failed try is finished in place, not copied again. */
function resumed(item: DocPlanItem): DocPlanItem {
  return { ...item, docId: state.readState(item.projectId)?.docId ?? item.docId };
}

/**
 * One project's document, retried with backoff while Google asks to slow down; `result` is null
 * when it is left for the next batch (`mayDefer`) after the retries.
 */
function runOne(
  sheet: Sheet,
  columns: DocColumns | null,
  item: DocPlanItem,
  template: Template,
  folder: string,
  at: string,
  time: string,
  retry: { deadline: number; mayDefer: boolean },
): { result: DocResultView | null; quota: boolean } {
  const base = { projectId: item.projectId, row: item.row, name: item.name };
  try {
    const written = withBackoff(
      (attempt) => writeProjectDocument(attempt ? resumed(item) : item, template, folder, at),
      retry.deadline,
    );
    const { docId } = written;
    // A copy made by an earlier try of this call is still this run's creation.
    const outcome = docId === item.docId ? written.outcome : 'created';
    const url = documentUrl(docId);
    if (columns) writeDocRow(sheet, columns, item.row, { text: item.docName, url }, statusText(outcome, time));
    return { result: { ...base, outcome, url, error: '', errorEn: '' }, quota: false };
  } catch (e) {
    const raw = String((e as Error)?.message ?? e);
    if (isPermissionError(raw))
      throw new AuthorizationNeeded(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl());
    if (retry.mayDefer && isTransient(e)) return { result: null, quota: false };
    const error = errorText(raw);
    if (columns) writeDocRow(sheet, columns, item.row, null, statusText('failed', time, error.th));
    return {
      result: {
        ...base,
        outcome: 'failed',
        url: item.docId ? documentUrl(item.docId) : null,
        error: error.th,
        errorEn: error.en,
      },
      quota: isQuotaError(raw),
    };
  }
}

/** The whole plan document's model, dated today in the spreadsheet's time zone, named as the CLI names its .docx. */
function planDocumentModel(ss: Spreadsheet, ctx: PlanContext): DocModel {
  const dc = documentContext(ctx.reading, ctx.settings, ctx.catalogue);
  const { year, month, day } = datePartsIn(ss.getSpreadsheetTimeZone());
  const model = buildPlanDocument({
    reading: ctx.reading,
    links: ctx.links,
    settings: ctx.settings,
    catalogue: ctx.catalogue,
    years: dc.years,
    organisation: dc.organisation,
    date: { year, month, day },
  });
  return { ...model, name: safeFileName(model.name) };
}

/**
 * The document remembered under `key` (the plan document, a report, the announcement) from the last
 * run, emptied of its section breaks; else a new one, remembered at once so a retry finds it.
 */
export function keyedDocumentId(
  key: string,
  name: string,
  folder: string,
  at: string,
  sectionBreaks: boolean,
): { docId: string; created: boolean } {
  const known = state.readState(key);
  const docId = known && isAlive(known.docId) ? known.docId : null;
  // Section breaks are invisible to DocumentApp: the Docs API removes them with the old content.
  if (docId && sectionBreaks) clearDocument(docId);
  if (docId) return { docId, created: false };
  const made = createDocument(name, folder);
  state.writeState(key, { docId: made, hash: '', at });
  state.countCreated(Date.now(), 1);
  return { docId: made, created: true };
}

/** The model written into the document: its parts separated by page breaks when section breaks are not available. */
export function writePlanDocument(docId: string, model: DocModel, font: string, sectionBreaks: boolean): void {
  const doc = DocumentApp.openById(docId);
  if (doc.getName() !== model.name) doc.setName(model.name);
  const body = doc.getBody();
  body.clear();
  setPage(body);
  model.sections.forEach((section, i) => {
    if (i > 0 && !sectionBreaks) body.appendPageBreak();
    appendBlocks(body, section.blocks, font, section.orientation === 'landscape' ? PAGE.heightCm : PAGE.widthCm);
  });
  dropLeadingEmptyParagraph(body);
  doc.saveAndClose();
}

/** The document as a PDF next to it, replacing the last run's PDF; returns its link. */
function savePlanPdf(docId: string, name: string, folder: string, at: string): string {
  const known = state.readState(state.PLAN_PDF_KEY);
  const blob = DocumentApp.openById(docId).getAs('application/pdf').setName(`${name}.pdf`);
  const pdfId = saveBlob(blob, `${name}.pdf`, folder, known && isAlive(known.docId) ? known.docId : null);
  state.writeState(state.PLAN_PDF_KEY, { docId: pdfId, hash: '', at });
  return fileUrl(pdfId);
}

/**
 * The whole plan document (เอกสารแผนทั้งฉบับ): cover, ส่วนที่ ๒ the table (landscape through the
 * Docs advanced service), ส่วนที่ ๓ every detail document; the same document each time, and
 * optionally a PDF of it next to it.
 */
export function planDocument(request: PlanDocumentRequest): PlanDocumentResult {
  const { pdf } = PlanDocumentRequestSchema.parse(request);
  requireDocsScopes();
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    state.begin(ss);
    requireReachable(ss);
    const ctx = loadLinkedPlan(ss);
    const folder = ensureFolder(ss);
    const model = planDocumentModel(ss, ctx);
    const at = new Date().toISOString();
    const sectionBreaks = docsApiAvailable();
    const { docId } = keyedDocumentId(state.PLAN_DOC_KEY, model.name, folder.id, at, sectionBreaks);
    writePlanDocument(docId, model, ctx.settings.documents.font, sectionBreaks);
    const landscape = sectionBreaks && applySections(docId, model);
    const pdfUrl = pdf ? savePlanPdf(docId, model.name, folder.id, at) : null;
    state.writeState(state.PLAN_DOC_KEY, { docId, hash: contentHash(documentText(model)), at });
    return {
      name: model.name,
      url: documentUrl(docId),
      pdfUrl,
      projects: documentedProjects(ctx.links).length,
      landscape,
    };
  });
}

/**
 * The folder the user picked with Google Picker (which granted SaiSaat access to it): the
 * documents folder is made in it. A folder already made stays where it is (the user moves it in Drive).
 */
export function chooseDocsFolder(request: ChooseFolderRequest): DocsOverview {
  const { folderId } = ChooseFolderRequestSchema.parse(request);
  requireDocsScopes();
  return withDocumentLock(() => {
    pickedFolderName(folderId);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    state.begin(ss);
    state.saveParentFolderId(folderId);
    return docsOverview();
  });
}

/** The user's own set of documents in their own Drive (kept in their user properties), or the spreadsheet's again. */
export function chooseDocsSet(request: ChooseSetRequest): DocsOverview {
  const { own } = ChooseSetRequestSchema.parse(request);
  state.chooseOwnSet(SpreadsheetApp.getActiveSpreadsheet(), own);
  return docsOverview();
}

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
  thaiErrorText,
  type DocOutcome,
  type DocPlanItem,
} from '../../core/document/generation';
import { documentText, PAGE } from '../../core/document/model';
import { buildPlanDocument, documentedProjects } from '../../core/document/planDocument';
import { contentHash } from '../../core/document/projectDocument';
import { checkTemplate, defaultTemplate } from '../../core/document/template';
import { sortFindings } from '../../core/check/findings';
import type { PlanReading } from '../../core/read/planReader';
import type { Catalogue } from '../../core/data/catalogue';
import type { PlanSettings } from '../../shared/settings';
import * as z from 'zod/mini';
import { findDetailsSheet, requirePlan } from '../detailsSheet';
import { UserError, withDocumentLock } from '../spreadsheet';
import type {
  DocProjectView,
  DocResultView,
  DocsBatchRequest,
  DocsBatchResult,
  DocsOverview,
  DocsRunStart,
  PlanDocumentRequest,
  PlanDocumentResult,
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
  requireDocsScopes,
  saveBlob,
  AuthorizationNeeded,
} from './drive';
import { ensureDocColumns, ensureProjectIds, writeDocRow, writeSkippedStatuses, type DocColumns } from './planLinks';
import {
  appendBlocks,
  copyTemplateBody,
  dropLeadingEmptyParagraph,
  fillTemplateBody,
  readTemplateBody,
  setPage,
  type TemplateBody,
} from './googleDocRender';
import * as state from './state';
import { datePartsIn } from '../clock';

/** Stop starting new documents after this long in one server call (Apps Script allows 6 minutes). */
const BATCH_MS = 30_000;
const MAX_DOCS_PER_BATCH = 25;
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

function loadPlan(ss: Spreadsheet): PlanContext {
  const { sheet, values, reading, settings, catalogue } = requirePlan(ss);
  const details = findDetailsSheet(ss, sheet);
  const { links, findings } = linkDetails(reading.projects, details?.details ?? { details: [] });
  return {
    ss,
    sheet,
    values,
    reading,
    settings,
    catalogue,
    detailsSheet: details?.sheet.getName() ?? null,
    links,
    findings,
  };
}

function plan(ctx: PlanContext, templateKey: string): DocPlanItem[] {
  return planDocuments(
    ctx.links,
    state.readStates(),
    documentContext(ctx.reading, ctx.settings, ctx.catalogue),
    templateKey,
  );
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
  return {
    sheetName: ctx.sheet.getName(),
    detailsSheet: ctx.detailsSheet,
    folderUrl: folder ? folderUrl(folder) : null,
    templateUrl: template ? documentUrl(template) : null,
    projects: projectViews(items),
    counts: countActions(items),
    findings: sortFindings(ctx.findings).map((f) => ({
      severity: f.severity,
      code: f.code,
      cell: f.cell,
      message: f.message,
      messageEn: f.messageEn,
    })),
  };
}

/** What a run would do, from the sheets and SaiSaat's memory only (no Drive call, no permission needed). */
export function docsOverview(): DocsOverview {
  const ctx = loadPlan(SpreadsheetApp.getActiveSpreadsheet());
  // The template as the last run saw it: if it was edited since, the run will find more to update.
  return overview(ctx, plan(ctx, state.templateVersion()));
}

function today(tz: string): { key: string; time: string } {
  const now = datePartsIn(tz);
  return { key: `${now.year}-${now.month}-${now.day}`, time: statusTime(now) };
}

/** SaiSaat's folder, made next to the spreadsheet the first time (and again if it was deleted). */
function ensureFolder(ss: Spreadsheet): { id: string; note: string } {
  const known = state.folderId();
  if (known && isAlive(known)) return { id: known, note: '' };
  const made = createFolder(`เอกสารโครงการ – ${ss.getName()}`, ss.getId());
  state.saveFolderId(made.id);
  return {
    id: made.id,
    note: made.nextToSpreadsheet
      ? ''
      : 'สร้างโฟลเดอร์เอกสารไว้ใน "ไดรฟ์ของฉัน" เพราะใสสะอาดเขียนลงโฟลเดอร์ของสเปรดชีตไม่ได้ (สิทธิ์ drive.file) — ย้ายโฟลเดอร์ได้ตามต้องการ',
  };
}

interface Template {
  id: string;
  body: TemplateBody;
  /** Its version: documents are redone once after the template is edited. */
  key: string;
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
  const body = readTemplateBody(DocumentApp.openById(id).getBody());
  const check = checkTemplate(body.text);
  if (!check.ok) throw new UserError(`${check.message} — แก้ไขแม่แบบที่ ${documentUrl(id)}`);
  const key = modifiedTime(id);
  state.saveTemplateVersion(key);
  return { id, body, key };
}

/** Everything a run needs, prepared under the lock: ids, columns, folder, template, plan. */
function prepare(ss: Spreadsheet) {
  let ctx = loadPlan(ss);
  if (ensureProjectIds(ctx.sheet, ctx.reading, ctx.values)) ctx = loadPlan(ss);
  const folder = ensureFolder(ss);
  const template = ensureTemplate(folder.id, ctx.settings);
  const columns = ensureDocColumns(ctx.sheet, ctx.reading);
  return { ctx, folder, template, columns, items: plan(ctx, template.key) };
}

/** Sidebar "สร้างเอกสาร": permissions, folder and template ready, the template checked, the quota told. */
export function startDocsRun(): DocsRunStart {
  requireDocsScopes();
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const prepared = prepare(ss);
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
      folderNote: folder.note,
      quota: quotaNotice(counts.create, state.createdToday(today(ss.getSpreadsheetTimeZone()).key)),
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
  const body = doc.getBody();
  if (!fresh) {
    copyTemplateBody(body, template.body);
    if (doc.getName() !== item.docName) doc.setName(item.docName);
  }
  fillTemplateBody(body, item.fields!);
  doc.saveAndClose();
  state.writeState(item.projectId, { docId, hash: item.hash, at });
  return { docId, outcome: fresh ? 'created' : 'updated' };
}

const BatchSchema = z.object({
  skip: z.array(z.string().check(z.maxLength(200))),
  only: z.optional(z.array(z.string().check(z.maxLength(200)))),
  maxDocs: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_DOCS_PER_BATCH))),
});

/**
 * One batch: documents written one by one until the time or count budget is spent, each row's
 * link and status written as soon as its document is done. A failing project is reported and the
 * others go on; Google's quota stops the run cleanly (what is done stays done).
 */
export function docsBatch(request: DocsBatchRequest): DocsBatchResult {
  const { skip, only, maxDocs = MAX_DOCS_PER_BATCH } = BatchSchema.parse(request);
  requireDocsScopes();
  return withDocumentLock(() => {
    const started = Date.now();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { ctx, folder, template, columns, items } = prepare(ss);
    const when = today(ss.getSpreadsheetTimeZone());
    const at = new Date().toISOString();
    const skipped = new Set(skip);
    const pending = items.filter(
      (i) =>
        (i.action === 'create' || i.action === 'update') &&
        !skipped.has(i.projectId) &&
        (!only || only.includes(i.projectId)),
    );
    const results: DocResultView[] = [];
    let created = 0;
    let stopped: DocsBatchResult['stopped'] = null;
    let message = '';
    try {
      for (const item of pending) {
        if (results.length >= maxDocs || (results.length > 0 && Date.now() - started > BATCH_MS)) break;
        const { result, quota } = runOne(ctx.sheet, columns, item, template, folder.id, at, when.time);
        results.push(result);
        if (result.outcome === 'created') created++;
        if (quota) {
          stopped = 'quota';
          message = `${result.error} — เอกสารที่สร้างแล้วยังอยู่ครบ กดสร้างเอกสารอีกครั้งพรุ่งนี้เพื่อทำต่อจากที่ค้างไว้`;
          break;
        }
      }
    } finally {
      state.countCreated(when.key, created);
    }
    const remaining = pending.length - results.length;
    const finished = !stopped && remaining === 0;
    if (finished && !only) {
      writeSkippedStatuses(
        ctx.sheet,
        columns,
        items
          .filter((i) => i.action === 'no-details' || i.action === 'incomplete')
          .map((i) => ({ row: i.row, reason: i.reason })),
      );
    }
    // Unchanged documents of a preview are reported with their link, so the user can open them.
    if (only && results.length === 0) {
      for (const i of items.filter((x) => only.includes(x.projectId) && x.action === 'unchanged')) {
        results.push({
          projectId: i.projectId,
          row: i.row,
          name: i.name,
          outcome: 'unchanged',
          url: i.docId ? documentUrl(i.docId) : null,
          error: '',
        });
      }
    }
    return { results, remaining, finished, stopped, message };
  });
}

function runOne(
  sheet: Sheet,
  columns: DocColumns,
  item: DocPlanItem,
  template: Template,
  folder: string,
  at: string,
  time: string,
): { result: DocResultView; quota: boolean } {
  const base = { projectId: item.projectId, row: item.row, name: item.name };
  try {
    const { docId, outcome } = writeProjectDocument(item, template, folder, at);
    const url = documentUrl(docId);
    writeDocRow(sheet, columns, item.row, { text: item.docName, url }, statusText(outcome, time));
    return { result: { ...base, outcome, url, error: '' }, quota: false };
  } catch (e) {
    const raw = String((e as Error)?.message ?? e);
    if (isPermissionError(raw))
      throw new AuthorizationNeeded(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl());
    const error = thaiErrorText(raw);
    writeDocRow(sheet, columns, item.row, null, statusText('failed', time, error));
    return {
      result: { ...base, outcome: 'failed', url: item.docId ? documentUrl(item.docId) : null, error },
      quota: isQuotaError(raw),
    };
  }
}

/**
 * The whole plan document (เอกสารแผนทั้งฉบับ): cover, ส่วนที่ ๒ the table (landscape through the
 * Docs advanced service), ส่วนที่ ๓ every detail document; the same document each time, and
 * optionally a PDF of it next to it.
 */
export function planDocument(request: PlanDocumentRequest): PlanDocumentResult {
  const { pdf } = z.object({ pdf: z.boolean() }).parse(request);
  requireDocsScopes();
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ctx = loadPlan(ss);
    const folder = ensureFolder(ss);
    const { catalogue } = ctx;
    const dc = documentContext(ctx.reading, ctx.settings, catalogue);
    const { year: y, month: m, day: d } = datePartsIn(ss.getSpreadsheetTimeZone());
    const model = buildPlanDocument({
      reading: ctx.reading,
      links: ctx.links,
      settings: ctx.settings,
      catalogue,
      years: dc.years,
      organisation: dc.organisation,
      date: { year: y, month: m, day: d },
    });
    const at = new Date().toISOString();
    const known = state.readState(state.PLAN_DOC_KEY);
    let docId = known && isAlive(known.docId) ? known.docId : null;
    const sectionBreaks = docsApiAvailable();
    // Section breaks are invisible to DocumentApp: the Docs API removes them with the old content.
    if (docId && sectionBreaks) clearDocument(docId);
    if (!docId) {
      docId = createDocument(model.name, folder.id);
      state.writeState(state.PLAN_DOC_KEY, { docId, hash: '', at });
      state.countCreated(today(ss.getSpreadsheetTimeZone()).key, 1);
    }
    const doc = DocumentApp.openById(docId);
    if (doc.getName() !== model.name) doc.setName(model.name);
    const body = doc.getBody();
    body.clear();
    setPage(body);
    const font = ctx.settings.documents.font;
    model.sections.forEach((section, i) => {
      if (i > 0 && !sectionBreaks) body.appendPageBreak();
      appendBlocks(body, section.blocks, font, section.orientation === 'landscape' ? PAGE.heightCm : PAGE.widthCm);
    });
    dropLeadingEmptyParagraph(body);
    doc.saveAndClose();
    const landscape = sectionBreaks && applySections(docId, model);
    let pdfUrl: string | null = null;
    if (pdf) {
      const known = state.readState(state.PLAN_PDF_KEY);
      const blob = DocumentApp.openById(docId).getAs('application/pdf').setName(`${model.name}.pdf`);
      const pdfId = saveBlob(blob, `${model.name}.pdf`, folder.id, known && isAlive(known.docId) ? known.docId : null);
      state.writeState(state.PLAN_PDF_KEY, { docId: pdfId, hash: '', at });
      pdfUrl = fileUrl(pdfId);
    }
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

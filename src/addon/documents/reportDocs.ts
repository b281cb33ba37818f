/**
 * The round report (รายงานผล รอบ ๖/๑๒ เดือน, core/document/reportDocument.ts) and the plan's
 * announcement (ประกาศ, core/document/announcement.ts) as Google Docs in the documents folder,
 * mirroring `saisaat report --out` and `saisaat announce`. Each is one document remembered under
 * its key (`_report:<year>:<round>`, `_announcement`) with its content hash, as the plan document
 * is: made the first time, rewritten in place when its content changed, left alone when not; a
 * set made by another editor this user cannot reach stops it (team.ts). What the report still
 * needs comes back as Thai and English messages by field, and then nothing is written. The
 * signer, and a round's ปัญหาอุปสรรค and ข้อเสนอแนะ, are remembered in document properties (shared
 * by the office's editors) so the form is prefilled and a second run loses nothing.
 */
import {
  announcedPlan,
  announcementDocument,
  announcementProblems,
  WORDING_SHEET_NAME,
  wordingOverride,
} from '../../core/document/announcement';
import { documentContext } from '../../core/document/generation';
import { documentText, type DocModel } from '../../core/document/model';
import { contentHash, safeFileName } from '../../core/document/projectDocument';
import { isoDate, reportDocument, reportFileStem, reportInputProblems } from '../../core/document/reportDocument';
import { reportProjects, reportYear, roundFigures, roundPeriod } from '../../core/year/figures';
import type { Round } from '../../core/year/followUp';
import { toThaiDigits } from '../../shared/numbers';
import {
  AnnouncementDocRequestSchema,
  ReportDocRequestSchema,
  ReportFormRequestSchema,
  SignerSchema,
  type AnnouncementDocRequest,
  type DocProblem,
  type ReportDocRequest,
  type ReportDocResult,
  type ReportForm,
  type ReportFormRequest,
  type Signer,
} from '../../shared/reportWire';
import { datePartsIn } from '../clock';
import { requirePlan, withFollowUpColumns } from '../planSheet';
import { sheetValues, UserError, withDocumentLock } from '../spreadsheet';
import { documentUrl, isAlive, requireDocsScopes } from './drive';
import { ensureFolder, keyedDocumentId, requireReachable, retriedOrTold, writePlanDocument } from './generate';
import { applySections, docsApiAvailable } from './pageOrientation';
import * as state from './state';

/** The office's signer (one spreadsheet is one office), JSON {name, position}. */
const SIGNER_KEY = 'saisaat.signer';
const textKey = (year: number, round: Round, field: 'problems' | 'suggestions') =>
  `saisaat.report.${year}.${round}.${field}`;
/** Among the documents' states; no project id starts with "_". */
const reportKey = (year: number, round: Round) => `_report:${year}:${round}`;
const ANNOUNCEMENT_KEY = '_announcement';
/** Retrying Google's "slow down" stops well within Apps Script's 6 minutes. */
const WRITE_MS = 30_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Made = NonNullable<ReportDocResult['doc']>;

/** A request the sidebar should not send (it limits the fields): said, not a crash. */
function parsed<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success)
    throw new UserError({
      th: 'ข้อมูลในแบบฟอร์มไม่ครบหรือยาวเกิน (ปัญหาอุปสรรคและข้อเสนอแนะยาวได้ไม่เกิน ๓,๐๐๐ ตัวอักษร ชื่อและตำแหน่งไม่เกิน ๒๐๐)',
      en: 'The form is incomplete or too long (problems and suggestions up to 3,000 characters each, name and position up to 200)',
    });
  return r.data;
}

/** The fiscal year reported: the one asked for, else the settings', else an annual plan's own; null when unknown. */
const properties = () => PropertiesService.getDocumentProperties();

function signerIn(all: Record<string, string>): Signer {
  try {
    const v = SignerSchema.safeParse(JSON.parse(all[SIGNER_KEY] ?? 'null'));
    if (v.success) return v.data;
  } catch {
    // Not JSON (edited by hand): nothing remembered.
  }
  return { name: '', position: '' };
}

/** Writes the values that changed (one call each; most runs change none). */
function remember(all: Record<string, string>, values: Record<string, string>): void {
  for (const [key, value] of Object.entries(values))
    if ((all[key] ?? '') !== value) properties().setProperty(key, value);
}

/** Sidebar: the report form for a round, prefilled with the year and what was remembered. */
export function reportForm(request: ReportFormRequest): ReportForm {
  const { round, year: asked } = parsed(ReportFormRequestSchema, request);
  const { reading, settings } = requirePlan(SpreadsheetApp.getActiveSpreadsheet(), withFollowUpColumns(round));
  const year = reportYear(reading, asked ?? settings.annualYear);
  const all = properties().getProperties();
  return {
    round,
    year,
    signer: signerIn(all),
    problems: year === null ? '' : (all[textKey(year, round, 'problems')] ?? ''),
    suggestions: year === null ? '' : (all[textKey(year, round, 'suggestions')] ?? ''),
  };
}

/** Today in the spreadsheet's time zone, ISO. */
function todayIso(ss: Spreadsheet): string {
  const { year, month, day } = datePartsIn(ss.getSpreadsheetTimeZone());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const refused = (problems: DocProblem[]): ReportDocResult => ({ doc: null, problems, notice: '', noticeEn: '' });

/**
 * The document under `key` made or rewritten in place when its content (and font) changed, else
 * left alone. The write is safe to repeat (the document is remembered as soon as it is made, and
 * emptied before it is filled), so Google's "slow down" is retried.
 */
function writeKeyedDocument(ss: Spreadsheet, key: string, model: DocModel, font: string): Made {
  state.begin(ss);
  requireReachable(ss);
  const hash = contentHash(`${font}\n${documentText(model)}`);
  const known = state.readState(key);
  if (known && known.hash === hash && isAlive(known.docId))
    return { name: model.name, url: documentUrl(known.docId), outcome: 'unchanged' };
  const at = new Date().toISOString();
  const sectionBreaks = docsApiAvailable();
  let created = false;
  const docId = retriedOrTold(() => {
    const folder = ensureFolder(ss);
    const made = keyedDocumentId(key, model.name, folder.id, at, sectionBreaks);
    created ||= made.created;
    writePlanDocument(made.docId, model, font, sectionBreaks);
    if (sectionBreaks) applySections(made.docId, model);
    return made.docId;
  }, Date.now() + WRITE_MS);
  state.writeState(key, { docId, hash, at });
  return { name: model.name, url: documentUrl(docId), outcome: created ? 'created' : 'updated' };
}

/**
 * Sidebar "สร้างรายงานผล": the round's report of the plan sheet (one read of its values), its
 * figures computed by the core as `saisaat report` computes them.
 */
export function makeReportDoc(request: ReportDocRequest): ReportDocResult {
  const r = parsed(ReportDocRequestSchema, request);
  requireDocsScopes();
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const plan = requirePlan(ss, withFollowUpColumns(r.round));
    const all = properties().getProperties();
    const signer = { name: r.signer.name.trim(), position: r.signer.position.trim() };
    remember(all, { [SIGNER_KEY]: JSON.stringify(signer) });
    const year = reportYear(plan.reading, r.year ?? plan.settings.annualYear);
    if (year === null)
      return refused([
        {
          field: 'year',
          message: 'ไม่ทราบปีงบประมาณของแผน (ชื่อแผนและหัวคอลัมน์งบประมาณไม่ได้ระบุปี) — ระบุปีงบประมาณ เช่น ๒๕๖๘',
          messageEn:
            "The plan's fiscal year is unknown (neither its title nor its budget header gives one) — give it, e.g. 2568",
        },
      ]);
    remember(all, {
      [textKey(year, r.round, 'problems')]: r.problems,
      [textKey(year, r.round, 'suggestions')]: r.suggestions,
    });
    const { settings, reading, catalogue } = plan;
    const projects = reportProjects(reading.projects, year, r.round);
    const input = {
      organisation: { ...settings.organisation, name: settings.organisation.name || reading.title.organisation || '' },
      figures: roundFigures(projects, year, r.round),
      projects,
      periodText: roundPeriod(year, r.round).text,
      problems: r.problems.trim(),
      suggestions: r.suggestions.trim(),
      asOf: r.asOf ?? todayIso(ss),
      signer,
      digits: settings.documents.digits,
      catalogue,
    };
    const problems = reportInputProblems(input);
    if (problems.length) return refused(problems);
    const model = reportDocument(input);
    // Named as `saisaat report` names its .docx: the title is too long for a file name.
    const name = safeFileName(reportFileStem(input.figures, input.digits));
    const doc = writeKeyedDocument(ss, reportKey(year, r.round), { ...model, name }, settings.documents.font);
    const round = toThaiDigits(String(r.round));
    const columns = reading.projects.some((p) => p.followUp?.rounds[r.round] !== undefined);
    return {
      doc,
      problems: [],
      notice: columns
        ? ''
        : `แผนนี้ไม่มีคอลัมน์ติดตามผลรอบ ${round} เดือน (สถานะ เบิกจ่ายจริง ผลการดำเนินงาน): ทุกโครงการนับเป็นรอรายงานผล`,
      noticeEn: columns
        ? ''
        : `The plan has no follow-up columns for the ${r.round}-month round (status, spent, result): every project counts as not reported`,
    };
  });
}

/** The office's wording from its ข้อความประกาศ sheet, if it has one (one read), with what is wrong in it. */
function officeWording(ss: Spreadsheet) {
  const sheet = ss.getSheets().find((s) => s.getName().trim() === WORDING_SHEET_NAME);
  if (!sheet) return { wording: undefined, problems: [] as DocProblem[] };
  const { wording, problems } = wordingOverride(sheetValues(sheet));
  return {
    wording,
    problems: problems.map((p): DocProblem => ({
      field: 'wording',
      message: `แผ่นงาน ${WORDING_SHEET_NAME} ${p.message}`,
      messageEn: `The ${WORDING_SHEET_NAME} sheet, ${p.messageEn}`,
    })),
  };
}

/**
 * Sidebar "สร้างประกาศ": the announcement of the plan sheet's plan (its years, or an annual plan's
 * year), in the office's wording when a ข้อความประกาศ sheet gives it, dated today unless asked.
 */
export function makeAnnouncementDoc(request: AnnouncementDocRequest): ReportDocResult {
  const r = parsed(AnnouncementDocRequestSchema, request);
  requireDocsScopes();
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { settings, reading, catalogue } = requirePlan(ss);
    const signer = { name: r.signer.name.trim(), position: r.signer.position.trim() };
    remember(properties().getProperties(), { [SIGNER_KEY]: JSON.stringify(signer) });
    const date = isoDate(r.date ?? todayIso(ss));
    if (!date)
      return refused([
        {
          field: 'asOf',
          message: `วันที่ประกาศ "${r.date}" ไม่ใช่วันที่แบบ ปปปป-ดด-วว ที่มีจริง`,
          messageEn: `The announcement's date "${r.date}" is not a real date written YYYY-MM-DD`,
        },
      ]);
    const { wording, problems } = officeWording(ss);
    if (problems.length) return refused(problems);
    const ctx = documentContext(reading, settings, catalogue);
    if (!ctx.organisation.trim())
      return refused([
        {
          field: 'organisation',
          message: 'ไม่ทราบชื่อหน่วยงาน: ชื่อแผนไม่ได้ระบุ — ระบุชื่อหน่วยงานในการตั้งค่า (แถบแผน)',
          messageEn: "The organisation is unknown: the plan's title gives none — set it in the settings (Plan tab)",
        },
      ]);
    const input = {
      organisation: { name: ctx.organisation.trim(), type: settings.organisation.type },
      plan: announcedPlan(settings, ctx.years, reading.layout === 'annual'),
      date,
      signer,
      digits: settings.documents.digits,
    };
    // The core says how to give the position on the command line; here it is the form's field.
    if (announcementProblems(input, wording).length)
      return refused([
        {
          field: 'signerPosition',
          message: 'ไม่ทราบตำแหน่งผู้ลงนาม: กรอกตำแหน่ง หรือระบุประเภทหน่วยงาน (เทศบาล/องค์การบริหารส่วนตำบล) ในการตั้งค่า',
          messageEn:
            "The signer's position is unknown: fill it in, or set the organisation's type (เทศบาล/องค์การบริหารส่วนตำบล) in the settings",
        },
      ]);
    const model = announcementDocument(input, wording);
    const doc = writeKeyedDocument(
      ss,
      ANNOUNCEMENT_KEY,
      { ...model, name: safeFileName(model.name) },
      settings.documents.font,
    );
    return { doc, problems: [], notice: '', noticeEn: '' };
  });
}

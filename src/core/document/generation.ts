/**
 * Generating detail documents again and again without duplicates, planned as data: which projects
 * need a new document, which need theirs updated in place, which are unchanged (same content hash)
 * and which cannot have one (no details, or details missing a section) — plus the daily quota
 * notice and the status text written next to each project. The Google side only carries it out.
 */
import { dimensionLabel } from '../data/catalogue';
import { incompleteReason, missingSections } from '../read/details/model';
import type { DetailsLink } from '../read/details/link';
import { planYears } from '../period';
import { a1 } from '../read/cells';
import type { PlanReading, ReadProject } from '../read/planReader';
import type { Catalogue } from '../data/catalogue';
import { DEFAULT_FISCAL_YEARS, type PlanSettings } from '../../shared/settings';
import { toThaiDigits } from '../../shared/numbers';
import { errorLine } from '../../shared/googleErrors';
import { contentHash, projectDocumentName, projectFields, type ProjectDocumentContext } from './projectDocument';
import type { Fields } from './template';

/** What every document of a plan shares: settings, the plan's years, the organisation, dimension names. */
export function documentContext(
  reading: PlanReading,
  settings: PlanSettings,
  catalogue: Catalogue,
): ProjectDocumentContext {
  const digits = settings.documents.digits;
  // A plan that names no year at all is written as the current national plan's, as before.
  const { from, to } = planYears(reading, settings) ?? DEFAULT_FISCAL_YEARS;
  const years = { from, to };
  const organisation = settings.organisation.name || reading.title.organisation || '';
  return { settings, years, organisation, dimensionLabel: (d) => dimensionLabel(catalogue, d, digits) };
}

/** Bump when what a document contains for the same fields changes, so every document is redone once. */
export const DOCUMENT_FORMAT = 1;

/** What SaiSaat remembers of a project's document, keyed by the project's id. */
export interface DocState {
  docId: string;
  /** Content hash of the last complete generation; '' while the document is being written. */
  hash: string;
  /** When it was last written (ISO). */
  at: string;
}

export type DocAction = 'create' | 'update' | 'unchanged' | 'no-details' | 'incomplete';

export interface DocPlanItem {
  projectId: string;
  row: number;
  sequence: number;
  name: string;
  docName: string;
  action: DocAction;
  docId: string | null;
  hash: string;
  /** Why there is no document (Thai and English), for the list and the plan sheet. */
  reason: string;
  reasonEn: string;
  fields: Fields | null;
}

/**
 * Each plan project's action. `templateKey` identifies the template's version (its modified
 * time), so editing the template regenerates every document once.
 */
export function planDocuments(
  links: DetailsLink[],
  states: ReadonlyMap<string, DocState>,
  ctx: ProjectDocumentContext,
  templateKey: string,
): DocPlanItem[] {
  return links.map(({ project, details }) => {
    const p = project as ReadProject;
    const state = states.get(p.id) ?? null;
    const base = { projectId: p.id, row: p.row, sequence: p.sequence, name: p.name, docId: state?.docId ?? null };
    if (!details) {
      return {
        ...base,
        docName: '',
        action: 'no-details',
        hash: '',
        fields: null,
        reason: 'ยังไม่มีรายละเอียดโครงการ',
        reasonEn: 'no details yet',
      };
    }
    const unreadable = budgetProblem(p);
    if (unreadable) return { ...base, docName: '', action: 'incomplete', hash: '', fields: null, ...unreadable };
    const missing = missingSections(details, p.responsible);
    if (missing.length) {
      return {
        ...base,
        docName: '',
        action: 'incomplete',
        hash: '',
        fields: null,
        ...incompleteReason(missing),
      };
    }
    const fields = projectFields(p, details, ctx);
    const docName = projectDocumentName(p, details, ctx.settings.documents.digits);
    const hash = contentHash({ fields, docName, templateKey, format: DOCUMENT_FORMAT });
    const action: DocAction = !state ? 'create' : state.hash === hash ? 'unchanged' : 'update';
    return { ...base, docName, action, hash, fields, reason: '', reasonEn: '' };
  });
}

/**
 * Why a project gets no document while a budget cell of its plan row is not an amount (1e21,
 * 1,234.567, a word): its document would say "no budget" or leave that year out.
 */
export function budgetProblem(project: ReadProject): { reason: string; reasonEn: string } | null {
  const bad = project.source.budget.filter((b) => b.amount.kind === 'invalid');
  if (bad.length === 0) return null;
  const cells = bad.map((b) => a1(project.row - 1, b.col)).join(', ');
  return {
    reason: `งบประมาณในตารางแผนไม่ใช่จำนวนเงิน (${cells}) — แก้ในตารางแผนก่อน`,
    reasonEn: `a budget in the plan table is not an amount (${cells}) — fix it in the plan table first`,
  };
}

export function countActions(items: DocPlanItem[]): Record<DocAction, number> {
  const counts: Record<DocAction, number> = { create: 0, update: 0, unchanged: 0, 'no-details': 0, incomplete: 0 };
  for (const i of items) counts[i.action]++;
  return counts;
}

/** Documents Apps Script lets one account create a day (Google's quotas page). */
export const DAILY_DOCS_QUOTA = { consumer: 250, workspace: 1500 } as const;

export interface QuotaNotice {
  toCreate: number;
  /** Created by this user in the last 24 hours (Google's quota resets 24 hours after the first request, not at midnight). */
  createdToday: number;
  /** True when a consumer (Gmail) account would hit its quota during this run. */
  mayStop: boolean;
  message: string;
  messageEn: string;
}

/** What to tell the user before a run about the daily quota (Thai first). */
export function quotaNotice(toCreate: number, createdToday: number): QuotaNotice {
  const n = (v: number) => v.toLocaleString('en-US');
  const mayStop = createdToday + toCreate > DAILY_DOCS_QUOTA.consumer;
  const head = `จะสร้างเอกสารใหม่ ${n(toCreate)} ฉบับ (ใน 24 ชั่วโมงที่ผ่านมาสร้างไปแล้ว ${n(createdToday)} ฉบับ) — Google ให้สร้างได้ ${n(DAILY_DOCS_QUOTA.consumer)} ฉบับต่อ 24 ชั่วโมงสำหรับบัญชี Gmail และ ${n(DAILY_DOCS_QUOTA.workspace)} ฉบับสำหรับบัญชีองค์กร (Google Workspace)`;
  const headEn = `${n(toCreate)} new documents (${n(createdToday)} created in the last 24 hours) — Google allows ${n(DAILY_DOCS_QUOTA.consumer)} per 24 hours for Gmail accounts and ${n(DAILY_DOCS_QUOTA.workspace)} for Google Workspace accounts`;
  return {
    toCreate,
    createdToday,
    mayStop,
    message: mayStop ? `${head}; บัญชี Gmail อาจหยุดกลางทาง ระบบจะหยุดอย่างปลอดภัยและทำต่อจากที่ค้างไว้ได้ในวันถัดไป` : head,
    messageEn: mayStop
      ? `${headEn}; a Gmail account may stop part-way: SaiSaat then stops safely and carries on from there the next day`
      : headEn,
  };
}

/**
 * Apps Script's daily quota, the one refusal that lasts: "Service invoked too many times for one
 * day: docs." (or the Drive API's dailyLimitExceeded). It resets 24 hours after the first request
 * (https://developers.google.com/apps-script/guides/services/quotas); nothing helps before that.
 */
export function isQuotaError(message: string): boolean {
  return /too many times for one day|daily ?limit/i.test(message);
}

/**
 * Google asking to slow down or failing for a moment — a 403 userRateLimitExceeded/rateLimitExceeded,
 * a 429, a 5xx backendError, a per-minute quota, Apps Script's "Service … failed/timed out" — which
 * Google says to retry with exponential backoff
 * (https://developers.google.com/drive/api/guides/limits,
 * https://developers.google.com/drive/api/guides/handle-errors). Never the daily quota.
 */
export function isTransientError(message: string): boolean {
  return (
    !isQuotaError(message) &&
    /rate ?limit|limit exceeded|too many (requests|times in a short time)|per minute|backend ?error|internal error|server error|service unavailable|Service [A-Za-z ]+ (failed|timed out)/i.test(
      message,
    )
  );
}

/**
 * An Apps Script error for the user, in Thai and English: the words SaiSaat knows for a document,
 * else the shared translation of Google's errors (Google's own words quoted, never alone).
 */
export function errorText(message: string): { th: string; en: string } {
  const m = message.replace(/^(Exception|Error|GoogleJsonResponseException):\s*/, '');
  if (isQuotaError(m))
    return {
      th: 'Google ไม่ให้สร้างเอกสารเพิ่มในวันนี้ (เกินโควตารายวัน) ลองใหม่พรุ่งนี้',
      en: 'Google will not create more documents today (daily quota); try again tomorrow',
    };
  if (isTransientError(m))
    return {
      th: 'Google ขอให้ทำช้าลงหรือขัดข้องชั่วคราว ลองซ้ำหลายครั้งแล้วยังไม่สำเร็จ — กดสร้างเอกสารอีกครั้งในอีกสักครู่เพื่อทำต่อ',
      en: 'Google asked SaiSaat to slow down or failed for a moment, and several tries did not succeed — press "Generate all documents" again in a minute to carry on',
    };
  if (/not found|File not found|404/i.test(m))
    return {
      th: 'ไม่พบเอกสารหรือโฟลเดอร์ใน Google Drive (อาจถูกลบ) จะสร้างใหม่ในครั้งถัดไป',
      en: 'The document or folder is not in Google Drive (perhaps deleted); it will be made again next time',
    };
  if (/permission|access denied|insufficient|403/i.test(m))
    return {
      th: 'ไม่มีสิทธิ์เข้าถึงเอกสารหรือโฟลเดอร์นี้ใน Google Drive',
      en: 'No access to this document or folder in Google Drive',
    };
  if (/Exceeded maximum execution time/i.test(m))
    return {
      th: 'ใช้เวลานานเกินกำหนดของ Google ระบบจะทำต่อในรอบถัดไป',
      en: "Google's time limit was reached; SaiSaat carries on in the next round",
    };
  return errorLine(m);
}

/** "๒๒/๑๑/๒๕๖๙ ๑๔:๓๐" from calendar parts (CE year), as the plan sheet shows when a document was written. */
export function statusTime(
  parts: { year: number; month: number; day: number; hour: number; minute: number },
  digits: 'thai' | 'arabic' = 'thai',
): string {
  const two = (v: number) => String(v).padStart(2, '0');
  const text = `${parts.day}/${parts.month}/${parts.year + 543} ${two(parts.hour)}:${two(parts.minute)}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}

export type DocOutcome = 'created' | 'updated' | 'unchanged' | 'failed';

/** The status cell next to a project's document link. */
export function statusText(outcome: DocOutcome, time: string, error = ''): string {
  switch (outcome) {
    case 'created':
      return `สร้างแล้ว ${time}`;
    case 'updated':
      return `ปรับปรุงแล้ว ${time}`;
    case 'unchanged':
      return `เป็นปัจจุบัน ${time}`;
    case 'failed':
      return `ผิดพลาด ${time}: ${error}`;
  }
}

/**
 * What SaiSaat remembers about the documents, in the spreadsheet's document properties (so every
 * editor and every sidebar sees the same, and it survives sidebar restarts and row moves): the
 * folder, the template, and per project id its document and content hash. The count of documents
 * created in the last 24 hours is the user's own (the quota is per user), in user properties.
 */
import type { DocState } from '../../core/document/generation';

const FOLDER_KEY = 'saisaat.docs.folder';
const TEMPLATE_KEY = 'saisaat.docs.template';
const TEMPLATE_VERSION_KEY = 'saisaat.docs.templateVersion';
const DOC_PREFIX = 'saisaat.doc.';
const CREATED_KEY = 'saisaat.docs.created24h';
/** The whole plan document's entry among the projects' (no project id starts with "_"). */
export const PLAN_DOC_KEY = '_plan';
export const PLAN_PDF_KEY = '_planPdf';

const props = () => PropertiesService.getDocumentProperties();

export function folderId(): string | null {
  return props().getProperty(FOLDER_KEY);
}

export function saveFolderId(id: string): void {
  props().setProperty(FOLDER_KEY, id);
}

export function templateId(): string | null {
  return props().getProperty(TEMPLATE_KEY);
}

export function saveTemplateId(id: string): void {
  props().setProperty(TEMPLATE_KEY, id);
}

/** The template's version seen by the last run, so the overview can tell changed projects without Drive. */
export function templateVersion(): string {
  return props().getProperty(TEMPLATE_VERSION_KEY) ?? '';
}

export function saveTemplateVersion(version: string): void {
  if (version !== templateVersion()) props().setProperty(TEMPLATE_VERSION_KEY, version);
}

function parseState(raw: string | null | undefined): DocState | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<DocState>;
    return typeof v.docId === 'string' && v.docId
      ? { docId: v.docId, hash: typeof v.hash === 'string' ? v.hash : '', at: typeof v.at === 'string' ? v.at : '' }
      : null;
  } catch {
    return null;
  }
}

/** Every document's state, read with one call. */
export function readStates(): Map<string, DocState> {
  const all = props().getProperties();
  const out = new Map<string, DocState>();
  for (const key of Object.keys(all)) {
    if (!key.startsWith(DOC_PREFIX)) continue;
    const state = parseState(all[key]);
    if (state) out.set(key.slice(DOC_PREFIX.length), state);
  }
  return out;
}

export function readState(key: string): DocState | null {
  return parseState(props().getProperty(DOC_PREFIX + key));
}

export function writeState(key: string, state: DocState): void {
  props().setProperty(DOC_PREFIX + key, JSON.stringify(state));
}

export function forgetState(key: string): void {
  props().deleteProperty(DOC_PREFIX + key);
}

/**
 * Documents created are counted over the last 24 hours, not a calendar day: Google's daily quota
 * is per user and resets 24 hours after the first request
 * (https://developers.google.com/apps-script/guides/services/quotas), so a Bangkok "today" would
 * forget last night's run that still counts. Kept compactly in 15-minute slots ("slot:count,…",
 * at most 97 of them, under 1 KB of the 9 KB a property value may hold); a slot counts while any
 * part of it is within the 24 hours, so the count never falls short of Google's.
 */
const SLOT_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The slots still within 24 hours of `now`, from the stored text (anything unreadable is dropped). */
function createdSlots(now: number): Map<number, number> {
  const oldest = Math.floor((now - DAY_MS) / SLOT_MS);
  const slots = new Map<number, number>();
  for (const part of (PropertiesService.getUserProperties().getProperty(CREATED_KEY) ?? '').split(',')) {
    const [slot, count] = part.split(':').map(Number);
    if (Number.isSafeInteger(slot) && slot >= oldest && Number.isSafeInteger(count) && count > 0)
      slots.set(slot, (slots.get(slot) ?? 0) + count);
  }
  return slots;
}

/** Documents this user created in the 24 hours before `now` (a Date.now() value). */
export function createdLast24Hours(now: number): number {
  let n = 0;
  for (const count of createdSlots(now).values()) n += count;
  return n;
}

export function countCreated(now: number, created: number): void {
  if (created === 0) return;
  const slots = createdSlots(now);
  const slot = Math.floor(now / SLOT_MS);
  slots.set(slot, (slots.get(slot) ?? 0) + created);
  PropertiesService.getUserProperties().setProperty(CREATED_KEY, [...slots].map(([s, c]) => `${s}:${c}`).join(','));
}

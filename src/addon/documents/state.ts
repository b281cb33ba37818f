/**
 * What SaiSaat remembers about the documents, in the spreadsheet's document properties (so every
 * editor and every sidebar sees the same, and it survives sidebar restarts and row moves): the
 * folder, the template, and per project id its document and content hash. The count of documents
 * created today is the user's own (the quota is per user), in user properties.
 */
import type { DocState } from '../../core/document/generation';

const FOLDER_KEY = 'saisaat.docs.folder';
const TEMPLATE_KEY = 'saisaat.docs.template';
const TEMPLATE_VERSION_KEY = 'saisaat.docs.templateVersion';
const DOC_PREFIX = 'saisaat.doc.';
const CREATED_KEY = 'saisaat.docs.createdToday';
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

/** Documents this user created today (Bangkok calendar day). */
export function createdToday(today: string): number {
  try {
    const v = JSON.parse(PropertiesService.getUserProperties().getProperty(CREATED_KEY) ?? '{}') as {
      day?: string;
      count?: number;
    };
    return v.day === today && typeof v.count === 'number' ? v.count : 0;
  } catch {
    return 0;
  }
}

export function countCreated(today: string, created: number): void {
  if (created === 0) return;
  PropertiesService.getUserProperties().setProperty(
    CREATED_KEY,
    JSON.stringify({ day: today, count: createdToday(today) + created }),
  );
}

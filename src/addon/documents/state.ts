/**
 * What SaiSaat remembers about the documents: the folder, the template, and per project id its
 * document and content hash — each with who made it and when, because document properties are
 * shared by every editor while Drive access (drive.file) is each user's own. The spreadsheet's set
 * lives in document properties (every editor and sidebar sees the same); an editor who chose their
 * own set keeps it in their user properties under the spreadsheet's id, so the team's set stays the
 * spreadsheet's. The count of documents created in the last 24 hours is the user's own (the quota is per user).
 *
 * One server call is one Apps Script execution: each entry point calls `begin` first, which picks
 * the store for the running user; the functions below use it.
 */
import type { DocState } from '../../core/document/generation';

const FOLDER_KEY = 'saisaat.docs.folder';
const TEMPLATE_KEY = 'saisaat.docs.template';
const TEMPLATE_VERSION_KEY = 'saisaat.docs.templateVersion';
const PARENT_KEY = 'saisaat.docs.parent';
const DOC_PREFIX = 'saisaat.doc.';
const CREATED_KEY = 'saisaat.docs.created24h';
/** User properties: `saisaat.own.<spreadsheet id>.` + the keys above, and `…on` while the user works on their own set. */
const OWN_PREFIX = 'saisaat.own.';
/** The whole plan document's entry among the projects' (no project id starts with "_"). */
export const PLAN_DOC_KEY = '_plan';
export const PLAN_PDF_KEY = '_planPdf';

/**
 * Who runs the script. The email when Google gives it (the userinfo.email scope; it is blank when
 * security policies hide it: https://developers.google.com/apps-script/reference/base/user#getEmail()),
 * else the temporary active-user key, unique to the user but not revealing who it is (Google
 * rotates it every 30 days: https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()).
 */
export interface Who {
  email: string;
  key: string;
}

/** A file SaiSaat made, with its maker and the time it was made (ISO; '' for records older than this). */
export interface Made extends Who {
  id: string;
  at: string;
}

interface Memory {
  store: GoogleAppsScript.Properties.Properties;
  prefix: string;
  own: boolean;
  who: Who | null;
  /** Makers of the documents read by readStates, kept when a document is rewritten by someone else. */
  makers: Map<string, Who>;
}
let memory: Memory | null = null;

function mem(): Memory {
  if (!memory) throw new Error('documents/state: begin() was not called in this server call');
  return memory;
}
const ownPrefix = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => `${OWN_PREFIX}${ss.getId()}.`;

/** Picks the running user's store: the spreadsheet's set, or their own if they chose it. */
export function begin(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const user = PropertiesService.getUserProperties();
  const prefix = ownPrefix(ss);
  const own = user.getProperty(`${prefix}on`) === '1';
  memory = {
    store: own ? user : PropertiesService.getDocumentProperties(),
    prefix: own ? prefix : '',
    own,
    who: null,
    makers: new Map(),
  };
}

/** Whether the running user works on their own set of documents for this spreadsheet. */
export function isOwnSet(): boolean {
  return mem().own;
}

/** Switches the running user to their own set (kept in their user properties) or back to the spreadsheet's. */
export function chooseOwnSet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, own: boolean): void {
  const key = `${ownPrefix(ss)}on`;
  if (own) PropertiesService.getUserProperties().setProperty(key, '1');
  else PropertiesService.getUserProperties().deleteProperty(key);
  begin(ss);
}

export function currentUser(): Who {
  const m = mem();
  if (!m.who) {
    const email = Session.getActiveUser().getEmail();
    m.who = { email, key: email ? '' : Session.getTemporaryActiveUserKey() };
  }
  return m.who;
}

/** Made by the running user: the same email, or (no email on either side) the same temporary key. */
export function isMine(maker: Who): boolean {
  const me = currentUser();
  if (maker.email || me.email) return maker.email === me.email;
  return maker.key !== '' && maker.key === me.key;
}

const get = (key: string) => mem().store.getProperty(mem().prefix + key);
const set = (key: string, value: string) => mem().store.setProperty(mem().prefix + key, value);

function parseMade(raw: string | null): Made | null {
  if (!raw) return null;
  // Before makers were remembered the property held the bare id.
  if (!raw.startsWith('{')) return { id: raw, email: '', key: '', at: '' };
  try {
    const v = JSON.parse(raw) as Partial<Made>;
    return typeof v.id === 'string' && v.id
      ? { id: v.id, email: String(v.email ?? ''), key: String(v.key ?? ''), at: String(v.at ?? '') }
      : null;
  } catch {
    return null;
  }
}

const stamp = (id: string): string => JSON.stringify({ id, ...currentUser(), at: new Date().toISOString() });

export function folder(): Made | null {
  return parseMade(get(FOLDER_KEY));
}

export function folderId(): string | null {
  return folder()?.id ?? null;
}

export function saveFolderId(id: string): void {
  set(FOLDER_KEY, stamp(id));
}

export function template(): Made | null {
  return parseMade(get(TEMPLATE_KEY));
}

export function templateId(): string | null {
  return template()?.id ?? null;
}

export function saveTemplateId(id: string): void {
  set(TEMPLATE_KEY, stamp(id));
}

/** The folder the user picked (Google Picker) for the documents folder to be made in; null: My Drive. */
export function parentFolderId(): string | null {
  return get(PARENT_KEY);
}

export function saveParentFolderId(id: string): void {
  set(PARENT_KEY, id);
}

/** The template's version seen by the last run, so the overview can tell changed projects without Drive. */
export function templateVersion(): string {
  return get(TEMPLATE_VERSION_KEY) ?? '';
}

export function saveTemplateVersion(version: string): void {
  if (version !== templateVersion()) set(TEMPLATE_VERSION_KEY, version);
}

type Stored = DocState & Who;

function parseState(raw: string | null | undefined): Stored | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Stored>;
    return typeof v.docId === 'string' && v.docId
      ? {
          docId: v.docId,
          hash: typeof v.hash === 'string' ? v.hash : '',
          at: typeof v.at === 'string' ? v.at : '',
          email: String(v.email ?? ''),
          key: String(v.key ?? ''),
        }
      : null;
  } catch {
    return null;
  }
}

/** Every document's state with its maker, read with one call. */
export function readStates(): Map<string, Stored> {
  const { store, prefix, makers } = mem();
  const all = store.getProperties();
  const out = new Map<string, Stored>();
  const start = prefix + DOC_PREFIX;
  for (const key of Object.keys(all)) {
    if (!key.startsWith(start)) continue;
    const state = parseState(all[key]);
    if (!state) continue;
    out.set(key.slice(start.length), state);
    makers.set(state.docId, { email: state.email, key: state.key });
  }
  return out;
}

export function readState(key: string): DocState | null {
  const state = parseState(get(DOC_PREFIX + key));
  if (state) mem().makers.set(state.docId, { email: state.email, key: state.key });
  return state;
}

/** A document's state; its maker is the one remembered for it (rewriting it does not make it yours), else you. */
export function writeState(key: string, state: DocState): void {
  const maker = mem().makers.get(state.docId) ?? currentUser();
  mem().makers.set(state.docId, maker);
  set(DOC_PREFIX + key, JSON.stringify({ docId: state.docId, hash: state.hash, at: state.at, ...maker }));
}

/**
 * Records the running user as the maker of a file remembered without one (before makers were
 * remembered) that their Drive access reaches: drive.file reaches only what they made or picked.
 */
export function claim(id: string, docKey: string | null): void {
  const me = currentUser();
  if (docKey !== null) {
    const known = readState(docKey);
    mem().makers.set(id, me);
    if (known) writeState(docKey, known);
    return;
  }
  for (const key of [FOLDER_KEY, TEMPLATE_KEY]) {
    const made = parseMade(get(key));
    if (made?.id === id) set(key, JSON.stringify({ ...made, ...me }));
  }
}

export function forgetState(key: string): void {
  mem().store.deleteProperty(mem().prefix + DOC_PREFIX + key);
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

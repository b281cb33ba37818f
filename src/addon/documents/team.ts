/**
 * Team use. Every editor sees the spreadsheet's memory of the documents (document properties), but
 * Drive access is each user's own: under drive.file the add-on reaches only the files it made for
 * that user or that the user opened or picked with it, and any other file is "File not found"
 * (https://developers.google.com/drive/api/guides/api-specific-auth). So a remembered file made by
 * someone else that this user cannot reach is not gone: the run stops before making anything, says
 * who made the set and when, lists the documents this user can open (DocumentApp reaches documents
 * shared with them), and the sidebar offers the choice — the maker runs it, access granted with
 * Google Picker, or the user's own set in their own Drive.
 */
import { formatThaiDate } from '../../core/thai/dates';
import type { DocsTeamView } from '../../shared/wire';
import { datePartsIn } from '../clock';
import { UserError } from '../spreadsheet';
import { documentUrl, folderUrl, isAlive } from './drive';
import { pickerSettings } from './picker';
import * as state from './state';

type States = ReturnType<typeof state.readStates>;

/** What stops a run: the first remembered file made by someone else that Drive does not reach, and how many there are. */
export interface Blocked {
  maker: state.Made;
  unreachable: number;
}

type Remembered = state.Made & { docKey: string | null };

/** Every remembered file with its maker: folder, template, documents (with their key). */
function remembered(states: States): Remembered[] {
  const files = [state.folder(), state.template()]
    .filter((m): m is state.Made => m !== null)
    .map((m) => ({ ...m, docKey: null }));
  const docs = [...states].map(([docKey, s]) => ({ id: s.docId, email: s.email, key: s.key, at: s.at, docKey }));
  return [...files, ...docs];
}

/**
 * Null when the run may go on: every remembered file is the user's own (a missing one was deleted
 * and is made again, as before) or reachable. Only others' files cost a Drive call each; a file
 * remembered before makers were (no maker) that this user reaches is theirs, and is recorded so.
 */
export function blockedRun(states: States): Blocked | null {
  const others = remembered(states).filter((m) => !state.isMine(m));
  const unreachable = others.filter((m) => !isAlive(m.id));
  for (const m of others) if (!m.email && !m.key && !unreachable.includes(m)) state.claim(m.id, m.docKey);
  return unreachable.length ? { maker: unreachable[0], unreachable: unreachable.length } : null;
}

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');

/** The maker in words, and the day in the spreadsheet's time zone (English spelt out here: Intl in Apps Script is not relied on). */
function whoAndWhen(maker: state.Made, timeZone: string) {
  const parts = maker.at ? datePartsIn(timeZone, new Date(maker.at)) : null;
  return {
    owner: maker.email,
    th: maker.email || 'ผู้แก้ไขอีกคน (Google ไม่แสดงอีเมล)',
    en: maker.email || 'another editor (Google does not show their email)',
    madeOn: parts ? formatThaiDate(parts, 'long', 'arabic') : '',
    madeOnEn: parts ? `${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}` : '',
  };
}

/** The stop in words, for the sidebar's box and for a batch called while the run is blocked. */
export function blockedMessage(blocked: Blocked, timeZone: string): { th: string; en: string } {
  const w = whoAndWhen(blocked.maker, timeZone);
  const n = blocked.unreachable;
  return {
    th: `เอกสารชุดของสเปรดชีตนี้สร้างโดย ${w.th}${w.madeOn ? ` เมื่อ ${w.madeOn}` : ''} และบัญชีของคุณยังเข้าถึงในไดรฟ์ไม่ได้ ${n} รายการ — ใสสะอาดจึงไม่สร้างชุดใหม่ซ้ำ: ให้ ${w.th} กดสร้างเอกสาร หรือเลือก "สร้างชุดของฉันเอง" ในแถบเอกสาร`,
    en: `This spreadsheet's documents were made by ${w.en}${w.madeOnEn ? ` on ${w.madeOnEn}` : ''} and your account cannot reach ${n} of them in Drive — SaiSaat will not make a duplicate set: ask ${w.en} to run it, or choose "Make my own set" in the Documents tab`,
  };
}

export class RunBlocked extends UserError {
  constructor(
    readonly blocked: Blocked,
    timeZone: string,
  ) {
    super(blockedMessage(blocked, timeZone));
  }
}

/**
 * What the sidebar shows a blocked editor: who made the set and when, the documents they can open
 * (one DocumentApp.openById each: only on this path), and whether Picker can grant access.
 */
export function teamView(blocked: Blocked, states: States, names: Map<string, string>, timeZone: string): DocsTeamView {
  const openable: DocsTeamView['openable'] = [];
  for (const [projectId, s] of states) {
    try {
      const doc = DocumentApp.openById(s.docId);
      openable.push({ projectId, name: names.get(projectId) ?? doc.getName(), url: documentUrl(s.docId) });
    } catch {
      // Not shared with this user, or deleted: not listed.
    }
  }
  const w = whoAndWhen(blocked.maker, timeZone);
  const message = blockedMessage(blocked, timeZone);
  const folder = state.folderId();
  return {
    owner: w.owner,
    madeOn: w.madeOn,
    madeOnEn: w.madeOnEn,
    unreachable: blocked.unreachable,
    openable,
    folderUrl: folder ? folderUrl(folder) : null,
    folderId: folder ?? '',
    picker: pickerSettings() !== null,
    message: message.th,
    messageEn: message.en,
  };
}

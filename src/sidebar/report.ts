/**
 * The report and announcement block of the documents tab: round and year, ปัญหาอุปสรรค and
 * ข้อเสนอแนะ, the signer (prefilled from what the server remembered), สร้างรายงานผล and สร้างประกาศ.
 * A round-12 report without its texts is said before any call; what the server says is missing
 * shows next to the buttons, in the sidebar's language, with the fields concerned marked invalid.
 * Text is shown with textContent only.
 */
import type { DocProblem, ReportDocResult, ReportForm } from '../shared/reportWire';
import { errorNodes } from './errors';
import type { Lang } from '../shared/wire';
import { call } from './client';
import { bringIntoView } from './messages';
import { byId as $, link } from './dom';
import type { Strings } from './i18n';

export interface ReportHooks {
  strings: () => Strings;
  lang: () => Lang;
}

type Kind = 'report' | 'announcement';
/** What is on show, kept so a language switch shows it again in the other language. */
type Shown =
  | { kind: 'made'; what: Kind; result: ReportDocResult }
  | { kind: 'problems'; problems: DocProblem[] }
  | { kind: 'local'; key: 'reportNeedsTexts' | 'reportYearInvalid' }
  | { kind: 'error'; error: unknown }
  | null;

let hooks: ReportHooks;
let shown: Shown = null;
let loaded = false;
/** Texts typed and not yet sent, by "year:round", so switching the round or the year loses nothing. */
const drafts = new Map<string, { problems: string; suggestions: string }>();
/** The year and round the texts on show belong to. */
let showing = '';

const value = (id: string) => $<HTMLInputElement | HTMLTextAreaElement>(id).value;

/** The form field each server problem is about. */
const FIELD_IDS: Partial<Record<DocProblem['field'], string>> = {
  year: 'report-year',
  problems: 'report-problems',
  suggestions: 'report-suggestions',
  signerName: 'report-signer-name',
  signerPosition: 'report-signer-position',
};

function markInvalid(fields: string[]): void {
  for (const id of Object.values(FIELD_IDS)) $(id!).removeAttribute('aria-invalid');
  for (const id of fields) $(id).setAttribute('aria-invalid', 'true');
}

function render(): void {
  const t = hooks.strings();
  const en = hooks.lang() === 'en';
  const error = $('report-error');
  const result = $('report-result');
  error.hidden = result.hidden = true;
  const fail = (lines: string[]) => {
    error.replaceChildren(...lines.flatMap((l, i) => (i ? [document.createElement('br'), l] : [l])));
    error.hidden = false;
  };
  if (!shown) return;
  if (shown.kind === 'local') return fail([t[shown.key]]);
  if (shown.kind === 'error') {
    // Google's own errors translated, with what to do, as the error box above the tabs shows them.
    const e = shown.error;
    error.replaceChildren(...errorNodes(e instanceof Error ? e.message : String(e), hooks.lang(), ''));
    error.hidden = false;
    return;
  }
  if (shown.kind === 'problems') return fail(shown.problems.map((p) => (en ? p.messageEn : p.message)));
  const { doc, notice, noticeEn } = shown.result;
  if (!doc) return;
  result.replaceChildren(
    `${t.docMade(shown.what, doc.outcome)}: `,
    link(doc.url, doc.name),
    ...(notice ? [` — ${en ? noticeEn : notice}`] : []),
  );
  result.hidden = false;
}

function show(next: Shown, invalid: string[] = []): void {
  shown = next;
  markInvalid(invalid);
  render();
}

/** The year typed, undefined when blank (the plan's own is used), null when it is not a BE year. */
function yearTyped(): number | undefined | null {
  const raw = value('report-year').trim();
  if (!raw) return undefined;
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2400 && year <= 2700 ? year : null;
}

const round = () => (value('report-round') === '12' ? 12 : 6);

function fill(form: ReportForm): void {
  if (form.year !== null) $<HTMLInputElement>('report-year').value = String(form.year);
  showing = `${form.year}:${form.round}`;
  const draft = drafts.get(showing);
  $<HTMLTextAreaElement>('report-problems').value = draft?.problems ?? form.problems;
  $<HTMLTextAreaElement>('report-suggestions').value = draft?.suggestions ?? form.suggestions;
  // The signer typed now is kept over the remembered one.
  if (!value('report-signer-name')) $<HTMLInputElement>('report-signer-name').value = form.signer.name;
  if (!value('report-signer-position')) $<HTMLInputElement>('report-signer-position').value = form.signer.position;
}

async function run(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    show({ kind: 'error', error: e });
  }
}

/** The remembered values for the round and year on show (the texts are remembered per year and round). */
async function loadForm(): Promise<void> {
  if (showing) drafts.set(showing, { problems: value('report-problems'), suggestions: value('report-suggestions') });
  const year = yearTyped();
  if (year === null) return show({ kind: 'local', key: 'reportYearInvalid' }, ['report-year']);
  await run(async () =>
    fill(await call('getReportForm', year === undefined ? { round: round() } : { round: round(), year })),
  );
}

const signer = () => ({ name: value('report-signer-name'), position: value('report-signer-position') });

function fieldsOf(problems: DocProblem[]): string[] {
  return problems.map((p) => FIELD_IDS[p.field]).filter((id): id is string => id !== undefined);
}

async function makeReport(): Promise<void> {
  const year = yearTyped();
  if (year === null) {
    show({ kind: 'local', key: 'reportYearInvalid' }, ['report-year']);
    return reveal();
  }
  const problems = value('report-problems');
  const suggestions = value('report-suggestions');
  const blank = [problems, suggestions].map((v, i) => (v.trim() ? '' : ['report-problems', 'report-suggestions'][i]));
  if (round() === 12 && blank.some(Boolean)) {
    show({ kind: 'local', key: 'reportNeedsTexts' }, blank.filter(Boolean));
    return reveal();
  }
  show(null);
  await run(async () => {
    // Sent: the server remembers them now.
    drafts.delete(showing);
    const result = await call('makeReportDoc', {
      round: round(),
      ...(year === undefined ? {} : { year }),
      problems,
      suggestions,
      signer: signer(),
    });
    done('report', result);
  });
  reveal();
}

async function makeAnnouncement(): Promise<void> {
  show(null);
  await run(async () => done('announcement', await call('makeAnnouncementDoc', { signer: signer() })));
  reveal();
}

/** After the user's action: its outcome, under the buttons at the bottom of the tab, in view and focused. */
function reveal(): void {
  const shownBox = [$('report-error'), $('report-result')].find((box) => !box.hidden);
  if (shownBox) bringIntoView(shownBox, true);
}

function done(what: Kind, result: ReportDocResult): void {
  if (result.doc) show({ kind: 'made', what, result });
  else show({ kind: 'problems', problems: result.problems }, fieldsOf(result.problems));
}

export function setupReport(h: ReportHooks): void {
  hooks = h;
  $('report-make').addEventListener('click', () => void makeReport());
  $('announce-make').addEventListener('click', () => void makeAnnouncement());
  $('report-round').addEventListener('change', () => void loadForm());
  $('report-year').addEventListener('change', () => void loadForm());
}

/** The documents tab opened: the form prefilled once (later opens keep what the user typed). */
export async function openReport(): Promise<void> {
  if (loaded) return;
  loaded = true;
  await loadForm();
}

/** Shows what is on show again, in the language now chosen. */
export function renderReport(): void {
  if (hooks) render();
}

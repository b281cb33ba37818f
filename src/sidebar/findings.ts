/**
 * The check tab's findings list at any count: errors first, then warnings (each in sheet order);
 * filters by severity and by code with their counts; 100 findings at a time with แสดงเพิ่ม, so
 * the page holds at most a page more than the user asked for however many the check made. The
 * filters, the counts and the Check button sit in a sticky header (index.html `.check-head`). A
 * language switch renders the same filter and page again. `findingItem` is also the documents
 * tab's line for a proposed fix. Text is set with textContent only.
 */
import type { CheckResult, FindingView, Severity } from '../shared/wire';
import { errorsFirst } from '../shared/findingOrder';
import { call } from './client';
import { fixBlock, type FixHooks, type FixTarget } from './fixes';
import { attempt } from './messages';
import { byId, el } from './dom';

export const PAGE_SIZE = 100;

export interface FindingsFilter {
  severity: Severity | 'all';
  /** '' for every code. */
  code: string;
}

/** The findings `filter` keeps, in the order given. */
export function filterFindings(findings: readonly FindingView[], filter: FindingsFilter): FindingView[] {
  return findings.filter(
    (f) => (filter.severity === 'all' || f.severity === filter.severity) && (!filter.code || f.code === filter.code),
  );
}

/** Each code among the findings of `severity`, with how many, most first (then by code). */
export function codeCounts(findings: readonly FindingView[], severity: FindingsFilter['severity']): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings)
    if (severity === 'all' || f.severity === severity) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** How many to show after a page more: `shown` plus a page, never past `matching`. */
export function nextPage(shown: number, matching: number): number {
  return Math.min(shown + PAGE_SIZE, matching);
}

let hooks: FixHooks;

interface ListState {
  result: CheckResult;
  ordered: FindingView[];
  matching: FindingView[];
  filter: FindingsFilter;
  shown: number;
  fixes: FixTarget;
}
let state: ListState | null = null;

/** ✖ or ⚠, read by screen readers as ข้อผิดพลาด or คำเตือน. */
function severityMark(severity: Severity, t: ReturnType<FixHooks['strings']>): HTMLSpanElement {
  const mark = el('span', severity === 'error' ? '✖' : '⚠', `sev sev-${severity}`);
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', t.severity[severity]);
  return mark;
}

/** One finding: a button selecting its cell, and its proposed text when it has one. */
export function findingItem(sheetName: string, f: FindingView, fixes?: FixTarget): HTMLLIElement {
  const t = hooks.strings();
  const li = el('li');
  const button = el('button');
  button.type = 'button';
  button.dataset.cell = f.cell;
  button.dataset.code = f.code;
  button.append(
    severityMark(f.severity, t),
    el('span', f.cell, 'cell'),
    el('span', t.findingMessage(f.message, f.messageEn), 'message'),
  );
  // The keyboard stays on the finding (its cell is now selected in the sheet); a failure shows in its line.
  button.addEventListener('click', () =>
    attempt(li, () => call('selectCell', { sheetName, cell: f.cell }), { focus: false }),
  );
  li.append(button);
  const fix = fixes && fixBlock(f, fixes);
  if (fix) li.append(fix);
  return li;
}

function option(value: string, text: string): HTMLOptionElement {
  const o = el('option', text);
  o.value = value;
  return o;
}

function renderFilters(s: ListState): void {
  const t = hooks.strings();
  const r = s.result;
  const severity = byId<HTMLSelectElement>('findings-severity');
  severity.replaceChildren(
    option('all', t.findingsAll(r.errors + r.warnings)),
    option('error', t.findingsErrors(r.errors)),
    option('warning', t.findingsWarnings(r.warnings)),
  );
  severity.value = s.filter.severity;
  const ofSeverity = { all: r.errors + r.warnings, error: r.errors, warning: r.warnings }[s.filter.severity];
  const code = byId<HTMLSelectElement>('findings-code');
  code.replaceChildren(
    option('', t.findingsAllCodes(ofSeverity)),
    ...codeCounts(s.ordered, s.filter.severity).map(([c, n]) => option(c, `${c} (${n})`)),
  );
  code.value = s.filter.code;
  const listed = r.findings.length;
  const total = r.errors + r.warnings;
  const cut = byId('findings-cut');
  cut.hidden = listed >= total;
  cut.textContent = listed < total ? t.findingsCut(listed, total) : '';
  byId('findings-filters').hidden = listed === 0;
}

function renderStatus(s: ListState): void {
  const t = hooks.strings();
  const status = byId('findings-status');
  status.hidden = s.ordered.length === 0;
  status.textContent = t.findingsShown(s.shown, s.matching.length);
  const more = byId<HTMLButtonElement>('findings-more');
  const next = nextPage(s.shown, s.matching.length) - s.shown;
  more.hidden = next === 0;
  more.textContent = t.findingsMore(next);
}

function renderList(s: ListState): void {
  const list = byId('findings');
  if (s.ordered.length === 0) {
    list.replaceChildren(el('li', hooks.strings().noFindings, 'result'));
  } else {
    list.replaceChildren(...s.matching.slice(0, s.shown).map((f) => findingItem(s.result.sheetName, f, s.fixes)));
  }
  renderStatus(s);
}

/** Applies a filter: the list starts again at its first page and says how many match. */
function setFilter(change: Partial<FindingsFilter>): void {
  if (!state) return;
  const filter = { ...state.filter, ...change };
  // A code of the other severity would match nothing: every code again.
  if (filter.code && !codeCounts(state.ordered, filter.severity).some(([c]) => c === filter.code)) filter.code = '';
  state.filter = filter;
  state.matching = filterFindings(state.ordered, filter);
  state.shown = Math.min(PAGE_SIZE, state.matching.length);
  renderFilters(state);
  renderList(state);
}

/** A page more, added under the list; focus moves to the first finding added. */
function showMore(): void {
  if (!state) return;
  const from = state.shown;
  state.shown = nextPage(from, state.matching.length);
  const added = state.matching
    .slice(from, state.shown)
    .map((f) => findingItem(state!.result.sheetName, f, state!.fixes));
  byId('findings').append(...added);
  renderStatus(state);
  const first = added[0]?.querySelector('button');
  if (first) {
    first.focus({ preventScroll: true });
    // Centred, so the sticky header does not cover it.
    first.scrollIntoView({ block: 'center' });
  }
}

/**
 * The check's result as a list. A new result keeps the filter (a fix is followed by a new check)
 * and starts at the first page; the same result again (a language switch) keeps the page too.
 */
export function renderFindings(r: CheckResult, fixes: FixTarget): void {
  if (state?.result !== r) {
    const ordered = errorsFirst(r.findings);
    const filter = state?.filter ?? { severity: 'all', code: '' };
    state = { result: r, ordered, matching: [], filter, shown: 0, fixes };
    setFilter({});
    return;
  }
  renderFilters(state);
  renderList(state);
}

/** The words in the language on show; wires the filters and แสดงเพิ่ม. */
export function setupFindings(h: FixHooks): void {
  hooks = h;
  const severity = byId<HTMLSelectElement>('findings-severity');
  severity.addEventListener('change', () => setFilter({ severity: severity.value as FindingsFilter['severity'] }));
  const code = byId<HTMLSelectElement>('findings-code');
  code.addEventListener('change', () => setFilter({ code: code.value }));
  byId('findings-more').addEventListener('click', showMore);
}

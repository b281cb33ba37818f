/**
 * Where the sidebar's messages appear. Each action's result shows in the paragraph next to its
 * button, and its error in the error box, which is moved next to that paragraph (one error is on
 * show at a time, so there is one box, #error; errors from no action stay above the tabs). The
 * message is scrolled into view and, after a user's action, focused — the tabs can be 2,000 px
 * tall and the button pressed is at the bottom. A status line in the sticky masthead repeats the
 * last outcome and brings it back into view when clicked, from any tab.
 *
 * Results are kept as functions of the sidebar's strings, not as text, so a language switch shows
 * every message on show again in the other language (rerenderMessages).
 */
import type { Lang, Section } from '../shared/wire';
import type { Strings } from './i18n';
import { errorNodes } from './errors';
import { byId, el } from './dom';

/** A message in the language on show: text, or nodes (links) built for it. */
export type Render = (s: Strings) => string | (Node | string)[];

/** Where an action reports: the id of its result paragraph, or an element (a finding's line). */
export type Place = string | HTMLElement;

export interface MessageHooks {
  strings: () => Strings;
  lang: () => Lang;
  /** Shows a tab: the status line brings back a message from another tab. */
  showSection: (section: Section) => void;
}

let hooks: MessageHooks;
/** The results on show by element id. */
const results = new Map<string, Render>();
/** The error on show and where. */
let error: { error: unknown; place: HTMLElement | null } | null = null;
/** What the status line repeats: a result (by id) or the error. */
let status: { kind: 'result'; id: string } | { kind: 'error' } | null = null;
/** Where #error lives when it belongs to no action (above the tabs). */
let home: Comment;

const resolve = (place: Place) => (typeof place === 'string' ? byId(place) : place);

export function setupMessages(h: MessageHooks): void {
  hooks = h;
  const box = byId('error');
  box.tabIndex = -1;
  home = document.createComment('error box home');
  box.before(home);
  byId('status').addEventListener('click', () => {
    const target = status?.kind === 'error' ? box : status ? byId(status.id) : null;
    if (target) bringIntoView(target, true);
  });
  // The masthead's height, so sticky headers below it and scrolled-to messages clear it (style.css).
  const masthead = byId('masthead');
  // Zero when it scrolls with the page (a short window, style.css).
  const measure = () => {
    const sticky = getComputedStyle(masthead).position === 'sticky';
    const height = sticky ? masthead.getBoundingClientRect().height : 0;
    document.documentElement.style.setProperty('--masthead-height', `${height}px`);
  };
  new ResizeObserver(measure).observe(masthead);
  window.addEventListener('resize', measure);
  measure();
}

/** Renders `render` into the element: text, or nodes. */
function fill(node: HTMLElement, render: Render): void {
  const content = render(hooks.strings());
  if (typeof content === 'string') node.textContent = content;
  else node.replaceChildren(...content);
}

/** Shows (or, with null, hides) the result paragraph `id`, kept for a language switch. */
export function showResult(id: string, render: Render | null): void {
  const node = byId(id);
  node.hidden = render === null;
  if (render === null) {
    results.delete(id);
    node.textContent = '';
    if (status?.kind === 'result' && status.id === id) setStatus(null);
    return;
  }
  results.set(id, render);
  fill(node, render);
  if (status?.kind === 'result' && status.id === id) renderStatus();
}

/** Shows `e` in the error box next to `place` (above the tabs without one); null hides it. */
export function showError(e: unknown, place?: Place | null): void {
  const box = byId('error');
  if (e === null) {
    error = null;
    box.hidden = true;
    if (status?.kind === 'error') setStatus(null);
    return;
  }
  const at = place === undefined || place === null ? null : resolve(place);
  error = { error: e, place: at };
  // In a list (a finding's line) the box goes inside the item, keeping the list's markup valid;
  // after a result's polite live region, not inside it, so the alert is announced once, as an alert.
  if (at === null) home.after(box);
  else if (at instanceof HTMLLIElement) at.append(box);
  else (at.closest('.live') ?? at).after(box);
  renderError();
  setStatus({ kind: 'error' });
}

function renderError(): void {
  if (!error) return;
  const box = byId('error');
  const e = error.error;
  box.replaceChildren(
    ...errorNodes(e instanceof Error ? e.message : String(e), hooks.lang(), hooks.strings().errorPrefix),
  );
  box.hidden = false;
}

function setStatus(next: typeof status): void {
  status = next;
  renderStatus();
}

function renderStatus(): void {
  const line = byId('status');
  const source =
    status?.kind === 'error' ? byId('error').querySelector('.error-text') : status ? byId(status.id) : null;
  const text = source?.textContent?.trim() ?? '';
  line.hidden = !text;
  line.className = `status ${status?.kind === 'error' ? 'status-error' : 'status-ok'}`;
  const icon = el('span', status?.kind === 'error' ? '✖' : '✓', 'status-icon');
  icon.setAttribute('aria-hidden', 'true');
  line.replaceChildren(icon, el('span', text, 'status-text'));
  line.title = text;
}

/** Every message on show again, in the language now chosen. */
export function rerenderMessages(): void {
  for (const [id, render] of results) fill(byId(id), render);
  renderError();
  renderStatus();
}

/** Scrolls `node` into view (on its tab) and, when asked, moves the keyboard focus to it. */
export function bringIntoView(node: HTMLElement, focus: boolean): void {
  const section = node.closest<HTMLElement>('main section[data-section]');
  if (section?.hidden) hooks.showSection(section.dataset.section as Section);
  if (focus) {
    if (!node.matches('a, button, input, select, textarea, [tabindex]')) node.tabIndex = -1;
    node.focus({ preventScroll: true });
  }
  node.scrollIntoView({ block: 'nearest' });
}

export interface AttemptOptions {
  /** A user's action (true): its result or error takes the focus. Loads in the background leave it. */
  focus?: boolean;
}

/**
 * Runs an action's server calls: the previous error goes; afterwards its result paragraph
 * (`place`, or the element `work` returns when the outcome shows elsewhere), when it shows
 * something, or its error next to `place`, is brought into view and focused.
 */
export async function attempt(
  place: Place | null,
  work: () => Promise<Place | void>,
  options: AttemptOptions = {},
): Promise<void> {
  const focus = options.focus ?? true;
  showError(null);
  if (focus) setStatus(null);
  let shown: Place | null;
  try {
    shown = (await work()) ?? place;
  } catch (e) {
    showError(e, place);
    bringIntoView(byId('error'), focus);
    return;
  }
  if (shown === null) return;
  const node = resolve(shown);
  if (!focus || node.hidden || !node.textContent?.trim()) return;
  if (typeof shown === 'string' && results.has(shown)) setStatus({ kind: 'result', id: shown });
  bringIntoView(node, true);
}

/**
 * The sidebar's แผนประจำปี section: a year, the preview (what a run would add, update and mark,
 * and the projects with "-" or nothing in the year, each with a checkbox to include it), and the
 * button that makes or updates the annual plan sheet (addon/annualPlan.ts). Built here and added
 * to the page by main.ts before it wires the tabs; texts follow the page's language.
 */
import type { AnnualPreview, AnnualResult } from '../shared/annualWire';
import type { Lang, SidebarState } from '../shared/wire';
import { call } from './client';
import { STRINGS } from './i18n';
import { attempt } from './messages';
import { byId } from './dom';

let preview: AnnualPreview | null = null;
let result: AnnualResult | null = null;

const strings = () => STRINGS[(document.documentElement.lang === 'en' ? 'en' : 'th') as Lang];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The plan's years (the saved settings until a preview reads the plan's own), this fiscal year chosen when among them. */
let planYears: number[] = [];
let todayYear = 0;

function fillYears(): void {
  const select = byId<HTMLSelectElement>('annual-year');
  const years = preview?.years.length ? preview.years : planYears;
  const chosen = Number(select.value || todayYear);
  select.replaceChildren(...years.map((y) => el('option', { value: String(y) }, String(y))));
  const fallback = years.includes(todayYear) ? todayYear : years[0];
  select.value = String(years.includes(chosen) ? chosen : fallback);
}

/** The sidebar state's years: called by main.ts once the state has come. */
export function setAnnualYears(state: Pick<SidebarState, 'settings' | 'todayFiscalYear'>): void {
  const { from, to } = state.settings.fiscalYears;
  planYears = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  todayYear = state.todayFiscalYear;
  fillYears();
}

/** The preview and the last result, in the page's language; every text from the sheet as textContent. */
function render(): void {
  const t = strings();
  const box = byId('annual-preview');
  box.hidden = preview === null;
  if (preview) {
    const list = el('ul', { class: 'annual-candidates' });
    for (const c of preview.candidates) {
      const tick = el('input', { type: 'checkbox', value: c.id, 'data-annual-include': '' });
      tick.checked = c.inAnnual;
      const label = el('label');
      label.append(tick, ` ${c.row}: ${c.name}`);
      const item = el('li');
      item.append(label);
      list.append(item);
    }
    box.replaceChildren(
      el('p', {}, t.annualSummary(preview.sheetName, preview.exists, preview.included, preview.candidates.length)),
      el('p', { class: 'secondary' }, t.annualCounts(preview.counts)),
      ...(preview.candidates.length ? [el('p', {}, t.annualCandidates), list] : []),
    );
  }
  const done = byId('annual-result');
  done.hidden = result === null;
  if (result)
    done.textContent = `${t.annualDone(result.sheetName, result.created, result.projects)} (${t.annualCounts(result.counts)})`;
  byId<HTMLButtonElement>('annual-write').disabled = preview === null;
  // One primary button: the next step, previewing until a preview is on show, then making the sheet.
  byId('annual-preview-button').classList.toggle('action', preview === null);
  byId('annual-write').classList.toggle('action', preview !== null);
}

/** Adds the tab and the section to the page. */
export function mountAnnual(): void {
  // A tab and its panel as index.html's (APG tabs: each names the other); its first content is a heading, so the panel takes focus.
  const tab = el('button', {
    type: 'button',
    role: 'tab',
    id: 'tab-annual',
    'aria-controls': 'section-annual',
    'data-section': 'annual',
    'data-i18n': 'tabAnnual',
  });
  tab.textContent = STRINGS.th.tabAnnual;
  document.querySelector('.tabs')!.append(tab);
  const section = el('section', {
    id: 'section-annual',
    'data-section': 'annual',
    role: 'tabpanel',
    'aria-labelledby': 'tab-annual',
    tabindex: '0',
  });
  section.hidden = true;
  const block = el('div', { class: 'block' });
  const live = el('div', { class: 'live', role: 'status' });
  live.append(el('p', { id: 'annual-result', class: 'result' }));
  const select = el('select', { id: 'annual-year' });
  const label = el('label', { for: 'annual-year', 'data-i18n': 'annualFiscalYear' }, STRINGS.th.annualFiscalYear);
  block.append(
    el('h2', { 'data-i18n': 'annualTitle' }, STRINGS.th.annualTitle),
    el('p', { class: 'secondary', 'data-i18n': 'annualHelp' }, STRINGS.th.annualHelp),
    label,
    select,
    el('div', { class: 'actions' }),
    el('div', { id: 'annual-preview', class: 'result' }),
    el('div', { class: 'actions' }),
    // Announced politely: the live container is there before the result is (index.html says why).
    live,
  );
  const [previewActions, writeActions] = Array.from(block.querySelectorAll('.actions'));
  previewActions.append(
    el(
      'button',
      { id: 'annual-preview-button', type: 'button', 'data-i18n': 'annualPreview' },
      STRINGS.th.annualPreview,
    ),
  );
  writeActions.append(
    el('button', { id: 'annual-write', type: 'button', 'data-i18n': 'annualWrite' }, STRINGS.th.annualWrite),
  );
  section.append(block);
  byId('panels').append(section);
  render();

  const year = () => Number(byId<HTMLSelectElement>('annual-year').value);
  byId('annual-preview-button').addEventListener('click', () =>
    attempt('annual-preview', async () => {
      result = null;
      preview = await call('previewAnnualPlan', { year: year() });
      fillYears();
      render();
    }),
  );
  byId('annual-write').addEventListener('click', () =>
    attempt('annual-result', async () => {
      const include = Array.from(document.querySelectorAll<HTMLInputElement>('[data-annual-include]'))
        .filter((b) => b.checked)
        .map((b) => b.value);
      result = await call('writeAnnualPlan', { year: year(), include });
      preview = await call('previewAnnualPlan', { year: year() });
      render();
    }),
  );
  // A new preview for another year: the old one no longer says what the button would do.
  select.addEventListener('change', () => {
    preview = null;
    result = null;
    render();
  });
  // main.ts switches the language by setting <html lang>: the dynamic texts follow.
  new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

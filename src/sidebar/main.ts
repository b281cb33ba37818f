/**
 * The SaiSaat sidebar: create or adopt a plan sheet, check it (clicking a finding selects its
 * cell), update totals. Every value from the sheet or the server is shown with textContent —
 * never parsed as HTML — so a project named "<img src=x onerror=…>" is just text.
 */
import type {
  AdoptionPreview,
  AdoptionResult,
  CheckResult,
  CreatePlanRequest,
  CreatePlanResult,
  FindingView,
  Lang,
  Section,
  SidebarState,
  TotalsResult,
} from '../addon/wire';
import { formatAmount } from '../core/format';
import { STRINGS, type Strings } from './i18n';
import { call } from './server';

let lang: Lang = 'th';
let t: Strings = STRINGS.th;
let lastCheck: CheckResult | null = null;
let lastPreview: AdoptionPreview | null = null;
let lastTotals: TotalsResult | null = null;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function showError(error: unknown): void {
  const box = $('error');
  if (error === null) {
    box.hidden = true;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  box.textContent = t.errorPrefix + message.replace(/^(Exception|Error|UserError):\s*/, '');
  box.hidden = false;
}

function setResult(id: string, text: string | null): void {
  const node = $(id);
  node.hidden = text === null;
  node.textContent = text ?? '';
}

/** Runs a server call with errors shown in the error box. */
async function attempt(work: () => Promise<void>): Promise<void> {
  showError(null);
  try {
    await work();
  } catch (e) {
    showError(e);
  }
}

// ---- Language ---------------------------------------------------------------------------------

function applyLanguage(next: Lang): void {
  lang = next;
  t = STRINGS[next];
  document.documentElement.lang = next;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((node) => {
    const value = t[node.dataset.i18n as keyof Strings];
    if (typeof value === 'string') node.textContent = value;
  });
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((node) => {
    node.placeholder = t[node.dataset.i18nPlaceholder as keyof Strings] as string;
  });
  $('lang').textContent = t.switchLang;
  const none = $<HTMLSelectElement>('org-type').querySelector('option[value=""]');
  if (none) none.textContent = t.orgTypeNone;
  updateKindLabels();
  if (lastPreview) renderPreview(lastPreview);
  if (lastCheck) renderCheck(lastCheck);
  if (lastTotals) renderTotals(lastTotals);
}

// ---- Sections ---------------------------------------------------------------------------------

function showSection(section: Section): void {
  document.querySelectorAll<HTMLElement>('main section').forEach((s) => (s.hidden = s.dataset.section !== section));
  document.querySelectorAll<HTMLButtonElement>('.tabs button').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.section === section)));
}

// ---- Create -----------------------------------------------------------------------------------

function planKind(): 'five-year' | 'annual' {
  return ($<HTMLFormElement>('create-form').elements.namedItem('planKind') as RadioNodeList).value as 'five-year' | 'annual';
}

function updateKindLabels(): void {
  const annual = planKind() === 'annual';
  $('years-row').hidden = annual;
  document.querySelector('label[for="quarter-year"]')!.textContent = annual ? t.annualYear : t.quarterYear;
}

async function createPlan(event: Event): Promise<void> {
  event.preventDefault();
  const request: CreatePlanRequest = {
    organisationName: $<HTMLInputElement>('org-name').value,
    organisationType: $<HTMLSelectElement>('org-type').value,
    planKind: planKind(),
    fromYear: Number($<HTMLInputElement>('from-year').value),
    toYear: Number($<HTMLInputElement>('to-year').value),
    quarterYear: Number($<HTMLInputElement>('quarter-year').value),
  };
  setResult('create-result', null);
  await attempt(async () => {
    const r = await call<CreatePlanResult>('createPlanSheet', request);
    setResult('create-result', t.created(r.sheetName, r.firstDataRow, r.lastDataRow));
  });
}

// ---- Adopt ------------------------------------------------------------------------------------

function renderPreview(p: AdoptionPreview): void {
  $('adopt-preview').hidden = false;
  $('adopt-summary').textContent = t.previewSummary(p.sheetName, p.layout === 'annual' ? t.annual : t.fiveYear, p.projects, p.totalRows);
  const columns = $('adopt-columns');
  columns.replaceChildren(
    ...p.columns.map((c) => {
      const li = el('li');
      li.append(el('span', c.cell, 'cell'), el('span', `${t.role(c.label, c.labelEn)} — ${c.header}`));
      return li;
    }),
  );
  const unknown = [...p.unknownHeaders.map((u) => ({ cell: u.cell, text: `${t.unknownHeader}: ${u.text}` })), ...p.notUnderstood.map((n) => ({ cell: n.cell, text: t.findingMessage(n.message, n.messageEn) }))];
  $('adopt-unknown-block').hidden = unknown.length === 0;
  $('adopt-unknown').replaceChildren(
    ...unknown.map((u) => {
      const li = el('li');
      li.append(el('span', u.cell, 'cell'), el('span', u.text));
      return li;
    }),
  );
  $('ticks-option').hidden = p.ticks.count === 0;
  $('ticks-label').textContent = t.convertTicks(p.ticks.count);
  $('numbers-option').hidden = p.numbers.count === 0;
  $('numbers-label').textContent = t.convertNumbers(p.numbers.count);
}

async function preview(): Promise<void> {
  setResult('adopt-result', null);
  await attempt(async () => {
    lastPreview = await call<AdoptionPreview>('getAdoptionPreview');
    renderPreview(lastPreview);
  });
}

async function adopt(): Promise<void> {
  await attempt(async () => {
    const r = await call<AdoptionResult>('adoptSheet', {
      convertTicks: $<HTMLInputElement>('convert-ticks').checked,
      convertNumbers: $<HTMLInputElement>('convert-numbers').checked,
    });
    setResult('adopt-result', t.adopted(r.sheetName, r.validatedCells, r.ticksConverted, r.numbersConverted));
  });
}

// ---- Check ------------------------------------------------------------------------------------

function renderBadge(r: CheckResult): void {
  const badge = $('badge');
  badge.hidden = false;
  badge.textContent = String(r.errors + r.warnings);
  badge.className = `badge${r.errors ? ' has-errors' : r.warnings ? ' has-warnings' : ''}`;
  badge.title = t.checkSummary(r.sheetName, r.projects, r.errors, r.warnings);
}

function findingItem(sheetName: string, f: FindingView): HTMLLIElement {
  const li = el('li');
  const button = el('button');
  button.type = 'button';
  button.dataset.cell = f.cell;
  button.append(el('span', f.severity === 'error' ? '✖' : '⚠', `sev ${f.severity}`), el('span', f.cell, 'cell'), el('span', t.findingMessage(f.message, f.messageEn)));
  button.addEventListener('click', () => attempt(() => call('selectCell', { sheetName, cell: f.cell })));
  li.append(button);
  return li;
}

function renderCheck(r: CheckResult): void {
  renderBadge(r);
  setResult('check-summary', t.checkSummary(r.sheetName, r.projects, r.errors, r.warnings));
  const list = $('findings');
  list.replaceChildren(...(r.findings.length ? r.findings.map((f) => findingItem(r.sheetName, f)) : [el('li', t.noFindings, 'result')]));
}

async function check(): Promise<void> {
  await attempt(async () => {
    lastCheck = await call<CheckResult>('checkPlan');
    renderCheck(lastCheck);
  });
}

// ---- Totals -----------------------------------------------------------------------------------

function renderTotals(r: TotalsResult): void {
  setResult('totals-result', t.totalsDone(r.sheetName, r.formulasWritten, r.rowsInserted, r.chart));
  const table = $<HTMLTableElement>('totals-table');
  const head = el('tr');
  head.append(el('th', ''), ...r.years.map((y) => el('th', t.budgetYear(y))));
  const rows = ['1', '2', '3', '4'].map((d) => {
    const tr = el('tr');
    tr.append(el('td', t.dimension(d)), ...r.years.map((y) => el('td', formatAmount(r.byDimension[d]?.[y] ?? 0))));
    return tr;
  });
  const total = el('tr');
  total.append(el('td', t.grandTotal), ...r.years.map((y) => el('td', formatAmount(r.byYear[y] ?? 0))));
  table.replaceChildren(head, ...rows, total);
  table.hidden = false;
  setResult('quarters', r.quarters.some((q) => q > 0) ? t.quarters(r.quarters) : null);
}

async function totals(): Promise<void> {
  await attempt(async () => {
    lastTotals = await call<TotalsResult>('updateTotals');
    renderTotals(lastTotals);
  });
}

// ---- Start ------------------------------------------------------------------------------------

function fillForm(state: SidebarState): void {
  const type = $<HTMLSelectElement>('org-type');
  type.replaceChildren(el('option', t.orgTypeNone), ...state.organisationTypes.map((o) => el('option', o)));
  (type.firstChild as HTMLOptionElement).value = '';
  type.value = state.settings.organisation.type;
  $<HTMLInputElement>('org-name').value = state.settings.organisation.name;
  $<HTMLInputElement>('from-year').value = String(state.settings.fiscalYears.from);
  $<HTMLInputElement>('to-year').value = String(state.settings.fiscalYears.to);
  const { from, to } = state.settings.fiscalYears;
  const current = Math.min(Math.max(state.todayFiscalYear, from), to);
  $<HTMLInputElement>('quarter-year').value = String(current);
}

function wire(): void {
  $('lang').addEventListener('click', () => applyLanguage(lang === 'th' ? 'en' : 'th'));
  document.querySelectorAll<HTMLButtonElement>('.tabs button').forEach((b) => b.addEventListener('click', () => showSection(b.dataset.section as Section)));
  $('create-form').addEventListener('submit', createPlan);
  document.querySelectorAll<HTMLInputElement>('input[name="planKind"]').forEach((r) => r.addEventListener('change', updateKindLabels));
  $('preview').addEventListener('click', preview);
  $('adopt').addEventListener('click', adopt);
  $('check').addEventListener('click', check);
  $('totals').addEventListener('click', totals);
}

async function start(): Promise<void> {
  wire();
  showSection('plan');
  await attempt(async () => {
    const state = await call<SidebarState>('getSidebarState');
    fillForm(state);
    applyLanguage(state.lang);
    showSection(state.section);
  });
  document.documentElement.dataset.ready = 'true';
}

void start();

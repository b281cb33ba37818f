/**
 * The SaiSaat sidebar: create or adopt a plan sheet, check it (the list of findings is findings.ts;
 * clicking a finding selects its cell), update totals, edit project details and generate the documents. Every value from the sheet or the server is shown with textContent —
 * never parsed as HTML — so a project named "<img src=x onerror=…>" is just text.
 */
import { EDITABLE_SECTIONS } from '../shared/detailSections';
import type {
  AdoptionPreview,
  CheckResult,
  CreatePlanRequest,
  DocProjectView,
  DocResultView,
  DocsOverview,
  DocsRunStart,
  DocsTeamView,
  Lang,
  ProjectDetailsView,
  Section,
  SidebarState,
  TotalsResult,
} from '../shared/wire';
import { formatAmount } from '../shared/numbers';
import { STRINGS, type Strings } from './i18n';
import { byId as $, el, link } from './dom';
import { call } from './client';
import { pick } from './picker';
import { fixAllButtons, setupFixes, type FixTarget } from './fixes';
import { findingItem, renderFindings, setupFindings } from './findings';
import { openReport, renderReport, setupReport } from './report';
import { mountAnnual, setAnnualYears } from './annual';
import { attempt, rerenderMessages, setupMessages, showResult } from './messages';
import { sheetNameProblem } from '../shared/sheetName';
import { encodeMessage, type Bilingual } from '../shared/userMessage';

let lang: Lang = 'th';
let t: Strings = STRINGS.th;
let lastCheck: CheckResult | null = null;
let lastPreview: AdoptionPreview | null = null;
let lastTotals: TotalsResult | null = null;
let lastDetails: ProjectDetailsView | null = null;
let lastOverview: DocsOverview | null = null;
let lastRunStart: DocsRunStart | null = null;
/** The run stopped because another editor made the documents: the choice on show. */
let lastTeam: DocsTeamView | null = null;
/** The plan sheet create found instead of copying it, and the problem with the name typed for a new one. */
let lastExists: { existingSheet: string; sheetNames: string[] } | null = null;
let nameProblem: Bilingual | null = null;

/** The server's text in the sidebar's language: the server sends both. */
function inLang<T>(th: T, en: T): T {
  return lang === 'en' ? en : th;
}

/** An error the sidebar raises itself, in both languages like the server's (so it is never taken for Google's). */
function ownError(text: (s: Strings) => string): Error {
  return new Error(encodeMessage({ th: text(STRINGS.th), en: text(STRINGS.en) }));
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
  // Named by its visible text (an accessible name that differs from it fails WCAG 2.5.3), in the
  // language it switches to.
  $('lang').textContent = t.switchLang;
  $('lang').lang = lang === 'th' ? 'en' : 'th';
  $('docs-meter-bar').setAttribute('aria-label', t.docsMeter);
  document.querySelector('.tabs')!.setAttribute('aria-label', t.tabsLabel);
  $('totals-scroll').setAttribute('aria-label', t.totalsTableLabel);
  $('follow-up-6').textContent = t.followUpSummary(6);
  $('follow-up-12').textContent = t.followUpSummary(12);
  const none = $<HTMLSelectElement>('org-type').querySelector('option[value=""]');
  if (none) none.textContent = t.orgTypeNone;
  updateKindLabels();
  if (lastPreview) renderPreview(lastPreview);
  if (lastCheck) renderCheck(lastCheck);
  if (lastTotals) renderTotals(lastTotals);
  if (lastDetails) renderDetails(lastDetails);
  renderDocs();
  if (lastRunStart) renderRunNotice(lastRunStart);
  renderTeam(lastTeam);
  renderExists();
  renderReport();
  rerenderMessages();
}

// ---- Sections ---------------------------------------------------------------------------------

const tabs = () => Array.from(document.querySelectorAll<HTMLButtonElement>('.tabs [role="tab"]'));

function showSection(section: Section): void {
  document.querySelectorAll<HTMLElement>('main section').forEach((s) => (s.hidden = s.dataset.section !== section));
  for (const tab of tabs()) {
    const selected = tab.dataset.section === section;
    tab.setAttribute('aria-selected', String(selected));
    // Roving tabindex: Tab reaches the selected tab only; the arrow keys move between tabs.
    tab.tabIndex = selected ? 0 : -1;
  }
  if (section === 'docs' && !lastOverview) void overview();
  if (section === 'docs') void openReport();
}

/** The keys of the APG tabs pattern, with automatic activation: the tab focused is shown. */
function tabKey(event: KeyboardEvent): void {
  const all = tabs();
  const at = all.indexOf(document.activeElement as HTMLButtonElement);
  const next = {
    ArrowLeft: (at - 1 + all.length) % all.length,
    ArrowRight: (at + 1) % all.length,
    Home: 0,
    End: all.length - 1,
  }[event.key];
  if (at < 0 || next === undefined) return;
  event.preventDefault();
  all[next].focus();
  showSection(all[next].dataset.section as Section);
}

// ---- Create -----------------------------------------------------------------------------------

function planKind(): CreatePlanRequest['planKind'] {
  const choice = $<HTMLFormElement>('create-form').elements.namedItem('planKind') as RadioNodeList;
  return choice.value as CreatePlanRequest['planKind'];
}

function updateKindLabels(): void {
  const annual = planKind() === 'annual';
  $('years-row').hidden = annual;
  document.querySelector('label[for="quarter-year"]')!.textContent = annual ? t.annualYear : t.quarterYear;
}

async function createPlan(event: Event): Promise<void> {
  event.preventDefault();
  await submitCreate();
}

/** Create; with `sheetName` when the user named a new sheet beside an existing plan. */
async function submitCreate(sheetName?: string): Promise<void> {
  const request: CreatePlanRequest = {
    organisationName: $<HTMLInputElement>('org-name').value,
    organisationType: $<HTMLSelectElement>('org-type').value,
    planKind: planKind(),
    fromYear: Number($<HTMLInputElement>('from-year').value),
    toYear: Number($<HTMLInputElement>('to-year').value),
    quarterYear: Number($<HTMLInputElement>('quarter-year').value),
    ...(sheetName === undefined ? {} : { sheetName }),
  };
  showResult('create-result', null);
  await attempt('create-result', async () => {
    const r = await call('createPlanSheet', request);
    // A plan sheet exists: the server made nothing; offer to open it or to name a new one.
    lastExists = 'existingSheet' in r ? r : null;
    nameProblem = null;
    renderExists();
    if ('existingSheet' in r) return 'create-exists-text';
    showResult('create-result', (s) => s.created(r.sheetName, r.firstDataRow, r.lastDataRow));
  });
}

function renderExists(): void {
  $('create-exists').hidden = lastExists === null;
  $('create-exists-text').textContent = lastExists ? t.planExists(lastExists.existingSheet) : '';
  $('new-sheet-name-problem').hidden = nameProblem === null;
  $('new-sheet-name-problem').textContent = nameProblem?.[lang] ?? '';
  if (nameProblem) $('new-sheet-name').setAttribute('aria-invalid', 'true');
  else $('new-sheet-name').removeAttribute('aria-invalid');
}

async function createNamed(): Promise<void> {
  const typed = $<HTMLInputElement>('new-sheet-name').value;
  nameProblem = sheetNameProblem(typed, lastExists?.sheetNames ?? []);
  renderExists();
  if (nameProblem) $('new-sheet-name').focus();
  else await submitCreate(typed);
}

async function openExisting(): Promise<void> {
  const sheetName = lastExists?.existingSheet;
  if (sheetName === undefined) return;
  showResult('create-result', null);
  await attempt('create-result', async () => {
    await call('openPlanSheet', { sheetName });
    showResult('create-result', (s) => s.opened(sheetName));
  });
}

// ---- Adopt ------------------------------------------------------------------------------------

function renderPreview(p: AdoptionPreview): void {
  $('adopt-preview').hidden = false;
  $('adopt-summary').textContent = t.previewSummary(p.sheetName, inLang(p.kind, p.kindEn), p.projects, p.totalRows);
  const columns = $('adopt-columns');
  columns.replaceChildren(
    ...p.columns.map((c) => {
      const li = el('li');
      li.append(el('span', c.cell, 'cell'), el('span', `${t.role(c.label, c.labelEn)} — ${c.header}`));
      return li;
    }),
  );
  const unknown = [
    ...p.unknownHeaders.map((u) => ({ cell: u.cell, text: `${t.unknownHeader}: ${u.text}` })),
    ...p.notUnderstood.map((n) => ({ cell: n.cell, text: t.findingMessage(n.message, n.messageEn) })),
  ];
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
  showResult('adopt-result', null);
  await attempt('adopt-result', async () => {
    lastPreview = await call('getAdoptionPreview');
    renderPreview(lastPreview);
    return 'adopt-summary';
  });
}

async function adopt(): Promise<void> {
  await attempt('adopt-result', async () => {
    const r = await call('adoptSheet', {
      convertTicks: $<HTMLInputElement>('convert-ticks').checked,
      convertNumbers: $<HTMLInputElement>('convert-numbers').checked,
    });
    showResult('adopt-result', (s) => s.adopted(r.sheetName, r.validatedCells, r.ticksConverted, r.numbersConverted));
  });
}

// ---- Check ------------------------------------------------------------------------------------

function renderBadge(r: CheckResult): void {
  const badge = $('badge');
  badge.hidden = false;
  badge.textContent = String(r.errors + r.warnings);
  badge.className = `badge${r.errors ? ' has-errors' : r.warnings ? ' has-warnings' : ''}`;
  badge.title = t.checkSummary(r.sheetName, r.projects, r.errors, r.warnings);
  // A bare "9" says nothing to a screen reader: the badge (role="img") is named by the summary.
  badge.setAttribute('aria-label', badge.title);
}

/** The severity's sign, read as its word (the sign alone would be read as "heavy multiplication x"). */
/** The check's fixes report under the check and are followed by a new check. */
const CHECK_FIXES: FixTarget = { resultId: 'fix-result', refresh: () => check() };

function renderCheck(r: CheckResult): void {
  renderBadge(r);
  showResult('check-summary', (s) => s.checkSummary(r.sheetName, r.projects, r.errors, r.warnings));
  renderFindings(r, CHECK_FIXES);
  $('fix-all').replaceChildren(...fixAllButtons(r.findings, CHECK_FIXES));
}

async function check(): Promise<void> {
  await attempt('check-summary', async () => {
    lastCheck = await call('checkPlan');
    renderCheck(lastCheck);
  });
}

// ---- Totals -----------------------------------------------------------------------------------

function renderTotals(r: TotalsResult): void {
  showResult('totals-result', (s) => s.totalsDone(r.sheetName, r.formulasWritten, r.rowsInserted, r.chart));
  const table = $<HTMLTableElement>('totals-table');
  const head = el('tr');
  // The corner names the label column for screen readers; on screen the labels say what they are.
  const corner = el('th');
  corner.append(el('span', t.totalsCorner, 'visually-hidden'));
  head.append(corner, ...r.years.map((y) => el('th', t.budgetYear(y))));
  const line = (label: string, byYear: Record<string, number>) => {
    const tr = el('tr');
    tr.append(el('td', label), ...r.years.map((y) => el('td', formatAmount(byYear[y] ?? 0))));
    return tr;
  };
  const rows = ['1', '2', '3', '4'].map((d) => line(t.dimension(d), r.byDimension[d] ?? {}));
  // Projects without a readable dimension get their own line, so the lines add up to the total.
  if (r.unassigned.projects > 0) rows.push(line(t.unassigned, r.unassigned.byYear));
  table.replaceChildren(head, ...rows, line(t.grandTotal, r.byYear));
  $('totals-scroll').hidden = false;
  showResult('quarters', r.quarters.some((q) => q > 0) ? (s) => s.quarters(r.quarters) : null);
}

async function totals(): Promise<void> {
  await attempt('totals-result', async () => {
    lastTotals = await call('updateTotals');
    renderTotals(lastTotals);
  });
}

// ---- Follow-up --------------------------------------------------------------------------------

async function addFollowUpColumns(): Promise<void> {
  await attempt('follow-up-result', async () => {
    const r = await call('addFollowUpColumns');
    showResult('follow-up-result', (s) => s.followUpColumnsDone(r.sheetName, r.firstColumn, r.columns));
  });
}

async function followUpSummary(round: 6 | 12): Promise<void> {
  await attempt('follow-up-result', async () => {
    const r = await call('updateFollowUpSummary', { round });
    showResult('follow-up-result', (s) => s.followUpSummaryDone(r.summarySheet, r.chart));
  });
}

// ---- Project details --------------------------------------------------------------------------

const field = (section: string) => $<HTMLTextAreaElement>(`f-${section}`);

function renderDetails(v: ProjectDetailsView): void {
  $('details-form').hidden = false;
  const select = $<HTMLSelectElement>('details-project');
  select.replaceChildren(
    ...v.projects.map((p) => {
      const option = el('option', `${p.hasDetails ? '' : '○ '}${t.rowName(p.row, p.name)}`);
      option.value = p.id;
      return option;
    }),
  );
  select.value = v.projectId;
  $('details-plan').replaceChildren(
    el('li', t.planRow(v.row)),
    el('li', v.period),
    ...v.budget.map((b) => el('li', b)),
  );
  for (const section of EDITABLE_SECTIONS) field(section).value = v.fields[section];
  showResult('details-missing', v.missing.length ? (s) => s.missing(inLang(v.missing, v.missingEn)) : null);
}

async function createDetails(): Promise<void> {
  showResult('details-result', null);
  await attempt('details-result', async () => {
    const r = await call('createDetailsSheet');
    showResult('details-result', (s) => s.detailsCreated(r.sheetName, r.rows));
    lastDetails = await call('getProjectDetails');
    renderDetails(lastDetails);
    await overview();
  });
}

/** The selected project's details in the form: from the button (the form takes the focus) or the project list (it keeps it). */
async function loadDetails(projectId?: string): Promise<void> {
  showResult('details-result', null);
  await attempt(
    'details-result',
    async () => {
      lastDetails = await call('getProjectDetails', projectId ? { projectId } : {});
      renderDetails(lastDetails);
      return 'details-project';
    },
    { focus: projectId === undefined },
  );
}

async function saveDetails(event: Event): Promise<void> {
  event.preventDefault();
  if (!lastDetails) return;
  const fields = Object.fromEntries(EDITABLE_SECTIONS.map((s) => [s, field(s).value])) as ProjectDetailsView['fields'];
  await attempt('details-saved', async () => {
    lastDetails = await call('saveProjectDetails', { projectId: lastDetails!.projectId, fields });
    renderDetails(lastDetails);
    const { detailsSheet, detailsRow } = lastDetails;
    // Said under the save button, where the user is; the documents list below follows.
    showResult('details-saved', (s) => s.detailsSaved(detailsSheet ?? '', detailsRow ?? 0));
    await overview();
  });
}

// ---- Documents --------------------------------------------------------------------------------

/** A document line's sign: the words beside it say the same, so screen readers skip it. */
function stateMark(sign: string, className: string): HTMLSpanElement {
  const mark = el('span', sign, className);
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

function docItem(p: DocProjectView): HTMLLIElement {
  const li = el('li');
  li.dataset.project = p.projectId;
  const skipped = p.action === 'no-details' || p.action === 'incomplete';
  li.append(
    stateMark(
      skipped ? '–' : p.action === 'unchanged' ? '✓' : '○',
      `state ${skipped ? 'skipped' : p.action === 'unchanged' ? 'done' : ''}`,
    ),
  );
  const what = el('span', t.rowName(p.row, p.name), 'what');
  const note = skipped ? t.reason(p.reason, p.reasonEn) : t.action[p.action];
  if (note) what.append(el('span', note, 'why'));
  if (p.url && !skipped) what.append(' ', link(p.url, t.openDoc, t.openDocLabel(p.row, p.name)));
  li.append(what);
  return li;
}

function renderOverview(o: DocsOverview): void {
  showResult('docs-summary', (s) => s.docsCounts(o.counts));
  $('docs-list').replaceChildren(...o.projects.map(docItem));
  if (o.folderUrl) $<HTMLAnchorElement>('docs-folder').href = o.folderUrl;
  if (o.templateUrl) $<HTMLAnchorElement>('docs-template').href = o.templateUrl;
  $('docs-links').hidden = !o.folderUrl;
  $('docs-template').hidden = !o.templateUrl;
  // Where the folder goes: said before it is made; once made, the user moves it in Drive.
  $('docs-where').hidden = Boolean(o.folderUrl);
  $('docs-where-text').textContent = o.parentFolderUrl ? t.folderPicked : t.folderMyDrive;
  $('docs-where-link').hidden = !o.parentFolderUrl;
  if (o.parentFolderUrl) $<HTMLAnchorElement>('docs-where-link').href = o.parentFolderUrl;
  $('docs-pick-row').hidden = !o.picker || Boolean(o.folderUrl);
  $('docs-own').hidden = !o.ownSet;
  renderDocsFixes(o);
}

/** The details sheet's proposed fixes (its other findings are the documents list's reasons). */
function renderDocsFixes(o: DocsOverview): void {
  const withFix = o.findings.filter((f) => f.fix);
  const target: FixTarget = { resultId: 'docs-fix-result', refresh: overview };
  $('docs-fixes-block').hidden = withFix.length === 0;
  $('docs-fix-all').replaceChildren(...fixAllButtons(withFix, target));
  $('docs-fixes').replaceChildren(...withFix.map((f) => findingItem(f.fix!.sheet, f, target)));
}

/**
 * Another editor made the documents and this user cannot reach them: who and when, what they can
 * open, and the choice — ask the maker, their own set, or (Picker configured) grant access.
 */
function renderTeam(team: DocsTeamView | null): void {
  $('docs-team').hidden = team === null;
  // One primary button on the tab: while the box is on show, generating again would stop again;
  // the way on is the user's own set.
  $('docs-generate').classList.toggle('action', team === null);
  $('docs-team-own').classList.toggle('action', team !== null);
  if (!team) return;
  $('docs-team-message').textContent = inLang(team.message, team.messageEn);
  $('docs-team-openable-title').textContent = t.teamOpenable(team.openable.length);
  $('docs-team-openable').replaceChildren(
    ...team.openable.map((d) => {
      const li = el('li');
      li.append(link(d.url, d.name));
      return li;
    }),
  );
  const ask = $<HTMLAnchorElement>('docs-team-ask');
  ask.textContent = t.teamAsk(team.owner);
  ask.hidden = !team.owner;
  if (team.owner)
    ask.href = `mailto:${encodeURIComponent(team.owner)}?subject=${encodeURIComponent(t.teamAskSubject)}&body=${encodeURIComponent(inLang(team.message, team.messageEn))}`;
  $('docs-team-grant-row').hidden = !team.picker;
  $('docs-team-no-picker').hidden = team.picker;
}

/** The documents list as the server sees it now; this session's run marks go (they describe the old state). */
function showOverview(o: DocsOverview): void {
  lastOverview = o;
  docResults.clear();
  runProgress = null;
  renderOverview(o);
}

async function overview(): Promise<void> {
  await attempt(
    'docs-summary',
    async () => {
      showOverview(await call('getDocsOverview'));
    },
    { focus: false },
  );
}

/**
 * This session's document outcomes by project, and the run's progress: kept so a language switch
 * rebuilds the list from the overview and marks them again, in the other language.
 */
const docResults = new Map<string, DocResultView>();
let runProgress: { done: number; total: number; tally?: { created: number; updated: number; failed: number } } | null =
  null;

/** One project's line after a batch wrote (or failed to write) its document. */
function markResult(r: DocResultView): void {
  docResults.set(r.projectId, r);
  const li = document.querySelector<HTMLLIElement>(`#docs-list li[data-project="${CSS.escape(r.projectId)}"]`);
  if (!li) return;
  const failed = r.outcome === 'failed';
  const state = stateMark(failed ? '✖' : '✓', `state ${failed ? 'failed' : 'done'}`);
  const what = el('span', t.rowName(r.row, r.name), 'what');
  what.append(el('span', failed ? `${t.outcome.failed}: ${inLang(r.error, r.errorEn)}` : t.outcome[r.outcome], 'why'));
  if (r.url) what.append(' ', link(r.url, t.openDoc, t.openDocLabel(r.row, r.name)));
  li.replaceChildren(state, what);
}

/** The list again (after a language switch): the overview's lines with this session's outcomes. */
function renderDocs(): void {
  if (lastOverview) renderOverview(lastOverview);
  for (const r of [...docResults.values()]) markResult(r);
  if (runProgress) renderProgress();
}

function setMeter(done: number, total: number, tally?: { created: number; updated: number; failed: number }): void {
  runProgress = { done, total, ...(tally ? { tally } : {}) };
  renderProgress();
}

function renderProgress(): void {
  if (!runProgress) return;
  const { done, total, tally } = runProgress;
  $('docs-run').hidden = false;
  $('docs-meter').style.width = `${total ? Math.round((100 * done) / total) : 100}%`;
  $('docs-meter-bar').setAttribute('aria-valuenow', String(done));
  $('docs-meter-bar').setAttribute('aria-valuemax', String(total));
  showResult('docs-progress', (s) =>
    tally ? s.runDone(tally.created, tally.updated, tally.failed) : s.progress(done, total),
  );
}

/** Before a run: the daily-quota notice and where the folder was made. */
function renderRunNotice(start: DocsRunStart): void {
  const lines = [inLang(start.quota.message, start.quota.messageEn), inLang(start.folderNote, start.folderNoteEn)];
  showResult('docs-quota', () => lines.filter(Boolean).join('\n'));
}

/** Batches until the run is finished: progress per document, failures skipped, a quota stop reported. */
async function generate(): Promise<void> {
  showResult('docs-preview-result', null);
  await attempt('docs-preview-result', async () => {
    const start = await call('startDocsRun');
    showOverview(start);
    lastTeam = start.team;
    renderTeam(lastTeam);
    // Stopped before anything was made: the user chooses in the box above.
    if (start.team) return 'docs-team';
    lastRunStart = start;
    renderRunNotice(start);
    const total = start.counts.create + start.counts.update;
    const skip: string[] = [];
    const tally = { created: 0, updated: 0, failed: 0 };
    setMeter(0, total);
    for (;;) {
      const batch = await call('generateDocsBatch', { skip, maxDocs: 5 });
      for (const r of batch.results) {
        markResult(r);
        if (r.outcome === 'failed') skip.push(r.projectId);
        if (r.outcome === 'created' || r.outcome === 'updated' || r.outcome === 'failed') tally[r.outcome]++;
      }
      setMeter(Math.min(total, tally.created + tally.updated + tally.failed), total);
      if (batch.stopped) throw new Error(batch.message);
      if (batch.finished || batch.results.length === 0) break;
    }
    setMeter(total, total, { ...tally });
    // The counts as they now stand; the list keeps this run's outcomes and errors.
    lastOverview = await call('getDocsOverview');
    const { counts } = lastOverview;
    showResult('docs-summary', (s) => s.docsCounts(counts));
    return 'docs-progress';
  });
}

async function previewDocument(): Promise<void> {
  showResult('docs-preview-result', null);
  await attempt('docs-preview-result', async () => {
    const projectId = lastDetails?.projectId ?? (await call('getProjectDetails')).projectId;
    const batch = await call('generateDocsBatch', { skip: [], only: [projectId] });
    const r = batch.results[0];
    if (!r) {
      const p = lastOverview?.projects.find((x) => x.projectId === projectId);
      throw ownError((s) => (p ? s.reason(p.reason, p.reasonEn) || s.outcome.failed : s.outcome.failed));
    }
    markResult(r);
    if (r.outcome === 'failed') throw new Error(encodeMessage({ th: r.error, en: r.errorEn }));
    showResult('docs-preview-result', (s) => [link(r.url!, `${s.previewReady}: ${r.name}`)]);
  });
}

/** The user's own set (true) or the spreadsheet's again; with their own set the run starts at once. */
async function chooseSet(own: boolean): Promise<void> {
  await attempt('docs-summary', async () => {
    showOverview(await call('chooseDocsSet', { own }));
    lastTeam = null;
    renderTeam(null);
  });
  if (own) await generate();
}

/** Picker grants access to the files picked; the run is then tried again. */
async function grantAccess(): Promise<void> {
  let picked: string[] = [];
  await attempt('docs-team-message', async () => {
    picked = await pick(await call('getPickerConfig'), 'access', lastTeam?.folderId ?? '');
  });
  if (picked.length) await generate();
}

async function pickFolder(): Promise<void> {
  await attempt('docs-pick-row', async () => {
    const [folderId] = await pick(await call('getPickerConfig'), 'folder');
    if (!folderId) return;
    showOverview(await call('chooseDocsFolder', { folderId }));
  });
}

async function planDocument(): Promise<void> {
  showResult('plan-doc-result', null);
  await attempt('plan-doc-result', async () => {
    const r = await call('generatePlanDocument', { pdf: $<HTMLInputElement>('plan-pdf').checked });
    showResult('plan-doc-result', (s) => [
      s.planDocDone(r.projects, r.landscape),
      ' ',
      link(r.url, s.openPlanDoc, s.openPlanDocLabel),
      ...(r.pdfUrl ? [' · ', link(r.pdfUrl, s.openPdf, s.openPlanPdfLabel)] : []),
    ]);
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
  for (const tab of tabs()) tab.addEventListener('click', () => showSection(tab.dataset.section as Section));
  document.querySelector<HTMLElement>('.tabs')!.addEventListener('keydown', tabKey);
  $('create-form').addEventListener('submit', createPlan);
  $('open-plan').addEventListener('click', openExisting);
  $('create-named').addEventListener('click', createNamed);
  document
    .querySelectorAll<HTMLInputElement>('input[name="planKind"]')
    .forEach((r) => r.addEventListener('change', updateKindLabels));
  $('preview').addEventListener('click', preview);
  $('adopt').addEventListener('click', adopt);
  $('check').addEventListener('click', check);
  $('totals').addEventListener('click', totals);
  $('details-create').addEventListener('click', createDetails);
  $('details-load').addEventListener('click', () => loadDetails());
  $('details-project').addEventListener('change', () => loadDetails($<HTMLSelectElement>('details-project').value));
  $('details-form').addEventListener('submit', saveDetails);
  $('docs-generate').addEventListener('click', generate);
  $('docs-preview').addEventListener('click', previewDocument);
  $('plan-doc').addEventListener('click', planDocument);
  $('docs-team-own').addEventListener('click', () => chooseSet(true));
  $('docs-shared').addEventListener('click', () => chooseSet(false));
  $('docs-team-grant').addEventListener('click', grantAccess);
  $('docs-pick-folder').addEventListener('click', pickFolder);
  $('follow-up-columns').addEventListener('click', addFollowUpColumns);
  $('follow-up-6').addEventListener('click', () => followUpSummary(6));
  $('follow-up-12').addEventListener('click', () => followUpSummary(12));
}

async function start(): Promise<void> {
  setupMessages({ strings: () => t, lang: () => lang, showSection });
  setupFixes({ strings: () => t });
  setupFindings({ strings: () => t });
  setupReport({ strings: () => t, lang: () => lang });
  mountAnnual();
  wire();
  showSection('plan');
  await attempt(
    null,
    async () => {
      const state = await call('getSidebarState');
      fillForm(state);
      setAnnualYears(state);
      applyLanguage(state.lang);
      showSection(state.section);
    },
    { focus: false },
  );
  document.documentElement.dataset.ready = 'true';
}

void start();

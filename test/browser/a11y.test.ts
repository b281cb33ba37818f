/**
 * Accessibility of the sidebar in Chromium (issue 15 item 4): axe-core over every state a user
 * can reach, in Thai and (the main ones) in English, with no serious or critical violation; the
 * tabs as an ARIA tabs widget driven by the keyboard alone; results and progress in polite live
 * regions; distinct names for links and buttons. Every violation found, whatever its impact, is
 * written per state to test-output/axe-results.json for the notes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { apiError } from '../fakes/calls';
import { ROOT, tsvGrid } from '../helpers';
import { loadAddon, type Addon } from '../addon/harness';
import { syntheticFiveYearGrid } from '../../bench/synthetic';
import { axe, openSidebar, text, useSidebar, type AxeViolation } from './page';

useSidebar();

type Lang = 'th' | 'en';
const LANGS: Lang[] = ['th', 'en'];

/** Every state scanned, by name: written once the file's tests are done. */
const scanned: Record<string, AxeViolation[]> = {};

afterAll(() => {
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const sorted = Object.fromEntries(
    Object.keys(scanned)
      .sort()
      .map((state) => [state, scanned[state]]),
  );
  writeFileSync(join(ROOT, 'test-output/axe-results.json'), `${JSON.stringify(sorted, null, 2)}\n`);
});

/** Chromium's accessibility tree (DevTools protocol): what a screen reader is given. */
async function axTree(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored);
}

/** The links and buttons a screen reader lists (links and buttons apart), in page order. */
async function controls(page: Page): Promise<{ role: string; name: string }[]> {
  return (await axTree(page))
    .filter((n) => ['link', 'button'].includes(String(n.role?.value)))
    .map((n) => ({ role: String(n.role?.value), name: String(n.name?.value ?? '') }));
}

const controlNames = async (page: Page) => (await controls(page)).map((c) => c.name);

/**
 * Scans the page as it stands: no axe violation may be serious or critical, and no two links (or
 * two buttons) share a name (twelve links all named "เปิด" cannot be told apart in a list of links).
 */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = await axe(page);
  scanned[state] = violations;
  const keys = (await controls(page)).map((c) => `${c.role}: ${c.name}`);
  expect({
    state,
    violations: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    unnamed: keys.filter((k) => k.endsWith(': ')),
    twice: keys.filter((k, i) => keys.indexOf(k) !== i),
  }).toEqual({ state, violations: [], unnamed: [], twice: [] });
}

const tab = (page: Page, section: string) => page.click(`.tabs [data-section="${section}"]`);

let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

/** The example workbook: a five-year plan with a details sheet (13 documents to make, 2 without details). */
function office(locale: Lang = 'th'): Addon {
  const addon = loadAddon({ locale });
  for (const name of ['รายละเอียดโครงการ', 'แผนปฏิบัติการ'])
    addon.addSheet(name, example.find((x) => x.name === name)!.grid);
  return addon;
}

function eplan(locale: Lang = 'th'): Addon {
  const addon = loadAddon({ locale });
  addon.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
  return addon;
}

const finished = (page: Page) =>
  page.waitForFunction(
    () => /^(เสร็จแล้ว|Done)/.test(document.querySelector('#docs-progress')?.textContent ?? ''),
    null,
    {
      timeout: 20_000,
    },
  );

describe('axe-core finds no serious or critical violation', () => {
  test.each(LANGS)(
    'plan tab (%s): initial, plan created, create again with the plan there and a bad name',
    async (lang) => {
      const page = await openSidebar(loadAddon({ locale: lang }));
      await expectAccessible(page, `${lang}: plan tab, initial`);
      await page.fill('#org-name', 'เทศบาลตำบลบึงเค็งตา');
      await page.click('#create');
      await page.waitForSelector('#create-result:not([hidden])');
      await expectAccessible(page, `${lang}: plan created`);
      await page.click('#create');
      await page.waitForSelector('#create-exists:not([hidden])');
      await page.fill('#new-sheet-name', 'SHEET1');
      await page.click('#create-named');
      await page.waitForSelector('#new-sheet-name-problem:not([hidden])');
      await expectAccessible(page, `${lang}: create with a plan there, name refused`);
      await page.close();
    },
  );

  test('plan tab: the adoption preview, then adopted', async () => {
    const page = await openSidebar(eplan());
    await page.click('#preview');
    await page.waitForSelector('#adopt-preview:not([hidden])');
    await expectAccessible(page, 'th: adoption preview');
    await page.check('#convert-ticks');
    await page.click('#adopt');
    await page.waitForSelector('#adopt-result:not([hidden])');
    await expectAccessible(page, 'th: adopted');
    await page.close();
  });

  test.each(LANGS)('check tab (%s): before a check, then with findings', async (lang) => {
    const page = await openSidebar(eplan(lang));
    await tab(page, 'check');
    await expectAccessible(page, `${lang}: check tab, empty`);
    await page.click('#check');
    await page.waitForSelector('#findings li');
    await expectAccessible(page, `${lang}: check with findings`);
    await page.close();
  });

  test('check tab: proposed fixes, then one applied', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', [
      ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ.๒๕๖๖ - ๒๕๗๐)'],
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ผู้รับผิดชอบ'],
      ['1', '', 'โครงการอบรมคุณธรรมแก่ผู้ บริหาร', 10000, '-', 'สำนักปลัด'],
      ['2', '', 'โครงการ อบรม', 5000, '-', 'กองการศึกษาเพื่อความ โปร่งใส'],
    ]);
    const page = await openSidebar(addon);
    await tab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#fix-all button');
    await expectAccessible(page, 'th: check with proposed fixes');
    // Each Apply says which cell it writes, "fix all" which cells (the visible text first).
    const names = await controlNames(page);
    expect(names.filter((n) => n.startsWith('แก้ไขตามที่เสนอ'))).toEqual(['แก้ไขตามที่เสนอ เซลล์ C3', 'แก้ไขตามที่เสนอ เซลล์ F4']);
    expect(names).toContain('แก้ไขทั้งหมด (2 เซลล์) C3, F4');
    await page.locator('#findings .fix-apply').first().click();
    await page.waitForSelector('#fix-result:not([hidden])');
    await expectAccessible(page, 'th: a fix applied');
    await page.close();
  });

  test.each(LANGS)('totals tab (%s): the totals table, then a follow-up result', async (lang) => {
    const page = await openSidebar(eplan(lang));
    await tab(page, 'totals');
    await page.click('#totals');
    await page.waitForSelector('#totals-table:not([hidden])');
    await expectAccessible(page, `${lang}: totals table`);
    // The corner header is named, for screen readers only.
    const corner = page.getByRole('columnheader', { name: lang === 'th' ? 'มิติ' : 'Dimension', exact: true });
    expect(await corner.count()).toBe(1);
    await page.click('#follow-up-columns');
    await page.waitForSelector('#follow-up-result:not([hidden])');
    await expectAccessible(page, `${lang}: follow-up result`);
    await page.close();
  });

  test('annual plan tab: the preview with candidates, then the sheet made', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', syntheticFiveYearGrid(12));
    const page = await openSidebar(addon);
    await tab(page, 'annual');
    await page.selectOption('#annual-year', '2568');
    await page.click('#annual-preview-button');
    await page.waitForSelector('#annual-preview:not([hidden])');
    await expectAccessible(page, 'th: annual plan preview');
    await page.click('#annual-write');
    await page.waitForSelector('#annual-result:not([hidden])');
    await expectAccessible(page, 'th: annual plan made');
    await page.close();
  });

  test.each(LANGS)(
    'documents tab (%s): overview, details form, a run under way, a run done with a failed document',
    async (lang) => {
      const addon = office(lang);
      const page = await openSidebar(addon, { generateDocsBatch: 1000 });
      await tab(page, 'docs');
      await page.waitForSelector('#docs-summary:not([hidden])');
      await page.waitForSelector('#docs-generate:not([disabled])');
      await expectAccessible(page, `${lang}: documents overview`);
      await page.click('#details-load');
      await page.waitForSelector('#details-form:not([hidden])');
      await expectAccessible(page, `${lang}: details form loaded`);
      addon.log.failWhen = (call, args) =>
        call === 'Drive.Files.copy' && String((args[0] as { name: string }).name).includes('ลำดับที่ ๗ ')
          ? apiError(call, 403, 'storageQuotaExceeded', "The user's Drive storage quota has been exceeded.")
          : null;
      await page.click('#docs-generate');
      await page.waitForSelector('#docs-run:not([hidden])');
      await page.waitForSelector('#progress:not([hidden])');
      await expectAccessible(page, `${lang}: documents run under way`);
      await finished(page);
      expect(await page.locator('#docs-list .state.failed').count()).toBe(1);
      await expectAccessible(page, `${lang}: documents run done, one failed`);
      await page.close();
    },
  );

  test('documents tab: the Picker row, then the second editor\u2019s team box', async () => {
    const addon = office();
    addon.scriptProperties.setProperty('SAISAAT_PICKER_PROJECT_NUMBER', '123456789012');
    addon.scriptProperties.setProperty('SAISAAT_PICKER_API_KEY', 'AIza-test-key');
    const page = await openSidebar(addon);
    await tab(page, 'docs');
    await page.waitForSelector('#docs-pick-row:not([hidden])');
    await expectAccessible(page, 'th: documents, folder picker row');
    await page.close();
    addon.call('startDocsRun');
    for (let i = 0; i < 10 && !addon.call('generateDocsBatch', { skip: [] }).finished; i++);
    const made = [...addon.docs.files.values()].filter((f) => f.name.startsWith('ลำดับที่'));
    addon.docs.share(made[0].id, 'b@example.com', 'reader');
    addon.docs.share(made[1].id, 'b@example.com', 'reader');
    addon.switchUser('b@example.com');
    const second = await openSidebar(addon);
    await tab(second, 'docs');
    await second.click('#docs-generate');
    await second.waitForSelector('#docs-team:not([hidden])');
    await expectAccessible(second, 'th: documents, team box (second editor)');
    await second.close();
  });

  test('documents tab: a project previewed, then the plan document made', async () => {
    const addon = office();
    const plan = addon.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    const row = plan._dump().findIndex((r) => String(r?.[2]).includes('โครงการจัดเวที')) + 1;
    addon.spreadsheet._active = plan;
    addon.spreadsheet._activeRange = `C${row}`;
    addon.call('startDocsRun'); // the folder and the template made, as a run makes them
    const page = await openSidebar(addon);
    await tab(page, 'docs');
    await page.click('#docs-preview');
    await page.waitForSelector('#docs-preview-result:not([hidden])');
    await expectAccessible(page, 'th: a project previewed');
    await page.check('#plan-pdf');
    await page.click('#plan-doc');
    await page.waitForSelector('#plan-doc-result:not([hidden])');
    await expectAccessible(page, 'th: plan document made');
    await page.close();
  });

  test('documents tab: the report block with a problem, then with the report made', async () => {
    const addon = loadAddon();
    addon.addSheet(
      'แผนประจำปี',
      parse(readFileSync(join(ROOT, 'test/fixtures/annual-2568-followup.csv')), { relax_column_count: true }),
    );
    const page = await openSidebar(addon);
    await tab(page, 'docs');
    await page.waitForFunction(() => (document.getElementById('report-year') as HTMLInputElement).value === '2568');
    await page.selectOption('#report-round', '12');
    await page.waitForFunction(() => (document.getElementById('report-problems') as HTMLTextAreaElement).value === '');
    await page.fill('#report-signer-name', 'นายสมชาย ใจดี');
    await page.fill('#report-signer-position', 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง');
    await page.click('#report-make');
    await page.waitForSelector('#report-error:not([hidden])');
    await expectAccessible(page, 'th: report with a problem');
    await page.fill('#report-problems', 'งบประมาณมาล่าช้า');
    await page.fill('#report-suggestions', 'ไม่มี');
    await page.click('#report-make');
    await page.waitForSelector('#report-result:not([hidden])');
    await expectAccessible(page, 'th: report made');
    await page.close();
  });

  test.each(LANGS)('(%s) a slow call with its progress, then a translated Google error, details open', async (lang) => {
    const addon = loadAddon({ locale: lang });
    const failing = Object.assign(Object.create(addon) as Addon, {
      call: (name: string, ...args: unknown[]) => {
        if (name === 'checkPlan')
          throw new Error('Exception: Service Spreadsheets timed out while accessing document.');
        return (addon.call as (n: string, ...a: unknown[]) => unknown)(name, ...args);
      },
    });
    const page = await openSidebar(failing, { checkPlan: 1500 });
    await tab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#progress:not([hidden])');
    await expectAccessible(page, `${lang}: slow call, progress shown`);
    await page.waitForSelector('#error details');
    await expectAccessible(page, `${lang}: translated Google error`);
    await page.click('#error summary');
    await expectAccessible(page, `${lang}: translated Google error, details open`);
    expect(await text(page, '#error')).toMatch(lang === 'th' ? /^เกิดข้อผิดพลาด/ : /^Error/);
    await page.close();
  });
});

describe('the tabs, by keyboard alone', () => {
  /** Which tab is selected and focused, its tab stops, and which panel shows. */
  const tabState = (page: Page) =>
    page.evaluate(() => {
      const tabs = Array.from(document.querySelectorAll<HTMLElement>('[role="tablist"] [role="tab"]'));
      const selected = tabs.filter((t) => t.getAttribute('aria-selected') === 'true');
      const panels = Array.from(document.querySelectorAll<HTMLElement>('[role="tabpanel"]'));
      return {
        focused: document.activeElement?.id,
        selected: selected.map((t) => t.id),
        tabStops: tabs.filter((t) => t.tabIndex === 0).map((t) => t.id),
        shown: panels.filter((p) => !p.hidden).map((p) => p.id),
      };
    });

  test('Tab reaches the selected tab; arrows (wrapping), Home and End move focus and select; each tab controls its panel', async () => {
    const page = await openSidebar(office());
    // The widget's parts name each other.
    const wiring = await page.evaluate(() => {
      const list = document.querySelector('[role="tablist"]')!;
      return {
        tag: list.tagName,
        label: list.getAttribute('aria-label'),
        tabs: Array.from(list.querySelectorAll('[role="tab"]')).map((t) => {
          const panel = document.getElementById(t.getAttribute('aria-controls') ?? '');
          return {
            tab: t.id,
            panelRole: panel?.getAttribute('role'),
            panelLabelledBy: panel?.getAttribute('aria-labelledby'),
          };
        }),
      };
    });
    expect(wiring.tag).not.toBe('NAV');
    expect(wiring.label).toBe('ส่วนของใสสะอาด');
    expect(wiring.tabs.map((t) => t.tab)).toEqual(['tab-plan', 'tab-check', 'tab-totals', 'tab-docs', 'tab-annual']);
    for (const t of wiring.tabs) expect(t).toEqual({ tab: t.tab, panelRole: 'tabpanel', panelLabelledBy: t.tab });

    // Keyboard only: Tab from the top of the page lands on the selected tab (the language button first).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang');
    await page.keyboard.press('Tab');
    expect(await tabState(page)).toEqual({
      focused: 'tab-plan',
      selected: ['tab-plan'],
      tabStops: ['tab-plan'],
      shown: ['section-plan'],
    });
    const moves: [string, string][] = [
      ['ArrowRight', 'check'],
      ['ArrowRight', 'totals'],
      ['ArrowLeft', 'check'],
      ['End', 'annual'],
      ['ArrowRight', 'plan'], // wraps to the first
      ['ArrowLeft', 'annual'], // and back to the last
      ['Home', 'plan'],
    ];
    for (const [key, section] of moves) {
      await page.keyboard.press(key);
      expect({ key, ...(await tabState(page)) }).toEqual({
        key,
        focused: `tab-${section}`,
        selected: [`tab-${section}`],
        tabStops: [`tab-${section}`],
        shown: [`section-${section}`],
      });
    }
    // Tab leaves the tablist for the panel (its first content is a heading, so the panel itself).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('section-plan');
    // Shift+Tab returns to the selected tab; the documents tab opened by keys loads its overview.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect((await tabState(page)).shown).toEqual(['section-docs']);
    await page.waitForSelector('#docs-summary:not([hidden])');
    expect(await text(page, '#docs-summary')).toBe('สร้างใหม่ 13 · ไม่มีรายละเอียด 2');
    // The check panel starts with its button: Tab goes straight to it.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('check');
    await page.close();
  });

  test('in English the tablist is named in English', async () => {
    const page = await openSidebar(loadAddon({ locale: 'en' }));
    expect(await page.getByRole('tablist', { name: 'SaiSaat sections' }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: 'Check', selected: false }).getAttribute('tabindex')).toBe('-1');
    await page.close();
  });
});

describe('results and progress in polite live regions', () => {
  /** Every element that shows a result or progress, by id. */
  const RESULTS = [
    'progress',
    'create-result',
    'adopt-result',
    'check-summary',
    'fix-result',
    'totals-result',
    'follow-up-result',
    'details-result',
    'details-saved',
    'docs-summary',
    'docs-progress',
    'docs-preview-result',
    'docs-fix-result',
    'plan-doc-result',
    'report-result',
    'annual-result',
  ];

  /** Shown with what it reports on: the details sheet's fixes or the details form, and their result. */
  const SHOWN_WITH: Record<string, string> = { 'docs-fix-result': 'docs-fixes-block', 'details-saved': 'details-form' };

  /** The live region around `id`: polite, and rendered whenever its tab panel is, whether or not a result shows. */
  const regionOf = (page: Page, id: string) =>
    page.evaluate(
      ([id, shownWith]) => {
        const node = document.getElementById(id)!;
        const region = node.closest<HTMLElement>('[role="status"], [aria-live]');
        const hiddenAbove = region?.closest('[hidden]');
        return {
          id,
          role: region?.getAttribute('role') ?? null,
          live: region?.getAttribute('aria-live') ?? (region?.getAttribute('role') === 'status' ? 'polite' : null),
          aroundTheToggledElement: Boolean(region && region !== node && region.contains(node)),
          rendered:
            Boolean(region) &&
            (!hiddenAbove || hiddenAbove === node.closest('section') || hiddenAbove.id === shownWith),
        };
      },
      [id, SHOWN_WITH[id]],
    );

  test('each result and progress element is inside a polite live region that stays rendered', async () => {
    const page = await openSidebar(loadAddon());
    for (const id of RESULTS)
      expect(await regionOf(page, id)).toEqual({
        id,
        role: 'status',
        live: 'polite',
        aroundTheToggledElement: true,
        rendered: true,
      });
    // The error box interrupts: an alert.
    expect(await page.getAttribute('#error', 'role')).toBe('alert');
    await page.close();
  });

  /** The live region in Chromium's accessibility tree: present before its text comes, then with the text. */
  async function liveRegion(page: Page, id: string): Promise<{ live: string; text: string } | null> {
    await page.evaluate((id) => document.getElementById(id)!.parentElement!.setAttribute('data-probe', id), id);
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-probe="${id}"]` });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    await cdp.detach();
    const node = nodes.find((n) => !n.ignored && n.role?.value === 'status');
    if (!node) return null;
    const live = String(node.properties?.find((p) => p.name === 'live')?.value.value ?? '');
    return { live, text: await page.locator(`[data-probe="${id}"]`).innerText() };
  }

  test('the check summary and the documents progress change inside live regions present before them', async () => {
    const page = await openSidebar(office(), { generateDocsBatch: 300 });
    await page.click('.tabs [data-section="check"]');
    expect(await liveRegion(page, 'check-summary')).toEqual({ live: 'polite', text: '' });
    await page.click('#check');
    await page.waitForSelector('#check-summary:not([hidden])');
    const summary = await liveRegion(page, 'check-summary');
    expect(summary?.live).toBe('polite');
    expect(summary?.text).toMatch(/^แผ่นงาน "แผนปฏิบัติการ": 15 โครงการ · ข้อผิดพลาด \d+ · คำเตือน \d+$/);
    await page.click('.tabs [data-section="docs"]');
    expect(await liveRegion(page, 'docs-run')).toEqual({ live: 'polite', text: '' });
    await page.waitForSelector('#docs-generate:not([disabled])');
    await page.click('#docs-generate');
    await page.waitForFunction(() => /^เสร็จ [1-9]/.test(document.getElementById('docs-progress')!.textContent!));
    const during = await liveRegion(page, 'docs-run');
    expect(during?.live).toBe('polite');
    expect(during?.text).toMatch(/^เสร็จ [1-9]\d* จาก 13 ฉบับ$/);
    await finished(page);
    expect(await liveRegion(page, 'docs-run')).toEqual({ live: 'polite', text: 'เสร็จแล้ว: สร้างใหม่ 13 · ปรับปรุง 0' });
    await page.close();
  });
});

describe('names a screen reader reads', () => {
  test('the check: the badge says what it counts, each finding starts with its severity in words', async () => {
    const page = await openSidebar(eplan());
    await tab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    expect(await page.getByRole('img', { name: 'แผ่นงาน "แผน": 49 โครงการ · ข้อผิดพลาด 0 · คำเตือน 9' }).count()).toBe(1);
    const findings = (await controlNames(page)).filter((n) => /^คำเตือน [A-Z]+\d+ /.test(n));
    expect(findings).toHaveLength(9);
    expect(await page.getByRole('button', { name: /^คำเตือน B16 / }).count()).toBe(1);
    await page.close();
  });

  test('the plan document links say which document; a refused sheet name marks its field invalid', async () => {
    const page = await openSidebar(office());
    await tab(page, 'docs');
    await page.waitForSelector('#docs-summary:not([hidden])');
    // The documents list's signs (✓ ○ –) are skipped: the words beside them say the same.
    expect(await page.locator('#docs-list li').count()).toBe(15);
    expect(await page.locator('#docs-list .state[aria-hidden="true"]').count()).toBe(15);
    await page.check('#plan-pdf');
    await page.click('#plan-doc');
    await page.waitForSelector('#plan-doc-result:not([hidden])');
    expect(await page.getByRole('link', { name: 'เปิดเอกสาร แผนทั้งฉบับ', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'เปิด PDF แผนทั้งฉบับ', exact: true }).count()).toBe(1);
    await tab(page, 'plan');
    await page.click('#create');
    await page.waitForSelector('#create-exists:not([hidden])');
    await page.fill('#new-sheet-name', 'SHEET1');
    await page.click('#create-named');
    expect(await page.getAttribute('#new-sheet-name', 'aria-invalid')).toBe('true');
    await page.fill('#new-sheet-name', 'แผนใหม่');
    await page.click('#create-named');
    await page.waitForSelector('#create-exists', { state: 'hidden' });
    expect(await page.getAttribute('#new-sheet-name', 'aria-invalid')).toBeNull();
    await page.close();
  });
});

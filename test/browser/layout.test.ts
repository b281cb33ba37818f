/**
 * The sidebar's layout in Chromium at Google's sidebar size (300 × 620 px) and at 200 % zoom (as
 * Chrome lays it out: 150 × 310 CSS px at device scale 2): long unbroken names and URLs never widen
 * the page, the totals table's labels stay on one line, stacked buttons keep apart, one primary
 * button per tab. The last describe saves the README's screenshots to test-output/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import type { Cell } from '../../src/core/read/cells';
import { ROOT, tsvGrid } from '../helpers';
import { loadAddon, type Addon } from '../addon/harness';
import { syntheticFiveYearGrid } from '../../bench/synthetic';
import { openSidebar, text, useSidebar } from './page';

useSidebar();

const SIDEBAR = { viewport: { width: 300, height: 620 } };
const ZOOM_200 = { viewport: { width: 150, height: 310 }, deviceScaleFactor: 2 };
const TABS = ['plan', 'check', 'totals', 'annual', 'docs'];

/** A 200-character name with no break opportunity, and a URL-like one (browsers do not break at its slashes). */
const UNBROKEN = 'SaiSaatProjectNameWithoutAnySpace'.repeat(7).slice(0, 200);
const URL_LIKE = `https://www.example.go.th/plans/2566-2570/projects/${'integrity_training_'.repeat(5)}index.html`;
/** The longest sheet name Sheets allows, unbroken: it appears in every result line. */
const SHEET = `Plan_${'x'.repeat(95)}`;

/** The e-plan fixture with long names: twice each, so the check's duplicate-name findings quote them. */
function longNamesGrid(): Cell[][] {
  const grid = tsvGrid('eplan-annual-2567.tsv').map((row) => [...row]);
  [UNBROKEN, UNBROKEN, URL_LIKE, URL_LIKE].forEach((name, i) => (grid[4 + i][1] = name));
  return grid;
}

/** A 5-year plan whose amounts run to hundreds of millions with satang: the widest totals a plan shows. */
function largeAmountsGrid(): Cell[][] {
  const grid = syntheticFiveYearGrid(12);
  let sums: number[] = [];
  for (const row of grid) {
    if (typeof row[0] === 'number') {
      for (let c = 4; c < 9; c++) if (typeof row[c] === 'number') row[c] = 12_345_678.25 + c;
      sums = sums.length ? sums : [0, 0, 0, 0, 0];
      for (let c = 4; c < 9; c++) sums[c - 4] += typeof row[c] === 'number' ? (row[c] as number) : 0;
    } else if (row[2] === 'รวม') {
      for (let c = 4; c < 9; c++) row[c] = sums[c - 4];
      sums = [];
    }
  }
  return grid;
}

const pageWidth = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth);

/**
 * The elements whose box or text sticks out past the window's right edge (outside any scrolling
 * box of their own), named by tag, id and class: an empty list is a page that fits. Text counts on
 * its own: an unbreakable word overflows its paragraph without widening the paragraph's box.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (e: Element | null): boolean => {
      for (let n = e; n && n !== document.body; n = n.parentElement) {
        if (/auto|scroll|hidden/.test(getComputedStyle(n).overflowX)) return true;
      }
      return false;
    };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className) : ''}`;
    const found = new Set<string>();
    for (const e of Array.from(document.body.querySelectorAll('*'))) {
      const r = e.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 0.5 && !scrolls(e.parentElement)) found.add(name(e));
    }
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      range.selectNodeContents(t);
      const right = Math.max(0, ...Array.from(range.getClientRects()).map((r) => r.right));
      if (right > width + 0.5 && !scrolls(t.parentElement)) found.add(`${name(t.parentElement!)} text`);
    }
    return [...found];
  });
}

/** Nothing wider than the window: no element sticks out, and the page does not scroll sideways. */
async function expectFits(page: Page, width: number): Promise<void> {
  expect(await overflowing(page)).toEqual([]);
  expect(await pageWidth(page)).toBeLessThanOrEqual(width);
}

/** The smallest distance between two visible buttons of the same .actions row (Infinity if none). */
function closestButtons(page: Page): Promise<number> {
  return page.evaluate(() => {
    let closest = Infinity;
    for (const row of Array.from(document.querySelectorAll('.actions'))) {
      const boxes = Array.from(row.querySelectorAll('button'))
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 0);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const apart = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
          closest = Math.min(closest, apart);
        }
    }
    return closest;
  });
}

/** The visible primary buttons of the section on show. */
const primaries = (page: Page) =>
  page
    .locator('main section:not([hidden]) button.action')
    .evaluateAll((bs) => bs.filter((b) => b.getClientRects().length > 0).map((b) => b.id));

const showTab = (page: Page, tab: string) => page.click(`.tabs button[data-section="${tab}"]`);

let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

/** The example office: the plan and its details sheet; `names` replace the plan's first project names. */
function office(names: string[] = []): Addon {
  const addon = loadAddon();
  addon.addSheet('รายละเอียดโครงการ', example.find((x) => x.name === 'รายละเอียดโครงการ')!.grid);
  const plan = example.find((x) => x.name === 'แผนปฏิบัติการ')!.grid.map((row) => [...row]);
  const projectRows = plan.map((row, i) => (/^[๐-๙0-9]+\./.test(String(row[2] ?? '')) ? i : -1)).filter((i) => i >= 0);
  names.forEach((name, k) => (plan[projectRows[k]][2] = name));
  addon.addSheet('แผนปฏิบัติการ', plan);
  return addon;
}

describe('the sidebar at 300 px', () => {
  test('long unbroken names and a 100-character sheet name: no tab, list or result is wider than the sidebar', async () => {
    const addon = loadAddon();
    addon.addSheet(SHEET, longNamesGrid());
    const page = await openSidebar(addon, {}, SIDEBAR);
    await page.click('#preview');
    await page.waitForSelector('#adopt-preview:not([hidden])');
    expect(await text(page, '#adopt-summary')).toContain(SHEET);
    await expectFits(page, 300);
    await showTab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    expect(await text(page, '#findings')).toContain(UNBROKEN);
    expect(await text(page, '#findings')).toContain(URL_LIKE);
    await expectFits(page, 300);
    await showTab(page, 'totals');
    await page.click('#totals');
    await page.waitForSelector('#totals-table:not([hidden])');
    await expectFits(page, 300);
    await page.close();
  });

  test('the details form and the documents list with those names; a consent error with a long URL', async () => {
    const addon = office([`๑.${UNBROKEN}`, `๒.${URL_LIKE}`]);
    addon.docs.authorizationUrl = `https://script.google.com/macros/d/${'M'.repeat(60)}/authorize?client_id=${'1234567890'.repeat(6)}.apps.googleusercontent.com`;
    const page = await openSidebar(addon, {}, SIDEBAR);
    await showTab(page, 'docs');
    await page.waitForSelector('#docs-summary:not([hidden])');
    expect(await text(page, '#docs-list')).toContain(UNBROKEN);
    await page.click('#details-load');
    await page.waitForSelector('#details-form:not([hidden])');
    expect(await page.locator('#details-project option', { hasText: URL_LIKE }).count()).toBe(1);
    await expectFits(page, 300);
    // The select is as wide as the form, whatever the length of its options.
    const select = (await page.locator('#details-project').boundingBox())!;
    expect(select.x + select.width).toBeLessThanOrEqual(300 - 12);
    addon.docs.granted.delete('https://www.googleapis.com/auth/documents');
    await page.click('#docs-generate');
    await page.waitForSelector('#error a');
    expect(await page.getAttribute('#error a', 'href')).toBe(addon.docs.authorizationUrl);
    await expectFits(page, 300);
    await page.close();
  });

  test('five-year totals of hundreds of millions: one line per label and per amount, nothing wider than the sidebar', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', largeAmountsGrid());
    const page = await openSidebar(addon, {}, SIDEBAR);
    await showTab(page, 'totals');
    await page.click('#totals');
    await page.waitForSelector('#totals-table:not([hidden])');
    const rows = await page.locator('#totals-table tr').allInnerTexts();
    // The corner's มิติ is for screen readers only (visually hidden).
    expect(rows[0].split(/\s+/).filter(Boolean)).toEqual([
      'มิติ',
      'ปี',
      '2566',
      'ปี',
      '2567',
      'ปี',
      '2568',
      'ปี',
      '2569',
      'ปี',
      '2570',
    ]);
    expect(rows.at(-1)).toMatch(/^รวมทั้งสิ้น\s+\d{3},\d{3},\d{3}\.\d\d/);
    // Each cell on one line: its text's line boxes all start at the same height.
    const lines = await page.locator('#totals-table th, #totals-table td').evaluateAll((cells) =>
      cells.map((c) => {
        const range = document.createRange();
        range.selectNodeContents(c);
        // Drawn text only: the corner's visually hidden มิติ is a 1 × 1 px box.
        const drawn = Array.from(range.getClientRects()).filter((r) => r.width > 1 && r.height > 1);
        const tops = new Set(drawn.map((r) => Math.round(r.top)));
        return { text: c.textContent, lines: tops.size };
      }),
    );
    expect(lines.filter((c) => c.lines > 1)).toEqual([]);
    await expectFits(page, 300);
    // Too wide for 276 px: it scrolls sideways in its own box, reachable by keyboard and named,
    // and scrolled to the last year the labels are still in view at the left.
    const box = page.getByRole('region', { name: 'ยอดงบประมาณรายมิติและรายปี' });
    expect(await box.getAttribute('tabindex')).toBe('0');
    const scrolled = await box.evaluate((b) => {
      const overflow = b.scrollWidth - b.clientWidth;
      b.scrollLeft = overflow;
      const left = b.getBoundingClientRect().left;
      const firsts = Array.from(b.querySelectorAll('tr > :first-child'), (c) => c.getBoundingClientRect().left - left);
      return { overflow, firsts };
    });
    expect(scrolled.overflow).toBeGreaterThan(0);
    for (const x of scrolled.firsts) expect(Math.abs(x)).toBeLessThan(1);
    await page.close();
  });

  test('buttons in a row never touch, however they wrap; one primary button per tab', async () => {
    const addon = office();
    const page = await openSidebar(addon, {}, SIDEBAR);
    const found: Record<string, string[]> = {};
    for (const tab of TABS) {
      await showTab(page, tab);
      if (tab === 'docs') await page.waitForSelector('#docs-summary:not([hidden])');
      found[tab] = await primaries(page);
      expect(await closestButtons(page)).toBeGreaterThanOrEqual(4);
    }
    expect(found).toEqual({
      plan: ['create'],
      check: ['check'],
      totals: ['totals'],
      annual: ['annual-preview-button'],
      docs: ['docs-generate'],
    });
    // With the details form and the adoption preview open, still one each.
    await page.click('#details-load');
    await page.waitForSelector('#details-form:not([hidden])');
    expect(await primaries(page)).toEqual(['docs-generate']);
    await showTab(page, 'plan');
    await page.click('#preview');
    await page.waitForSelector('#adopt-preview:not([hidden])');
    expect(await primaries(page)).toEqual(['create']);
    expect(await closestButtons(page)).toBeGreaterThanOrEqual(4);
    // A previewed annual plan: making it is the next step.
    await showTab(page, 'annual');
    await page.click('#annual-preview-button');
    await page.waitForSelector('#annual-preview:not([hidden])');
    expect(await primaries(page)).toEqual(['annual-write']);
    await page.close();
  });

  test('documents made by another editor: the box\'s "my own set" is the one primary button, not generating again', async () => {
    const addon = office();
    addon.call('startDocsRun');
    for (let i = 0; i < 10 && !addon.call('generateDocsBatch', { skip: [] }).finished; i++);
    addon.switchUser('b@example.com');
    const page = await openSidebar(addon, {}, SIDEBAR);
    await showTab(page, 'docs');
    await page.click('#docs-generate');
    await page.waitForSelector('#docs-team:not([hidden])');
    expect(await primaries(page)).toEqual(['docs-team-own']);
    expect(await closestButtons(page)).toBeGreaterThanOrEqual(4);
    await expectFits(page, 300);
    await page.close();
  });
});

describe('the sidebar at 200 % zoom', () => {
  test('every tab reachable and in view when chosen; nothing wider than 150 px; each primary button scrolls into view and takes the click', async () => {
    const addon = office();
    const page = await openSidebar(addon, {}, ZOOM_200);
    await expectFits(page, 150);
    for (const tab of TABS) {
      const button = page.locator(`.tabs button[data-section="${tab}"]`);
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(150);
      await button.click();
      expect(await button.getAttribute('aria-selected')).toBe('true');
      if (tab === 'docs') await page.waitForSelector('#docs-summary:not([hidden])');
      await expectFits(page, 150);
      const [primary] = await primaries(page);
      // A trial click: scrolled into view, visible, enabled and the element that gets the pointer.
      await page.locator(`#${primary}`).click({ trial: true });
    }
    // And a real one: the check runs and lists its findings, still within 150 px.
    await showTab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    await expectFits(page, 150);
    // Scrolled down the list, findings are in view: the masthead and the check header, sticky in a
    // tall window, would cover all 310 px here, so they scroll with the page.
    await page.evaluate(() => window.scrollTo(0, document.getElementById('findings')!.offsetTop + 200));
    const seen = await page.locator('#findings li').evaluateAll(
      (items) =>
        items.filter((li) => {
          const box = li.getBoundingClientRect();
          const covering = document.elementFromPoint(75, Math.max(0, box.top) + 4);
          return box.bottom > 0 && box.top < window.innerHeight && covering !== null && li.contains(covering);
        }).length,
    );
    expect(seen).toBeGreaterThan(0);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-zoom-200.png'), animations: 'disabled' });
    await page.close();
  });
});

/**
 * The README's pictures of the sidebar at 300 × 620 px, written to test-output/readme/ on every run
 * under the names they have in docs/ (`cp test-output/readme/*.png docs/` updates them); the fonts
 * are blocked as in every test, so each run draws the same system Thai font.
 */
describe('screenshots of the main states', () => {
  const READMES = join(ROOT, 'test-output/readme');
  const shot = (page: Page, name: string) => page.screenshot({ path: join(READMES, name), animations: 'disabled' });
  beforeAll(() => mkdirSync(READMES, { recursive: true }));

  test('the plan tab; the check with its findings; the totals', async () => {
    const addon = office();
    addon.addSheet('แผน 2567', tsvGrid('eplan-annual-2567.tsv'));
    const page = await openSidebar(addon, {}, SIDEBAR);
    // The quarter year defaults to today's fiscal year: fixed, so the picture does not change with the date.
    await page.locator('#quarter-year').evaluate((input: HTMLInputElement) => (input.value = '2568'));
    await shot(page, 'sidebar-plan.png');
    await showTab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    await shot(page, 'sidebar-check.png');
    addon.spreadsheet._active = addon.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    await showTab(page, 'totals');
    await page.click('#totals');
    await page.waitForSelector('#totals-table');
    await shot(page, 'sidebar-totals.png');
    await page.close();
  });

  test('the documents after a run', async () => {
    const page = await openSidebar(office(), {}, SIDEBAR);
    await showTab(page, 'docs');
    await page.click('#docs-generate');
    await page.waitForFunction(
      () => document.querySelector('#docs-progress')?.textContent?.startsWith('เสร็จแล้ว'),
      null,
      { timeout: 20_000 },
    );
    // The block of the run: its heading, counts, buttons, progress and the list of documents.
    await page.locator('#docs-list').evaluate((list) => list.closest('.block')!.scrollIntoView());
    await shot(page, 'sidebar-docs.png');
    await page.close();
  });

  test("an error of Google's, translated", async () => {
    const addon = loadAddon();
    const failing = Object.assign(Object.create(addon) as Addon, {
      call: (name: string, ...args: unknown[]) => {
        if (name === 'checkPlan')
          throw new Error('Exception: Service Spreadsheets timed out while accessing document with id 1AbCdEf.');
        return (addon.call as (n: string, ...a: unknown[]) => unknown)(name, ...args);
      },
    });
    const page = await openSidebar(failing, {}, SIDEBAR);
    await showTab(page, 'check');
    await page.click('#check');
    await page.waitForSelector('#error:not([hidden])');
    await shot(page, 'sidebar-error.png');
    await page.close();
  });
});

/**
 * The sidebar in real headless Chromium: dist/Sidebar.html served from localhost, with
 * google.script.run wired to the server functions of the built Code.js running over the fakes
 * in node:vm. Asserts what a user sees; saves a screenshot.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AUTHORIZATION_URL, DOC_MIME } from '../fakes/documents';
import { ROOT, tsvGrid } from '../helpers';
import { loadAddon, type Addon } from '../addon/harness';
import { syntheticFiveYearGrid } from '../../bench/synthetic';
import type { Cell } from '../../src/core/read/cells';
import { readPlan } from '../../src/core/read/planReader';
import { yearBudget } from '../../src/core/year/annualPlan';
import { exampleOffice } from './example';
import { GOOGLE_FONTS, expectReadable, loading, openSidebar, text, until, useSidebar } from './page';

useSidebar();

describe('the sidebar in Chromium', () => {
  test('opens in Thai with the settings as form defaults; Thai glyphs render', async () => {
    const page = await openSidebar(loadAddon({ locale: 'th' }));
    expect(await text(page, 'h1')).toBe('ใสสะอาด');
    expect(await text(page, '.tabs')).toContain('ตรวจสอบ');
    expect(await page.inputValue('#from-year')).toBe('2566');
    expect(await page.inputValue('#to-year')).toBe('2570');
    const widths = await page.evaluate(() => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(document.body).font;
      return {
        thai: ctx.measureText('กขคงจฉช').width,
        missing: ctx.measureText('\uE000\uE001\uE002\uE003\uE004\uE005\uE006').width,
      };
    });
    expect(widths.thai).not.toBe(widths.missing); // Thai drawn with real glyphs, not 7 .notdef boxes
    await page.close();
  });

  test('Sarabun is asked of Google Fonts; when it cannot load, Thai shows in a system font, fits 300 px, and the page works', async () => {
    const addon = loadAddon({ locale: 'th' });
    addon.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    const page = await openSidebar(addon);
    const seen = loading.get(page)!;
    expect(seen.blockedFonts).toEqual([
      'https://fonts.googleapis.com/css2?family=Sarabun:wght@400;500;700&display=swap',
    ]);
    // The fonts Chromium actually drew the title with (DevTools protocol): a system font, not Sarabun.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.some((f) => f.familyName === 'Sarabun' || f.isCustomFont)).toBe(false);
    expect(fonts.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(0);
    const title = (await page.locator('h1').boundingBox())!;
    expect(title.width).toBeGreaterThan(0);
    expect(title.height).toBeGreaterThan(0);
    for (const tab of await page.locator('.tabs button[data-section]').all()) {
      await tab.click();
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(300);
    }
    // The failed font request is the only console error, and the page still does its work.
    expect(seen.consoleErrors.length).toBeGreaterThan(0);
    expect(seen.consoleErrors.filter((e) => !GOOGLE_FONTS.test(e.url))).toEqual([]);
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    expect(await text(page, '#badge')).toBe('9');
    await page.close();
  });

  test('creates a plan sheet', async () => {
    const addon = loadAddon();
    const page = await openSidebar(addon);
    await page.fill('#org-name', 'เทศบาลตำบลบึงเค็งตา');
    await page.selectOption('#org-type', 'เทศบาลตำบล');
    await page.click('#create');
    await page.waitForSelector('#create-result:not([hidden])');
    expect(await text(page, '#create-result')).toBe(
      'สร้างแผ่นงาน "แผนปฏิบัติการ" แล้ว: กรอกโครงการได้ที่แถว 6–45 (แทรกแถวเพิ่มได้)',
    );
    expect(addon.spreadsheet._sheetByName('แผนปฏิบัติการ')!._cell(2, 1).value).toBe('เทศบาลตำบลบึงเค็งตา');
    await page.close();
  });

  test('adopts a sheet built from the e-plan report, converting text ticks when asked', async () => {
    const addon = loadAddon();
    const sheet = addon.addSheet('แผน 2567', tsvGrid('eplan-annual-2567.tsv'));
    const page = await openSidebar(addon);
    await page.click('#preview');
    await page.waitForSelector('#adopt-preview:not([hidden])');
    expect(await text(page, '#adopt-summary')).toBe('แผ่นงาน "แผน 2567": แผนประจำปี · 49 โครงการ · แถวรวมยอด 1 แถว');
    expect(await text(page, '#adopt-columns')).toContain('ไตรมาส — ดำเนินการไตรมาส / 1');
    expect(await text(page, '#ticks-label')).toBe('แปลงเครื่องหมาย ☑/TRUE ที่เป็นข้อความ 196 เซลล์ เป็นช่องทำเครื่องหมาย');
    await page.check('#convert-ticks');
    await page.click('#adopt');
    await page.waitForSelector('#adopt-result:not([hidden])');
    expect(await text(page, '#adopt-result')).toMatch(
      /^ปรับแผ่นงาน "แผน 2567" แล้ว: ใส่กฎตรวจข้อมูล \d+ เซลล์ · แปลงช่องทำเครื่องหมาย 196 เซลล์$/,
    );
    expect(sheet._cell(5, 6).value).toBe(true);
    expect(sheet._cell(5, 4).value).toBe('45,000.00'); // amounts were not agreed to: untouched
    await page.close();
  });

  test('previews the annual plan of a year, includes a ticked candidate, makes the sheet', async () => {
    const addon = loadAddon();
    const grid = syntheticFiveYearGrid(12);
    addon.addSheet('แผน', grid);
    const five = readPlan(grid);
    const dashed = five.projects.filter((p) => yearBudget(p, 2568) === '-');
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="annual"]');
    await page.selectOption('#annual-year', '2568');
    await page.click('#annual-preview-button');
    await page.waitForSelector('#annual-preview:not([hidden])');
    expect(await text(page, '#annual-preview')).toContain(
      `สร้างแผ่นงาน "แผนปฏิบัติการประจำปี ๒๕๖๘": มีงบประมาณ ${five.projects.length - dashed.length} โครงการ`,
    );
    const boxes = page.locator('[data-annual-include]');
    expect(await boxes.count()).toBe(dashed.length);
    await boxes.first().check();
    await page.click('#annual-write');
    await page.waitForSelector('#annual-result:not([hidden])');
    expect(await text(page, '#annual-result')).toContain(
      `สร้างแผ่นงาน "แผนปฏิบัติการประจำปี ๒๕๖๘" แล้ว: ${five.projects.length - dashed.length + 1} โครงการ`,
    );
    const annual = readPlan(addon.spreadsheet._sheetByName('แผนปฏิบัติการประจำปี ๒๕๖๘')!._dump() as Cell[][]);
    expect(annual.projects.map((p) => p.id)).toContain(dashed[0].id);
    // The language button switches the preview's words too.
    await page.click('#lang');
    expect(await text(page, '#annual-result')).toContain('Made sheet');
    await page.close();
  });

  test('checks the plan; the count shows in the header; clicking a finding selects its cell', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    expect(await text(page, '#badge')).toBe('9');
    expect(await text(page, '#check-summary')).toBe('แผ่นงาน "แผน": 49 โครงการ · ข้อผิดพลาด 0 · คำเตือน 9');
    expect(await page.locator('#findings li').count()).toBe(9);
    addon.spreadsheet._active = addon.spreadsheet._sheetByName('Sheet1')!;
    await page.click('#findings button[data-cell="B16"]');
    await until(() => addon.spreadsheet._activeRange === 'B16');
    expect(addon.spreadsheet._active._name).toBe('แผน');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-check.png') });
    // The warning orange: the badge (white on orange) and the marks, also on a hovered finding.
    await expectReadable(page, '#badge.has-warnings');
    await expectReadable(page, '#findings .sev.warning');
    await page.hover('#findings li:first-child button');
    await expectReadable(page, '#findings li:first-child .sev.warning');
    await page.close();
  });

  test('updates totals and shows them per dimension and year', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="totals"]');
    await page.click('#totals');
    await page.waitForSelector('#totals-table:not([hidden])');
    const rows = await page.locator('#totals-table tr').allInnerTexts();
    expect(rows[0].trim()).toBe('ปี 2567');
    expect(rows.slice(1).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'มิติที่ 1 330,000',
      'มิติที่ 2 92,500.50',
      'มิติที่ 3 38,500',
      'มิติที่ 4 700,000',
      'รวมทั้งสิ้น 1,161,000.50',
    ]);
    expect(await text(page, '#quarters')).toBe(
      'จำนวนโครงการที่ดำเนินการ: ไตรมาส 1: 32 · ไตรมาส 2: 33 · ไตรมาส 3: 33 · ไตรมาส 4: 32',
    );
    expect(await text(page, '#totals-result')).toContain('เพิ่มแถวรวม 4 แถว');
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-totals.png') });
    await page.close();
  });

  test('adds the follow-up columns to an annual plan, then writes the round-6 summary; refuses to add them twice', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="totals"]');
    await page.click('#follow-up-columns');
    await page.waitForSelector('#follow-up-result:not([hidden])');
    expect(await text(page, '#follow-up-result')).toBe('เพิ่มคอลัมน์ติดตามผล 7 คอลัมน์ ตั้งแต่คอลัมน์ J ในแผ่นงาน "แผน"');
    await page.click('#follow-up-6');
    await page.waitForFunction(() => document.getElementById('follow-up-result')?.textContent?.includes('สรุปผล'));
    expect(await text(page, '#follow-up-result')).toBe('สร้างแผ่นงาน "สรุปผลการดำเนินงาน" และแผนภูมิแล้ว');
    await page.click('#follow-up-columns');
    await page.waitForSelector('#error:not([hidden])');
    expect(await text(page, '#error')).toContain('แผนนี้มีคอลัมน์ติดตามผลแล้ว (คอลัมน์ J)');
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-follow-up.png') });
    await page.close();
  });

  test('shows a project named like HTML as text, never as markup', async () => {
    const addon = loadAddon();
    const grid = tsvGrid('eplan-annual-2567.tsv');
    const evil = '<img src=x onerror="window.__pwned=1">';
    grid[4] = [...grid[4]];
    grid[4][1] = evil;
    grid[5] = [...grid[5]];
    grid[5][1] = evil;
    addon.addSheet('แผน', grid);
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#findings li');
    expect(await text(page, '#findings')).toContain(`ชื่อโครงการซ้ำกับแถว 5: "${evil}"`);
    expect(await page.locator('#findings img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  test("shows progress while a slow call runs, and the server's Thai message when it fails", async () => {
    const addon = loadAddon();
    const page = await openSidebar(addon, { checkPlan: 1500 });
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#progress:not([hidden])', { timeout: 1200 });
    expect(await page.locator('#check').isDisabled()).toBe(true);
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.locator('#progress').isHidden()).toBe(true);
    expect(await text(page, '#error')).toBe('เกิดข้อผิดพลาด: ไม่พบตารางแผน: เปิดแผ่นงานแผน หรือสร้าง/ปรับแผ่นงานแผนก่อน');
    await page.close();
  });

  test("shows the server's message in the language chosen in the sidebar, which the server does not know", async () => {
    const page = await openSidebar(loadAddon({ locale: 'th' }));
    await page.click('#lang');
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#error:not([hidden])');
    expect(await text(page, '#error')).toBe(
      'Error: No plan table found: open the plan sheet, or create or adopt one first',
    );
    // The error on show follows a later switch of language too.
    await page.click('#lang');
    expect(await text(page, '#error')).toBe('เกิดข้อผิดพลาด: ไม่พบตารางแผน: เปิดแผ่นงานแผน หรือสร้าง/ปรับแผ่นงานแผนก่อน');
    await page.close();
  });

  test('follows an English locale, and switches language from the header', async () => {
    const page = await openSidebar(loadAddon({ locale: 'en_US' }));
    expect(await text(page, 'h2')).toBe('Create a plan sheet');
    expect(await text(page, '#lang')).toBe('ภาษาไทย');
    // Named by what it shows, in the language it switches to.
    expect(await page.getByRole('button', { name: 'ภาษาไทย', exact: true }).getAttribute('lang')).toBe('th');
    await page.click('#lang');
    expect(await text(page, 'h2')).toBe('สร้างแผ่นงานแผน');
    expect(await page.getByRole('button', { name: 'English', exact: true }).getAttribute('lang')).toBe('en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    await page.close();
  });
});

describe('project details and documents in Chromium', () => {
  const madeDocs = (addon: Addon) =>
    [...addon.docs.files.values()].filter((f) => f.mimeType === DOC_MIME && f.name.startsWith('ลำดับที่'));

  test('generates every document with a progress bar, one line per project, links to open them', async () => {
    const addon = await exampleOffice();
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await page.waitForSelector('#docs-summary:not([hidden])');
    expect(await text(page, '#docs-summary')).toBe('สร้างใหม่ 13 · ไม่มีรายละเอียด 2');
    expect(await page.locator('#docs-list li').count()).toBe(15);
    expect(await text(page, '#docs-list')).toContain('ยังไม่มีรายละเอียดโครงการ');
    await page.click('#docs-generate');
    await page.waitForFunction(
      () => document.querySelector('#docs-progress')?.textContent?.startsWith('เสร็จแล้ว'),
      null,
      { timeout: 20_000 },
    );
    expect(await text(page, '#docs-progress')).toBe('เสร็จแล้ว: สร้างใหม่ 13 · ปรับปรุง 0');
    expect(await page.getAttribute('#docs-meter', 'style')).toContain('width: 100%');
    expect(await text(page, '#docs-quota')).toMatch(/^จะสร้างเอกสารใหม่ 13 ฉบับ/);
    expect(await page.locator('#docs-list li .state.done').count()).toBe(13);
    const hrefs = await page.locator('#docs-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(13);
    // Thirteen links read "เปิด"; each is named, for a screen reader, after its document.
    const names = await page
      .locator('#docs-list a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
    expect(new Set(names).size).toBe(13);
    for (const name of names) expect(name).toMatch(/^เปิดเอกสาร แถว \d+ \S/);
    expect(await page.getByRole('link', { name: names[0], exact: true }).count()).toBe(1);
    expect(await page.getByRole('progressbar', { name: 'ความคืบหน้าการสร้างเอกสาร' }).count()).toBe(1);
    expect(new Set(hrefs)).toEqual(
      new Set(madeDocs(addon).map((f) => `https://docs.google.com/document/d/${f.id}/edit`)),
    );
    expect(await page.getAttribute('#docs-folder', 'href')).toMatch(
      /^https:\/\/drive\.google\.com\/drive\/folders\/folder/,
    );
    expect(await page.getAttribute('#docs-folder', 'target')).toBe('_blank');
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-docs.png'), fullPage: true });
    // Again: nothing to do, nothing made.
    await page.click('#docs-generate');
    await page.waitForFunction(
      () => document.querySelector('#docs-progress')?.textContent === 'เสร็จแล้ว: สร้างใหม่ 0 · ปรับปรุง 0',
    );
    expect(madeDocs(addon)).toHaveLength(13);
    await page.close();
  });

  test("the form edits the selected project's details in the sheet; then only that document is updated", async () => {
    const addon = await exampleOffice();
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await page.click('#docs-generate');
    await page.waitForFunction(
      () => document.querySelector('#docs-progress')?.textContent?.startsWith('เสร็จแล้ว'),
      null,
      { timeout: 20_000 },
    );
    const plan = addon.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    const row = plan._dump().findIndex((r) => String(r[2]).includes('โครงการจัดเวที')) + 1;
    addon.spreadsheet._active = plan;
    addon.spreadsheet._activeRange = `C${row}`;
    await page.click('#details-load');
    await page.waitForSelector('#details-form:not([hidden])');
    expect(await page.inputValue('#details-project')).toBe(
      await page.locator('#details-project option:checked').getAttribute('value'),
    );
    expect(await text(page, '#details-project option:checked')).toBe(`แถว ${row} โครงการจัดเวที ประชาคม`);
    expect(await text(page, '#details-plan')).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๘,๕๐๐ บาท (แปดพันห้าร้อยบาทถ้วน)');
    expect(await page.inputValue('#f-objectives')).toMatch(/^๑\) /);
    await page.fill('#f-targets', 'ประชาชน <b>ทุก</b> หมู่บ้าน จำนวน ๒๐๐ คน');
    await page.click('#details-save');
    await page.waitForSelector('#details-saved:not([hidden])');
    expect(await text(page, '#details-saved')).toMatch(/^บันทึกลงแผ่นงาน "รายละเอียดโครงการ" แถว \d+ แล้ว$/);
    const details = addon.spreadsheet._sheetByName('รายละเอียดโครงการ')!;
    expect(details._dump().some((r) => r[5] === 'ประชาชน <b>ทุก</b> หมู่บ้าน จำนวน ๒๐๐ คน')).toBe(true);
    await page.waitForFunction(() => document.querySelector('#docs-summary')?.textContent?.includes('ปรับปรุง 1'));
    await page.click('#docs-generate');
    await page.waitForFunction(
      () => document.querySelector('#docs-progress')?.textContent === 'เสร็จแล้ว: สร้างใหม่ 0 · ปรับปรุง 1',
    );
    expect(madeDocs(addon)).toHaveLength(13);
    await page.close();
  });

  test('creates the details sheet; previews the selected project; makes the whole plan document and its PDF', async () => {
    const addon = await exampleOffice(['แผนปฏิบัติการ']);
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await page.click('#details-create');
    await page.waitForSelector('#details-form:not([hidden])');
    expect(await text(page, '#details-result')).toBe(
      'สร้างแผ่นงาน "รายละเอียดโครงการ" แล้ว: 15 โครงการ กรอกรายละเอียดในแผ่นงานหรือในแบบฟอร์มด้านล่าง',
    );
    expect(await text(page, '#details-missing')).toMatch(/^ยังขาด: หลักการและเหตุผล, วัตถุประสงค์/);
    await expectReadable(page, '#details-missing');
    await page.click('#lang');
    expect(await text(page, '#details-missing')).toMatch(/^Still missing: rationale, objectives/);
    await page.click('#lang');
    await page.click('#docs-preview');
    await page.waitForSelector('#error:not([hidden])');
    expect(await text(page, '#error')).toMatch(/รายละเอียดยังไม่ครบ/);
    for (const [id, value] of Object.entries({
      rationale: 'เหตุผล',
      objectives: 'เพื่อ ก\nเพื่อ ข',
      targets: 'ชุมชน',
      method: 'ประชุม',
      responsible: 'กองช่าง',
      outputs: 'มอบ ๑ ครั้ง',
      outcomes: 'พอใจ',
    })) {
      await page.fill(`#f-${id}`, value);
    }
    await page.click('#details-save');
    await page.waitForSelector('#details-missing', { state: 'hidden' });
    await page.click('#docs-preview');
    await page.waitForSelector('#docs-preview-result:not([hidden])');
    expect(await text(page, '#docs-preview-result')).toBe(
      'เปิดเอกสารตัวอย่าง: กิจกรรมการมอบ ประกาศเกียรติคุณแก่คณะกรรมการชุมชน',
    );
    const made = madeDocs(addon);
    expect(made).toHaveLength(1);
    expect(made[0].doc!.body.getText()).toContain('๑) เพื่อ ก\n๒) เพื่อ ข');
    await page.check('#plan-pdf');
    await page.click('#plan-doc');
    await page.waitForSelector('#plan-doc-result:not([hidden])');
    expect(await text(page, '#plan-doc-result')).toBe(
      'สร้างเอกสารแผนทั้งฉบับแล้ว (รายละเอียด 1 โครงการ) เปิดเอกสาร · เปิด PDF',
    );
    expect(await page.locator('#plan-doc-result a').count()).toBe(2);
    await page.close();
  });

  test('a second editor at 300 px: who made the documents and when, what they can open, the choice; "my own set" makes theirs', async () => {
    const addon = await exampleOffice();
    addon.call('startDocsRun');
    for (let i = 0; i < 10 && !addon.call('generateDocsBatch', { skip: [] }).finished; i++);
    const owners = madeDocs(addon);
    addon.docs.share(owners[0].id, 'b@example.com', 'reader');
    addon.switchUser('b@example.com');
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await page.waitForSelector('#docs-summary:not([hidden])');
    // Before any set of their own: where the folder will go, said plainly (Picker not configured).
    expect(await page.isHidden('#docs-pick-row')).toBe(true);
    await page.click('#docs-generate');
    await page.waitForSelector('#docs-team:not([hidden])');
    const box = await text(page, '#docs-team');
    expect(box).toContain('เอกสารชุดนี้สร้างโดยผู้แก้ไขคนอื่น');
    expect(box).toMatch(/สร้างโดย a@example\.com เมื่อ \d{1,2} [ก-๙.]+ 25\d\d/);
    expect(box).toContain('เปิดดูได้ 1 ฉบับ');
    expect(await page.getAttribute('#docs-team-openable a', 'href')).toBe(
      `https://docs.google.com/document/d/${owners[0].id}/edit`,
    );
    expect(await page.getAttribute('#docs-team-ask', 'href')).toMatch(/^mailto:a%40example\.com\?subject=/);
    await expectReadable(page, '#docs-team a');
    await expectReadable(page, '#docs-team .secondary');
    expect(await page.isVisible('#docs-team-no-picker')).toBe(true);
    expect(await page.isHidden('#docs-team-grant-row')).toBe(true);
    expect(await page.isHidden('#docs-run')).toBe(true);
    // Nothing wider than the sidebar.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-team.png'), fullPage: true });
    await page.click('#lang');
    expect(await text(page, '#docs-team')).toMatch(/made by a@example\.com on \d{1,2} [A-Z][a-z]+ 20\d\d/);
    await page.click('#lang');
    await page.click('#docs-team-own');
    await page.waitForFunction(
      () => document.querySelector('#docs-progress')?.textContent?.startsWith('เสร็จแล้ว'),
      null,
      { timeout: 20_000 },
    );
    expect(await text(page, '#docs-progress')).toBe('เสร็จแล้ว: สร้างใหม่ 13 · ปรับปรุง 0');
    expect(await page.isHidden('#docs-team')).toBe(true);
    expect(await page.isVisible('#docs-own')).toBe(true);
    expect(madeDocs(addon).filter((f) => f.owner === 'b@example.com')).toHaveLength(13);
    expect(madeDocs(addon).filter((f) => f.owner === 'a@example.com')).toHaveLength(13);
    await page.close();
  });

  test('Picker configured: the folder can be chosen before the first run; the second editor is offered to grant access', async () => {
    const addon = await exampleOffice();
    addon.scriptProperties.setProperty('SAISAAT_PICKER_PROJECT_NUMBER', '123456789012');
    addon.scriptProperties.setProperty('SAISAAT_PICKER_API_KEY', 'AIza-test-key');
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await page.waitForSelector('#docs-summary:not([hidden])');
    expect(await page.isVisible('#docs-pick-folder')).toBe(true);
    expect(await text(page, '#docs-where')).toMatch(/^โฟลเดอร์เอกสารจะสร้างไว้ใน "ไดรฟ์ของฉัน"/);
    await page.close();
    addon.call('startDocsRun');
    addon.switchUser('b@example.com');
    const second = await openSidebar(addon);
    await second.click('.tabs button[data-section="docs"]');
    await second.click('#docs-generate');
    await second.waitForSelector('#docs-team:not([hidden])');
    expect(await second.isVisible('#docs-team-grant')).toBe(true);
    expect(await second.isHidden('#docs-team-no-picker')).toBe(true);
    await second.close();
  });

  test('permissions not granted: the Thai prompt with a clickable consent link', async () => {
    const addon = await exampleOffice();
    addon.docs.granted.delete('https://www.googleapis.com/auth/documents');
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await page.click('#docs-generate');
    await page.waitForSelector('#error:not([hidden])');
    expect(await text(page, '#error')).toMatch(/^เกิดข้อผิดพลาด: ใสสะอาดยังไม่ได้รับอนุญาต/);
    expect(await page.getAttribute('#error a', 'href')).toBe(AUTHORIZATION_URL);
    await expectReadable(page, '#error .error-text');
    await expectReadable(page, '#error a');
    await page.close();
  });
});

describe('proposed fixes in Chromium', () => {
  const NAME = 'โครงการอบรมคุณธรรมแก่ผู้ บริหาร';
  const GRID = [
    ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ.๒๕๖๖ - ๒๕๗๐)'],
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ผู้รับผิดชอบ'],
    ['1', '', NAME, 10000, '-', 'สำนักปลัด'],
    ['2', '', 'โครงการ อบรม', 5000, '-', 'กองการศึกษาเพื่อความ โปร่งใส'],
  ];

  test('a broken word: the check shows the proposed text; แก้ไขตามที่เสนอ writes that cell only, แก้ไขทั้งหมด the rest', async () => {
    const addon = loadAddon();
    addon.addSheet('แผน', GRID);
    const sheet = addon.spreadsheet._sheetByName('แผน')!;
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#findings .fix');
    expect(await page.locator('#findings .fix').count()).toBe(2);
    expect(await text(page, '#findings .fix-text')).toBe('โครงการอบรมคุณธรรมแก่ผู้บริหาร');
    expect(await text(page, '#findings .fix-apply')).toBe('แก้ไขตามที่เสนอ');
    expect(await text(page, '#fix-all')).toBe('แก้ไขทั้งหมด (2 เซลล์)');
    // Nothing is written until the user presses a button.
    expect(sheet._cell(3, 3).value).toBe(NAME);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-fixes.png') });

    await page.locator('#findings .fix-apply').first().click();
    await page.waitForSelector('#fix-result:not([hidden])');
    expect(await text(page, '#fix-result')).toBe('แก้ไขแล้ว 1 เซลล์');
    expect(sheet._cell(3, 3).value).toBe('โครงการอบรมคุณธรรมแก่ผู้บริหาร');
    expect(sheet._cell(4, 6).value).toBe('กองการศึกษาเพื่อความ โปร่งใส');
    // The check ran again: one proposal left, so no "fix all".
    await page.waitForFunction(() => document.querySelectorAll('#findings .fix').length === 1);
    expect(await text(page, '#fix-all')).toBe('');

    // Another editor changes the last cell; applying its stale proposal leaves it alone and says why.
    sheet._cell(4, 6).value = 'กองการศึกษา';
    await page.locator('#findings .fix-apply').first().click();
    await page.waitForFunction(() => document.getElementById('fix-result')!.textContent!.includes('ไม่ได้แก้'));
    expect(await text(page, '#fix-result')).toMatch(
      /^แก้ไขแล้ว 0 เซลล์ · ไม่ได้แก้ 1 เซลล์:\nF4: ข้อความในเซลล์ถูกแก้ไขไปแล้วหลังการตรวจ/,
    );
    expect(sheet._cell(4, 6).value).toBe('กองการศึกษา');
    await page.close();
  });

  test('fix all in English writes every proposed cell', async () => {
    const addon = loadAddon({ locale: 'en' });
    addon.addSheet('แผน', GRID);
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="check"]');
    await page.click('#check');
    await page.waitForSelector('#fix-all button');
    expect(await text(page, '#findings .fix-apply')).toBe('Apply');
    await page.click('#fix-all button');
    await page.waitForSelector('#fix-result:not([hidden])');
    expect(await text(page, '#fix-result')).toBe('2 cell(s) fixed');
    const sheet = addon.spreadsheet._sheetByName('แผน')!;
    expect([sheet._cell(3, 3).value, sheet._cell(4, 6).value]).toEqual([
      'โครงการอบรมคุณธรรมแก่ผู้บริหาร',
      'กองการศึกษาเพื่อความโปร่งใส',
    ]);
    await page.waitForFunction(() => document.querySelectorAll('#findings .fix').length === 0);
    await page.close();
  });
});

describe('the report and the announcement in Chromium', () => {
  const followUp = () => {
    const addon = loadAddon();
    addon.addSheet(
      'แผนประจำปี',
      parse(readFileSync(join(ROOT, 'test/fixtures/annual-2568-followup.csv')), { relax_column_count: true }),
    );
    return addon;
  };
  const reports = (addon: Addon) =>
    [...addon.docs.files.values()].filter((f) => f.mimeType === DOC_MIME && f.name.startsWith('รายงานผล'));

  test('round 12 without its texts is said before any call; filled in, the report is made with a link; the signer is prefilled next time', async () => {
    const addon = followUp();
    const page = await openSidebar(addon);
    await page.click('.tabs button[data-section="docs"]');
    await until(() => addon.log.counts.has('Properties.getProperties'));
    await page.waitForFunction(() => (document.getElementById('report-year') as HTMLInputElement).value === '2568');
    // Texts typed for round 6 survive a look at round 12.
    await page.fill('#report-problems', 'ร่างรอบ ๖');
    await page.selectOption('#report-round', '12');
    await page.waitForFunction(() => (document.getElementById('report-problems') as HTMLTextAreaElement).value === '');
    await page.selectOption('#report-round', '6');
    await page.waitForFunction(() => (document.getElementById('report-problems') as HTMLTextAreaElement).value !== '');
    expect(await page.inputValue('#report-problems')).toBe('ร่างรอบ ๖');
    await page.selectOption('#report-round', '12');
    await page.waitForFunction(() => (document.getElementById('report-problems') as HTMLTextAreaElement).value === '');
    await page.fill('#report-signer-name', 'นายสมชาย ใจดี');
    await page.fill('#report-signer-position', 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง');
    addon.log.reset();
    await page.click('#report-make');
    await page.waitForSelector('#report-error:not([hidden])');
    expect(await text(page, '#report-error')).toMatch(/^รายงานรอบ ๑๒ เดือนต้องมีปัญหาอุปสรรคและข้อเสนอแนะ/);
    expect(await page.getAttribute('#report-problems', 'aria-invalid')).toBe('true');
    expect(addon.log.total()).toBe(0);
    await page.fill('#report-problems', 'งบประมาณมาล่าช้า');
    await page.fill('#report-suggestions', 'ไม่มี');
    await page.click('#report-make');
    await page.waitForSelector('#report-result:not([hidden])');
    expect(await page.isHidden('#report-error')).toBe(true);
    expect(await text(page, '#report-result')).toMatch(/^สร้างรายงานผลแล้ว: รายงานผล รอบ ๑๒ เดือน ๒๕๖๘$/);
    const made = reports(addon);
    expect(made).toHaveLength(1);
    expect(await page.getAttribute('#report-result a', 'href')).toBe(
      `https://docs.google.com/document/d/${made[0].id}/edit`,
    );
    await page.click('#lang');
    expect(await text(page, '#report-result')).toMatch(/^Report created: /);
    await page.close();

    const again = await openSidebar(addon);
    await again.click('.tabs button[data-section="docs"]');
    await again.waitForFunction(() => (document.getElementById('report-signer-name') as HTMLInputElement).value !== '');
    expect(await again.inputValue('#report-signer-name')).toBe('นายสมชาย ใจดี');
    await again.selectOption('#report-round', '12');
    await again.waitForFunction(() => (document.getElementById('report-problems') as HTMLTextAreaElement).value !== '');
    expect(await again.inputValue('#report-problems')).toBe('งบประมาณมาล่าช้า');
    await again.click('#announce-make');
    await again.waitForSelector('#report-result:not([hidden])');
    expect(await text(again, '#report-result')).toMatch(
      /^สร้างประกาศแล้ว: ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘/,
    );
    await again.close();
  });
});

describe('errors and an existing plan in Chromium', () => {
  test("Google's own errors in Thai: a Thai sentence and what to do, Google's words folded away, never alone", async () => {
    const addon = loadAddon();
    let failure = '';
    // google.script.run hands the failure handler the Error's message (as the page's fake does).
    const failing = Object.assign(Object.create(addon) as Addon, {
      call: (name: string, ...args: unknown[]) => {
        if (name === 'checkPlan') throw new Error(failure);
        return (addon.call as (n: string, ...a: unknown[]) => unknown)(name, ...args);
      },
    });
    const page = await openSidebar(failing);
    await page.click('.tabs button[data-section="check"]');
    const consent =
      'https://script.google.com/macros/d/MaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/authorize?client_id=1234567890-abcdefghijklmnop.apps.googleusercontent.com';
    const texts = [
      'Exception: Service Spreadsheets timed out while accessing document with id 1AbCdEfGhIjKlMnOpQrStUvWxYz.',
      'NetworkError: Connection failure due to HTTP 0',
      `ScriptError: Authorisation is required to perform that action. ${consent}`,
      'GoogleJsonResponseException: API call to drive.files.copy failed with error: Internal Error',
      'Exception: Service invoked too many times for one day: docs create.',
      'Exception: Lock timeout: another process was holding the lock for too long.',
      'Error: Something nobody has seen before',
    ];
    for (const raw of texts) {
      failure = raw;
      await page.evaluate(() => (document.getElementById('error')!.hidden = true));
      await page.click('#check');
      await page.waitForSelector('#error:not([hidden])');
      const original = raw.replace(/^(Exception|ScriptError|GoogleJsonResponseException|Error): /, ''); // Apps Script's class name dropped
      const shown = await page.locator('#error').innerText();
      const [first, advice] = shown.split('\n').filter((line) => line.trim());
      expect(first).toMatch(/^เกิดข้อผิดพลาด: .*[\u0E00-\u0E7F]/);
      expect(advice).toMatch(/[\u0E00-\u0E7F]/);
      expect(shown).not.toContain(original); // folded in <details>, not in view
      expect(await page.locator('#error details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(await page.locator('#error details code').textContent()).toBe(original);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(300);
    }
    // The consent link of the authorization error: whole, clickable, wrapping at 300 px.
    failure = texts[2];
    await page.click('#check');
    await page.waitForSelector('#error .error-link a');
    expect(await page.getAttribute('#error .error-link a', 'href')).toBe(consent);
    expect(await text(page, '#error .error-advice')).toBe(
      'โหลดหน้า Google ชีตใหม่ เปิดใสสะอาดอีกครั้ง แล้วกด "อนุญาต" เมื่อ Google ถาม',
    );
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(300);
    // Opened, the detail shows Google's words; in English the same error reads in English.
    await page.click('#error summary');
    expect(await page.locator('#error').innerText()).toContain(texts[2].replace('ScriptError: ', ''));
    await page.click('#lang');
    expect(await text(page, '#error .error-text')).toBe(
      'Error: Your Google account has not yet allowed SaiSaat to do this',
    );
    await page.close();
  });

  test('create when a plan sheet exists: offers to open it or to name a new one, never a silent (2)', async () => {
    const addon = loadAddon();
    const page = await openSidebar(addon);
    await page.fill('#org-name', 'เทศบาลตำบลบึงเค็งตา');
    await page.click('#create');
    await page.waitForSelector('#create-result:not([hidden])');
    await page.click('#create');
    await page.waitForSelector('#create-exists:not([hidden])');
    expect(await text(page, '#create-exists-text')).toBe(
      'มีแผ่นงานแผน "แผนปฏิบัติการ" อยู่แล้ว จะเปิดแผ่นงานนั้น หรือสร้างแผ่นงานใหม่โดยตั้งชื่อเอง',
    );
    const names = () => addon.spreadsheet._sheets.map((s) => s._name);
    expect(names()).toEqual(['Sheet1', 'รายการภารกิจ', 'แผนปฏิบัติการ']);
    // A name Sheets would refuse is caught before any call.
    const calls = addon.log.counts.get('Spreadsheet.insertSheet');
    for (const [typed, problem] of [
      ['', 'กรุณาพิมพ์ชื่อแผ่นงานใหม่'],
      ['SHEET1', 'มีแผ่นงานชื่อ "Sheet1" อยู่แล้ว กรุณาตั้งชื่ออื่น'],
      ['ข'.repeat(101), 'ชื่อแผ่นงานยาวได้ไม่เกิน 100 ตัวอักษร'],
    ]) {
      await page.fill('#new-sheet-name', typed);
      await page.click('#create-named');
      expect(await text(page, '#new-sheet-name-problem')).toBe(problem);
    }
    expect(addon.log.counts.get('Spreadsheet.insertSheet')).toBe(calls);
    // Open the existing one: it becomes the active sheet.
    addon.spreadsheet.setActiveSheet(addon.spreadsheet._sheetByName('Sheet1')! as never);
    await page.click('#open-plan');
    await page.waitForFunction(() => document.getElementById('create-result')!.textContent!.startsWith('เปิดแผ่นงาน'));
    expect(await text(page, '#create-result')).toBe('เปิดแผ่นงาน "แผนปฏิบัติการ" แล้ว');
    expect(addon.spreadsheet._active._name).toBe('แผนปฏิบัติการ');
    // Or a new plan under the name typed.
    await page.fill('#new-sheet-name', 'แผน ๒๕๗๑–๒๕๗๕');
    await page.click('#create-named');
    await page.waitForSelector('#create-exists[hidden]', { state: 'attached' });
    expect(await text(page, '#create-result')).toBe(
      'สร้างแผ่นงาน "แผน ๒๕๗๑–๒๕๗๕" แล้ว: กรอกโครงการได้ที่แถว 6–45 (แทรกแถวเพิ่มได้)',
    );
    expect(names()).toEqual(['Sheet1', 'รายการภารกิจ', 'แผนปฏิบัติการ', 'แผน ๒๕๗๑–๒๕๗๕']);
    expect(names().some((n) => n.includes('(2)'))).toBe(false);
    await page.close();
  });
});

/**
 * The check tab with thousands of findings, through the built add-on over the fakes: the counts
 * are the check's true ones (computed here with the core's checkGrid), errors come first, 100 are
 * listed then 100 more per แสดงเพิ่ม, the filters keep what they say, the header with the Check
 * button stays in view, a finding still selects its cell, and the language switch keeps it all.
 * Times are written to test-output, never asserted (bench/sidebar.bench.ts reports them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../helpers';
import { loadAddon, type Addon } from '../addon/harness';
import { faultyFiveYearGrid } from '../../bench/synthetic';
import { checkGrid } from '../../src/core/check/check';
import type { Finding } from '../../src/core/check/findings';
import type { CheckResult } from '../../src/shared/wire';
import { openSidebar, text, until, useSidebar } from './page';
import { renderTime } from './serve';

useSidebar();

/** A plan whose check makes thousands of findings, in the add-on, and the check's truth from the core. */
function faultyPlan(projects: number): { addon: Addon; issues: Finding[]; errors: number; warnings: number } {
  const grid = faultyFiveYearGrid(projects);
  const addon = loadAddon();
  addon.addSheet('แผน', grid);
  const { report } = checkGrid(grid, 'แผน');
  return { addon, issues: report.issues, ...report.counts };
}

async function check(page: Page): Promise<void> {
  await page.click('.tabs button[data-section="check"]');
  await page.click('#check');
  await page.waitForSelector('#findings li');
}

const listed = (page: Page) =>
  page.locator('#findings li > button').evaluateAll((buttons) =>
    buttons.map((b) => ({
      cell: (b as HTMLElement).dataset.cell!,
      code: (b as HTMLElement).dataset.code!,
      severity: b.querySelector('.sev-error') ? 'error' : b.querySelector('.sev-warning') ? 'warning' : '?',
    })),
  );

const count = (issues: Finding[], keep: (f: Finding) => boolean) => issues.filter(keep).length;

describe('findings at any count', () => {
  const plan = faultyPlan(2000);
  const total = plan.errors + plan.warnings;
  // The check's order is the sheet's; the list's is errors first, each kept in the sheet's order.
  const expected = [
    ...plan.issues.filter((f) => f.severity === 'error'),
    ...plan.issues.filter((f) => f.severity === 'warning'),
  ];

  test('the true counts, errors first, 100 listed then 100 more with แสดงเพิ่ม, focus on the first added', async () => {
    expect(total).toBeGreaterThan(2000);
    expect(plan.errors).toBeGreaterThan(100);
    const page = await openSidebar(plan.addon);
    await check(page);
    expect(await text(page, '#badge')).toBe(String(total));
    expect(await text(page, '#check-summary')).toBe(
      `แผ่นงาน "แผน": 2000 โครงการ · ข้อผิดพลาด ${plan.errors} · คำเตือน ${plan.warnings}`,
    );
    expect(await page.locator('#findings-severity option').allInnerTexts()).toEqual([
      `ทั้งหมด (${total})`,
      `ข้อผิดพลาด (${plan.errors})`,
      `คำเตือน (${plan.warnings})`,
    ]);
    expect(await page.locator('#findings-cut').isHidden()).toBe(true);
    expect(await listed(page)).toEqual(
      expected.slice(0, 100).map(({ cell, code, severity }) => ({ cell, code, severity })),
    );
    expect(await text(page, '#findings-status')).toBe(`ตรงกับตัวกรอง ${total} รายการ · แสดง 100 รายการ`);
    expect(await text(page, '#findings-more')).toBe('แสดงเพิ่ม (อีก 100 รายการ)');

    await page.click('#findings-more');
    const after = await listed(page);
    expect(after.length).toBe(200);
    expect(after.map((f) => f.cell)).toEqual(expected.slice(0, 200).map((f) => f.cell));
    expect(await text(page, '#findings-status')).toBe(`ตรงกับตัวกรอง ${total} รายการ · แสดง 200 รายการ`);
    expect(
      await page.evaluate(
        () => document.activeElement === document.querySelector('#findings li:nth-child(101) > button'),
      ),
    ).toBe(true);
    await page.close();
  });

  test('filters by severity and by code, each with the right count; a filter starts again at 100', async () => {
    const page = await openSidebar(plan.addon);
    await check(page);
    await page.click('#findings-more');
    await page.selectOption('#findings-severity', 'warning');
    let shown = await listed(page);
    expect(shown.length).toBe(100);
    expect(new Set(shown.map((f) => f.severity))).toEqual(new Set(['warning']));
    expect(shown.map((f) => f.cell)).toEqual(
      expected
        .filter((f) => f.severity === 'warning')
        .slice(0, 100)
        .map((f) => f.cell),
    );
    expect(await text(page, '#findings-status')).toBe(`ตรงกับตัวกรอง ${plan.warnings} รายการ · แสดง 100 รายการ`);

    // Only the warnings' codes are offered, each with its count.
    const warningCodes = [...new Set(plan.issues.filter((f) => f.severity === 'warning').map((f) => f.code))];
    const options = await page.locator('#findings-code option').allInnerTexts();
    expect(options[0]).toBe(`ทุกรหัส (${plan.warnings})`);
    expect(options.slice(1).sort()).toEqual(
      warningCodes.map((c) => `${c} (${count(plan.issues, (f) => f.code === c)})`).sort(),
    );

    await page.selectOption('#findings-severity', 'all');
    await page.selectOption('#findings-code', 'SUBTOTAL_MISMATCH');
    const subtotals = count(plan.issues, (f) => f.code === 'SUBTOTAL_MISMATCH');
    expect(subtotals).toBeGreaterThan(0);
    expect(subtotals).toBeLessThan(100);
    shown = await listed(page);
    expect(shown.map((f) => f.cell)).toEqual(
      plan.issues.filter((f) => f.code === 'SUBTOTAL_MISMATCH').map((f) => f.cell),
    );
    expect(await text(page, '#findings-status')).toBe(`ตรงกับตัวกรอง ${subtotals} รายการ · แสดง ${subtotals} รายการ`);
    expect(await page.locator('#findings-more').isHidden()).toBe(true);

    // A code of the other severity matches nothing: choosing warnings lets every code through again.
    await page.selectOption('#findings-severity', 'warning');
    expect(await page.inputValue('#findings-code')).toBe('');
    expect(await text(page, '#findings-status')).toBe(`ตรงกับตัวกรอง ${plan.warnings} รายการ · แสดง 100 รายการ`);
    await page.close();
  });

  test('the header with the Check button stays in view at the bottom of the list; a finding selects its cell; 300 px wide', async () => {
    const page = await openSidebar(plan.addon);
    await page.setViewportSize({ width: 300, height: 620 });
    await check(page);
    await page.click('#findings-more');
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
    const inView = await page.evaluate(() =>
      ['check', 'findings-severity', 'findings-code', 'findings-status'].map((id) => {
        const node = document.getElementById(id)!;
        const r = node.getBoundingClientRect();
        // In the viewport and on top (not under the masthead or a finding).
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && node.contains(top);
      }),
    );
    expect(inView).toEqual([true, true, true, true]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(300);

    const last = expected[199];
    plan.addon.spreadsheet._active = plan.addon.spreadsheet._sheetByName('Sheet1')!;
    await page.click(`#findings li:nth-child(200) > button`);
    await until(() => plan.addon.spreadsheet._activeRange === last.cell);
    expect(plan.addon.spreadsheet._active._name).toBe('แผน');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/sidebar-findings.png') });
    await page.close();
  });

  test('English keeps the filter and the pages shown', async () => {
    const page = await openSidebar(plan.addon);
    await check(page);
    await page.selectOption('#findings-severity', 'error');
    await page.selectOption('#findings-code', 'DIMENSION_INVALID');
    await page.click('#findings-more');
    const before = await listed(page);
    const invalid = count(plan.issues, (f) => f.code === 'DIMENSION_INVALID');
    await page.click('#lang');
    expect(await page.inputValue('#findings-severity')).toBe('error');
    expect(await page.inputValue('#findings-code')).toBe('DIMENSION_INVALID');
    expect(await listed(page)).toEqual(before);
    expect(before.length).toBe(200);
    expect(await text(page, '#findings-status')).toBe(`${invalid} match the filter · showing 200`);
    expect(await text(page, '#findings-more')).toBe('Show more (100 more)');
    expect(await page.locator('#findings-severity option').allInnerTexts()).toEqual([
      `All (${total})`,
      `Errors (${plan.errors})`,
      `Warnings (${plan.warnings})`,
    ]);
    // textContent: the first line is scrolled out of view, where content-visibility leaves it unrendered.
    expect(await page.locator('#findings li:first-child .message').textContent()).toBe(
      plan.issues.find((f) => f.code === 'DIMENSION_INVALID')!.messageEn,
    );
    await page.close();
  });

  test('a list the safety bound cut says how many it shows of how many, and where to see them all', async () => {
    const bound = 300;
    // The add-on's own reply cut as checkSheet.ts cuts at its bound (errors first), here at 300.
    const server = {
      call: (name: string, ...args: unknown[]) => {
        const r = plan.addon.call(name, ...args);
        return name === 'checkPlan'
          ? { ...(r as CheckResult), findings: (r as CheckResult).findings.slice(0, bound) }
          : r;
      },
    };
    const page = await openSidebar(server);
    await check(page);
    expect(await text(page, '#findings-cut')).toBe(
      `รายการนี้แสดง ${bound} จาก ${total} รายการ (ข้อผิดพลาดก่อน): ใช้คำสั่ง saisaat check กับไฟล์ที่ส่งออก (.xlsx) เพื่อดูครบทุกรายการ`,
    );
    // The counts are still the check's.
    expect(await text(page, '#badge')).toBe(String(total));
    expect(await page.locator('#findings-severity option').first().innerText()).toBe(`ทั้งหมด (${total})`);
    await page.click('#lang');
    expect(await text(page, '#findings-cut')).toContain(`This list shows ${bound} of ${total} findings`);
    await page.close();
  });
});

describe('5,000 findings', () => {
  test('render at most a page of items with the true counts, errors first; the time at 4× slower CPU goes to test-output', async () => {
    const plan = faultyPlan(3520);
    const total = plan.errors + plan.warnings;
    expect(total).toBeGreaterThanOrEqual(5000);
    const page = await openSidebar(plan.addon);
    await page.click('.tabs button[data-section="check"]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.click('#check');
    const ms = await renderTime(page, 'checkPlan');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.locator('#findings li').count()).toBe(100);
    expect(await page.locator('main button').count()).toBeLessThan(150);
    expect(await text(page, '#badge')).toBe(String(total));
    const shown = await listed(page);
    expect(shown.every((f) => f.severity === 'error')).toBe(true);
    expect(shown[0].cell).toBe(plan.issues.find((f) => f.severity === 'error')!.cell);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(
      join(ROOT, 'test-output/findings-render.json'),
      JSON.stringify({ findings: total, cpuSlowdown: 4, renderMs: Math.round(ms * 10) / 10 }, null, 2),
    );
    await page.close();
  });
});

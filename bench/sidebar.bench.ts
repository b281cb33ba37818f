/**
 * The sidebar's check tab with 5,000 findings, in headless Chromium (test/browser/chromium.ts):
 * dist/Sidebar.html served from localhost, google.script.run answering checkPlan with the built
 * add-on's reply for a plan with 5,000 findings (bench/synthetic.ts faultyFiveYearGrid). Prints the
 * time from the reply reaching the page to the list painted, at full speed and with the CPU slowed
 * 4× (DevTools' Emulation.setCPUThrottlingRate), the list items in the page and the reply's size.
 */
import { loadAddon } from '../test/addon/harness';
import { launchChromium } from '../test/browser/chromium';
import { openSidebarPage, renderTime, serveSidebar } from '../test/browser/serve';
import type { CheckResult } from '../src/shared/wire';
import { faultyFiveYearGrid } from './synthetic';
import { fmtMs } from './util';

/** Projects of faultyFiveYearGrid whose check makes just over 5,000 findings. */
const PROJECTS = 3520;
const RUNS = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export default async function run(): Promise<void> {
  const addon = loadAddon();
  addon.addSheet('แผน', faultyFiveYearGrid(PROJECTS));
  const reply = addon.call('checkPlan');
  const found = reply.errors + reply.warnings;
  console.log(
    `checkPlan reply: ${found} findings (${reply.errors} errors, ${reply.warnings} warnings), ${reply.findings.length} listed, ${kb(Buffer.byteLength(JSON.stringify(reply)))} of JSON`,
  );
  const served = await serveSidebar();
  const browser = await launchChromium();
  try {
    const server = {
      call: (name: string, ...args: unknown[]): unknown => (name === 'checkPlan' ? reply : addon.call(name, ...args)),
    };
    for (const rate of [1, 4]) {
      const page = await openSidebarPage(browser, served.url, server);
      await page.click('.tabs button[data-section="check"]');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const times: number[] = [];
      let items = 0;
      for (let i = 0; i < RUNS; i++) {
        await page.click('#check');
        times.push(await renderTime(page, 'checkPlan'));
        items = await page.locator('#findings li').count();
      }
      await page.close();
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `CPU ${rate}×: first ${fmtMs(times[0])}, median ${fmtMs(sorted[Math.floor(RUNS / 2)])}, max ${fmtMs(sorted[RUNS - 1])} (${RUNS} checks); ${items} list items in the page`,
      );
    }
  } finally {
    await browser.close();
    await served.close();
  }
  // The safety bound of addon/checkSheet.ts: what a reply at the bound weighs.
  const big = loadAddon();
  big.addSheet('แผน', faultyFiveYearGrid(14_500));
  const atBound = big.call('checkPlan') as CheckResult;
  console.log(
    `at the bound: ${atBound.errors + atBound.warnings} findings, ${atBound.findings.length} listed, ${kb(Buffer.byteLength(JSON.stringify(atBound)))} of JSON`,
  );
}

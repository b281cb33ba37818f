/**
 * Shared by the browser test files: dist/Sidebar.html served from localhost, Chromium launched
 * once per file, and the sidebar opened with google.script.run wired to the server functions of
 * the built Code.js running over the fakes in node:vm. The jest-free part is serve.ts (the bench uses it).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers';
import { launchChromium } from './chromium';
import { openSidebarPage, serveSidebar, type ScriptServer, type Served, type WindowOptions } from './serve';

export { GOOGLE_FONTS, loading } from './serve';

let browser: Browser;
let served: Served;

/** Serves dist/Sidebar.html and launches Chromium for the test file that calls it. */
export function useSidebar(): void {
  beforeAll(async () => {
    served = await serveSidebar();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
}

/**
 * Opens the sidebar with google.script.run calling `addon` (the harness's); `delays` slows chosen
 * functions (ms); `options` another window (200 % zoom is 150 × 310 CSS px at device scale 2).
 */
export function openSidebar(
  addon: ScriptServer,
  delays: Record<string, number> = {},
  options: WindowOptions = {},
): Promise<Page> {
  return openSidebarPage(browser, served.url, addon, delays, options);
}

export const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/**
 * WCAG 2.x contrast of each visible element matched by `selector`: its text colour against the
 * first non-transparent background up the tree (white at the top), with the relative luminance
 * formula of https://www.w3.org/TR/WCAG21/#dfn-relative-luminance. Returns one ratio per element.
 */
export function contrasts(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((elements) => {
    const rgba = (css: string) => {
      const [r, g, b, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
      return { rgb: [r, g, b], a };
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return elements
      .filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0)
      .map((e) => {
        const fg = rgba(getComputedStyle(e).color);
        let bg = [255, 255, 255];
        for (let n: Element | null = e; n; n = n.parentElement) {
          const b = rgba(getComputedStyle(n).backgroundColor);
          if (b.a > 0) {
            bg = b.rgb;
            break;
          }
        }
        const [hi, lo] = [luminance(fg.rgb), luminance(bg)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      });
  });
}

/** Every element matched by `selector` is shown and its text reaches WCAG AA (4.5:1). */
export async function expectReadable(page: Page, selector: string): Promise<void> {
  const ratios = await contrasts(page, selector);
  expect(ratios.length).toBeGreaterThan(0);
  for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
}

/** Waits (up to 5 s) for something the page does asynchronously on the server side. */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(condition()).toBe(true);
}

/** One axe-core violation: its rule, impact and the elements (CSS selectors) it was found on. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The WCAG 2.0 and 2.1 A/AA rules and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core (node_modules/axe-core/axe.min.js, injected once per page) run over the whole page as
 * it stands: the violations only. Hidden elements are skipped by axe, so each state is one call.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const run = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } }).axe.run;
    const result = await run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, AXE_TAGS);
}

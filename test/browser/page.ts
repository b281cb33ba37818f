/**
 * Shared by the browser test files: dist/Sidebar.html served from localhost, Chromium launched
 * once per file, and the sidebar opened with google.script.run wired to the server functions of
 * the built Code.js running over the fakes in node:vm.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers';
import type { Addon } from '../addon/harness';
import { launchChromium } from './chromium';

let browser: Browser;
let server: Server;
let url: string;

/** Serves dist/Sidebar.html and launches Chromium for the test file that calls it. */
export function useSidebar(): void {
  beforeAll(async () => {
    const html = readFileSync(join(ROOT, 'dist/Sidebar.html'));
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
}

/** Google Fonts (index.html loads Sarabun): blocked in every test, so runs never depend on the network. */
export const GOOGLE_FONTS = /^https:\/\/fonts\.(googleapis|gstatic)\.com\//;
/** Per page: the font requests blocked, and the console errors (text and source URL). */
export const loading = new WeakMap<Page, { blockedFonts: string[]; consoleErrors: { text: string; url: string }[] }>();

/**
 * Opens the sidebar with google.script.run calling `addon`; `delays` slows chosen functions (ms);
 * `options` another window (200 % zoom is 150 × 310 CSS px at device scale 2).
 */
export async function openSidebar(
  addon: Addon,
  delays: Record<string, number> = {},
  options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 300, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor,
  });
  page.on('pageerror', (e) => {
    throw e;
  });
  const seen = { blockedFonts: [] as string[], consoleErrors: [] as { text: string; url: string }[] };
  loading.set(page, seen);
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push({ text: m.text(), url: m.location().url });
  });
  await page.route(GOOGLE_FONTS, (route) => {
    seen.blockedFonts.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await page.exposeFunction('__gasRun', async (name: string, args: string) => {
    if (delays[name]) await new Promise((r) => setTimeout(r, delays[name]));
    try {
      return JSON.stringify({ value: addon.call(name, ...JSON.parse(args)) ?? null });
    } catch (e) {
      return JSON.stringify({ error: (e as Error).message });
    }
  });
  await page.addInitScript(() => {
    type Handlers = { ok?: (v: unknown) => void; fail?: (e: Error) => void };
    const run = (h: Handlers): unknown =>
      new Proxy(
        {},
        {
          get(_t, prop: string) {
            if (prop === 'withSuccessHandler') return (f: Handlers['ok']) => run({ ...h, ok: f });
            if (prop === 'withFailureHandler') return (f: Handlers['fail']) => run({ ...h, fail: f });
            return (...args: unknown[]) => {
              (window as unknown as { __gasRun: (n: string, a: string) => Promise<string> })
                .__gasRun(prop, JSON.stringify(args))
                .then((raw) => {
                  const r = JSON.parse(raw) as { value?: unknown; error?: string };
                  if (r.error !== undefined) h.fail?.(new Error(r.error));
                  else h.ok?.(r.value);
                });
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: run({}) } };
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
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

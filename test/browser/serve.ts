/**
 * The jest-free part of the browser helpers (page.ts wraps it for tests; the bench uses it
 * directly): dist/Sidebar.html served from localhost, a page opened on it with google.script.run
 * answered by `server` (the built Code.js over the fakes, or any stand-in), and a timer of the
 * sidebar's work after a server reply.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves dist/Sidebar.html on a free localhost port. */
export async function serveSidebar(): Promise<Served> {
  const html = readFileSync(join(ROOT, 'dist/Sidebar.html'));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Google Fonts (index.html loads Sarabun): blocked in every test, so runs never depend on the network. */
export const GOOGLE_FONTS = /^https:\/\/fonts\.(googleapis|gstatic)\.com\//;
/** Per page: the font requests blocked, and the console errors (text and source URL). */
export const loading = new WeakMap<Page, { blockedFonts: string[]; consoleErrors: { text: string; url: string }[] }>();

/** What answers google.script.run: the add-on harness, or a stand-in with the same `call`. */
export interface ScriptServer {
  call(name: string, ...args: unknown[]): unknown;
}

/** The browser window: Google's sidebar is 300 px wide; 200 % zoom is 150 CSS px at device scale 2. */
export interface WindowOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}

/** Opens the sidebar at `url` with google.script.run calling `server`; `delays` slows chosen functions (ms). */
export async function openSidebarPage(
  browser: Browser,
  url: string,
  server: ScriptServer,
  delays: Record<string, number> = {},
  options: WindowOptions = {},
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
      return JSON.stringify({ value: server.call(name, ...JSON.parse(args)) ?? null });
    } catch (e) {
      return JSON.stringify({ error: (e as Error).message });
    }
  });
  // Under tsx (the bench), esbuild's keepNames wraps the named functions below in a `__name`
  // helper that only exists in Node: the page gets a stand-in.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
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
                  else {
                    // For renderTime below: when the reply reached the page, and the first frame
                    // painted after the handler and the promise jobs it started (requestAnimationFrame
                    // runs just before a paint; a task queued there runs after it).
                    const times = (window as unknown as { __renderMs: Record<string, number> }).__renderMs;
                    const replied = performance.now();
                    delete times[prop];
                    h.ok?.(r.value);
                    requestAnimationFrame(() => setTimeout(() => (times[prop] = performance.now() - replied)));
                  }
                });
            };
          },
        },
      );
    (window as unknown as { __renderMs: Record<string, number> }).__renderMs = {};
    (window as unknown as { google: unknown }).google = { script: { run: run({}) } };
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  return page;
}

/**
 * Milliseconds from the last reply of server function `name` reaching the page to the first frame
 * painted after the sidebar handled it (waits for that frame).
 */
export async function renderTime(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction(
    (fn) => (window as unknown as { __renderMs: Record<string, number> }).__renderMs[fn],
    name,
  );
  return (await handle.jsonValue()) as number;
}

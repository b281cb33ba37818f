/**
 * The sidebar's API (src/shared/api.ts) and the built files agree: every ServerApi function is a
 * top-level function of Code.js that the sidebar calls, and every top-level function the sidebar
 * could call — all but simple triggers, menu handlers and custom functions — is in ServerApi.
 * Together with the compile-time check in src/addon/index.ts and the typed client, a renamed or
 * retyped server function fails the build, not the user.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESULT_SCHEMAS } from '../../src/shared/results';
import { loadAddon } from '../addon/harness';
import { ROOT } from '../helpers';
import { codeJsSource, loadCodeJs } from '../vm';

/** The names Apps Script itself calls (simple triggers and web-app entries). */
const TRIGGERS = new Set(['onOpen', 'onEdit', 'onInstall', 'onSelectionChange', 'doGet', 'doPost']);

/** RESULT_SCHEMAS has exactly the keys of ServerApi (src/shared/results.ts checks it at compile time). */
const serverApi = Object.keys(RESULT_SCHEMAS).sort();

/** Top-level functions of Code.js with the JSDoc right above each. */
function topLevelFunctions(): { name: string; jsdoc: string }[] {
  return [...codeJsSource().matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\nfunction (\w+)\(/g)].map((m) => ({
    name: m[2],
    jsdoc: m[1],
  }));
}

function menuHandlers(): Set<string> {
  const a = loadAddon();
  a.call('onOpen', { authMode: 'NONE' });
  return new Set(a.ui._menus.flatMap((m) => m.items.map((i) => i.functionName)).filter(Boolean));
}

describe('ServerApi is what Code.js offers the sidebar', () => {
  test('every ServerApi function is a top-level function of Code.js', () => {
    const ctx = loadCodeJs();
    for (const name of serverApi) expect(typeof ctx[name]).toBe('function');
  });

  test('every other top-level function is a trigger, a menu handler or a custom function', () => {
    const menu = menuHandlers();
    const functions = topLevelFunctions();
    expect(functions.length).toBe([...codeJsSource().matchAll(/^function \w+\(/gm)].length);
    const sidebarCallable = functions
      .filter((f) => !TRIGGERS.has(f.name) && !menu.has(f.name) && !f.jsdoc.includes('@customfunction'))
      .map((f) => f.name);
    expect(sidebarCallable.sort()).toEqual(serverApi);
  });

  test('the sidebar calls every ServerApi function', () => {
    const sidebar = readFileSync(join(ROOT, 'dist/Sidebar.html'), 'utf8');
    for (const name of serverApi) expect(sidebar).toContain(`"${name}"`);
  });
});

/**
 * Loads the built dist/Code.js the way Apps Script does: one global scope holding only what
 * Apps Script provides (here: the fakes a test passes in) — no require, process or Buffer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ROOT } from './helpers';

export const CODE_JS = join(ROOT, 'dist/Code.js');

export function codeJsSource(): string {
  return readFileSync(CODE_JS, 'utf8');
}

/** A fresh Apps Script-like global scope with Code.js evaluated in it. */
export function loadCodeJs(globals: Record<string, unknown> = {}): vm.Context & Record<string, unknown> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(codeJsSource(), context, { filename: 'Code.js' });
  return context as vm.Context & Record<string, unknown>;
}

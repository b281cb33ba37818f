/** Shared test helpers: fixtures extracted from the seed plans (test/fixtures/README.md). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cell } from '../src/core/cells';

// Jest runs tests as CommonJS (__dirname); the bench imports these helpers as ES modules from the repo root.
export const ROOT = typeof __dirname === 'string' ? join(__dirname, '..') : process.cwd();

/** A tab-separated fixture (extracted from a seed) as a grid of strings. */
export function tsvGrid(name: string): Cell[][] {
  return readFileSync(join(ROOT, 'test/fixtures', name), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
}

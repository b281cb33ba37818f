/**
 * `npm run bench`: runs every bench/*.bench.ts in name order and prints their figures. Timings
 * live here, never in tests. Each bench module exports a default async function that prints.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, '..', 'bench');
const only = process.argv[2];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const mod = await import(pathToFileURL(join(dir, file)).href);
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  await mod.default();
}

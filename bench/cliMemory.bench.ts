/**
 * Peak memory (RSS) and wall time of the built `saisaat check FILE --json` (stdout discarded) on
 * generated .xlsx plans of 10,000 and 100,000 rows and on the sparse file whose declared range is
 * the whole sheet (issue 12). Goals: under 2 KB per row at 100,000 rows; the sparse file in under
 * 2 s and under 200 MB. SAISAAT_BENCH_CLI=/other/checkout/bin/saisaat.cjs measures another build
 * on the same files (before/after).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addFillStyle, editXlsx, FAR_CORNER, strayCells, writeXlsx } from '../test/generators/xlsxFiles';
import { syntheticFiveYearGrid } from './synthetic';

const root = join(import.meta.dirname, '..');
const cli = process.env.SAISAAT_BENCH_CLI ?? join(root, 'bin/saisaat.cjs');

/** One run of the CLI in its own process: exit code (or signal), its peak RSS in KB, wall ms. */
function measure(dir: string, file: string): { exit: string; rssKb: number; ms: number } {
  // The child reports its own peak: process.resourceUsage().maxRSS is in KB.
  const probe = join(dir, 'probe.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => require('fs').writeSync(2, '\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));`,
  );
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', probe, cli, 'check', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const rss = /maxRSS=(\d+)/.exec(r.stderr);
  const exit = r.signal ? `signal ${r.signal}` : `exit ${r.status}`;
  return { exit, rssKb: rss ? Number(rss[1]) : NaN, ms };
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

export default async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'saisaat-climem-'));
  try {
    for (const rows of [10_000, 100_000]) {
      const file = join(dir, `plan-${rows}.xlsx`);
      // 5 header rows and 4 subtotal rows around the projects: `rows` rows in all (100,000 is the limit).
      await writeXlsx(file, [['แผน', syntheticFiveYearGrid(rows - 9)]]);
      const m = measure(dir, file);
      console.log(
        `check --json, ${rows.toLocaleString('en-US')}-row plan (${(statSync(file).size / 1048576).toFixed(1)} MB .xlsx): ` +
          `${mb(m.rssKb)} peak RSS, ${(m.rssKb / rows).toFixed(2)} KB per row, ${(m.ms / 1000).toFixed(2)} s, ${m.exit}` +
          (rows === 100_000 ? ' (goal < 2 KB per row)' : ''),
      );
    }
    // A 1,000-row plan whose used range a stray format made the whole sheet (the far corners styled,
    // empty): read as the plan it is; then the same with a value at the far corner: refused (exit 2).
    for (const kind of ['styled', 'value'] as const) {
      const file = join(dir, `sparse-${kind}.xlsx`);
      await writeXlsx(file, [['แผน', syntheticFiveYearGrid(1_000)]]);
      await editXlsx(file, {
        'xl/styles.xml': addFillStyle,
        'xl/worksheets/sheet1.xml': strayCells(['A1048576', FAR_CORNER], kind),
      });
      const m = measure(dir, file);
      console.log(
        `check --json, 1,000-row plan declared A1:XFD1048576, far corners ${kind === 'styled' ? 'styled and empty' : 'holding a value'}: ` +
          `${mb(m.rssKb)} peak RSS, ${(m.ms / 1000).toFixed(2)} s, ${m.exit} (goal < 2 s, < 200 MB)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

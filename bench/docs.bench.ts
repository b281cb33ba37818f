/**
 * Detail documents: `saisaat docs` on a synthetic 100-project plan whose details are seed 000's
 * 15 detail sheets in turn (real lengths of Thai text) — 100 project .docx files and the whole
 * plan .docx, written to a temporary folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocs } from '../src/cli/docs';
import { DETAILS_COLUMNS, detailsFromDocumentText, detailsRowValues } from '../src/core/details';
import { DEFAULT_SETTINGS } from '../src/core/schema';
import { ROOT } from '../test/helpers';
import { syntheticFiveYearGrid } from './synthetic';
import { fmtMs, medianMs } from './util';

export default async function run(): Promise<void> {
  const N = 100;
  const seed = detailsFromDocumentText(readFileSync(join(ROOT, 'test/fixtures/seed000-details.txt'), 'utf8'));
  const plan = syntheticFiveYearGrid(N);
  const details = [DETAILS_COLUMNS.map((c) => c.header), ...Array.from({ length: N }, (_, k) => detailsRowValues({ ...seed[k % seed.length], no: k + 1, name: `โครงการตัวอย่างลำดับที่ ${k + 1} ของเทศบาลตำบลตัวอย่าง` }))];
  const sheets = [
    { name: 'แผน', grid: plan },
    { name: 'รายละเอียดโครงการ', grid: details },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'saisaat-bench-docs-'));
  let written = 0;
  const ms = await medianMs(async () => {
    rmSync(dir, { recursive: true, force: true });
    const result = await writeDocs(sheets, { outDir: dir, settings: DEFAULT_SETTINGS, date: { year: 2022, month: 9, day: 30 } });
    written = result.written.length;
  }, 5, 1);
  const files = readdirSync(dir);
  const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  console.log(`saisaat docs, ${N} projects: ${fmtMs(ms)} for ${written} .docx files (${fmtMs(ms / written)} per file; ${(bytes / 1024).toFixed(0)} KB in all)`);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Core and CLI figures (foundation issue): detect + parse + validate + totals on a synthetic
 * 10,000-project plan; Code.js size; `saisaat check` on a 10,000-row .xlsx against a bare exceljs
 * read of the same file, measured in one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { checkGrid } from '../src/core/check/check';
import { fmtMs, medianMs } from './util';
import { noisyAnnualGrid, syntheticAnnualGrid, syntheticFiveYearGrid } from './synthetic';

const root = join(import.meta.dirname, '..');

export default async function run(): Promise<void> {
  const grid = syntheticFiveYearGrid(10_000);
  // The CLI checks once per process, before the JIT has warmed up: report that run too.
  const coldStart = performance.now();
  checkGrid(grid, 'bench');
  const coldMs = performance.now() - coldStart;
  const ms = await medianMs(() => checkGrid(grid, 'bench'));
  const { report } = checkGrid(grid, 'bench');
  console.log(
    `check (detect + parse + validate + totals), 10,000 projects: ${fmtMs(ms)} (goal < 200 ms; ${report.counts.projects} projects, ${report.issues.length} findings)`,
  );
  console.log(`per 1,000 rows: ${fmtMs(ms / 10)}; the first check in the process (JIT cold): ${fmtMs(coldMs)}`);
  for (const [label, other] of [
    ['annual e-plan layout (☑/☐ ticks, amounts as text)', syntheticAnnualGrid(10_000)],
    ['noisy annual plan (the e-plan fixture repeated)', noisyAnnualGrid(10_000)],
  ] as const) {
    const otherMs = await medianMs(() => checkGrid(other, 'bench'));
    const r = checkGrid(other, 'bench').report;
    console.log(
      `check, ${label}, 10,000 projects: ${fmtMs(otherMs)} (${r.counts.projects} projects, ${r.issues.length} findings)`,
    );
  }

  const codeKb = statSync(join(root, 'dist/Code.js')).size / 1024;
  console.log(`dist/Code.js: ${codeKb.toFixed(1)} KB (goal < 300 KB)`);

  const dir = mkdtempSync(join(tmpdir(), 'saisaat-bench-'));
  const file = join(dir, 'plan-10000.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  for (const row of grid) ws.addRow(row);
  await wb.xlsx.writeFile(file);
  const bare = `const E=require('exceljs');const w=new E.Workbook();w.xlsx.readFile(${JSON.stringify(file)}).then(()=>{let n=0;w.worksheets[0].eachRow(()=>n++);})`;
  const cli = join(root, 'bin/saisaat.cjs');
  const runNode = (args: string[]) => () => {
    try {
      execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e; // exit 1 = the plan has errors, still a full run
    }
  };
  const bareMs = await medianMs(runNode(['-e', bare]), 5, 1);
  const cliMs = await medianMs(runNode([cli, 'check', file, '--json']), 5, 1);
  console.log(`bare exceljs read of a 10,000-row .xlsx (whole process): ${fmtMs(bareMs)}`);
  console.log(`saisaat check --json on the same file (whole process): ${fmtMs(cliMs)}`);
  console.log(`ratio check / bare read: ${(cliMs / bareMs).toFixed(2)} (goal ≤ 1.5)`);
}

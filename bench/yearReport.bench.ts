/**
 * The year's report offline: an annual plan with follow-up columns of 2,000 projects (the hand-made
 * fixture's twelve projects, their statuses, amounts and results repeated, numbered on) → the
 * round's figures (`roundReport`: read, check, figures) and the round-12 report .docx with its
 * chart (`writeReportDocx`), written to a temporary folder.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../src/cli/workbook';
import { reportDocumentInput, roundReport } from '../src/cli/reportCommand';
import { writeReportDocx } from '../src/cli/reportDocx';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { ROOT } from '../test/helpers';
import { repeatedFollowUpGrid } from './synthetic';
import { fmtMs, medianMs } from './util';

const N = 2000;

export default async function run(): Promise<void> {
  const [fixture] = await readWorkbook(join(ROOT, 'test/fixtures/annual-2568-followup.csv'));
  const sheets = [{ name: 'แผนประจำปี', grid: repeatedFollowUpGrid(fixture.grid, N), formulas: new Map() }];
  const options = { settings: DEFAULT_SETTINGS, round: 12 as const };

  let data = roundReport(sheets, options);
  const figuresMs = await medianMs(() => (data = roundReport(sheets, options)), 5, 1);
  console.log(
    `saisaat report --json, ${N} projects: ${fmtMs(figuresMs)} (read, check with ${data.check.counts.errors + data.check.counts.warnings} findings, figures)`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'saisaat-bench-report-'));
  const input = reportDocumentInput(
    data,
    DEFAULT_SETTINGS,
    { year: 2025, month: 10, day: 15 },
    {
      problems: 'งบประมาณโอนล่าช้า',
      suggestions: 'ควรจัดสรรงบประมาณต้นปี',
      signer: 'นายสมชาย ใจดี',
      position: 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง',
    },
  );
  const memory = process.memoryUsage().rss;
  const docxMs = await medianMs(
    async () => {
      rmSync(dir, { recursive: true, force: true });
      await writeReportDocx(input, dir);
    },
    3,
    1,
  );
  const file = readdirSync(dir).find((f) => f.endsWith('.docx'))!;
  console.log(
    `saisaat report --out, ${N} projects: ${fmtMs(docxMs)} for one .docx of ${(statSync(join(dir, file)).size / 1024).toFixed(0)} KB with its chart (RSS +${((process.memoryUsage().rss - memory) / 2 ** 20).toFixed(0)} MB)`,
  );
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Detail documents: `saisaat docs` on a synthetic 100-project plan whose details are seed 000's
 * 15 detail sheets in turn (real lengths of Thai text) — 100 project .docx files and the whole
 * plan .docx, written to a temporary folder; and the Apps Script service calls per Google Doc.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocs } from '../src/cli/docsCommand';
import { DETAILS_COLUMNS, detailsRowValues } from '../src/core/read/details/sheetColumns';
import { detailsFromDocumentText } from '../src/core/read/details/documentText';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { ROOT } from '../test/helpers';
import { syntheticFiveYearGrid } from './synthetic';
import { perDocument } from './serviceCost';
import { fmtMs, medianMs } from './util';

export default async function run(): Promise<void> {
  const N = 100;
  const seed = detailsFromDocumentText(readFileSync(join(ROOT, 'test/fixtures/seed000-details.txt'), 'utf8'));
  const plan = syntheticFiveYearGrid(N);
  const details = [
    DETAILS_COLUMNS.map((c) => c.header),
    ...Array.from({ length: N }, (_, k) =>
      detailsRowValues({
        ...seed[k % seed.length],
        no: k + 1,
        name: `โครงการตัวอย่างลำดับที่ ${k + 1} ของเทศบาลตำบลตัวอย่าง`,
      }),
    ),
  ];
  const sheets = [
    { name: 'แผน', grid: plan, formulas: new Map() },
    { name: 'รายละเอียดโครงการ', grid: details, formulas: new Map() },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'saisaat-bench-docs-'));
  let written = 0;
  const ms = await medianMs(
    async () => {
      rmSync(dir, { recursive: true, force: true });
      const result = await writeDocs(sheets, {
        outDir: dir,
        settings: DEFAULT_SETTINGS,
        date: { year: 2022, month: 9, day: 30 },
      });
      written = result.written.length;
    },
    5,
    1,
  );
  const files = readdirSync(dir).filter((f) => f.endsWith('.docx'));
  const bytes = files.reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  console.log(
    `saisaat docs, ${N} projects: ${fmtMs(ms)} for ${written} .docx files (${fmtMs(ms / written)} per file; ${(bytes / 1024).toFixed(0)} KB in all)`,
  );
  // Into the same folder again: each earlier file hashed against the manifest before it is replaced.
  const again = await medianMs(
    () => writeDocs(sheets, { outDir: dir, settings: DEFAULT_SETTINGS, date: { year: 2022, month: 9, day: 30 } }),
    5,
    1,
  );
  console.log(`saisaat docs again into the same folder: ${fmtMs(again)}`);
  rmSync(dir, { recursive: true, force: true });
  await googleCalls();
}

/** Apps Script service calls of the Google side, counted by the fakes through the built Code.js, and what they cost. */
async function googleCalls(): Promise<void> {
  const { readWorkbook } = await import('../src/cli/workbook');
  const { loadAddon } = await import('../test/addon/harness');
  const { MAX_DOCS_PER_BATCH } = await import('../src/shared/wire');
  const example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
  const office = () => {
    const addon = loadAddon();
    addon.addSheet('รายละเอียดโครงการ', example.find((s) => s.name === 'รายละเอียดโครงการ')!.grid);
    addon.addSheet('แผนปฏิบัติการ', example.find((s) => s.name === 'แผนปฏิบัติการ')!.grid);
    addon.call('startDocsRun');
    return addon;
  };
  const batchCalls = (maxDocs: number, prepare?: (a: ReturnType<typeof office>) => void) => {
    const addon = office();
    prepare?.(addon);
    addon.log.reset();
    addon.call('generateDocsBatch', { skip: [], maxDocs });
    return new Map(addon.log.counts);
  };
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  // Updating in place: every document of a finished run, after the template changed.
  const afterTemplateEdit = (addon: ReturnType<typeof office>) => {
    for (let i = 0; i < 20; i++)
      if (addon.call<{ finished: boolean }>('generateDocsBatch', { skip: [] }).finished) break;
    const template = [...addon.docs.files.values()].find((f) => f.name.startsWith('แม่แบบ'))!;
    template.modifiedTime = addon.docs.tick();
    addon.call('startDocsRun');
  };
  for (const [what, prepare] of [
    ['created', undefined],
    ['updated in place', afterTemplateEdit],
  ] as const) {
    const one = batchCalls(1, prepare);
    const five = batchCalls(5, prepare);
    const cost = perDocument(one, five);
    const base = perDocument(new Map(), one, 1).seconds - cost.seconds;
    console.log(
      `Google Doc per project, ${what}: ${(total(five) - total(one)) / 4} service calls (+ ${total(one) - (total(five) - total(one)) / 4} per batch: plan and details read, folder, template, properties)`,
    );
    for (const kind of ['remote', 'properties', 'spreadsheet', 'in-document', 'script', 'other'] as const) {
      const n = cost.kinds.get(kind) ?? 0;
      const calls = kind === 'remote' ? ` (${[...cost.remote].map(([c, k]) => `${c} ${k}`).join(', ')})` : '';
      if (n) console.log(`  ${kind.padEnd(12)} ${n.toFixed(2).padStart(7)} per document${calls}`);
    }
    const perRun = (360 - base * Math.ceil(360 / 30)) / cost.seconds;
    console.log(
      `  estimated ${cost.seconds.toFixed(2)} s per document (+ ${base.toFixed(1)} s per batch of up to ${MAX_DOCS_PER_BATCH}); about ${Math.floor(perRun)} documents in 6 minutes of batches (bench/serviceCost.ts says where the latencies come from)`,
    );
  }
  const plan = office();
  plan.log.reset();
  plan.call('generatePlanDocument', { pdf: true });
  const planCost = perDocument(new Map(), new Map(plan.log.counts), 1);
  console.log(
    `whole plan Google Doc (15 projects, 13 detail sections) and its PDF: ${plan.log.total()} service calls, ${planCost.kinds.get('remote')} remote (${[...planCost.remote].map(([c, k]) => `${c} ${k}`).join(', ')}), estimated ${planCost.seconds.toFixed(1)} s`,
  );
}

/**
 * Sheets add-on figures: Apps Script service calls per operation for plans of 100 and 5,000
 * projects (each real call costs tens of milliseconds, so this is what decides speed in Sheets),
 * and the time the built Code.js takes per operation over the in-memory fakes; then a plan sheet
 * of 100,000 rows, the most SaiSaat reads.
 */
import { loadAddon } from '../test/addon/harness';
import { loadCodeJs } from '../test/vm';
import { MAX_PLAN_ROWS } from '../src/core/read/limits';
import { syntheticAnnualGrid, syntheticFiveYearGrid } from './synthetic';
import { fmtMs } from './util';

const OPERATIONS: Record<string, (a: ReturnType<typeof loadAddon>) => unknown> = {
  'create plan sheet': (a) =>
    a.call('createPlanSheet', {
      organisationName: 'เทศบาลเมืองตัวอย่าง',
      organisationType: 'เทศบาลเมือง',
      planKind: 'five-year',
      fromYear: 2566,
      toYear: 2570,
      quarterYear: 2568,
    }),
  'adoption preview': (a) => a.call('getAdoptionPreview'),
  'adopt sheet': (a) => a.call('adoptSheet', { convertTicks: true, convertNumbers: true }),
  'check plan': (a) => a.call('checkPlan'),
  'update totals': (a) => a.call('updateTotals'),
  'onEdit (one cell)': (a) => {
    const sheet = a.spreadsheet._active;
    (loadCodeJs(a.globals) as unknown as { onEdit: (e: unknown) => void }).onEdit({
      range: sheet.getRange(sheet.getLastRow() - 1, 4),
      source: a.spreadsheet,
    });
  },
};

/**
 * A plan sheet at the limit SaiSaat reads (core/read/limits.ts: 100,000 rows), in the five-year
 * layout (12 columns). The fakes answer a call at once, so these times are the add-on's own work;
 * in Sheets add one getValues and one getFormulas of 1.2 million cells each (not modelled here).
 * onEdit re-checks at most 10,000 rows (a simple trigger has 30 seconds).
 */
const LARGE: Record<string, (a: ReturnType<typeof loadAddon>) => unknown> = {
  'check plan': (a) => a.call('checkPlan'),
  'update totals': (a) => a.call('updateTotals'),
  'onEdit at row 10,000': (a) => {
    const sheet = a.spreadsheet._active;
    (loadCodeJs(a.globals) as unknown as { onEdit: (e: unknown) => void }).onEdit({
      range: sheet.getRange(10_000, 4),
      source: a.spreadsheet,
    });
  },
};

function large(): string[] {
  const grid = syntheticFiveYearGrid(MAX_PLAN_ROWS - 9); // + title, header and total rows = 100,000
  const out = [`plan sheet of ${grid.length.toLocaleString('en-US')} rows × 12 columns (the limit):`];
  for (const [name, op] of Object.entries(LARGE)) {
    const a = loadAddon();
    a.addSheet('แผน', grid);
    a.log.reset();
    const t = performance.now();
    op(a);
    const ms = performance.now() - t;
    const reads = (a.log.counts.get('Range.getValues') ?? 0) + (a.log.counts.get('Range.getFormulas') ?? 0);
    out.push(
      `  ${name.padEnd(22)} ${String(a.log.total()).padStart(3)} calls (${reads} getValues/getFormulas)  ${fmtMs(ms)}`,
    );
  }
  return out;
}

export default async function run(): Promise<void> {
  const header = ['operation', 'calls @100', 'calls @5,000', 'ms @100', 'ms @5,000'];
  const rows: string[][] = [];
  for (const [name, op] of Object.entries(OPERATIONS)) {
    const cells = [name];
    const times: string[] = [];
    for (const n of [100, 5000]) {
      const a = loadAddon();
      a.addSheet('แผน', syntheticAnnualGrid(n));
      a.log.reset();
      const t = performance.now();
      op(a);
      times.push(fmtMs(performance.now() - t));
      cells.push(String(a.log.total()));
    }
    rows.push([...cells, ...times]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  for (const l of large()) console.log(l);
}

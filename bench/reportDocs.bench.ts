/**
 * The round report as a Google Doc (makeReportDoc) through the built Code.js over the fakes, for
 * annual plans with follow-up of 100 and 2,000 projects (the 12 projects of
 * test/fixtures/annual-2568-followup.csv repeated): Apps Script service calls and time, first run
 * and unchanged re-run. The calls that grow with the plan are those writing the per-project
 * table's rows; everything else is constant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadAddon } from '../test/addon/harness';
import { ROOT } from '../test/helpers';
import type { ReportDocRequest } from '../src/shared/reportWire';
import { repeatedFollowUpGrid } from './synthetic';
import { fmtMs, medianMs } from './util';

const FIXTURE = parse(readFileSync(join(ROOT, 'test/fixtures/annual-2568-followup.csv')), {
  relax_column_count: true,
}) as string[][];
const REQUEST: ReportDocRequest = {
  round: 12,
  problems: 'ไม่มี',
  suggestions: 'ไม่มี',
  signer: { name: 'นายสมชาย ใจดี', position: 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง' },
  asOf: '2025-10-01',
};

function office(n: number) {
  const a = loadAddon();
  a.addSheet('แผนประจำปี', repeatedFollowUpGrid(FIXTURE, n));
  return a;
}

export default async function run(): Promise<void> {
  const counts = new Map<number, Record<string, number>>();
  for (const n of [100, 2000]) {
    const a = office(n);
    a.log.reset();
    const r = a.call('makeReportDoc', REQUEST);
    if (r.doc?.outcome !== 'created')
      throw new Error(`report of ${n} projects not made: ${JSON.stringify(r.problems)}`);
    counts.set(n, a.log.snapshot());
    const first = a.log.total();
    a.log.reset();
    a.call('makeReportDoc', REQUEST);
    const unchanged = a.log.total();
    const ms = await medianMs(() => office(n).call('makeReportDoc', REQUEST), 3, 1);
    console.log(
      `report doc, ${String(n).padStart(5)} projects: ${String(first).padStart(6)} calls first run, ${unchanged} calls unchanged re-run, ${fmtMs(ms)} (fake services, plan read included)`,
    );
  }
  const small = counts.get(100)!;
  const big = counts.get(2000)!;
  const grows = Object.keys(big)
    .filter((k) => big[k] !== small[k])
    .map((k) => `${k} ${small[k] ?? 0}→${big[k]}`);
  const constant = Object.keys(big).filter((k) => big[k] === small[k]);
  console.log(`  calls that grow with the projects (per-project table rows): ${grows.join(', ')}`);
  console.log(`  constant: ${constant.reduce((s, k) => s + big[k], 0)} calls over ${constant.length} kinds`);
}

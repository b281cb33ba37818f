/**
 * Custom functions over a 10,000-cell range, called through the built Code.js as Sheets would call
 * them (goal: under 50 ms each). Code.js runs in this process's own global scope here, as in Apps
 * Script: a node:vm context (used by the tests) slows every global lookup several-fold and would
 * measure the sandbox, not the code. Sheets' own per-call overhead is not included.
 */
import vm from 'node:vm';
import { createGasEnvironment } from '../test/fakes/index';
import { codeJsSource } from '../test/vm';
import { fmtMs, medianMs } from './util';

const N = 10_000;
const column = <T>(f: (i: number) => T): T[][] => Array.from({ length: N }, (_, i) => [f(i)]);
const day = (i: number) => new Date(Date.UTC(2022, 9, 1 + (i % 1500)) - 7 * 3600_000);

export default async function run(): Promise<void> {
  Object.assign(globalThis, createGasEnvironment().globals);
  vm.runInThisContext(codeJsSource(), { filename: 'Code.js' });
  const f = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
  const amounts = column((i) => (i % 3 === 0 ? `${(i * 137).toLocaleString('en-US')}.50` : i * 1001));
  const dims = column((i) => (i % 5 === 0 ? `*${(i % 4) + 1}` : String((i % 4) + 1)));
  const dates = column(day);
  const thaiText = column((i) => `งบประมาณ ๔๕,${String(i).padStart(3, '๐')} บาท`);
  const ticks = Array.from({ length: N / 4 }, (_, i) => [i % 2 === 0, '☑', '☐', i % 3 === 0 ? '✓' : '']);
  const cases: [string, () => unknown][] = [
    ['THAIBAHTTEXT', () => f.THAIBAHTTEXT(amounts)],
    ['THAIDIGITS', () => f.THAIDIGITS(amounts)],
    ['ARABICDIGITS', () => f.ARABICDIGITS(thaiText)],
    ['THAIDATE', () => f.THAIDATE(dates, 'full')],
    ['FISCALYEAR', () => f.FISCALYEAR(dates)],
    ['FISCALQUARTER', () => f.FISCALQUARTER(dates)],
    ['PLANTOTAL', () => f.PLANTOTAL(amounts, dims, 2)],
    ['QUARTERCOUNT', () => f.QUARTERCOUNT(ticks)],
    ['PLANSUMMARY', () => f.PLANSUMMARY(dims, amounts)],
  ];
  for (const [name, call] of cases) {
    const ms = await medianMs(call, 9, 3);
    console.log(`${name.padEnd(14)} 10,000 cells: ${fmtMs(ms)}${ms < 50 ? '' : '  (over the 50 ms goal)'}`);
  }
}

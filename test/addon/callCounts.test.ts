/**
 * Service calls per operation must not grow with the number of rows: each operation is run on
 * plans of 10 and 5,000 projects and makes exactly the same calls.
 */
import { syntheticAnnualGrid, syntheticFiveYearGrid } from '../../bench/synthetic';
import { loadCodeJs } from '../vm';
import { loadAddon } from './harness';

type Op = (a: ReturnType<typeof loadAddon>) => void;

const OPERATIONS: Record<string, Op> = {
  getAdoptionPreview: (a) => a.call('getAdoptionPreview'),
  adoptSheet: (a) => a.call('adoptSheet', { convertTicks: true, convertNumbers: true }),
  checkPlan: (a) => a.call('checkPlan'),
  updateTotals: (a) => a.call('updateTotals'),
  onEdit: (a) => {
    const sheet = a.spreadsheet._active;
    const range = sheet.getRange(sheet.getLastRow() - 1, 4);
    (loadCodeJs(a.globals) as unknown as { onEdit: (e: unknown) => void }).onEdit({ range, source: a.spreadsheet });
  },
};

function callsFor(grid: unknown[][], op: Op): Record<string, number> {
  const a = loadAddon();
  a.addSheet('แผน', grid);
  a.log.reset();
  op(a);
  return a.log.snapshot();
}

describe.each([
  ['annual (e-plan style)', syntheticAnnualGrid],
  ['5-year (dimension per row)', syntheticFiveYearGrid],
])('%s plan', (_name, make) => {
  const small = make(10);
  const large = make(5000);
  test.each(Object.keys(OPERATIONS))('%s makes the same calls for 10 and 5,000 projects', (op) => {
    const a = callsFor(small, OPERATIONS[op]);
    const b = callsFor(large, OPERATIONS[op]);
    expect(b).toEqual(a);
    expect(Object.values(a).reduce((s, n) => s + n, 0)).toBeLessThan(200);
  });
});

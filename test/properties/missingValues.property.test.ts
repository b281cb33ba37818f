/**
 * Damaged grids never make the reader or the checks throw, and never put `undefined`, `null`, `NaN`,
 * `Infinity` or `[object Object]` in a message: a missing value is named in words. The grids are
 * generated plans (test/generators/plan.ts) with rows cut short, holes (sparse rows, undefined
 * cells), cells lost with the rest of the row shifted left, extra columns, and cells of every value a reader could hand over (null, NaN, Infinity,
 * booleans, Dates valid or not, objects). Seeded: SAISAAT_SEED and SAISAAT_RUNS override.
 */
import fc from 'fast-check';
import { checkGrid } from '../../src/core/check/check';
import type { Cell } from '../../src/core/read/cells';
import { formatSummary } from '../../src/cli/checkSummary';
import {
  arabicDigitsOf,
  bahtStyle,
  CellFunctionError,
  dateDigits,
  dateStyle,
  fiscalQuarterOf,
  fiscalYearOf,
  planSummary,
  planTotal,
  quarterCount,
  thaiBahtTextOf,
  thaiDateOf,
  thaiDigitsOf,
} from '../../src/core/functions/cellFunctions';
import { planFormArb, planTruthArb, writePlan } from '../generators/plan';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const RUNS = Number(process.env.SAISAAT_RUNS ?? 500);

/** Words and marks of JavaScript's own that a user must never read. */
export const LEAKED = /undefined|null|NaN|Infinity|\[object Object\]/;

/** Every odd thing a cell may hold, typed or not. */
const oddCell: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined,
  null,
  NaN,
  Infinity,
  -Infinity,
  -0,
  true,
  false,
  new Date(Number.NaN),
  new Date(Date.UTC(2024, 1, 29)),
  {},
  { richText: [] },
  [],
  '',
  ' ',
  '-',
  'ก',
  '๑',
  '1e308',
  '1,000',
);

type Damage =
  | { kind: 'truncate'; row: number; length: number }
  | { kind: 'hole'; row: number; col: number }
  | { kind: 'shift'; row: number; col: number }
  | { kind: 'set'; row: number; col: number; value: unknown }
  | { kind: 'extend'; row: number; values: unknown[] }
  | { kind: 'dropRow'; row: number };

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), row: fc.nat(), length: fc.nat({ max: 12 }) }),
  fc.record({ kind: fc.constant('hole' as const), row: fc.nat(), col: fc.nat({ max: 14 }) }),
  // A lost delimiter: the rest of the row moves one cell to the left.
  fc.record({ kind: fc.constant('shift' as const), row: fc.nat(), col: fc.nat({ max: 14 }) }),
  fc.record({ kind: fc.constant('set' as const), row: fc.nat(), col: fc.nat({ max: 16 }), value: oddCell }),
  fc.record({
    kind: fc.constant('extend' as const),
    row: fc.nat(),
    values: fc.array(oddCell, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('dropRow' as const), row: fc.nat() }),
);

/** The grid with each damage applied; rows dropped become holes of the grid itself. */
function damaged(grid: Cell[][], damages: Damage[]): Cell[][] {
  const out = grid.map((r) => r.slice());
  for (const d of damages) {
    const r = d.row % out.length;
    const row = out[r] as unknown[] | undefined;
    if (d.kind === 'dropRow') delete out[r];
    else if (!row) continue;
    else if (d.kind === 'truncate') row.length = Math.min(row.length, d.length);
    else if (d.kind === 'hole') delete row[d.col];
    else if (d.kind === 'shift') row.splice(d.col, 1);
    else if (d.kind === 'set') row[d.col] = d.value;
    else row.push(...d.values);
  }
  return out;
}

const damagedPlanArb = planTruthArb()
  .chain((truth) => planFormArb(truth).map((form) => writePlan(truth, form)))
  .chain((w) => fc.tuple(fc.constant(w), fc.array(damageArb, { minLength: 1, maxLength: 12 })));

test(`damaged grids: nothing throws, no message leaks a JavaScript word (${RUNS} plans, seed ${SEED})`, () => {
  fc.assert(
    fc.property(damagedPlanArb, fc.constantFrom('th', 'en') as fc.Arbitrary<'th' | 'en'>, ([w, damages], lang) => {
      const grid = damaged(w.grid, damages);
      const { report } = checkGrid(grid, 'แผน', {
        formulaAt: (row, col) => w.formulas.get(`${row},${col}`) ?? '',
      });
      for (const f of report.issues) {
        expect(`${f.cell} ${f.code} ${f.message}`).not.toMatch(LEAKED);
        expect(`${f.cell} ${f.code} ${f.message}`).not.toMatch(/unknown/); // a missing year in Thai words
        expect(`${f.cell} ${f.code} ${f.messageEn}`).not.toMatch(LEAKED);
      }
      expect(formatSummary(report, 'แผน.csv', lang)).not.toMatch(LEAKED);
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

const functions: Record<string, (a: unknown, b: unknown, c: unknown) => unknown> = {
  THAIBAHTTEXT: (a, b) => thaiBahtTextOf(a as Cell, bahtStyle(b)),
  THAIDIGITS: (a) => thaiDigitsOf(a as Cell, readDay),
  ARABICDIGITS: (a) => arabicDigitsOf(a as Cell),
  THAIDATE: (a, b, c) => thaiDateOf(a as Cell, dateStyle(b), dateDigits(c), readDay),
  FISCALYEAR: (a) => fiscalYearOf(a as Cell, readDay),
  FISCALQUARTER: (a) => fiscalQuarterOf(a as Cell, readDay),
  PLANTOTAL: (a, b, c) => planTotal(a, b, c),
  QUARTERCOUNT: (a) => quarterCount(a),
  PLANSUMMARY: (a, b) => planSummary(a, b),
};
const readDay = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
/** An argument as Sheets passes one: a value, or a range (rows of values, maybe ragged or empty). */
const argument = fc.oneof(oddCell, fc.array(fc.array(oddCell, { maxLength: 3 }), { maxLength: 3 }));

test(`spreadsheet functions on odd arguments: a Thai message without JavaScript words, or a value (${RUNS * 4} calls, seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.constantFrom(...Object.keys(functions)), argument, argument, argument, (name, a, b, c) => {
      try {
        functions[name](a, b, c);
      } catch (e) {
        expect(e).toBeInstanceOf(CellFunctionError);
        expect((e as Error).message).not.toMatch(LEAKED);
      }
    }),
    { seed: SEED, numRuns: RUNS * 4 },
  );
});

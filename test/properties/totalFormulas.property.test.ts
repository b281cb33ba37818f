/**
 * สรุปยอด on plans whose total rows stand in odd places or have damaged labels (issue #12): generated
 * plans (test/generators/plan.ts, every form) with up to two of: a total row moved (above the
 * projects, between them, below the notes), copied elsewhere, or its label cells replaced by 1e308,
 * a number, a boolean, garbage, blank, another total's words. Planned formulas are written into the
 * grid as the add-on does (rows inserted first), then evaluated as Sheets would: each equals the sum
 * (or ticked count) of the projects the check reads, reads no total row (its own or another's) and
 * is part of no circular reference; labels go only into inserted rows and formulas only into rows
 * read as totals; or the plan is refused with a message naming the row and cell. An unbroken plan
 * is never refused and its totals equal the truth. Seeded: SAISAAT_SEED and SAISAAT_RUNS override.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/read/cells';
import { readPlan } from '../../src/core/read/planReader';
import { planTotals } from '../../src/core/totals/totalFormulas';
import { evaluate } from '../fakes/formulas';
import { planFormArb, planTruthArb, truthTotal, writePlan, type WrittenPlan } from '../generators/plan';
import { sheetWithTotals, workbook } from './sheetWithTotals';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const RUNS = Math.max(1, Math.round(Number(process.env.SAISAAT_RUNS ?? 500) * 0.8));
const SHEET = 'แผน';
const TICK = /^(TRUE|☑|✓|✔)$|checked/;

const damagedLabel = fc.constantFrom<Cell>(
  1e308,
  -1e308,
  0,
  42,
  true,
  '',
  'x',
  '\u0000',
  'รวม',
  'รวมทั้งสิ้น',
  'มิติที่ ๒ รวม',
  'รวมมิติที่ 9',
  '1e308',
);

type Mutation = { kind: 'move' | 'copy'; total: number; to: number } | { kind: 'damage'; total: number; value: Cell };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('move' as const, 'copy' as const), total: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('damage' as const), total: fc.nat(), value: damagedLabel }),
);

/** The plan with its mutations applied, rows followed by identity so one move does not spoil the next. */
function mutate(written: WrittenPlan, mutations: Mutation[]): Cell[][] {
  const grid = written.grid.map((r) => [...r]);
  const totals = written.totals.map((t) => ({ cells: grid[t.row], figures: new Set(Object.values(t.cols)) }));
  const firstBody = written.projectRows[0];
  for (const m of mutations) {
    if (totals.length === 0) break;
    const t = totals[m.total % totals.length];
    if (m.kind === 'damage') {
      t.cells.forEach((v, c) => {
        if (!t.figures.has(c) && v !== '') t.cells[c] = m.value;
      });
      continue;
    }
    const row = m.kind === 'copy' ? [...t.cells] : t.cells;
    if (m.kind === 'move') grid.splice(grid.indexOf(t.cells), 1);
    grid.splice(firstBody + (m.to % (grid.length - firstBody + 1)), 0, row);
  }
  return grid;
}

describe('total formulas on total rows in odd places and damaged labels', () => {
  test(`${RUNS} generated plans: formulas equal the projects' sums with no total row read, or a refusal naming the cell`, () => {
    fc.assert(
      fc.property(
        planTruthArb().chain((truth) =>
          fc.record({
            truth: fc.constant(truth),
            form: planFormArb(truth),
            mutations: fc.array(mutationArb, { maxLength: 2 }),
          }),
        ),
        ({ truth, form, mutations }) => {
          const written = writePlan(truth, form);
          const grid = mutate(written, mutations);
          const reading = readPlan(grid);
          const plan = planTotals(reading, grid);
          if (mutations.length === 0) expect(plan && 'rows' in plan).toBeTruthy();
          if (!plan) return;
          if ('refused' in plan) {
            // Refused only for a grand total standing above a project, named with its row and cell.
            const grand = reading.totals.filter((t) => t.kind === 'grand').map((t) => t.row + 1);
            expect(grand.some((g) => reading.projects.some((p) => p.row > g))).toBe(true);
            expect(plan.refused.th).toMatch(/^แถวที่ \d+ \([A-Z]+\d+\) อ่านได้เป็นยอดรวมทั้งสิ้น/);
            expect(plan.refused.en).toMatch(/^Row \d+ \([A-Z]+\d+\) reads as the grand total/);
            return;
          }
          const { insert, source } = plan;
          const moved = (row: number) => (insert && row > insert.after ? row + insert.count : row);
          const inserted = (row: number) => !!insert && row > insert.after && row <= insert.after + insert.count;
          const totalRows = new Set([...reading.totals.map((t) => moved(t.row + 1)), ...plan.rows.map((r) => r.row)]);
          const sheet = sheetWithTotals(grid, plan);
          const value = workbook({ [SHEET]: sheet });

          // What the formulas should give: the numbers and ticks in the read projects' cells, where they now stand.
          const cell = (row: number, col: number) => sheet[moved(row) - 1][col - 1];
          const sumOf = (d: number | null, col: number) =>
            reading.projects
              .filter((p) => d === null || p.dimension === d)
              .reduce((s, p) => s + (typeof cell(p.row, col) === 'number' ? (cell(p.row, col) as number) : 0), 0);
          const ticked = (col: number) =>
            reading.projects.filter((p) => TICK.test(String(cell(p.row, col)).toUpperCase())).length;

          for (const row of plan.rows) {
            // Labels only in inserted rows; formulas only in inserted rows or rows read as totals.
            if (row.label) expect(inserted(row.row)).toBe(true);
            else expect(reading.totals.some((t) => moved(t.row + 1) === row.row)).toBe(true);
            for (const c of row.cells) {
              const reads: number[] = [];
              const got = evaluate(c.formula, {
                value: (s, r, col) => {
                  reads.push(r);
                  return value(s || SHEET, r, col);
                },
              });
              expect(reads.filter((r) => totalRows.has(r))).toEqual([]);
              // Every cell the formula reads is computed: no circular reference through it.
              for (const r of reads) value(SHEET, r, c.col);
              const budget = source.budgetCols.some((b) => b.col === c.col);
              const expected = budget ? sumOf(row.kind === 'grand' ? null : row.dimension, c.col) : ticked(c.col);
              expect(Math.round(Number(got) * 100)).toBe(Math.round(expected * 100));
            }
          }
          // An unbroken plan with amounts as numbers: the grand total is the truth.
          if (mutations.length === 0 && form.amounts === 'number') {
            const grand = plan.rows.find((r) => r.kind === 'grand')!;
            truth.years.forEach((_, y) =>
              expect(Math.round(Number(value(SHEET, grand.row, source.budgetCols[y].col)) * 100)).toBe(
                truthTotal(truth, y),
              ),
            );
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

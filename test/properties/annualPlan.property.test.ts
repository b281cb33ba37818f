/**
 * The annual plan from the 5-year plan (core/year/annualPlan.ts) on random 5-year plans written in
 * the standard layout: the annual plan of a random year Y has exactly the projects with an amount
 * or ไม่ใช้งบประมาณ in Y (plus the candidates chosen), each with the 5-year plan's budget of Y, as the
 * reader reads it back. After the user ticks quarters and writes notes, and the 5-year plan is
 * edited at random (budgets changed, projects removed, renamed, added), a re-run keeps every tick
 * and note of every row, follows the 5-year plan's Y column exactly in its unmarked rows, and marks
 * (never deletes) every row whose project left the plan or its Y budget. Seeded (SAISAAT_SEED,
 * SAISAAT_RUNS); unit cases below name each rule.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/read/cells';
import { readPlan, type PlanReading } from '../../src/core/read/planReader';
import { DEFAULT_CATALOGUE } from '../../src/core/data/catalogue';
import { layoutGrid } from '../../src/core/sheet/layoutGrid';
import { standardLayout } from '../../src/core/sheet/standardSheet';
import {
  DROPPED_MARK,
  annualEdits,
  annualSettings,
  annualWrites,
  chosenSources,
  markRemark,
  mergeAnnual,
  nextNo,
  noBudgetMark,
  selectForYear,
  unmarkRemark,
  yearBudget,
  type AnnualAction,
} from '../../src/core/year/annualPlan';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261203);
const RUNS = Math.max(1, Math.round(Number(process.env.SAISAAT_RUNS ?? 500) * 0.3));
const YEARS = [2566, 2567, 2568, 2569, 2570];

type YearCell = { amount: number } | 'none' | 'dash' | 'blank';
interface Project {
  dimension: 1 | 2 | 3 | 4;
  name: string;
  budgets: YearCell[];
}

const cellOf = (b: YearCell): Cell =>
  b === 'none' ? 'ไม่ใช้งบประมาณ' : b === 'dash' ? '-' : b === 'blank' ? '' : b.amount;
const hasBudget = (b: YearCell) => b !== 'dash' && b !== 'blank';
const expectedBudget = (b: YearCell) => (b === 'none' ? null : typeof b === 'object' ? b.amount : 0);

/** A 5-year plan in the standard layout, one project per row. */
function fiveYearGrid(projects: Project[]): Cell[][] {
  const layout = standardLayout(
    { ...DEFAULT_SETTINGS, fiscalYears: { from: 2566, to: 2570 } },
    2566,
    projects.length + 2,
  );
  const { grid } = layoutGrid(layout);
  const col = (role: string, year?: number) =>
    layout.columns.find((c) => c.role === role && (year === undefined || c.year === year))!.col;
  projects.forEach((p, i) => {
    const row = grid[layout.firstDataRow - 1 + i];
    row[col('dimension')] = `มิติที่ ${p.dimension}`;
    row[col('mission')] = DEFAULT_CATALOGUE.missions.find((m) => m.dimension === p.dimension)!.name;
    row[col('project')] = p.name;
    YEARS.forEach((y, k) => (row[col('budget', y)] = cellOf(p.budgets[k])));
  });
  return grid;
}

/** The annual plan of `year` as a face writes it: new from scratch, or merged into `annual`. */
function run(five: PlanReading, year: number, include: string[] | 'all', annual: { grid: Cell[][] } | null, spare = 1) {
  const selection = selectForYear(five.projects, year);
  const chosen = chosenSources(selection, include);
  if (!annual) {
    const actions = mergeAnnual(selection, chosen, null, []);
    const layout = standardLayout(
      annualSettings(DEFAULT_SETTINGS, year, 'เทศบาลตำบลทดสอบ'),
      year,
      chosen.length + spare,
    );
    const { added } = annualEdits(actions, DEFAULT_CATALOGUE, 1);
    return { grid: layoutGrid(layout, added).grid, actions, selection };
  }
  const reading = readPlan(annual.grid);
  const actions = mergeAnnual(selection, chosen, reading, annual.grid);
  const writes = annualWrites(reading, annualEdits(actions, DEFAULT_CATALOGUE, nextNo(reading)));
  const grid = annual.grid.map((r) => [...r]);
  if (writes.insert) {
    const width = grid[0].length;
    grid.splice(
      writes.insert.after,
      0,
      ...Array.from({ length: writes.insert.count }, () => Array<Cell>(width).fill('')),
    );
  }
  for (const c of writes.cells) grid[c.row - 1][c.col - 1] = c.value;
  return { grid, actions, selection };
}

const yearCell: fc.Arbitrary<YearCell> = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }).map((amount) => ({ amount })),
  fc.constantFrom<YearCell>('none', 'dash', 'blank'),
);
const projectsArb = fc
  .array(
    fc.record({
      dimension: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
      budgets: fc.array(yearCell, { minLength: 5, maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 25 },
  )
  .map((ps) => ps.map((p, i) => ({ ...p, name: `โครงการทดสอบที่${i + 1}` })));

type Edit =
  | { kind: 'budget'; at: number; cell: YearCell }
  | { kind: 'remove'; at: number }
  | { kind: 'rename'; at: number }
  | { kind: 'add'; cell: YearCell; dimension: 1 | 2 | 3 | 4 };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('budget' as const), at: fc.nat(), cell: yearCell }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    cell: yearCell,
    dimension: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
  }),
);

function edited(projects: Project[], edits: Edit[], y: number): Project[] {
  const ps = projects.map((p) => ({ ...p, budgets: [...p.budgets] }));
  edits.forEach((e, n) => {
    if (e.kind === 'add') {
      ps.push({
        dimension: e.dimension,
        name: `โครงการใหม่ที่${n + 1}`,
        budgets: YEARS.map((_, k) => (k === y ? e.cell : 'dash')),
      });
      return;
    }
    if (ps.length === 0) return;
    const i = e.at % ps.length;
    if (e.kind === 'budget') ps[i].budgets[y] = e.cell;
    if (e.kind === 'remove') ps.splice(i, 1);
    if (e.kind === 'rename') ps[i].name = `${ps[i].name}ปรับชื่อ${n + 1}`;
  });
  return ps;
}

const readRows = (grid: Cell[][]) => readPlan(grid, { settings: { ...DEFAULT_SETTINGS } });

describe('the annual plan of a random year of a random 5-year plan', () => {
  test('has the projects with a budget in Y (and the chosen candidates), with the 5-year budget of Y', () => {
    fc.assert(
      fc.property(projectsArb, fc.integer({ min: 0, max: 4 }), fc.boolean(), (projects, y, all) => {
        const year = YEARS[y];
        const five = readRows(fiveYearGrid(projects));
        expect(five.projects).toHaveLength(projects.length);
        const { grid } = run(five, year, all ? 'all' : [], null);
        const annual = readRows(grid);
        const expected = projects.filter((p) => all || hasBudget(p.budgets[y]));
        expect(annual.projects.map((p) => p.name)).toEqual(expected.map((p) => p.name));
        expect(annual.projects.map((p) => p.budgets[String(year)])).toEqual(
          expected.map((p) => expectedBudget(p.budgets[y])),
        );
        expect(annual.projects.map((p) => p.id)).toEqual(
          five.projects.filter((_, i) => expected.includes(projects[i])).map((p) => p.id),
        );
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('re-run after random edits of the 5-year plan keeps every tick and note, follows Y, marks the dropped', () => {
    fc.assert(
      fc.property(
        projectsArb,
        fc.integer({ min: 0, max: 4 }),
        fc.array(editArb, { maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (projects, y, edits, tickPattern) => {
          const year = YEARS[y];
          const first = run(readRows(fiveYearGrid(projects)), year, [], null);
          // The user's work: ticks, and a note in a column right of the table.
          const grid = first.grid.map((r) => [...r, '']);
          const before = readRows(grid);
          const quarterCols = before.headers[0].columns.filter((c) => c.role === 'quarter').map((c) => c.col);
          const noteCol = grid[0].length - 1;
          const userCells = new Map<string, Cell[]>();
          for (const p of before.projects) {
            quarterCols.forEach((c, q) => (grid[p.row - 1][c] = tickPattern[(q + p.sequence) % 4]));
            grid[p.row - 1][noteCol] = `บันทึก ${p.id}`;
            userCells.set(p.id, [...quarterCols.map((c) => grid[p.row - 1][c]), grid[p.row - 1][noteCol]]);
          }
          const newFive = readRows(fiveYearGrid(edited(projects, edits, y)));
          const second = run(newFive, year, [], { grid });
          const after = readRows(second.grid);
          const byId = new Map(after.projects.map((p) => [p.id, p]));
          // Nothing the user had is lost or moved off its row.
          expect(after.projects.length).toBeGreaterThanOrEqual(before.projects.length);
          for (const [id, cells] of userCells) {
            const p = byId.get(id)!;
            expect([...quarterCols.map((c) => second.grid[p.row - 1][c]), second.grid[p.row - 1][noteCol]]).toEqual(
              cells,
            );
          }
          // Unmarked rows are exactly the 5-year plan's projects with a budget in Y, with that budget.
          const live = after.projects.filter((p) => unmarkRemark(p.remark) === p.remark);
          const wanted = newFive.projects.filter((p) => yearBudget(p, year) !== '-');
          expect(live.map((p) => p.id).sort()).toEqual(wanted.map((p) => p.id).sort());
          for (const w of wanted) expect(byId.get(w.id)!.budgets[String(year)]).toBe(w.budgets[String(year)]);
          // Every other row is marked, with the reason.
          const fiveIds = new Set(newFive.projects.map((p) => p.id));
          for (const p of after.projects.filter((x) => !live.includes(x)))
            expect(p.remark).toContain(fiveIds.has(p.id) ? noBudgetMark(year) : DROPPED_MARK);
          // Counts of a re-run with nothing changed: nothing to add, update or mark again.
          const third = run(newFive, year, [], { grid: second.grid });
          const kinds = third.actions.map((a: AnnualAction) => a.kind);
          expect(kinds.filter((k) => k === 'add' || k === 'update')).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('annual merge rules', () => {
  const projects: Project[] = [
    { dimension: 1, name: 'โครงการก', budgets: YEARS.map(() => ({ amount: 1000 })) },
    { dimension: 2, name: 'โครงการข', budgets: YEARS.map(() => 'dash' as const) },
    { dimension: 3, name: 'มาตรการค', budgets: YEARS.map(() => 'none' as const) },
  ];
  const five = readRows(fiveYearGrid(projects));

  test('candidates are the - and blank cells; ไม่ใช้งบประมาณ is included', () => {
    const s = selectForYear(five.projects, 2568);
    expect(s.included.map((p) => p.name)).toEqual(['โครงการก', 'มาตรการค']);
    expect(s.candidates.map((p) => p.name)).toEqual(['โครงการข']);
    expect(s.included[1].budget).toBeNull();
  });

  test('a candidate the user included stays without a budget; one that had a budget and lost it is marked', () => {
    const first = run(five, 2568, 'all', null);
    const lost = readRows(
      fiveYearGrid([{ ...projects[0], budgets: YEARS.map(() => 'dash' as const) }, ...projects.slice(1)]),
    );
    const again = run(lost, 2568, [], { grid: first.grid });
    const byName = new Map(readRows(again.grid).projects.map((p) => [p.name, p]));
    expect(byName.get('โครงการก')!.remark).toBe(`[${noBudgetMark(2568)}]`);
    expect(byName.get('โครงการข')!.remark).toBe('');
    // Back in the plan: the marker goes, the user's own remark stays.
    expect(markRemark('ดูหนังสือสั่งการ', DROPPED_MARK)).toBe(`ดูหนังสือสั่งการ [${DROPPED_MARK}]`);
    expect(unmarkRemark(markRemark('ดูหนังสือสั่งการ', DROPPED_MARK))).toBe('ดูหนังสือสั่งการ');
    const back = run(five, 2568, [], { grid: again.grid });
    expect(readRows(back.grid).projects.find((p) => p.name === 'โครงการก')!.remark).toBe('');
  });

  test('updates list the changed fields; responsible is filled only while blank; a row without รหัส matches by dimension and name', () => {
    const first = run(five, 2568, [], null);
    const reading = readRows(first.grid);
    const idCol = reading.headers[0].columns.find((c) => c.role === 'id')!.col;
    const respCol = reading.headers[0].columns.find((c) => c.role === 'responsible')!.col;
    const grid = first.grid.map((r) => [...r]);
    const a = reading.projects.find((p) => p.name === 'โครงการก')!;
    const c = reading.projects.find((p) => p.name === 'มาตรการค')!;
    grid[a.row - 1][idCol] = ''; // typed by hand, no รหัส
    grid[c.row - 1][respCol] = 'กองช่าง';
    const changed = readRows(
      fiveYearGrid([{ ...projects[0], budgets: YEARS.map(() => ({ amount: 2500 })) }, projects[1], projects[2]]),
    );
    const again = run(changed, 2568, [], { grid });
    const update = again.actions.find((x) => x.kind === 'update');
    expect(update).toMatchObject({ kind: 'update', fields: ['budget'] });
    expect(again.actions.filter((x) => x.kind === 'add')).toEqual([]);
    expect(readRows(again.grid).projects.find((p) => p.name === 'มาตรการค')!.responsible).toBe('กองช่าง');
  });
});

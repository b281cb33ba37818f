/**
 * One invariant in every summary (issue 11, item 7): the dimension lines and ไม่ระบุมิติ add up to
 * the grand total, year by year, and the grand total is every project's budget — in the check's
 * JSON totals, the CLI's text table (Thai and English), the whole-plan document (5-year and
 * annual tables) and the สรุป sheet's formulas as the fake spreadsheet evaluates them.
 *
 * Random plans: a period (2561–2564, 2566–2570, 2568–2570, one year), with or without the years in
 * the title; 1–25 projects, some without a readable dimension ("มิติที่ ๗", "9", "ก"); the
 * dimension written on every row in its many forms, or only where it changes (merged cells);
 * budgets as numbers, "1,234.50", Thai digits with บาท, "-", "ไม่ใช้งบประมาณ", 0; blank rows between
 * projects; the header repeated at page breaks with its years typed as numbers. 300 seeded cases;
 * a failure prints its seed and the shrunk plan.
 */
import fc from 'fast-check';
import { checkGrid, type CheckReport } from '../../src/core/check/check';
import { formatSummary, type Lang } from '../../src/cli/checkSummary';
import { DEFAULT_CATALOGUE } from '../../src/core/data/catalogue';
import { documentContext } from '../../src/core/document/generation';
import { buildPlanDocument } from '../../src/core/document/planDocument';
import type { Cell } from '../../src/core/read/cells';
import type { PlanReading } from '../../src/core/read/planReader';
import { planTotals, summaryTable } from '../../src/core/totals/totalFormulas';
import { formatAmount, toArabicDigits, toThaiDigits } from '../../src/shared/numbers';
import { PlanSettingsSchema } from '../../src/shared/settings';
import { sheetWithTotals, workbook } from './sheetWithTotals';

const SEED = 20251111;
const RUNS = 300;
const SHEET = 'แผนปฏิบัติการ';
const PERIODS = [
  [2561, 2564],
  [2566, 2570],
  [2568, 2570],
  [2567, 2567],
] as const;
const UNREADABLE = ['มิติที่ ๗', '9', 'ก'];
const THAI_DIGIT = (d: number) => toThaiDigits(String(d));
/** The ways a dimension cell is written (docs/domain.md#dimensions-and-sub-missions). */
const DIMENSION_FORMS = [
  (d: number) => String(d),
  (d: number) => `มิติที่ ${THAI_DIGIT(d)}`,
  (d: number) => THAI_DIGIT(d),
  (d: number) => `*${d}`,
  (d: number) => `มิติ ${d} ${DEFAULT_CATALOGUE.dimensions[d - 1].name}`,
];
const missionOf = (d: number) => DEFAULT_CATALOGUE.missions.find((m) => m.dimension === d)!.name;

interface Budget {
  cell: Cell;
  /** What the reader reads, in satang. */
  satang: number;
}

const amount = fc.integer({ min: 0, max: 20_000_000 });
const budget: fc.Arbitrary<Budget> = fc.oneof(
  amount.map((s) => ({ cell: s / 100, satang: s })),
  amount.map((s) => ({ cell: formatAmount(s / 100, 2), satang: s })),
  amount.map((s) => ({ cell: `${formatAmount(s / 100, 'auto', 'thai')} บาท`, satang: s })),
  fc.constantFrom<Budget>({ cell: '-', satang: 0 }, { cell: 'ไม่ใช้งบประมาณ', satang: 0 }, { cell: 0, satang: 0 }),
);

const project = fc.record({
  dimension: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 4 }),
  form: fc.nat(DIMENSION_FORMS.length - 1),
  unreadable: fc.nat(UNREADABLE.length - 1),
  budgets: fc.array(budget, { minLength: 5, maxLength: 5 }),
  blankAfter: fc.boolean(),
  /** The header repeated above it, as at a page break, its years typed as numbers. */
  headerBefore: fc.boolean(),
});

const planArb = fc.record({
  period: fc.nat(PERIODS.length - 1),
  titleYears: fc.boolean(),
  merged: fc.boolean(),
  projects: fc.array(project, { minLength: 1, maxLength: 25 }),
});
type GenPlan = typeof planArb extends fc.Arbitrary<infer T> ? T : never;

function yearsOf(plan: GenPlan): number[] {
  const [from, to] = PERIODS[plan.period];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function title(plan: GenPlan): string {
  const [from, to] = PERIODS[plan.period];
  if (!plan.titleYears) return 'แผนปฏิบัติการป้องกันการทุจริต';
  if (from === to) return `แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ${THAI_DIGIT(from)}`;
  return `แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ${THAI_DIGIT(from)} - ${THAI_DIGIT(to)})`;
}

/** The plan as a sheet: title, two header rows, a row per project (blank rows between some). */
function gridOf(plan: GenPlan): Cell[][] {
  const years = yearsOf(plan);
  const header = (year: (y: number) => Cell): Cell[][] => [
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...years.map(year), 'หมายเหตุ'],
    ['', '', '', ...years.map(() => 'งบประมาณ (บาท)'), ''],
  ];
  const grid: Cell[][] = [[title(plan)], ...header((y) => `ปี ${THAI_DIGIT(y)}`)];
  let previous: number | null = null;
  plan.projects.forEach((p, i) => {
    if (p.headerBefore && i > 0) {
      // A number in a budget column that is no project's: the grand total must leave it out.
      grid.push(...header((y) => y));
      previous = null;
    }
    const d = p.dimension;
    // Merged cells: the dimension is written where it changes; a row after an unreadable one writes it again.
    const written = !plan.merged || d === null || previous === null || d !== previous;
    const dimension = d === null ? UNREADABLE[p.unreadable] : written ? DIMENSION_FORMS[p.form](d) : '';
    grid.push([
      dimension,
      missionOf(d ?? (i % 4) + 1),
      `โครงการทดสอบหมายเลข ${i + 1}`,
      ...years.map((_, y) => p.budgets[y].cell),
      '',
    ]);
    if (p.blankAfter) grid.push(Array<Cell>(years.length + 4).fill(''));
    previous = d;
  });
  return grid;
}

/** What the plan holds: budget per year in satang over all projects, per dimension and without one. */
function truth(plan: GenPlan, numericOnly = false) {
  const years = yearsOf(plan);
  const zero = () => years.map(() => 0);
  const byDimension = [zero(), zero(), zero(), zero()];
  const unassigned = zero();
  const all = zero();
  for (const p of plan.projects)
    years.forEach((_, y) => {
      const b = p.budgets[y];
      const s = numericOnly && typeof b.cell !== 'number' ? 0 : b.satang;
      all[y] += s;
      (p.dimension ? byDimension[p.dimension - 1] : unassigned)[y] += s;
    });
  return { years, byDimension, unassigned, all, nulls: plan.projects.filter((p) => p.dimension === null).length };
}

const satang = (v: number) => Math.round(v * 100) || 0; // never -0
const parse = (text: string) => (text === '-' ? 0 : satang(Number(toArabicDigits(text).replace(/,/g, ''))));
const column = (rows: number[][], i: number) => rows.reduce((s, r) => s + r[i], 0);

function checkJson(plan: GenPlan, report: CheckReport): void {
  const t = truth(plan);
  const { totals } = report;
  t.years.forEach((year, i) => {
    const y = String(year);
    const dims = (['1', '2', '3', '4'] as const).map((d) => satang(totals.byDimension[d][y]));
    expect(dims).toEqual(t.byDimension.map((b) => b[i]));
    expect(satang(totals.unassigned.byYear[y])).toBe(t.unassigned[i]);
    expect(dims.reduce((a, b) => a + b, 0) + satang(totals.unassigned.byYear[y])).toBe(satang(totals.byYear[y]));
    expect(satang(totals.byYear[y])).toBe(t.all[i]);
  });
  const counted = Object.values(totals.projectsByDimension).reduce((a, b) => a + b, 0);
  expect(totals.unassigned.projects).toBe(t.nulls);
  expect(counted + totals.unassigned.projects).toBe(plan.projects.length);
  // A correct plan of any period: no year is out of its range.
  expect(report.issues.filter((f) => f.code === 'YEAR_OUT_OF_RANGE')).toEqual([]);
}

/** The CLI table's lines above the grand total, and the grand total, as satang per column. */
function checkText(plan: GenPlan, report: CheckReport, lang: Lang): void {
  const lines = formatSummary(report, 'plan.xlsx', lang).split('\n');
  const rules = lines.flatMap((l, i) => (/^-+( +-+)+$/.test(l) ? [i] : []));
  const cells = (l: string) => l.trim().split(/\s{2,}/);
  const figures = (l: string) => cells(l).slice(1).map(parse);
  const body = lines.slice(rules[0] + 1, rules[1]);
  const lineSums = body.map(figures);
  const total = figures(lines[rules[1] + 1]);
  total.forEach((v, i) => expect(column(lineSums, i)).toBe(v));
  const t = truth(plan);
  t.all.forEach((v, i) => expect(total[i]).toBe(v));
  const unassignedLabel = lang === 'th' ? 'ไม่ระบุมิติ' : 'No dimension';
  expect(body.some((l) => l.startsWith(unassignedLabel))).toBe(t.nulls > 0);
}

/** The whole-plan document's subtotal rows add up to its รวมทั้งสิ้น row, which is every project's budget. */
function checkDocument(plan: GenPlan, reading: PlanReading, layout: PlanReading['layout']): void {
  const settings = PlanSettingsSchema.parse({ documents: { digits: plan.titleYears ? 'thai' : 'arabic' } });
  const doc = buildPlanDocument({
    reading: { ...reading, layout },
    links: [],
    settings,
    catalogue: DEFAULT_CATALOGUE,
    years: documentContext(reading, settings, DEFAULT_CATALOGUE).years,
    organisation: '',
    date: { year: 2024, month: 1, day: 1 },
  });
  const table = doc.sections[1].blocks.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no plan table');
  const t = truth(plan);
  // The 5-year table: a figure per year; the annual one: the year's figure, then quarter counts.
  const figures = (row: { text: string }[]) => row.slice(1, 1 + (layout === 'annual' ? 1 : t.years.length));
  const totals = table.rows.filter((r) => r[0].text.startsWith('รวม'));
  const grand = figures(totals[totals.length - 1]).map((c) => parse(c.text));
  const subtotals = totals.slice(0, -1).map((r) => figures(r).map((c) => parse(c.text)));
  grand.forEach((v, i) => {
    expect(column(subtotals, i)).toBe(v);
    expect(v).toBe(t.all[i]);
  });
  expect(totals.some((r) => r[0].text === 'รวมไม่ระบุมิติ')).toBe(t.nulls > 0);
}

/**
 * The สรุป sheet after สรุปยอด, evaluated: the plan sheet with its total rows inserted and their
 * formulas written, as totalsSheet.ts does, and the summary table beside it.
 */
function checkSummarySheet(plan: GenPlan, grid: Cell[][], reading: PlanReading): void {
  const totals = planTotals(reading, grid);
  if (!totals || 'refused' in totals) throw new Error(`no totals planned: ${JSON.stringify(totals)}`);
  const sheet = sheetWithTotals(grid, totals);
  const summary = summaryTable(totals, SHEET, DEFAULT_CATALOGUE, ['สรุป']);
  const value = workbook({ [SHEET]: sheet, สรุป: summary.rows });
  const t = truth(plan, true);
  const n = t.years.length;
  const row = (r: number) => Array.from({ length: n + 2 }, (_, c) => Number(value('สรุป', r, c + 2)));
  const first = summary.chart.firstRow + 1;
  const dims = [0, 1, 2, 3].map((i) => row(first + i));
  const unassigned = row(summary.totalRow - 1);
  const grand = row(summary.totalRow);
  expect(value('สรุป', summary.totalRow - 1, 1)).toBe('ไม่ระบุมิติ');
  for (let c = 0; c <= n; c++) {
    expect(satang(column(dims, c) + unassigned[c])).toBe(satang(grand[c]));
    if (c < n) {
      expect(satang(grand[c])).toBe(t.all[c]);
      expect(satang(unassigned[c])).toBe(t.unassigned[c]);
    }
  }
  // Project counts, in the last column.
  expect(column(dims, n + 1) + unassigned[n + 1]).toBe(grand[n + 1]);
  expect(grand[n + 1]).toBe(plan.projects.length);
  expect(unassigned[n + 1]).toBe(t.nulls);
  // SaiSaat's own total rows, read back, agree with the projects (amounts written as text aside,
  // which formulas do not add).
  if (plan.projects.every((p) => p.budgets.every((b) => typeof b.cell === 'number' || b.satang === 0))) {
    const evaluated = sheet.map((r, i) => r.map((_, j) => value(SHEET, i + 1, j + 1)));
    const again = checkGrid(evaluated, SHEET).report.issues.map((f) => `${f.code} ${f.cell}`);
    expect(again.filter((f) => /TOTAL_MISMATCH/.test(f))).toEqual([]);
  }
}

describe('every summary: the dimension lines and ไม่ระบุมิติ add up to the grand total', () => {
  test(`${RUNS} random plans, seed ${SEED}: JSON, CLI text (th, en), plan document, สรุป sheet`, () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const grid = gridOf(plan);
        const { report, reading } = checkGrid(grid, SHEET);
        expect(report.counts.projects).toBe(plan.projects.length);
        checkJson(plan, report);
        checkText(plan, report, 'th');
        checkText(plan, report, 'en');
        checkDocument(plan, reading, 'five-year');
        if (yearsOf(plan).length === 1) checkDocument(plan, reading, 'annual');
        checkSummarySheet(plan, grid, reading);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

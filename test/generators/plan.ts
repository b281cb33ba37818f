/**
 * A generator of plans for property-based tests: one random plan (its truth: dimensions,
 * sub-missions, projects, budgets, quarter ticks) written in one of the many forms real offices
 * use (docs/domain.md#plan-table-layouts): total rows labelled in every way, counts in the label, in
 * another cell or nowhere, dimensions as a column, merged cells or heading rows, subtotals as values
 * or formulas, headers repeated per page, notes and signatures below, 3-, 4- and 5-year and annual
 * tables, titles with or without the years, Thai or Arabic digits. The writer also returns where it
 * put every total figure and count, so a test can plant an error at one cell and expect it there.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/read/cells';
import { defaultCatalogueFor } from '../../src/core/data/catalogue';
import starterProjectsJson from '../../src/core/data/starterProjects.json';
import { toThaiDigits } from '../../src/shared/numbers';

export type Dim = 1 | 2 | 3 | 4;

/** A budget cell's truth: an amount in satang (0 = none planned that year) or "runs without a budget". */
export type BudgetTruth = { satang: number } | 'no-budget';

export interface ProjectTruth {
  name: string;
  mission: { number: string; name: string } | null;
  budgets: BudgetTruth[];
  quarters: [boolean, boolean, boolean, boolean];
}

export interface DimensionTruth {
  dimension: Dim;
  projects: ProjectTruth[];
}

export interface PlanTruth {
  organisation: string;
  /** The plan's fiscal years, ascending: one for an annual plan. */
  years: number[];
  annual: boolean;
  dimensions: DimensionTruth[];
}

export type SubtotalLabel =
  | 'รวม'
  | 'รวม N โครงการ'
  | 'รวม | จำนวน N โครงการ'
  | 'รวมมิติที่ D'
  | 'รวมมิติที่ D (จำนวน N โครงการ)'
  | 'รวมมิติ D'
  | 'มิติที่ D | รวม'
  | 'รวมมิติที่ D | N โครงการ';
export type GrandLabel =
  'รวมทั้งสิ้น' | 'รวมทั้งหมด' | 'ยอดรวม' | 'รวม ๔ มิติ' | 'รวมทั้งสิ้น N โครงการ' | 'รวมทั้งสิ้น | จำนวน N โครงการ' | 'รวม';

export interface PlanForm {
  /** Digits of numbers written inside text (labels, counts, years in the header and title). */
  digits: 'thai' | 'arabic';
  /** How an amount is written: a number cell, or text ("45,000", "45,000.00", "๔๕,๐๐๐ บาท"). */
  amounts: 'number' | 'text' | 'text2' | 'textBaht';
  /** How a year with nothing planned is written. */
  zero: '-' | '0' | '0.00' | '';
  noBudget: 'ไม่ใช้งบประมาณ' | 'ไม่ได้ใช้งบประมาณ' | 'ดำเนินการโดยไม่ใช้งบประมาณ';
  dimensionAs: 'column' | 'merged' | 'headings';
  /** A ลำดับ column numbering the projects. */
  numbered: boolean;
  subtotals: SubtotalLabel | null;
  /** Where a subtotal's label stands: in the name column, or from the first column. */
  labelAt: 'name' | 'first';
  grand: GrandLabel | null;
  /** Subtotal and grand-total figures as formulas (.xlsx only; the grid shows their values). */
  formulas: boolean;
  /** Header repeated after this many body rows (0: never). */
  headerEvery: number;
  notes: boolean;
  signature: boolean;
  titleYears: boolean;
}

export interface TotalMark {
  kind: 'subtotal' | 'grand';
  dimension: Dim | null;
  /** 0-based row and, per year (as a string), the 0-based column of its figure. */
  row: number;
  cols: Record<string, number>;
  /** The cell holding the written project count, with the count's position in the text. */
  count: { row: number; col: number; value: number } | null;
}

export interface WrittenPlan {
  grid: Cell[][];
  /** Formulas by cell (0-based "row,col"), in A1 notation, for cells written as formulas. */
  formulas: Map<string, string>;
  totals: TotalMark[];
  /** 0-based rows of the project rows, in order. */
  projectRows: number[];
}

// ---- The truth -------------------------------------------------------------------------------

const LAO = ['เทศบาลตำบลหนองบัว', 'องค์การบริหารส่วนตำบลบ้านใหม่', 'เทศบาลเมืองท่าช้าง', 'เทศบาลตำบลนาคำ'];

/** Starter project names of the catalogue by dimension, with the office's name filled in. */
function starterNames(dimension: Dim, organisation: string): string[] {
  return starterProjectsJson.starterProjects
    .filter((p) => p.dimension === dimension)
    .map((p) => p.name.replace('<LAO>', organisation));
}

const amountArb: fc.Arbitrary<BudgetTruth> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 4000 }).map((n) => ({ satang: n * 500 * 100 })) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 99_999_999 }).map((n) => ({ satang: n })) },
  { weight: 2, arbitrary: fc.constant({ satang: 0 }) },
  { weight: 1, arbitrary: fc.constant<BudgetTruth>('no-budget') },
);

const PERIODS: number[][] = [
  [2566, 2567, 2568, 2569, 2570],
  [2561, 2562, 2563, 2564],
  [2568, 2569, 2570],
  [2567, 2568, 2569, 2570],
];
const periodArb: fc.Arbitrary<{ years: number[]; annual: boolean }> = fc.oneof(
  fc.constantFrom(...PERIODS).map((years) => ({ years, annual: false })),
  fc.integer({ min: 2566, max: 2570 }).map((y) => ({ years: [y], annual: true })),
);

export function planTruthArb(): fc.Arbitrary<PlanTruth> {
  return fc
    .record({
      organisation: fc.constantFrom(...LAO),
      period: periodArb,
      dimensions: fc.subarray([1, 2, 3, 4] as Dim[], { minLength: 1 }),
      seed: fc.integer(),
    })
    .chain(({ organisation, period, dimensions }) =>
      fc
        .tuple(
          ...dimensions.map((dimension) => {
            const names = starterNames(dimension, organisation);
            // Sub-missions of the plan's own generation (2561–2564 plans have the previous ones).
            const missions = defaultCatalogueFor(period.years).missions.filter((m) => m.dimension === dimension);
            return fc
              .uniqueArray(fc.integer({ min: 0, max: names.length - 1 }), { minLength: 1, maxLength: 6 })
              .chain((picked) =>
                fc.tuple(
                  ...picked.map((i) =>
                    fc.record({
                      name: fc.constant(names[i]),
                      mission: missions.length
                        ? fc.constantFrom(...missions).map((m) => ({ number: m.number, name: m.name }))
                        : fc.constant(null),
                      budgets: fc.array(amountArb, { minLength: period.years.length, maxLength: period.years.length }),
                      quarters: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
                    }),
                  ),
                ),
              )
              .map((projects) => ({ dimension, projects: projects as ProjectTruth[] }));
          }),
        )
        .map((dims) => ({ organisation, years: period.years, annual: period.annual, dimensions: dims })),
    );
}

export function planFormArb(truth: PlanTruth): fc.Arbitrary<PlanForm> {
  return fc.record({
    digits: fc.constantFrom('thai', 'arabic'),
    amounts: fc.constantFrom('number', 'text', 'text2', 'textBaht'),
    zero: fc.constantFrom('-', '0', '0.00', ''),
    noBudget: fc.constantFrom('ไม่ใช้งบประมาณ', 'ไม่ได้ใช้งบประมาณ', 'ดำเนินการโดยไม่ใช้งบประมาณ'),
    dimensionAs: fc.constantFrom('column', 'merged', 'headings'),
    numbered: fc.boolean(),
    subtotals: fc.option(
      fc.constantFrom<SubtotalLabel>(
        'รวม',
        'รวม N โครงการ',
        'รวม | จำนวน N โครงการ',
        'รวมมิติที่ D',
        'รวมมิติที่ D (จำนวน N โครงการ)',
        'รวมมิติ D',
        'มิติที่ D | รวม',
        'รวมมิติที่ D | N โครงการ',
      ),
    ),
    labelAt: fc.constantFrom('name', 'first'),
    grand: fc.option(
      fc.constantFrom<GrandLabel>(
        'รวมทั้งสิ้น',
        'รวมทั้งหมด',
        'ยอดรวม',
        'รวม ๔ มิติ',
        'รวมทั้งสิ้น N โครงการ',
        'รวมทั้งสิ้น | จำนวน N โครงการ',
        'รวม',
      ),
    ),
    formulas: fc.boolean(),
    headerEvery: truth.annual ? fc.constantFrom(0, 7) : fc.constantFrom(0, 5, 9),
    notes: fc.boolean(),
    signature: fc.boolean(),
    titleYears: truth.annual ? fc.constant(true) : fc.boolean(),
  });
}

// ---- Truth figures ---------------------------------------------------------------------------

export const satangOf = (b: BudgetTruth): number => (b === 'no-budget' ? 0 : b.satang);

/** Sum in satang of a dimension's (or every, when null) projects' budgets for year index `y`. */
export function truthTotal(truth: PlanTruth, y: number, dimension: Dim | null = null): number {
  let sum = 0;
  for (const d of truth.dimensions)
    if (dimension === null || d.dimension === dimension) for (const p of d.projects) sum += satangOf(p.budgets[y]);
  return sum;
}

export const projectCount = (truth: PlanTruth): number => truth.dimensions.reduce((n, d) => n + d.projects.length, 0);

// ---- Writing ---------------------------------------------------------------------------------

const digitsOf = (form: PlanForm, n: number | string) => (form.digits === 'thai' ? toThaiDigits(String(n)) : String(n));

function grouped(baht: number, decimals: boolean): string {
  const whole = Math.floor(baht);
  const satang = Math.round((baht - whole) * 100);
  const text = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals || satang ? `${text}.${String(satang).padStart(2, '0')}` : text;
}

/** A budget cell as the form writes it. */
function budgetCell(form: PlanForm, b: BudgetTruth): Cell {
  if (b === 'no-budget') return form.noBudget;
  if (b.satang === 0) return form.zero === '0' && form.amounts === 'number' ? 0 : form.zero;
  return amountCell(form, b.satang);
}

function amountCell(form: PlanForm, satang: number): Cell {
  const baht = satang / 100;
  switch (form.amounts) {
    case 'number':
      return baht;
    case 'text':
      return grouped(baht, false);
    case 'text2':
      return grouped(baht, true);
    case 'textBaht':
      return `${toThaiDigits(grouped(baht, false))} บาท`;
  }
}

/** A total figure: 0 is written like the form's zero unless it is a number. */
function totalCell(form: PlanForm, satang: number): Cell {
  if (satang === 0) return form.amounts === 'number' ? 0 : form.zero === '' ? '-' : form.zero;
  return amountCell(form, satang);
}

interface Columns {
  width: number;
  no: number | null;
  dimension: number | null;
  mission: number;
  name: number;
  budget: number[];
  quarter: number[];
  responsible: number;
  remark: number;
}

function columnsOf(truth: PlanTruth, form: PlanForm): Columns {
  let c = 0;
  const no = form.numbered ? c++ : null;
  const dimension = form.dimensionAs === 'headings' ? null : c++;
  const mission = c++;
  const name = c++;
  const budget = truth.years.map(() => c++);
  const quarter = truth.annual ? [c++, c++, c++, c++] : [];
  const responsible = c++;
  const remark = c++;
  return { width: c, no, dimension, mission, name, budget, quarter, responsible, remark };
}

function headerRows(truth: PlanTruth, form: PlanForm, cols: Columns): Cell[][] {
  const top: Cell[] = new Array(cols.width).fill('');
  const second: Cell[] = new Array(cols.width).fill('');
  if (cols.no !== null) top[cols.no] = 'ลำดับ';
  if (cols.dimension !== null) top[cols.dimension] = 'มิติ';
  top[cols.mission] = 'ภารกิจตามมิติ';
  top[cols.name] = 'โครงการ/กิจกรรม/มาตรการ';
  if (truth.annual) {
    top[cols.budget[0]] = `งบประมาณ ปี ${digitsOf(form, truth.years[0])} (บาท)`;
    top[cols.quarter[0]] = 'ไตรมาส';
    cols.quarter.forEach((c, i) => (second[c] = digitsOf(form, i + 1)));
  } else {
    cols.budget.forEach((c, i) => {
      top[c] = `ปี ${digitsOf(form, truth.years[i])}`;
      second[c] = 'งบประมาณ (บาท)';
    });
  }
  top[cols.responsible] = 'ผู้รับผิดชอบ';
  top[cols.remark] = 'หมายเหตุ';
  return [top, second];
}

function titleRows(truth: PlanTruth, form: PlanForm): Cell[][] {
  const from = digitsOf(form, truth.years[0]);
  const to = digitsOf(form, truth.years[truth.years.length - 1]);
  const period = truth.annual ? `ประจำปีงบประมาณ พ.ศ. ${from}` : `(พ.ศ. ${from} - ${to})`;
  const rows: Cell[][] = [['แผนปฏิบัติการป้องกันการทุจริต']];
  if (form.titleYears) rows.push([period]);
  rows.push([truth.organisation]);
  return rows;
}

/** The label cells of a total row: one text, or two texts in consecutive cells ("a | b"). */
function labelParts(template: string, dimension: Dim | null, count: number, form: PlanForm): string[] {
  return template
    .replace('D', dimension === null ? '' : digitsOf(form, dimension))
    .replace('N', digitsOf(form, count))
    .split(' | ');
}

function dimensionText(truth: PlanTruth, form: PlanForm, d: Dim): string {
  const name = defaultCatalogueFor(truth.years).dimensions.find((x) => x.number === d)!.name;
  return form.digits === 'thai' ? `${toThaiDigits(String(d))}. ${name}` : `มิติที่ ${d} ${name}`;
}

const A1col = (c: number): string => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Writes the plan in the given form. */
export function writePlan(truth: PlanTruth, form: PlanForm): WrittenPlan {
  const cols = columnsOf(truth, form);
  const grid: Cell[][] = [];
  const formulas = new Map<string, string>();
  const totals: TotalMark[] = [];
  const projectRows: number[] = [];
  const header = headerRows(truth, form, cols);
  const push = (cells: Cell[]) => {
    const row = new Array(cols.width).fill('');
    cells.forEach((c, i) => (row[i] = c));
    grid.push(row);
    return grid.length - 1;
  };
  for (const t of titleRows(truth, form)) push(t);
  header.forEach((h) => push(h));
  let bodyRows = 0;
  const bodyRow = (cells: Cell[]): number => {
    if (form.headerEvery > 0 && bodyRows > 0 && bodyRows % form.headerEvery === 0) header.forEach((h) => push(h));
    bodyRows++;
    return push(cells);
  };

  let sequence = 0;
  const subtotalRows: number[] = [];
  for (const d of truth.dimensions) {
    if (form.dimensionAs === 'headings') push([dimensionText(truth, form, d.dimension)]);
    const first = grid.length;
    d.projects.forEach((p, i) => {
      const row: Cell[] = new Array(cols.width).fill('');
      sequence++;
      if (cols.no !== null) row[cols.no] = form.digits === 'thai' ? toThaiDigits(String(sequence)) : sequence;
      if (cols.dimension !== null && (form.dimensionAs === 'column' || i === 0))
        row[cols.dimension] = form.digits === 'thai' ? dimensionText(truth, form, d.dimension) : d.dimension;
      if (p.mission) row[cols.mission] = `${digitsOf(form, p.mission.number)} ${p.mission.name}`;
      row[cols.name] = p.name;
      cols.budget.forEach((c, y) => (row[c] = budgetCell(form, p.budgets[y])));
      cols.quarter.forEach((c, q) => (row[c] = p.quarters[q]));
      row[cols.responsible] = 'สำนักปลัด';
      projectRows.push(bodyRow(row));
    });
    if (form.subtotals) {
      const r = totalRow(truth, form, cols, 'subtotal', d.dimension, d.projects.length, first);
      subtotalRows.push(r.row);
      totals.push(r);
    }
  }
  if (form.grand) totals.push(totalRow(truth, form, cols, 'grand', null, projectCount(truth), 0, subtotalRows));

  if (form.notes) {
    push([]);
    push([`หมายเหตุ : ${form.noBudget} หมายถึง ดำเนินการโดยไม่ใช้งบประมาณ`]);
    push(['* โครงการที่เพิ่มเติมโดย ' + truth.organisation]);
    push([`ข้อมูล ณ วันที่ ${digitsOf(form, 7)} กุมภาพันธ์ ${digitsOf(form, truth.years[0])}`]);
  }
  if (form.signature) {
    push([]);
    push(['', '', 'ลงชื่อ ..................................... ผู้จัดทำ']);
    push(['', '', '(นายสมชาย ใจดี)']);
    push(['', '', 'ตำแหน่ง ปลัดเทศบาล']);
  }
  return { grid, formulas, totals, projectRows };

  function totalRow(
    truth: PlanTruth,
    form: PlanForm,
    cols: Columns,
    kind: 'subtotal' | 'grand',
    dimension: Dim | null,
    count: number,
    firstProjectRow: number,
    subtotalRows: number[] = [],
  ): TotalMark {
    const template = kind === 'subtotal' ? form.subtotals! : form.grand!;
    const parts = labelParts(template, dimension, count, form);
    const row: Cell[] = new Array(cols.width).fill('');
    // A label split over two cells ends in the name column, or starts in the first column.
    const start = form.labelAt === 'first' ? 0 : cols.name - (parts.length - 1);
    parts.forEach((text, i) => (row[start + i] = text));
    const markCols: Record<string, number> = {};
    truth.years.forEach((year, y) => {
      markCols[String(year)] = cols.budget[y];
      row[cols.budget[y]] = totalCell(form, truthTotal(truth, y, dimension));
    });
    const written = bodyRow(row);
    if (form.formulas) {
      for (const c of cols.budget) {
        const letter = A1col(c);
        const formula =
          kind === 'grand' && subtotalRows.length
            ? `=${subtotalRows.map((s) => `${letter}${s + 1}`).join('+')}`
            : `=SUM(${letter}${firstProjectRow + 1}:${letter}${written})`;
        formulas.set(`${written},${c}`, formula);
      }
    }
    const countPart = parts.findIndex((p) => /[0-9๐-๙]+\s*โครงการ/.test(p));
    return {
      kind,
      dimension,
      row: written,
      cols: markCols,
      count: countPart < 0 ? null : { row: written, col: start + countPart, value: count },
    };
  }
}

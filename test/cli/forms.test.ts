/**
 * The real `saisaat check --json` on plans written the way other offices write them: small
 * hand-made fixtures (test/fixtures/forms/, one planted wrong total or count each), and plans from
 * the generator (test/generators/plan.ts) written as .xlsx — subtotals as real formulas with
 * their cached values — and as .csv.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { saisaat } from '../helpers';
import { planFormArb, planTruthArb, projectCount, truthTotal, writePlan, type WrittenPlan } from '../generators/plan';

interface Report {
  years: number[];
  projects: { row: number; dimension: number | null }[];
  totals: { byYear: Record<string, number>; byDimension: Record<string, Record<string, number>> };
  issues: { code: string; cell: string; severity: string }[];
}

function check(file: string): { code: number | null; report: Report } {
  const r = saisaat('check', file, '--json');
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

const errors = (report: Report) =>
  report.issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.code}`);
const fixture = (name: string) => join('test/fixtures/forms', name);

describe('hand-made plans in other offices’ forms', () => {
  test('4-year plan 2561–2564, "รวม | จำนวน ๓ โครงการ" per dimension: totals right, the one wrong subtotal found', () => {
    const { code, report } = check(fixture('four-year-2561-2564.csv'));
    expect(report.years).toEqual([2561, 2562, 2563, 2564]);
    expect(report.projects).toHaveLength(9);
    expect(report.totals.byYear).toEqual({ 2561: 61000, 2562: 53000, 2563: 61000, 2564: 58000 });
    expect(errors(report)).toEqual(['F13 SUBTOTAL_MISMATCH']);
    expect(code).toBe(1);
  });

  test('5-year plan, "รวมมิติที่ ๑ (จำนวน ๓ โครงการ)" and "รวม ๔ มิติ", a project named "…รวมพลัง…"', () => {
    const { report } = check(fixture('five-year-dimension-labels.csv'));
    expect(report.projects).toHaveLength(8);
    expect(report.totals.byDimension['1']).toEqual({ 2566: 40000, 2567: 40000, 2568: 42000, 2569: 42000, 2570: 42000 });
    expect(report.totals.byYear['2568']).toBe(74000);
    expect(errors(report)).toEqual(['F8 SUBTOTAL_MISMATCH']);
  });

  test('annual plan under มิติ headings with a bare "รวม" each, "รวมทั้งสิ้น ๘ โครงการ" where there are 7, notes below', () => {
    const { report } = check(fixture('annual-headings-2568.csv'));
    expect(report.projects.map((p) => p.dimension)).toEqual([1, 1, 2, 2, 3, 4, 4]);
    expect(report.totals.byYear).toEqual({ 2568: 30500 });
    expect(errors(report)).toEqual(['B20 TOTAL_COUNT_MISMATCH']);
  });
});

/** The written plan as an .xlsx file: total figures that the form writes as formulas are real formulas. */
async function toXlsx(w: WrittenPlan, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผนปฏิบัติการ');
  w.grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      const formula = w.formulas.get(`${r},${c}`);
      ws.getCell(r + 1, c + 1).value = formula
        ? { formula: formula.slice(1), result: value as number }
        : (value as ExcelJS.CellValue);
    }),
  );
  await wb.xlsx.writeFile(file);
}

function toCsv(w: WrittenPlan): string {
  const quote = (v: unknown) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return w.grid
    .map((row) => row.map((v) => (v === true ? 'TRUE' : v === false ? '' : quote(v ?? ''))).join(','))
    .join('\n');
}

describe('generated plans through the real command, as .xlsx with formulas and as .csv', () => {
  const dir = mkdtempSync(join(tmpdir(), 'saisaat-forms-'));
  // Few: each case spawns the command; the property tests cover the forms in number.
  const cases = fc.sample(
    planTruthArb().chain((truth) => fc.tuple(fc.constant(truth), planFormArb(truth), fc.boolean())),
    { numRuns: 12, seed: 20261202 },
  );
  test.each(cases.map((c, i) => [i, ...c] as const))('case %d', async (i, truth, form, asXlsx) => {
    const w = writePlan(truth, form);
    const file = join(dir, `plan-${i}.${asXlsx ? 'xlsx' : 'csv'}`);
    if (asXlsx) await toXlsx(w, file);
    else (await import('node:fs')).writeFileSync(file, toCsv(w));
    const { code, report } = check(file);
    expect(report.projects).toHaveLength(projectCount(truth));
    truth.years.forEach((year, y) => expect(Math.round(report.totals.byYear[year] * 100)).toBe(truthTotal(truth, y)));
    expect(errors(report)).toEqual([]);
    expect(code).toBe(0);
  });
});

test('an .xlsx subtotal whose SUM range leaves out a project row is reported at its cell', async () => {
  const [[truth, form]] = fc.sample(
    planTruthArb()
      .chain((t) => fc.tuple(fc.constant(t), planFormArb(t)))
      .filter(([t, f]) => f.formulas && f.subtotals !== null && t.dimensions.some((d) => d.projects.length > 1)),
    { numRuns: 1, seed: 7 },
  );
  const w = writePlan(truth, form);
  const SUM = /^=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/;
  const [key, formula] = [...w.formulas].find(([, f]) => {
    const r = SUM.exec(f);
    return r !== null && Number(r[4]) > Number(r[2]); // a range of two rows or more
  })!;
  const m = SUM.exec(formula)!;
  w.formulas.set(key, `=SUM(${m[1]}${Number(m[2]) + 1}:${m[3]}${m[4]})`);
  const file = join(mkdtempSync(join(tmpdir(), 'saisaat-formula-')), 'plan.xlsx');
  await toXlsx(w, file);
  const [row, col] = key.split(',').map(Number);
  const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
  expect(errors(check(file).report)).toEqual([`${cell} TOTAL_FORMULA_RANGE`]);
});

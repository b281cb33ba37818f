/**
 * `saisaat annual`: the real binary on the bundled 5-year plan → the annual plan of 2568, read back
 * with the reader (counts and budgets equal the 5-year column); ticks, a responsible unit and a
 * note typed in the annual plan, the 5-year plan edited, the command run again: what the user typed
 * stays, owned cells follow the 5-year plan, a project gone is marked, and the old file is kept.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { pickPlanSheet, readWorkbook } from '../../src/cli/workbook';
import { readPlan, type PlanReading } from '../../src/core/read/planReader';
import { DROPPED_MARK, noBudgetMark, yearBudget } from '../../src/core/year/annualPlan';
import { ROOT, saisaat } from '../helpers';

const EXAMPLE = join(ROOT, 'examples/plan-2566-2570.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'saisaat-annual-'));

async function readBack(file: string, sheet?: string): Promise<PlanReading> {
  return readPlan(pickPlanSheet(await readWorkbook(file), sheet).grid);
}

const byId = (r: PlanReading) => new Map(r.projects.map((p) => [p.id, p]));

describe('saisaat annual on the bundled example', () => {
  const out = join(tmp, 'annual.xlsx');
  let five: PlanReading;
  let first: ReturnType<typeof saisaat>;
  beforeAll(async () => {
    five = await readBack(EXAMPLE);
    first = saisaat('annual', EXAMPLE, '--year', '2568', '--out', out);
  });

  test('writes every project with an amount in 2568, with its budget and id, and previews the rest', async () => {
    expect(first.code).toBe(0);
    const annual = await readBack(out);
    expect(annual.layout).toBe('annual');
    expect(annual.years).toEqual([2568]);
    const withBudget = five.projects.filter((p) => yearBudget(p, 2568) !== '-');
    expect(annual.projects.map((p) => p.id)).toEqual(withBudget.map((p) => p.id));
    expect(annual.projects.map((p) => p.budgets['2568'])).toEqual(withBudget.map((p) => p.budgets['2568']));
    expect(annual.projects.map((p) => p.dimension)).toEqual(withBudget.map((p) => p.dimension));
    const candidates = five.projects.filter((p) => yearBudget(p, 2568) === '-');
    for (const c of candidates) expect(first.out).toContain(c.id);
    expect(first.out).toContain('--include');
  });

  test('the written totals are right (check finds no error) and the header is frozen', async () => {
    const check = saisaat('check', out, '--json');
    const report = JSON.parse(check.out);
    expect(report.counts.errors).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('แผนปฏิบัติการประจำปี ๒๕๖๘')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    const dim = ws.getCell('B6').dataValidation;
    expect(dim).toMatchObject({ type: 'list' });
  });

  test('re-run after the user filled ticks and the 5-year plan changed: user cells stay, changes follow, dropped ones marked', async () => {
    // The user's work in the annual plan: ticks, a responsible unit, a note right of the table.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('แผนปฏิบัติการประจำปี ๒๕๖๘')!;
    const annual = await readBack(out);
    const q = annual.headers[0].columns.filter((c) => c.role === 'quarter').map((c) => c.col + 1);
    const resp = annual.headers[0].columns.find((c) => c.role === 'responsible')!.col + 1;
    for (const p of annual.projects) {
      ws.getCell(p.row, q[p.sequence % 4]).value = '✓';
      ws.getCell(p.row, resp).value = `กองคลัง ${p.sequence}`;
      ws.getCell(p.row, 20).value = `บันทึก ${p.id}`;
    }
    await wb.xlsx.writeFile(out);

    // The 5-year plan edited: a budget changed, one amount turned into "-", a "-" given an amount, a name changed.
    const edited = join(tmp, 'five.xlsx');
    copyFileSync(EXAMPLE, edited);
    const fwb = new ExcelJS.Workbook();
    await fwb.xlsx.readFile(edited);
    const planName = pickPlanSheet(await readWorkbook(EXAMPLE), undefined).name;
    const fws = fwb.worksheets.find((w) => w.name === planName)!;
    const cell2568 = (id: string) => {
      const p = five.projects.find((x) => x.id === id)!;
      return fws.getCell(p.row, p.source.budget.find((b) => b.year === '2568')!.col + 1);
    };
    const withBudget = five.projects.filter((p) => yearBudget(p, 2568) !== '-');
    const [changed, noLonger, renamed] = withBudget;
    const newcomer = five.projects.find((p) => yearBudget(p, 2568) === '-')!;
    cell2568(changed.id).value = 77777;
    cell2568(noLonger.id).value = '-';
    cell2568(newcomer.id).value = 4321;
    fws.getCell(renamed.row, renamed.source.cols.project! + 1).value = 'โครงการที่เปลี่ยนชื่อแล้ว';
    await fwb.xlsx.writeFile(edited);

    const again = saisaat('annual', edited, '--year', '2568', '--out', out, '--json');
    expect(again.err).toBe('');
    expect(again.code).toBe(0);
    const result = JSON.parse(again.out);
    expect(existsSync(result.backup)).toBe(true);
    expect(result.counts).toEqual({ added: 2, updated: 1, kept: withBudget.length - 3, dropped: 2 });

    const after = await readBack(out);
    const now = byId(after);
    // Every row the user had is still there, with its ticks, responsible unit and note.
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out);
    const ws2 = wb2.getWorksheet('แผนปฏิบัติการประจำปี ๒๕๖๘')!;
    for (const p of annual.projects) {
      const row = now.get(p.id)!;
      expect(row.quarters[p.sequence % 4]).toBe(true);
      expect(row.responsible).toBe(`กองคลัง ${p.sequence}`);
      expect(ws2.getCell(row.row, 20).value).toBe(`บันทึก ${p.id}`);
    }
    expect(now.get(changed.id)!.budgets['2568']).toBe(77777);
    expect(now.get(noLonger.id)!.remark).toContain(noBudgetMark(2568));
    expect(now.get(renamed.id)!.remark).toContain(DROPPED_MARK);
    expect(now.get(newcomer.id)!.budgets['2568']).toBe(4321);
    const renamedRow = after.projects.find((p) => p.name === 'โครงการที่เปลี่ยนชื่อแล้ว')!;
    expect(renamedRow.budgets['2568']).toBe(renamed.budgets['2568']);
    // The unmarked rows are the 5-year plan's 2568 column, project for project.
    const editedFive = await readBack(edited);
    const live = after.projects.filter((p) => !/\[ไม่/.test(p.remark));
    const expected = editedFive.projects.filter((p) => yearBudget(p, 2568) !== '-');
    expect(new Set(live.map((p) => p.id))).toEqual(new Set(expected.map((p) => p.id)));
    for (const p of expected) expect(now.get(p.id)!.budgets['2568']).toBe(p.budgets['2568']);
    expect(JSON.parse(saisaat('check', out, '--json').out).counts.errors).toBe(0);

    // A third run with nothing changed changes nothing.
    const third = JSON.parse(saisaat('annual', edited, '--year', '2568', '--out', out, '--json').out);
    expect(third.counts).toMatchObject({ added: 0, updated: 0, dropped: 2 });
  });

  test('--include adds the chosen candidates; an unknown id is refused', async () => {
    const five2 = await readBack(EXAMPLE);
    const candidate = five2.projects.find((p) => yearBudget(p, 2568) === '-')!;
    const file = join(tmp, 'with-candidate.xlsx');
    const run = saisaat('annual', EXAMPLE, '--year', '2568', '--out', file, '--include', candidate.id, '--json');
    expect(run.code).toBe(0);
    expect(byId(await readBack(file)).has(candidate.id)).toBe(true);
    const bad = saisaat('annual', EXAMPLE, '--year', '2568', '--out', join(tmp, 'x.xlsx'), '--include', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('nope');
  });
});

describe('saisaat annual refuses bad input in Thai, exit 2, writing nothing', () => {
  test.each([
    [['--out', 'a.xlsx'], '--year'],
    [['--year', '25x8', '--out', 'a.xlsx'], '--year'],
    [['--year', '2575', '--out', 'a.xlsx'], 'ไม่มีคอลัมน์งบประมาณปี 2575'],
    [['--year', '2568'], '--out'],
    [['--year', '2568', '--out', 'a.csv'], '.xlsx'],
  ])('%j', (args, words) => {
    const run = saisaat(
      'annual',
      EXAMPLE,
      ...args.map((a) => (a.endsWith('.xlsx') || a.endsWith('.csv') ? join(tmp, a) : a)),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain(words);
    expect(existsSync(join(tmp, 'a.xlsx'))).toBe(false);
  });

  test('an --out that is not an annual plan of the year is left alone', () => {
    const other = join(tmp, 'other.xlsx');
    copyFileSync(EXAMPLE, other);
    const before = readFileSync(other);
    const run = saisaat('annual', EXAMPLE, '--year', '2568', '--out', other);
    expect(run.code).toBe(2);
    expect(run.err).toContain('ไม่ใช่แผนปฏิบัติการประจำปี 2568');
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  test('an --out that is not an .xlsx file at all', () => {
    const junk = join(tmp, 'junk.xlsx');
    writeFileSync(junk, 'not a zip');
    const run = saisaat('annual', EXAMPLE, '--year', '2568', '--out', junk);
    expect(run.code).toBe(2);
    expect(run.err).toContain('อ่านไฟล์ --out');
  });
});

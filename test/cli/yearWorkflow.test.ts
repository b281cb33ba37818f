/**
 * The plan through its year, end to end with the real binary: the bundled 5-year plan → `saisaat
 * annual` for 2568 → the follow-up typed into the annual .xlsx as staff would (statuses, ordinance,
 * spending, results, ticks) → `check` finds nothing → `report --json` for both rounds equals the
 * truth counted by hand below → `annual` run again (a candidate included) keeps every follow-up cell
 * → planted mistakes found at their cells → the round-12 report and the announcement as .docx.
 */
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { ROOT, saisaat } from '../helpers';
import { counted } from '../generators/reportFigures';

const EXAMPLE = join(ROOT, 'examples/plan-2566-2570.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'saisaat-year-'));
const ANNUAL = join(tmp, 'annual.xlsx');
const SHEET = 'แผนปฏิบัติการประจำปี ๒๕๖๘';

type Round = [status: string, spent: number | null, result: string];
/**
 * The six projects the example has an amount for in 2568, in the annual plan's order (dimension,
 * plan budget): ordinance, then round 6 and round 12 as typed. Row 1 is finished at 6 months and
 * blank at 12; row 4 is not reported at 6 months.
 */
const FOLLOW_UP: { ordinance: number | null; r6: Round; r12: Round; ticks: string }[] = [
  { ordinance: 10000, r6: ['ดำเนินการแล้วเสร็จ', 9500, 'มอบประกาศ ๑๒ ชุมชน'], r12: ['', null, ''], ticks: '1' },
  {
    ordinance: 45000,
    r6: ['อยู่ระหว่างดำเนินการ', 20000, 'อบรมรุ่นที่ ๑'],
    r12: ['ดำเนินการแล้วเสร็จ', 44000, 'อบรม ๒ รุ่น ๑๒๐ คน'],
    ticks: '23',
  },
  {
    ordinance: 20000,
    r6: ['ยังไม่ได้ดำเนินการ', null, ''],
    r12: ['อยู่ระหว่างดำเนินการ', 12000, 'ปรับปรุงห้องแล้ว'],
    ticks: '34',
  },
  { ordinance: null, r6: ['', null, ''], r12: ['ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)', 0, ''], ticks: '2' },
  {
    ordinance: 8500,
    r6: ['อยู่ระหว่างดำเนินการ', 3000, 'จัดเวที ๒ หมู่บ้าน'],
    r12: ['ดำเนินการแล้วเสร็จ', 8500, 'จัดเวทีครบ ๙ หมู่บ้าน'],
    ticks: '12',
  },
  {
    ordinance: 5000,
    r6: ['ดำเนินการแล้วเสร็จ', 0, 'เปิดช่องทางร้องเรียน ๓ ช่องทาง'],
    r12: ['ดำเนินการแล้วเสร็จ', 0, 'เปิดช่องทางร้องเรียน ๓ ช่องทาง'],
    ticks: '1234',
  },
];

const f = counted;

/** Counted by hand from FOLLOW_UP and the example's 2568 budgets (10,000 50,000 | 20,000 | 15,000 8,500 | 5,000). */
const TRUTH = {
  6: {
    year: 2568,
    round: 6,
    period: { from: '2024-10-01', to: '2025-03-31' },
    byDimension: {
      '1': f(2, [1, 1, 0, 0, 0], [60000, 55000, 29500]),
      '2': f(1, [0, 0, 0, 1, 0], [20000, 20000, 0]),
      '3': f(2, [0, 1, 0, 0, 1], [23500, 8500, 3000]),
      '4': f(1, [1, 0, 0, 0, 0], [5000, 5000, 0]),
    },
    total: f(6, [2, 2, 0, 1, 1], [108500, 88500, 32500]),
  },
  12: {
    year: 2568,
    round: 12,
    period: { from: '2024-10-01', to: '2025-09-30' },
    byDimension: {
      '1': f(2, [2, 0, 0, 0, 0], [60000, 55000, 53500]),
      '2': f(1, [0, 1, 0, 0, 0], [20000, 20000, 12000]),
      '3': f(2, [1, 0, 1, 0, 0], [23500, 8500, 8500]),
      '4': f(1, [1, 0, 0, 0, 0], [5000, 5000, 0]),
    },
    total: f(6, [4, 1, 1, 0, 0], [108500, 88500, 74000]),
  },
};

/** The annual sheet's columns by their header words: the reader's job is tested elsewhere; this finds where to type. */
function columns(ws: ExcelJS.Worksheet) {
  const top = ws.getRow(4).values as unknown[];
  const bottom = ws.getRow(5).values as unknown[];
  const find = (group: RegExp | null, label: RegExp) =>
    bottom.findIndex((v, i) => label.test(String(v ?? '')) && (group === null || group.test(String(top[i] ?? ''))));
  const round = (r: RegExp) => ({
    status: find(r, /^สถานะ$/),
    spent: find(r, /เบิกจ่าย/),
    result: find(r, /^ผลการดำเนินงาน$/),
  });
  return {
    ordinance: find(null, /ข้อบัญญัติ/),
    quarters: [1, 2, 3, 4].map((q) => find(null, new RegExp(`^ไตรมาส ${'๑๒๓๔'[q - 1]}$`))),
    name: find(null, /^โครงการ/),
    r6: round(/รอบ ๖ เดือน/),
    r12: round(/รอบ ๑๒ เดือน/),
  };
}

async function edit(file: string, change: (ws: ExcelJS.Worksheet, cols: ReturnType<typeof columns>) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET)!;
  change(ws, columns(ws));
  await wb.xlsx.writeFile(file);
}

const FIRST_ROW = 6;
const json = (file: string, round: 6 | 12) =>
  JSON.parse(saisaat('report', file, '--round', String(round), '--json').out);

describe('the plan through its year (saisaat annual → follow-up → check → report → announce)', () => {
  beforeAll(async () => {
    expect(saisaat('annual', EXAMPLE, '--year', '2568', '--out', ANNUAL).code).toBe(0);
    await edit(ANNUAL, (ws, c) => {
      for (const k of [c.ordinance, c.r6.status, c.r12.status, ...c.quarters]) expect(k).toBeGreaterThan(0);
      FOLLOW_UP.forEach((p, i) => {
        const row = ws.getRow(FIRST_ROW + i);
        row.getCell(c.ordinance).value = p.ordinance;
        for (const [round, [status, spent, result]] of [
          [c.r6, p.r6],
          [c.r12, p.r12],
        ] as const) {
          row.getCell(round.status).value = status || null;
          row.getCell(round.spent).value = spent;
          row.getCell(round.result).value = result || null;
        }
        for (const q of p.ticks) row.getCell(c.quarters[Number(q) - 1]).value = '✓';
      });
      // What Excel does on saving (the file asks for a full recalculation on load): the grand
      // total's counts of ticked projects per quarter, stored with their formulas.
      let last = FIRST_ROW;
      ws.eachRow((row, n) => {
        if (row.getCell(c.name).value === 'รวมทั้งสิ้น') last = n;
      });
      const total = ws.getRow(last);
      for (const [q, col] of c.quarters.entries()) {
        const cell = total.getCell(col);
        const formula = (cell.value as { formula: string }).formula;
        cell.value = { formula, result: FOLLOW_UP.filter((p) => p.ticks.includes(String(q + 1))).length };
      }
    });
  });

  test('the annual plan with its follow-up typed in has no finding of the follow-up', () => {
    const check = JSON.parse(saisaat('check', ANNUAL, '--json').out);
    expect(check.issues.filter((x: { code: string }) => x.code.startsWith('FOLLOWUP_'))).toEqual([]);
    expect(check.counts.errors).toBe(0);
  });

  test.each([6, 12] as const)('round %i: the figures equal the truth counted by hand', (round) => {
    expect(json(ANNUAL, round)).toEqual(TRUTH[round]);
  });

  test('annual again, a candidate included: ticks and follow-up stay, the new project waits for its report', async () => {
    const candidate = /p[0-9a-z]+(?=\s+มิติ 3)/.exec(
      saisaat('annual', EXAMPLE, '--year', '2568', '--out', ANNUAL).out,
    )?.[0];
    expect(candidate).toBeDefined();
    expect(saisaat('annual', EXAMPLE, '--year', '2568', '--out', ANNUAL, '--include', candidate!).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ANNUAL);
    const ws = wb.getWorksheet(SHEET)!;
    const c = columns(ws);
    FOLLOW_UP.forEach((p, i) => {
      const row = ws.getRow(FIRST_ROW + i);
      expect(row.getCell(c.r6.status).value ?? '').toBe(p.r6[0]);
      expect(row.getCell(c.r12.spent).value).toBe(p.r12[1]);
      expect(row.getCell(c.ordinance).value).toBe(p.ordinance);
      for (const q of p.ticks) expect(row.getCell(c.quarters[Number(q) - 1]).value).toBe('✓');
    });
    const twelve = json(ANNUAL, 12);
    expect(twelve.total).toEqual({ ...TRUTH[12].total, projects: 7, notReported: 1 });
    expect(twelve.byDimension['3'].notReported).toBe(1);
  });

  test('planted mistakes are found at their cells', async () => {
    const broken = join(tmp, 'broken.xlsx');
    copyFileSync(ANNUAL, broken);
    let cells: Record<string, string> = {};
    await edit(broken, (ws, c) => {
      const at = (i: number, col: number) => ws.getRow(FIRST_ROW + i).getCell(col);
      at(0, c.r12.status).value = 'อยู่ระหว่างดำเนินการ'; // finished at 6 months, reopened at 12
      at(2, c.r12.status).value = 'ไม่สามารถดำเนินการได้'; // no reason
      at(2, c.r12.result).value = null;
      at(1, c.r12.spent).value = 15000; // below the 20,000 spent at 6 months
      at(4, c.r6.status).value = 'เสร็จไปบ้าง'; // no such status
      cells = {
        FOLLOWUP_FINISHED_REOPENED: at(0, c.r12.status).address,
        FOLLOWUP_REASON_MISSING: at(2, c.r12.status).address,
        FOLLOWUP_SPENT_DECREASED: at(1, c.r12.spent).address,
        FOLLOWUP_STATUS_UNKNOWN: at(4, c.r6.status).address,
      };
    });
    const findings: { code: string; cell: string }[] = JSON.parse(saisaat('check', broken, '--json').out).issues;
    for (const [code, cell] of Object.entries(cells))
      expect(findings).toContainEqual(expect.objectContaining({ code, cell }));
  });

  test('the round-12 report and the announcement as .docx', async () => {
    const out = join(tmp, 'docs');
    const signer = ['--signer', 'นายสมชาย ใจดี', '--position', 'นายกเทศมนตรีตำบลบึงเค็งตา'];
    const texts = ['--problems', 'งบประมาณโอนล่าช้า', '--suggestions', 'ควรจัดสรรงบประมาณต้นปี'];
    expect(
      saisaat('report', ANNUAL, '--round', '6', '--out', out, ...signer, ...texts, '--date', '2025-04-10').code,
    ).toBe(0);
    expect(saisaat('announce', ANNUAL, '--out', out, ...signer, '--date', '2024-10-01').code).toBe(0);
    const report = join(out, 'รายงานผล รอบ ๖ เดือน ๒๕๖๘.docx');
    expect(existsSync(report)).toBe(true);
    const { value } = await mammoth.extractRawText({ path: report });
    expect(value).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)');
    expect(value).toContain('๓๒,๕๐๐.๐๐'); // spent at 6 months, the total row
    expect(value).toContain('มอบประกาศ ๑๒ ชุมชน');
    const announcement = join(out, 'ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘.docx');
    const text = (await mammoth.extractRawText({ path: announcement })).value;
    expect(text).toContain('จึงประกาศให้ทราบโดยทั่วกัน');
    expect(text).toContain('ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗');
  });
});

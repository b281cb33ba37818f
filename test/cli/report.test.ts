/**
 * `saisaat report` (the real binary, built by `npm test`) on the hand-made annual plan with
 * follow-up, test/fixtures/annual-2568-followup.csv: the --json figures of both rounds equal the
 * truth counted by hand from the fixture, below; the text summary; the user's mistakes (exit 2).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { ROOT, saisaat } from '../helpers';
import { counted } from '../generators/reportFigures';

const FIXTURE = join(ROOT, 'test/fixtures/annual-2568-followup.csv');
const tmp = mkdtempSync(join(tmpdir(), 'saisaat-report-'));

/**
 * Counted by hand from the fixture. Round 6: ๑ finished 28,500; ๒ in progress ("-"); ๓ not
 * started; ๔ ๕ in progress (๕ spent 12,000); ๖ not possible; ๗ finished; ๘ finished 24,000;
 * ๙ in progress; ๑๐ not reported; ๑๑ not started; ๑๒ in progress. Round 12: ๑ and ๗ finished at
 * 6 months, blank at 12, stay finished (๑ keeps its 28,500); ๒ ๓ (19,800) ๔ ๘ (24,000) ๑๑
 * (17,950.50) finished; ๕ in progress 38,500; ๖ ๑๒ not possible; ๙ ๑๐ not reported.
 * Plan budgets: ๑ 30,000 ๓ 20,000 ๕ 50,000 ๖ 15,000 ๘ 25,000 ๑๐ 10,000 ๑๑ 20,000, the others
 * ไม่ใช้งบประมาณ; ordinance: ๑ 30,000 ๓ 20,000 ๕ 45,000 ๘ 25,000 ๑๐ 10,000 ๑๑ 18,000.
 */
const f = counted;

const ROUND_6 = {
  year: 2568,
  round: 6,
  period: { from: '2024-10-01', to: '2025-03-31' },
  byDimension: {
    '1': f(3, [1, 1, 0, 1, 0], [50000, 50000, 28500]),
    '2': f(4, [1, 2, 1, 0, 0], [65000, 45000, 12000]),
    '3': f(3, [1, 1, 0, 0, 1], [35000, 35000, 24000]),
    '4': f(2, [0, 1, 0, 1, 0], [20000, 18000, 0]),
  },
  total: f(12, [3, 5, 1, 2, 1], [170000, 148000, 64500]),
};

const ROUND_12 = {
  year: 2568,
  round: 12,
  period: { from: '2024-10-01', to: '2025-09-30' },
  byDimension: {
    '1': f(3, [3, 0, 0, 0, 0], [50000, 50000, 48300]),
    '2': f(4, [2, 1, 1, 0, 0], [65000, 45000, 38500]),
    '3': f(3, [1, 0, 0, 0, 2], [35000, 35000, 24000]),
    '4': f(2, [1, 0, 1, 0, 0], [20000, 18000, 17950.5]),
  },
  total: f(12, [7, 1, 2, 0, 2], [170000, 148000, 128750.5]),
};

describe('saisaat report --json on an annual plan with follow-up', () => {
  test.each([
    ['6', ROUND_6],
    ['12', ROUND_12],
    ['๖', ROUND_6],
  ])('--round %s prints exactly the figures counted by hand', (round, truth) => {
    const r = saisaat('report', FIXTURE, '--round', round, '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(truth);
  });

  test('--year given for a plan whose title says none', () => {
    const noYear = join(tmp, 'no-year.csv');
    const text = readFileSync(FIXTURE, 'utf8')
      .replace('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', '')
      .replace('งบประมาณ ปี ๒๕๖๘ (บาท)', 'งบประมาณ (บาท)');
    writeFileSync(noYear, text);
    const unknown = saisaat('report', noYear, '--round', '6');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('ไม่ทราบปีงบประมาณของแผนประจำปี');
    expect(unknown.err).toContain('--year');
    const r = saisaat('report', noYear, '--round', '12', '--year', '2568', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(ROUND_12);
  });
});

describe('saisaat report: the text summary', () => {
  test('the round, its period, counts by status and budgets by dimension, in Thai', () => {
    const r = saisaat('report', FIXTURE, '--round', '12');
    expect(r.code).toBe(0);
    expect(r.out).toContain('องค์การบริหารส่วนตำบลหนองบัวทอง');
    expect(r.out).toContain('ประจำปีงบประมาณ พ.ศ. 2568 รอบ 12 เดือน (1 ตุลาคม 2567 – 30 กันยายน 2568)');
    expect(r.out).toMatch(/มิติที่ 3\s+3\s+1\s+0\s+0\s+0\s+2\n/);
    expect(r.out).toMatch(/รวมทั้งสิ้น\s+12\s+7\s+1\s+2\s+0\s+2\n/);
    expect(r.out).toMatch(/มิติที่ 4\s+20,000\s+18,000\s+17,950\.50\s+89\.75\n/);
    expect(r.out).toMatch(/รวมทั้งสิ้น\s+170,000\s+148,000\s+128,750\.50\s+75\.74\n/);
    expect(r.out).toContain('ไม่พบปัญหา');
  });

  test('follow-up findings are listed; a plan error makes the exit code 1', () => {
    const broken = join(tmp, 'broken.csv');
    // Project ๑๑'s round-12 spending is no amount (an error), project ๕ spends above its ordinance (a warning).
    const text = readFileSync(FIXTURE, 'utf8').replace('17,950.50', 'ประมาณหมื่นแปด').replace('38,500', '46,000');
    writeFileSync(broken, text);
    const r = saisaat('report', broken, '--round', '12', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Fiscal year 2568, 12-month round (1 ตุลาคม 2567 – 30 กันยายน 2568)');
    expect(r.out).toMatch(/✖ Q15\s+"ประมาณหมื่นแปด" is not an amount \(follow-up\)/);
    expect(r.out).toMatch(/⚠ Q9\s+Spent 46,000 baht \(12-month round\) is above the budget in the ordinance/);
  });

  test('a plan without follow-up columns: every project is not reported, and the summary says why', () => {
    const r = saisaat('report', join(ROOT, 'examples/eplan-annual-2567.csv'), '--round', '6');
    expect(r.out).toContain('แผนนี้ไม่มีคอลัมน์ติดตามผลรอบ 6 เดือน');
    const json = JSON.parse(
      saisaat('report', join(ROOT, 'examples/eplan-annual-2567.csv'), '--round', '6', '--json').out,
    );
    expect(json.total.projects).toBeGreaterThan(0);
    expect(json.total.notReported).toBe(json.total.projects);
  });
});

describe('saisaat report: the user mistakes (exit 2)', () => {
  test.each([
    [[], 'ต้องระบุรอบรายงานด้วย --round 6 หรือ --round 12'],
    [['--round', '9'], 'ต้องระบุรอบรายงานด้วย --round 6 หรือ --round 12 (ได้รับ "9")'],
    [['--round', '6', '--year', '68'], '--year ต้องเป็นปี พ.ศ.'],
  ])('%j', (args, message) => {
    const r = saisaat('report', FIXTURE, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  test('with --json the mistake is one JSON object in both languages', () => {
    const r = saisaat('report', FIXTURE, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error).toEqual(
      expect.objectContaining({ code: 'USAGE', messageEn: 'Give the round with --round 6 or --round 12' }),
    );
  });
});

describe('saisaat report --out: the round-12 report as .docx', () => {
  const signed = ['--signer', 'นายสมชาย ใจดี', '--position', 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง'];

  test('written with the figures of --json, the texts and the signer; round 12 refuses without problems and suggestions', async () => {
    const out = join(tmp, 'docs-12');
    const refused = saisaat('report', FIXTURE, '--round', '12', '--out', out, ...signed);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('ปัญหาอุปสรรค');
    expect(refused.err).toContain('ข้อเสนอแนะ');

    const r = saisaat(
      'report',
      FIXTURE,
      '--round',
      '12',
      '--out',
      out,
      ...signed,
      '--problems',
      'งบประมาณโอนล่าช้า\\nบุคลากรไม่เพียงพอ',
      '--suggestions',
      'ควรจัดสรรงบประมาณต้นปี',
      '--date',
      '2025-10-15',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).total).toEqual(ROUND_12.total);
    const file = join(out, 'รายงานผล รอบ ๑๒ เดือน ๒๕๖๘.docx');
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(file) });
    expect(value).toContain('รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)');
    expect(value).toContain('งบประมาณโอนล่าช้า\n\nบุคลากรไม่เพียงพอ');
    expect(value).toContain('ควรจัดสรรงบประมาณต้นปี');
    expect(value).toContain('(นายสมชาย ใจดี)');
    expect(value).toContain('ข้อมูล ณ วันที่ ๑๕ ตุลาคม');
    // The grand total's spending, as the document prints it.
    expect(value).toContain('๑๒๘,๗๕๐.๕๐');
  });
});

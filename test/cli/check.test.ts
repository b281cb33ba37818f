/**
 * The real `saisaat` binary (bin/saisaat.cjs → build/cli.cjs, built by `npm test`) on real files:
 * the bundled examples, and broken ones made from them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { BIN, ROOT, saisaat } from '../helpers';
import { readWorkbook } from '../../src/cli/workbook';

const EXAMPLE = join(ROOT, 'examples/plan-2566-2570.xlsx');
const CSV = join(ROOT, 'examples/eplan-annual-2567.csv');
const tmp = mkdtempSync(join(tmpdir(), 'saisaat-cli-'));

async function editedExample(
  name: string,
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  edit(wb.worksheets[0], wb);
  const file = join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('saisaat check on the bundled 5-year example (.xlsx)', () => {
  test('prints a Thai summary and exits 0 (warnings only)', () => {
    const r = saisaat('check', EXAMPLE);
    expect(r.code).toBe(0);
    expect(r.out).toContain('แผ่นงาน: "แผนปฏิบัติการ"');
    expect(r.out).toContain('แผน ๕ ปี · ปีงบประมาณ 2566–2570 · 15 โครงการ');
    expect(r.out).toMatch(/มิติที่ 1 \(3\)\s+55,000\s+55,000\s+60,000\s+60,000\s+60,000\s+290,000/);
    expect(r.out).toMatch(/รวมทั้งสิ้น\s+103,500\s+103,500\s+108,500\s+113,500\s+113,500\s+542,500/);
    expect(r.out).toContain('แถวยอดรวมรายมิติ 4 แถว · แถวรวมทั้งสิ้น 1 แถว');
    expect(r.out).toMatch(/⚠ C\d+\s+ชื่อหน่วยงาน "เทศบาลตำบลบุญเกี๊ยะตา" ไม่ตรงกับ "เทศบาลตำบลบึงเค็งตา"/);
    // 7, and 13 cells whose words the example keeps broken as the seeds wrote them (ส่วน ท้องถิ่น …).
    expect(r.out).toContain('ข้อผิดพลาด 0 · คำเตือน 20');
    expect(r.out.match(/\[WRAPPED_WORD\]/g)).toHaveLength(13);
    expect(r.out).toContain('ผลการตรวจ: ผ่าน (มีคำเตือน)');
    expect(r.err).toBe('');
  });

  test('--json prints exactly one JSON object with the documented shape', () => {
    const r = saisaat('check', EXAMPLE, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.sheet).toBe('แผนปฏิบัติการ');
    expect(report.layout).toBe('five-year');
    expect(report.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(report.projects).toHaveLength(15);
    expect(report.projects[1]).toEqual(
      expect.objectContaining({
        row: expect.any(Number),
        no: 2,
        name: expect.stringContaining('โครงการพัฒนา ความรู้ด้านกฎหมาย'),
        dimension: 1,
        added: false,
        budgets: { 2566: 45000, 2567: 45000, 2568: 50000, 2569: 50000, 2570: 50000 },
        quarters: [false, false, false, false],
      }),
    );
    expect(report.totals.byYear).toEqual({ 2566: 103500, 2567: 103500, 2568: 108500, 2569: 113500, 2570: 113500 });
    expect(report.totals.byDimension['3']).toEqual({ 2566: 23500, 2567: 23500, 2568: 23500, 2569: 23500, 2570: 23500 });
    expect(report.totals.grand).toBe(542500);
    expect(report.totals.quarters).toEqual([0, 0, 0, 0]);
    for (const issue of report.issues)
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['severity', 'code', 'cell', 'message']));
  });

  test('--lang en prints the summary in English', () => {
    const r = saisaat('check', EXAMPLE, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('5-year plan · Fiscal years 2566–2570 · 15 projects');
    expect(r.out).toContain('Result: passed (with warnings)');
  });

  test('picks the plan sheet when it is not the first one, or the one --sheet names', async () => {
    const file = await editedExample('cover-first.xlsx', (_ws, wb) => {
      const cover = wb.addWorksheet('ปก');
      cover.addRow(['แผนปฏิบัติการป้องกันการทุจริต']);
      // exceljs writes sheets in orderNo order: put the cover first.
      wb.worksheets.forEach((ws) => ((ws as unknown as { orderNo: number }).orderNo += 1));
      (cover as unknown as { orderNo: number }).orderNo = 0;
    });
    expect((await readWorkbook(file)).map((s) => s.name)).toEqual(['ปก', 'แผนปฏิบัติการ', 'รายละเอียดโครงการ']);
    expect(JSON.parse(saisaat('check', file, '--json').out).sheet).toBe('แผนปฏิบัติการ');
    const named = saisaat('check', file, '--json', '--sheet', 'ปก');
    expect(named.code).toBe(1);
    expect(JSON.parse(named.out).issues[0].code).toBe('NO_PLAN_TABLE');
  });
});

describe('saisaat check on the e-plan example (.csv)', () => {
  test('annual layout, year from the title, quarter counts', () => {
    const r = saisaat('check', CSV);
    expect(r.code).toBe(0);
    expect(r.out).toContain('แผนประจำปี · ปีงบประมาณ 2567 · 49 โครงการ');
    expect(r.out).toContain('ไตรมาส 1 32 · ไตรมาส 2 33 · ไตรมาส 3 33 · ไตรมาส 4 32');
    expect(r.out).toContain('[SAME_SOURCE_AMOUNT]');
    expect(r.out).toContain('[FOREIGN_SCRIPT]');
  });

  test('a CSV saved by Thai Excel in Windows-874 reads the same', () => {
    const utf8 = spawnSync(process.execPath, [BIN, 'check', CSV, '--json'], { encoding: 'utf8' }).stdout;
    const text = readFileSync(CSV, 'utf8').replace(/^\ufeff/, '');
    // Encode to TIS-620/Windows-874 by code point: Thai U+0E01–U+0E5B map to 0xA1–0xFB; what
    // Windows-874 cannot hold (☑/☐, the Devanagari typo) becomes '?', as Excel would write it.
    const encodable = (cp: number) => cp < 0x80 || (cp >= 0x0e01 && cp <= 0x0e5b);
    const bytes = Buffer.from(
      [...text].map((ch) => {
        const cp = ch.codePointAt(0)!;
        return !encodable(cp) ? 0x3f : cp < 0x80 ? cp : cp - 0x0e01 + 0xa1;
      }),
    );
    const lossy = (s: string) => [...s].map((ch) => (encodable(ch.codePointAt(0)!) ? ch : '?')).join('');
    const file = join(tmp, 'tis620.csv');
    writeFileSync(file, bytes);
    const r = saisaat('check', file, '--json');
    const a = JSON.parse(utf8);
    const b = JSON.parse(r.out);
    expect(b.projects.map((p: { name: string }) => p.name)).toEqual(
      a.projects.map((p: { name: string }) => lossy(p.name)),
    );
    expect(b.totals.byYear).toEqual(a.totals.byYear);
    expect(b.projects[0].name).toBe('โครงการโรงเรียนคุณธรรม');
  });
});

describe('broken files', () => {
  test('text in a budget cell: exit 1, the cell and the text are named', async () => {
    const file = await editedExample('text-budget.xlsx', (ws) => {
      ws.getCell('E8').value = 'ประมาณ 5 หมื่น';
    });
    const r = saisaat('check', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✖ E8\s+งบประมาณปี 2567 "ประมาณ 5 หมื่น" ไม่ใช่จำนวนเงิน/);
    expect(r.out).toContain('ผลการตรวจ: ไม่ผ่าน');
  });

  test('amounts out of range (1e21, 1e308, a third decimal) are BUDGET_INVALID at their cells; totals stay finite; docs do not crash', async () => {
    const file = await editedExample('huge-budget.xlsx', (ws) => {
      ws.getCell('E8').value = 1e21;
      ws.getCell('F8').value = 1e308;
      ws.getCell('G8').value = '1,234.567';
    });
    const r = saisaat('check', file, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const invalid = report.issues.filter((i: { code: string }) => i.code === 'BUDGET_INVALID');
    expect(invalid.map((i: { cell: string }) => i.cell)).toEqual(['E8', 'F8', 'G8']);
    for (const v of Object.values(report.totals.byYear)) expect(Number.isFinite(v)).toBe(true);
    const docs = saisaat('docs', file, '--out', join(tmp, 'huge-docs'));
    expect([0, 1]).toContain(docs.code); // written or refused with findings, never a crash
    expect(docs.err).not.toMatch(/\bat \w+|Error|undefined|NaN|Infinity/);
    expect(docs.out).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('only a regular file of at most 50 MB is read: a pipe, a device, a folder or a huge file get a message, exit 2, never a hang', () => {
    const fifo = join(tmp, 'pipe.csv');
    spawnSync('mkfifo', [fifo]);
    const huge = join(tmp, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, 51 * 1024 * 1024); // sparse: no disk used
    const cases: [string, RegExp, RegExp][] = [
      [fifo, /ไม่ใช่ไฟล์ธรรมดา/, /not a regular file/],
      ['/dev/zero', /ไม่ใช่ไฟล์ธรรมดา/, /not a regular file/],
      [tmp, /เป็นโฟลเดอร์/, /is a folder/],
      [huge, /ไฟล์ใหญ่ 51 MB เกินขีดจำกัด 50 MB/, /the file is 51 MB, over the 50 MB limit/],
    ];
    for (const [file, th, en] of cases) {
      expect([saisaat('check', file).code, saisaat('check', file).err]).toEqual([2, expect.stringMatching(th)]);
      expect(saisaat('check', file, '--lang', 'en').err).toMatch(en);
    }
  });

  test('missing header: exit 1 with NO_PLAN_TABLE', async () => {
    const file = await editedExample('no-header.xlsx', (ws) => {
      ws.spliceRows(5, 2);
    });
    const r = saisaat('check', file, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues.map((i: { code: string }) => i.code)).toEqual(['NO_PLAN_TABLE']);
  });

  test('an empty file cannot be read, whatever its type (exit 2); a CSV of empty cells has no plan table (exit 1)', () => {
    const csv = join(tmp, 'empty.csv');
    writeFileSync(csv, '');
    const a = saisaat('check', csv);
    expect(a.code).toBe(2);
    expect(a.err).toContain('ไฟล์ว่างเปล่า');
    expect(a.out).toBe('');
    const blankCells = join(tmp, 'blank-cells.csv');
    writeFileSync(blankCells, ',,,\n,,,\n');
    const c = saisaat('check', blankCells);
    expect(c.code).toBe(1);
    expect(c.out).toContain('ไม่พบตารางแผน');
    const xlsx = join(tmp, 'empty.xlsx');
    writeFileSync(xlsx, '');
    const b = saisaat('check', xlsx);
    expect(b.code).toBe(2);
    expect(b.err).toContain('ไฟล์ว่างเปล่า');
    expect(saisaat('check', xlsx, '--lang', 'en').err).toBe(`Cannot read ${xlsx}: the file is empty\n`);
  });

  test('a file that is not a spreadsheet: exit 2, a clear message, no stack trace', () => {
    const png = join(tmp, 'photo.xlsx');
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const r = saisaat('check', png);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ไม่ใช่ไฟล์ Excel (.xlsx) ที่สมบูรณ์');
    expect(r.err).not.toMatch(/\n\s+at /);
    const pdf = join(tmp, 'plan.pdf');
    copyFileSync(EXAMPLE, pdf);
    const p = saisaat('check', pdf);
    expect(p.code).toBe(2);
    expect(p.err).toContain('รองรับเฉพาะ .xlsx, .csv และ .tsv');
    expect(saisaat('check', png, '--lang', 'en').err).toContain('not a valid Excel (.xlsx) file');
    expect(saisaat('check', pdf, '--lang', 'en').err).toContain('only .xlsx, .csv and .tsv are supported');
  });

  test('a missing file or sheet: exit 2; with --json the error is the one JSON object', () => {
    const nope = join(tmp, 'nope.xlsx');
    const r = saisaat('check', nope, '--json');
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).error).toEqual({
      code: 'FILE_UNREADABLE',
      message: `อ่านไฟล์ ${nope} ไม่ได้: ไม่พบไฟล์`,
      messageEn: `Cannot read ${nope}: file not found`,
    });
    expect(r.err).toContain('ไม่พบไฟล์');
    expect(saisaat('check', nope, '--lang', 'en').err).toBe(`Cannot read ${nope}: file not found\n`);
    const s = saisaat('check', EXAMPLE, '--sheet', 'ไม่มี');
    expect(s.code).toBe(2);
    expect(s.err).toContain('ไม่พบแผ่นงาน "ไม่มี"');
    expect(saisaat('check', EXAMPLE, '--sheet', 'ไม่มี', '--lang', 'en').err).toMatch(/^No sheet named "ไม่มี"/);
  });

  test('command-line mistakes: exit 2 with help', () => {
    expect(saisaat().code).toBe(2);
    expect(saisaat('check').code).toBe(2);
    expect(saisaat('check', EXAMPLE, '--years', '2566').err).toContain('--years');
    expect(saisaat('frobnicate').code).toBe(2);
    const help = saisaat('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('saisaat check FILE');
  });

  test('with --lang en every command-line mistake is told in English', () => {
    const thaiScript = /[\u0e01-\u0e3a\u0e40-\u0e4e]/;
    const usage = saisaat('check', EXAMPLE, '--years', '2566', '--lang', 'en');
    expect(usage.code).toBe(2);
    expect(usage.err).toBe('--years must be a range of BE years, e.g. 2566-2570 (got "2566")\n');
    const json = JSON.parse(saisaat('check', EXAMPLE, '--years', '2570-2566', '--json', '--lang', 'en').out);
    expect(json.error).toEqual({
      code: 'USAGE',
      message: 'การตั้งค่าไม่ถูกต้อง: ปีสิ้นสุดต้องไม่น้อยกว่าปีเริ่มต้น',
      messageEn: 'Invalid settings: the last year must not be before the first',
    });
    expect(saisaat('check', '--lang', 'en').err).toBe('Give the file, e.g. saisaat check plan.xlsx\n');
    expect(saisaat('check', EXAMPLE, 'more.xlsx', '--lang=en').err).toBe('One file at a time (extra: more.xlsx)\n');
    const unknown = saisaat('frobnicate', '--lang', 'en');
    expect(unknown.err).toMatch(/^Unknown command "frobnicate"\n\nSaiSaat \(ใสสะอาด\) — checks/);
    const badOption = saisaat('check', EXAMPLE, '--frob', '--lang', 'en');
    expect(badOption.code).toBe(2);
    expect(badOption.err).toMatch(/^Unknown option --frob — see the usage below\n\nSaiSaat/);
    // The help in English names Thai sheet and place names only as examples.
    const help = saisaat('--help', '--lang', 'en').out;
    expect(help).toContain('Usage:\n  saisaat check FILE');
    expect(help.replace(/ใสสะอาด|"[^"]*"/g, '')).not.toMatch(thaiScript);
  });

  test('options are checked and explained in Thai (English with --lang en); no Node or zod text reaches the user', () => {
    const cases: [string[], RegExp, RegExp][] = [
      [['--date', '2024-13-45'], /^--date "2024-13-45" ไม่ใช่วันที่ที่มีจริง/, /^--date "2024-13-45" is not a real date/],
      [['--date', '2567-02-30'], /^--date "2567-02-30" ไม่ใช่วันที่ที่มีจริง/, /is not a real date/],
      [['--date', '30/09/2565'], /^--date ต้องเป็นวันที่แบบ YYYY-MM-DD/, /^--date must be a date written YYYY-MM-DD/],
      [['--lang', 'fr'], /^--lang ต้องเป็น th หรือ en \(ได้รับ "fr"\)/, /^--lang ต้องเป็น th หรือ en/],
      [['--sheet'], /^ตัวเลือก --sheet ต้องมีค่าตามหลัง/, /^The option --sheet needs a value after it/],
      [['--digits', 'roman'], /^--digits ต้องเป็น thai หรือ arabic/, /^--digits must be thai or arabic/],
      [['--frob'], /^ไม่รู้จักตัวเลือก --frob/, /^Unknown option --frob/],
    ];
    for (const [args, th, en] of cases) {
      const thai = saisaat('docs', EXAMPLE, '--out', join(tmp, 'never'), ...args);
      expect([thai.code, thai.err]).toEqual([2, expect.stringMatching(th)]);
      expect(thai.err).not.toMatch(/argument missing|Unknown option '|Invalid input|undefined|\bat \w+ \(/);
      // --lang fr cannot choose English: its message stays Thai.
      const english = saisaat(
        'docs',
        EXAMPLE,
        '--out',
        join(tmp, 'never'),
        ...args,
        ...(args[0] === '--lang' ? [] : ['--lang', 'en']),
      );
      expect([english.code, english.err]).toEqual([2, expect.stringMatching(en)]);
    }
    expect(existsSync(join(tmp, 'never'))).toBe(false);
    // 29 February 2567 (2024, a leap year) is a real date.
    expect(saisaat('docs', EXAMPLE, '--out', join(tmp, 'leap'), '--date', '2567-02-29').code).toBe(0);
  });

  test('an annual plan whose title gives no year: the summary says so, --year supplies it', () => {
    const csv = join(tmp, 'no-year.csv');
    writeFileSync(csv, readFileSync(CSV, 'utf8').replace(/ พ\.ศ\. 2567/g, ''));
    const r = saisaat('check', csv);
    expect(r.code).toBe(1);
    expect(r.out).toContain('แผนประจำปี · ปีงบประมาณ ไม่ทราบ · 49 โครงการ');
    expect(r.out).toContain('[FISCAL_YEAR_UNKNOWN]');
    const withYear = JSON.parse(saisaat('check', csv, '--json', '--year', '2567').out);
    expect(withYear.years).toEqual([2567]);
    expect(withYear.yearSource).toBe('settings');
    expect(withYear.issues.map((i: { code: string }) => i.code)).not.toContain('FISCAL_YEAR_UNKNOWN');
  });

  test('--year and --org settings reach the check', () => {
    const r = saisaat('check', CSV, '--json', '--org', 'เทศบาลเมืองอื่น');
    expect(JSON.parse(r.out).issues.some((i: { code: string }) => i.code === 'ORG_NAME_MISMATCH')).toBe(true);
  });
});

describe('saisaat check on a plan of the previous generation (2561–2564)', () => {
  test('read with that plan’s dimension names and sub-missions: no catalogue findings', () => {
    const csv = join(tmp, 'plan-2561-2564.csv');
    const rows = [
      ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'],
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔'],
      [
        'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
        '๑.๓ การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน',
        'โครงการโตไปไม่โกง',
        '-',
        '-',
        '-',
        '-',
      ],
      [
        'มิติที่ ๒ การบริหารราชการเพื่อป้องกันการทุจริต',
        '๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร',
        'กิจกรรมประกาศเจตจำนง',
        '-',
        '-',
        '-',
        '-',
      ],
    ];
    writeFileSync(csv, rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n'));
    const report = JSON.parse(saisaat('check', csv, '--json').out);
    expect(report.issues.filter((i: { code: string }) => /^(MISSION|DIMENSION)_/.test(i.code))).toEqual([]);
    expect(report.projects.map((p: { missionId: string }) => p.missionId)).toEqual([
      'youth-awareness',
      'political-will',
    ]);
  });
});

describe('a 4-year plan of 2561–2564 (test/fixtures/plan-2561-2564.csv)', () => {
  const PLAN = join(ROOT, 'test/fixtures/plan-2561-2564.csv');
  const variant = (name: string, edit: (csv: string) => string) => {
    const file = join(tmp, name);
    writeFileSync(file, edit(readFileSync(PLAN, 'utf8')));
    return file;
  };

  test('is called แผน ๔ ปี, its years its own: no YEAR_OUT_OF_RANGE, with or without years in its title', () => {
    const r = saisaat('check', PLAN);
    expect(r.code).toBe(0);
    expect(r.out).toContain('แผน ๔ ปี · ปีงบประมาณ 2561–2564 · 6 โครงการ');
    expect(saisaat('check', PLAN, '--lang', 'en').out).toContain('4-year plan · Fiscal years 2561–2564 · 6 projects');
    const report = JSON.parse(saisaat('check', PLAN, '--json').out);
    expect(report.period).toEqual({ from: 2561, to: 2564, source: 'title' });
    const untitled = variant('no-title-years.csv', (csv) => csv.replace(' (พ.ศ. ๒๕๖๑ - ๒๕๖๔)', ''));
    const plain = JSON.parse(saisaat('check', untitled, '--json').out);
    expect(plain.period).toEqual({ from: 2561, to: 2564, source: 'header' });
    expect(plain.issues.map((i: { code: string }) => i.code)).not.toContain('YEAR_OUT_OF_RANGE');
  });

  test('--years still overrides: then the columns outside it are the errors', () => {
    const r = JSON.parse(saisaat('check', PLAN, '--json', '--years', '2562-2565').out);
    expect(r.period).toEqual({ from: 2562, to: 2565, source: 'settings' });
    expect(
      r.issues.filter((i: { code: string }) => i.code === 'YEAR_OUT_OF_RANGE').map((i: { cell: string }) => i.cell),
    ).toEqual(['D4']);
  });

  test('a revised plan showing only its last years: the plan range, and the years its table shows', () => {
    const file = join(tmp, 'revised.csv');
    writeFileSync(
      file,
      [
        'แผนปฏิบัติการป้องกันการทุจริต ฉบับทบทวน (พ.ศ. ๒๕๖๑ - ๒๕๖๔)',
        'มิติ,ภารกิจตามมิติ,โครงการ/กิจกรรม/มาตรการ,ปี ๒๕๖๓,ปี ๒๕๖๔,หมายเหตุ',
        ',,,งบประมาณ (บาท),งบประมาณ (บาท),',
        '3,การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น,โครงการจัดเวทีประชาคม,"10,000","10,000",',
      ].join('\n'),
    );
    const r = saisaat('check', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('แผน ๔ ปี · ปีงบประมาณ 2561–2564 (ตารางแสดงปี 2563–2564) · 1 โครงการ');
    expect(saisaat('check', file, '--lang', 'en').out).toContain(
      '4-year plan · Fiscal years 2561–2564 (the table shows 2563–2564) · 1 projects',
    );
  });

  test('a project without a readable dimension shows on ไม่ระบุมิติ, and the lines add up to the total', () => {
    const file = variant('unassigned.csv', (csv) => csv.replace('\n3,', '\nมิติที่ ๗,'));
    const r = saisaat('check', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/มิติที่ 3 \(0\)\s+0\s+0\s+0\s+0\s+0\n/);
    expect(r.out).toMatch(/ไม่ระบุมิติ \(1\)\s+10,000\s+10,000\s+10,000\s+10,000\s+40,000\n/);
    expect(r.out).toMatch(/รวมทั้งสิ้น\s+35,000\s+35,000\s+40,000\s+40,000\s+150,000/);
    expect(saisaat('check', file, '--lang', 'en').out).toMatch(/No dimension \(1\)\s+10,000/);
    const report = JSON.parse(saisaat('check', file, '--json').out);
    expect(report.totals.unassigned).toEqual({
      byYear: { 2561: 10000, 2562: 10000, 2563: 10000, 2564: 10000 },
      projects: 1,
    });
    // Without unassigned projects the line is not printed, and JSON says zero.
    expect(saisaat('check', PLAN).out).not.toContain('ไม่ระบุมิติ');
    expect(JSON.parse(saisaat('check', PLAN, '--json').out).totals.unassigned.projects).toBe(0);
  });
});

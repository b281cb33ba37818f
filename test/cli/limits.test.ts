/**
 * The plan limits (core/read/limits.ts) in the real binary: a sheet with a value beyond 100,000
 * rows or 500 columns stops the command when it is the plan (exit 2, the sheet, the cell and the
 * limit named, nothing on stdout), and is left out with a warning when it is another sheet. A
 * used range that a stray format made the whole sheet is no value: the plan reads as before.
 * The files are the bundled example with its sheet XML edited, built in a temporary folder.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ROOT, saisaat } from '../helpers';
import { addFillStyle, editXlsx, FAR_CORNER, strayCells } from '../generators/xlsxFiles';

const EXAMPLE = join(ROOT, 'examples/plan-2566-2570.xlsx');
const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
const tmp = mkdtempSync(join(tmpdir(), 'saisaat-limits-'));

/** The example without its details sheet: the plan is its only sheet. */
let planOnly: string;
beforeAll(async () => {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  zip.remove('xl/worksheets/sheet2.xml');
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', workbook.replace(/<sheet [^>]*name="รายละเอียดโครงการ"[^>]*\/>/, ''));
  planOnly = join(tmp, 'plan-only.xlsx');
  await writeFile(planOnly, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
});

/** The example (or its plan alone) with cells added to its plan sheet (1) or its details sheet (2). */
async function example(
  name: string,
  sheet: 1 | 2,
  refs: string[],
  kind: 'value' | 'styled',
  from = EXAMPLE,
): Promise<string> {
  const file = join(tmp, name);
  copyFileSync(from, file);
  await editXlsx(file, { 'xl/styles.xml': addFillStyle, [`xl/worksheets/sheet${sheet}.xml`]: strayCells(refs, kind) });
  return file;
}

describe('a value beyond the limits on the plan sheet: exit 2, nothing else', () => {
  let file: string;
  beforeAll(async () => {
    file = await example('far-value.xlsx', 1, [FAR_CORNER], 'value', planOnly);
  });

  test('Thai: the sheet, the first cell beyond, the limit and what to do', () => {
    const r = saisaat('check', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `อ่านแผ่นงาน "${PLAN}" ไม่ได้: มีข้อมูลที่เซลล์ ${FAR_CORNER} เกินขีดจำกัด 100,000 แถวของแผนหนึ่งฉบับ — ` +
        `ลบข้อมูลที่หลงอยู่ใต้ตาราง (ตั้งแต่เซลล์ ${FAR_CORNER}) หรือแยกแผนเป็นหลายไฟล์\n`,
    );
  });

  test('English with --lang en; --json gives the one error object in both languages', () => {
    const en = saisaat('check', file, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.out).toBe('');
    expect(en.err).toContain(
      `Cannot read sheet "${PLAN}": it has a value at ${FAR_CORNER}, beyond the limit of 100,000 rows`,
    );
    expect(en.err).toContain('delete the stray cells below the table');
    const json = saisaat('check', file, '--json');
    expect(json.code).toBe(2);
    const { error } = JSON.parse(json.out);
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toContain(`เซลล์ ${FAR_CORNER}`);
    expect(error.messageEn).toContain(`at ${FAR_CORNER}`);
  });

  test('the same when --sheet names it, and docs writes no file', () => {
    expect(saisaat('check', file, '--sheet', PLAN).code).toBe(2);
    const out = join(tmp, 'docs-out');
    const r = saisaat('docs', file, '--out', out, '--date', '2022-09-30');
    expect(r.code).toBe(2);
    expect(r.err).toContain(FAR_CORNER);
    expect(existsSync(out)).toBe(false); // nothing written, not even the folder
  });
});

test('a value in column 501 names the column limit', async () => {
  const file = await example('far-column.xlsx', 1, ['SG30'], 'value', planOnly);
  const r = saisaat('check', file, '--lang', 'en');
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toContain('it has a value at SG30, beyond the limit of 500 columns (up to column SF)');
  expect(r.err).toContain('delete the stray cells right of the table');
});

describe('the stray value on another sheet: the plan is checked, the sheet left out with a warning', () => {
  let file: string;
  const plain = saisaat('check', EXAMPLE);
  beforeAll(async () => {
    file = await example('far-value-details.xlsx', 2, [FAR_CORNER], 'value');
  });

  test('the summary as for the example, one warning line on stderr', () => {
    const r = saisaat('check', file);
    expect(r.code).toBe(plain.code);
    expect(r.out).toBe(plain.out.replace(EXAMPLE, file));
    expect(r.err).toBe(`⚠ ข้ามแผ่นงาน "${DETAILS}": มีข้อมูลที่เซลล์ ${FAR_CORNER} เกินขีดจำกัด 100,000 แถวของแผนหนึ่งฉบับ\n`);
    expect(saisaat('check', file, '--lang', 'en').err).toBe(
      `⚠ Sheet "${DETAILS}" left out: it has a value at ${FAR_CORNER}, beyond the limit of 100,000 rows for a plan\n`,
    );
  });

  test('--json: the report, with a warnings array', () => {
    const r = saisaat('check', file, '--json');
    const report = JSON.parse(r.out);
    const { warnings, ...rest } = report;
    expect(rest).toEqual(JSON.parse(saisaat('check', EXAMPLE, '--json').out));
    expect(warnings).toEqual([
      {
        code: 'SHEET_TOO_LARGE',
        sheet: DETAILS,
        cell: FAR_CORNER,
        limit: 'rows',
        message: expect.stringContaining(FAR_CORNER),
        messageEn: expect.stringContaining(FAR_CORNER),
      },
    ]);
  });

  test('--sheet naming the large sheet is an error', () => {
    const r = saisaat('check', file, '--sheet', DETAILS);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`อ่านแผ่นงาน "${DETAILS}" ไม่ได้`);
  });
});

test('a sheet of 100,001 rows is refused at row 100,001', async () => {
  const rows = Array.from(
    { length: 100_001 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`,
  );
  const file = join(tmp, 'rows.xlsx');
  copyFileSync(planOnly, file);
  await editXlsx(file, {
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows.join('')}</sheetData>`),
  });
  const r = saisaat('check', file);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  expect(r.err).toContain(`อ่านแผ่นงาน "${PLAN}" ไม่ได้: มีข้อมูลที่เซลล์ A100001 เกินขีดจำกัด 100,000 แถว`);
});

test('a plan beyond the limits beside another sheet is left out too: that sheet is checked, with the warning', async () => {
  const file = await example('far-value-plan.xlsx', 1, [FAR_CORNER], 'value');
  const r = saisaat('check', file);
  expect(r.code).toBe(1); // the details sheet holds no plan table
  expect(r.out).toContain(`แผ่นงาน: "${DETAILS}"`);
  expect(r.err).toContain(`ข้ามแผ่นงาน "${PLAN}": มีข้อมูลที่เซลล์ ${FAR_CORNER}`);
});

test('styled, empty cells to XFD1048576 (a stray format) are no values: the plan reads as before', async () => {
  const file = await example('far-styled.xlsx', 1, ['A1048576', 'XFD1048576'], 'styled');
  for (const args of [[], ['--json'], ['--lang', 'en']]) {
    const r = saisaat('check', file, ...args);
    const plain = saisaat('check', EXAMPLE, ...args);
    expect([r.code, r.out, r.err]).toEqual([plain.code, plain.out.replace(EXAMPLE, file), plain.err]);
  }
});

describe('.csv: the same limits', () => {
  // The fixture is as Excel saves it: CRLF line ends, which a file keeps throughout.
  const csv = readFileSync(join(ROOT, 'test/fixtures/plan-2561-2564.csv'), 'utf8');
  const lines = csv.split('\r\n');

  test('a value on line 100,001 stops the command, naming the cell', async () => {
    const file = join(tmp, 'far-line.csv');
    await writeFile(file, csv + '\r\n'.repeat(100_001 - lines.length) + ',,stray\r\n');
    const r = saisaat('check', file);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('มีข้อมูลที่เซลล์ C100001 เกินขีดจำกัด 100,000 แถว');
  });

  test('a value in column 501 stops the command, naming the cell', async () => {
    const file = join(tmp, 'far-column.csv');
    await writeFile(
      file,
      [lines[0] + ','.repeat(501 - lines[0].split(',').length) + ',x', ...lines.slice(1)].join('\r\n'),
    );
    const r = saisaat('check', file, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('has a value at SH1, beyond the limit of 500 columns (up to column SF)');
  });

  test('half a million empty lines after the plan are no values: the plan reads as before', async () => {
    mkdirSync(join(tmp, 'empty-lines'));
    const file = join(tmp, 'empty-lines/plan-2561-2564.csv'); // the same sheet name as the fixture's
    await writeFile(file, csv + '\r\n'.repeat(500_000));
    const plain = saisaat('check', join(ROOT, 'test/fixtures/plan-2561-2564.csv'), '--json');
    const r = saisaat('check', file, '--json');
    expect([r.code, JSON.parse(r.out), r.err]).toEqual([plain.code, JSON.parse(plain.out), plain.err]);
  });
});

/**
 * The real `saisaat` on CSV files in each encoding Thai offices write: a stray byte in a UTF-8
 * file costs one character, named with its row, not the whole file; Windows-874 is still read.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, saisaat } from '../helpers';

const CSV = join(ROOT, 'examples/eplan-annual-2567.csv');
const tmp = mkdtempSync(join(tmpdir(), 'saisaat-enc-'));
const clean = JSON.parse(saisaat('check', CSV, '--json').out);

/** The bytes as a copy of the example, under its own name (the sheet name is the file's) in a folder `variant`. */
function variant(name: string, bytes: Uint8Array): string {
  mkdirSync(join(tmp, name));
  const file = join(tmp, name, 'eplan-annual-2567.csv');
  writeFileSync(file, bytes);
  return file;
}

/** The example with one stray byte 0xFF inside the name of the project on 1-based row `row`. */
function withStrayByte(row: number): string {
  const lines = readFileSync(CSV).toString('utf8').split('\n');
  const at = lines[row - 1].indexOf('โครงการ') + 'โครงการ'.length;
  const line = Buffer.concat([
    Buffer.from(lines[row - 1].slice(0, at)),
    Buffer.from([0xff]),
    Buffer.from(lines[row - 1].slice(at)),
  ]);
  const before = Buffer.from(lines.slice(0, row - 1).join('\n') + '\n');
  const after = Buffer.from('\n' + lines.slice(row).join('\n'));
  return variant(`stray-row${row}`, Buffer.concat([before, line, after]));
}

describe('a stray byte in a UTF-8 CSV', () => {
  const file = withStrayByte(7);

  test('costs one character of its row; the rest of the Thai text is intact; the warning names the row', () => {
    const r = saisaat('check', file, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    const names = report.projects.map((p: { name: string }) => p.name);
    const cleanNames = clean.projects.map((p: { name: string }) => p.name);
    expect(names.filter((n: string, i: number) => n !== cleanNames[i])).toEqual([
      cleanNames[2].replace('โครงการ', 'โครงการ\ufffd'),
    ]);
    expect(report.projects[2].row).toBe(7);
    expect(report.warnings).toEqual([
      {
        code: 'TEXT_NOT_UTF8',
        sheet: expect.any(String),
        message: expect.stringMatching(/ไม่ได้ 1 แห่ง.*ในแถว 7 /),
        messageEn: expect.stringMatching(/in row\(s\) 7 /),
      },
    ]);
    expect(report.totals).toEqual(clean.totals);
  });

  test('the summary is the same; the warning goes to stderr in Thai, or English with --lang en', () => {
    const th = saisaat('check', file);
    expect(th.out).toBe(saisaat('check', CSV).out.replace(CSV, file));
    expect(th.err).toMatch(/^⚠ ไฟล์ .*stray-row7\/eplan-annual-2567\.csv มีไบต์ที่อ่านเป็น UTF-8 ไม่ได้ 1 แห่ง: .* ในแถว 7 — /);
    const en = saisaat('check', file, '--lang', 'en');
    expect(en.err).toMatch(
      /^⚠ .*stray-row7\/eplan-annual-2567\.csv has 1 place\(s\) that are not valid UTF-8: .* in row\(s\) 7 — /,
    );
  });

  test('a clean file has no warnings, and its --json object no `warnings` key', () => {
    expect(saisaat('check', CSV).err).toBe('');
    expect(clean).not.toHaveProperty('warnings');
  });
});

test('the same plan in Windows-874 (Thai Excel\'s "CSV") reads as in UTF-8', () => {
  const decoder = new TextDecoder('windows-874');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(decoder.decode(new Uint8Array([b])), b);
  // As Excel saves it: no BOM, and "?" for a character Windows-874 has not (☑, ☐).
  const text = [...readFileSync(CSV, 'utf8').replace(/^\ufeff/, '')].map((c) => (byChar.has(c) ? c : '?'));
  const utf8 = saisaat('check', variant('utf-8', Buffer.from(text.join(''))), '--json');
  const cp874 = saisaat('check', variant('windows-874', Uint8Array.from(text.map((c) => byChar.get(c)!))), '--json');
  expect(cp874.err).toBe('');
  expect(JSON.parse(cp874.out)).toEqual(JSON.parse(utf8.out));
  expect(JSON.parse(cp874.out).projects[0].name).toBe('โครงการโรงเรียนคุณธรรม');
});

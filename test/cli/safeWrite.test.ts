/**
 * `saisaat docs --out DIR` writes safely: the real binary on folders set up the way users and
 * attackers leave them (a file or a link as --out, a read-only folder, a link or a folder named like
 * a document, the user's edited documents, a broken or hostile manifest, a run killed part-way).
 * Each test asserts the message and what is on disk afterwards — and that no temporary file is left.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { outputProblem } from '../../src/cli/outputFolder';
import { OutputError } from '../../src/cli/errors';
import { BIN, ROOT, saisaat, tsvGrid } from '../helpers';

const tmp = mkdtempSync(join(tmpdir(), 'saisaat-safewrite-'));
// Another user (the read-only test, when run as root) must reach the folders made here.
chmodSync(tmp, 0o755);
const MANIFEST = '.saisaat-docs.json';
const PLAN = tsvGrid('eplan-annual-2567.tsv');

/**
 * The annual e-plan without the projects numbered in `drop`, and complete details for the projects
 * numbered in `detailed` (so they get documents). Dropping a project renumbers those after it.
 */
async function workbook(name: string, options: { drop?: number[]; detailed?: number[] } = {}): Promise<string> {
  const { drop = [], detailed = [1, 2, 3] } = options;
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('แผน 2567');
  for (const row of PLAN) if (!drop.includes(Number(row[0]))) plan.addRow(row);
  const details = wb.addWorksheet('รายละเอียดโครงการ');
  details.addRow([
    'ลำดับ',
    'ชื่อโครงการ',
    'หลักการและเหตุผล',
    'วัตถุประสงค์',
    'กลุ่มเป้าหมาย',
    'วิธีดำเนินการ',
    'ระยะเวลาดำเนินการ',
    'งบประมาณ',
    'ผู้รับผิดชอบโครงการ',
    'ผลผลิต/ผลลัพธ์',
  ]);
  for (const n of detailed.filter((d) => !drop.includes(d))) {
    const name = PLAN.find((r) => r[0] === String(n))![1];
    details.addRow([
      n,
      name,
      'การป้องกันการทุจริตต้องเริ่มที่บุคลากร',
      '๑) เพื่อปลูกฝังความซื่อสัตย์',
      'บุคลากรทุกคน',
      '๑) ประชุมชี้แจง\n๒) จัดกิจกรรม',
      '',
      '',
      'สำนักปลัด',
      'ผลผลิต\n๑) บุคลากรเข้าร่วม\nผลลัพธ์\n๑) ไม่มีเรื่องร้องเรียน',
    ]);
  }
  const file = join(tmp, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every temporary file SaiSaat could have left, anywhere under `dir`. */
const temps = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.saisaat-tmp-'));
const docx = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.docx'))
    .sort();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const starting = (dir: string, prefix: string) => docx(dir).find((f) => f.startsWith(prefix))!;
/** A .docx that opens: a zip with its document part. */
const opens = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml') !== null;
const manifestOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as {
    files: { file: string; project: { id: string; row: number; name: string } | null; size: number; sha256: string }[];
  };

let plain: string;
/** The same plan with project 1 removed: projects 2 and 3 become ลำดับที่ ๑ and ๒. */
let removed: string;
/** The documents of `plain` written into an empty folder: 3 projects and the whole plan. */
const reference = join(tmp, 'reference');
/** A folder as SaiSaat's first run on `plain` leaves it (a copy of the reference, manifest and all). */
const firstRun = (name: string) => {
  const out = join(tmp, name);
  cpSync(reference, out, { recursive: true });
  return out;
};
beforeAll(async () => {
  plain = await workbook('plain');
  removed = await workbook('removed', { drop: [1] });
  expect(saisaat('docs', plain, '--out', reference).code).toBe(0);
  expect(docx(reference)).toHaveLength(4);
});

describe('--out that cannot be used: a message naming it (Thai, English with --lang en), exit 2, nothing written', () => {
  const refused = (out: string, th: RegExp, en: RegExp) => {
    const r = saisaat('docs', plain, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(th);
    expect(r.err).not.toMatch(/internal error|ภายในโปรแกรม|at \w+ \(/);
    const e = saisaat('docs', plain, '--out', out, '--lang', 'en');
    expect(e.code).toBe(2);
    expect(e.err).toMatch(en);
    expect(e.out).toBe('');
  };

  test('an existing file', () => {
    const file = join(tmp, 'a-file.txt');
    writeFileSync(file, 'ของผู้ใช้');
    refused(file, /^--out ".*a-file\.txt" มีอยู่แล้วและไม่ใช่โฟลเดอร์/, /^--out ".*a-file\.txt" exists and is not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('ของผู้ใช้');
    expect(temps(tmp)).toEqual([]);
  });

  test('a path under a file', () => {
    const file = join(tmp, 'parent-file.txt');
    writeFileSync(file, 'x');
    refused(
      join(file, 'docs'),
      /^เขียน ".*parent-file\.txt\/docs" ไม่ได้: ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์/,
      /^Cannot write ".*parent-file\.txt\/docs": part of the path is a file, not a folder/,
    );
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  test('a symbolic link, even to a folder (also written "link/")', () => {
    const target = join(tmp, 'link-target');
    mkdirSync(target);
    const link = join(tmp, 'out-link');
    symlinkSync(target, link);
    refused(link, /^--out ".*out-link" เป็นลิงก์ \(symlink\): ใสสะอาดไม่เขียนผ่านลิงก์/, /is a symbolic link/);
    refused(`${link}/`, /^--out ".*out-link\/" เป็นลิงก์/, /^--out ".*out-link\/" is a symbolic link/);
    expect(readdirSync(target)).toEqual([]);
  });

  test('a named pipe: refused at once, no hang', () => {
    const fifo = join(tmp, 'out-fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    refused(fifo, /^--out ".*out-fifo" มีอยู่แล้วและไม่ใช่โฟลเดอร์/, /exists and is not a folder/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  test('a name longer than the file system allows', () => {
    const long = join(tmp, 'ก'.repeat(100)); // 300 bytes of UTF-8 in one name
    refused(
      long,
      /^ชื่อหรือเส้นทาง ".*ก{100}" ยาวเกินกว่าที่ระบบไฟล์รับได้/,
      /^The name or path ".*" is too long for the file system/,
    );
  });

  test('a folder without write permission (chmod 555; run as another user when the tests run as root)', () => {
    const out = join(tmp, 'read-only');
    mkdirSync(out);
    chmodSync(out, 0o555);
    // Root writes anywhere: then the binary runs as "nobody", for whom 555 means read-only.
    const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = (...extra: string[]) =>
      spawnSync(process.execPath, [BIN, 'docs', plain, '--out', out, ...extra], { cwd: ROOT, encoding: 'utf8', ...as });
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ไม่มีสิทธิ์เขียน ".*read-only" — เลือกโฟลเดอร์อื่นด้วย --out/);
    expect(run('--lang', 'en').stderr).toMatch(/^No permission to write ".*read-only"/);
    expect(readdirSync(out)).toEqual([]);
  });

  test('disk errors that cannot be caused here (full, quota, read-only disk) get their own words, naming the path', () => {
    const said = (code: string) => {
      const e = outputProblem(Object.assign(new Error(code), { code }), 'out/x.docx');
      expect(e).toBeInstanceOf(OutputError);
      return (e as OutputError).text;
    };
    expect(said('ENOSPC')).toEqual({
      th: 'ดิสก์เต็ม เขียน "out/x.docx" ไม่ได้ — ลบไฟล์ที่ไม่ใช้หรือเลือกโฟลเดอร์อื่นด้วย --out',
      en: 'The disk is full: cannot write "out/x.docx" — free some space or choose another folder with --out',
    });
    expect(said('EDQUOT')).toEqual(said('ENOSPC'));
    expect(said('EROFS').th).toBe('เขียน "out/x.docx" ไม่ได้: ดิสก์นี้อ่านได้อย่างเดียว — เลือกโฟลเดอร์อื่นด้วย --out');
    expect(said('EPERM')).toEqual(said('EACCES'));
    expect(said('EIO')).toEqual({ th: 'เขียน "out/x.docx" ไม่ได้ (EIO)', en: 'Cannot write "out/x.docx" (EIO)' });
    // A path with "$&" in it is named as it is.
    expect((outputProblem({ code: 'ENOSPC' }, '$&') as OutputError).text.en).toContain('"$&"');
    // Not a file-system error (a bug): passed on as it is, to be reported as one.
    const bug = new TypeError('x is undefined');
    expect(outputProblem(bug, 'out')).toBe(bug);
  });
});

describe('a run that fails part-way (the file size limit reached)', () => {
  test('stops with a message naming the file, leaves no half file or temporary file, and records what it wrote', async () => {
    const out = join(tmp, 'limited');
    const sizes = reference;
    const projectMax = Math.max(
      ...docx(sizes)
        .filter((f) => f.startsWith('ลำดับที่'))
        .map((f) => statSync(join(sizes, f)).size),
    );
    const limitKb = Math.ceil(projectMax / 1024) + 1;
    const whole = starting(sizes, 'แผนปฏิบัติการ');
    expect(statSync(join(sizes, whole)).size).toBeGreaterThan(limitKb * 1024);
    const r = spawnSync(
      'bash',
      ['-c', `ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, BIN, 'docs', plain, '--out', out],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^เขียน ".*แผนปฏิบัติการ.*\.docx" ไม่ได้: ไฟล์ใหญ่เกินขนาดที่ระบบอนุญาต/);
    expect(temps(out)).toEqual([]);
    const projects = docx(out);
    expect(projects).toHaveLength(3);
    expect(projects.every((f) => f.startsWith('ลำดับที่'))).toBe(true);
    for (const f of projects) expect(await opens(join(out, f))).toBe(true);
    expect(
      manifestOf(out)
        .files.map((f) => f.file)
        .sort(),
    ).toEqual(projects);
    // The next run knows them as SaiSaat's: rewritten in place, nothing "(ใหม่)".
    const again = saisaat('docs', plain, '--out', out);
    expect(again.code).toBe(0);
    expect(again.out).not.toContain('(ใหม่)');
    expect(docx(out)).toEqual(docx(sizes));
  });
});

describe('what is already in the output folder', () => {
  test('a link named like a document, pointing outside: refused and listed, its target untouched, the rest written', async () => {
    const out = join(tmp, 'with-link');
    const names = docx(reference);
    const victim = join(tmp, 'victim.txt');
    writeFileSync(victim, 'ไฟล์สำคัญนอกโฟลเดอร์');
    mkdirSync(out);
    const first = names.find((f) => f.startsWith('ลำดับที่ ๑ '))!;
    symlinkSync(victim, join(out, first));
    mkdirSync(
      join(
        out,
        names.find((f) => f.startsWith('ลำดับที่ ๒ '))!,
      ),
    );
    const r = saisaat('docs', plain, '--out', out);
    expect(r.code).toBe(2);
    expect(r.out).toContain('เขียนไม่ได้ 2 ไฟล์:');
    expect(r.out).toContain(`✖ "${join(out, first)}" เป็นลิงก์ (symlink): ใสสะอาดไม่เขียนผ่านลิงก์`);
    expect(r.out).toMatch(/✖ ".*ลำดับที่ ๒ .*" มีอยู่แล้วและไม่ใช่ไฟล์ปกติ \(เช่น โฟลเดอร์\)/);
    expect(readFileSync(victim, 'utf8')).toBe('ไฟล์สำคัญนอกโฟลเดอร์');
    expect(readlinkSync(join(out, first))).toBe(victim);
    // The third project and the whole plan are written all the same.
    expect(docx(out)).toEqual(names);
    expect(await opens(join(out, starting(out, 'แผนปฏิบัติการ')))).toBe(true);
    expect(await opens(join(out, starting(out, 'ลำดับที่ ๓ ')))).toBe(true);
    expect(manifestOf(out).files.map((f) => f.file)).not.toContain(first);
    const en = saisaat('docs', plain, '--out', out, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.out).toContain('Could not write 2 files:');
    expect(en.out).toContain(`✖ "${join(out, first)}" is a symbolic link: SaiSaat does not write through links`);
    expect(readFileSync(victim, 'utf8')).toBe('ไฟล์สำคัญนอกโฟลเดอร์');
    expect(temps(out)).toEqual([]);
  });

  test('a second run after a project was removed: its documents and the renumbered ones move to เก่า/, the user’s files stay, an edited document is not overwritten', async () => {
    const out = firstRun('rerun');
    const before = docx(out);
    const [one, two, three] = ['๑', '๒', '๓'].map((n) => starting(out, `ลำดับที่ ${n} `));
    const whole = starting(out, 'แผนปฏิบัติการ');
    // The user edits two documents, adds a file of their own, and already has a "one" in เก่า/.
    writeFileSync(join(out, three), Buffer.concat([readFileSync(join(out, three)), Buffer.from('แก้ไข')]));
    writeFileSync(join(out, whole), 'ฉบับที่ผู้ใช้แก้แล้ว');
    writeFileSync(join(out, 'บันทึกของฉัน.docx'), 'ของผู้ใช้');
    mkdirSync(join(out, 'เก่า'));
    writeFileSync(join(out, 'เก่า', one), 'ฉบับเก่าของผู้ใช้');
    const edited = sha256(join(out, three));

    const r = saisaat('docs', removed, '--out', out);
    expect(r.code).toBe(0);
    // Project 2 and 3 are now ลำดับที่ ๑ and ๒: their old names are no longer written.
    const stem = (f: string) => f.replace(/^ลำดับที่ [๐-๙]+ /, '');
    expect(docx(out)).toEqual(
      [
        `ลำดับที่ ๑ ${stem(two)}`,
        `ลำดับที่ ๒ ${stem(three)}`,
        three,
        whole,
        whole.replace(/\.docx$/, ' (ใหม่).docx'),
        'บันทึกของฉัน.docx',
      ].sort(),
    );
    expect(r.out).toContain('ย้ายเอกสารเดิม 2 ไฟล์ไปไว้ใน เก่า/ (โครงการที่ไม่มีแล้วหรือเปลี่ยนลำดับ):');
    expect(r.out).toContain(`  ${one} → เก่า/${one.replace(/\.docx$/, ' (2).docx')}`);
    expect(r.out).toContain(`  ${two} → เก่า/${two}`);
    expect(r.out).toContain(`ไม่ได้ย้าย 1 ไฟล์ที่แก้ไขหลังใสสะอาดเขียน (เก็บไว้ตามเดิม):\n  ${three}`);
    expect(r.out).toContain('เก็บไฟล์ 1 ไฟล์ไว้ตามเดิม');
    expect(r.out).toContain(`  ${whole} → ${whole.replace(/\.docx$/, ' (ใหม่).docx')}`);
    expect(readdirSync(join(out, 'เก่า')).sort()).toEqual([one, one.replace(/\.docx$/, ' (2).docx'), two].sort());
    expect(readFileSync(join(out, 'เก่า', one), 'utf8')).toBe('ฉบับเก่าของผู้ใช้');
    expect(sha256(join(out, three))).toBe(edited);
    expect(readFileSync(join(out, whole), 'utf8')).toBe('ฉบับที่ผู้ใช้แก้แล้ว');
    expect(readFileSync(join(out, 'บันทึกของฉัน.docx'), 'utf8')).toBe('ของผู้ใช้');
    expect(before).toContain(two);
    expect(temps(out)).toEqual([]);

    // The manifest lists exactly this run's files, each with its project, size and hash.
    const manifest = manifestOf(out);
    const listed = manifest.files.map((f) => f.file).sort();
    expect(listed).toEqual(
      [`ลำดับที่ ๑ ${stem(two)}`, `ลำดับที่ ๒ ${stem(three)}`, whole.replace(/\.docx$/, ' (ใหม่).docx')].sort(),
    );
    for (const f of manifest.files) {
      expect(f.size).toBe(statSync(join(out, f.file)).size);
      expect(f.sha256).toBe(sha256(join(out, f.file)));
      expect(await opens(join(out, f.file))).toBe(true);
    }
    expect(manifest.files.find((f) => f.file.startsWith('ลำดับที่ ๑ '))!.project).toMatchObject({
      row: expect.any(Number),
      name: PLAN.find((row) => row[0] === '2')![1],
    });
    expect(manifest.files.find((f) => f.file.startsWith('แผนปฏิบัติการ'))!.project).toBeNull();

    // A third run changes nothing in the folder: its own files rewritten in place, nothing more moved.
    const second = docx(out);
    const third = saisaat('docs', removed, '--out', out, '--lang', 'en');
    expect(third.code).toBe(0);
    expect(third.out).not.toContain('Moved');
    expect(third.out).toContain(
      `Kept 1 files as they are (edited since SaiSaat wrote them, or not written by SaiSaat)`,
    );
    expect(docx(out)).toEqual(second);
    expect(readdirSync(join(out, 'เก่า'))).toHaveLength(3);
  });

  test('a project still in the plan but without a document this time keeps its earlier one', async () => {
    const out = firstRun('details-gone');
    const three = starting(out, 'ลำดับที่ ๓ ');
    const r = saisaat('docs', await workbook('two-details', { detailed: [1, 2] }), '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('เก่า/');
    expect(docx(out)).toContain(three);
    expect(manifestOf(out).files.map((f) => f.file)).toContain(three);
  });

  test('temporary files of a killed run are removed; those of a running one are not', () => {
    const out = join(tmp, 'killed');
    mkdirSync(out);
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(out, `.saisaat-tmp-${gone}-0123abcd`), 'half a docx');
    writeFileSync(join(out, `.saisaat-tmp-${process.pid}-0123abcd`), 'being written');
    expect(saisaat('docs', plain, '--out', out).code).toBe(0);
    expect(temps(out)).toEqual([`.saisaat-tmp-${process.pid}-0123abcd`]);
  });
});

describe('a manifest that cannot be trusted is ignored with a warning: nothing moved, nothing overwritten', () => {
  const victimBytes = Buffer.from('ไฟล์นอกโฟลเดอร์');
  const hash = createHash('sha256').update(victimBytes).digest('hex');
  const entry = (file: string) => ({ file, project: null, size: victimBytes.length, sha256: hash });
  const list = (files: unknown) => JSON.stringify({ saisaat: 'docs', version: 1, files });
  const notOurs = {
    th: 'ไม่ใช่รายการที่ใสสะอาดเขียน (ชนิดข้อมูลหรือชื่อไฟล์ไม่ถูกต้อง)',
    en: 'it is not a list SaiSaat wrote (wrong types or file names)',
  };
  test.each([
    ['not JSON', 'th', 'อ่านไม่ได้หรือไม่ใช่ JSON', () => '{"saisaat": "docs", "files": ['],
    ['wrong types', 'en', notOurs.en, () => list([{ file: 5 }])],
    ['a path climbing out', 'th', notOurs.th, () => list([entry('../victim.docx')])],
    ['an absolute path', 'en', notOurs.en, (dir: string) => list([entry(join(dir, '..', 'victim.docx'))])],
    ['a JSON null', 'th', notOurs.th, () => 'null'],
  ])('%s (summary in %s)', (name, lang, why, manifest) => {
    const out = firstRun(`manifest-${name.replace(/\W+/g, '-')}`);
    const victim = join(out, '..', 'victim.docx');
    writeFileSync(victim, victimBytes);
    const before = new Map(docx(out).map((f) => [f, sha256(join(out, f))]));
    writeFileSync(join(out, MANIFEST), manifest(out));

    // Project 1 removed: a trusted manifest would move its document; this one moves nothing.
    const r = saisaat('docs', removed, '--out', out, '--lang', lang);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      lang === 'th'
        ? `⚠ ไม่ใช้รายการไฟล์ "${join(out, MANIFEST)}" เพราะ${why} — ถือว่าทุกไฟล์ในโฟลเดอร์เป็นของผู้ใช้ ไม่เขียนทับและไม่ย้ายไฟล์ใด`
        : `⚠ Ignored the file list "${join(out, MANIFEST)}": ${why} — every file in the folder is taken as yours: none is overwritten or moved`,
    );
    expect(readFileSync(victim)).toEqual(victimBytes);
    expect(existsSync(join(out, 'เก่า'))).toBe(false);
    for (const [f, h] of before) expect(sha256(join(out, f))).toBe(h);
    // Every name is held by a file not provably SaiSaat's: the new documents go beside them.
    const whole = [...before.keys()].find((f) => f.startsWith('แผนปฏิบัติการ'))!;
    const beside = whole.replace(/\.docx$/, ' (ใหม่).docx');
    expect(docx(out)).toContain(beside);
    // The new manifest is a sound one again, listing this run's files.
    expect(manifestOf(out).files.map((f) => f.file)).toContain(beside);
    expect(temps(out)).toEqual([]);
  });

  test('a manifest that is a link: not read, not written through, its target untouched', () => {
    const out = join(tmp, 'manifest-link');
    mkdirSync(out);
    const target = join(tmp, 'manifest-target.json');
    writeFileSync(target, '{"mine": true}');
    symlinkSync(target, join(out, MANIFEST));
    const r = saisaat('docs', plain, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('ไม่ใช่ไฟล์ปกติ (เป็นลิงก์หรือโฟลเดอร์)');
    expect(r.out).toContain(`⚠ ไม่ได้บันทึกรายการไฟล์ "${join(out, MANIFEST)}" เพราะเป็นลิงก์หรือโฟลเดอร์`);
    expect(readFileSync(target, 'utf8')).toBe('{"mine": true}');
    expect(lstatSync(join(out, MANIFEST)).isSymbolicLink()).toBe(true);
    expect(docx(out)).toHaveLength(4);
    expect(temps(out)).toEqual([]);
  });
});

/**
 * The --out folder of `saisaat docs`, written so that nothing is lost, followed or left half-written:
 *
 * - each file goes to a temporary file in the folder (created exclusively, so never through a link
 *   planted at its name), synced, then renamed over its name: a crash leaves the old file or the
 *   new one, never half of one; a failed write removes its temporary file, and the temporary files
 *   of a killed run are removed by the next one;
 * - an existing path that is a symbolic link or not a regular file is refused, never followed or
 *   replaced;
 * - `.saisaat-docs.json` lists what SaiSaat wrote (file, project, size, sha256). A file is
 *   SaiSaat's only while it is listed and unchanged; any other file is the user's and is never
 *   overwritten, moved or deleted. A document whose name is held by the user's file is written
 *   beside it as "NAME (ใหม่).docx"; SaiSaat's own documents not written again (the project was
 *   removed or renumbered) move to เก่า/. A manifest that is unreadable or lists anything but plain
 *   .docx names in this folder is ignored with a warning: then every file is the user's.
 *
 * A file-system error becomes an OutputError (exit 2) naming the path.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, lstat, mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { MAX_PLAN_ROWS } from '../core/read/limits';
import type { Bilingual } from '../shared/userMessage';
import { OutputError } from './errors';

export const MANIFEST_NAME = '.saisaat-docs.json';
export const OLD_FOLDER = 'เก่า';
/** What is written beside a user's file that holds a document's name. */
export const BESIDE_TAG = ' (ใหม่)';
/** Temporary files: a fixed shape (never a document's name, so never too long) with the writer's process id. */
const TEMP_NAME = /^\.saisaat-tmp-(\d+)-[0-9a-f]{8}$/;
/** About 1 KB per project of the largest plan: far above a real entry, a bound on a hostile file. */
const MAX_MANIFEST_BYTES = MAX_PLAN_ROWS * 1024;

export interface ProjectRef {
  id: string;
  row: number;
  name: string;
}

export interface ManifestEntry {
  file: string;
  project: ProjectRef | null;
  size: number;
  sha256: string;
}

/** A message with "@" where the path goes (a function replacement: "$&" in a path stays as it is). */
const fsProblem = (th: string, en: string) => (path: string) => ({
  th: th.replace('@', () => path),
  en: en.replace('@', () => path),
});
const noPermission = fsProblem(
  'ไม่มีสิทธิ์เขียน "@" — เลือกโฟลเดอร์อื่นด้วย --out หรือขอสิทธิ์เขียนโฟลเดอร์นี้',
  'No permission to write "@" — choose another folder with --out, or get write permission for it',
);
const diskFull = fsProblem(
  'ดิสก์เต็ม เขียน "@" ไม่ได้ — ลบไฟล์ที่ไม่ใช้หรือเลือกโฟลเดอร์อื่นด้วย --out',
  'The disk is full: cannot write "@" — free some space or choose another folder with --out',
);
const FS_PROBLEMS: Record<string, (path: string) => Bilingual> = {
  ENOTDIR: fsProblem(
    'เขียน "@" ไม่ได้: ส่วนหนึ่งของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์',
    'Cannot write "@": part of the path is a file, not a folder',
  ),
  EACCES: noPermission,
  EPERM: noPermission,
  EROFS: fsProblem(
    'เขียน "@" ไม่ได้: ดิสก์นี้อ่านได้อย่างเดียว — เลือกโฟลเดอร์อื่นด้วย --out',
    'Cannot write "@": the disk is read-only — choose another folder with --out',
  ),
  ENOSPC: diskFull,
  EDQUOT: diskFull,
  ENAMETOOLONG: fsProblem(
    'ชื่อหรือเส้นทาง "@" ยาวเกินกว่าที่ระบบไฟล์รับได้ — ใช้โฟลเดอร์ที่เส้นทางสั้นกว่า',
    'The name or path "@" is too long for the file system — use a folder with a shorter path',
  ),
  ENOENT: fsProblem(
    'เขียน "@" ไม่ได้: โฟลเดอร์ถูกลบหรือย้ายระหว่างที่กำลังเขียน',
    'Cannot write "@": the folder was removed or moved while writing',
  ),
  EFBIG: fsProblem(
    'เขียน "@" ไม่ได้: ไฟล์ใหญ่เกินขนาดที่ระบบอนุญาต',
    'Cannot write "@": the file is larger than the system allows',
  ),
  ELOOP: fsProblem(
    'เขียน "@" ไม่ได้: เส้นทางวนผ่านลิงก์ (symlink) ซ้ำ ๆ',
    'Cannot write "@": the path loops through symbolic links',
  ),
};

/** A file-system error said for users, naming the path; anything else (a bug) as it is. */
export function outputProblem(e: unknown, path: string): unknown {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return e;
  return new OutputError(
    FS_PROBLEMS[code]?.(path) ?? { th: `เขียน "${path}" ไม่ได้ (${code})`, en: `Cannot write "${path}" (${code})` },
  );
}

const fail = (path: string) => (e: unknown) => {
  throw outputProblem(e, path);
};

/** What is at a path, without following a link; null when nothing is. */
async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw outputProblem(e, path);
  }
}

/**
 * --out must be a folder, or a path where one can be made: a link (even to a folder) or anything
 * else is refused. True when the folder exists. Checked before the workbook is read, and again when
 * the folder is opened.
 */
export async function checkOutDir(dir: string): Promise<boolean> {
  // "link/" would be resolved through the link: look at the name itself.
  const st = await lstatOrNull(dir.replace(/(.)[\\/]+$/, '$1'));
  if (st?.isSymbolicLink())
    throw new OutputError({
      th: `--out "${dir}" เป็นลิงก์ (symlink): ใสสะอาดไม่เขียนผ่านลิงก์ — ระบุโฟลเดอร์จริง`,
      en: `--out "${dir}" is a symbolic link: SaiSaat does not write through links — give the real folder`,
    });
  if (st && !st.isDirectory())
    throw new OutputError({
      th: `--out "${dir}" มีอยู่แล้วและไม่ใช่โฟลเดอร์ — ระบุโฟลเดอร์ใหม่หรือโฟลเดอร์ที่มีอยู่`,
      en: `--out "${dir}" exists and is not a folder — give a new folder or an existing one`,
    });
  return st !== null;
}

/** The folder, made when missing and checked writable, with the manifest of the previous run. */
export async function openOutputFolder(dir: string): Promise<OutputFolder> {
  if (!(await checkOutDir(dir))) await mkdir(dir, { recursive: true }).catch(fail(dir));
  await access(dir, constants.W_OK | constants.X_OK).catch(fail(dir));
  await removeDeadTemps(dir);
  const { entries, warning } = await readManifest(dir);
  return new OutputFolder(dir, entries, warning);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of a run that was killed (its process gone): removed, so none stays for good. */
async function removeDeadTemps(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(fail(dir))) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || processAlive(Number(pid))) continue;
    // One that cannot be removed is no reason to stop this run.
    if ((await lstatOrNull(join(dir, name)))?.isFile()) await unlink(join(dir, name)).catch(() => undefined);
  }
}

/** One file directly in the folder, a .docx: no path, drive or control character (nothing safeFileName would keep). */
const plainDocxName = (name: string) =>
  name.endsWith('.docx') && !/[\u0000-\u001f<>:"/\\|?*]/.test(name) && Buffer.byteLength(name) <= 255;

const ManifestSchema = z.object({
  saisaat: z.literal('docs'),
  version: z.literal(1),
  files: z
    .array(
      z.object({
        file: z.string().check(z.refine(plainDocxName)),
        project: z.nullable(z.object({ id: z.string(), row: z.int().check(z.positive()), name: z.string() })),
        size: z.int().check(z.nonnegative()),
        sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      }),
    )
    .check(z.refine((files) => new Set(files.map((f) => f.file)).size === files.length)), // SaiSaat lists a file once
});

/** The previous run's manifest, by file name; empty with a warning when it cannot be trusted. */
async function readManifest(dir: string): Promise<{ entries: Map<string, ManifestEntry>; warning: Bilingual | null }> {
  const path = join(dir, MANIFEST_NAME);
  const ignored = (th: string, en: string) => ({
    entries: new Map<string, ManifestEntry>(),
    warning: {
      th: `ไม่ใช้รายการไฟล์ "${path}" เพราะ${th} — ถือว่าทุกไฟล์ในโฟลเดอร์เป็นของผู้ใช้ ไม่เขียนทับและไม่ย้ายไฟล์ใด`,
      en: `Ignored the file list "${path}": ${en} — every file in the folder is taken as yours: none is overwritten or moved`,
    },
  });
  const st = await lstatOrNull(path);
  if (!st) return { entries: new Map(), warning: null };
  if (!st.isFile()) return ignored('ไม่ใช่ไฟล์ปกติ (เป็นลิงก์หรือโฟลเดอร์)', 'it is not a regular file (a link or a folder)');
  if (st.size > MAX_MANIFEST_BYTES) return ignored('ใหญ่เกินกว่ารายการไฟล์จริง', 'it is too large to be one');
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return ignored('อ่านไม่ได้หรือไม่ใช่ JSON', 'it cannot be read as JSON');
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success)
    return ignored(
      'ไม่ใช่รายการที่ใสสะอาดเขียน (ชนิดข้อมูลหรือชื่อไฟล์ไม่ถูกต้อง)',
      'it is not a list SaiSaat wrote (wrong types or file names)',
    );
  return { entries: new Map(parsed.data.files.map((f) => [f.file, f])), warning: null };
}

const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');
const lower = (file: string) => file.toLowerCase();

type PathState = 'free' | 'ours' | 'theirs' | 'link' | 'other';

export interface FolderReport {
  /** SaiSaat's earlier documents moved into เก่า/ (`to` is the path in the folder). */
  moved: { file: string; to: string }[];
  /** SaiSaat's earlier documents edited since: left where they are. */
  kept: string[];
  /** The user's file that holds a document's name, and the name the document was written under. */
  beside: { file: string; wrote: string }[];
  /** Documents not written: a link or a non-regular file holds the name. */
  refused: { file: string; reason: string; reasonEn: string }[];
  warnings: Bilingual[];
}

export class OutputFolder {
  readonly report: FolderReport = { moved: [], kept: [], beside: [], refused: [], warnings: [] };
  /** This run's files, by name. */
  private readonly written = new Map<string, ManifestEntry>();
  /** Lower-case names this run wrote or meant to write (" (2)" and on for the next, as Windows and macOS ignore case). */
  private readonly claimed = new Set<string>();
  /** Names this run looked at to write: their earlier entries are dealt with by write(), not retire(). */
  private readonly judged = new Set<string>();
  /** Earlier entries dealt with (moved, kept as the user's, gone): not carried into the new manifest. */
  private readonly settled = new Set<string>();
  private oldFolder: Promise<boolean> | null = null;

  constructor(
    readonly dir: string,
    private readonly earlier: Map<string, ManifestEntry>,
    warning: Bilingual | null,
  ) {
    if (warning) this.report.warnings.push(warning);
  }

  /** The first of "STEM.docx", "STEM (2).docx" … no other document of this run has; now claimed. */
  private claim(stem: string): string {
    let file = `${stem}.docx`;
    for (let i = 2; this.claimed.has(lower(file)); i++) file = `${stem} (${i}).docx`;
    this.claimed.add(lower(file));
    return file;
  }

  private async stateOf(file: string): Promise<PathState> {
    const path = join(this.dir, file);
    const st = await lstatOrNull(path);
    if (!st) return 'free';
    if (st.isSymbolicLink()) return 'link';
    if (!st.isFile()) return 'other';
    const entry = this.earlier.get(file);
    if (!entry || entry.size !== st.size) return 'theirs';
    // Unreadable now: not provably unchanged, so the user's.
    const bytes = await readFile(path).catch(() => null);
    return bytes && sha256(bytes) === entry.sha256 ? 'ours' : 'theirs';
  }

  /** The state of a name this run is to write; an earlier entry no longer SaiSaat's file (edited, a link now) is not listed again. */
  private async judge(file: string): Promise<PathState> {
    const state = await this.stateOf(file);
    this.judged.add(file);
    if (state !== 'ours') this.settled.add(file);
    return state;
  }

  /**
   * Writes one document under its name (made unique in the run); under "NAME (ใหม่).docx" when the
   * user's file holds the name. Returns the file name, or null when refused (a link or a folder there).
   */
  async write(stem: string, data: Uint8Array, project: ProjectRef | null): Promise<string | null> {
    const file = this.claim(stem);
    const state = await this.judge(file);
    if (state === 'link' || state === 'other') {
      this.report.refused.push({ file, ...refusal(join(this.dir, file), state) });
      return null;
    }
    let target = file;
    if (state === 'theirs') {
      const besideStem = `${file.slice(0, -'.docx'.length)}${BESIDE_TAG}`;
      do target = this.claim(besideStem);
      while (!['free', 'ours'].includes(await this.judge(target)));
      this.report.beside.push({ file, wrote: target });
    }
    await this.put(target, data);
    this.written.set(target, { file: target, project, size: data.length, sha256: sha256(data) });
    return target;
  }

  private put(file: string, data: Uint8Array | string): Promise<void> {
    return writeAtomically(join(this.dir, file), data);
  }

  /**
   * SaiSaat's earlier documents not written this run move to เก่า/ while unchanged; edited ones stay
   * and are reported. Those of projects in `stillInPlan` (in the plan, without a document this time)
   * stay where they are, listed while unchanged.
   */
  async retire(stillInPlan: Set<string>): Promise<void> {
    for (const entry of this.earlier.values()) {
      if (this.judged.has(entry.file)) continue;
      const state = await this.stateOf(entry.file);
      const stays = entry.project !== null && stillInPlan.has(entry.project.id);
      // Still SaiSaat's and left in place (kept for its project, or เก่า/ unusable): listed again.
      if (state === 'ours' && (stays || !(await this.moveToOld(entry.file)))) continue;
      if (state === 'theirs' && !stays) this.report.kept.push(entry.file);
      this.settled.add(entry.file);
    }
  }

  /** เก่า/ as a real folder, made when missing; false (with a warning, once) when a link or a file holds its name. */
  private ensureOldFolder(): Promise<boolean> {
    this.oldFolder ??= (async () => {
      const path = join(this.dir, OLD_FOLDER);
      const st = await lstatOrNull(path);
      if (st?.isDirectory()) return true;
      if (!st) return mkdir(path).then(() => true, fail(path));
      this.report.warnings.push({
        th: `"${path}" ไม่ใช่โฟลเดอร์ (เป็นลิงก์หรือไฟล์) จึงไม่ได้ย้ายเอกสารเก่าเข้าไป — เอกสารเก่ายังอยู่ที่เดิม`,
        en: `"${path}" is not a folder (a link or a file), so no old document was moved into it — they stay where they are`,
      });
      return false;
    })();
    return this.oldFolder;
  }

  /** Into เก่า/ under its name, or "NAME (2).docx" and on when เก่า/ has it already: nothing there is replaced. */
  private async moveToOld(file: string): Promise<boolean> {
    if (!(await this.ensureOldFolder())) return false;
    const stem = file.slice(0, -'.docx'.length);
    let to = file;
    for (let i = 2; await lstatOrNull(join(this.dir, OLD_FOLDER, to)); i++) to = `${stem} (${i}).docx`;
    await rename(join(this.dir, file), join(this.dir, OLD_FOLDER, to)).catch(fail(join(this.dir, OLD_FOLDER, to)));
    this.report.moved.push({ file, to: `${OLD_FOLDER}/${to}` });
    return true;
  }

  /**
   * The new manifest: this run's files, and SaiSaat's earlier files still in the folder and not
   * dealt with (a project without a document this time, an unusable เก่า/, or a run that failed
   * part-way), so they stay SaiSaat's. Not written, with a warning, when a link or folder holds its name.
   */
  async save(): Promise<void> {
    const path = join(this.dir, MANIFEST_NAME);
    const st = await lstatOrNull(path);
    if (st && !st.isFile()) {
      this.report.warnings.push({
        th: `ไม่ได้บันทึกรายการไฟล์ "${path}" เพราะเป็นลิงก์หรือโฟลเดอร์ — ครั้งหน้าจะถือว่าทุกไฟล์ในโฟลเดอร์เป็นของผู้ใช้`,
        en: `Did not save the file list "${path}": a link or folder holds its name — next time every file in the folder is taken as yours`,
      });
      return;
    }
    const carried = [...this.earlier.values()].filter((e) => !this.written.has(e.file) && !this.settled.has(e.file));
    const files = [...this.written.values(), ...carried];
    await this.put(MANIFEST_NAME, `${JSON.stringify({ saisaat: 'docs', version: 1, files }, null, 2)}\n`);
  }
}

function refusal(path: string, state: 'link' | 'other'): { reason: string; reasonEn: string } {
  return state === 'link'
    ? {
        reason: `"${path}" เป็นลิงก์ (symlink): ใสสะอาดไม่เขียนผ่านลิงก์ — ลบหรือเปลี่ยนชื่อลิงก์แล้วรันอีกครั้ง`,
        reasonEn: `"${path}" is a symbolic link: SaiSaat does not write through links — remove or rename it and run again`,
      }
    : {
        reason: `"${path}" มีอยู่แล้วและไม่ใช่ไฟล์ปกติ (เช่น โฟลเดอร์) — ย้ายออกแล้วรันอีกครั้ง`,
        reasonEn: `"${path}" exists and is not a regular file (e.g. a folder) — move it away and run again`,
      };
}

/** What happened in the folder besides the files written: warnings, refused names, the user's files kept, เก่า/. */
export function folderLines(result: FolderReport, th: boolean): string[] {
  const out = result.warnings.map((w) => `⚠ ${th ? w.th : w.en}`);
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(title, ...lines.map((l) => `  ${l}`));
  };
  section(
    th ? `เขียนไม่ได้ ${result.refused.length} ไฟล์:` : `Could not write ${result.refused.length} files:`,
    result.refused.map((r) => `✖ ${th ? r.reason : r.reasonEn}`),
  );
  section(
    th
      ? `เก็บไฟล์ ${result.beside.length} ไฟล์ไว้ตามเดิม (แก้ไขหลังใสสะอาดเขียน หรือไม่ได้เขียนโดยใสสะอาด) และเขียนฉบับใหม่ไว้ข้างกัน:`
      : `Kept ${result.beside.length} files as they are (edited since SaiSaat wrote them, or not written by SaiSaat) and wrote the new version beside:`,
    result.beside.map((b) => `${b.file} → ${b.wrote}`),
  );
  section(
    th
      ? `ย้ายเอกสารเดิม ${result.moved.length} ไฟล์ไปไว้ใน ${OLD_FOLDER}/ (โครงการที่ไม่มีแล้วหรือเปลี่ยนลำดับ):`
      : `Moved ${result.moved.length} earlier documents into ${OLD_FOLDER}/ (projects removed or renumbered):`,
    result.moved.map((m) => `${m.file} → ${m.to}`),
  );
  section(
    th
      ? `ไม่ได้ย้าย ${result.kept.length} ไฟล์ที่แก้ไขหลังใสสะอาดเขียน (เก็บไว้ตามเดิม):`
      : `Kept ${result.kept.length} earlier documents edited since SaiSaat wrote them (not moved):`,
    result.kept,
  );
  return out;
}

/**
 * `data` as `path`: through a synced temporary file beside it, renamed into place (a crash leaves
 * the old file or the new one, never half of one), the temporary file removed on any failure.
 */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.saisaat-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  let made = false;
  try {
    // 'wx': created here or failing, never opened through something already at that name.
    const handle = await open(temp, 'wx');
    made = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    if (made) await unlink(temp).catch(() => undefined);
    throw outputProblem(e, path);
  }
}

/**
 * `saisaat announce`: the plan's announcement (ประกาศ) as a .docx in the output folder, for the
 * plan in the workbook (its organisation and years, or those given on the command line), in the
 * wording of data/announcement.json or the office's own from a sheet named ข้อความประกาศ (or, beside
 * a .csv plan, a file ข้อความประกาศ.csv): rows หัวข้อ | ข้อความ, checked before anything is written.
 */
import { access } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import {
  announcedPlan,
  announcementDocument,
  announcementProblems,
  WORDING_SHEET_NAME,
  wordingOverride,
  type Wording,
} from '../core/document/announcement';
import { documentContext } from '../core/document/generation';
import { safeFileName } from '../core/document/projectDocument';
import { readPlan } from '../core/read/planReader';
import type { DateParts } from '../core/thai/dates';
import type { PlanSettings } from '../shared/settings';
import { renderDocx } from './docxRender';
import { UnreadableFileError, UsageError } from './errors';
import { folderLines, openOutputFolder, type FolderReport } from './outputFolder';
import { pickPlanSheet, readWorkbook, type SheetGrid } from './workbook';

export interface AnnounceOptions {
  file: string;
  planSheet?: string;
  outDir: string;
  settings: PlanSettings;
  date: DateParts;
  signer: { name: string; position?: string };
}

export interface AnnounceResult extends FolderReport {
  outDir: string;
  file: string | null;
  /** Where the wording came from: the defaults, or the sheet or file that overrode them. */
  wordingFrom: string | null;
}

/** The office's wording: the workbook's ข้อความประกาศ sheet, else ข้อความประกาศ.csv beside a .csv plan, else none. */
async function wordingSheet(sheets: SheetGrid[], file: string): Promise<{ from: string; grid: unknown[][] } | null> {
  const inBook = sheets.find((s) => s.name.trim() === WORDING_SHEET_NAME);
  if (inBook) return { from: `แผ่นงาน ${WORDING_SHEET_NAME}`, grid: inBook.grid };
  if (!['.csv', '.tsv'].includes(extname(file).toLowerCase())) return null;
  const beside = join(dirname(file), `${WORDING_SHEET_NAME}.csv`);
  if (
    !(await access(beside).then(
      () => true,
      () => false,
    ))
  )
    return null;
  return { from: beside, grid: (await readWorkbook(beside))[0].grid };
}

/** The wording to use, or the rows that are wrong (in Thai and English) so nothing is written. */
async function wordingOf(sheets: SheetGrid[], file: string): Promise<{ wording: Wording | null; from: string | null }> {
  const source = await wordingSheet(sheets, file);
  if (!source) return { wording: null, from: null };
  const { wording, problems } = wordingOverride(source.grid);
  if (problems.length)
    throw new UnreadableFileError({
      th: `ข้อความประกาศใน ${source.from} ใช้ไม่ได้:\n${problems.map((p) => `  – ${p.message}`).join('\n')}`,
      en: `The announcement wording in ${source.from} cannot be used:\n${problems.map((p) => `  – ${p.messageEn}`).join('\n')}`,
    });
  return { wording, from: source.from };
}

export async function writeAnnouncement(options: AnnounceOptions): Promise<AnnounceResult> {
  const sheets = await readWorkbook(options.file);
  const sheet = pickPlanSheet(sheets, options.planSheet);
  const reading = readPlan(sheet.grid, { settings: options.settings });
  const ctx = documentContext(reading, options.settings, reading.catalogue);
  const name = ctx.organisation.trim();
  if (!name)
    throw new UsageError({
      th: 'ไม่ทราบชื่อหน่วยงาน: ชื่อแผนไม่ได้ระบุ — ระบุด้วย --org เช่น --org "เทศบาลตำบลบึงเค็งตา"',
      en: 'The organisation is unknown: the plan title gives none — give it with --org, e.g. --org "เทศบาลตำบลบึงเค็งตา"',
    });
  const { wording, from } = await wordingOf(sheets, options.file);
  const input = {
    organisation: { name, type: options.settings.organisation.type },
    plan: announcedPlan(options.settings, ctx.years, reading.layout === 'annual'),
    date: options.date,
    signer: options.signer,
    digits: options.settings.documents.digits,
  };
  const problems = announcementProblems(input, wording ?? undefined);
  if (problems.length) throw new UsageError({ th: problems[0].message, en: problems[0].messageEn });
  const doc = announcementDocument(input, wording ?? undefined);
  const data = await renderDocx(doc, options.settings.documents.font);
  const folder = await openOutputFolder(options.outDir);
  let file: string | null;
  try {
    file = await folder.write(safeFileName(doc.name), data, null);
  } catch (e) {
    await folder.save().catch(() => undefined);
    throw e;
  }
  await folder.save();
  return { outDir: options.outDir, file, wordingFrom: from, ...folder.report };
}

/** What the command prints: the file written (or why not), where the wording came from, the folder's notes. */
export function formatAnnounceSummary(result: AnnounceResult, lang: 'th' | 'en'): string {
  const th = lang === 'th';
  const out: string[] = [];
  if (result.file)
    out.push(
      th ? `เขียนประกาศลงใน ${result.outDir}/` : `Wrote the announcement to ${result.outDir}/`,
      `  ✔ ${result.file}`,
    );
  out.push(...folderLines(result, th));
  out.push(
    result.wordingFrom
      ? th
        ? `ใช้ข้อความประกาศจาก ${result.wordingFrom}`
        : `Wording from ${result.wordingFrom}`
      : th
        ? `ใช้ข้อความประกาศมาตรฐาน (แก้ได้ในแผ่นงาน ${WORDING_SHEET_NAME}: หัวข้อ | ข้อความ)`
        : `Standard wording (override it in a ${WORDING_SHEET_NAME} sheet: key | text)`,
  );
  return out.join('\n');
}

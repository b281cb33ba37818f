/**
 * `saisaat docs`: the project detail documents and the whole plan document as .docx files, from a
 * workbook's plan and details sheets — the same content and names as the add-on makes in Drive.
 */
import { DETAILS_SHEET_NAME } from '../core/read/details/sheetColumns';
import { linkDetails, type DetailsLink } from '../core/read/details/link';
import { incompleteReason, missingSections } from '../core/read/details/model';
import { readDetailsSheet } from '../core/read/details/sheet';
import { buildPlanDocument } from '../core/document/planDocument';
import { budgetProblem, documentContext } from '../core/document/generation';
import { buildProjectDocument, safeFileName } from '../core/document/projectDocument';
import type { DocModel } from '../core/document/model';
import { sortFindings, type Finding } from '../core/check/findings';
import { detailsWrapFindings } from '../core/check/rules/wrapSpaces';
import { readPlan, type ReadProject } from '../core/read/planReader';
import type { PlanSettings } from '../shared/settings';
import type { DateParts } from '../core/thai/dates';
import { renderDocx } from './docxRender';
import { UnreadableFileError } from './errors';
import { folderLines, openOutputFolder, type FolderReport } from './outputFolder';
import { pickPlanSheet, type SheetGrid } from './workbook';

export interface DocsResult extends FolderReport {
  outDir: string;
  written: { file: string; project: string | null }[];
  skipped: { project: string; row: number; reason: string; reasonEn: string }[];
  findings: Finding[];
}

/** The details sheet: the one named รายละเอียดโครงการ (or given), else any other sheet with a details header. */
function findDetailsSheet(sheets: SheetGrid[], plan: SheetGrid, name: string | undefined): SheetGrid {
  if (name !== undefined) {
    const s = sheets.find((x) => x.name === name);
    if (!s) throw new UnreadableFileError({ th: `ไม่พบแผ่นงาน "${name}" ในไฟล์`, en: `No sheet named "${name}"` });
    return s;
  }
  const named = sheets.find((s) => s.name.trim() === DETAILS_SHEET_NAME);
  if (named) return named;
  const other = sheets.find((s) => s !== plan && readDetailsSheet(s.grid));
  if (!other) {
    throw new UnreadableFileError({
      th: `ไม่พบแผ่นงาน "${DETAILS_SHEET_NAME}" (หัวตาราง: ชื่อโครงการ | หลักการและเหตุผล | วัตถุประสงค์ | …) ในไฟล์`,
      en: `No "${DETAILS_SHEET_NAME}" details sheet (header: ชื่อโครงการ | หลักการและเหตุผล | วัตถุประสงค์ | …)`,
    });
  }
  return other;
}

interface DocsOptions {
  planSheet?: string;
  detailsSheet?: string;
  outDir: string;
  settings: PlanSettings;
  date: DateParts;
}

/** The plan read from its sheet, and each project linked to its row of the details sheet. */
function linkedPlan(sheets: SheetGrid[], options: DocsOptions) {
  const plan = pickPlanSheet(sheets, options.planSheet);
  const reading = readPlan(plan.grid, { settings: options.settings });
  if (reading.headers.length === 0)
    throw new UnreadableFileError({
      th: `แผ่นงาน "${plan.name}" ไม่มีตารางแผน`,
      en: `Sheet "${plan.name}" has no plan table`,
    });
  const detailsGrid = findDetailsSheet(sheets, plan, options.detailsSheet);
  const details = readDetailsSheet(detailsGrid.grid);
  if (!details)
    throw new UnreadableFileError({
      th: `แผ่นงาน "${detailsGrid.name}" ไม่มีหัวตารางรายละเอียดโครงการ`,
      en: `Sheet "${detailsGrid.name}" has no details header`,
    });
  const { links, findings } = linkDetails(reading.projects, details);
  return { reading, links, findings: [...findings, ...detailsWrapFindings(detailsGrid.grid, details)] };
}

/** Why a project gets no document (no details row, or required sections empty), in Thai and English; null when it gets one. */
function skipReason(link: DetailsLink): { reason: string; reasonEn: string } | null {
  if (!link.details) return { reason: 'ไม่มีรายละเอียดโครงการในแผ่นงานรายละเอียด', reasonEn: 'no row in the details sheet' };
  const unreadable = budgetProblem(link.project);
  if (unreadable) return unreadable;
  const missing = missingSections(link.details, link.project.responsible);
  if (missing.length === 0) return null;
  return incompleteReason(missing);
}

/**
 * Writes the documents into the output folder (outputFolder.ts: atomic, never through a link,
 * never over the user's file), then moves SaiSaat's documents no longer written into เก่า/. A
 * failure part-way still records what was written, so the next run knows those files as SaiSaat's.
 */
export async function writeDocs(sheets: SheetGrid[], options: DocsOptions): Promise<DocsResult> {
  const { reading, links, findings } = linkedPlan(sheets, options);
  const settings = options.settings;
  const ctx = documentContext(reading, settings, reading.catalogue);
  const folder = await openOutputFolder(options.outDir);
  const written: DocsResult['written'] = [];
  const skipped: DocsResult['skipped'] = [];
  const withoutDocument = new Set<string>();
  const write = async (doc: DocModel, project: ReadProject | null) => {
    const data = await renderDocx(doc, settings.documents.font);
    const ref = project && { id: project.id, row: project.row, name: project.name };
    const file = await folder.write(safeFileName(doc.name), data, ref);
    if (file !== null) written.push({ file, project: project?.name ?? null });
  };
  try {
    for (const link of links) {
      const p = link.project;
      const skip = skipReason(link);
      if (skip) {
        skipped.push({ project: p.name, row: p.row, ...skip });
        withoutDocument.add(p.id);
      } else await write(buildProjectDocument(p, link.details!, ctx), p);
    }
    const { years, organisation } = ctx;
    const catalogue = reading.catalogue;
    await write(
      buildPlanDocument({ reading, links, settings, catalogue, years, organisation, date: options.date }),
      null,
    );
    await folder.retire(withoutDocument);
  } catch (e) {
    await folder.save().catch(() => undefined);
    throw e;
  }
  await folder.save();
  return { outDir: options.outDir, written, skipped, findings: sortFindings(findings), ...folder.report };
}

/** 2 when a document could not be written (a link or a folder holds its name), else 1 when the details have errors, else 0. */
export function docsExitCode(result: DocsResult): number {
  if (result.refused.length) return 2;
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

export function formatDocsSummary(result: DocsResult, lang: 'th' | 'en'): string {
  const th = lang === 'th';
  const out: string[] = [];
  const projects = result.written.filter((w) => w.project !== null).length;
  out.push(
    th
      ? `เขียนเอกสาร ${result.written.length} ไฟล์ลงใน ${result.outDir}/ (รายละเอียดโครงการ ${projects} ไฟล์ และเอกสารแผนทั้งฉบับ)`
      : `Wrote ${result.written.length} files to ${result.outDir}/ (${projects} project documents and the whole plan)`,
  );
  for (const w of result.written) out.push(`  ✔ ${w.file}`);
  out.push(...folderLines(result, th));
  if (result.skipped.length) {
    out.push(th ? `ไม่ได้สร้าง ${result.skipped.length} โครงการ:` : `Skipped ${result.skipped.length} projects:`);
    for (const s of result.skipped)
      out.push(th ? `  – แถว ${s.row} ${s.project}: ${s.reason}` : `  – row ${s.row} ${s.project}: ${s.reasonEn}`);
  }
  // Projects without details are already listed above.
  const notes = result.findings.filter((f) => f.code !== 'DETAILS_MISSING');
  if (notes.length) {
    out.push(th ? `ข้อสังเกตจากแผ่นงานรายละเอียด ${notes.length} รายการ:` : `${notes.length} notes on the details sheet:`);
    for (const f of notes)
      out.push(
        `  ${f.severity === 'error' ? '✖' : '⚠'} ${f.cell.padEnd(6)} ${th ? f.message : f.messageEn}  [${f.code}]`,
      );
  }
  return out.join('\n');
}

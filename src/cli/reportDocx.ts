/**
 * A round's report as a .docx in the output folder (outputFolder.ts: atomic, never through a link,
 * never over the user's file, listed in the manifest), named "รายงานผล รอบ ๖ เดือน ๒๕๖๘.docx".
 * The `saisaat report` command calls it with the figures it computed.
 */
import {
  reportDocument,
  reportFileStem,
  reportInputProblems,
  type ReportDocumentInput,
} from '../core/document/reportDocument';
import { safeFileName } from '../core/document/projectDocument';
import { renderDocx } from './docxRender';
import { UsageError } from './errors';
import { folderLines, openOutputFolder, type FolderReport } from './outputFolder';

export interface ReportDocxResult extends FolderReport {
  outDir: string;
  /** The file written, or null when a link or a folder holds its name (in `refused`). */
  file: string | null;
}

/** Writes the report; what is missing from the input (signer, round 12's sections) stops it first, in Thai and English. */
export async function writeReportDocx(
  input: ReportDocumentInput,
  outDir: string,
  font = 'Sarabun',
): Promise<ReportDocxResult> {
  const problems = reportInputProblems(input);
  if (problems.length)
    throw new UsageError({
      th: `ยังเขียนรายงานไม่ได้:\n${problems.map((p) => `  – ${p.message}`).join('\n')}`,
      en: `The report cannot be written yet:\n${problems.map((p) => `  – ${p.messageEn}`).join('\n')}`,
    });
  const data = await renderDocx(reportDocument(input), font);
  const folder = await openOutputFolder(outDir);
  let file: string | null;
  try {
    file = await folder.write(safeFileName(reportFileStem(input.figures, input.digits)), data, null);
  } catch (e) {
    await folder.save().catch(() => undefined);
    throw e;
  }
  await folder.save();
  return { outDir, file, ...folder.report };
}

/** What `report --out` prints after the figures: the file written (or why not) and the folder's notes. */
export function formatReportDocxSummary(result: ReportDocxResult, lang: 'th' | 'en'): string {
  const th = lang === 'th';
  const out: string[] = [];
  if (result.file)
    out.push(th ? `เขียนรายงานลงใน ${result.outDir}/` : `Wrote the report to ${result.outDir}/`, `  ✔ ${result.file}`);
  out.push(...folderLines(result, th));
  return out.join('\n');
}

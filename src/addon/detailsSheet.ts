/**
 * รายละเอียดโครงการ: the details sheet — created pre-filled with every plan project (ลำดับ, รหัส,
 * name, and the period, budget and responsible unit the plan already gives), and the sidebar's
 * form over one project's row: what staff type there goes into the sheet, cell by cell.
 */
import type { Cell } from '../core/read/cells';
import {
  DETAILS_COLUMNS,
  DETAILS_SHEET_NAME,
  detailsFieldText,
  resultsCellText,
} from '../core/read/details/sheetColumns';
import { isDetailsSheet, readDetailsSheet, type DetailsSheet } from '../core/read/details/sheet';
import { linkDetails } from '../core/read/details/link';
import { missingSections, type DetailField, type ProjectDetails } from '../core/read/details/model';
import { documentContext } from '../core/document/generation';
import { budgetLines, planPeriod } from '../core/document/projectDocument';
import { readPlan, type ReadProject } from '../core/read/planReader';
import { cleanText } from '../core/read/text';
import * as z from 'zod/mini';
import {
  asText,
  findPlanSheet,
  forWrite,
  loadCatalogue,
  loadSettings,
  sheetValues,
  UserError,
  withDocumentLock,
} from './spreadsheet';
import { ensureProjectIds } from './documents/planLinks';
import {
  EDITABLE_SECTIONS,
  type DetailsSheetResult,
  type EditableSection,
  type ProjectDetailsRequest,
  type ProjectDetailsView,
  type SaveDetailsRequest,
} from '../shared/wire';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FoundDetails {
  sheet: Sheet;
  values: Cell[][];
  details: DetailsSheet;
}

/** The sheet named รายละเอียดโครงการ, else any other sheet with a details header. */
export function findDetailsSheet(ss: Spreadsheet, planSheet: Sheet | null): FoundDetails | null {
  const named = ss.getSheetByName(DETAILS_SHEET_NAME);
  const candidates = named
    ? [named]
    : ss.getSheets().filter((s) => !planSheet || s.getSheetId() !== planSheet.getSheetId());
  for (const sheet of candidates) {
    const values = sheetValues(sheet);
    if (!isDetailsSheet(values)) continue;
    return { sheet, values, details: readDetailsSheet(values)! };
  }
  return null;
}

/** The plan sheet read with the office's settings and catalogue, or a Thai message when there is none. */
export function requirePlan(ss: Spreadsheet) {
  const found = findPlanSheet(ss);
  if (!found) throw new UserError('ไม่พบตารางแผน: เปิดแผ่นงานแผน หรือสร้าง/ปรับแผ่นงานแผนก่อน');
  const settings = loadSettings();
  const catalogue = loadCatalogue(ss);
  const reading = readPlan(found.values, { settings, catalogue });
  return { ...found, settings, catalogue, reading };
}

const hasIdColumn = (reading: ReturnType<typeof readPlan>) =>
  reading.headers[0]?.columns.some((c) => c.role === 'id') ?? false;

export function createDetailsSheet(): DetailsSheetResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let plan = requirePlan(ss);
    if (findDetailsSheet(ss, plan.sheet))
      throw new UserError(`มีแผ่นงาน "${DETAILS_SHEET_NAME}" อยู่แล้ว — แก้ไขรายละเอียดในแผ่นงานนั้นหรือในแบบฟอร์มด้านล่าง`);
    // Details rows link to plan rows by id, which survives renames: give every project one first.
    if (ensureProjectIds(plan.sheet, plan.reading, plan.values)) plan = requirePlan(ss);
    const ctx = documentContext(plan.reading, plan.settings, plan.catalogue);
    const withIds = hasIdColumn(plan.reading);
    const rows = plan.reading.projects.map((p) =>
      DETAILS_COLUMNS.map(({ field }) => {
        switch (field) {
          case 'no':
            return p.sequence;
          case 'id':
            // Only real ids: a name-derived one would change with the name and break the link.
            return withIds ? p.id : '';
          case 'name':
            return asText(cleanText(p.name));
          case 'period':
            return planPeriod(ctx.years, plan.settings.documents.digits);
          case 'budget':
            return budgetLines(p.budgets, plan.settings).join('\n');
          case 'responsible':
            return asText(p.responsible);
          default:
            return '';
        }
      }),
    );
    const sheet = ss.insertSheet(DETAILS_SHEET_NAME);
    const header = DETAILS_COLUMNS.map((c) => c.header);
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold').setBackground('#e8f0fe');
    if (rows.length)
      sheet.getRange(2, 1, rows.length, header.length).setValues(rows).setWrap(true).setVerticalAlignment('top');
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 2, 70);
    sheet.setColumnWidth(3, 260);
    sheet.setColumnWidths(4, header.length - 3, 300);
    return { sheetName: DETAILS_SHEET_NAME, rows: rows.length };
  });
}

const FIELD_OF: Record<EditableSection, DetailField> = {
  rationale: 'rationale',
  objectives: 'objectives',
  targets: 'targets',
  method: 'method',
  responsible: 'responsible',
  outputs: 'outputs',
  outcomes: 'outcomes',
};

/** The form's text of each section: the cell as staff wrote it, or rebuilt from ผลผลิต/ผลลัพธ์ in one cell. */
function fieldTexts(found: FoundDetails | null, d: ProjectDetails | null): Record<EditableSection, string> {
  const out = {} as Record<EditableSection, string>;
  for (const section of EDITABLE_SECTIONS) {
    const column = found?.details.columns.find((c) => c.field === FIELD_OF[section]);
    const cell = d?.row && column ? found!.values[d.row - 1]?.[column.col] : undefined;
    out[section] =
      cell !== undefined
        ? String(cell ?? '')
        : d
          ? detailsFieldText(d, FIELD_OF[section] as Exclude<DetailField, 'results'>)
          : '';
  }
  return out;
}

function selectedRow(ss: Spreadsheet): { sheetId: number; row: number } {
  const range = ss.getActiveRange();
  return { sheetId: ss.getActiveSheet().getSheetId(), row: range ? range.getRow() : 0 };
}

function view(ss: Spreadsheet, projectId: string | undefined): ProjectDetailsView {
  const plan = requirePlan(ss);
  const found = findDetailsSheet(ss, plan.sheet);
  const { links } = linkDetails(plan.reading.projects, found?.details ?? { details: [] });
  if (links.length === 0) throw new UserError('ตารางแผนยังไม่มีโครงการ');
  let link = projectId ? links.find((l) => l.project.id === projectId) : undefined;
  if (projectId && !link) throw new UserError('ไม่พบโครงการนี้ในตารางแผนแล้ว (อาจถูกลบหรือย้ายไปแผ่นงานอื่น) — เลือกโครงการใหม่');
  if (!link) {
    const at = selectedRow(ss);
    if (at.sheetId === plan.sheet.getSheetId()) link = links.find((l) => l.project.row === at.row);
    else if (found && at.sheetId === found.sheet.getSheetId()) link = links.find((l) => l.details?.row === at.row);
    link ??= links[0];
  }
  const p = link.project as ReadProject;
  const ctx = documentContext(plan.reading, plan.settings, plan.catalogue);
  return {
    projectId: p.id,
    row: p.row,
    detailsRow: link.details?.row ?? null,
    detailsSheet: found ? found.sheet.getName() : null,
    name: cleanText(p.name),
    period: planPeriod(ctx.years, plan.settings.documents.digits),
    budget: budgetLines(p.budgets, plan.settings),
    fields: fieldTexts(found, link.details),
    missing: link.details ? missingSections(link.details, p.responsible) : ['ทุกหัวข้อ'],
    projects: links.map((l) => ({
      id: l.project.id,
      row: l.project.row,
      name: cleanText(l.project.name),
      hasDetails: l.details !== null,
    })),
  };
}

const ProjectDetailsRequestSchema = z.object({ projectId: z.optional(z.string().check(z.maxLength(200))) });

export function projectDetails(request: ProjectDetailsRequest | undefined): ProjectDetailsView {
  const { projectId } = ProjectDetailsRequestSchema.parse(request ?? {});
  return view(SpreadsheetApp.getActiveSpreadsheet(), projectId);
}

// Google Sheets holds at most 50,000 characters in a cell.
const CellText = z.string().check(z.maxLength(50_000, 'ข้อความยาวเกิน 50,000 ตัวอักษร ซึ่งเป็นขีดจำกัดของเซลล์ใน Google Sheets'));
const SaveDetailsSchema = z.object({
  projectId: z.string().check(z.minLength(1), z.maxLength(200)),
  fields: z.object(
    Object.fromEntries(EDITABLE_SECTIONS.map((s) => [s, CellText])) as Record<EditableSection, typeof CellText>,
  ),
});

/** Writes the form into the project's details row (a new row when it has none), then shows it again. */
export function saveProjectDetails(request: SaveDetailsRequest): ProjectDetailsView {
  const { projectId, fields } = SaveDetailsSchema.parse(request);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const plan = requirePlan(ss);
    const found = findDetailsSheet(ss, plan.sheet);
    if (!found) throw new UserError(`ยังไม่มีแผ่นงาน "${DETAILS_SHEET_NAME}" — กด "สร้างแผ่นงานรายละเอียดโครงการ" ก่อน`);
    const project = plan.reading.projects.find((p) => p.id === projectId);
    if (!project) throw new UserError('ไม่พบโครงการนี้ในตารางแผนแล้ว (อาจถูกลบหรือย้ายไปแผ่นงานอื่น) — เลือกโครงการใหม่');
    const link = linkDetails(plan.reading.projects, found.details).links.find((l) => l.project.id === projectId)!;
    const columns = new Map(found.details.columns.map((c) => [c.field, c.col]));
    const width = Math.max(found.sheet.getLastColumn(), ...found.details.columns.map((c) => c.col + 1));
    const rowNumber = link.details?.row ?? Math.max(found.sheet.getLastRow(), found.details.headerRow + 1) + 1;
    const range = found.sheet.getRange(rowNumber, 1, 1, width);
    const formulas = range.getFormulas()[0];
    const row = (range.getValues()[0] as Cell[]).map((v, i) => forWrite(v, formulas[i]));
    const put = (field: DetailField, value: string | number) => {
      const col = columns.get(field);
      if (col !== undefined) row[col] = typeof value === 'string' ? asText(value) : value;
      return col !== undefined;
    };
    if (!link.details) {
      put('no', project.sequence);
      if (hasIdColumn(plan.reading)) put('id', project.id);
      put('name', cleanText(project.name));
    }
    for (const section of EDITABLE_SECTIONS) {
      if (section === 'outputs' || section === 'outcomes') continue;
      if (!put(FIELD_OF[section], fields[section].replace(/\r\n?/g, '\n')))
        throw new UserError(
          `แผ่นงาน "${found.sheet.getName()}" ไม่มีคอลัมน์ "${DETAILS_COLUMNS.find((c) => c.field === FIELD_OF[section])!.header}" — เพิ่มหัวคอลัมน์นี้ก่อน`,
        );
    }
    const outputs = fields.outputs.replace(/\r\n?/g, '\n');
    const outcomes = fields.outcomes.replace(/\r\n?/g, '\n');
    if (columns.has('outputs') || columns.has('outcomes')) {
      put('outputs', outputs);
      put('outcomes', outcomes);
    } else if (!put('results', resultsCellText(outputs, outcomes))) {
      throw new UserError(`แผ่นงาน "${found.sheet.getName()}" ไม่มีคอลัมน์ "ผลผลิต" และ "ผลลัพธ์" — เพิ่มหัวคอลัมน์ก่อน`);
    }
    range.setValues([row]);
    return view(ss, projectId);
  });
}

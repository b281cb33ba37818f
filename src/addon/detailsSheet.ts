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
import {
  EVERY_SECTION,
  missingSections,
  type DetailField,
  type ProjectDetails,
  type SectionLabel,
} from '../core/read/details/model';
import { budgetProblem, documentContext } from '../core/document/generation';
import { budgetLines, planPeriod } from '../core/document/projectDocument';
import type { PlanReading, ReadProject } from '../core/read/planReader';
import { cleanText } from '../core/read/text';
import { planColumn, requirePlan, valuesOrTooLarge, type LoadedPlan } from './planSheet';
import { ensureProjectIds } from './projectIds';
import { asText, growGrid, rewriteRange, sheetValues, UserError, withDocumentLock } from './spreadsheet';
import { EDITABLE_SECTIONS, type EditableSection } from '../shared/detailSections';
import {
  ProjectDetailsRequestSchema,
  SaveDetailsRequestSchema,
  type DetailsSheetResult,
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
    // The sheet named รายละเอียดโครงการ is read whatever its size (too large, the user is told); others are searched.
    const values = named ? sheetValues(sheet) : valuesOrTooLarge(sheet);
    if (!Array.isArray(values) || !isDetailsSheet(values)) continue;
    return { sheet, values, details: readDetailsSheet(values)! };
  }
  return null;
}

const hasIdColumn = (reading: PlanReading) => planColumn(reading, 'id') !== null;

/** A details row pre-filled with what the plan already says about the project. */
function prefilledRow(p: ReadProject, plan: LoadedPlan, period: string, withIds: boolean): Cell[] {
  return DETAILS_COLUMNS.map(({ field }) => {
    switch (field) {
      case 'no':
        return p.sequence;
      case 'id':
        // Only real ids: a name-derived one would change with the name and break the link.
        return withIds ? p.id : '';
      case 'name':
        return cleanText(p.name);
      case 'period':
        return period;
      case 'budget':
        return budgetText(p, plan).join('\n');
      case 'responsible':
        return p.responsible;
      default:
        return '';
    }
  });
}

/** The budget as documents write it, or why it cannot be written yet (an amount in the plan row is unreadable). */
function budgetText(p: ReadProject, plan: LoadedPlan): string[] {
  const problem = budgetProblem(p);
  return problem ? [problem.reason] : budgetLines(p.budgets, plan.settings);
}

/** The header and rows into a new sheet (rows added when the plan has more projects than it has rows), text as text. */
function writeDetailsSheet(sheet: Sheet, rows: Cell[][]): void {
  const header = DETAILS_COLUMNS.map((c) => c.header);
  const text = (row: Cell[]) => row.map((v) => (typeof v === 'string' ? asText(v) : v));
  growGrid(sheet, { rows: rows.length + 1 });
  sheet
    .getRange(1, 1, 1, header.length)
    .setValues([text(header)])
    .setFontWeight('bold')
    .setBackground('#e8f0fe');
  if (rows.length)
    sheet
      .getRange(2, 1, rows.length, header.length)
      .setValues(rows.map(text))
      .setWrap(true)
      .setVerticalAlignment('top');
  sheet.setFrozenRows(1);
  sheet.setColumnWidths(1, 2, 70);
  sheet.setColumnWidth(3, 260);
  sheet.setColumnWidths(4, header.length - 3, 300);
}

export function createDetailsSheet(): DetailsSheetResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    let plan = requirePlan(ss);
    if (findDetailsSheet(ss, plan.sheet))
      throw new UserError({
        th: `มีแผ่นงาน "${DETAILS_SHEET_NAME}" อยู่แล้ว — แก้ไขรายละเอียดในแผ่นงานนั้นหรือในแบบฟอร์มด้านล่าง`,
        en: `The "${DETAILS_SHEET_NAME}" sheet already exists — edit the details there or in the form below`,
      });
    // Details rows link to plan rows by id, which survives renames: give every project one first.
    if (ensureProjectIds(plan.sheet, plan.reading, plan.values)) plan = requirePlan(ss);
    const ctx = documentContext(plan.reading, plan.settings, plan.catalogue);
    const period = planPeriod(ctx.years, plan.settings.documents.digits);
    const withIds = hasIdColumn(plan.reading);
    const rows = plan.reading.projects.map((p) => prefilledRow(p, plan, period, withIds));
    writeDetailsSheet(ss.insertSheet(DETAILS_SHEET_NAME), rows);
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

const PROJECT_GONE = {
  th: 'ไม่พบโครงการนี้ในตารางแผนแล้ว (อาจถูกลบหรือย้ายไปแผ่นงานอื่น) — เลือกโครงการใหม่',
  en: 'This project is no longer in the plan table (it may have been deleted or moved to another sheet) — choose a project again',
};

const missingColumn = (sheet: string, header: string) =>
  new UserError({
    th: `แผ่นงาน "${sheet}" ไม่มีคอลัมน์ "${header}" — เพิ่มหัวคอลัมน์นี้ก่อน`,
    en: `The "${sheet}" sheet has no "${header}" column — add this header first`,
  });

function selectedRow(ss: Spreadsheet): { sheetId: number; row: number } {
  const range = ss.getActiveRange();
  return { sheetId: ss.getActiveSheet().getSheetId(), row: range ? range.getRow() : 0 };
}

function view(ss: Spreadsheet, projectId: string | undefined): ProjectDetailsView {
  const plan = requirePlan(ss);
  const found = findDetailsSheet(ss, plan.sheet);
  const { links } = linkDetails(plan.reading.projects, found?.details ?? { details: [] });
  if (links.length === 0) throw new UserError({ th: 'ตารางแผนยังไม่มีโครงการ', en: 'The plan table has no projects yet' });
  let link = projectId ? links.find((l) => l.project.id === projectId) : undefined;
  if (projectId && !link) throw new UserError(PROJECT_GONE);
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
    budget: budgetText(p, plan),
    fields: fieldTexts(found, link.details),
    ...missingTexts(link.details ? missingSections(link.details, p.responsible) : [EVERY_SECTION]),
    projects: links.map((l) => ({
      id: l.project.id,
      row: l.project.row,
      name: cleanText(l.project.name),
      hasDetails: l.details !== null,
    })),
  };
}

/** The form's "still missing" list in both languages. */
function missingTexts(missing: SectionLabel[]): { missing: string[]; missingEn: string[] } {
  return { missing: missing.map((m) => m.th), missingEn: missing.map((m) => m.en) };
}

export function projectDetails(request: ProjectDetailsRequest | undefined): ProjectDetailsView {
  const { projectId } = ProjectDetailsRequestSchema.parse(request ?? {});
  return view(SpreadsheetApp.getActiveSpreadsheet(), projectId);
}

/** The form, checked: every text must fit in a cell (the schema's limit, said in both languages). */
function parseSaveRequest(request: SaveDetailsRequest): SaveDetailsRequest {
  const parsed = SaveDetailsRequestSchema.safeParse(request);
  if (parsed.success) return parsed.data;
  if (parsed.error.issues.some((i) => i.code === 'too_big' && i.path[0] === 'fields'))
    throw new UserError({
      th: 'ข้อความยาวเกิน 50,000 ตัวอักษร ซึ่งเป็นขีดจำกัดของเซลล์ใน Google Sheets',
      en: 'A text is longer than 50,000 characters, the most a Google Sheets cell can hold',
    });
  throw parsed.error;
}

function requireDetailsSheet(ss: Spreadsheet, planSheet: Sheet): FoundDetails {
  const found = findDetailsSheet(ss, planSheet);
  if (!found)
    throw new UserError({
      th: `ยังไม่มีแผ่นงาน "${DETAILS_SHEET_NAME}" — กด "สร้างแผ่นงานรายละเอียดโครงการ" ก่อน`,
      en: `There is no "${DETAILS_SHEET_NAME}" sheet yet — press "Create the details sheet" first`,
    });
  return found;
}

/** Puts a value in the row's cell of a field; false when the sheet has no column for it. */
type Put = (field: DetailField, value: string | number) => boolean;

/** The form's sections into the row; ผลผลิต and ผลลัพธ์ into their own columns, else together into one. */
function putSections(
  put: Put,
  hasColumn: (field: DetailField) => boolean,
  form: SaveDetailsRequest['fields'],
  sheetName: string,
): void {
  const text = (section: EditableSection) => form[section].replace(/\r\n?/g, '\n');
  for (const section of EDITABLE_SECTIONS) {
    if (section === 'outputs' || section === 'outcomes') continue;
    if (!put(FIELD_OF[section], text(section)))
      throw missingColumn(sheetName, DETAILS_COLUMNS.find((c) => c.field === FIELD_OF[section])!.header);
  }
  if (hasColumn('outputs') || hasColumn('outcomes')) {
    put('outputs', text('outputs'));
    put('outcomes', text('outcomes'));
  } else if (!put('results', resultsCellText(text('outputs'), text('outcomes')))) {
    throw new UserError({
      th: `แผ่นงาน "${sheetName}" ไม่มีคอลัมน์ "ผลผลิต" และ "ผลลัพธ์" — เพิ่มหัวคอลัมน์ก่อน`,
      en: `The "${sheetName}" sheet has no "ผลผลิต" (outputs) and "ผลลัพธ์" (outcomes) columns — add these headers first`,
    });
  }
}

/**
 * The form written into the project's details row (a new row below the others when it has none,
 * starting with its ลำดับ, รหัส and name; the sheet grown when it has no spare row), its other
 * cells as they were. A formula stays unless the form changed what it shows.
 */
function writeDetailsRow(
  found: FoundDetails,
  reading: PlanReading,
  project: ReadProject,
  form: SaveDetailsRequest['fields'],
): void {
  const link = linkDetails(reading.projects, found.details).links.find((l) => l.project.id === project.id)!;
  const columns = new Map(found.details.columns.map((c) => [c.field, c.col]));
  const width = Math.max(found.sheet.getLastColumn(), ...found.details.columns.map((c) => c.col + 1));
  const rowNumber = link.details?.row ?? Math.max(found.sheet.getLastRow(), found.details.headerRow + 1) + 1;
  if (!link.details) growGrid(found.sheet, { rows: rowNumber });
  const range = found.sheet.getRange(rowNumber, 1, 1, width);
  const row = new Map<number, string | number>();
  const put: Put = (field, value) => {
    const col = columns.get(field);
    if (col !== undefined) row.set(col, value);
    return col !== undefined;
  };
  if (!link.details) {
    put('no', project.sequence);
    if (hasIdColumn(reading)) put('id', project.id);
    put('name', cleanText(project.name));
  }
  putSections(put, (field) => columns.has(field), form, found.sheet.getName());
  rewriteRange(range, (now, _, c) => {
    const value = row.get(c);
    return value === undefined || (now.formula && String(now.value) === String(value)) ? undefined : value;
  });
}

/** Writes the form into the project's details row, then shows it again. */
export function saveProjectDetails(request: SaveDetailsRequest): ProjectDetailsView {
  const { projectId, fields } = parseSaveRequest(request);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const plan = requirePlan(ss);
    const found = requireDetailsSheet(ss, plan.sheet);
    const project = plan.reading.projects.find((p) => p.id === projectId);
    if (!project) throw new UserError(PROJECT_GONE);
    writeDetailsRow(found, plan.reading, project, fields);
    return view(ss, projectId);
  });
}

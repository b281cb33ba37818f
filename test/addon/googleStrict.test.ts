/**
 * Writes Google accepts, through the built Code.js over the strict fakes: a plan sheet whose spare
 * rows and columns were deleted still gets its totals, details rows and document links (the grid is
 * grown first); ids, names, remarks and form texts that Sheets would read as a number, a date, a
 * boolean or a formula stay the very text through create → details sheet → form → documents; onEdit
 * gives ids without replacing a formula a user wrote.
 */
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/core/data/catalogue';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { asText } from '../../src/addon/spreadsheet';
import type { DocsBatchResult } from '../../src/shared/wire';
import { DOC_MIME } from '../fakes/documents';
import type { FakeSheet } from '../fakes/spreadsheet';
import { ROOT } from '../helpers';
import { loadCodeJs } from '../vm';
import { CREATE_REQUEST, loadAddon, type Addon } from './harness';

const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
/** Text Sheets would read as a number, a date, a boolean, a formula, a percentage, a time. */
const TRICKY = ['001', '1/10', 'TRUE', '=SUM(A1)', '12%'];

let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

/** The sheet as staff leave it after deleting every empty row and column below and right of the table. */
function trim(sheet: FakeSheet): void {
  const [rows, cols] = [sheet.getLastRow(), sheet.getLastColumn()];
  if (sheet.getMaxRows() > rows) sheet.deleteRows(rows + 1, sheet.getMaxRows() - rows);
  if (sheet.getMaxColumns() > cols) sheet.deleteColumns(cols + 1, sheet.getMaxColumns() - cols);
}

/** What the sidebar does: start, then batches until the run is finished. */
function runAll(addon: Addon): DocsBatchResult['results'] {
  addon.call('startDocsRun');
  const results: DocsBatchResult['results'] = [];
  for (let i = 0; i < 20; i++) {
    const r = addon.call('generateDocsBatch', {
      skip: results.filter((x) => x.outcome === 'failed').map((x) => x.projectId),
    });
    results.push(...r.results);
    if (r.finished || r.stopped) break;
  }
  return results;
}

const documents = (addon: Addon) =>
  [...addon.docs.files.values()].filter((f) => f.mimeType === DOC_MIME && !f.name.startsWith('แม่แบบ'));

/** A form whose every section is text Sheets would misread. */
const form = (i: number) => ({
  rationale: TRICKY[i],
  objectives: TRICKY[(i + 1) % 5],
  targets: TRICKY[(i + 2) % 5],
  method: TRICKY[(i + 3) % 5],
  responsible: TRICKY[(i + 4) % 5],
  outputs: '1,234',
  outcomes: '10:30',
});

/**
 * A plan sheet made by createPlanSheet, its first rows filled as staff type them (text kept as
 * text): a project per tricky text, as its name, its id (รหัส) and its remark.
 */
function createdPlan(): { addon: Addon; sheet: FakeSheet } {
  const addon = loadAddon();
  addon.call('createPlanSheet', CREATE_REQUEST);
  const sheet = addon.spreadsheet._sheetByName(PLAN)!;
  const mission = DEFAULT_CATALOGUE.missions.find((m) => m.dimension === 1)!.name;
  // Columns of the standard five-year sheet: A ลำดับ, B มิติ, C ภารกิจ, D โครงการ, E–I budgets, N ผู้รับผิดชอบ, O หมายเหตุ, P รหัส.
  TRICKY.forEach((text, i) => {
    sheet.getRange(6 + i, 1, 1, 9).setValues([[i + 1, 'มิติที่ 1', mission, asText(text), 10000, '', '', '', '']]);
    sheet.getRange(6 + i, 14, 1, 3).setValues([['สำนักปลัด', asText(text), asText(text)]]);
  });
  return { addon, sheet };
}

describe('a plan sheet with no spare rows or columns', () => {
  test('created, filled and trimmed: totals, the details sheet, saving details (a new row) and documents with their link columns', () => {
    const { addon, sheet } = createdPlan();
    trim(sheet);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([51, 16]);
    expect(addon.call('updateTotals').grand).toBe(50000);
    addon.call('createDetailsSheet');
    const details = addon.spreadsheet._sheetByName(DETAILS)!;
    // The last project's details row deleted, then the spare rows: saving it must add a row.
    details.deleteRows(6, 1);
    trim(details);
    const ids = addon.call('getDocsOverview').projects.map((p) => p.projectId);
    ids.forEach((projectId, i) => addon.call('saveProjectDetails', { projectId, fields: form(i) }));
    expect(details.getMaxRows()).toBe(6);
    const results = runAll(addon);
    expect(results.map((r) => r.outcome)).toEqual(Array(5).fill('created'));
    // Link and status columns added right of the table, past its last column.
    expect(sheet.getMaxColumns()).toBe(18);
    expect(sheet._cell(4, 17).value).toBe('เอกสารรายละเอียดโครงการ');
    for (const r of results) expect(sheet._cell(r.row, 17).link).toBe(r.url);
  });

  test("adopted from the example plan, its details sheet trimmed too: adopt, totals, a project's first details row, documents", () => {
    const addon = loadAddon();
    addon.addSheet(DETAILS, example.find((s) => s.name === DETAILS)!.grid);
    const plan = addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
    trim(plan);
    trim(addon.spreadsheet._sheetByName(DETAILS)!);
    addon.call('adoptSheet', { convertTicks: true, convertNumbers: true });
    addon.call('updateTotals');
    const missing = addon.call('getDocsOverview').projects.filter((p) => p.action === 'no-details');
    expect(missing).toHaveLength(2);
    for (const p of missing) addon.call('saveProjectDetails', { projectId: p.projectId, fields: form(0) });
    const results = runAll(addon);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(15);
    expect(documents(addon)).toHaveLength(15);
  });
});

describe('text Sheets would misread stays text, from the plan sheet to the documents', () => {
  test('ids, names and remarks like 001, 1/10, TRUE, =SUM(A1), 12% through create → details sheet → form → documents', () => {
    const { addon, sheet } = createdPlan();
    addon.call('createDetailsSheet');
    const details = addon.spreadsheet._sheetByName(DETAILS)!;
    TRICKY.forEach((text, i) => {
      // รหัส (B) and the name (C) copied into the details sheet as the same text, not a number, date or formula.
      expect([details._cell(2 + i, 2), details._cell(2 + i, 3)]).toEqual([
        expect.objectContaining({ value: text, formula: '' }),
        expect.objectContaining({ value: text, formula: '' }),
      ]);
    });
    const projects = addon.call('getDocsOverview').projects;
    expect(projects.map((p) => [p.projectId, p.name])).toEqual(TRICKY.map((t) => [t, t]));
    projects.forEach((p, i) => {
      const saved = addon.call('saveProjectDetails', { projectId: p.projectId, fields: form(i) });
      expect(saved.fields).toEqual(form(i));
      expect(saved.missing).toEqual([]);
    });
    const row = details.getRange(2, 1, 1, 12);
    expect(row.getFormulas()[0].every((f) => f === '')).toBe(true);
    expect(row.getValues()[0].slice(3, 7)).toEqual(TRICKY.slice(0, 4));
    const results = runAll(addon);
    expect(results.map((r) => r.outcome)).toEqual(Array(5).fill('created'));
    for (const [i, text] of TRICKY.entries()) {
      const doc = documents(addon).find((d) => d.id === results[i].url!.split('/')[5])!;
      const body = doc.doc!.body.getText();
      for (const field of Object.values(form(i))) expect(body).toContain(field);
      expect(body).toContain(text);
    }
    // The plan sheet's own text cells were never rewritten into something else.
    TRICKY.forEach((text, i) => {
      for (const col of [4, 15, 16])
        expect(sheet._cell(6 + i, col)).toEqual(expect.objectContaining({ value: text, formula: '' }));
    });
  });
});

describe('onEdit gives ids without replacing a formula', () => {
  test("a pasted block: the user's id formulas (one showing nothing yet) stay, the row without an id gets one", () => {
    const addon = loadAddon();
    addon.call('createPlanSheet', CREATE_REQUEST);
    const sheet = addon.spreadsheet._sheetByName(PLAN)!;
    sheet.getRange(6, 1, 3, 4).setValues([
      [1, 'มิติที่ 1', '', 'โครงการ ก'],
      [2, 'มิติที่ 1', '', 'โครงการ ข'],
      [3, 'มิติที่ 1', '', 'โครงการ ค'],
    ]);
    sheet.getRange(6, 16, 2, 1).setValues([['="P-"&ROW()'], ['=IF(FALSE,"x","")']]);
    const code = loadCodeJs(addon.globals) as unknown as { onEdit: (e: unknown) => void };
    code.onEdit({ range: sheet.getRange(6, 1, 3, 4), source: addon.spreadsheet });
    expect(sheet.getRange(6, 16, 3, 1).getFormulas()).toEqual([['="P-"&ROW()'], ['=IF(FALSE,"x","")'], ['']]);
    expect(sheet.getRange(6, 16).getValues()).toEqual([['P-6']]);
    expect(String(sheet._cell(8, 16).value)).toMatch(/^p[0-9a-f]{10}$/);
  });
});

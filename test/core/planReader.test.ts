import { readPlan } from '../../src/core/read/planReader';
import { checkGrid } from '../../src/core/check/check';
import { PlanSettingsSchema } from '../../src/shared/settings';
import type { Cell } from '../../src/core/read/cells';
import { tsvGrid } from '../helpers';

const codes = (grid: Cell[][], settings = {}) =>
  checkGrid(grid, 't', { settings: PlanSettingsSchema.parse(settings) }).report.issues.map(
    (i) => `${i.code}@${i.cell}`,
  );

describe('seed 000: the 5-year table', () => {
  const grid = tsvGrid('seed000-table.tsv');
  const reading = readPlan(grid);

  test('finds its 15 projects, not the subtotal rows or repeated headers', () => {
    expect(reading.layout).toBe('five-year');
    expect(reading.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(reading.projects).toHaveLength(15);
    expect(reading.headers).toHaveLength(2); // the block-3 header is OCR'd differently ("มติ"), so it is a new header
    expect(reading.totals.map((t) => [t.kind, t.dimension])).toEqual([
      ['subtotal', 1],
      ['subtotal', 2], // the shifted one: "(blank) | มิติที่ ๒ | รวม"
      ['subtotal', 3],
      ['subtotal', 4],
    ]);
  });

  test('carries merged dimension and mission cells down; numbering restarts per mission', () => {
    const byDim = reading.projects.map((p) => p.dimension);
    expect(byDim).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4]);
    expect(reading.projects.map((p) => p.no)).toEqual([1, 2, 3, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 1, 1]);
    expect(reading.projects.map((p) => p.missionId)).toEqual([
      'staff-awareness',
      'staff-awareness',
      'staff-awareness',
      'public-disclosure',
      'public-disclosure',
      'public-disclosure',
      'public-disclosure',
      'integrity-transparency',
      'integrity-transparency',
      'integrity-transparency',
      'integrity-transparency',
      'public-participation',
      'public-participation',
      'hearing-complaints',
      'corruption-complaints',
    ]);
    expect(reading.projects.filter((p) => p.source.dimensionWritten)).toHaveLength(4);
  });

  test('names lose their "๑." numbering; kind comes from the name', () => {
    const first = reading.projects[0];
    // The wrap space after แก่ goes (nothing follows a preposition after a space); the one after มอบ stays.
    expect(first.name).toBe('กิจกรรมการมอบ ประกาศเกียรติคุณแก่คณะกรรมการชุมชน');
    expect(first.kind).toBe('กิจกรรม');
    expect(reading.projects[1].kind).toBe('โครงการ');
    expect(reading.projects[2].kind).toBe('มาตรการ');
    expect(reading.projects[11].kind).toBeNull(); // "ส่งเสริมการมีส่วน ร่วมของประชาชน…" names no kind
    expect(first.row).toBe(11);
  });

  test('"-" is zero; blank year cells are recorded as blank, not zero', () => {
    expect(reading.projects[0].budgets).toEqual({ 2566: 0, 2567: 0, 2568: 0, 2569: 0, 2570: 0 });
    expect(reading.projects[4].budgets).toEqual({}); // the block-2 rows with fully blank year cells
    expect(codes(grid).filter((c) => c.startsWith('BUDGET_BLANK'))).toEqual([
      'BUDGET_BLANK@D19',
      'BUDGET_BLANK@D20',
      'BUDGET_BLANK@D21',
      'BUDGET_BLANK@D23',
      'BUDGET_BLANK@D25',
    ]);
  });

  test('ids are stable across reads and unique', () => {
    const ids = reading.projects.map((p) => p.id);
    expect(new Set(ids).size).toBe(15);
    expect(readPlan(grid).projects.map((p) => p.id)).toEqual(ids);
  });
});

describe('seed 003: per-project annual tables (docs/domain.md#per-project-annual-tables-seed-003)', () => {
  const grid = tsvGrid('seed003-tables.tsv');
  const reading = readPlan(grid);

  test('does not crash, reads the 14 project tables under their มิติ/ภารกิจ headings', () => {
    expect(reading.projects).toHaveLength(14);
    expect(reading.projects.map((p) => p.dimension)).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 4, 4]);
    expect(reading.projects[0].missionId).toBe('staff-awareness');
    expect(reading.layout).toBe('annual');
  });

  test("each table's own year: ๒๕๖๘ on 12, ๒๕๖๗ on 2", () => {
    const years = reading.projects.map((p) => Object.keys(p.budgets)[0]);
    expect(years.filter((y) => y === '2568')).toHaveLength(12);
    expect(years.filter((y) => y === '2567')).toHaveLength(2);
  });

  test('budgets: "๕,๐๐๐ บาท", "๘,๕๐๐", "ไม่ได้ใช้ งบประมาณ ดำเนินการ"', () => {
    expect(reading.projects[0].budgets).toEqual({ 2568: 5000 });
    expect(reading.projects.find((p) => p.name === 'โครงการจัดเวทีประชาคม')!.budgets).toEqual({ 2568: 8500 });
    expect(reading.projects[1].budgets).toEqual({ 2568: null });
  });

  test('a row split by a page break ("<p>…" continuation) joins the project above, budget text included', () => {
    const split = reading.projects[3];
    expect(split.name).toMatch(/^มาตรการแสดงเจตนารมณ์ใน การนำหลักคุณธรรมมาใช้/);
    expect(split.budgets).toEqual({ 2568: null }); // "ไม่ได้ใช้ งบประมาณ" + "ดำเนินการ" on the next row
    expect(split.extra.output).toMatch(/มีประกาศเจตนารมณ์/);
  });

  test('says what it did not understand instead of guessing', () => {
    const report = checkGrid(grid, '003').report;
    expect(report.issues.filter((i) => i.code === 'ROW_NOT_UNDERSTOOD' || i.code === 'COLUMN_NOT_UNDERSTOOD')).toEqual(
      [],
    );
    const odd = readPlan([
      ['โครงการ/กิจกรรม', 'งบประมาณ (บาท)', 'ผู้ประสานงาน'],
      ['โครงการจัดเวทีประชาคม', '8,500', 'นายสมชาย'],
      ['', '', 'โทร 0 4351 1234'],
    ]);
    expect(odd.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'COLUMN_NOT_UNDERSTOOD@C1',
      'FISCAL_YEAR_UNKNOWN@B1',
      'DIMENSION_MISSING@A2',
      'ROW_NOT_UNDERSTOOD@C3',
    ]);
  });
});

describe('the e-plan annual report (docs/domain.md#annual-e-plan-report)', () => {
  const grid = tsvGrid('eplan-annual-2567.tsv');
  const report = checkGrid(grid, 'eplan').report;

  test('49 projects across pages; title and header repeats, grand total, footer and legend are not projects', () => {
    expect(report.counts.projects).toBe(49);
    expect(report.counts.grandTotalRows).toBe(1);
    expect(report.projects.map((p) => p.no)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
  });

  test('fiscal year from the title; "*" marks a project the office added', () => {
    expect(report.years).toEqual([2567]);
    expect(report.yearSource).toBe('title');
    expect(report.projects.filter((p) => p.added).map((p) => p.no)).toEqual([47, 48, 49]);
    expect(report.projects[46].dimension).toBe(1);
  });

  test('HTML and ☑/☐ quarter ticks', () => {
    expect(report.projects[0].quarters).toEqual([false, true, true, false]); // ☐ ☑ ☑ ☐
    expect(report.projects[1].quarters).toEqual([true, true, false, true]); // <input checked> …
    expect(report.totals.quarters).toEqual([32, 33, 33, 32]);
  });

  test('the grand total row agrees with the projects', () => {
    expect(report.totals.grand).toBe(1161000.5);
    expect(report.issues.filter((i) => i.code === 'GRAND_TOTAL_MISMATCH')).toEqual([]);
  });
});

describe('annual plan fiscal year', () => {
  const grid: Cell[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต ของ เทศบาลเมืองตัวอย่าง'],
    ['ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)'],
    ['1', 'โครงการจัดเวทีประชาคม', '3', '8,500.00'],
  ];

  test('without a year in the title or settings, the report says so', () => {
    const report = checkGrid(grid, 't').report;
    expect(report.issues.map((i) => `${i.code}@${i.cell}`)).toContain('FISCAL_YEAR_UNKNOWN@D2');
    expect(report.years).toEqual([]);
    expect(report.yearSource).toBe('unknown');
    expect(report.projects[0].budgets).toEqual({ unknown: 8500 });
  });

  test('the settings can give it', () => {
    const report = checkGrid(grid, 't', { settings: PlanSettingsSchema.parse({ annualYear: 2568 }) }).report;
    expect(report.years).toEqual([2568]);
    expect(report.yearSource).toBe('settings');
    expect(report.projects[0].budgets).toEqual({ 2568: 8500 });
    expect(report.issues.map((i) => i.code)).not.toContain('FISCAL_YEAR_UNKNOWN');
  });
});

describe('empty and non-plan grids', () => {
  test('an empty grid has no plan table', () => {
    expect(codes([])).toEqual(['NO_PLAN_TABLE@A1']);
  });

  test('narrative text without a table header has no plan table', () => {
    expect(codes([['ส่วนที่ ๑'], ['บทนำ'], ['๑. การประเมินความเสี่ยงการทุจริตในองค์กร']])).toEqual(['NO_PLAN_TABLE@A1']);
  });
});

describe('rows shorter than the header (trailing empty cells dropped by .xlsx and .csv)', () => {
  const header: Cell[] = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี 2566', 'หมายเหตุ', 'รหัส'];
  const full: Cell[] = ['1', '1.1 การเสริมสร้างจิตสำนึก', 'โครงการอบรมคุณธรรม', 5000, '', 'p-123'];
  const short: Cell[] = ['', '', 'โครงการจัดเวทีประชาคม', 3000];

  test('read as empty cells: the id is generated, the mission carried down, nothing is "undefined"', () => {
    const reading = readPlan([header, full, short]);
    expect(reading.projects.map((p) => [p.id, p.mission, p.remark])).toEqual([
      ['p-123', 'การเสริมสร้างจิตสำนึก', ''],
      [expect.stringMatching(/^p[0-9a-z]+$/), 'การเสริมสร้างจิตสำนึก', ''],
    ]);
    expect(JSON.stringify(reading)).not.toMatch(/undefined/);
  });
});

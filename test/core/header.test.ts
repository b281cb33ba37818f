import { headerToken, isHeaderStart, readHeader, readTitle } from '../../src/core/read/header';
import { parseDimension, matchMission, DEFAULT_CATALOGUE } from '../../src/core/data/catalogue';
import { tsvGrid } from '../helpers';

describe('header cells in every variant of the seeds', () => {
  test.each([
    ['มิติ', 'dimension'],
    ['มติ', 'dimension'], // OCR'd in 000 block 3 and 003
    ['ภารกิจตามมิติ', 'mission'],
    ['ภารกิจตาม มติ', 'mission'], // 000 block 3
    ['การกิจตามมติ', 'mission'], // 003
    ['โครงการ/กิจกรรม/ มาตรการ', 'project'], // 000
    ['โครงการ/ กิจกรรม/ มาตรการ', 'project'], // 000 block 3
    ['รายการโครงการ (ตั้งต้น)', 'project'], // e-plan report
    ['โครงการ/กิจกรรม', 'project'], // 003
    ['ลำดับ', 'no'],
    ['หมายเหตุ', 'remark'],
    ['ผู้รับผิดชอบ', 'responsible'],
    ['ระยะเวลา ดำเนินการ', 'period'], // 003, wrapped
    ['เป้าหมาย', 'target'],
    ['ผลผลิต', 'output'],
    ['ผลลัพธ์', 'outcome'],
  ])('%s → %s', (text, role) => {
    expect(headerToken(text)?.role).toBe(role);
  });

  test('years in Thai or Arabic digits, with or without ปี / พ.ศ.', () => {
    expect(headerToken('ปี ๒๕๖๖')).toEqual({ role: 'year', year: 2566 });
    expect(headerToken('๒๕๖๘')).toEqual({ role: 'year', year: 2568 });
    expect(headerToken('ปี 2570')).toEqual({ role: 'year', year: 2570 });
    expect(headerToken('พ.ศ. 2567')).toEqual({ role: 'year', year: 2567 });
    expect(headerToken('งบประมาณ ปี 2567 (บาท)')).toEqual({ role: 'budget', year: 2567 });
    expect(headerToken('งบประมาณ (บาท)')).toEqual({ role: 'budget' });
  });

  test('quarters: spanning header, numbered, month ranges', () => {
    expect(headerToken('ดำเนินการไตรมาส')).toEqual({ role: 'quarter' });
    expect(headerToken('ไตรมาส ๓')).toEqual({ role: 'quarter', quarter: 3 });
    expect(headerToken('ไตรมาสที่ 4')).toEqual({ role: 'quarter', quarter: 4 });
    expect(headerToken('ต.ค.-ธ.ค.')).toEqual({ role: 'quarter-months', quarter: 1 });
    expect(headerToken('ก.ค. - ก.ย.')).toEqual({ role: 'quarter-months', quarter: 4 });
  });

  test('a project name is not a header', () => {
    expect(headerToken('โครงการจัดเวทีประชาคม')).toBeNull();
    expect(isHeaderStart(['๑.', 'โครงการจัดเวทีประชาคม', '1', '8,500.00'])).toBe(false);
  });
});

describe('reading header blocks', () => {
  test('000: "ปี ๒๕๖๖" over "งบประมาณ (บาท)", five budget years', () => {
    const grid = tsvGrid('seed000-table.tsv');
    const start = grid.findIndex((r) => isHeaderStart(r));
    const h = readHeader(grid, start);
    expect(h.rows).toHaveLength(2);
    const roles = h.columns.map((c) => `${c.role}${c.year ?? ''}`);
    expect(roles).toEqual([
      'dimension',
      'mission',
      'project',
      'budget2566',
      'budget2567',
      'budget2568',
      'budget2569',
      'budget2570',
      'remark',
    ]);
    expect(h.unknown).toEqual([]);
  });

  test('e-plan: one budget column without a year, "ดำเนินการไตรมาส" spanning 1–4', () => {
    const grid = tsvGrid('eplan-annual-2567.tsv');
    const start = grid.findIndex((r) => isHeaderStart(r));
    const h = readHeader(grid, start);
    expect(h.columns.map((c) => [c.role, c.year ?? c.quarter ?? null])).toEqual([
      ['no', null],
      ['project', null],
      ['dimension', null],
      ['budget', null],
      ['quarter', 1],
      ['quarter', 2],
      ['quarter', 3],
      ['quarter', 4],
      ['remark', null],
    ]);
  });

  test('003: three header rows, year spanning two columns, เป้าหมาย and งบประมาณ (บาท) under it', () => {
    const grid = tsvGrid('seed003-tables.tsv');
    const start = grid.findIndex((r) => isHeaderStart(r));
    const h = readHeader(grid, start);
    expect(h.rows).toHaveLength(3);
    expect(h.columns.map((c) => `${c.role}${c.year ?? ''}`)).toEqual([
      'project',
      'target',
      'budget2568',
      'output',
      'outcome',
      'period',
      'remark',
    ]);
  });

  test('a sub-header shifted left by a lost cell does not take the project column away (found by the fuzz suite)', () => {
    const grid = [
      ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'หมายเหตุ'],
      ['', '', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', ''],
    ];
    expect(readHeader(grid, 0).columns.map((c) => `${c.role}${c.year ?? ''}`)).toEqual([
      'dimension',
      'mission',
      'project',
      'budget2561',
      'budget2562',
      'remark',
    ]);
  });

  test('title: years and organisation from the rows above the header', () => {
    const grid = tsvGrid('seed000-table.tsv');
    const t = readTitle(
      grid,
      grid.findIndex((r) => isHeaderStart(r)),
    );
    expect(t.years).toEqual({ from: 2566, to: 2570 });
    expect(t.organisation).toBe('เทศบาลตำบลบุเกี๊ยะตา');
    const annual = readTitle([['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลเมืองตัวอย่าง']], 1);
    expect(annual.years).toEqual({ from: 2567, to: 2567 });
    expect(annual.organisation).toBe('เทศบาลเมืองตัวอย่าง');
  });
});

describe('dimension cells', () => {
  test.each([
    ['1', 1, false],
    ['*3', 3, true], // e-plan: added by the office
    ['๒', 2, false],
    ['มิติที่ ๔', 4, false],
    ['มติที่ ๓', 3, false],
    ['มิติ 1 การสร้างวัฒนธรรมสุจริต', 1, false], // e-plan legend style
    ['๑. สร้าง วัฒนธรรม สุจริต', 1, false], // 000: drops "การ", wrapped
    ['๓. การ ส่งเสริม บทบาท และการมี ส่วนร่วม ของภาค ประชาชน', 3, false],
    ['มิติ๒.การบริหารราชการด้วยความโปร่งใส', 2, false], // 003
    ['การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น', 4, false],
  ])('%s → %d (added %p)', (text, dimension, added) => {
    expect(parseDimension(text)).toEqual(expect.objectContaining({ kind: 'dimension', dimension, added }));
  });

  test('numbers outside 1–4 and unrelated text are invalid', () => {
    expect(parseDimension('5').kind).toBe('invalid');
    expect(parseDimension('มิติที่ 7').kind).toBe('invalid');
    expect(parseDimension('ด้านการศึกษา').kind).toBe('invalid');
    expect(parseDimension(0).kind).toBe('invalid');
  });

  test("previous plan names count but are flagged; a number with another dimension's name is flagged", () => {
    expect(parseDimension('การสร้างสังคมที่ไม่ทนต่อการทุจริต')).toEqual({
      kind: 'dimension',
      dimension: 1,
      added: false,
      nameProblem: 'old-name',
    });
    expect(parseDimension('มิติที่ 2 การสร้างวัฒนธรรมสุจริต')).toEqual({
      kind: 'dimension',
      dimension: 2,
      added: false,
      nameProblem: 'other-dimension',
    });
  });
});

describe('sub-missions matched by wording, not number', () => {
  test('000 puts "มาตรการจัดการเรื่องร้องเรียนการทุจริต" under ๔.๑, 003 under ๔.๒: same mission', () => {
    const a = matchMission('๔.๑ มาตรการ จัดการ เรื่อง ร้องเรียนการ ทุจริต', DEFAULT_CATALOGUE);
    const b = matchMission('ภารกิจตามมติ ๔.๒ มาตรการจัดการเรื่องร้องเรียนการทุจริต', DEFAULT_CATALOGUE);
    expect(a?.id).toBe('corruption-complaints');
    expect(b?.id).toBe('corruption-complaints');
  });

  test('003 short form of 1.1 and 3.2 without the slash', () => {
    expect(
      matchMission(
        'ภารกิจตามมิติ 1.1 การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายสภาท้องถิ่นและฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น',
      )?.id,
    ).toBe('staff-awareness');
    expect(matchMission('๓.๒ การรับฟัง ความ คิดเห็น การรับและ ตอบสนอง เรื่อง ร้อง เรียน/ร้อง ทุกข์ของ ประชาชน')?.id).toBe(
      'hearing-complaints',
    );
    expect(matchMission('มาตรการลดการใช้ดุลยพินิจในการปฏิบัติงาน')?.id).toBe('less-discretion'); // 004 spelling
  });

  test('unknown wording matches nothing', () => {
    expect(matchMission('๕.๑ การพัฒนาโครงสร้างพื้นฐาน')).toBeNull();
  });
});

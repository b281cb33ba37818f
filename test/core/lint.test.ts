import { checkGrid } from '../../src/core/check/check';
import { FINDING_CODES, type Finding } from '../../src/core/check/findings';
import { PlanSettingsSchema, type PlanSettingsInput } from '../../src/shared/settings';
import type { Cell } from '../../src/core/read/cells';
import { tsvGrid } from '../helpers';

const YEARS = ['ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'ปี ๒๕๗๐'];
const HEADER: Cell[][] = [
  ['แผนปฏิบัติการป้องกันการทุจริต'],
  ['(พ.ศ.๒๕๖๖ - ๒๕๗๐)'],
  ['เทศบาลตำบลบึงเค็งตา อำเภอแวง จังหวัดนครพนม'],
  ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/ มาตรการ', ...YEARS, 'หมายเหตุ'],
  ['', '', '', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', ''],
];
const M11 =
  '๑.๑ การเสริมสร้าง จิตสำนึกและความ ตระหนักแก่บุคลากร ทั้ง ข้าราชการ การเมือง ฝ่ายบริหาร ข้าราชการ การเมือง ฝ่ายสภา ท้องถิ่นและ ฝ่ายประจำ ของ องค์กรปกครอง ส่วน ท้องถิ่น';

function check(rows: Cell[][], settings: PlanSettingsInput = {}, header: Cell[][] = HEADER): Finding[] {
  return checkGrid([...header, ...rows], 'test', { settings: PlanSettingsSchema.parse(settings) }).report.issues;
}
const at = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).map((f) => f.cell);

describe('every finding has a stable code, a severity, a cell and Thai and English messages', () => {
  test('messages exist for every code', () => {
    const all = [
      ...checkGrid(tsvGrid('seed000-table.tsv'), 'a').report.issues,
      ...checkGrid(tsvGrid('seed003-tables.tsv'), 'b').report.issues,
      ...checkGrid(tsvGrid('eplan-annual-2567.tsv'), 'c').report.issues,
    ];
    for (const f of all) {
      expect(FINDING_CODES).toContain(f.code);
      expect(['error', 'warning']).toContain(f.severity);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.message).toMatch(/[ก-๙]/);
      expect(f.messageEn).toMatch(/[a-z]/);
    }
  });
});

describe('dimension rules', () => {
  test('missing and invalid dimensions are errors at the dimension cell', () => {
    const f = check([
      ['', '', '๑.กิจกรรมการมอบ ประกาศเกียรติคุณแก่ คณะกรรมการชุมชน', '-', '-', '-', '-', '-', ''],
      ['๕. ด้านโครงสร้างพื้นฐาน', M11, '๒.โครงการพัฒนา ความรู้ด้านกฎหมาย', '-', '-', '-', '-', '-', ''],
    ]);
    expect(at(f, 'DIMENSION_MISSING')).toEqual(['A6']);
    expect(at(f, 'DIMENSION_INVALID')).toEqual(['A7']);
    expect(f.find((x) => x.code === 'DIMENSION_INVALID')!.severity).toBe('error');
  });

  test('old plan names and number/name disagreements are warnings', () => {
    const f = check([
      ['มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต', M11, 'โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', '-', '-', '-', '-', '-', ''],
      [
        'มิติที่ ๒ การสร้างวัฒนธรรมสุจริต',
        '๒.๑ การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น',
        'มาตรการเปิดเผยข้อมูลสาธารณะ',
        '-',
        '-',
        '-',
        '-',
        '-',
        '',
      ],
    ]);
    expect(at(f, 'DIMENSION_OLD_NAME')).toEqual(['A6']);
    expect(at(f, 'DIMENSION_NAME_MISMATCH')).toEqual(['A7']);
  });

  test('a sub-mission not in the catalogue, or under another dimension, is a warning (once per wording)', () => {
    const f = check([
      ['๑. สร้าง วัฒนธรรม สุจริต', '๑.๙ การพัฒนาคุณภาพชีวิต', 'โครงการหนึ่ง', '-', '-', '-', '-', '-', ''],
      ['', '', 'โครงการสอง', '-', '-', '-', '-', '-', ''],
      ['', '๒.๒ มาตรการส่งเสริมคุณธรรมและ ความโปร่งใส', 'โครงการสาม', '-', '-', '-', '-', '-', ''],
    ]);
    expect(at(f, 'MISSION_UNKNOWN')).toEqual(['B6']);
    expect(at(f, 'MISSION_DIMENSION_MISMATCH')).toEqual(['B8']);
  });
});

describe('budget rules', () => {
  test('text that is not an amount is an error naming the year; negative is an error', () => {
    const f = check([['๑. สร้าง วัฒนธรรม สุจริต', M11, 'โครงการหนึ่ง', 'ประมาณ 5 หมื่น', '-', '-5,000', '-', '-', '']]);
    expect(at(f, 'BUDGET_INVALID')).toEqual(['D6']);
    expect(f.find((x) => x.code === 'BUDGET_INVALID')!.message).toContain('2566');
    expect(at(f, 'BUDGET_NEGATIVE')).toEqual(['F6']);
  });

  test('blank cells are warned about, once per row when the whole row is blank', () => {
    const f = check([
      ['๑. สร้าง วัฒนธรรม สุจริต', M11, 'โครงการหนึ่ง', '', '', '', '', '', ''],
      ['', '', 'โครงการสอง', '10,000', '', '10,000', '10,000', '10,000', ''],
    ]);
    expect(at(f, 'BUDGET_BLANK')).toEqual(['D6', 'E7']);
    expect(f.find((x) => x.cell === 'D6')!.message).toContain('ทุกปี');
  });

  test("fiscal-year headers outside the plan's range are errors at the header cell", () => {
    const header = HEADER.map((r) => r.slice());
    header[3][3] = 'ปี ๒๕๖๕';
    const f = check([['๑. สร้าง วัฒนธรรม สุจริต', M11, 'โครงการหนึ่ง', '-', '-', '-', '-', '-', '']], {}, header);
    expect(at(f, 'YEAR_OUT_OF_RANGE')).toEqual(['D4']);
    // With explicit settings but no years in the title, the settings decide.
    const noTitle = header.slice(3);
    expect(
      at(
        check(
          [['1', M11, 'โครงการหนึ่ง', '-', '-', '-', '-', '-', '']],
          { fiscalYears: { from: 2561, to: 2565 } },
          noTitle,
        ),
        'YEAR_OUT_OF_RANGE',
      ),
    ).toEqual(['E1', 'F1', 'G1', 'H1']);
  });
});

describe('duplicates', () => {
  test('the same project twice (spacing and digits aside) is an error pointing to the first row', () => {
    const f = check([
      [
        '๓. การ ส่งเสริม บทบาท และการมี ส่วนร่วม ของภาค ประชาชน',
        '๓.๑ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น',
        '๒.โครงการจัดเวที ประชาคม',
        '-',
        '-',
        '-',
        '-',
        '-',
        '',
      ],
      ['', '', '๓.โครงการจัดเวทีประชาคม', '-', '-', '-', '-', '-', ''],
    ]);
    expect(at(f, 'DUPLICATE_PROJECT')).toEqual(['C7']);
    expect(f.find((x) => x.code === 'DUPLICATE_PROJECT')!.message).toContain('แถว 6');
  });
});

describe('totals rows', () => {
  const rows: Cell[][] = [
    ['๑. สร้าง วัฒนธรรม สุจริต', M11, '๑.กิจกรรมการมอบ ประกาศเกียรติคุณ', '10,000', '10,000', '-', '-', '-', ''],
    ['', '', '๒.โครงการพัฒนา ความรู้ด้านกฎหมาย', '45,000', '45,000', '-', '-', '-', ''],
    ['มิติที่ ๑', 'รวม', '', '55,000', '50,000', '-', '-', 'ห้าหมื่น', ''],
    ['', 'มิติที่ ๒', 'รวม', '', '', '', '', '', ''], // shifted, blank: nothing budgeted, nothing wrong
    ['รวมทั้งสิ้น', '', '', '55,000', '55,000', '-', '-', '1,000', ''],
  ];

  test('a subtotal that disagrees shows both numbers; an unreadable total is an error', () => {
    const f = check(rows);
    expect(at(f, 'SUBTOTAL_MISMATCH')).toEqual(['E8']);
    const msg = f.find((x) => x.code === 'SUBTOTAL_MISMATCH')!.message;
    expect(msg).toContain('50,000');
    expect(msg).toContain('55,000');
    expect(at(f, 'TOTAL_INVALID')).toEqual(['H8']);
  });

  test('the grand total is checked per year', () => {
    const f = check(rows);
    expect(at(f, 'GRAND_TOTAL_MISMATCH')).toEqual(['H10']);
    expect(f.find((x) => x.code === 'GRAND_TOTAL_MISMATCH')!.message).toContain('1,000');
  });

  test('a subtotal left blank while its projects have budgets is a mismatch', () => {
    const f = check([
      [
        '๒. การบริหารราชการด้วยความโปร่งใส',
        '๒.๑ การเปิดเผยข้อมูลสาธารณะขององค์กรปกครองส่วนท้องถิ่น',
        'มาตรการปรับปรุงศูนย์ข้อมูลข่าวสาร',
        '20,000',
        '-',
        '-',
        '-',
        '-',
        '',
      ],
      ['', 'มิติที่ ๒', 'รวม', '', '', '', '', '', ''],
    ]);
    expect(at(f, 'SUBTOTAL_MISMATCH')).toEqual(['D7']);
    expect(f.find((x) => x.code === 'SUBTOTAL_MISMATCH')!.message).toContain('(ว่าง)');
  });

  test('quarter counts in an annual grand total are checked as counts of ticked projects', () => {
    const grid = tsvGrid('eplan-annual-2567.tsv');
    const total = grid.findIndex((r) => r[0] === 'รวมทั้งสิ้น');
    grid[total] = grid[total].slice();
    grid[total][5] = '30';
    const f = checkGrid(grid, 'e').report.issues;
    expect(at(f, 'GRAND_TOTAL_MISMATCH')).toEqual([`F${total + 1}`]);
    expect(f.find((x) => x.code === 'GRAND_TOTAL_MISMATCH')!.message).toContain('ไตรมาส 2');
  });
});

describe('quarters and ticks', () => {
  const header: Cell[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลเมืองตัวอย่าง'],
    ['ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'หมายเหตุ'],
    ['', '', '', '', '1', '2', '3', '4', ''],
  ];

  test('an annual project with no quarter ticked is a warning; text in a tick cell is an error', () => {
    const f = check(
      [
        ['1', 'โครงการโรงเรียนคุณธรรม', '1', '0.00', '☐', '☐', '☐', '☐', ''],
        ['2', 'โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', '1', '0.00', '☑', 'ต.ค.', '', '', ''],
      ],
      {},
      header,
    );
    expect(at(f, 'QUARTERS_NONE')).toEqual(['E4']);
    expect(at(f, 'TICK_INVALID')).toEqual(['F5']);
  });
});

describe('text rules', () => {
  test('leftover template placeholders are errors (003 and 000 wording)', () => {
    const f = check([
      [
        '๑. สร้าง วัฒนธรรม สุจริต',
        M11,
        'โครงการหนึ่ง',
        '-',
        '-',
        '-',
        '-',
        '-',
        'ระบุชื่อองค์กรปกครองส่วน ท้องถิ่น มีผลการประเมิน ITA',
      ],
      ['', '', 'การที่ระบุงบซื้อ องค์กรปกครองส่วนท้องถิ่นจะบริหารงาน', '-', '-', '-', '-', '-', ''],
      ['', '', 'สำนักงานเทศบาล/องค์การบริหารส่วนตำบลเมืองน้อย', '-', '-', '-', '-', '-', ''],
      ['', '', 'โครงการสี่ ............', '-', '-', '-', '-', '-', ''],
    ]);
    expect(at(f, 'PLACEHOLDER')).toEqual(['I6', 'C7', 'C8', 'C9']);
  });

  test("organisation names that differ from the title's are warnings (000 noise)", () => {
    const f = check([
      [
        '๑. สร้าง วัฒนธรรม สุจริต',
        M11,
        '๓.มาตรการ “ส่งเสริม การปฏิบัติงานตาม ประมวลจริยธรรมของ เทศบาลตำบลบุเกี๊ยะตา”',
        '-',
        '-',
        '-',
        '-',
        '-',
        '',
      ],
      ['', '', '๔.มาตรการเปิดเผยข้อมูลสาธารณะ ของเทศบาลตำบลบึงเค็งตา', '-', '-', '-', '-', '-', ''],
      ['', '', '๕.มาตรการป้องกันผลประโยชน์ทับซ้อน ของเทศบาลตำบลบุญเกี๊ยะตาด้วยการจัดทำแผน', '-', '-', '-', '-', '-', ''],
      ['', '', '๑.มาตรการจัดการ เรื่องราวร้องทุกข์/ ร้องเรียนของเทศบาล ตำบลเกาะตา', '-', '-', '-', '-', '-', ''], // type word split by a wrap
    ]);
    expect(at(f, 'ORG_NAME_MISMATCH')).toEqual(['C6', 'C8', 'C9']);
    expect(f.find((x) => x.cell === 'C8')!.message).toContain('"เทศบาลตำบลบุญเกี๊ยะตา"');
  });

  test("the settings' organisation name wins over the title", () => {
    const f = check(
      [['๑. สร้าง วัฒนธรรม สุจริต', M11, 'มาตรการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลบึงเค็งตา', '-', '-', '-', '-', '-', '']],
      {
        organisation: { name: 'เทศบาลตำบลบึงกาฬ' },
      },
    );
    expect(at(f, 'ORG_NAME_MISMATCH')).toEqual(['A3', 'C6']);
  });

  test('terms of the other kind of office are warnings (000 uses "พนักงานส่วนตำบล" in a เทศบาล plan)', () => {
    const f = check([['๑. สร้าง วัฒนธรรม สุจริต', M11, 'โครงการอบรมพนักงานส่วนตำบลและผู้บริหาร', '-', '-', '-', '-', '-', '']]);
    expect(at(f, 'ORG_TYPE_TERM')).toEqual(['C6']);
    expect(f.find((x) => x.code === 'ORG_TYPE_TERM')!.message).toContain('พนักงานเทศบาล');
  });

  test('identical amounts whose remarks point to the same project are warnings on each', () => {
    const remark = 'โครงการส่งเสริมคุณธรรมจริยธรรม (เทศบัญญัติ หน้า 45)';
    const f = check([
      ['๑. สร้าง วัฒนธรรม สุจริต', M11, 'โครงการโรงเรียนคุณธรรม', '45,000', '-', '-', '-', '-', remark],
      ['', '', 'โครงการเสริมสร้างค่านิยมต่อต้านการทุจริต', '45,000', '-', '-', '-', '-', remark],
      ['', '', 'โครงการปลูกฝังวิถีคิด', '45,000', '-', '-', '-', '-', 'งบกองการศึกษา'],
    ]);
    expect(at(f, 'SAME_SOURCE_AMOUNT')).toEqual(['D6', 'D7']);
  });

  test('a remark shared by many rows names five of the others and counts the rest', () => {
    const remark = 'โครงการส่งเสริมคุณธรรมจริยธรรม (เทศบัญญัติ หน้า 45)';
    const rows = Array.from({ length: 8 }, (_, i) => [
      i === 0 ? '๑. สร้าง วัฒนธรรม สุจริต' : '',
      i === 0 ? M11 : '',
      `โครงการที่ ${i + 1}`,
      '45,000',
      '-',
      '-',
      '-',
      '-',
      remark,
    ]);
    const f = check(rows).filter((x) => x.code === 'SAME_SOURCE_AMOUNT');
    expect(f.map((x) => x.cell)).toEqual(['D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13']);
    expect(f[0].message).toContain('ซ้ำกับแถว 7, 8, 9, 10, 11 และอีก 2 แถว');
    expect(f[7].message).toContain('ซ้ำกับแถว 6, 7, 8, 9, 10 และอีก 2 แถว');
    expect(f[7].messageEn).toContain('rows 6, 7, 8, 9, 10 and 2 more');
  });

  test('characters of other scripts inside Thai text are warnings naming the code points', () => {
    const f = check([
      ['๑. สร้าง วัฒนธรรม สุจริต', M11, 'โครงการฝึกอบรมการส่งเสริมคุณธรรมจริยธรรมบुकลการ', '-', '-', '-', '-', '-', ''], // e-plan report
      ['', '', 'ประเทศชาติก็必将มีความเจริญ', '-', '-', '-', '-', '-', ''], // 003
      ['', '', 'โครงการพัฒนาระบบ E-Service (ยกระดับ) “บริการเป็นเลิศ”', '-', '-', '-', '-', '-', ''],
    ]);
    expect(at(f, 'FOREIGN_SCRIPT')).toEqual(['C6', 'C7']);
    expect(f.find((x) => x.cell === 'C6')!.message).toContain('U+0915');
    expect(f.find((x) => x.cell === 'C7')!.message).toContain('必将');
  });
});

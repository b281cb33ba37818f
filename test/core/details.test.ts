import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planScore } from '../../src/core/check/check';
import { budgetInText, linkDetails, similarity } from '../../src/core/read/details/link';
import { detailsFromDocumentText } from '../../src/core/read/details/documentText';
import { detailsRowValues, DETAILS_COLUMNS } from '../../src/core/read/details/sheetColumns';
import { isDetailsSheet, readDetailsSheet } from '../../src/core/read/details/sheet';
import { missingSections } from '../../src/core/read/details/model';
import { parseListLines } from '../../src/core/read/details/lists';
import { sectionHeading } from '../../src/core/read/details/sections';
import { readPlan } from '../../src/core/read/planReader';
import { ROOT, tsvGrid } from '../helpers';

const seedDetails = () =>
  detailsFromDocumentText(readFileSync(join(ROOT, 'test/fixtures/seed000-details.txt'), 'utf8'));

describe('section headings in every variant (docs/domain.md#the-nine-sections-of-a-detail-document)', () => {
  test.each([
    ['๑. ชื่อโครงการ : มาตรการ NO Gift Policy', 'name', 'มาตรการ NO Gift Policy'],
    ['๑.ชื่อโครงการ :มาตรการปรับปรุง', 'name', 'มาตรการปรับปรุง'], // 000: no spaces
    ['๑. ชื่อโครงการ :', 'name', ''], // e-plan: the name on the next paragraph
    ['๒. หลักการและเหตุผล', 'rationale', ''],
    ['๖) ระยะเวลาดำเนินการ', 'period', ''], // 000 sheet ๒
    ['๖.ระยะเวลาดำเนินการ', 'period', ''],
    ['๗. งบประมาณที่ใช้ในการดำเนินการ', 'budget', ''],
    ['7. งบประมาณดำเนินการ', 'budget', ''], // the ONACC manual
    ['๘. ผู้รับผิดชอบ', 'responsible', ''],
    ['8. ผู้รับผิดชอบโครงการ', 'responsible', ''],
    ['๙. ผลผลิต/ผลลัพธ์', 'results', ''],
    ['ผลผลิต', 'outputs', ''],
    ['ผลลัพธ์', 'outcomes', ''],
    ['งบประมาณ (บาท)', 'budget', ''],
  ])('%s', (text, field, rest) => {
    expect(sectionHeading(text)).toEqual({ field, rest });
  });

  test('a sentence starting with a section word is not a heading', () => {
    expect(sectionHeading('งบประมาณ จำนวน ๔๕๐๐๐ บาท')).toBeNull();
    expect(sectionHeading('ผลผลิตที่ได้คือคู่มือ ๑ ฉบับ')).toBeNull();
  });
});

describe('list cells: one item per line, numbering stripped', () => {
  test('"- ๑)", "(1)", "๑." and plain lines; empty items dropped; the writer\'s digits kept', () => {
    expect(
      parseListLines(['- ๑) เพื่อเผยแพร่ข้อมูล ๕ ช่องทาง', '- ๒) เพื่อจัดแสดง', '- ๔)', '(3) เพื่อรับฟัง', '4. เพื่อสรุปผล']),
    ).toEqual([
      { text: 'เพื่อเผยแพร่ข้อมูล ๕ ช่องทาง', level: 1 },
      { text: 'เพื่อจัดแสดง', level: 1 },
      { text: 'เพื่อรับฟัง', level: 1 },
      { text: 'เพื่อสรุปผล', level: 1 },
    ]);
  });

  test('sub-steps: "๒.๑)", dashes and "a." under a numbered item', () => {
    expect(parseListLines(['๑) แต่งตั้งคณะทำงาน', '๒) จัดประชุม', '๒.๑) ครั้งที่ ๑', '- ครั้งที่ ๒', 'a. รายงาน'])).toEqual([
      { text: 'แต่งตั้งคณะทำงาน', level: 1 },
      { text: 'จัดประชุม', level: 1 },
      { text: 'ครั้งที่ ๑', level: 2 },
      { text: 'ครั้งที่ ๒', level: 2 },
      { text: 'รายงาน', level: 2 },
    ]);
  });

  test('a number alone takes the next line; a plain line continues the item broken above', () => {
    expect(parseListLines(['๑)', 'จัดตั้งคณะทำงาน', '๒) มีการปรับปรุงข้อมูลให้มีข้อมูลที่', 'ครบถ้วนถูกต้องเป็นปัจจุบัน'])).toEqual([
      { text: 'จัดตั้งคณะทำงาน', level: 1 },
      { text: 'มีการปรับปรุงข้อมูลให้มีข้อมูลที่ครบถ้วนถูกต้องเป็นปัจจุบัน', level: 1 },
    ]);
  });

  test('dash bullets without numbers are items (004 style)', () => {
    expect(parseListLines(['- จัดทำช่องทาง', '- ประชาสัมพันธ์'])).toEqual([
      { text: 'จัดทำช่องทาง', level: 1 },
      { text: 'ประชาสัมพันธ์', level: 1 },
    ]);
  });
});

describe('detail documents converted from seed 000 (ส่วนที่ ๓)', () => {
  const details = seedDetails();

  test('15 projects with every section', () => {
    expect(details).toHaveLength(15);
    for (const d of details) expect(missingSections(d)).toEqual([]);
    const first = details[0];
    expect(first.name).toBe('มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน');
    expect(first.objectives.map((o) => o.text.split(' ')[0])).toEqual([
      'เพื่อเผยแพร่ข้อมูลข่าวสารอันเป็นประโยชน์แก่ประชาชนอย่างครบถ้วน',
      'เพื่อมีหน่วยประชาสัมพันธ์ข้อมูลข่าวสารของหน่วยงานสำหรับประชาชน',
      'เพื่อจัดแสดงข้อมูลการดำเนินงานตามบทบาทภารกิจหน้าที่ต่อสาธารณชน',
      'เพิ่มช่องทางให้ประชาชนได้มีส่วนร่วมในการตรวจสอบข้อมูลและการปฏิบัติงานของระบบชื่อ',
    ]);
    expect(first.targets).toEqual(['ศูนย์ข้อมูลข่าวสารเทศบาลตำบลบึงเค็งตา จำนวน ๒๐๐๐ คน']);
    expect(first.method).toHaveLength(11);
    expect(first.method.filter((m) => m.level === 2)).toHaveLength(2);
    expect(first.period).toBe('ปีงบประมาณ พ.ศ. ๒๕๖๖-๒๕๗๐');
    expect(first.budget).toBe('ดำเนินการโดยไม่ใช้งบประมาณ');
    expect(first.outputs.map((o) => o.text)).toEqual([
      'มีจำนวนช่องทางการประชาสัมพันธ์ อย่างน้อย ๕ ช่องทาง',
      'มีการปรับปรุงและพัฒนาข้อมูลข่าวสารของศูนย์ข้อมูลข่าวสารเทศบาลตำบลบึงเกลือให้มีข้อมูลที่ครบถ้วนถูกต้องเป็นปัจจุบัน',
    ]);
    expect(first.outcomes).toHaveLength(1);
  });

  test('"ลำดับที่ ๑" numbers the sheets in their own order, so it is not used to link', () => {
    expect(details.every((d) => d.no === null)).toBe(true);
  });
});

describe('a details sheet', () => {
  const header = [
    'ลำดับ',
    '๑. ชื่อโครงการ',
    '๒. หลักการและเหตุผล',
    '๓. วัตถุประสงค์',
    '๔. กลุ่มเป้าหมาย',
    '๕. วิธีดำเนินการ',
    '๖. ระยะเวลาดำเนินการ',
    '๗. งบประมาณที่ใช้ในการดำเนินการ',
    '๘. ผู้รับผิดชอบโครงการ',
    '๙. ผลผลิต/ผลลัพธ์',
  ];

  test('headers written like the document; ผลผลิต/ผลลัพธ์ in one cell split at its sub-heads', () => {
    const sheet = readDetailsSheet([
      header,
      [
        '1',
        'โครงการจัดเวทีประชาคม',
        'ย่อหน้าแรก\nย่อหน้าที่สอง',
        '- ๑) เพื่อรับฟัง\n- ๒) เพื่อสรุป',
        'ชุมชน จำนวน ๑๐๐ คน',
        '๑) ประชุม\n๒) รายงาน',
        'ปีงบประมาณ พ.ศ. ๒๕๖๗',
        'งบประมาณ จำนวน ๘๕๐๐ บาท',
        'สำนักปลัด',
        'ผลผลิต\n๑) จัดเวที ๑ ครั้ง\nผลลัพธ์\nประชาชนพึงพอใจร้อยละ ๘๐',
      ],
    ])!;
    expect(sheet.columns.map((c) => c.field)).toEqual([
      'no',
      'name',
      'rationale',
      'objectives',
      'targets',
      'method',
      'period',
      'budget',
      'responsible',
      'results',
    ]);
    const d = sheet.details[0];
    expect(d).toEqual(
      expect.objectContaining({
        row: 2,
        no: 1,
        name: 'โครงการจัดเวทีประชาคม',
        rationale: ['ย่อหน้าแรก', 'ย่อหน้าที่สอง'],
        objectives: [
          { text: 'เพื่อรับฟัง', level: 1 },
          { text: 'เพื่อสรุป', level: 1 },
        ],
        outputs: [{ text: 'จัดเวที ๑ ครั้ง', level: 1 }],
        outcomes: [{ text: 'ประชาชนพึงพอใจร้อยละ ๘๐', level: 1 }],
      }),
    );
  });

  test("SaiSaat's own sheet round-trips: rows written with detailsRowValues read back the same", () => {
    const details = seedDetails();
    const grid = [DETAILS_COLUMNS.map((c) => c.header), ...details.map(detailsRowValues)];
    const read = readDetailsSheet(grid)!.details;
    expect(read.map(({ row: _row, ...d }) => d)).toEqual(details.map(({ row: _row, ...d }) => d));
  });

  test('no details header: null', () => {
    expect(
      readDetailsSheet([
        ['ชื่อโครงการ', 'หมายเหตุ'],
        ['ก', 'ข'],
      ]),
    ).toBeNull();
  });

  test('a plan table is never a details sheet, and a details sheet never scores as a plan', () => {
    for (const fixture of ['seed000-table.tsv', 'seed003-tables.tsv', 'eplan-annual-2567.tsv']) {
      expect(isDetailsSheet(tsvGrid(fixture))).toBe(false);
      expect(planScore(tsvGrid(fixture))).toBeGreaterThan(0);
    }
    // A plan header with budget, period and responsible columns is still a plan.
    expect(isDetailsSheet([['ลำดับ', 'ชื่อโครงการ', 'งบประมาณ', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ']])).toBe(false);
    const details = [
      header,
      [
        '1',
        'โครงการจัดเวทีประชาคม',
        'เหตุผล',
        '๑) เพื่อรับฟัง',
        'ชุมชน',
        '๑) ประชุม',
        '',
        '๘,๕๐๐',
        'สำนักปลัด',
        'ผลผลิต\n๑) จัดเวที',
      ],
    ];
    expect(isDetailsSheet(details)).toBe(true);
    expect(planScore(details)).toBe(0);
  });
});

describe('linking details to the plan', () => {
  const plan = readPlan(tsvGrid('seed000-table.tsv'));
  const details = seedDetails();

  test('seed 000: names linked despite wrap spaces, organisation-name noise and typos; real drift reported', () => {
    const { links, findings } = linkDetails(plan.projects, { details });
    const linked = links.filter((l) => l.details);
    expect(linked).toHaveLength(13);
    expect(links.filter((l) => l.by === 'name')).toHaveLength(7);
    expect(links.filter((l) => !l.details).map((l) => l.project.name)).toEqual([
      'โครงการเสริมสร้างความโปร่งใสในการบริหารบุคคล', // the sheet calls it "มาตรการการสร้างความปลอดภัยในการบริหารงานบุคคล"
      'มาตรการแสดงเจตนากรณีในการนำ หลักคุณธรรมมาใช้ในการบริหารงานของผู้บริหารเทศบาลตำบลบุญเกี๊ยะตาด้วยการจัดทำแผนปฏิบัติ การป้องกันการทุจริต เพื่อยกระดับคุณธรรมและความโปร่งใส',
    ]);
    expect(findings.filter((f) => f.code === 'DETAILS_MISSING')).toHaveLength(2);
  });

  test('by id first, then by a ลำดับ that is unique in the plan', () => {
    const eplan = readPlan(tsvGrid('eplan-annual-2567.tsv'));
    const d = (over: object) => ({ ...seedDetails()[0], ...over });
    const { links, findings } = linkDetails(eplan.projects, {
      details: [d({ id: eplan.projects[5].id, name: 'ชื่ออื่น', row: 2 }), d({ no: 13, name: '', row: 3 })],
    });
    expect(links[5].by).toBe('id');
    expect(links[12].by).toBe('no');
    expect(findings.find((f) => f.code === 'DETAILS_NAME_DIFFERS')?.message).toContain('"ชื่ออื่น"');
  });

  test('unmatched, duplicate and budget-differs findings point at details cells', () => {
    const eplan = readPlan(tsvGrid('eplan-annual-2567.tsv'));
    const base = seedDetails()[0];
    const sheet = {
      headerRow: 0,
      columns: [
        { field: 'name' as const, col: 1 },
        { field: 'budget' as const, col: 7 },
      ],
      details: [
        { ...base, row: 2, name: 'โครงการโรงเรียนคุณธรรม', budget: 'งบประมาณ จำนวน ๔๕๐๐๐ บาท' },
        { ...base, row: 3, name: 'โครงการโรงเรียนคุณธรรม' },
        { ...base, row: 4, name: 'โครงการที่ไม่มีในแผน', budget: '' },
        {
          ...base,
          row: 5,
          name: 'โครงการปลูกฝังวิถีคิดแยกแยะผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม',
          budget: 'งบประมาณ จำนวน ๕,๐๐๐ บาท',
        },
      ],
    };
    const { findings } = linkDetails(eplan.projects, sheet);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => f.cell);
    expect(at('DETAILS_DUPLICATE')).toEqual(['B3']);
    expect(at('DETAILS_UNMATCHED')).toEqual(['B4']);
    expect(at('DETAILS_BUDGET_DIFFERS')).toEqual(['H5']);
  });

  test('leftover placeholders in details are errors at their cell (000 sheets ๑, ๑๐, ๑๔)', () => {
    const sheet = readDetailsSheet([DETAILS_COLUMNS.map((c) => c.header), ...seedDetails().map(detailsRowValues)])!;
    const { findings } = linkDetails(plan.projects, sheet);
    // E: วัตถุประสงค์ of sheet ๑, D: หลักการและเหตุผล of sheet ๑๐, G: วิธีดำเนินการ of sheet ๑๔.
    expect(findings.filter((f) => f.code === 'PLACEHOLDER').map((f) => f.cell)).toEqual(['E2', 'D11', 'G15']);
  });
});

describe('helpers', () => {
  test('budgetInText', () => {
    expect(budgetInText('งบประมาณ จำนวน ๔๕๐๐๐ บาท')).toBe(45000);
    expect(budgetInText('ดำเนินการโดยไม่ใช้งบประมาณ')).toBe(0);
    expect(budgetInText('ปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๑๐,๐๐๐ บาท\nรวมทั้งสิ้น จำนวน ๕๐,๐๐๐ บาท (ห้าหมื่นบาทถ้วน)')).toBe(50000);
    expect(budgetInText('ปี ๒๕๖๖ ๑๐,๐๐๐ บาท ปี ๒๕๖๗ ๕,๐๐๐ บาท')).toBe(15000);
    expect(budgetInText('ตามข้อบัญญัติ')).toBeNull();
  });

  test('similarity: 1 for equal, high for a typo, low for another project', () => {
    expect(similarity('มาตรการแสดงเจตนารมณ์', 'มาตรการแสดงเจตนารมณ์')).toBe(1);
    expect(similarity('มาตรการแสดงเจตนารมณ์ในการนำหลักคุณธรรม', 'มาตรการแสดงเจตนากรณีในการนำหลักคุณธรรม')).toBeGreaterThan(
      0.8,
    );
    expect(
      similarity('โครงการเสริมสร้างความโปร่งใสในการบริหารบุคคล', 'มาตรการการสร้างความปลอดภัยในการบริหารงานบุคคล'),
    ).toBeLessThan(0.8);
  });
});

import {
  DEFAULT_CATALOGUE,
  PREVIOUS_CATALOGUE,
  defaultCatalogueFor,
  matchMission,
  type Catalogue,
} from '../../src/core/data/catalogue';
import { checkGrid } from '../../src/core/check/check';
import { readPlan } from '../../src/core/read/planReader';
import type { Cell } from '../../src/core/read/cells';

describe('catalogue generations (docs/domain.md#dimensions-and-sub-missions)', () => {
  test('a plan whose known years all fall before 2566 is of the 2561–2564 generation', () => {
    expect(defaultCatalogueFor([2561, 2562, 2563, 2564])).toBe(PREVIOUS_CATALOGUE);
    expect(defaultCatalogueFor([undefined, null, 2563])).toBe(PREVIOUS_CATALOGUE);
    expect(defaultCatalogueFor([2565])).toBe(PREVIOUS_CATALOGUE);
    expect(defaultCatalogueFor([2566, 2567, 2568, 2569, 2570])).toBe(DEFAULT_CATALOGUE);
    expect(defaultCatalogueFor([2564, 2566])).toBe(DEFAULT_CATALOGUE);
    expect(defaultCatalogueFor([undefined, null])).toBe(DEFAULT_CATALOGUE); // no year known: the current plan
    expect(defaultCatalogueFor([])).toBe(DEFAULT_CATALOGUE);
  });

  test('both generations have four dimensions and unique sub-mission ids; 1.2 and 1.3 are in both', () => {
    for (const c of [DEFAULT_CATALOGUE, PREVIOUS_CATALOGUE]) {
      expect(c.dimensions.map((d) => d.number)).toEqual([1, 2, 3, 4]);
      expect(new Set(c.missions.map((m) => m.id)).size).toBe(c.missions.length);
      expect(c.missions.filter((m) => m.dimension === 1).map((m) => m.id)).toEqual([
        'staff-awareness',
        'public-awareness',
        'youth-awareness',
      ]);
    }
    expect(PREVIOUS_CATALOGUE.missions.map((m) => m.number)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3.1',
      '3.2',
      '3.3',
      '4.1',
      '4.2',
      '4.3',
      '4.4',
    ]);
  });
});

describe('sub-missions sharing a long opening are told apart by the rest of their wording', () => {
  const forms = (catalogue: Catalogue, number: string, wording: string) =>
    [
      wording,
      `${number} ${wording}`,
      `${number.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))} ${wording}`,
      `ภารกิจตามมิติ ${number} ${wording}`,
      `การกิจตามมติ ${number}${wording}`,
      // Wrap spaces every 7 characters, a line break in the middle.
      wording.replace(/(.{7})/g, '$1 ').replace(/ (.{3})/, '\n$1'),
    ].map((cell) => matchMission(cell, catalogue)?.id);

  test.each([
    [
      '1.1',
      'การเสริมสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่นและฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น',
      'staff-awareness',
    ],
    ['1.2', 'การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น', 'public-awareness'],
    ['1.3', 'การเสริมสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน', 'youth-awareness'],
  ])('2566–2570 %s', (number, wording, id) => {
    expect(new Set(forms(DEFAULT_CATALOGUE, number, wording))).toEqual(new Set([id]));
  });

  test.each([
    [
      '1.1',
      'การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น',
      'staff-awareness',
    ],
    ['1.2', 'การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น', 'public-awareness'],
    ['1.3', 'การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน', 'youth-awareness'],
  ])('2561–2564 %s', (number, wording, id) => {
    expect(new Set(forms(PREVIOUS_CATALOGUE, number, wording))).toEqual(new Set([id]));
  });

  test('a cell cut off after the distinguishing word still names its sub-mission; cut before it, none', () => {
    expect(matchMission('๑.๓ การเสริมสร้างจิตสำนึกและความตระหนักแก่เด็กและ')?.id).toBe('youth-awareness');
    expect(matchMission('๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาค')?.id).toBe('public-awareness');
    // The shared opening alone is part of 1.1, 1.2 and 1.3: it names none of them.
    expect(matchMission('๑.๒ การเสริมสร้างจิตสำนึกและความตระหนักแก่')).toBeNull();
    expect(matchMission('การสร้างจิตสำนึกและความตระหนักแก่', PREVIOUS_CATALOGUE)).toBeNull();
  });
});

// A 4-year table of the previous plan, written as offices still write them: old dimension names in
// their forms, old sub-missions with Thai or Arabic numbers, wrap spaces, "ภารกิจตามมิติ" prefixes.
const OLD_YEARS = ['ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔'];
const oldHeader = (title: string[]): Cell[][] => [
  ...title.map((t) => [t]),
  ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...OLD_YEARS, 'หมายเหตุ'],
  ['', '', '', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', ''],
];
const OLD_ROWS: [string, string, string][] = [
  [
    'มิติที่ ๑ การสร้างสังคมที่ไม่ทนต่อการทุจริต',
    '๑.๑ การสร้างจิตสำนึกและ ความตระหนักแก่บุคลากรทั้ง ข้าราชการการเมืองฝ่ายบริหาร ข้าราชการการเมือง ฝ่ายสภาท้องถิ่น และฝ่ายประจำ ขององค์กรปกครองส่วนท้องถิ่น',
    'staff-awareness',
  ],
  ['', '1.2 การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น', 'public-awareness'],
  ['๑. สร้าง สังคมที่ไม่ทน ต่อการทุจริต', 'ภารกิจตามมิติ ๑.๓ การสร้างจิตสำนึกและความ ตระหนักแก่เด็กและเยาวชน', 'youth-awareness'],
  ['มิติ 2 การบริหารราชการเพื่อป้องกันการทุจริต', '๒.๑ แสดงเจตจำนงทางการเมือง ในการต่อต้านการทุจริตของผู้บริหาร', 'political-will'],
  ['', '๒.๒ มาตรการสร้างความโปร่งใส ในการปฏิบัติราชการ', 'transparent-operations'],
  ['', '๒.๓ มาตรการการใช้ดุลพินิจและใช้อำนาจหน้าที่ให้เป็นไปตามหลักการบริหารกิจการบ้านเมืองที่ดี', 'discretion-good-governance'],
  ['', '๒.๔ การเชิดชูเกียรติแก่หน่วยงาน/บุคคล ในการดำเนินกิจการ การประพฤติปฏิบัติตนให้เป็นที่ประจักษ์', 'honouring'],
  ['', '2.5 มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริต', 'corruption-cases'],
  [
    'มติ๓.การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน',
    '๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชนได้มีส่วนร่วมตรวจสอบการปฏิบัติราชการตามอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่นได้ทุกขั้นตอน',
    'information-access',
  ],
  ['', '๓.๒ การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียน/ร้องทุกข์ของประชาชน', 'hearing-complaints'],
  ['', '๓.๓ การส่งเสริมให้ประชาชนมีส่วนร่วมบริหารกิจการขององค์กรปกครองส่วนท้องถิ่น', 'public-participation'],
  [
    '๔. การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ',
    '๔.๑ มีการจัดวางระบบและรายงานการควบคุมภายใน ตามที่คณะกรรมการตรวจเงินแผ่นดินกำหนด',
    'internal-control-report',
  ],
  [
    '',
    '๔.๒ การสนับสนุนให้ภาคประชาชนมีส่วนร่วมตรวจสอบการปฏิบัติหรือการบริหารราชการ ตามช่องทางที่สามารถดำเนินการได้',
    'public-oversight',
  ],
  ['', '4.3 การส่งเสริมบทบาทการตรวจสอบของสภาท้องถิ่น', 'council-oversight'],
  [
    'การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น',
    '๔.๔ เสริมพลังการมีส่วนร่วมของชุมชน (Community) และบูรณาการทุกภาคส่วนเพื่อต่อต้านการทุจริต',
    'community-power',
  ],
];
const oldGrid = (title: string[]): Cell[][] => [
  ...oldHeader(title),
  ...OLD_ROWS.map(([d, m], i) => [d, m, `โครงการที่ ${i + 1}`, '-', '10,000', '๕,๐๐๐', '0', '']),
];
const CATALOGUE_CODES = /^(MISSION_|DIMENSION_)/;

describe('plans of the previous generation (2561–2564) are read with its catalogue', () => {
  test.each([
    ['title and header', ['แผนปฏิบัติการป้องกันการทุจริต', '(พ.ศ. ๒๕๖๑ - ๒๕๖๔)', 'องค์การบริหารส่วนตำบลตัวอย่าง']],
    ['header only', ['แผนปฏิบัติการป้องกันการทุจริต', 'องค์การบริหารส่วนตำบลตัวอย่าง']],
  ])('old names and sub-missions in their written forms: no catalogue finding (%s)', (_, title) => {
    const { report, reading } = checkGrid(oldGrid(title), 'old');
    expect(reading.catalogue).toBe(PREVIOUS_CATALOGUE);
    expect(report.issues.filter((i) => CATALOGUE_CODES.test(i.code))).toEqual([]);
    expect(reading.projects.map((p) => p.missionId)).toEqual(OLD_ROWS.map((r) => r[2]));
    expect(reading.projects.map((p) => p.dimension)).toEqual([1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
  });

  test('an annual table of 2563 (year in the title only) is of the previous generation', () => {
    const grid: Cell[][] = [
      ['แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๓'],
      ['ลำดับ', 'โครงการ/กิจกรรม/มาตรการ', 'มิติ', 'ภารกิจตามมิติ', 'งบประมาณ (บาท)'],
      ['1', 'โครงการหนึ่ง', 'การบริหารราชการเพื่อป้องกันการทุจริต', 'มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ', '5,000'],
    ];
    const { report, reading } = checkGrid(grid, 'annual');
    expect(reading.catalogue).toBe(PREVIOUS_CATALOGUE);
    expect(report.issues.filter((i) => CATALOGUE_CODES.test(i.code))).toEqual([]);
    expect(reading.projects[0].missionId).toBe('transparent-operations');
  });

  test('a 2566–2570 plan that uses an old dimension name still gets DIMENSION_OLD_NAME, a warning', () => {
    const grid = oldGrid(['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)']).map((row, r) =>
      r === 1 ? ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ปี ๒๕๖๘', 'ปี ๒๕๖๙', 'หมายเหตุ'] : row,
    );
    const { report, reading } = checkGrid(grid, 'new');
    expect(reading.catalogue).toBe(DEFAULT_CATALOGUE);
    const old = report.issues.filter((i) => i.code === 'DIMENSION_OLD_NAME');
    // Dimension ๓ (row 12) kept its name in the new plan.
    expect(old.map((i) => i.cell)).toEqual(['A4', 'A6', 'A7', 'A15', 'A18']);
    expect(old.every((i) => i.severity === 'warning')).toBe(true);
  });

  test("an office's own catalogue wins over the generation of the plan's years", () => {
    const reading = readPlan(oldGrid(['(พ.ศ. ๒๕๖๑ - ๒๕๖๔)']), { catalogue: DEFAULT_CATALOGUE });
    expect(reading.catalogue).toBe(DEFAULT_CATALOGUE);
    const { report } = checkGrid(oldGrid(['(พ.ศ. ๒๕๖๑ - ๒๕๖๔)']), 'own', { catalogue: DEFAULT_CATALOGUE });
    expect(report.issues.some((i) => i.code === 'DIMENSION_OLD_NAME')).toBe(true);
    expect(report.issues.some((i) => i.code === 'MISSION_UNKNOWN')).toBe(true);
  });
});

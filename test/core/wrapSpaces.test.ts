/**
 * Words broken by line-wrap spaces in prose (read/wordWraps.ts `sureWrapSpaces`, check/rules/wrapSpaces.ts):
 * which spaces are offered for repair and which stay, the WRAPPED_WORD finding at its cell with the
 * cell's text and the proposed one, in a plan's text cells and in the details sheet, and nothing at
 * all without a Thai word segmenter.
 */
import { checkGrid } from '../../src/core/check/check';
import { detailsWrapFindings, wrapSpaceFindings } from '../../src/core/check/rules/wrapSpaces';
import { readDetailsSheet } from '../../src/core/read/details/sheet';
import { DETAILS_COLUMNS } from '../../src/core/read/details/sheetColumns';
import { sureWrapSpaces, withoutWrapSpaces } from '../../src/core/read/wordWraps';
import type { Cell } from '../../src/core/read/cells';

const repaired = (text: string) => withoutWrapSpaces(text, sureWrapSpaces(text));

describe('a space that surely breaks a word is offered for repair', () => {
  test.each([
    ['ผู้ บริหาร', 'ผู้บริหาร'], // ผู้ never ends a word
    ['ส่วนท้อง ถิ่น', 'ส่วนท้องถิ่น'], // the catalogue writes ท้อง|ถิ่น together, never apart
    ['องค์กรปกครองส่วนท้อง ถิ่น', 'องค์กรปกครองส่วนท้องถิ่น'],
    ['การ ทุจริต', 'การทุจริต'], // การ opening the run is the prefix
    ['ร้องเรียนเกี่ยวกับการ ทุจริตของเทศบาล', 'ร้องเรียนเกี่ยวกับการทุจริตของเทศบาล'], // การ after a preposition
    ['ส่งเสริมคุณธรรมและความ โปร่งใส', 'ส่งเสริมคุณธรรมและความโปร่งใส'],
    ['ใช้ง บประมาณ', 'ใช้งบประมาณ'], // a lone consonant cannot be a syllable
    ['งบประม าณ', 'งบประมาณ'], // no syllable starts with า
    ['วั ฒนธรรม', 'วัฒนธรรม'], // ั wants a final consonant
    [' ผู้ บริหาร  ', ' ผู้บริหาร  '], // spaces at the ends stay (a cell's own)
    ['ผู้  บริหาร', 'ผู้บริหาร'], // two spaces, one wrap
    ['๑) เพื่อให้ผู้ บริหาร และสมาชิกสภาท้อง ถิ่น ได้รับความรู้', '๑) เพื่อให้ผู้บริหาร และสมาชิกสภาท้องถิ่น ได้รับความรู้'],
  ])('%s → %s', (text, fixed) => {
    expect(repaired(text)).toBe(fixed);
  });
});

describe("a writer's space stays", () => {
  test.each([
    'โครงการ อบรม', // ICU: โครงการ|อบรม, a word boundary
    'ประจำปี งบประมาณ', // ICU reads ประจำ|ปีงบประมาณ, but ปี and งบประมาณ are both words
    'ดำเนินการ และเผยแพร่ผล', // ICU splits ดำเนิน|การ: การ here ends a word
    'ฝ่ายอำนวยการ เทศบาลตำบลบึงเค็งตา',
    'หลักการ และเหตุผล',
    'เพื่อให้บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่น ได้เพิ่มพูนความรู้', // ได้ opens the predicate
    'เรื่องร้องเรียน ร้องทุกข์', // the catalogue writes them as a list: ร้องเรียน/ร้องทุกข์
    'การรับฟังความคิดเห็น การรับและตอบสนอง', // a phrase space before การ
    'ปีงบประมาณ พ.ศ. ๒๕๖๗', // an abbreviation's letter is not a broken word
    'ณ วันที่ ๑ ตุลาคม',
    'กิจกรรมต่าง ๆ ของชุมชน',
    'โครงการ ABC อบรม',
  ])('%s', (text) => {
    expect(sureWrapSpaces(text)).toEqual([]);
  });
});

describe('the WRAPPED_WORD finding', () => {
  const HEADER: Cell[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ.๒๕๖๖ - ๒๕๗๐)'],
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ผู้รับผิดชอบ'],
  ];

  test("at the plan's text cell, with the cell's very text and the proposed one", () => {
    const name = 'โครงการเสริมสร้างความรู้แก่ผู้ บริหาร  และสมาชิกสภาท้อง ถิ่น';
    const grid: Cell[][] = [
      ...HEADER,
      ['1', '', name, 10000, '-', 'สำนักปลัด'],
      ['1', '', 'โครงการ อบรม', 5000, '-', 'การ ทุจริต'],
    ];
    const wraps = checkGrid(grid, 'แผน').report.issues.filter((f) => f.code === 'WRAPPED_WORD');
    expect(wraps.map((f) => f.cell)).toEqual(['C3', 'F4']);
    expect(wraps[0]).toMatchObject({
      severity: 'warning',
      fix: { from: name, to: 'โครงการเสริมสร้างความรู้แก่ผู้บริหาร  และสมาชิกสภาท้องถิ่น' },
    });
    expect(wraps[0].message).toContain(`("ผู้ บริหาร", "ท้อง ถิ่น")`);
    expect(wraps[0].messageEn).toMatch(/^2 space\(s\) inside words/);
    expect(wraps[1].fix).toEqual({ from: 'การ ทุจริต', to: 'การทุจริต' });
  });

  test('in the details sheet: every section cell below the header, never ลำดับ or รหัส', () => {
    const header = DETAILS_COLUMNS.map((c) => c.header);
    const row = (values: Record<string, Cell>) => header.map((h) => values[h] ?? '');
    const grid: Cell[][] = [
      header,
      row({ ลำดับ: 1, รหัส: 'ผู้ บริหาร', ชื่อโครงการ: 'โครงการ อบรม', หลักการและเหตุผล: 'เพื่อให้ความรู้ในการ ป้องกันการทุจริต' }),
      row({ ลำดับ: 2, ชื่อโครงการ: 'โครงการของผู้ บริหาร', วัตถุประสงค์: 'ใช้ง บประมาณ', ผลลัพธ์: 42 }),
    ];
    const found = detailsWrapFindings(grid, readDetailsSheet(grid)!);
    expect(found.map((f) => [f.cell, f.fix!.to])).toEqual([
      ['D2', 'เพื่อให้ความรู้ในการป้องกันการทุจริต'],
      ['C3', 'โครงการของผู้บริหาร'],
      ['E3', 'ใช้งบประมาณ'],
    ]);
  });

  test('more than three broken words: the message shows three, the proposal joins all', () => {
    const text = 'ผู้ บริหาร ผู้ นำ ผู้ ดูแล ผู้ ตรวจ';
    const [f] = wrapSpaceFindings([[text]], [{ row: 0, col: 0 }]);
    expect(f.message).toContain('4 แห่ง');
    expect(f.message).toMatch(/"ผู้ ดูแล", …\)/);
    expect(f.fix!.to).toBe('ผู้บริหาร ผู้นำ ผู้ดูแล ผู้ตรวจ');
  });
});

describe('without a Thai word segmenter nothing is offered, and nothing throws', () => {
  const original = Intl.Segmenter;
  afterEach(() => {
    (Intl as { Segmenter: unknown }).Segmenter = original;
  });

  test.each([
    ['no Intl.Segmenter (an engine without it)', undefined],
    [
      'a Segmenter without the Thai dictionary',
      class {
        segment(text: string) {
          return [{ segment: text, index: 0, input: text }];
        }
      },
    ],
  ])('%s', (_, segmenter) => {
    (Intl as { Segmenter: unknown }).Segmenter = segmenter;
    jest.isolateModules(() => {
      const rule =
        require('../../src/core/check/rules/wrapSpaces') as typeof import('../../src/core/check/rules/wrapSpaces');
      const grid = [['ผู้ บริหาร', 'ส่วนท้อง ถิ่น', 'งบประม าณ']];
      expect(
        rule.wrapSpaceFindings(
          grid,
          [0, 1, 2].map((col) => ({ row: 0, col })),
        ),
      ).toEqual([]);
    });
  });
});

/**
 * Property: "ระบุ" as the template's instruction to fill in is a PLACEHOLDER, "ระบุ" as the verb of a
 * sentence is not. Cells are random Thai sentences built from phrase pools; into some an
 * instruction is planted (at the start, after a space, a line break, a list number or a slash, in
 * brackets, or as the office-name slot glued to the word before), into others "ระบุ" used as a verb
 * (after พร้อม/โดย/ตามที่/ไม่ได้ …, or followed by ไว้/ว่า/ใน …); wrap spaces and line breaks may
 * stand between any two words. The finding must be at exactly the planted cells.
 */
import fc from 'fast-check';
import { checkGrid } from '../../src/core/check/check';
import { placeholderSnippet } from '../../src/core/check/rules/placeholders';
import type { Cell } from '../../src/core/read/cells';

/** Sentences with no placeholder; some hold "ระบบ" (system), the OCR twin of "ระบุ". */
const PHRASES = [
  'จัดทำรายงานผลการดำเนินงาน',
  'ประชาสัมพันธ์ให้ประชาชนทราบ',
  'ร้อยละ ๘๐ ของผู้เข้าร่วมโครงการ',
  'บุคลากรขององค์กรปกครองส่วนท้องถิ่น',
  'จำนวน ๕๐ คน',
  'ปีงบประมาณ พ.ศ. ๒๕๖๗',
  'มีระบบและช่องทางการรับเรื่องร้องเรียน',
  'พัฒนาระบบสารสนเทศ',
  'เสริมสร้างความโปร่งใสในการบริหารงานบุคคล',
  'กองคลัง งานพัสดุและทะเบียนทรัพย์สิน',
  'ผู้บริหารและสมาชิกสภาท้องถิ่น',
  'เพื่อส่งเสริมคุณธรรมจริยธรรม',
  'ตามระเบียบกระทรวงมหาดไทย',
  'การบริหารความเสี่ยงการทุจริต',
  'ผลการประเมิน ITA ไม่น้อยกว่า 85 คะแนน',
  'เรื่องร้องเรียน/ร้องทุกข์',
];
/** Words of each form: wrap spaces or line breaks may be put between them. */
type Form = string[];
/** The template's instructions, each able to stand at the start of a clause. */
const INSTRUCTIONS: Form[] = [
  ['ระบุ', 'ชื่อ', 'โรงเรียน'],
  ['ระบุ', 'ชื่อ', 'องค์กร…'],
  ['ระบุ', 'ชื่อ', 'องค์กรปกครอง', 'ส่วนท้องถิ่น'],
  ['ระบุ', 'งบประมาณ', 'ที่ใช้', 'ดำเนินการ'],
  ['ระบุ', 'หน่วยงาน', 'ที่รับผิดชอบ', 'ดำเนินการ'],
  ['ระบุ', 'จำนวน', '...... คน'],
  ['ระบุ', 'วันที่'],
  ['ระบุ', 'ผู้รับผิดชอบ'],
  ['ระบุ', 'รายละเอียด', 'กิจกรรม'],
];
/** Instructions in brackets, which may follow any word. */
const BRACKETED: Form[] = [
  ['(ระบุ…)'],
  ['(ระบุ)'],
  ['(ระบุ', 'ชื่อ', 'หน่วยงาน)'],
  ['(อบจ./เทศบาล/อบต.)'],
  ['(', 'ระบุ', 'ความเสี่ยง)'],
];
/** The office-name slot of the template, a leftover wherever it stands, even glued to the word before. */
const OFFICE_SLOTS: Form[] = [
  ['ระบุ', 'ชื่อ', 'องค์กร', 'ปกครองส่วนท้องถิ่น'],
  ['ของ', 'ระบุ', 'ชื่อ', 'องค์กรปกครองส่วนท้องถิ่น'],
  ['การที่', 'ระบุ', 'งบซื้อ', 'องค์กรปกครองส่วนท้องถิ่น'],
  ['ระบบ', 'ชื่อ', 'องค์กรปกครองส่วนท้องถิ่น'],
];
/** "ระบุ" as a verb, glued to the word before or not. */
const VERBS: Form[] = [
  ['พร้อม', 'ระบุ', 'ผู้รับผิดชอบ'],
  ['พร้อม', 'ระบุ', 'ปัญหาอุปสรรค', 'และแนวทางแก้ไข'],
  ['ตามที่', 'ระบุ', 'ไว้'],
  ['ตามที่', 'ระบุ', 'ไว้ใน', 'คำสั่ง'],
  ['โดย', 'ระบุ', 'เหตุผล'],
  ['ไม่ได้', 'ระบุ'],
  ['ไม่ต้อง', 'ระบุ', 'ชื่อ', 'ผู้ร้องเรียน'],
  ['ซึ่ง', 'ระบุ', 'ว่า'],
  ['ที่', 'ระบุ', 'ใน', 'ประกาศ'],
  ['การ', 'ระบุ', 'ความเสี่ยง'],
  ['เพื่อ', 'ระบุ', 'ปัญหา'],
  ['และ', 'ระบุ', 'ขั้นตอน', 'ที่ใช้ในการปฏิบัติ'],
  ['ให้', 'ระบุ', 'รายละเอียด', 'การดำเนินการ'],
  ['ต้อง', 'ระบุ', 'ชื่อ', 'และที่อยู่'],
  ['ระบุ', 'ไว้ใน', 'แผน'],
  ['ระบุ', 'ความเสี่ยง', 'การทุจริต'],
];

const wrap = fc.constantFrom('', '', '', ' ', '\n');
/** A form's words joined by nothing or by wrap spaces and line breaks. */
const written = (form: Form) =>
  fc
    .array(wrap, { minLength: form.length, maxLength: form.length })
    .map((gaps) => form.map((w, i) => (i ? gaps[i] : '') + w).join(''));
const phrase = fc.constantFrom(...PHRASES);

/** How a clause starts after the sentence before it (glued to a word, "ระบุ…" could be a verb with its subject). */
const clauseStart = fc.constantFrom(' ', '\n', ' ๒) ', ' 2. ', ' /', ' - ', ': ');
const anyJoin = fc.constantFrom('', ' ', '\n');

type Planted = { text: string; placeholder: boolean };

const sentence: fc.Arbitrary<Planted> = fc.oneof(
  // An instruction at the start of the cell or of a clause.
  fc
    .tuple(fc.option(phrase), clauseStart, fc.constantFrom(...INSTRUCTIONS).chain(written), fc.option(phrase))
    .map(([before, join, instruction, after]) => ({
      text: (before ? before + join : '') + instruction + (after ? ` ${after}` : ''),
      placeholder: true,
    })),
  // A bracketed instruction or an office-name slot after any word, glued or not.
  fc
    .tuple(phrase, anyJoin, fc.constantFrom(...BRACKETED, ...OFFICE_SLOTS).chain(written), anyJoin, fc.option(phrase))
    .map(([before, j1, slot, j2, after]) => ({
      text: before + j1 + slot + (after ? j2 + after : ''),
      placeholder: true,
    })),
  // The verb, glued to the sentence before or not.
  fc
    .tuple(fc.option(phrase), anyJoin, fc.constantFrom(...VERBS).chain(written), anyJoin, fc.option(phrase))
    .map(([before, j1, verb, j2, after]) => ({
      text: (before ? before + j1 : '') + verb + (after ? j2 + after : ''),
      placeholder: false,
    })),
  // No "ระบุ" at all.
  fc.array(phrase, { minLength: 1, maxLength: 3 }).map((ps) => ({ text: ps.join(' '), placeholder: false })),
);

describe('PLACEHOLDER: "ระบุ" as an instruction to fill in, not as a verb', () => {
  test('in one text (2,000 seeded cases)', () => {
    fc.assert(
      fc.property(sentence, ({ text, placeholder }) => {
        expect(placeholderSnippet(text) !== null).toBe(placeholder);
      }),
      { seed: 8, numRuns: 2000 },
    );
  });

  const HEADER: Cell[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต (พ.ศ.๒๕๖๖ - ๒๕๗๐)'],
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๖', 'ปี ๒๕๖๗', 'ผู้รับผิดชอบ', 'หมายเหตุ'],
  ];
  const TEXT_COLS = [2, 5, 6]; // name, responsible, remark
  const A1 = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row + 1}`;

  test('in the cells of a plan: found at exactly the planted cells (400 seeded plans)', () => {
    const cells = fc.array(fc.tuple(sentence, fc.constantFrom(...TEXT_COLS)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(cells, (rows) => {
        const grid: Cell[][] = [...HEADER];
        const expected: string[] = [];
        rows.forEach(([s, col], i) => {
          const row: Cell[] = ['1', '', `โครงการที่ ${i + 1}`, '-', '-', 'สำนักปลัด', ''];
          row[col] = col === 2 ? `โครงการที่ ${i + 1} ${s.text}` : s.text;
          if (s.placeholder) expected.push(A1(grid.length, col));
          grid.push(row);
        });
        const found = checkGrid(grid, 'p')
          .report.issues.filter((f) => f.code === 'PLACEHOLDER')
          .map((f) => f.cell);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { seed: 9, numRuns: 400 },
    );
  });
});

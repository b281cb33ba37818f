/**
 * The announcement (ประกาศ): the official form's parts in order, the signer's position by the
 * organisation's type (เทศบาลตำบล, เทศบาลเมือง, อบต.), an annual plan's subject, and the wording
 * override an office writes as rows หัวข้อ | ข้อความ, with Thai messages for rows that are wrong.
 */
import {
  announcementDocument,
  announcementProblems,
  DEFAULT_WORDING,
  WORDING_KEYS,
  wordingOverride,
  type AnnouncementInput,
} from '../../src/core/document/announcement';
import { documentText } from '../../src/core/document/model';
import { organisationParts } from '../../src/core/read/organisation';

const FIVE_YEAR: AnnouncementInput = {
  organisation: { name: 'เทศบาลตำบลบึงเค็งตา', type: '' },
  plan: { kind: 'five-year', from: 2566, to: 2570 },
  date: { year: 2022, month: 9, day: 30 },
  signer: { name: 'นายสมชาย ใจดี' },
};

const lines = (input: AnnouncementInput, wording = DEFAULT_WORDING) =>
  documentText(announcementDocument(input, wording))
    .split('\n')
    .filter((l) => l.trim());

describe('announcementDocument', () => {
  test('a เทศบาลตำบล: the form in order, signed by นายกเทศมนตรีตำบล…', () => {
    const l = lines(FIVE_YEAR);
    expect(l[0]).toBe('ประกาศเทศบาลตำบลบึงเค็งตา');
    expect(l[1]).toBe('เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
    const closing = l.indexOf('จึงประกาศให้ทราบโดยทั่วกัน');
    expect(closing).toBeGreaterThan(2);
    expect(l.slice(closing + 1)).toEqual([
      'ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๕',
      '(นายสมชาย ใจดี)',
      'นายกเทศมนตรีตำบลบึงเค็งตา',
    ]);
    expect(announcementDocument(FIVE_YEAR).name).toBe('ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
  });

  test('an อบต. named without its type word, its type set apart: นายกองค์การบริหารส่วนตำบล…', () => {
    const input = { ...FIVE_YEAR, organisation: { name: 'เมืองน้อย', type: 'องค์การบริหารส่วนตำบล' } };
    const l = lines(input);
    expect(l[0]).toBe('ประกาศองค์การบริหารส่วนตำบลเมืองน้อย');
    expect(l.at(-1)).toBe('นายกองค์การบริหารส่วนตำบลเมืองน้อย');
    expect(l.join('\n')).toContain('องค์การบริหารส่วนตำบลเมืองน้อย จึงได้จัดทำแผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
  });

  test('a เทศบาลเมือง and a เทศบาลนคร are signed by their own mayors', () => {
    expect(lines({ ...FIVE_YEAR, organisation: { name: 'เทศบาลเมืองบ้านบึง', type: '' } }).at(-1)).toBe(
      'นายกเทศมนตรีเมืองบ้านบึง',
    );
    expect(lines({ ...FIVE_YEAR, organisation: { name: 'เทศบาลนครขอนแก่น', type: 'เทศบาลนคร' } }).at(-1)).toBe(
      'นายกเทศมนตรีนครขอนแก่น',
    );
  });

  test('an annual plan is announced by its year; a position given wins; no name leaves a line to sign', () => {
    const input: AnnouncementInput = {
      ...FIVE_YEAR,
      plan: { kind: 'annual', year: 2568 },
      signer: { name: '', position: 'รองนายกเทศมนตรี ปฏิบัติราชการแทนนายกเทศมนตรีตำบลบึงเค็งตา' },
    };
    const l = lines(input);
    expect(l[1]).toBe('เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(l.slice(-2)).toEqual([
      '(................................................)',
      'รองนายกเทศมนตรี ปฏิบัติราชการแทนนายกเทศมนตรีตำบลบึงเค็งตา',
    ]);
  });

  test('an organisation of unknown type needs the position given', () => {
    const input = { ...FIVE_YEAR, organisation: { name: 'บึงเค็งตา', type: '' } };
    expect(announcementProblems(input)[0].message).toContain('ไม่ทราบตำแหน่งผู้ลงนาม');
    expect(announcementProblems({ ...input, signer: { name: 'ก', position: 'นายก' } })).toEqual([]);
    expect(announcementProblems(FIVE_YEAR)).toEqual([]);
  });

  test('organisationParts: the same parts whether the type is in the name or set apart', () => {
    const full = { type: 'เทศบาลตำบล', bare: 'บึงเค็งตา', full: 'เทศบาลตำบลบึงเค็งตา' };
    expect(organisationParts({ name: 'เทศบาลตำบลบึงเค็งตา', type: '' })).toEqual(full);
    expect(organisationParts({ name: ' บึงเค็งตา ', type: 'เทศบาลตำบล' })).toEqual(full);
    expect(organisationParts({ name: 'เทศบาลตำบล บึงเค็งตา', type: 'เทศบาลตำบล' })).toEqual(full);
  });
});

describe('wordingOverride', () => {
  test('rows หัวข้อ | ข้อความ replace their entries; the rest stays the default', () => {
    const { wording, problems } = wordingOverride([
      ['หัวข้อ', 'ข้อความ'],
      ['ข้อความ', 'ด้วย{หน่วยงาน}ได้จัดทำ{ชื่อแผน}\nจึงขอประกาศใช้ตั้งแต่บัดนี้'],
      ['', ''],
      ['ปิดท้าย', 'จึงประกาศมาเพื่อทราบโดยทั่วกัน'],
    ]);
    expect(problems).toEqual([]);
    const l = lines(FIVE_YEAR, wording);
    expect(l).toContain('ด้วยเทศบาลตำบลบึงเค็งตาได้จัดทำแผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)');
    expect(l).toContain('จึงขอประกาศใช้ตั้งแต่บัดนี้');
    expect(l).toContain('จึงประกาศมาเพื่อทราบโดยทั่วกัน');
    expect(l[0]).toBe('ประกาศเทศบาลตำบลบึงเค็งตา');
    expect(wording.วันที่).toBe(DEFAULT_WORDING.วันที่);
  });

  test('an unknown หัวข้อ or placeholder is named with its row in Thai and changes nothing', () => {
    const { wording, problems } = wordingOverride([
      ['เนื้อความ', 'ข้อความใหม่'],
      ['ปิดท้าย', 'จึงประกาศให้{ผู้อ่าน}ทราบ'],
      ['วันที่', 42],
    ]);
    expect(problems.map((p) => p.row)).toEqual([1, 2]);
    expect(problems[0].message).toBe(
      `แถว 1: ไม่รู้จักหัวข้อ "เนื้อความ" ในแผ่นงาน ข้อความประกาศ — ใช้ได้: ${WORDING_KEYS.join(', ')}`,
    );
    expect(problems[1].message).toContain('ช่องแทนที่ที่ไม่รู้จัก {ผู้อ่าน}');
    expect(problems[1].messageEn).toContain('unknown placeholders {ผู้อ่าน}');
    expect(wording.ปิดท้าย).toBe(DEFAULT_WORDING.ปิดท้าย);
    // A number in a text cell is its text.
    expect(wording.วันที่).toBe('42');
  });
});

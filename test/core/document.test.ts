import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CATALOGUE, dimensionLabel } from '../../src/core/data/catalogue';
import { detailsFromDocumentText } from '../../src/core/read/details/documentText';
import { linkDetails } from '../../src/core/read/details/link';
import { documentText } from '../../src/core/document/model';
import { documentContext, errorText, isQuotaError, isTransientError } from '../../src/core/document/generation';
import { buildPlanDocument } from '../../src/core/document/planDocument';
import {
  budgetLines,
  buildProjectDocument,
  contentHash,
  numberedList,
  projectFields,
  safeFileName,
  type ProjectDocumentContext,
} from '../../src/core/document/projectDocument';
import { checkTemplate, DEFAULT_TEMPLATE, fillTemplate } from '../../src/core/document/template';
import { readPlan } from '../../src/core/read/planReader';
import { PlanSettingsSchema } from '../../src/shared/settings';
import { ROOT, SECTION_HEADINGS, tsvGrid } from '../helpers';

const settings = PlanSettingsSchema.parse({});
const arabic = PlanSettingsSchema.parse({ documents: { digits: 'arabic' } });
const ctx = (s = settings, years = { from: 2566, to: 2570 }): ProjectDocumentContext => ({
  settings: s,
  years,
  organisation: 'เทศบาลตำบลบึงเค็งตา',
  dimensionLabel: (d) => dimensionLabel(DEFAULT_CATALOGUE, d),
});
const seed = () => detailsFromDocumentText(readFileSync(join(ROOT, 'test/fixtures/seed000-details.txt'), 'utf8'));

describe('the template', () => {
  test('the default template is complete', () => {
    const text = DEFAULT_TEMPLATE.map((b) =>
      b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'heading' ? b.text : '',
    ).join('\n');
    expect(checkTemplate(text)).toEqual({ ok: true, unknown: [], missing: [], message: 'แม่แบบเอกสารพร้อมใช้' });
  });

  test('placeholders match after removing zero-width and non-breaking spaces', () => {
    const full = DEFAULT_TEMPLATE.map((b) =>
      b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'heading' ? b.text : '',
    ).join('\n');
    expect(checkTemplate(full.replace('{{ชื่อโครงการ}}', '{{ ชื่อ\u200bโครงการ\u00a0}}')).ok).toBe(true);
  });

  test('unknown and missing placeholders are named before anything is made', () => {
    const r = checkTemplate('{{ชื่อโครงการ}} {{ชื่อโครงกา}} {{วัตถุประสงค์}}');
    expect(r.ok).toBe(false);
    expect(r.unknown).toEqual(['ชื่อโครงกา']);
    expect(r.missing).toContain('หลักการและเหตุผล');
    expect(r.message).toMatch(/^แม่แบบเอกสารใช้ไม่ได้: ไม่รู้จักช่องแทนที่ \{\{ชื่อโครงกา\}\}/);
  });

  test('a paragraph holding only a list placeholder becomes numbered items; text placeholders fill in place', () => {
    const fields = projectFields(readPlan(tsvGrid('seed000-table.tsv')).projects[3], seed()[0], ctx());
    const blocks = fillTemplate(
      [
        { kind: 'paragraph', runs: [{ text: 'เรื่อง {{ชื่อโครงการ}} ({{ชื่อหน่วยงาน}})' }] },
        { kind: 'paragraph', runs: [{ text: ' {{วัตถุประสงค์}} ' }], indent: 1 },
        { kind: 'paragraph', runs: [{ text: '{{หลักการและเหตุผล}}' }], firstLine: true },
      ],
      fields,
    );
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'เรื่อง มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน (เทศบาลตำบลบึงเค็งตา)' }],
    });
    expect(blocks[1]).toEqual({
      kind: 'list',
      items: expect.arrayContaining([expect.objectContaining({ label: '๔)' })]),
    });
    expect(blocks.slice(2)).toHaveLength(2); // two paragraphs of rationale, each with the first-line indent
    expect(blocks.slice(2).every((b) => b.kind === 'paragraph' && b.firstLine)).toBe(true);
  });
});

describe('budget sentences from the plan row', () => {
  test('one year, several years with a total, none', () => {
    expect(budgetLines({ 2567: 45000 }, settings)).toEqual(['งบประมาณ จำนวน ๔๕,๐๐๐ บาท (สี่หมื่นห้าพันบาทถ้วน)']);
    expect(budgetLines({ 2566: 10000, 2567: 0, 2568: 12500.5 }, settings)).toEqual([
      'ปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๑๐,๐๐๐ บาท (หนึ่งหมื่นบาทถ้วน)',
      'ปีงบประมาณ พ.ศ. ๒๕๖๘ จำนวน ๑๒,๕๐๐.๕๐ บาท (หนึ่งหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์)',
      'รวมทั้งสิ้น จำนวน ๒๒,๕๐๐.๕๐ บาท (สองหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์)',
    ]);
    expect(budgetLines({ 2566: 0, 2567: null }, settings)).toEqual(['ดำเนินการโดยไม่ใช้งบประมาณ']);
    expect(budgetLines({}, settings)).toEqual(['ดำเนินการโดยไม่ใช้งบประมาณ']);
    expect(
      budgetLines({ 2567: 101 }, PlanSettingsSchema.parse({ documents: { bahtStyle: 'sheets', digits: 'arabic' } })),
    ).toEqual(['งบประมาณ จำนวน 101 บาท (หนึ่งร้อยหนึ่งบาทถ้วน)']);
  });

  test('numbered lists: "๑)" and "๖.๑)" sub-items; Arabic on request', () => {
    expect(
      numberedList(
        [
          { text: 'ก', level: 1 },
          { text: 'ข', level: 2 },
          { text: 'ค', level: 2 },
          { text: 'ง', level: 1 },
        ],
        'thai',
      ).map((i) => i.label),
    ).toEqual(['๑)', '๑.๑)', '๑.๒)', '๒)']);
    expect(numberedList([{ text: 'ก', level: 2 }], 'arabic').map((i) => i.label)).toEqual(['1)']);
  });
});

describe('a project document from the seed details', () => {
  const plan = readPlan(tsvGrid('seed000-table.tsv'));
  const { links } = linkDetails(plan.projects, { details: seed() });
  const link = links.find((l) => l.details && l.project.name.startsWith('มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสาร'))!;

  test('the official form: heading, nine numbered sections in order, ผลผลิต and ผลลัพธ์ sub-heads', () => {
    const doc = buildProjectDocument(link.project, link.details!, ctx());
    expect(doc.name).toBe('ลำดับที่ ๔ มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน');
    const lines = documentText(doc).split('\n');
    expect(lines[0]).toBe('ลำดับที่ ๔');
    const headings = lines.filter((l) => /^[๑-๙]\. /.test(l)).map((l) => l.split(' :')[0]);
    expect(headings).toEqual(SECTION_HEADINGS);
    expect(lines).toContain('ปีงบประมาณ พ.ศ. ๒๕๖๖-๒๕๗๐');
    expect(lines).toContain('ดำเนินการโดยไม่ใช้งบประมาณ'); // the seed table's "-" in every year
    expect(lines.indexOf('ผลผลิต')).toBeLessThan(lines.indexOf('ผลลัพธ์'));
    expect(lines).toContain('๖.๑) มีหมายเลขโทรศัพท์เฉพาะที่มีเจ้าหน้าที่ให้บริการข้อมูลตลอดระยะเวลาทำการ');
  });

  test('Arabic digits on request; the hash changes with the content, not between runs', () => {
    const doc = buildProjectDocument(link.project, link.details!, ctx(arabic));
    expect(doc.name).toMatch(/^ลำดับที่ 4 /);
    const again = buildProjectDocument(link.project, link.details!, ctx(arabic));
    expect(contentHash(again)).toBe(contentHash(doc));
    const changed = buildProjectDocument(
      link.project,
      { ...link.details!, targets: ['ประชาชน จำนวน 10 คน'] },
      ctx(arabic),
    );
    expect(contentHash(changed)).not.toBe(contentHash(doc));
  });

  test('file names: forbidden characters replaced, long Thai names cut within 200 bytes', () => {
    expect(safeFileName('ลำดับที่ ๑ มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียน: "ด่วน"?')).toBe(
      'ลำดับที่ ๑ มาตรการจัดการเรื่องร้องทุกข์ ร้องเรียน ด่วน',
    );
    const long = safeFileName('ลำดับที่ ๑ ' + 'ก'.repeat(300));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
    expect(safeFileName('...')).toBe('เอกสาร');
  });
});

describe('the whole plan document', () => {
  test('5-year plan: cover, landscape ส่วนที่ ๒ with subtotals and รวมทั้งสิ้น, ส่วนที่ ๓ in plan order', () => {
    const reading = readPlan(tsvGrid('seed000-table.tsv'));
    const { links } = linkDetails(reading.projects, { details: seed() });
    const doc = buildPlanDocument({
      reading,
      links,
      settings,
      catalogue: DEFAULT_CATALOGUE,
      years: { from: 2566, to: 2570 },
      organisation: 'เทศบาลตำบลบึงเค็งตา',
      date: { year: 2022, month: 9, day: 30 },
    });
    expect(doc.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape', 'portrait']);
    const cover = documentText({ ...doc, sections: [doc.sections[0]] });
    expect(cover).toContain('แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)');
    expect(cover).toContain('๓๐ กันยายน ๒๕๖๕');
    const table = doc.sections[1].blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    const labels = table.rows.map((r) => r[0].text).filter((t) => t.startsWith('รวม'));
    expect(labels).toEqual(['รวมมิติที่ ๑', 'รวมมิติที่ ๒', 'รวมมิติที่ ๓', 'รวมมิติที่ ๔', 'รวมทั้งสิ้น']);
    expect(table.header[0].map((c) => c.text)).toEqual([
      'มิติ',
      'ภารกิจตามมิติ',
      'โครงการ/กิจกรรม/มาตรการ',
      'ปี ๒๕๖๖',
      'ปี ๒๕๖๗',
      'ปี ๒๕๖๘',
      'ปี ๒๕๖๙',
      'ปี ๒๕๗๐',
      'หมายเหตุ',
    ]);
    const part3 = documentText({ ...doc, sections: [doc.sections[2]] }).split('\n');
    const headings = part3.filter((l) => /^ลำดับที่ /.test(l));
    expect(headings).toHaveLength(13);
    expect(headings[0]).toBe('ลำดับที่ ๑');
  });

  test('annual plan: ลำดับ, มิติ with "*", quarter ticks and counts, amounts to the satang', () => {
    const reading = readPlan(tsvGrid('eplan-annual-2567.tsv'));
    const doc = buildPlanDocument({
      reading,
      links: [],
      settings,
      catalogue: DEFAULT_CATALOGUE,
      years: { from: 2567, to: 2567 },
      organisation: 'เทศบาลเมืองตัวอย่าง',
      date: { year: 2024, month: 2, day: 7 },
    });
    const table = doc.sections[1].blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const grand = table.rows[table.rows.length - 1].map((c) => c.text);
    expect(grand).toEqual(['รวมทั้งสิ้น', '๑,๑๖๑,๐๐๐.๕๐', '๓๒', '๓๓', '๓๓', '๓๒', '']);
    expect(table.rows.some((r) => r[2].text === '*๑')).toBe(true);
    expect(documentText(doc)).toContain('แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ (พ.ศ. ๒๕๖๗)');
  });
});

describe('the whole plan document of a 4-year plan with a project of no readable dimension', () => {
  const grid = [
    ['แผนปฏิบัติการป้องกันการทุจริต ๔ ปี (พ.ศ. ๒๕๖๑ - ๒๕๖๔)'],
    ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', 'ปี ๒๕๖๑', 'ปี ๒๕๖๒', 'ปี ๒๕๖๓', 'ปี ๒๕๖๔', 'หมายเหตุ'],
    ['', '', '', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', 'งบประมาณ (บาท)', ''],
    ['2', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', '5,000', '5,000', '-', '-', ''],
    ['มิติที่ ๗', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'โครงการไม่ระบุมิติ', '1,000', '-', '2,000', '-', ''],
  ];

  test('its own years in the title; ไม่ระบุมิติ rows and subtotal; the subtotals add up to รวมทั้งสิ้น', () => {
    const reading = readPlan(grid);
    const context = documentContext(reading, settings, DEFAULT_CATALOGUE);
    expect(context.years).toEqual({ from: 2561, to: 2564 });
    const doc = buildPlanDocument({
      reading,
      links: [],
      settings,
      catalogue: DEFAULT_CATALOGUE,
      years: context.years,
      organisation: 'องค์การบริหารส่วนตำบลตัวอย่าง',
      date: { year: 2018, month: 9, day: 28 },
    });
    expect(documentText(doc)).toContain('แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๑ - ๒๕๖๔)');
    const table = doc.sections[1].blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const rows = table.rows.map((r) => r.map((c) => c.text));
    expect(rows.find((r) => r[2] === 'โครงการไม่ระบุมิติ')?.[0]).toBe('ไม่ระบุมิติ');
    expect(rows.filter((r) => r[0].startsWith('รวม'))).toEqual([
      ['รวมมิติที่ ๒', '๕,๐๐๐', '๕,๐๐๐', '-', '-', ''],
      ['รวมไม่ระบุมิติ', '๑,๐๐๐', '-', '๒,๐๐๐', '-', ''],
      ['รวมทั้งสิ้น', '๖,๐๐๐', '๕,๐๐๐', '๒,๐๐๐', '-', ''],
    ]);
  });

  test('annual layout: the project without a dimension has its line, counted in รวมทั้งสิ้น', () => {
    const reading = readPlan(grid);
    const doc = buildPlanDocument({
      reading: { ...reading, layout: 'annual', years: [2561] },
      links: [],
      settings: arabic,
      catalogue: DEFAULT_CATALOGUE,
      years: { from: 2561, to: 2561 },
      organisation: '',
      date: { year: 2018, month: 9, day: 28 },
    });
    const table = doc.sections[1].blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const rows = table.rows.map((r) => r.map((c) => c.text));
    expect(rows.find((r) => r[1] === 'โครงการไม่ระบุมิติ')?.[2]).toBe('');
    expect(rows.filter((r) => r[0].startsWith('รวม')).map((r) => r.slice(0, 2))).toEqual([
      ['รวมมิติที่ 2', '5,000.00'],
      ['รวมไม่ระบุมิติ', '1,000.00'],
      ['รวมทั้งสิ้น', '6,000.00'],
    ]);
  });
});

describe('errors of a document run, in both languages', () => {
  test('the errors SaiSaat knows are said in Thai and English; others are translated with Google’s words kept', () => {
    expect(errorText('Exception: Service invoked too many times for one day: docs create.')).toEqual({
      th: 'Google ไม่ให้สร้างเอกสารเพิ่มในวันนี้ (เกินโควตารายวัน) ลองใหม่พรุ่งนี้',
      en: 'Google will not create more documents today (daily quota); try again tomorrow',
    });
    expect(errorText('GoogleJsonResponseException: File not found: 1abc').en).toMatch(/^The document or folder is not/);
    // Google's words are kept, quoted after a Thai sentence, never alone (shared/googleErrors.ts).
    const odd = errorText('Error: Something odd');
    expect(odd.th).toMatch(/^Google แจ้งข้อผิดพลาดที่ใสสะอาดยังไม่รู้จัก — .+ — \(Google: "Something odd"\)$/);
    expect(odd.en).toMatch(/^Google reported an error SaiSaat does not recognise — .+ — \(Google: "Something odd"\)$/);
  });

  // Google's own wordings, as Apps Script and the Drive/Docs APIs give them.
  const DAILY = [
    'Exception: Service invoked too many times for one day: docs create.',
    'Service invoked too many times for one day: driveWrite.',
    'GoogleJsonResponseException: API call to drive.files.copy failed with error: Daily Limit Exceeded',
    'dailyLimitExceeded',
  ];
  const TRANSIENT = [
    'GoogleJsonResponseException: API call to drive.files.copy failed with error: User Rate Limit Exceeded',
    'API call to drive.files.create failed with error: User rate limit exceeded.',
    'API call to drive.files.get failed with error: Rate Limit Exceeded',
    'userRateLimitExceeded',
    'API call to docs.documents.batchUpdate failed with error: Too Many Requests',
    "API call to docs.documents.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'",
    'Exception: Service invoked too many times in a short time: docs. Try Utilities.sleep(1000) between calls.',
    'API call to drive.files.copy failed with error: Backend Error',
    'API call to drive.files.copy failed with error: Internal Error',
    'Exception: Service Documents failed while accessing document with id 1abc.',
    'Exception: Service Spreadsheets timed out while accessing document with id 1abc.',
    "We're sorry, a server error occurred. Please wait a bit and try again.",
    'API call to drive.files.get failed with error: Service Unavailable',
  ];
  const NEITHER = [
    "API call to drive.files.copy failed with error: The user's Drive storage quota has been exceeded.",
    'GoogleJsonResponseException: File not found: 1abc',
    'You do not have permission to call DocumentApp.openById',
    'Exceeded maximum execution time',
    'Something odd',
  ];
  test.each(DAILY)('the daily quota, never retried: %s', (m) => {
    expect(isQuotaError(m)).toBe(true);
    expect(isTransientError(m)).toBe(false);
  });
  test.each(TRANSIENT)('a rate limit or server error, retried — not the daily quota: %s', (m) => {
    expect(isTransientError(m)).toBe(true);
    expect(isQuotaError(m)).toBe(false);
    expect(errorText(m).en).toMatch(/^Google asked SaiSaat to slow down/);
  });
  test.each(NEITHER)('neither: %s', (m) => {
    expect(isTransientError(m)).toBe(false);
    expect(isQuotaError(m)).toBe(false);
  });
});

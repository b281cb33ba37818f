/**
 * The round report and the announcement as Google Docs, through the built Code.js over the strict
 * fakes: the annual plan with follow-up of test/fixtures/annual-2568-followup.csv → the report Doc
 * in the documents folder, its figures equal to the core's reportFigures, the user's texts and the
 * signer in it, the chart as an image; a second run with the same input writes nothing, changed
 * figures update the same file; what a round-12 report lacks is said in Thai and nothing is made;
 * the announcement of a เทศบาลตำบล in the office's own wording; the signer and texts remembered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CREATE_REQUEST, loadAddon, userError, type Addon } from './harness';
import { ROOT } from '../helpers';
import { DOC_MIME } from '../../src/addon/documents/drive';
import { readPlan } from '../../src/core/read/planReader';
import { reportFigures } from '../../src/core/year/figures';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { formatAmount, toThaiDigits } from '../../src/shared/numbers';
import type { ReportDocRequest } from '../../src/shared/reportWire';
import type { ChartSpec } from '../fakes/charts';
import type { FakeParagraph } from '../fakes/documents';

const GRID = parse(readFileSync(join(ROOT, 'test/fixtures/annual-2568-followup.csv')), {
  relax_column_count: true,
}) as string[][];
const PLAN = 'แผนประจำปี';
const SIGNER = { name: 'นายสมชาย ใจดี', position: 'นายกองค์การบริหารส่วนตำบลหนองบัวทอง' };
const ROUND_6: ReportDocRequest = {
  round: 6,
  problems: 'งบประมาณมาล่าช้า\nบุคลากรไม่เพียงพอ',
  suggestions: 'ควรจัดสรรงบประมาณให้ทันรอบ',
  signer: SIGNER,
  asOf: '2025-04-01',
};

function office(): Addon {
  const a = loadAddon();
  a.addSheet(PLAN, GRID);
  return a;
}

const docFiles = (a: Addon) => [...a.docs.files.values()].filter((f) => f.mimeType === DOC_MIME && !f.trashed);
const fileOf = (a: Addon, url: string) => a.docs.files.get(url.split('/')[5])!;
const thai = (n: number) => formatAmount(n, 2, 'thai');
const count = (n: number) => toThaiDigits(String(n));

describe('the round report as a Google Doc', () => {
  test('made in the documents folder: title with the period, the figures of reportFigures, the texts, the signer, the chart image', () => {
    const a = office();
    const r = a.call('makeReportDoc', ROUND_6);
    expect(r.problems).toEqual([]);
    expect(r.notice).toBe('');
    expect(r.doc).toEqual(expect.objectContaining({ outcome: 'created', name: 'รายงานผล รอบ ๖ เดือน ๒๕๖๘' }));
    const file = fileOf(a, r.doc!.url);
    const folder = a.docs.files.get(file.parents[0])!;
    expect(folder.name).toBe(`เอกสารโครงการ – ${a.spreadsheet.getName()}`);
    const text = file.doc!.body.getText();
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe(
      'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)',
    );
    expect(lines[1]).toBe('องค์การบริหารส่วนตำบลหนองบัวทอง');
    // The figures the core computes from the same grid: each dimension's and the total's row of
    // the summary table (projects, plan, ordinance, spent) and of the status table.
    const truth = reportFigures(readPlan(GRID, { settings: DEFAULT_SETTINGS }).projects, 2568, 6);
    expect(truth.total).toEqual(
      expect.objectContaining({ projects: 12, planned: 170000, ordinance: 148000, spent: 64500 }),
    );
    const rows = [
      ...(['1', '2', '3', '4'] as const).map((d) => [`มิติที่ ${count(Number(d))}\t`, truth.byDimension[d]] as const),
      ['รวมทั้งสิ้น\t', truth.total] as const,
    ];
    for (const [label, f] of rows) {
      const money = `\t${count(f.projects)}\t${thai(f.planned)}\t${thai(f.ordinance)}\t${thai(f.spent)}\t`;
      const statuses = `\t${[f.projects, f.notStarted, f.inProgress, f.finished, f.notPossible, f.notReported].map(count).join('\t')}`;
      expect(lines.filter((l) => l.startsWith(label) && l.includes(money))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith(label) && l.endsWith(statuses))).toHaveLength(1);
    }
    for (const line of [
      'งบประมาณมาล่าช้า',
      'บุคลากรไม่เพียงพอ',
      'ควรจัดสรรงบประมาณให้ทันรอบ',
      `(${SIGNER.name})`,
      SIGNER.position,
    ])
      expect(lines).toContain(line);
    expect(text).toContain('ข้อมูล ณ วันที่ ๑ เมษายน พ.ศ. ๒๕๖๘');
    const images = (file.doc!.body._children as FakeParagraph[]).filter((p) => p._image);
    expect(images).toHaveLength(1);
    const spec = JSON.parse(images[0]._image!.from) as ChartSpec;
    expect(spec.rows).toEqual(
      (['1', '2', '3', '4'] as const).map((d) => [
        `มิติที่ ${toThaiDigits(d)}`,
        truth.byDimension[d].projects,
        truth.byDimension[d].finished,
      ]),
    );
    // The per-project table on landscape pages, through the Docs advanced service.
    expect(file.doc!.sections.map((s) => s.landscape)).toEqual([false, true, false]);
  });

  test('run again with the same input: nothing rewritten; changed figures: the same file updated in place', () => {
    const a = office();
    const first = a.call('makeReportDoc', ROUND_6);
    const file = fileOf(a, first.doc!.url);
    const before = file.doc!.body.getText();
    a.log.reset();
    const again = a.call('makeReportDoc', ROUND_6);
    expect(again.doc).toEqual({ ...first.doc, outcome: 'unchanged' });
    const calls = a.log.snapshot();
    expect(
      Object.keys(calls).filter((c) => /^(DocumentApp|Body|Document|Docs|Charts|Drive\.Files\.(create|copy))/.test(c)),
    ).toEqual([]);
    expect(calls['Range.getValues']).toBe(1);
    expect(Object.keys(calls).filter((c) => /\.set|\.delete|\.create|\.update/.test(c))).toEqual([]);

    // Project ๕ spends more at 6 months: the report is rewritten in the same document.
    const sheet = a.spreadsheet._sheetByName(PLAN)!;
    const row = GRID.findIndex((r) => r[0] === '๕') + 1;
    const spentCol = GRID[3].indexOf('เบิกจ่ายจริง (บาท)') + 1;
    sheet.getRange(row, spentCol).setValue(20000);
    const changed = a.call('makeReportDoc', ROUND_6);
    expect(changed.doc).toEqual({ ...first.doc, outcome: 'updated' });
    expect(docFiles(a)).toHaveLength(1);
    const after = file.doc!.body.getText();
    expect(after).not.toBe(before);
    expect(after).toContain(`รวมทั้งสิ้น\t๑๒\t${thai(170000)}\t${thai(148000)}\t${thai(64500 - 12000 + 20000)}\t`);
    expect(file.doc!.sections).toHaveLength(3);
  });

  test('another editor who cannot reach the report in Drive: stopped with who made it, no second report', () => {
    const a = office();
    const first = a.call('makeReportDoc', ROUND_6);
    a.switchUser('b@example.com');
    const stop = userError(() => a.call('makeReportDoc', { ...ROUND_6, problems: 'อื่น' }));
    expect(stop.th).toMatch(/^เอกสารชุดของสเปรดชีตนี้สร้างโดย a@example.com/);
    expect(docFiles(a)).toHaveLength(1);
    expect(fileOf(a, first.doc!.url).doc!.body.getText()).toContain('งบประมาณมาล่าช้า');
  });

  test('round 12 without ปัญหาอุปสรรค or ข้อเสนอแนะ: the Thai messages by field, no document', () => {
    const a = office();
    const r = a.call('makeReportDoc', { ...ROUND_6, round: 12, problems: ' ', suggestions: '' });
    expect(r.doc).toBeNull();
    expect(r.problems.map((p) => p.field)).toEqual(['problems', 'suggestions']);
    expect(r.problems[0].message).toMatch(/^รายงานรอบ ๑๒ เดือนต้องมีหัวข้อปัญหาอุปสรรค/);
    expect(r.problems[0].messageEn).toMatch(/problems/);
    expect(docFiles(a)).toHaveLength(0);
    const noSigner = a.call('makeReportDoc', { ...ROUND_6, signer: { name: '', position: '' } });
    expect(noSigner.problems.map((p) => p.field)).toEqual(['signerName', 'signerPosition']);
    expect(docFiles(a)).toHaveLength(0);
  });

  test('the signer and the round texts are remembered and prefilled, per year and round', () => {
    const a = office();
    expect(a.call('getReportForm', { round: 6 })).toEqual({
      round: 6,
      year: 2568,
      signer: { name: '', position: '' },
      problems: '',
      suggestions: '',
    });
    // Remembered even when the report is refused: a second run loses nothing the user typed.
    a.call('makeReportDoc', { ...ROUND_6, round: 12, suggestions: '' });
    expect(a.call('getReportForm', { round: 12 })).toEqual({
      round: 12,
      year: 2568,
      signer: SIGNER,
      problems: ROUND_6.problems,
      suggestions: '',
    });
    expect(a.call('getReportForm', { round: 6 }).problems).toBe('');
    expect(a.call('getReportForm', { round: 12, year: 2569 }).problems).toBe('');
  });

  test('a year the plan does not give is asked for; a request the form cannot send is refused in words', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    expect(a.call('getReportForm', { round: 6 }).year).toBeNull();
    const r = a.call('makeReportDoc', ROUND_6);
    expect(r.problems.map((p) => p.field)).toEqual(['year']);
    expect(r.notice).toBe('');
    const withYear = a.call('makeReportDoc', { ...ROUND_6, year: 2568 });
    expect(withYear.doc?.outcome).toBe('created');
    expect(withYear.notice).toMatch(/ไม่มีคอลัมน์ติดตามผลรอบ ๖ เดือน/);
    const long = userError(() => a.call('makeReportDoc', { ...ROUND_6, problems: 'ก'.repeat(3001) }));
    expect(long.th).toMatch(/๓,๐๐๐ ตัวอักษร/);
  });
});

describe('the announcement as a Google Doc', () => {
  test('a เทศบาลตำบล in the office wording of its ข้อความประกาศ sheet, position by type, updated in place', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    a.addSheet('ข้อความประกาศ', [
      ['หัวข้อ', 'ข้อความ'],
      ['ข้อความ', '{หน่วยงาน} ได้จัดทำ{ชื่อแผน} จึงประกาศใช้'],
    ]);
    const r = a.call('makeAnnouncementDoc', { signer: { name: 'นายมานะ รักดี', position: '' }, date: '2025-10-01' });
    expect(r.problems).toEqual([]);
    const file = fileOf(a, r.doc!.url);
    const lines = file
      .doc!.body.getText()
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines).toEqual([
      'ประกาศเทศบาลตำบลบึงเค็งตา',
      'เรื่อง ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)',
      '-------------------------------',
      'เทศบาลตำบลบึงเค็งตา ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐) จึงประกาศใช้',
      'จึงประกาศให้ทราบโดยทั่วกัน',
      'ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘',
      '(นายมานะ รักดี)',
      'นายกเทศมนตรีตำบลบึงเค็งตา',
    ]);
    expect(
      a.call('makeAnnouncementDoc', { signer: { name: 'นายมานะ รักดี', position: '' }, date: '2025-10-01' }).doc,
    ).toEqual({
      ...r.doc,
      outcome: 'unchanged',
    });
    const later = a.call('makeAnnouncementDoc', { signer: { name: 'นายมานะ รักดี', position: '' }, date: '2025-10-02' });
    expect(later.doc).toEqual({ ...r.doc, outcome: 'updated' });
    expect(docFiles(a)).toHaveLength(1);
    expect(a.call('getReportForm', { round: 6, year: 2568 }).signer).toEqual({ name: 'นายมานะ รักดี', position: '' });
  });

  test('a bad row of the ข้อความประกาศ sheet: the Thai message with its row, nothing written', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    a.addSheet('ข้อความประกาศ', [
      ['หัวข้อ', 'ข้อความ'],
      ['คำนำ', 'ข้อความที่ไม่มีหัวข้อนี้'],
    ]);
    const r = a.call('makeAnnouncementDoc', { signer: { name: '', position: '' } });
    expect(r.doc).toBeNull();
    expect(r.problems).toEqual([
      expect.objectContaining({
        field: 'wording',
        message: expect.stringMatching(/^แผ่นงาน ข้อความประกาศ แถว ๒|^แผ่นงาน ข้อความประกาศ แถว 2/),
      }),
    ]);
    expect(docFiles(a)).toHaveLength(0);
  });
});

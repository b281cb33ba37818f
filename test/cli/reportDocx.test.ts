/**
 * The report and the announcement as .docx files, read back with JSZip and mammoth: the text is
 * there, the chart is a real PNG part drawn 16 cm wide, justified Thai paragraphs are
 * thaiDistribute, the file goes through the safe output folder; `saisaat announce` on the bundled
 * example and with an office's own wording beside a .csv plan.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { Resvg } from '@resvg/resvg-js';
import { writeReportDocx } from '../../src/cli/reportDocx';
import { barChartSvg, niceStep } from '../../src/cli/chartSvg';
import type { ReportDocumentInput } from '../../src/core/document/reportDocument';
import { followUpFigures } from '../generators/reportFigures';
import { MANIFEST_NAME } from '../../src/cli/outputFolder';
import { ROOT, saisaat } from '../helpers';

const tmp = mkdtempSync(join(tmpdir(), 'saisaat-report-'));

const f = (projects: number, finished: number, planned: number, spent: number) =>
  followUpFigures({ projects, finished, inProgress: projects - finished, planned, ordinance: planned, spent });

const INPUT: ReportDocumentInput = {
  organisation: { name: 'เมืองน้อย', type: 'องค์การบริหารส่วนตำบล' },
  figures: {
    year: 2568,
    round: 12,
    period: { from: '2024-10-01', to: '2025-09-30' },
    byDimension: {
      '1': f(4, 3, 50000, 42000),
      '2': f(2, 2, 10000, 9000),
      '3': f(1, 0, 0, 0),
      '4': f(1, 1, 5000, 5000),
    },
    total: f(8, 6, 65000, 56000),
  },
  projects: [
    {
      id: 'a',
      no: 1,
      dimension: 1,
      name: 'โครงการส่งเสริมคุณธรรม',
      planned: 50000,
      ordinance: 50000,
      spent: 42000,
      status: 'finished',
      reason: '',
      result: 'ผู้เข้าร่วม ๘๐ คน',
    },
  ],
  periodText: '๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘',
  problems: 'การเบิกจ่ายล่าช้าในไตรมาสแรกเนื่องจากข้อบัญญัติงบประมาณประกาศใช้ล่าช้ากว่ากำหนด ทำให้ต้องเลื่อนการจัดกิจกรรมออกไป',
  suggestions: 'ควรวางแผนการจัดซื้อจัดจ้างล่วงหน้า',
  asOf: '2025-10-15',
  signer: { name: 'นายทดสอบ ระบบดี', position: 'ปลัดองค์การบริหารส่วนตำบลเมืองน้อย' },
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('writeReportDocx', () => {
  const out = join(tmp, 'report');
  let file: string;
  let zip: JSZip;
  let xml: string;
  beforeAll(async () => {
    const result = await writeReportDocx(INPUT, out);
    expect(result.file).toBe('รายงานผล รอบ ๑๒ เดือน ๒๕๖๘.docx');
    file = join(out, result.file!);
    zip = await JSZip.loadAsync(readFileSync(file));
    xml = await zip.file('word/document.xml')!.async('string');
  });

  test('the text: title, organisation, tables, sections, date and signer', async () => {
    const { value } = await mammoth.extractRawText({ path: file });
    for (const text of [
      'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘)',
      'องค์การบริหารส่วนตำบลเมืองน้อย',
      '๕๖,๐๐๐.๐๐',
      '๘๖.๑๕',
      'รอรายงานผล',
      'โครงการส่งเสริมคุณธรรม',
      '๕. ปัญหาอุปสรรค',
      '๖. ข้อเสนอแนะ',
      'ข้อมูล ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘',
      '(นายทดสอบ ระบบดี)',
    ])
      expect(value).toContain(text);
  });

  test('the chart is a PNG part with content, placed 16 cm wide with its description as alternative text', async () => {
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0])!.async('nodebuffer');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.length).toBeGreaterThan(10_000);
    // 16 cm in EMU (360,000 per cm), within a pixel's rounding.
    const cx = Number(/<wp:extent cx="(\d+)"/.exec(xml)![1]);
    expect(Math.abs(cx - 16 * 360000)).toBeLessThan(9525);
    expect(xml).toContain('descr="แผนภูมิ: จำนวนโครงการตามแผนเทียบกับโครงการที่ดำเนินการแล้วเสร็จ');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('image/png');
  });

  test('justified Thai paragraphs are thaiDistribute; none is `both`', () => {
    const justified = [...xml.matchAll(/<w:p>.*?<\/w:p>/gs)].filter((m) =>
      m[0].includes('<w:jc w:val="thaiDistribute"/>'),
    );
    // The introduction, ปัญหาอุปสรรค and ข้อเสนอแนะ.
    expect(justified).toHaveLength(3);
    expect(justified[1][0]).toContain('การเบิกจ่ายล่าช้าในไตรมาสแรก');
    expect(xml).not.toContain('w:val="both"');
  });

  test("written through the safe output folder: listed in the manifest; a user's file under the name is kept", async () => {
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8'));
    expect(manifest.files.map((e: { file: string }) => e.file)).toEqual(['รายงานผล รอบ ๑๒ เดือน ๒๕๖๘.docx']);
    const mine = join(tmp, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'รายงานผล รอบ ๑๒ เดือน ๒๕๖๘.docx'), 'my own report');
    const again = await writeReportDocx(INPUT, mine);
    expect(again.file).toBe('รายงานผล รอบ ๑๒ เดือน ๒๕๖๘ (ใหม่).docx');
    expect(readFileSync(join(mine, 'รายงานผล รอบ ๑๒ เดือน ๒๕๖๘.docx'), 'utf8')).toBe('my own report');
  });

  test('a 12-month report without its sections or signer is refused with what is missing, nothing written', async () => {
    const dir = join(tmp, 'refused');
    await expect(
      writeReportDocx({ ...INPUT, problems: '', signer: { name: '', position: 'ปลัด' } }, dir),
    ).rejects.toMatchObject({
      code: 'USAGE',
      text: { th: expect.stringContaining('ปัญหาอุปสรรค') },
    });
    await expect(writeReportDocx({ ...INPUT, signer: { name: '', position: 'ปลัด' } }, dir)).rejects.toMatchObject({
      text: { th: expect.stringContaining('ต้องระบุชื่อ-สกุลผู้ลงนามในรายงาน') },
    });
    expect(() => readdirSync(dir)).toThrow();
  });
});

describe('chartSvg', () => {
  const chart = {
    title: 'โครงการ <ตามแผน> & ที่แล้วเสร็จ',
    categories: ['มิติที่ ๑', 'มิติที่ ๒'],
    series: [
      { name: 'โครงการตามแผน', values: [12, 1250] },
      { name: 'ดำเนินการแล้วเสร็จ', values: [7, 0] },
    ],
    valueLabel: 'จำนวนโครงการ',
    description: 'คำอธิบาย',
  };

  test('Thai digits on the axis and over the bars, a legend entry per series, text escaped, ำ drawn as ํ + า', () => {
    const svg = barChartSvg(chart, 'Sarabun');
    expect(svg).toContain('>๑,๒๕๐</text>');
    expect(svg).toContain('>๗</text>');
    expect(svg).toContain('&lt;ตามแผน&gt; &amp;');
    expect(svg).toContain('>โครงการตามแผน</text>');
    expect(svg).toContain('>\u0e14\u0e4d\u0e32เนินการแล้วเสร็จ</text>');
    expect(svg).not.toContain('\u0e33');
    expect(svg).toMatch(/font-family="'Sarabun', 'TH Sarabun New'.*, sans-serif"/);
    expect(new Resvg(svg).render().width).toBe(1200);
  });

  test("the font chain draws Thai even when the document's font is not installed", () => {
    const ink = (family: string) => {
      const svg = barChartSvg({ ...chart, title: '', series: [], valueLabel: '', categories: ['มิติ'] }, family);
      // `pixels` copies the image on every read: read it once.
      const pixels = new Resvg(svg, { font: { loadSystemFonts: true } }).render().pixels;
      let n = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128) n++;
      return n;
    };
    expect(ink('ไม่มีฟอนต์นี้')).toBeGreaterThan(200);
  });

  test('gridline steps are 1, 2 or 5 times a power of ten, about five of them', () => {
    for (const [max, step] of [
      [3, 1],
      [12, 5],
      [1250, 500],
      [0, 1],
      [65000, 20000],
    ])
      expect(niceStep(max)).toBe(step);
  });
});

describe('saisaat announce', () => {
  test('the bundled example: a เทศบาลตำบล, signed by its mayor, dated as given', async () => {
    const out = join(tmp, 'announce');
    const run = saisaat(
      'announce',
      join(ROOT, 'examples/plan-2566-2570.xlsx'),
      '--out',
      out,
      '--date',
      '2022-09-30',
      '--signer',
      'นายสมชาย ใจดี',
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐).docx');
    const { value } = await mammoth.extractRawText({
      path: join(out, 'ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐).docx'),
    });
    const lines = value.split('\n').filter((l) => l.trim());
    expect(lines[0]).toBe('ประกาศเทศบาลตำบลบึงเค็งตา');
    expect(lines.slice(-3)).toEqual(['ประกาศ ณ วันที่ ๓๐ กันยายน พ.ศ. ๒๕๖๕', '(นายสมชาย ใจดี)', 'นายกเทศมนตรีตำบลบึงเค็งตา']);
  });

  test("an office's wording beside a .csv plan is used; a wrong หัวข้อ stops it with a Thai message naming the row", () => {
    const dir = join(tmp, 'csv');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'test/fixtures/plan-2561-2564.csv'), join(dir, 'plan.csv'));
    writeFileSync(join(dir, 'ข้อความประกาศ.csv'), 'หัวข้อ,ข้อความ\nปิดท้าย,จึงประกาศมาเพื่อทราบโดยทั่วกัน\n');
    const announce = (out: string) =>
      saisaat('announce', join(dir, 'plan.csv'), '--out', join(dir, out), '--org', 'องค์การบริหารส่วนตำบลเมืองน้อย');
    const ok = announce('out');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`ใช้ข้อความประกาศจาก ${join(dir, 'ข้อความประกาศ.csv')}`);
    writeFileSync(join(dir, 'ข้อความประกาศ.csv'), 'หัวข้อ,ข้อความ\nปิดท้าย,ก\nคำลงท้าย,ข\n');
    const bad = announce('out2');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('แถว 3: ไม่รู้จักหัวข้อ "คำลงท้าย"');
    // Checked before the output folder is made: nothing written.
    expect(() => readdirSync(join(dir, 'out2'))).toThrow(/ENOENT/);
  });
});

/**
 * The report in Google Docs, over the strict fakes: the chart drawn by the Charts service from a
 * data table of the figures and appended as a PNG image (one chart, one image: a constant number of
 * calls), and justified Thai paragraphs left-aligned, Google Docs having no Thai distributed
 * alignment. The fakes refuse what Google refuses (a text in a number column, a blob that is not
 * an image) and anything not checked against the reference.
 */
import { appendBlocks } from '../../src/addon/documents/googleDocRender';
import { reportDocument, type ReportDocumentInput } from '../../src/core/document/reportDocument';
import { followUpFigures, withTotal } from '../generators/reportFigures';
import type { ChartSpec } from '../fakes/charts';
import { FakeBlob, FakeBody, FakeParagraph, HorizontalAlignment } from '../fakes/documents';
import { createGasEnvironment, type GasEnvironment } from '../fakes/index';

const f = (projects: number, finished: number) =>
  followUpFigures({
    projects,
    finished,
    inProgress: projects - finished,
    planned: 1000 * projects,
    ordinance: 1000 * projects,
    spent: 900 * finished,
  });

const INPUT: ReportDocumentInput = {
  organisation: { name: 'เทศบาลตำบลบึงเค็งตา', type: 'เทศบาลตำบล' },
  figures: withTotal(
    { '1': f(6, 2), '2': f(4, 4), '3': f(2, 0), '4': f(1, 1) },
    { year: 2568, round: 6, period: { from: '2024-10-01', to: '2025-03-31' } },
  ),
  projects: [],
  periodText: '๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘',
  problems: '',
  suggestions: '',
  asOf: '2025-04-01',
  signer: { name: 'ก', position: 'ข' },
};

let gas: GasEnvironment;
let body: FakeBody;
const saved: Record<string, unknown> = {};
beforeEach(() => {
  gas = createGasEnvironment();
  for (const name of ['DocumentApp', 'Charts']) {
    saved[name] = (globalThis as Record<string, unknown>)[name];
    (globalThis as Record<string, unknown>)[name] = gas.globals[name];
  }
  body = gas.env._wrap(new FakeBody(gas.docs), 'Body');
});
afterEach(() => Object.assign(globalThis, saved));

const raw = <T extends object>(proxy: T): T => gas.env._raw(proxy);
const paragraphs = () => raw(body)._children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);

describe('the report in Google Docs', () => {
  test('the chart: one data table row per dimension with planned and finished projects, drawn as a PNG image, centred, captioned', () => {
    const doc = reportDocument(INPUT);
    appendBlocks(body as unknown as GoogleAppsScript.Document.Body, doc.sections[0].blocks, 'Sarabun');
    const images = paragraphs().filter((p) => p._image);
    expect(images).toHaveLength(1);
    const [image] = images;
    expect(image._image!.contentType).toBe('image/png');
    expect(image._attrs.align).toBe(HorizontalAlignment.CENTER);
    const spec = JSON.parse(image._image!.from) as ChartSpec;
    expect(spec.columns).toEqual([
      { type: 'STRING', label: '' },
      { type: 'NUMBER', label: 'โครงการตามแผน' },
      { type: 'NUMBER', label: 'ดำเนินการแล้วเสร็จ' },
    ]);
    expect(spec.rows).toEqual([
      ['มิติที่ ๑', 6, 2],
      ['มิติที่ ๒', 4, 4],
      ['มิติที่ ๓', 2, 0],
      ['มิติที่ ๔', 1, 1],
    ]);
    expect(spec).toMatchObject({
      title: 'โครงการตามแผนและโครงการที่ดำเนินการแล้วเสร็จ รอบ ๖ เดือน',
      xAxisTitle: 'จำนวนโครงการ',
      legend: 'BOTTOM',
      width: 605,
      height: 363,
    });
    const caption = paragraphs()[paragraphs().indexOf(image) + 1];
    expect(caption._text).toMatch(/^แผนภูมิ: จำนวนโครงการตามแผนเทียบกับโครงการที่ดำเนินการแล้วเสร็จ/);
    const counts = gas.log.snapshot();
    expect(counts).toMatchObject({
      'Charts.newDataTable': 1,
      'Charts.newBarChart': 1,
      'DataTableBuilder.addRow': 4,
      'BarChartBuilder.build': 1,
      'Chart.getAs': 1,
      'Body.appendImage': 1,
    });
  });

  test('justified Thai paragraphs are left-aligned: Google Docs has no Thai distributed alignment', () => {
    const doc = reportDocument(INPUT);
    appendBlocks(body as unknown as GoogleAppsScript.Document.Body, doc.sections[0].blocks, 'Sarabun');
    const intro = paragraphs().find((p) => p._text.startsWith('เทศบาลตำบลบึงเค็งตา ได้จัดทำแผนปฏิบัติการ'))!;
    expect(intro._attrs.align).toBe(HorizontalAlignment.LEFT);
    expect(paragraphs().some((p) => p._attrs.align === 'JUSTIFY')).toBe(false);
  });

  test('the fakes refuse what Google refuses: a text in a number column, a blob that is not an image, an unchecked call', () => {
    const charts = gas.globals.Charts as GoogleAppsScript.Charts.Charts;
    const table = charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, '')
      .addColumn(charts.ColumnType.NUMBER, 'n');
    expect(() => table.addRow(['มิติที่ ๑', '๕'])).toThrow(/does not match the column type NUMBER/);
    expect(() => table.addRow(['มิติที่ ๑'])).toThrow(/has 1 values, but the data table has 2 columns/);
    expect(() => charts.newBarChart().build()).toThrow(/data table/);
    const pdf = gas.env._wrap(new FakeBlob(gas.docs, 'application/pdf', 'x'), 'Blob');
    expect(() => body.appendImage(pdf as never)).toThrow(/Invalid image data/);
    const chart = charts.newBarChart().setDataTable(table).build();
    expect(() => chart.getAs('image/jpeg')).toThrow('not implemented: Chart.getAs(image/jpeg)');
    expect(() => (charts.newBarChart() as unknown as { set3D: () => void }).set3D()).toThrow(
      'not implemented: BarChartBuilder.set3D',
    );
  });
});

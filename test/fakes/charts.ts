/**
 * The Apps Script Charts service as the report's Google Doc uses it: a data table built row by row
 * and a bar chart built from it, turned into a PNG blob for Body.appendImage. Strict like the other
 * fakes: methods checked against @types/google-apps-script, counted, anything else throws.
 * Google's reference: https://developers.google.com/apps-script/reference/charts/charts,
 * https://developers.google.com/apps-script/reference/charts/data-table-builder,
 * https://developers.google.com/apps-script/reference/charts/bar-chart-builder,
 * https://developers.google.com/apps-script/reference/charts/chart (getAs: "image/png" among the
 * image types a chart converts to). The service needs no OAuth scope and is not deprecated in the
 * reference (the deprecated "Image Charts" are Google Chart Tools' old URL API, not this service).
 */
import type { Implements } from './calls';
import { FakeBlob, type DocsWorld } from './documents';

export const ColumnType = { STRING: 'STRING', NUMBER: 'NUMBER', DATE: 'DATE' } as const;
export const Position = { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' } as const;

/** What a chart was built from, kept on its PNG blob for tests to read. */
export interface ChartSpec {
  title: string;
  xAxisTitle: string;
  legend: string | null;
  colors: string[];
  width: number;
  height: number;
  columns: { type: string; label: string }[];
  rows: unknown[][];
}

type DataTableBuilderMethods = 'addColumn' | 'addRow' | 'build';
export class FakeDataTableBuilder implements Implements<
  GoogleAppsScript.Charts.DataTableBuilder,
  DataTableBuilderMethods
> {
  readonly _columns: { type: string; label: string }[] = [];
  readonly _rows: unknown[][] = [];
  constructor(private readonly world: DocsWorld) {}
  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string) {
    if (!Object.values(ColumnType).includes(String(type) as never))
      throw new Error(`Invalid column type: ${String(type)}`);
    this._columns.push({ type: String(type), label });
    return this.world.env._lookup(this) as never;
  }
  /** A row has one value per column, of the column's type (a number column takes numbers only). */
  addRow(values: unknown[]) {
    if (values.length !== this._columns.length)
      throw new Error(`Row has ${values.length} values, but the data table has ${this._columns.length} columns.`);
    values.forEach((v, i) => {
      const type = this._columns[i].type;
      const ok =
        type === 'NUMBER'
          ? typeof v === 'number' && Number.isFinite(v)
          : type === 'STRING'
            ? typeof v === 'string'
            : v instanceof Date;
      if (!ok) throw new Error(`Value ${String(v)} in column ${i} does not match the column type ${type}.`);
    });
    this._rows.push(values);
    return this.world.env._lookup(this) as never;
  }
  build() {
    if (this._columns.length === 0) throw new Error('A data table needs at least one column.');
    return this.world.env._wrap(
      new FakeDataTable(
        this._columns.slice(),
        this._rows.map((r) => r.slice()),
      ),
      'DataTable',
    ) as never;
  }
}

/** A built data table: the reference gives it no methods of its own. */
export class FakeDataTable {
  constructor(
    readonly _columns: { type: string; label: string }[],
    readonly _rows: unknown[][],
  ) {}
}

type BarChartBuilderMethods =
  'setDataTable' | 'setTitle' | 'setXAxisTitle' | 'setLegendPosition' | 'setColors' | 'setDimensions' | 'build';
export class FakeBarChartBuilder implements Implements<
  GoogleAppsScript.Charts.BarChartBuilder,
  BarChartBuilderMethods
> {
  private table: FakeDataTable | null = null;
  private readonly spec = {
    title: '',
    xAxisTitle: '',
    legend: null as string | null,
    colors: [] as string[],
    width: 600,
    height: 400,
  };
  constructor(private readonly world: DocsWorld) {}
  private self() {
    return this.world.env._lookup(this) as never;
  }
  setDataTable(table: GoogleAppsScript.Charts.DataTableBuilder | GoogleAppsScript.Charts.DataTableSource) {
    const raw = this.world.env._raw(table as object);
    if (raw instanceof FakeDataTableBuilder) this.table = this.world.env._raw(raw.build() as FakeDataTable);
    else if (raw instanceof FakeDataTable) this.table = raw;
    else throw new Error('not implemented: BarChartBuilder.setDataTable with this source');
    return this.self();
  }
  setTitle(chartTitle: string) {
    this.spec.title = chartTitle;
    return this.self();
  }
  setXAxisTitle(title: string) {
    this.spec.xAxisTitle = title;
    return this.self();
  }
  setLegendPosition(position: GoogleAppsScript.Charts.Position) {
    if (!Object.values(Position).includes(String(position) as never))
      throw new Error(`Invalid position: ${String(position)}`);
    this.spec.legend = String(position);
    return this.self();
  }
  setColors(cssValues: string[]) {
    this.spec.colors = cssValues.slice();
    return this.self();
  }
  /** Width and height in pixels, whole numbers (Integer in the reference). */
  setDimensions(width: number, height: number) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0)
      throw new Error(`Invalid dimensions: ${width} x ${height}`);
    Object.assign(this.spec, { width, height });
    return this.self();
  }
  build() {
    // Google draws from the data table; a chart without one has nothing to draw.
    if (!this.table) throw new Error('A data table or data source URL must be set before the chart is built.');
    const spec: ChartSpec = { ...this.spec, columns: this.table._columns, rows: this.table._rows };
    return this.world.env._wrap(new FakeChart(this.world, spec), 'Chart') as never;
  }
}

export class FakeChart implements Implements<GoogleAppsScript.Charts.Chart, 'getAs'> {
  constructor(
    private readonly world: DocsWorld,
    readonly _spec: ChartSpec,
  ) {}
  getAs(contentType: string) {
    if (contentType !== 'image/png') throw new Error(`not implemented: Chart.getAs(${contentType})`);
    return this.world.env._wrap(new FakeBlob(this.world, contentType, JSON.stringify(this._spec)), 'Blob') as never;
  }
}

export class FakeCharts implements Implements<GoogleAppsScript.Charts.Charts, 'newBarChart' | 'newDataTable'> {
  readonly ColumnType = ColumnType;
  readonly Position = Position;
  constructor(private readonly world: DocsWorld) {}
  newBarChart() {
    return this.world.env._wrap(new FakeBarChartBuilder(this.world), 'BarChartBuilder') as never;
  }
  newDataTable() {
    return this.world.env._wrap(new FakeDataTableBuilder(this.world), 'DataTableBuilder') as never;
  }
}

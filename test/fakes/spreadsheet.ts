/**
 * An in-memory SpreadsheetApp: exactly the classes and methods SaiSaat's adapters call, each
 * checked against @types/google-apps-script (Implements<…>), counted, and strict (anything else
 * throws). Behaviour follows Google's reference, at least as strictly:
 * - a sheet has a grid of maxRows × maxColumns (a new sheet 1000 × 26:
 *   https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#GridProperties
 *   and what insertSheet makes); a range reaching past it throws "The coordinates of the range are
 *   outside the dimensions of the sheet." (Sheet.getRange:
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer));
 *   only insertRows…/insertColumns…/appendRow grow the grid and deleteRows/deleteColumns shrink it
 *   (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer));
 * - strings written with setValue(s)/appendRow are parsed as Sheets parses typed text — numbers,
 *   dates, booleans, formulas — unless the cell's number format is plain text "@" (userEntered.ts);
 *   getValues returns what that made (numbers, Dates, booleans, formulas computed), getFormulas
 *   the formulas, getDisplayValues the text Sheets shows;
 * - rich text values are text and are never parsed (Range.getRichTextValue: "null if the cell
 *   value is not text": https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValue());
 * - empty cells read as '', merged cells keep only the top-left value, insertCheckboxes sets FALSE.
 * Not modelled: formula references shifting when rows or columns are inserted (SaiSaat writes its
 * formulas after inserting), merges, protections and rules moving with inserted cells, inserted
 * rows inheriting the formats of their neighbours (so code cannot rely on it).
 */
import { CallLog, exception, instrument, type Implements } from './calls';
import { evaluate, type Scalar } from './formulas';
import { displayValue, isDate, parseUserEntered } from './userEntered';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type CellValue = string | number | boolean | Date;

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetters = (col: number) => {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  CHECKBOX: 'CHECKBOX',
} as const;

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

// ---- Data validation ----------------------------------------------------------------------------

type DataValidationMethods = 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText';
export class FakeDataValidation implements Implements<
  GoogleAppsScript.Spreadsheet.DataValidation,
  DataValidationMethods
> {
  constructor(
    readonly _type: string,
    readonly _values: unknown[],
    readonly _allowInvalid: boolean,
    readonly _helpText: string,
  ) {}
  getCriteriaType() {
    return this._type;
  }
  getCriteriaValues() {
    return this._values;
  }
  getAllowInvalid() {
    return this._allowInvalid;
  }
  getHelpText() {
    return this._helpText;
  }
}

type DataValidationBuilderMethods =
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireCheckbox'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'build';
export class FakeDataValidationBuilder implements Implements<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  DataValidationBuilderMethods
> {
  private type = '';
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';
  constructor(private readonly env: FakeEnv) {}
  requireValueInList(values: string[], showDropdown?: boolean) {
    this.type = DataValidationCriteria.VALUE_IN_LIST;
    this.values = [values, showDropdown ?? true];
    return this._self();
  }
  requireValueInRange(range: GRange, showDropdown?: boolean) {
    this.type = DataValidationCriteria.VALUE_IN_RANGE;
    this.values = [range, showDropdown ?? true];
    return this._self();
  }
  requireNumberGreaterThanOrEqualTo(number: number) {
    this.type = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO;
    this.values = [number];
    return this._self();
  }
  requireCheckbox() {
    this.type = DataValidationCriteria.CHECKBOX;
    this.values = [];
    return this._self();
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this.allowInvalid = allowInvalidData;
    return this._self();
  }
  setHelpText(helpText: string) {
    this.helpText = helpText;
    return this._self();
  }
  build() {
    return this.env._wrap(
      new FakeDataValidation(this.type, this.values, this.allowInvalid, this.helpText),
      'DataValidation',
    );
  }
  _self() {
    return this.env._lookup(this);
  }
}

// ---- Conditional formatting ------------------------------------------------------------------------

type BooleanConditionMethods = 'getCriteriaType' | 'getCriteriaValues';
export class FakeBooleanCondition implements Implements<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  BooleanConditionMethods
> {
  constructor(readonly _formula: string) {}
  getCriteriaType() {
    return 'CUSTOM_FORMULA';
  }
  getCriteriaValues() {
    return [this._formula];
  }
}

type RuleMethods = 'getBooleanCondition' | 'getRanges';
export class FakeConditionalFormatRule implements Implements<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  RuleMethods
> {
  constructor(
    readonly _condition: FakeBooleanCondition,
    readonly _ranges: GRange[],
    readonly _background: string | null,
  ) {}
  getBooleanCondition() {
    return this._condition;
  }
  getRanges() {
    return this._ranges;
  }
}

type RuleBuilderMethods = 'whenFormulaSatisfied' | 'setBackground' | 'setFontColor' | 'setRanges' | 'build';
export class FakeConditionalFormatRuleBuilder implements Implements<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  RuleBuilderMethods
> {
  private formula = '';
  private background: string | null = null;
  private ranges: GRange[] = [];
  constructor(private readonly env: FakeEnv) {}
  whenFormulaSatisfied(formula: string) {
    this.formula = formula;
    return this.env._lookup(this);
  }
  setBackground(color: string | null) {
    this.background = color;
    return this.env._lookup(this);
  }
  setFontColor(color: string | null) {
    void color;
    return this.env._lookup(this);
  }
  setRanges(ranges: GRange[]) {
    this.ranges = ranges;
    return this.env._lookup(this);
  }
  build() {
    if (!this.formula) throw new Error('ConditionalFormatRuleBuilder.build: no condition');
    const condition = this.env._wrap(new FakeBooleanCondition(this.formula), 'BooleanCondition');
    return this.env._wrap(
      new FakeConditionalFormatRule(condition, this.ranges, this.background),
      'ConditionalFormatRule',
    );
  }
}

// ---- Protection -------------------------------------------------------------------------------------

type ProtectionMethods = 'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'getRange';
export class FakeProtection implements Implements<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods> {
  private description = '';
  private warningOnly = false;
  constructor(
    private readonly env: FakeEnv,
    readonly _range: GRange,
  ) {}
  setDescription(description: string) {
    this.description = description;
    return this.env._lookup(this);
  }
  getDescription() {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean) {
    this.warningOnly = warningOnly;
    return this.env._lookup(this);
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  getRange() {
    return this._range;
  }
}

// ---- Charts ----------------------------------------------------------------------------------------

type ChartMethods = 'modify' | 'getRanges' | 'getOptions';
export class FakeEmbeddedChart implements Implements<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartMethods> {
  constructor(
    private readonly env: FakeEnv,
    readonly _type: string,
    readonly _ranges: GRange[],
    readonly _options: Record<string, unknown>,
    readonly _position: number[],
    readonly _id: number,
  ) {}
  modify() {
    return this.env._wrap(new FakeEmbeddedChartBuilder(this.env, this), 'EmbeddedChartBuilder');
  }
  getRanges() {
    return this._ranges;
  }
  getOptions() {
    return { get: (key: string) => this._options[key] } as unknown as GoogleAppsScript.Charts.ChartOptions;
  }
}

type ChartBuilderMethods =
  'addRange' | 'clearRanges' | 'setOption' | 'setPosition' | 'asColumnChart' | 'asBarChart' | 'build';
export class FakeEmbeddedChartBuilder implements Implements<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  ChartBuilderMethods
> {
  private type = 'UNSET';
  private ranges: GRange[];
  private options: Record<string, unknown>;
  private position: number[];
  constructor(
    private readonly env: FakeEnv,
    private readonly from: FakeEmbeddedChart | null,
  ) {
    this.type = from?._type ?? 'UNSET';
    this.ranges = from ? [...from._ranges] : [];
    this.options = from ? { ...from._options } : {};
    this.position = from ? from._position : [1, 1, 0, 0];
  }
  addRange(range: GRange) {
    this.ranges.push(range);
    return this.env._lookup(this);
  }
  clearRanges() {
    this.ranges = [];
    return this.env._lookup(this);
  }
  setOption(option: string, value: unknown) {
    this.options[option] = value;
    return this.env._lookup(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return this.env._lookup(this);
  }
  asColumnChart() {
    this.type = 'COLUMN';
    return this.env._lookup(this) as never;
  }
  /** Horizontal bars: "Sets the chart type to BarChart and returns an EmbeddedBarChartBuilder"
   * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#asBarChart()). */
  asBarChart() {
    this.type = 'BAR';
    return this.env._lookup(this) as never;
  }
  build() {
    return this.env._wrap(
      new FakeEmbeddedChart(
        this.env,
        this.type,
        this.ranges,
        this.options,
        this.position,
        this.from?._id ?? this.env._nextId(),
      ),
      'EmbeddedChart',
    );
  }
}

// ---- Range -----------------------------------------------------------------------------------------

interface CellData {
  value: CellValue | '';
  formula: string;
  validation: FakeDataValidation | null;
  format: Record<string, unknown>;
  /** A rich-text link set with setRichTextValue(s). */
  link?: string | null;
}

// ---- Rich text -------------------------------------------------------------------------------------

type RichTextValueMethods = 'getText' | 'getLinkUrl';
export class FakeRichTextValue implements Implements<GoogleAppsScript.Spreadsheet.RichTextValue, RichTextValueMethods> {
  constructor(
    readonly _text: string,
    readonly _link: string | null,
  ) {}
  getText() {
    return this._text;
  }
  getLinkUrl() {
    return this._link;
  }
}

type RichTextValueBuilderMethods = 'setText' | 'setLinkUrl' | 'build';
export class FakeRichTextValueBuilder implements Implements<
  GoogleAppsScript.Spreadsheet.RichTextValueBuilder,
  RichTextValueBuilderMethods
> {
  private text = '';
  private link: string | null = null;
  constructor(private readonly env: FakeEnv) {}
  setText(text: string) {
    this.text = text;
    return this.env._lookup(this) as never;
  }
  // Only the whole-text form: setLinkUrl(startOffset, endOffset, linkUrl) is not used by SaiSaat.
  setLinkUrl(linkUrl: string | null) {
    if (arguments.length !== 1) throw new Error('not implemented: RichTextValueBuilder.setLinkUrl(start, end, url)');
    this.link = linkUrl;
    return this.env._lookup(this) as never;
  }
  build() {
    return this.env._wrap(new FakeRichTextValue(this.text, this.link), 'RichTextValue') as never;
  }
}

type RangeMethods =
  | 'getValues'
  | 'getDisplayValues'
  | 'setValues'
  | 'getFormulas'
  | 'getNumberFormats'
  | 'getA1Notation'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getSheet'
  | 'getDataValidations'
  | 'setDataValidations'
  | 'setDataValidation'
  | 'insertCheckboxes'
  | 'setNumberFormat'
  | 'setFontFamily'
  | 'setFontSize'
  | 'setFontWeight'
  | 'setBackground'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'merge'
  | 'protect'
  | 'activate'
  | 'clearContent'
  | 'setValue'
  | 'setRichTextValue'
  | 'setRichTextValues'
  | 'getRichTextValues';

export class FakeRange implements Implements<GRange, RangeMethods> {
  constructor(
    private readonly env: FakeEnv,
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {
    // Sheet.getRange's checks, in Apps Script's words.
    if (_row < 1) throw exception('The starting row of the range is too small.');
    if (_col < 1) throw exception('The starting column of the range is too small.');
    if (_rows < 1) throw exception('The number of rows in the range must be at least 1.');
    if (_cols < 1) throw exception('The number of columns in the range must be at least 1.');
    if (_row + _rows - 1 > _sheet._maxRows || _col + _cols - 1 > _sheet._maxCols)
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
  private each<T>(f: (cell: CellData, r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._rows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._cols; j++) row.push(f(this._sheet._cell(this._row + i, this._col + j), i, j));
      out.push(row);
    }
    return out;
  }
  private checkShape(values: unknown[][], what: string) {
    if (values.length !== this._rows || values.some((r) => r.length !== this._cols)) {
      throw new Error(
        `${what}: the data has ${values.length} rows but the range has ${this._rows} (or the column counts differ)`,
      );
    }
  }
  getValues() {
    return this.each((_cell, i, j) => this._sheet._computed(this._row + i, this._col + j)) as unknown[][];
  }
  getDisplayValues() {
    return this.each((cell, i, j) =>
      displayValue(
        this._sheet._computed(this._row + i, this._col + j),
        cell.format.numberFormat as string | undefined,
        this._sheet._parent._context(),
      ),
    );
  }
  setValues(values: unknown[][]) {
    this.checkShape(values, 'Range.setValues');
    this.each((cell, i, j) => this._sheet._write(cell, values[i][j]));
    return this.env._lookup(this);
  }
  getFormulas() {
    return this.each((cell) => cell.formula);
  }
  /** A cell never formatted reads as Sheets' automatic format (observed as "0.###############"). */
  getNumberFormats() {
    return this.each((cell) => (cell.format.numberFormat as string | undefined) ?? '0.###############');
  }
  getA1Notation() {
    const a = `${colLetters(this._col)}${this._row}`;
    return this._rows === 1 && this._cols === 1
      ? a
      : `${a}:${colLetters(this._col + this._cols - 1)}${this._row + this._rows - 1}`;
  }
  getRow() {
    return this._row;
  }
  getColumn() {
    return this._col;
  }
  getLastRow() {
    return this._row + this._rows - 1;
  }
  getLastColumn() {
    return this._col + this._cols - 1;
  }
  getNumRows() {
    return this._rows;
  }
  getNumColumns() {
    return this._cols;
  }
  getSheet() {
    return this.env._lookup(this._sheet) as unknown as GSheet;
  }
  getDataValidations() {
    return this.each((cell) => cell.validation) as never;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]) {
    this.checkShape(rules, 'Range.setDataValidations');
    this.each((cell, i, j) => (cell.validation = rules[i][j] as unknown as FakeDataValidation | null));
    return this.env._lookup(this);
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    this.each((cell) => (cell.validation = rule as unknown as FakeDataValidation | null));
    return this.env._lookup(this);
  }
  insertCheckboxes() {
    const rule = this.env._wrap(
      new FakeDataValidation(DataValidationCriteria.CHECKBOX, [], false, ''),
      'DataValidation',
    );
    this.each((cell) => {
      cell.validation = rule;
      cell.value = false;
      cell.formula = '';
    });
    return this.env._lookup(this);
  }
  private fmt(key: string, value: unknown) {
    this.each((cell) => (cell.format[key] = value));
    return this.env._lookup(this);
  }
  setNumberFormat(numberFormat: string) {
    return this.fmt('numberFormat', numberFormat);
  }
  setFontFamily(fontFamily: string | null) {
    return this.fmt('fontFamily', fontFamily);
  }
  setFontSize(size: number) {
    return this.fmt('fontSize', size);
  }
  setFontWeight(fontWeight: string | null) {
    return this.fmt('fontWeight', fontWeight);
  }
  setBackground(color: string | null) {
    return this.fmt('background', color);
  }
  setHorizontalAlignment(alignment: string | null) {
    return this.fmt('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null) {
    return this.fmt('verticalAlignment', alignment);
  }
  setWrap(isWrapEnabled: boolean) {
    return this.fmt('wrap', isWrapEnabled);
  }
  merge() {
    // Sheets keeps the top-left value; it asks before discarding others, which SaiSaat never lets happen.
    this.each((cell, i, j) => {
      if ((i > 0 || j > 0) && (cell.value !== '' || cell.formula))
        throw new Error(`merge would discard ${colLetters(this._col + j)}${this._row + i}`);
    });
    this._sheet._merges.push([this._row, this._col, this._rows, this._cols]);
    return this.env._lookup(this);
  }
  protect() {
    const p = this.env._wrap(new FakeProtection(this.env, this.env._lookup(this) as unknown as GRange), 'Protection');
    this._sheet._protections.push(p);
    return p;
  }
  activate() {
    this._sheet._parent._active = this._sheet;
    this._sheet._parent._activeRange = this.getA1Notation();
    return this.env._lookup(this);
  }
  clearContent() {
    this.each((cell) => {
      cell.value = '';
      cell.formula = '';
      cell.link = null;
    });
    return this.env._lookup(this);
  }
  setValue(value: unknown) {
    this.each((cell) => {
      this._sheet._write(cell, value);
      cell.link = null;
    });
    return this.env._lookup(this);
  }
  private writeRich(cell: CellData, value: GoogleAppsScript.Spreadsheet.RichTextValue | null) {
    const rich = value as unknown as FakeRichTextValue | null;
    cell.formula = '';
    cell.value = rich ? rich._text : '';
    cell.link = rich ? rich._link : null;
  }
  setRichTextValue(value: GoogleAppsScript.Spreadsheet.RichTextValue) {
    this.each((cell) => this.writeRich(cell, value));
    return this.env._lookup(this);
  }
  setRichTextValues(values: (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][]) {
    this.checkShape(values, 'Range.setRichTextValues');
    this.each((cell, i, j) => this.writeRich(cell, values[i][j]));
    return this.env._lookup(this);
  }
  getRichTextValues() {
    return this.each((cell) =>
      typeof cell.value === 'string' && !cell.formula
        ? this.env._wrap(new FakeRichTextValue(cell.value, cell.link ?? null), 'RichTextValue')
        : null,
    ) as never;
  }
}

// ---- Sheet -----------------------------------------------------------------------------------------

type SheetMethods =
  | 'getName'
  | 'getSheetId'
  | 'getParent'
  | 'getRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'deleteRows'
  | 'deleteColumns'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'getColumnWidth'
  | 'hideColumns'
  | 'isColumnHiddenByUser'
  | 'getProtections'
  | 'getConditionalFormatRules'
  | 'setConditionalFormatRules'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'updateChart';

export class FakeSheet implements Implements<GSheet, SheetMethods> {
  _rows: CellData[][] = [];
  _maxRows = 1000;
  _maxCols = 26;
  _frozenRows = 0;
  _widths = new Map<number, number>();
  _hidden = new Set<number>();
  _merges: [number, number, number, number][] = [];
  _protections: FakeProtection[] = [];
  _rules: FakeConditionalFormatRule[] = [];
  _charts: FakeEmbeddedChart[] = [];
  private evaluating = new Set<string>();

  constructor(
    private readonly env: FakeEnv,
    readonly _parent: FakeSpreadsheet,
    readonly _name: string,
    readonly _id: number,
  ) {}

  _cell(row: number, col: number): CellData {
    let r = this._rows[row - 1];
    if (!r) r = this._rows[row - 1] = [];
    let c = r[col - 1];
    if (!c) c = r[col - 1] = { value: '', formula: '', validation: null, format: {} };
    return c;
  }

  /** What getValues returns for a cell: formulas computed, everything else as stored. */
  _computed(row: number, col: number): Scalar | Date {
    const cell = this._rows[row - 1]?.[col - 1];
    if (!cell) return '';
    if (!cell.formula) return cell.value;
    const key = `${row},${col}`;
    if (this.evaluating.has(key)) throw new Error(`circular reference at ${colLetters(col)}${row} on ${this._name}`);
    this.evaluating.add(key);
    try {
      return evaluate(cell.formula, {
        row,
        value: (sheet, r, c) => {
          const target = sheet ? this._parent._sheetByName(sheet) : this;
          if (!target) throw new Error(`formula on ${this._name} refers to a missing sheet "${sheet}"`);
          const v = target._computed(r, c);
          return v instanceof Date ? v.getTime() : v;
        },
      });
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** setValue(s) semantics: a string is read as Sheets reads typed text (userEntered.ts), in the cell's number format. */
  _write(cell: CellData, value: unknown) {
    cell.formula = '';
    if (value === null || value === undefined || value === '') {
      cell.value = '';
    } else if (typeof value === 'string') {
      const parsed = parseUserEntered(value, cell.format.numberFormat as string | undefined, this._parent._context());
      if (parsed.kind === 'formula') {
        cell.formula = parsed.value;
        cell.value = '';
      } else {
        cell.value = parsed.value;
        if (parsed.kind === 'value' && parsed.numberFormat && cell.format.numberFormat === undefined)
          cell.format.numberFormat = parsed.numberFormat;
      }
    } else if (typeof value === 'number' || typeof value === 'boolean' || isDate(value)) {
      cell.value = value;
    } else {
      throw new Error(`setValues: unsupported value ${String(value)}`);
    }
  }

  /**
   * Test helper: a user's existing sheet holding `grid` as stored values (strings stay text, "=…"
   * are formulas), its grid just large enough for it or a new sheet's 1000 × 26.
   */
  _load(grid: unknown[][]) {
    this._maxRows = Math.max(this._maxRows, grid.length);
    this._maxCols = Math.max(this._maxCols, ...grid.map((r) => r.length));
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === '' || v === null || v === undefined) return;
        const cell = this._cell(i + 1, j + 1);
        if (typeof v === 'string' && v.startsWith('=')) cell.formula = v;
        else cell.value = v as CellValue;
      }),
    );
  }

  /** Test helper: every stored value (formulas as their text), trailing blanks trimmed per row. */
  _dump(): unknown[][] {
    return this._rows.map((r) => (r ?? []).map((c) => (c ? c.formula || c.value : '')));
  }

  getName() {
    return this._name;
  }
  getSheetId() {
    return this._id;
  }
  getParent() {
    return this.env._lookup(this._parent) as unknown as GSpreadsheet;
  }
  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number) {
    if (typeof a1OrRow === 'string') {
      const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/.exec(a1OrRow);
      if (!m) throw new Error(`Range not found: ${a1OrRow}`);
      const c1 = colNumber(m[1]);
      const r1 = m[2] ? Number(m[2]) : 1;
      const c2 = m[3] ? colNumber(m[3]) : c1;
      const r2 = m[3] ? (m[4] ? Number(m[4]) : this._maxRows) : r1;
      return this.env._wrap(
        new FakeRange(this.env, this, r1, c1, r2 - r1 + 1, c2 - c1 + 1),
        'Range',
      ) as unknown as GRange;
    }
    return this.env._wrap(
      new FakeRange(this.env, this, a1OrRow, column!, numRows ?? 1, numColumns ?? 1),
      'Range',
    ) as unknown as GRange;
  }
  getLastRow() {
    for (let r = this._rows.length; r > 0; r--)
      if (this._rows[r - 1]?.some((c) => c && (c.value !== '' || c.formula))) return r;
    return 0;
  }
  getLastColumn() {
    let last = 0;
    for (const r of this._rows)
      r?.forEach((c, j) => c && (c.value !== '' || c.formula) && (last = Math.max(last, j + 1)));
    return last;
  }
  getMaxRows() {
    return this._maxRows;
  }
  getMaxColumns() {
    return this._maxCols;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    return this.insertRows(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    return this.insertRows(beforePosition - 1, howMany);
  }
  /** Blank rows after row `after` (0: at the top); the grid grows by as many. */
  private insertRows(after: number, howMany: number) {
    if (after < 0 || after > this._maxRows || howMany < 1) throw exception('Those rows are out of bounds.');
    while (this._rows.length < after) this._rows.push([]);
    this._rows.splice(after, 0, ...Array.from({ length: howMany }, () => [] as CellData[]));
    this._maxRows += howMany;
    return this.env._lookup(this) as unknown as GSheet;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    return this.insertColumns(afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    return this.insertColumns(beforePosition - 1, howMany);
  }
  /** Blank columns after column `after`: cells, widths and hidden columns to its right move right. */
  private insertColumns(after: number, howMany: number) {
    if (after < 0 || after > this._maxCols || howMany < 1) throw exception('Those columns are out of bounds.');
    for (const r of this._rows) if (r && r.length > after) r.splice(after, 0, ...Array<CellData>(howMany));
    const moved = (c: number) => (c > after ? c + howMany : c);
    this._widths = new Map([...this._widths].map(([c, w]) => [moved(c), w]));
    this._hidden = new Set([...this._hidden].map(moved));
    this._maxCols += howMany;
    return this.env._lookup(this) as unknown as GSheet;
  }
  /** Google refuses to delete every row that is not frozen, and rows past the grid. */
  deleteRows(rowPosition: number, howMany: number) {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows)
      throw exception('Those rows are out of bounds.');
    if (howMany >= this._maxRows - this._frozenRows)
      throw exception('Sorry, it is not possible to delete all non-frozen rows.');
    this._rows.splice(rowPosition - 1, howMany);
    this._maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number) {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._maxCols)
      throw exception('Those columns are out of bounds.');
    if (howMany >= this._maxCols) throw exception('Sorry, it is not possible to delete all non-frozen columns.');
    for (const r of this._rows) r?.splice(columnPosition - 1, howMany);
    this._maxCols -= howMany;
  }
  /** After the last row with content, growing the grid by a row when it is full (Sheet.appendRow). */
  appendRow(rowContents: unknown[]) {
    const row = this.getLastRow() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxCols) this._maxCols = rowContents.length;
    rowContents.forEach((v, j) => this._write(this._cell(row, j + 1), v));
    return this.env._lookup(this) as unknown as GSheet;
  }
  setFrozenRows(rows: number) {
    this._frozenRows = rows;
  }
  getFrozenRows() {
    return this._frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number) {
    this._widths.set(columnPosition, width);
    return this.env._lookup(this) as unknown as GSheet;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._widths.set(c, width);
    return this.env._lookup(this) as unknown as GSheet;
  }
  getColumnWidth(columnPosition: number) {
    return this._widths.get(columnPosition) ?? 100;
  }
  hideColumns(columnIndex: number, numColumns?: number) {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this._hidden.add(c);
  }
  isColumnHiddenByUser(columnPosition: number) {
    return this._hidden.has(columnPosition);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    return (String(type) === ProtectionType.RANGE ? this._protections : []) as never;
  }
  getConditionalFormatRules() {
    return [...this._rules] as never;
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    this._rules = rules as unknown as FakeConditionalFormatRule[];
  }
  newChart() {
    return this.env._wrap(new FakeEmbeddedChartBuilder(this.env, null), 'EmbeddedChartBuilder') as never;
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this._charts.push(chart as unknown as FakeEmbeddedChart);
  }
  getCharts() {
    return [...this._charts] as never;
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    const c = chart as unknown as FakeEmbeddedChart;
    const i = this._charts.findIndex((x) => x._id === c._id);
    if (i < 0) throw new Error('updateChart: the chart is not on this sheet');
    this._charts[i] = c;
  }
}

// ---- Spreadsheet -----------------------------------------------------------------------------------

type SpreadsheetMethods =
  | 'getName'
  | 'getId'
  | 'getSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'toast'
  | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getActiveRange';

export class FakeSpreadsheet implements Implements<GSpreadsheet, SpreadsheetMethods> {
  _sheets: FakeSheet[] = [];
  _active: FakeSheet;
  _activeRange = 'A1';
  _toasts: { msg: string; title: string; timeout: number }[] = [];

  constructor(
    private readonly env: FakeEnv,
    readonly _name: string,
  ) {
    env._wrap(this, 'Spreadsheet');
    this._active = this._addSheet('Sheet1');
  }
  _addSheet(name: string): FakeSheet {
    // Sheets compares sheet names without case: "SHEET1" beside "Sheet1" is refused
    // (github.com/socialpoint-labs/sheetfu/pull/26).
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(this.env, this, name, this.env._nextId());
    this.env._wrap(sheet, 'Sheet');
    this._sheets.push(sheet);
    return sheet;
  }
  _sheetByName(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name === name);
  }
  getName() {
    return this._name;
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  getSheets() {
    return this._sheets.map((s) => this.env._lookup(s)) as never;
  }
  getSheetByName(name: string) {
    const s = this._sheetByName(name);
    return (s ? this.env._lookup(s) : null) as never;
  }
  insertSheet(sheetName?: string) {
    const s = this._addSheet(sheetName ?? `Sheet${this._sheets.length + 1}`);
    this._active = s;
    return this.env._lookup(s) as never;
  }
  getActiveSheet() {
    return this.env._lookup(this._active) as never;
  }
  setActiveSheet(sheet: GSheet) {
    const s = this._sheets.find((x) => x._id === sheet.getSheetId());
    if (!s) throw new Error('setActiveSheet: not a sheet of this spreadsheet');
    this._active = s;
    return this.env._lookup(s) as never;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null) {
    this._toasts.push({ msg, title: title ?? '', timeout: timeoutSeconds ?? 5 });
  }
  getActiveRange() {
    return this.env._lookup(this._active).getRange(this._activeRange) as never;
  }
  /** Set by a test: a spreadsheet whose time zone differs from the script's. */
  _timeZone = 'Asia/Bangkok';
  getSpreadsheetTimeZone() {
    return this._timeZone;
  }
  /** A Thai office's spreadsheet; a test may set en_US (month/day dates). */
  _locale = 'th_TH';
  getSpreadsheetLocale() {
    return this._locale;
  }
  /** What reading typed text depends on: the spreadsheet's locale and time zone, and today. */
  _context() {
    return { locale: this._locale, timeZone: this._timeZone, now: new Date() };
  }
}

/** Owns identity: each raw fake has one instrumented proxy, so `===` and lookups stay consistent. */
export class FakeEnv {
  private proxies = new WeakMap<object, object>();
  private raws = new WeakMap<object, object>();
  private id = 1000;
  constructor(readonly log: CallLog) {}
  _wrap<T extends object>(raw: T, className: string): T {
    if (this.raws.has(raw)) return raw;
    const existing = this.proxies.get(raw);
    if (existing) return existing as T;
    const proxy = instrument(raw, className, this.log);
    this.proxies.set(raw, proxy);
    this.raws.set(proxy, raw);
    return proxy;
  }
  /** The fake behind a proxy (or the fake itself), for fakes that receive elements back. */
  _raw<T extends object>(proxyOrRaw: T): T {
    return (this.raws.get(proxyOrRaw) as T | undefined) ?? proxyOrRaw;
  }
  _lookup<T extends object>(raw: T): T {
    const proxy = this.proxies.get(raw);
    if (!proxy) throw new Error('fake used before being wrapped');
    return proxy as T;
  }
  _nextId() {
    return ++this.id;
  }
}

/** Wraps the sheets of a spreadsheet created outside the env helpers. */
export function wrapSheetTree(env: FakeEnv, ss: FakeSpreadsheet): void {
  env._wrap(ss, 'Spreadsheet');
  for (const s of ss._sheets) env._wrap(s, 'Sheet');
}

export { colLetters };

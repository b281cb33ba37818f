/**
 * Reading a plan table out of a grid (docs/domain.md#plan-table-layouts): what a reading holds,
 * and `readPlan`, which finds the table and its title and leaves the rows to TableReader
 * (tableReader.ts), whose helpers read each kind of row.
 */
import { defaultCatalogueFor, type Catalogue, type DimensionNumber } from '../data/catalogue';
import type { Amount, Grid } from './cells';
import type { SourceCols } from './columnIndex';
import { isHeaderStart, readTitle, type HeaderBlock, type TitleInfo } from './header';
import { isHeading } from './headings';
import { TableReader } from './tableReader';
import { TextCells } from './textCells';
import type { PlanSettings } from '../../shared/settings';
import type { ProjectRow } from '../plan';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { createFinding, type Finding } from '../check/findings';

export type LayoutKind = 'five-year' | 'annual';

/** Where each field of a project came from: 0-based columns, for pointing findings at cells. */
export interface ProjectSource {
  row: number;
  readonly cols: Readonly<SourceCols>;
  /** Each budget cell: its year key, 0-based column, reading (to report invalid/blank/negative ones), text. */
  budget: BudgetCell[];
  readonly quarterCols: readonly number[];
  /** Whether the dimension was written on this row (false: carried down from a merged cell above). */
  dimensionWritten: boolean;
  /** nameKey of the name, computed once for the id and the duplicate check. */
  nameKey: string;
}

export interface BudgetCell {
  year: string;
  col: number;
  amount: Amount;
  /** The cell as text, to re-read a cell continued on the next row. */
  text: string;
}

export interface ReadProject extends ProjectRow {
  source: ProjectSource;
  /** Extra columns of per-project table layouts (003): target group, outputs, outcomes, period. */
  extra: Partial<Record<'target' | 'output' | 'outcome' | 'period', string>>;
}

export interface TotalRow {
  kind: 'subtotal' | 'grand';
  /** 0-based row. */
  row: number;
  /** The dimension a subtotal is of, when its label or its projects say (never for a grand total). */
  dimension: DimensionNumber | null;
  /**
   * The projects it adds up, from where the row stands (read/totalRows.ts totalScope): those at
   * indexes from..to of `projects` (to null: to the end), of one dimension only when `dimension`.
   */
  covers: { from: number; to: number | null; dimension: DimensionNumber | null };
  /** Figure per year as written, with its 0-based column and its formula ('' when a value). */
  figures: Record<string, { amount: Amount; col: number; formula: string }>;
  /** Quarter counts as written (grand totals of annual plans). */
  quarterCounts: ({ value: number | null; text: string; col: number } | null)[];
  /** The project count written in the label ("จำนวน ๙ โครงการ"), with its 0-based column. */
  count: { value: number; col: number } | null;
}

export interface PlanReading {
  layout: LayoutKind;
  title: TitleInfo;
  /** Fiscal years of the budget columns, ascending. */
  years: number[];
  /** How the fiscal year of an annual plan's single budget column was found. */
  yearSource: 'header' | 'title' | 'settings' | 'unknown';
  headers: HeaderBlock[];
  projects: ReadProject[];
  totals: TotalRow[];
  /** Text cells of the table, for lint rules that look at all text (placeholders, names, scripts). */
  textCells: TextCells;
  findings: Finding[];
  /** The catalogue the plan was read with, and is judged by: the office's own, else its generation's. */
  catalogue: Catalogue;
}

export interface ReadOptions {
  settings?: PlanSettings;
  /** The office's own catalogue; without it, the default of the plan's generation (by its years). */
  catalogue?: Catalogue;
  /** The formula of a cell (0-based), '' for a value: the sheet's, or the .xlsx file's. */
  formulaAt?: (row: number, col: number) => string;
}

/**
 * Reads the plan table in `grid`. Never throws on content: whatever it cannot understand becomes a
 * finding with its cell.
 */
export function readPlan(grid: Grid, options: ReadOptions = {}): PlanReading {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const firstHeader = grid.findIndex((row) => isHeaderStart(row ?? []));
  const title = readTitle(grid, firstHeader < 0 ? Math.min(grid.length, 10) : firstHeader, isHeading);
  if (firstHeader < 0) {
    return {
      layout: settings.planKind,
      title,
      years: [],
      yearSource: 'unknown',
      headers: [],
      projects: [],
      totals: [],
      textCells: new TextCells(),
      findings: [createFinding('NO_PLAN_TABLE', 0, 0, {})],
      catalogue: options.catalogue ?? defaultCatalogueFor([title.years?.from, title.years?.to]),
    };
  }
  return new TableReader(grid, settings, options.catalogue, title, firstHeader, options.formulaAt).read();
}

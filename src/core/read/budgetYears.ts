/**
 * The fiscal year of each budget column (docs/domain.md#fiscal-year-and-quarters): the year its
 * header gives, else, for the single budget column of an annual plan, the title's year or the
 * settings'; reported once when there is none.
 */
import type { Column, HeaderBlock, TitleInfo } from './header';
import type { PlanReading } from './planReader';
import type { PlanSettings } from '../../shared/settings';
import { createFinding, type Finding } from '../check/findings';

export class BudgetYears {
  /** The fiscal year of a budget column without one in its header (annual plans). */
  private readonly annualYear: number | null;
  private yearSource: PlanReading['yearSource'] = 'header';
  private unknownYearReported = false;

  constructor(
    private readonly title: TitleInfo,
    settings: PlanSettings,
  ) {
    if (title.years && title.years.from === title.years.to) this.annualYear = title.years.from;
    else if (settings.annualYear) this.annualYear = settings.annualYear;
    else if (settings.fiscalYears && settings.fiscalYears.from === settings.fiscalYears.to)
      this.annualYear = settings.fiscalYears.from;
    else this.annualYear = null;
  }

  /** The key a budget column's amounts are recorded under: its year, or 'unknown'. */
  yearOf(c: Column): string {
    if (c.year) return String(c.year);
    if (this.annualYear) return String(this.annualYear);
    return 'unknown';
  }

  /** Notes where a header's yearless budget columns get their year; reports it once when nowhere. */
  addHeader(h: HeaderBlock, findings: Finding[]): void {
    for (const c of h.columns) {
      if (c.role !== 'budget' || (c.year !== null && c.year !== undefined)) continue;
      if (this.annualYear) {
        this.yearSource = this.title.years && this.title.years.from === this.annualYear ? 'title' : 'settings';
      } else if (!this.unknownYearReported) {
        this.unknownYearReported = true;
        this.yearSource = 'unknown';
        findings.push(createFinding('FISCAL_YEAR_UNKNOWN', h.rows[h.rows.length - 1], c.col, {}));
      }
    }
  }

  /** The years of every header's budget columns, ascending, and how a yearless column's year was found. */
  summary(headers: HeaderBlock[]): Pick<PlanReading, 'years' | 'yearSource'> {
    const years = new Set<number>();
    for (const h of headers)
      for (const c of h.columns)
        if (c.role === 'budget' && this.yearOf(c) !== 'unknown') years.add(Number(this.yearOf(c)));
    return {
      years: [...years].sort((a, b) => a - b),
      yearSource: headers.some((h) => h.columns.some((c) => c.role === 'budget' && !c.year))
        ? this.yearSource
        : 'header',
    };
  }
}

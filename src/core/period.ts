/**
 * The years a plan covers (docs/domain.md#fiscal-year-and-quarters): plans run over many periods
 * (2561–2564, 2566–2570, a revised plan showing only its last years, a 3-year table, one year), so
 * they come from the plan itself, never from a fixed default — unless the user gave them.
 */
import type { PlanReading } from './read/planReader';
import type { PlanSettings } from '../shared/settings';
import { toThaiDigits } from '../shared/numbers';

export interface PlanYears {
  from: number;
  to: number;
  /** Who said so: the user (`--years`, the add-on's saved settings), the title, or the budget columns. */
  source: 'settings' | 'title' | 'header';
}

/**
 * The plan's years: the user's range, else the title's range ("(พ.ศ. ๒๕๖๑ - ๒๕๖๔)"), else the
 * first to the last year of the budget columns; null when none says. A title's single year is not
 * taken for the range: it may be a revision's or a date's year above a table of several years.
 */
export function planYears(reading: PlanReading, settings: PlanSettings): PlanYears | null {
  if (settings.fiscalYears) return { ...settings.fiscalYears, source: 'settings' };
  const t = reading.title.years;
  if (t && t.to > t.from) return { from: t.from, to: t.to, source: 'title' };
  if (reading.years.length === 0) return null;
  return { from: reading.years[0], to: reading.years[reading.years.length - 1], source: 'header' };
}

/**
 * What kind of plan it is, by its number of years: "แผน ๔ ปี" / "4-year plan", "แผนประจำปี" for one
 * year; without years, the table's layout decides ("แผนหลายปี" for a table with a column per year).
 */
export function planKindName(
  years: { from: number; to: number } | null,
  layout: PlanReading['layout'],
  lang: 'th' | 'en',
): string {
  const count = years ? years.to - years.from + 1 : layout === 'annual' ? 1 : 0;
  if (count === 1) return lang === 'th' ? 'แผนประจำปี' : 'annual plan';
  if (count === 0) return lang === 'th' ? 'แผนหลายปี' : 'multi-year plan';
  return lang === 'th' ? `แผน ${toThaiDigits(String(count))} ปี` : `${count}-year plan`;
}

/**
 * ITA/LPA item labels by assessment year (itaLabels.json, editable data): which item a plan, a
 * 6-month report or an annual report answers. A year without its own entry takes the latest
 * earlier year's labels, flagged as borrowed so documents print the name and not a number that
 * may have moved.
 */
import * as z from 'zod/mini';
import data from './itaLabels.json';

export const ItaItemKeySchema = z.enum(['plan', 'report6', 'report12']);
export type ItaItemKey = z.infer<typeof ItaItemKeySchema>;

const ItaItemSchema = z.object({
  key: ItaItemKeySchema,
  scheme: z.enum(['ITA', 'LPA']),
  code: z.string(),
  name: z.string().check(z.minLength(1)),
});
const ItaYearSchema = z.object({ year: z.int(), verified: z.boolean(), items: z.array(ItaItemSchema) });
export const ItaLabelsSchema = z.object({ years: z.array(ItaYearSchema) });

export type ItaLabels = z.infer<typeof ItaLabelsSchema>;
export type ItaItem = z.infer<typeof ItaItemSchema>;

export const DEFAULT_ITA_LABELS: ItaLabels = ItaLabelsSchema.parse(data);

export interface ItaLabelsForYear {
  /** The year asked for. */
  year: number;
  /** The year the labels are from: `year`, or the latest earlier year with labels. */
  from: number;
  /** The labels are the year's own and checked against a source. */
  exact: boolean;
  items: ItaItem[];
}

/** The labels of an assessment year (BE), or the latest earlier year's; null before the first year known. */
export function itaLabelsFor(year: number, labels: ItaLabels = DEFAULT_ITA_LABELS): ItaLabelsForYear | null {
  const entry = labels.years.filter((y) => y.year <= year).sort((a, b) => b.year - a.year)[0];
  if (!entry) return null;
  return { year, from: entry.year, exact: entry.year === year && entry.verified, items: entry.items };
}

/**
 * How a document names the item: "ITA ข้อ O37 รายงานการกำกับติดตาม…" when the year's own labels say
 * so, else the name alone ("ITA: รายงาน…"), as the number may have changed; null when none is known.
 */
export function itaItemText(year: number, key: ItaItemKey, labels: ItaLabels = DEFAULT_ITA_LABELS): string | null {
  const found = itaLabelsFor(year, labels);
  const item = found?.items.find((i) => i.key === key);
  if (!found || !item) return null;
  return found.exact && item.code ? `${item.scheme} ข้อ ${item.code} ${item.name}` : `${item.scheme}: ${item.name}`;
}

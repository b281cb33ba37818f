/**
 * The dimension catalogue (มิติ and ภารกิจตามมิติ) and how cells written in every real-world way
 * are resolved against it. The catalogue is data (data/catalogue.json for the 2566–2570 plan,
 * data/catalogue-2561-2564.json for the previous one, or an office's own sheet); sub-missions are
 * matched by wording because printed numbers differ between offices.
 */
import defaultCatalogueJson from './catalogue.json';
import previousCatalogueJson from './catalogue-2561-2564.json';
import * as z from 'zod/mini';
import { compactKey, cleanText } from '../read/text';
import { toArabicDigits, toThaiDigits } from '../../shared/numbers';

const dimensionNumber = z.int().check(z.gte(1), z.lte(4));

export const CatalogueSchema = z.object({
  dimensions: z.array(
    z.object({
      number: dimensionNumber,
      name: z.string().check(z.minLength(3)),
      oldNames: z._default(z.array(z.string()), []),
    }),
  ),
  missions: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      dimension: dimensionNumber,
      number: z._default(z.string(), ''),
      name: z.string().check(z.minLength(3)),
      aliases: z._default(z.array(z.string()), []),
    }),
  ),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

/** The current plan's (2566–2570) catalogue. */
export const DEFAULT_CATALOGUE: Catalogue = CatalogueSchema.parse(defaultCatalogueJson);
/** The previous plan's (2561–2564) catalogue: its dimension names and sub-missions. */
export const PREVIOUS_CATALOGUE: Catalogue = CatalogueSchema.parse(previousCatalogueJson);
const CURRENT_PLAN_FIRST_YEAR = 2566;

/**
 * The catalogue of the plan generation these fiscal years belong to (null or undefined: a year not
 * known): the previous plan's when every known year is before 2566, else the current plan's (also
 * when no year is known). An office's own catalogue, when it has one, is used instead.
 */
export function defaultCatalogueFor(years: Iterable<number | null | undefined>): Catalogue {
  let previous = false;
  for (const y of years) {
    if (y === null || y === undefined) continue;
    if (y >= CURRENT_PLAN_FIRST_YEAR) return DEFAULT_CATALOGUE;
    previous = true;
  }
  return previous ? PREVIOUS_CATALOGUE : DEFAULT_CATALOGUE;
}

export type DimensionNumber = 1 | 2 | 3 | 4;

export type DimensionReading =
  | { kind: 'blank' }
  | { kind: 'dimension'; dimension: DimensionNumber; added: boolean; nameProblem?: 'old-name' | 'other-dimension' }
  | { kind: 'invalid'; text: string };

const NUMBERED = /^(\*?)\s*(?:มิติ|มติ)?\s*(?:ที่)?\s*(\d+)\s*(?:[.)]|\s|$)\s*(.*)$/;

/** Human label of a dimension as documents print it: "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต". */
export function dimensionLabel(catalogue: Catalogue, dimension: number, digits: 'thai' | 'arabic' = 'thai'): string {
  const entry = catalogue.dimensions.find((d) => d.number === dimension);
  const n = digits === 'thai' ? toThaiDigits(String(dimension)) : String(dimension);
  return entry ? `มิติที่ ${n} ${entry.name}` : `มิติที่ ${n}`;
}

/** Matching keys of a catalogue, computed once per catalogue object, and memoised lookups. */
interface Prepared {
  dimensions: { number: DimensionNumber; key: string; old: boolean }[];
  missions: { id: string; dimension: DimensionNumber; name: string; keys: string[] }[];
  missionCache: Map<string, MissionMatch>;
  dimensionCache: Map<string, DimensionReading>;
}
const prepared = new WeakMap<Catalogue, Prepared>();

const missionKey = (text: string) => compactKey(text).replace(/[/,]/g, '');

function prepare(catalogue: Catalogue): Prepared {
  let p = prepared.get(catalogue);
  if (!p) {
    p = {
      dimensions: [
        ...catalogue.dimensions.map((d) => ({
          number: d.number as DimensionNumber,
          key: compactKey(d.name),
          old: false,
        })),
        ...catalogue.dimensions.flatMap((d) =>
          d.oldNames.map((o) => ({ number: d.number as DimensionNumber, key: compactKey(o), old: true })),
        ),
      ],
      missions: catalogue.missions.map((m) => ({
        id: m.id,
        dimension: m.dimension as DimensionNumber,
        name: m.name,
        keys: [m.name, ...m.aliases].map(missionKey),
      })),
      missionCache: new Map(),
      dimensionCache: new Map(),
    };
    prepared.set(catalogue, p);
  }
  return p;
}

function dimensionByName(catalogue: Catalogue, text: string): { dimension: DimensionNumber; old: boolean } | null {
  const key = compactKey(text).replace(/^(มิติ|มติ)(ที่)?/, '');
  if (key.length < 6) return null;
  // Table cells drop words ("สร้าง วัฒนธรรม สุจริต" for "การสร้างวัฒนธรรมสุจริต"), so containment either way counts.
  for (const d of prepare(catalogue).dimensions) {
    if (d.key.includes(key) || key.includes(d.key)) return { dimension: d.number, old: d.old };
  }
  return null;
}

/**
 * Reads a มิติ cell: "1", "*1", "๑", "มิติที่ ๑", "มิติ 1 การสร้างวัฒนธรรมสุจริต",
 * "๑. สร้าง วัฒนธรรม สุจริต", or a dimension name alone (current or previous plan's wording).
 */
export function parseDimension(cell: unknown, catalogue: Catalogue = DEFAULT_CATALOGUE): DimensionReading {
  if (cell === null || cell === undefined || cell === '') return { kind: 'blank' };
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 && cell <= 4
      ? { kind: 'dimension', dimension: cell as DimensionNumber, added: false }
      : { kind: 'invalid', text: String(cell) };
  }
  if (typeof cell !== 'string') return { kind: 'invalid', text: String(cell) };
  // The same few dimension texts repeat on every row.
  const cache = prepare(catalogue).dimensionCache;
  let reading = cache.get(cell);
  if (!reading) {
    reading = readDimensionText(cell, catalogue);
    cache.set(cell, reading);
  }
  return reading;
}

function readDimensionText(cell: string, catalogue: Catalogue): DimensionReading {
  const text = toArabicDigits(cleanText(cell));
  if (text === '') return { kind: 'blank' };
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const n = Number(numbered[2]);
    if (!(n >= 1 && n <= 4) || numbered[2].length > 1) return { kind: 'invalid', text: cleanText(cell) };
    const reading: DimensionReading = {
      kind: 'dimension',
      dimension: n as DimensionNumber,
      added: numbered[1] === '*',
    };
    const rest = numbered[3].trim();
    if (rest) {
      const byName = dimensionByName(catalogue, rest);
      if (byName && byName.dimension !== n) reading.nameProblem = 'other-dimension';
      else if (byName?.old) reading.nameProblem = 'old-name';
    }
    return reading;
  }
  const starred = text.startsWith('*');
  const byName = dimensionByName(catalogue, starred ? text.slice(1) : text);
  if (byName) {
    return {
      kind: 'dimension',
      dimension: byName.dimension,
      added: starred,
      ...(byName.old ? { nameProblem: 'old-name' as const } : {}),
    };
  }
  return { kind: 'invalid', text: cleanText(cell) };
}

export type MissionMatch = { id: string; dimension: DimensionNumber; name: string } | null;

const MISSION_PREFIX = /^(?:(?:ภารกิจ|การกิจ)(?:ตาม(?:มิติ|มติ))?)?\s*(?:\d+(?:\.\d+)*\.?)?\s*/;

/** The mission wording without its printed number or "ภารกิจตามมิติ" prefix. */
export function missionText(cell: string): string {
  return toArabicDigits(cleanText(cell)).replace(MISSION_PREFIX, '').trim();
}

/** Finds the catalogue sub-mission a ภารกิจ cell refers to, by wording (not by its printed number). */
export function matchMission(cell: string, catalogue: Catalogue = DEFAULT_CATALOGUE): MissionMatch {
  const p = prepare(catalogue);
  const cached = p.missionCache.get(cell);
  if (cached !== undefined) return cached;
  const key = missionKey(missionText(cell));
  let best: { score: number; match: NonNullable<MissionMatch> } | null = null;
  // The mission whose wording holds the whole cell, and whether another one's does too: sub-missions
  // sharing a long opening ("การเสริมสร้างจิตสำนึกและความตระหนักแก่…") are not told apart by it.
  let partOf: string | null = null;
  let ambiguous = false;
  for (const m of key.length < 6 ? [] : p.missions) {
    for (const w of m.keys) {
      let score = 0;
      if (w === key) score = 1;
      else if (w.includes(key) || key.includes(w))
        score = Math.min(w.length, key.length) / Math.max(w.length, key.length);
      if (score < 1 && w.includes(key)) {
        if (partOf !== null && partOf !== m.id) ambiguous = true;
        partOf = m.id;
      }
      // A cell cut off at a line or page break still names its mission if most of it is there.
      if (score >= 0.6 && (!best || score > best.score)) {
        best = { score, match: { id: m.id, dimension: m.dimension, name: m.name } };
      }
    }
  }
  const result = best && (best.score === 1 || !ambiguous) ? best.match : null;
  p.missionCache.set(cell, result);
  return result;
}

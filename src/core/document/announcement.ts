/**
 * The plan's announcement (ประกาศ) in the official form (ระเบียบงานสารบรรณ แบบที่ ๗): ประกาศ
 * <organisation>, เรื่อง ประกาศใช้<plan>, the body, จึงประกาศให้ทราบโดยทั่วกัน, ประกาศ ณ วันที่ …,
 * the signature, the full name in brackets and the position chosen by the organisation's type.
 * The wording is data (data/announcement.json); an office overrides any entry with rows
 * "หัวข้อ | ข้อความ" (a sheet named ข้อความประกาศ), read and checked by `wordingOverride`.
 */
import * as z from 'zod/mini';
import data from '../data/announcement.json';
import { organisationParts, type OrganisationSetting } from '../read/organisation';
import { formatThaiDate, type DateParts } from '../thai/dates';
import { toThaiDigits } from '../../shared/numbers';
import type { Block, DocModel } from './model';

/** The sheet (or CSV) an office writes its own wording in. */
export const WORDING_SHEET_NAME = 'ข้อความประกาศ';

export const WORDING_KEYS = Object.keys(data.wording) as (keyof typeof data.wording)[];
export type WordingKey = (typeof WORDING_KEYS)[number];
export type Wording = Record<WordingKey, string>;

/** A wording text: any text up to a long paragraph's length. */
const WordingTextSchema = z.string().check(z.maxLength(5000));
export const WordingSchema = z.object(
  Object.fromEntries(WORDING_KEYS.map((k) => [k, WordingTextSchema])) as Record<WordingKey, typeof WordingTextSchema>,
);

export const DEFAULT_WORDING: Wording = WordingSchema.parse(data.wording);

export const PLACEHOLDERS = ['หน่วยงาน', 'ชื่อ', 'ชื่อแผน', 'ปีเริ่มต้น', 'ปีสิ้นสุด', 'ปีงบประมาณ', 'วันที่'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The plan announced: the five-year plan's years, or the annual plan's year (BE). */
export type AnnouncedPlan = { kind: 'five-year'; from: number; to: number } | { kind: 'annual'; year: number };

/**
 * The plan a plan sheet announces: an annual plan's year (the settings' year, else its own), else
 * the plan's years. `annualLayout`: the sheet is laid out as an annual plan.
 */
export function announcedPlan(
  settings: { planKind?: string; annualYear?: number },
  years: { from: number; to: number },
  annualLayout: boolean,
): AnnouncedPlan {
  if (settings.planKind === 'annual' || (annualLayout && years.from === years.to))
    return { kind: 'annual', year: settings.annualYear ?? years.to };
  return { kind: 'five-year', from: years.from, to: years.to };
}

export interface AnnouncementInput {
  organisation: OrganisationSetting;
  plan: AnnouncedPlan;
  date: DateParts;
  /** The signer; the position defaults to the head of the organisation by its type. */
  signer: { name: string; position?: string };
  digits?: 'thai' | 'arabic';
}

export interface WordingProblem {
  /** 1-based row of the override, 0 for the input as a whole. */
  row: number;
  message: string;
  messageEn: string;
}

/**
 * The wording override written as rows "หัวข้อ | ข้อความ" (a header row "หัวข้อ | ข้อความ" and blank
 * rows skipped): the default wording with the rows given replacing their entries, or what is wrong
 * with a row (an unknown หัวข้อ, a placeholder that does not exist, a text too long) in Thai and
 * English. A row with a problem changes nothing.
 */
export function wordingOverride(rows: unknown[][]): { wording: Wording; problems: WordingProblem[] } {
  const wording: Wording = { ...DEFAULT_WORDING };
  const problems: WordingProblem[] = [];
  const known = new Set<string>(WORDING_KEYS);
  rows.forEach((cells, i) => {
    const row = i + 1;
    const key = String(cells[0] ?? '').trim();
    const text = cells[1] === undefined || cells[1] === null ? '' : String(cells[1]);
    if (!key || (i === 0 && key === 'หัวข้อ')) return;
    if (!known.has(key)) {
      problems.push({
        row,
        message: `แถว ${row}: ไม่รู้จักหัวข้อ "${key}" ในแผ่นงาน ${WORDING_SHEET_NAME} — ใช้ได้: ${WORDING_KEYS.join(', ')}`,
        messageEn: `Row ${row}: unknown key "${key}" in the ${WORDING_SHEET_NAME} sheet — known keys: ${WORDING_KEYS.join(', ')}`,
      });
      return;
    }
    const parsed = WordingTextSchema.safeParse(text);
    if (!parsed.success) {
      problems.push({
        row,
        message: `แถว ${row}: ข้อความของหัวข้อ "${key}" ยาวเกิน ๕,๐๐๐ ตัวอักษร`,
        messageEn: `Row ${row}: the text of "${key}" is longer than 5,000 characters`,
      });
      return;
    }
    const unknown = [...text.matchAll(PLACEHOLDER)]
      .map((m) => m[1])
      .filter((p) => !PLACEHOLDERS.includes(p as Placeholder));
    if (unknown.length) {
      problems.push({
        row,
        message: `แถว ${row}: หัวข้อ "${key}" มีช่องแทนที่ที่ไม่รู้จัก ${unknown.map((u) => `{${u}}`).join(', ')} — ใช้ได้: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        messageEn: `Row ${row}: "${key}" has unknown placeholders ${unknown.map((u) => `{${u}}`).join(', ')} — known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      });
      return;
    }
    wording[key as WordingKey] = parsed.data;
  });
  return { wording, problems };
}

/** The head of an organisation of this type, by the wording ("นายกเทศมนตรีตำบล{ชื่อ}"); '' for an unknown type. */
function positionTemplate(type: string, wording: Wording): string {
  return (wording as Record<string, string>)[`ตำแหน่ง ${type}`] ?? '';
}

/** What is missing to write the announcement: the position when neither given nor known from the type. */
export function announcementProblems(input: AnnouncementInput, wording: Wording = DEFAULT_WORDING): WordingProblem[] {
  const { type } = organisationParts(input.organisation);
  if (input.signer.position?.trim() || positionTemplate(type, wording)) return [];
  return [
    {
      row: 0,
      message:
        'ไม่ทราบตำแหน่งผู้ลงนาม: ระบุประเภทหน่วยงาน (เทศบาล/องค์การบริหารส่วนตำบล) ในชื่อหน่วยงาน หรือระบุตำแหน่งด้วย --position',
      messageEn:
        "The signer's position is unknown: give the organisation's type (เทศบาล/องค์การบริหารส่วนตำบล) in its name, or the position with --position",
    },
  ];
}

/** The placeholders' values for one announcement. */
function values(input: AnnouncementInput, wording: Wording): Record<Placeholder, string> {
  const digits = input.digits ?? 'thai';
  const d = (n: number) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  const { full, bare } = organisationParts(input.organisation);
  const p = input.plan;
  const years = {
    ปีเริ่มต้น: d(p.kind === 'five-year' ? p.from : p.year),
    ปีสิ้นสุด: d(p.kind === 'five-year' ? p.to : p.year),
    ปีงบประมาณ: d(p.kind === 'annual' ? p.year : p.from),
  };
  const base = { หน่วยงาน: full, ชื่อ: bare, ...years, วันที่: formatThaiDate(input.date, 'official', digits), ชื่อแผน: '' };
  const planName = fill(p.kind === 'annual' ? wording.ชื่อแผนประจำปี : wording.ชื่อแผน, base);
  return { ...base, ชื่อแผน: planName };
}

function fill(text: string, v: Record<Placeholder, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in v ? v[name as Placeholder] : whole));
}

/** The announcement, named "ประกาศใช้แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ – ๒๕๗๐)". */
export function announcementDocument(input: AnnouncementInput, wording: Wording = DEFAULT_WORDING): DocModel {
  const v = values(input, wording);
  const { type } = organisationParts(input.organisation);
  const position = input.signer.position?.trim() || fill(positionTemplate(type, wording), v);
  const name = input.signer.name.trim();
  const centred = (text: string, bold = false): Block => ({
    kind: 'paragraph',
    runs: [{ text, bold }],
    align: 'center',
  });
  // Indented 5 cm and centred in what is left: the signer's block sits about two thirds across, and
  // "ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๗" stays on one line.
  const signature = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], align: 'center', indent: 4 });
  const body = fill(wording.ข้อความ, v)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const blocks: Block[] = [
    { kind: 'heading', text: fill(wording.ประกาศ, v), align: 'center' },
    centred(fill(wording.เรื่อง, v), true),
    centred('-------------------------------'),
    ...body.map((text): Block => ({ kind: 'paragraph', runs: [{ text }], align: 'justify', firstLine: true })),
    { kind: 'paragraph', runs: [{ text: fill(wording.ปิดท้าย, v) }], firstLine: true },
    { kind: 'paragraph', runs: [{ text: '' }] },
    signature(fill(wording.วันที่, v)),
    { kind: 'paragraph', runs: [{ text: '' }] },
    { kind: 'paragraph', runs: [{ text: '' }] },
    signature(name ? `(${name})` : '(................................................)'),
    signature(position),
  ];
  return { name: `ประกาศใช้${v.ชื่อแผน}`, sections: [{ orientation: 'portrait', blocks }] };
}

/**
 * Leftover template placeholders (docs/domain.md#template-leftovers-and-noise-in-real-plans):
 * "ระบุ…" instructions to fill in, "{{…}}", "<ชื่อ…>", dotted blanks, "xxx", and alternatives of
 * office types kept side by side ("(อบจ./เทศบาล/อบต.)").
 */
import { NONE, type TextProblem } from './textProblem';

/**
 * "ระบุ" ("fill in" in the template, "specify" in a sentence) and what decides between the two: the
 * word before it and the words after it. Wrap spaces may stand between any two words.
 */
const RABU = /ระบ[ุบ]/g;
/** The office's own name left as the template's slot: a leftover wherever it stands ("การทุจริตระบุชื่อองค์กร ปกครองส่วนท้องถิ่น", OCR'd "ระบบชื่อ", "ระบุงบซื้อ"). */
const OFFICE_SLOT = /^\s*(?:ชื่อ|งบซื้อ)\s*(?:องค์กร\s*ปกครอง|องค์การ\s*บริหาร|อปท|เทศบาล|อบต|อบจ)/;
/** Words after the verb: "ระบุไว้", "ระบุว่า", "ระบุในคำสั่ง" … */
const VERB_AFTER = /^\s*(?:ไว้|ว่า|ใน|ถึง|ได้|เป็น|ลง|แล้ว|อย่าง)/;
/**
 * Words that put a verb after them: "พร้อมระบุ", "ตามที่ระบุ", "โดยระบุ", "ไม่ได้ระบุ", "การระบุ" …, also
 * across a wrap space; ที่, การ and ได้ only glued to "ระบุ", as they also end nouns (โครงการ, พื้นที่, รายได้).
 */
const VERB_BEFORE =
  /(?:(?:พร้อม|โดย|ซึ่ง|ไม่|มิ|ต้อง|ให้|จะ|ควร|และ|หรือ|เพื่อ|ยัง|อาจ|สามารถ|ก็|ถูก|ห้าม|เคย|จึง|ช่วย|มัก|ตามที่|ไม่ได้|มิได้)\s*|ที่|การ|ได้)$/;
/** What a form asks to fill in: a name, budget, number, unit, date, person, place … or nothing more. */
const FILL_IN =
  /^\s*(?:ชื่อ|งบ|จำนวน|หน่วยงาน|วัน|เดือน|ปี|รายละเอียด|ผู้|สถานที่|ระยะเวลา|กลุ่มเป้าหมาย|เป้าหมาย|ตัวชี้วัด|ที่อยู่|ตำแหน่ง|หมายเลข|[.…_:)\]]|$)/;
/** Where an instruction starts: the text's start, a bracket, a slash, colon, dash, bullet, quote, list number or a space. */
const CLAUSE_START = /(?:^|[\s([{/:;,\-–•*"“'‘]|[0-9๐-๙][.)])\s*$/;
const OPEN_BRACKET = /[([{]\s*$/;
/** Prepositions put a noun after them ("ของระบุชื่อ…"): there "ระบุ…" is the template's slot. */
const PREPOSITION = /(?:ของ|แก่|แด่|กับ|จาก|สำหรับ|ต่อ|ณ)\s*$/;

/** Whether the "ระบุ" at `i` is the template's instruction to fill in, not the verb of a sentence. */
function isInstruction(text: string, i: number): boolean {
  const after = text.slice(i + 4, i + 40);
  if (OFFICE_SLOT.test(after)) return true;
  if (text[i + 3] === 'บ' || VERB_AFTER.test(after)) return false; // "ระบบ…" is only the OCR'd slot above
  const before = text.slice(Math.max(0, i - 12), i);
  if (OPEN_BRACKET.test(before)) return true;
  if (VERB_BEFORE.test(before)) return false;
  return (CLAUSE_START.test(before) || PREPOSITION.test(before)) && FILL_IN.test(after);
}

function firstInstruction(text: string): { index: number; length: number } | null {
  if (text.indexOf('ระบ') < 0) return null;
  for (const m of text.matchAll(RABU)) if (isInstruction(text, m.index)) return { index: m.index, length: 4 };
  return null;
}

const OFFICE_TYPE = String.raw`(?:เทศบาล(?:ตำบล|เมือง|นคร)?|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.?|อบจ\.?|ทต\.|ทม\.|ทน\.)`;
const OTHER_PATTERNS = [
  /\{\{[^}]*\}\}/,
  /<\s*(ชื่อ|LAO|อปท)[^>]*>/i,
  /\.{4,}|…{2,}|_{4,}/,
  /xxx/i,
  // Office types given as alternatives: "(อบจ./เทศบาล/อบต.)", "สำนักงานเทศบาล/องค์การบริหารส่วนตำบล…".
  new RegExp(`${OFFICE_TYPE}(?:\\s*/\\s*${OFFICE_TYPE})+`),
];
// One scan decides whether any of them matches; most texts have none.
const ANY_OTHER = new RegExp(OTHER_PATTERNS.map((r) => r.source).join('|'), 'i');

/** The words around the first leftover template placeholder in `text`, or null when there is none. */
export function placeholderSnippet(text: string): string | null {
  const other = ANY_OTHER.exec(text);
  const rabu = firstInstruction(text);
  const m =
    rabu && (!other || rabu.index < other.index) ? rabu : other && { index: other.index, length: other[0].length };
  if (!m) return null;
  const start = Math.max(0, m.index - 10);
  const end = m.index + m.length + 20;
  return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}

export function placeholderProblems(text: string): TextProblem[] {
  const snippet = placeholderSnippet(text);
  return snippet ? [{ code: 'PLACEHOLDER', params: { text: snippet } }] : NONE;
}

/**
 * A follow-up status cell as offices write it: one of the four STATUS_LABELS, with the spacing,
 * word order and typos of hand-typed cells ("แล้วเสร็จ", "ดำเนินการเสร็จแล้ว", "ยังไม่ดำเนินการ"),
 * and for ไม่สามารถดำเนินการได้ its reason in brackets, after a dash or a colon, or after
 * "เนื่องจาก" ("ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)").
 *
 * The accepted forms are one list read by two engines: parseStatus here (JavaScript) and the
 * สรุปผลการดำเนินงาน sheet's formulas (core/totals/followUpSummary.ts, RE2 via REGEXREPLACE and
 * REGEXMATCH), so the sheet and the report count the same cells. Only typos (an edit or two from a
 * label) are the report's alone: RE2 has no edit distance, and the check's FOLLOWUP_STATUS_UNKNOWN
 * finding asks the user to correct such a cell rather than the sheet guessing.
 */
import { STATUS_LABELS, type StatusKey } from './followUp';

/**
 * The forms each status is written in, spaces removed. Thai letters, groups, | and ? only: the
 * same pattern in JavaScript and in RE2.
 */
export const STATUS_FORMS: Readonly<Record<StatusKey, string>> = {
  finished: '(ดำเนิน(การ|งาน))?(แล้ว)?เสร็จ(สิ้น|เรียบร้อย)?(แล้ว)?',
  inProgress: '(อยู่)?(ใน)?(ระหว่าง|กำลัง)(ดำเนิน(การ|งาน))?',
  notPossible: '(ไม่สามารถ(ดำเนิน(การ|งาน))?(ได้)?|ดำเนิน(การ|งาน)ไม่ได้)',
  notStarted: '(ยังไม่(ได้)?(เริ่ม)?(ดำเนิน(การ|งาน))?|ไม่ได้(เริ่ม)?ดำเนิน(การ|งาน))',
};

/** What a reason starts with: a bracket, a dash, a colon, or "เนื่องจาก"/"เพราะ" (both engines). */
const REASON_MARK = '[(（\\[]|[-–—:：]|เนื่องจาก|เพราะ';

/**
 * Characters a status is matched without: JavaScript's \s and the zero-width ones, as code-point
 * ranges written out for each engine (RE2's \s is ASCII only).
 */
const IGNORED: readonly [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200d],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const ignoredClass = (hex: (n: number) => string) =>
  `[${IGNORED.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]+`;

/** RE2 class of the ignored characters, for REGEXREPLACE(…, STATUS_IGNORED_RE2, ""). */
export const STATUS_IGNORED_RE2 = ignoredClass((n) => `\\x{${n.toString(16).toUpperCase()}}`);
const IGNORED_JS = new RegExp(
  ignoredClass((n) => `\\u{${n.toString(16)}}`),
  'gu',
);

/**
 * A cell with the ignored characters removed states `key` when it is one of its forms, then full
 * stops, then nothing or a reason. The pattern for both engines.
 */
export function statusCellPattern(key: StatusKey): string {
  return `^(${STATUS_FORMS[key]})[.。]*($|${REASON_MARK})`;
}

const CELL_FORMS = (Object.keys(STATUS_FORMS) as StatusKey[]).map(
  (key) => [new RegExp(statusCellPattern(key)), key] as const,
);

/** Where a reason starts in the written text, and that start with its spaces. */
const REASON_START = new RegExp(`\\s*(?:${REASON_MARK})`);
const REASON_PREFIX = new RegExp(`^\\s*(?:${REASON_MARK})\\s*`);

/** NFC, the ignored characters removed: the key a status is matched on. */
function statusKeyText(text: string): string {
  return text.normalize('NFC').replace(IGNORED_JS, '');
}

/** Edit distance, for a typo or two in a long label (a doubled or missing tone mark, a swapped vowel). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const LABEL_KEYS = (Object.entries(STATUS_LABELS) as [StatusKey, string][]).map(
  ([key, label]) => [statusKeyText(label), key] as const,
);

/** The status a cell's words are a slip of (a label within two edits), or null. */
function typoStatus(words: string): StatusKey | null {
  const k = statusKeyText(words).replace(/[.。]+$/, '');
  if (k === '') return null;
  // The labels are 16–22 characters: two slips leave them recognisable and far from one another.
  for (const [label, key] of LABEL_KEYS) if (editDistance(k, label) <= 2) return key;
  return null;
}

/** The reason written after the status, '' when none. */
function reasonOf(text: string): string {
  const m = REASON_START.exec(text);
  if (!m || m.index === 0) return '';
  return text
    .slice(m.index)
    .replace(REASON_PREFIX, '')
    .replace(/\s*[)）\]]\s*$/, '')
    .trim();
}

/**
 * Whether a status cell is written in one of the accepted forms, as the สรุปผลการดำเนินงาน sheet
 * reads it; a status parseStatus reads only as a typo is not (FOLLOWUP_STATUS_MISSPELT).
 */
export function isWrittenForm(text: string): boolean {
  const key = statusKeyText(text.trim());
  return CELL_FORMS.some(([re]) => re.test(key));
}

/** The status a cell states and the reason written with it; status null when the words are not a status. */
export function parseStatus(text: string): { status: StatusKey | null; reason: string } {
  const whole = text.trim();
  const key = statusKeyText(whole);
  const form = CELL_FORMS.find(([re]) => re.test(key));
  if (form) return { status: form[1], reason: reasonOf(whole) };
  const m = REASON_START.exec(whole);
  const typo = m?.index === 0 ? null : typoStatus(m ? whole.slice(0, m.index) : whole);
  return typo ? { status: typo, reason: m ? reasonOf(whole) : '' } : { status: null, reason: '' };
}

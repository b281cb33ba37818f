/**
 * A follow-up status cell as offices write it: one of the four STATUS_LABELS, with the spacing,
 * word order and typos of hand-typed cells ("แล้วเสร็จ", "ดำเนินการเสร็จแล้ว", "ยังไม่ดำเนินการ"),
 * and for ไม่สามารถดำเนินการได้ its reason in brackets, after a dash or a colon, or after
 * "เนื่องจาก" ("ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)").
 */
import { STATUS_LABELS, type StatusKey } from './followUp';

/** The forms each status is written in, spaces removed. */
const FORMS: [RegExp, StatusKey][] = [
  [/^(ดำเนิน(การ|งาน))?(แล้ว)?เสร็จ(สิ้น|เรียบร้อย)?(แล้ว)?$/, 'finished'],
  [/^(อยู่)?(ใน)?(ระหว่าง|กำลัง)(ดำเนิน(การ|งาน))?$/, 'inProgress'],
  [/^(ไม่สามารถ(ดำเนิน(การ|งาน))?(ได้)?|ดำเนิน(การ|งาน)ไม่ได้)$/, 'notPossible'],
  [/^(ยังไม่(ได้)?(เริ่ม)?(ดำเนิน(การ|งาน))?|ไม่ได้(เริ่ม)?ดำเนิน(การ|งาน))$/, 'notStarted'],
];

/** Where a reason starts: a bracket, a dash, a colon, or "เนื่องจาก"/"เพราะ". */
const REASON_START = /\s*(?:[(（[]|\s[-–—]\s?|[-–—:：]|เนื่องจาก|เพราะ)/;

/** Spaces, zero-width characters and a trailing full stop removed: the key a status is matched on. */
function statusKeyText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200b-\u200d\ufeff]+/g, '')
    .replace(/[.。]+$/, '');
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

function statusOfWords(words: string): StatusKey | null {
  const k = statusKeyText(words);
  if (k === '') return null;
  for (const [re, key] of FORMS) if (re.test(k)) return key;
  // The labels are 16–22 characters: two slips leave them recognisable and far from one another.
  for (const [label, key] of LABEL_KEYS) if (editDistance(k, label) <= 2) return key;
  return null;
}

/** The status a cell states and the reason written with it; status null when the words are not a status. */
export function parseStatus(text: string): { status: StatusKey | null; reason: string } {
  const whole = text.trim();
  const status = statusOfWords(whole);
  if (status || whole === '') return { status, reason: '' };
  const m = REASON_START.exec(whole);
  if (!m || m.index === 0) return { status: null, reason: '' };
  const head = statusOfWords(whole.slice(0, m.index));
  if (!head) return { status: null, reason: '' };
  const reason = whole
    .slice(m.index)
    .replace(/^\s*(?:[(（[]|[-–—:：]|เนื่องจาก|เพราะ)\s*/, '')
    .replace(/\s*[)）\]]\s*$/, '')
    .trim();
  return { status: head, reason };
}

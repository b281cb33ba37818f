/**
 * Lists in a section (objectives, method, outputs, outcomes): one item per line, numbering and
 * bullets stripped because the document renumbers.
 */
import type { ListItem } from './model';
import { cleanText, joinWrappedThai } from '../text';
import { toArabicDigits } from '../../../shared/numbers';

const LIST_NUMBER = /^(?:\(([0-9]{1,3})\)|([0-9]{1,3})\s*[.)](?![0-9]))\s*/;
const SUB_NUMBER = /^\(?[0-9]{1,3}(?:\.[0-9]{1,3})+\)?\s*[.)]?\s*/;
const LETTER_NUMBER = /^[a-zก-ฮ]\s*[.)]\s+/i;
const BULLET = /^[-–•·*]\s*/;

/**
 * One item per line, numbering stripped (the document renumbers): "- ๑) เพื่อ…" and "(1) …" are
 * items; "๑.๑)", "a." and dash bullets after a numbered item are its sub-items; a number alone
 * on its line takes the next line as its text; empty items ("- ๔)") are dropped.
 */
export function parseListLines(lines: string[]): ListItem[] {
  const items: ListItem[] = [];
  let pendingNumber = false;
  let seenNumbered = false;
  for (const raw of lines) {
    const line = listLine(raw, seenNumbered);
    if (!line) continue;
    const { text, level, numbered, dashed } = line;
    if (numbered && level === 1) seenNumbered = true;
    if (text === '') {
      pendingNumber = numbered;
      continue;
    }
    // In a numbered list, a plain line is the previous item broken at a page or paragraph end.
    if (seenNumbered && !numbered && !dashed && level === 1 && !pendingNumber && items.length > 0) {
      const last = items[items.length - 1];
      last.text = joinWrappedThai(`${last.text} ${text}`);
      continue;
    }
    items.push({ text, level: pendingNumber && !numbered ? 1 : level });
    pendingNumber = false;
  }
  return items;
}

/** One line's text without its number or bullet, its level and how it was marked; null for an empty line. */
function listLine(
  raw: string,
  seenNumbered: boolean,
): { text: string; level: 1 | 2; numbered: boolean; dashed: boolean } | null {
  let text = toArabicDigits(cleanText(raw));
  if (text === '') return null;
  const dashed = BULLET.test(text);
  if (dashed) text = text.replace(BULLET, '');
  let level: 1 | 2 = 1;
  let numbered = false;
  const sub = SUB_NUMBER.exec(text);
  if (sub && /\d\.\d/.test(sub[0])) {
    text = text.slice(sub[0].length);
    level = 2;
    numbered = true;
  } else {
    const n = LIST_NUMBER.exec(text);
    if (n) {
      text = text.slice(n[0].length);
      numbered = true;
    } else if (seenNumbered && (dashed || LETTER_NUMBER.test(text))) {
      text = text.replace(LETTER_NUMBER, '');
      level = 2;
    }
  }
  // The text was cut on an Arabic-digit copy: give back the writer's own digits.
  return { text: restoreDigits(raw, text), level, numbered, dashed };
}

/** `stripped` was computed on an Arabic-digit copy of `raw`: give back the writer's own digits. */
function restoreDigits(raw: string, stripped: string): string {
  const original = cleanText(raw);
  if (!/[๐-๙]/.test(original) || stripped === '') return stripped.trim();
  return original.slice(original.length - stripped.length).trim();
}

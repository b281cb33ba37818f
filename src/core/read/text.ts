/**
 * Thai text helpers shared by every part of SaiSaat: cleaning of the noise real
 * plans carry (HTML left by PDF/Word conversion, zero-width and non-breaking spaces, spaces left at
 * old line wraps) and the matching key used to compare names written in different ways.
 */
import { toArabicDigits } from '../../shared/numbers';

export function hasThai(text: string): boolean {
  return /[\u0e01-\u0e5b]/.test(text);
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n]+/g;
const HTML_TAG = /<\/?(p|u|b|i|strong|em|span|br|div|td|tr|font)\b[^>]*>/gi;
const MARKDOWN = /\*\*|^#{1,6}\s+/g;
/**
 * Characters no document, sheet or terminal should get from a cell: C0 and C1 controls (ESC, BEL …)
 * other than line breaks and tabs, U+FFFE/U+FFFF, and lone surrogates — all illegal in XML 1.0
 * (and so in .docx) or able to drive a terminal.
 */
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Anything cleanText changes: control characters, tags and marks, odd or doubled spaces. */
const NEEDS_CLEANING =
  /[\u0000-\u001f\u007f-\u009f<*#\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\ufffe\uffff\ud800-\udfff]| {2}/;
// One regex test (measured twice as fast as a character loop on flat and long Thai strings in V8).
const needsCleaning = (text: string) => NEEDS_CLEANING.test(text);

/**
 * The text a reader sees: HTML tags and markdown marks from conversions removed, zero-width
 * characters and controls dropped, every run of whitespace (non-breaking, tabs, newlines) turned
 * into one space.
 */
export function cleanText(text: string): string {
  if (!text) return '';
  // Most cells are already clean: one scan decides.
  if (!needsCleaning(text)) return text.trim();
  let s = text;
  if (s.indexOf('<') >= 0) s = s.replace(HTML_TAG, ' ');
  if (s.indexOf('*') >= 0 || s.indexOf('#') >= 0) s = s.replace(MARKDOWN, '');
  return stripControls(s).replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The text without the characters CONTROL names (line breaks, tabs and all else kept): for text that skipped cleanText. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, '');
}

/** Like cleanText but keeps line breaks (one item per line in list cells). */
export function cleanLines(text: string): string[] {
  return text
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .split(/\r?\n/)
    .map(cleanText)
    .filter((line) => line !== '');
}

const isThaiCode = (code: number) => code >= 0x0e01 && code <= 0x0e5b;

/** Removes the spaces old line wraps left between two Thai characters ("สร้าง วัฒนธรรม" → "สร้างวัฒนธรรม"). */
export function joinWrappedThai(text: string): string {
  let i = text.indexOf(' ');
  if (i < 0) return text;
  let out = '';
  let from = 0;
  while (i >= 0) {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    if (i > 0 && isThaiCode(text.charCodeAt(i - 1)) && isThaiCode(text.charCodeAt(j))) {
      out += text.slice(from, i);
      from = j;
    }
    i = text.indexOf(' ', j);
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The key two spellings of the same name share: cleaned, wrap spaces removed, Arabic digits,
 * quotes and trailing punctuation dropped, lower case. Use it to compare, never to display.
 */
export function matchKey(text: string): string {
  let s = joinWrappedThai(toArabicDigits(cleanText(text)));
  if (QUOTES.test(s)) s = s.replace(QUOTES_G, '');
  if (TRAILING_PUNCT.test(s)) s = s.replace(TRAILING_PUNCT, '');
  return s.toLowerCase();
}
const QUOTES = /["“”'‘’«»]/;
const QUOTES_G = /["“”'‘’«»]/g;
const TRAILING_PUNCT = /[\s.,:;]+$/;

/**
 * Key for comparing names whatever their spacing: Arabic digits, no whitespace, no quotes, no
 * trailing punctuation, lower case. Cheaper than compactKey (no HTML cleaning) for cells that
 * are already clean text.
 */
export function nameKey(text: string): string {
  return toArabicDigits(text).replace(NAME_NOISE, '').replace(TRAILING_PUNCT, '').toLowerCase();
}
const NAME_NOISE = /[\s"“”'‘’«»\u200b-\u200d\ufeff]+/g;

/** The same key with every space removed, for header words broken across lines ("ระยะเวลา ดำเนินการ"). */
export function compactKey(text: string): string {
  const k = matchKey(text);
  return k.indexOf(' ') < 0 ? k : k.replace(/ /g, '');
}

/** Leftover template placeholders ("ระบุชื่อ…", "{{…}}", "……", "เทศบาล/อบต."). */
import { NONE, type TextProblem } from './textProblem';

const PLACEHOLDER_PATTERNS = [
  /ระบุ\s*(ชื่อ|งบ|จำนวน|หน่วยงาน|วันที่|เดือน|ปี|รายละเอียด|ผู้|สถานที่)/,
  /ระบบชื่อ/,
  /\{\{[^}]*\}\}/,
  /<\s*(ชื่อ|LAO|อปท)[^>]*>/i,
  /\.{4,}|…{2,}|_{4,}/,
  /xxx/i,
  /(เทศบาล(?:ตำบล|เมือง|นคร)?|อบต\.?)\s*\/\s*(องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.?|อบจ\.?)/,
];
// One scan decides whether any pattern can match; most texts have none.
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERNS.map((r) => r.source).join('|'), 'i');

/** The words around a leftover template placeholder in `text`, or null when there is none. */
export function placeholderSnippet(text: string): string | null {
  const m = ANY_PLACEHOLDER.exec(text);
  if (!m) return null;
  const start = Math.max(0, m.index - 10);
  const end = m.index + m[0].length + 20;
  return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}

export function placeholderProblems(text: string): TextProblem[] {
  const snippet = placeholderSnippet(text);
  return snippet ? [{ code: 'PLACEHOLDER', params: { text: snippet } }] : NONE;
}

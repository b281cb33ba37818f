/**
 * Detail-document templates with Thai placeholders ({{ชื่อโครงการ}} …). SaiSaat's default
 * template is data here; on Google Drive it becomes a document staff may restyle, and both are
 * filled by the same rules: a text placeholder is replaced where it stands; a paragraph holding
 * only a list or paragraphs placeholder becomes that many numbered items or paragraphs, with its
 * own formatting. Placeholders match after trimming and removing zero-width and non-breaking
 * spaces; a template check names unknown and missing placeholders before anything is made.
 */
import { toArabicDigits } from '../../shared/numbers';
import type { Block, ListEntry, Run } from './model';

export type FieldKind = 'text' | 'paragraphs' | 'list';

export const PLACEHOLDERS = {
  ลำดับที่: { kind: 'text', required: false },
  ชื่อโครงการ: { kind: 'text', required: true },
  หลักการและเหตุผล: { kind: 'paragraphs', required: true },
  วัตถุประสงค์: { kind: 'list', required: true },
  กลุ่มเป้าหมาย: { kind: 'paragraphs', required: true },
  วิธีดำเนินการ: { kind: 'list', required: true },
  ระยะเวลาดำเนินการ: { kind: 'text', required: true },
  งบประมาณ: { kind: 'paragraphs', required: true },
  ผู้รับผิดชอบ: { kind: 'paragraphs', required: true },
  ผลผลิต: { kind: 'list', required: true },
  ผลลัพธ์: { kind: 'list', required: true },
  ชื่อหน่วยงาน: { kind: 'text', required: false },
  ปีงบประมาณ: { kind: 'text', required: false },
  มิติ: { kind: 'text', required: false },
  ภารกิจตามมิติ: { kind: 'text', required: false },
} as const satisfies Record<string, { kind: FieldKind; required: boolean }>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export type FieldValue =
  { kind: 'text'; value: string } | { kind: 'paragraphs'; value: string[] } | { kind: 'list'; items: ListEntry[] };
export type Fields = Record<PlaceholderName, FieldValue>;

/** `{{ name }}` with any zero-width or non-breaking spaces a copy-paste left inside. */
export const PLACEHOLDER_PATTERN = /\{\{([^{}]*)\}\}/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00a0\s]+/g;

export function placeholderName(inside: string): string {
  return inside.replace(INVISIBLE, '');
}

export function isPlaceholder(name: string): name is PlaceholderName {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

export interface TemplateCheck {
  ok: boolean;
  unknown: string[];
  missing: string[];
  /** Thai, for the user. */
  message: string;
}

/** Checks a template's text (all its paragraphs) before anything is generated from it. */
export function checkTemplate(text: string): TemplateCheck {
  const found = new Set<string>();
  const unknown = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    const name = placeholderName(m[1]);
    if (isPlaceholder(name)) found.add(name);
    else unknown.add(name || '(ว่าง)');
  }
  const missing = (Object.keys(PLACEHOLDERS) as PlaceholderName[]).filter(
    (n) => PLACEHOLDERS[n].required && !found.has(n),
  );
  const problems: string[] = [];
  if (unknown.size) problems.push(`ไม่รู้จักช่องแทนที่ ${[...unknown].map((u) => `{{${u}}}`).join(', ')} (ตรวจการสะกด)`);
  if (missing.length) problems.push(`ไม่มีช่องแทนที่ที่จำเป็น ${missing.map((m) => `{{${m}}}`).join(', ')}`);
  return {
    ok: problems.length === 0,
    unknown: [...unknown],
    missing,
    message: problems.length ? `แม่แบบเอกสารใช้ไม่ได้: ${problems.join('; ')}` : 'แม่แบบเอกสารพร้อมใช้',
  };
}

/** The default detail-document template: the official form of docs/domain.md#the-nine-sections-of-a-detail-document. */
export const DEFAULT_TEMPLATE: Block[] = [
  { kind: 'heading', text: 'ลำดับที่ {{ลำดับที่}}', align: 'center' },
  { kind: 'paragraph', runs: [{ text: '๑. ชื่อโครงการ : ', bold: true }, { text: '{{ชื่อโครงการ}}' }] },
  { kind: 'paragraph', runs: [{ text: '๒. หลักการและเหตุผล', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{หลักการและเหตุผล}}' }], firstLine: true, align: 'justify' },
  { kind: 'paragraph', runs: [{ text: '๓. วัตถุประสงค์', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{วัตถุประสงค์}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '๔. กลุ่มเป้าหมาย', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{กลุ่มเป้าหมาย}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '๕. วิธีดำเนินการ', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{วิธีดำเนินการ}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '๖. ระยะเวลาดำเนินการ', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{ระยะเวลาดำเนินการ}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '๗. งบประมาณที่ใช้ในการดำเนินการ', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{งบประมาณ}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '๘. ผู้รับผิดชอบ', bold: true }] },
  { kind: 'paragraph', runs: [{ text: '{{ผู้รับผิดชอบ}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '๙. ผลผลิต/ผลลัพธ์', bold: true }] },
  { kind: 'paragraph', runs: [{ text: 'ผลผลิต', bold: true }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '{{ผลผลิต}}' }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: 'ผลลัพธ์', bold: true }], indent: 1 },
  { kind: 'paragraph', runs: [{ text: '{{ผลลัพธ์}}' }], indent: 1 },
];

/** The default template with its own wording's digits as the settings ask (section numbers "๑." or "1."). */
export function defaultTemplate(digits: 'thai' | 'arabic'): Block[] {
  if (digits === 'thai') return DEFAULT_TEMPLATE;
  return DEFAULT_TEMPLATE.map((b) => {
    if (b.kind === 'heading') return { ...b, text: toArabicDigits(b.text) };
    if (b.kind === 'paragraph') return { ...b, runs: b.runs.map((r) => ({ ...r, text: toArabicDigits(r.text) })) };
    return b;
  });
}

/** A field as inline text, for a placeholder that shares its paragraph with other words. */
export function inlineText(field: FieldValue): string {
  if (field.kind === 'text') return field.value;
  if (field.kind === 'paragraphs') return field.value.join(' ');
  return field.items.map((i) => `${i.label} ${i.text}`).join(' ');
}

/** Replaces every placeholder inside a string (text fields and inline use of the others). */
export function fillText(text: string, fields: Fields): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, inside: string) => {
    const name = placeholderName(inside);
    return isPlaceholder(name) ? inlineText(fields[name]) : whole;
  });
}

/** The one placeholder a paragraph consists of, if that is all it holds. */
export function solePlaceholder(text: string): PlaceholderName | null {
  const m = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(text);
  if (!m) return null;
  const name = placeholderName(m[1]);
  return isPlaceholder(name) ? name : null;
}

/** The template filled: block placeholders expanded, text placeholders replaced. */
export function fillTemplate(template: Block[], fields: Fields): Block[] {
  const out: Block[] = [];
  for (const block of template) {
    if (block.kind === 'paragraph') {
      const name = solePlaceholder(block.runs.map((r) => r.text).join(''));
      const field = name ? fields[name] : null;
      if (field && field.kind === 'list') {
        out.push({ kind: 'list', items: field.items });
        continue;
      }
      if (field && field.kind === 'paragraphs') {
        for (const p of field.value) out.push({ ...block, runs: [{ text: p }] });
        continue;
      }
      out.push({ ...block, runs: block.runs.map((r): Run => ({ ...r, text: fillText(r.text, fields) })) });
    } else if (block.kind === 'heading') {
      out.push({ ...block, text: fillText(block.text, fields) });
    } else if (block.kind === 'table') {
      const cell = (c: { text: string }) => ({ ...c, text: fillText(c.text, fields) });
      out.push({ ...block, header: block.header.map((r) => r.map(cell)), rows: block.rows.map((r) => r.map(cell)) });
    } else {
      out.push(block);
    }
  }
  return out;
}

/**
 * Section headings as real documents and sheets write them
 * (docs/domain.md#the-nine-sections-of-a-detail-document): an optional "๑." or "๗)" before the
 * words, manual and template wordings; and a section's lines put into its field.
 */
import type { DetailField, ProjectDetails } from './model';
import { parseListLines } from './lists';
import { cleanText, compactKey } from '../text';
import { toArabicDigits } from '../../../shared/numbers';

const SECTION_WORDS: [DetailField, RegExp][] = [
  ['name', /^ชื่อ(โครงการ|กิจกรรม|มาตรการ)/],
  ['rationale', /^หลักการ(และ)?เหตุผล/],
  ['objectives', /^วัตถุประสงค์/],
  ['targets', /^(กลุ่ม)?เป้าหมาย/],
  ['method', /^(วิธี|ขั้นตอน)(การ)?ดำเนิน(การ|งาน)/],
  ['period', /^ระยะเวลา(ดำเนินการ|ในการดำเนินการ)?/],
  ['budget', /^งบประมาณ(ที่ใช้ในการดำเนินการ|ดำเนินการ|ที่ใช้)?/],
  ['responsible', /^(ผู้|หน่วยงาน(ที่)?)รับผิดชอบ(โครงการ)?/],
  ['results', /^ผลผลิต\/ผลลัพธ์/],
  ['outputs', /^ผลผลิต$/],
  ['outcomes', /^ผลลัพธ์$/],
];
const SECTION_NUMBER = /^[0-9]{1,2}\s*[.)]\s*/;

/** The section a heading names ("๗. งบประมาณที่ใช้ในการดำเนินการ", "ผู้รับผิดชอบโครงการ"), with what follows a colon. */
export function sectionHeading(text: string): { field: DetailField; rest: string } | null {
  const t = toArabicDigits(cleanText(text));
  const numbered = SECTION_NUMBER.exec(t);
  const body = numbered ? t.slice(numbered[0].length) : t;
  const [head, ...restParts] = body.split(/\s*:\s*/);
  const key = compactKey(head);
  for (const [field, re] of SECTION_WORDS) {
    if (!re.test(key)) continue;
    // Without a number a heading must be the words alone (a paragraph starting "งบประมาณ จำนวน…" is not one).
    if (!numbered && restParts.length === 0 && !/^(\(บาท\))?$/.test(key.replace(re, ''))) return null;
    return { field, rest: restParts.join(' : ').trim() };
  }
  return null;
}

/** Puts a section's lines into its field: texts joined or kept per line, lists parsed into items. */
export function setField(d: ProjectDetails, field: DetailField, lines: string[]): void {
  const joined = lines.join(' ').trim();
  switch (field) {
    case 'no': {
      const m = /^(\d+)/.exec(toArabicDigits(joined));
      d.no = m ? Number(m[1]) : null;
      break;
    }
    case 'id':
      d.id = joined || null;
      break;
    case 'name':
      d.name = joined;
      break;
    case 'rationale':
    case 'targets':
    case 'responsible':
      d[field].push(...lines);
      break;
    case 'period':
    case 'budget':
      d[field] = [d[field], joined].filter(Boolean).join(' ');
      break;
    case 'objectives':
    case 'method':
    case 'outputs':
    case 'outcomes':
      d[field].push(...parseListLines(lines));
      break;
    case 'results': {
      const { outputs, outcomes } = splitResults(lines);
      d.outputs.push(...parseListLines(outputs));
      d.outcomes.push(...parseListLines(outcomes));
      break;
    }
  }
}

/** ผลผลิต and ผลลัพธ์ written in one section under their sub-heads. */
function splitResults(lines: string[]): { outputs: string[]; outcomes: string[] } {
  const outputs: string[] = [];
  const outcomes: string[] = [];
  let target = outputs;
  for (const line of lines) {
    const k = compactKey(line);
    if (/^ผลผลิต:?$/.test(k)) target = outputs;
    else if (/^ผลลัพธ์:?$/.test(k)) target = outcomes;
    else target.push(line);
  }
  return { outputs, outcomes };
}

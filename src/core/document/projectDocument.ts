/**
 * A project's detail document: its fields (from the details sheet and the plan row — the period
 * and the budget always come from the plan, so table and documents cannot drift apart), its name
 * "ลำดับที่ <n> <ชื่อ>", its content hash, and the model filled from a template.
 */
import { bahtText } from '../thai/bahtText';
import type { ListItem, ProjectDetails } from '../read/details/model';
import { formatAmount, sumBaht } from '../../shared/numbers';
import type { ReadProject } from '../read/planReader';
import type { PlanSettings } from '../../shared/settings';
import { cleanText, nameKey, stripControls } from '../read/text';
import { toThaiDigits } from '../../shared/numbers';
import type { Block, DocModel, ListEntry } from './model';
import { defaultTemplate, fillTemplate, type Fields } from './template';

type Digits = 'thai' | 'arabic';

const digitsOf = (text: string, digits: Digits) => (digits === 'thai' ? toThaiDigits(text) : text);

/** "๑)", and "๖.๑)" for the sub-items under item ๖. */
export function numberedList(items: ListItem[], digits: Digits): ListEntry[] {
  let n = 0;
  let sub = 0;
  return items.map((item) => {
    if (item.level === 1 || n === 0) {
      n++;
      sub = 0;
      return { label: digitsOf(`${n})`, digits), text: item.text, level: 1 };
    }
    sub++;
    return { label: digitsOf(`${n}.${sub})`, digits), text: item.text, level: 2 };
  });
}

/** The plan's years a project runs in, as documents write them: "ปีงบประมาณ พ.ศ. ๒๕๖๖-๒๕๗๐". */
export function planPeriod(years: { from: number; to: number }, digits: Digits): string {
  const span = years.from === years.to ? `${years.from}` : `${years.from}-${years.to}`;
  return digitsOf(`ปีงบประมาณ พ.ศ. ${span}`, digits);
}

/**
 * The budget section from the plan row: "งบประมาณ จำนวน ๔๕,๐๐๐ บาท (สี่หมื่นห้าพันบาทถ้วน)"; a
 * line per year and a total when several years have money; "ดำเนินการโดยไม่ใช้งบประมาณ" when none has.
 */
export function budgetLines(budgets: Record<string, number | null>, settings: PlanSettings): string[] {
  const { digits, bahtStyle } = settings.documents;
  const years = Object.entries(budgets)
    .filter(([y, v]) => y !== 'unknown' && v !== null && v > 0)
    .sort(([a], [b]) => Number(a) - Number(b)) as [string, number][];
  const unknown = budgets.unknown;
  if (years.length === 0 && !(unknown && unknown > 0)) return ['ดำเนินการโดยไม่ใช้งบประมาณ'];
  const amount = (v: number) => `จำนวน ${formatAmount(v, 'auto', digits)} บาท (${bahtText(v, bahtStyle)})`;
  if (years.length === 0) return [`งบประมาณ ${amount(unknown!)}`];
  if (years.length === 1) return [`งบประมาณ ${amount(years[0][1])}`];
  const total = sumBaht(years.map(([, v]) => v));
  return [...years.map(([y, v]) => `ปีงบประมาณ พ.ศ. ${digitsOf(y, digits)} ${amount(v)}`), `รวมทั้งสิ้น ${amount(total)}`];
}

export interface ProjectDocumentContext {
  settings: PlanSettings;
  /** The plan's fiscal years (the title's range, or the annual plan's year). */
  years: { from: number; to: number };
  organisation: string;
  dimensionLabel: (d: number) => string;
}

/**
 * The name documents print: the plan's, but written as the details sheet writes it when the two
 * are the same name (table cells often carry spaces from old line wraps).
 */
export function displayName(project: ReadProject, details: ProjectDetails | null): string {
  if (details?.name && nameKey(details.name) === nameKey(project.name)) return cleanText(details.name);
  return cleanText(project.name);
}

/** The fields a template is filled with, for one project. */
export function projectFields(project: ReadProject, details: ProjectDetails, ctx: ProjectDocumentContext): Fields {
  const digits = ctx.settings.documents.digits;
  const text = (value: string) => ({ kind: 'text' as const, value });
  const paragraphs = (value: string[]) => ({ kind: 'paragraphs' as const, value });
  const list = (items: ListItem[]) => ({ kind: 'list' as const, items: numberedList(items, digits) });
  const responsible = details.responsible.length
    ? details.responsible
    : project.responsible
      ? [project.responsible]
      : [];
  return {
    ลำดับที่: text(digitsOf(String(project.sequence), digits)),
    ชื่อโครงการ: text(displayName(project, details)),
    หลักการและเหตุผล: paragraphs(details.rationale),
    วัตถุประสงค์: list(details.objectives),
    กลุ่มเป้าหมาย: paragraphs(details.targets),
    วิธีดำเนินการ: list(details.method),
    ระยะเวลาดำเนินการ: text(planPeriod(ctx.years, digits)),
    งบประมาณ: paragraphs(budgetLines(project.budgets, ctx.settings)),
    ผู้รับผิดชอบ: paragraphs(responsible),
    ผลผลิต: list(details.outputs),
    ผลลัพธ์: list(details.outcomes),
    ชื่อหน่วยงาน: text(ctx.organisation),
    ปีงบประมาณ: text(
      digitsOf(ctx.years.from === ctx.years.to ? `${ctx.years.from}` : `${ctx.years.from}-${ctx.years.to}`, digits),
    ),
    มิติ: text(project.dimension ? ctx.dimensionLabel(project.dimension) : ''),
    ภารกิจตามมิติ: text(project.mission),
  };
}

/** "ลำดับที่ ๑ มาตรการปรับปรุง…": the document's name in Drive and the .docx file name (before sanitising). */
export function projectDocumentName(project: ReadProject, details: ProjectDetails | null, digits: Digits): string {
  return `ลำดับที่ ${digitsOf(String(project.sequence), digits)} ${displayName(project, details)}`;
}

/** UTF-8 bytes of a file name: Linux and macOS allow 255, and " (2).docx" needs room. */
const MAX_NAME_BYTES = 200;

/** A name safe as a file name on Windows, macOS and Linux (Thai kept; long names cut at a character). */
export function safeFileName(name: string): string {
  // Controls, path characters, and bidi overrides that could disguise an extension ("…\u202Excod.exe");
  // then lone surrogates, which no file system or Drive name can hold.
  const clean = stripControls(
    name.replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u202a-\u202e\u2066-\u2069\ufffe\uffff]+/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  let bytes = 0;
  let end = 0;
  for (const ch of clean) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > MAX_NAME_BYTES) break;
    end += ch.length;
  }
  return clean.slice(0, end).replace(/[. ]+$/, '') || 'เอกสาร';
}

/** The filled detail document of one project. */
export function buildProjectDocument(
  project: ReadProject,
  details: ProjectDetails,
  ctx: ProjectDocumentContext,
  template: Block[] = defaultTemplate(ctx.settings.documents.digits),
): DocModel {
  return {
    name: projectDocumentName(project, details, ctx.settings.documents.digits),
    sections: [{ orientation: 'portrait', blocks: fillTemplate(template, projectFields(project, details, ctx)) }],
  };
}

/** A stable hash of what a document says (53-bit FNV-style, hex), to regenerate only what changed. */
export function contentHash(value: unknown): string {
  const text = JSON.stringify(value);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

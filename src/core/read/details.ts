/**
 * Project details (รายละเอียดโครงการ): the nine sections of each project's detail document, read
 * from a details sheet (one row per project, a column per section) or from converted detail
 * documents, linked to the plan's projects, and checked before any document is made.
 */
import { cellText, isBlank, parseAmount, type Cell, type Grid } from './cells';
import { createFinding, type Finding } from '../check/findings';
import { placeholderSnippet } from '../check/lint';
import { findOrganisations } from './organisation';
import type { ReadProject } from './planReader';
import { cleanLines, cleanText, compactKey, joinWrappedThai, nameKey } from './text';
import { toArabicDigits, toThaiDigits } from '../../shared/numbers';

export interface ListItem {
  text: string;
  /** 1 for "๑)", 2 for "๑.๑)" or a dash under a numbered item. */
  level: 1 | 2;
}

export interface ProjectDetails {
  /** 1-based sheet row, or null when read from a document. */
  row: number | null;
  no: number | null;
  id: string | null;
  name: string;
  rationale: string[];
  objectives: ListItem[];
  targets: string[];
  method: ListItem[];
  period: string;
  budget: string;
  responsible: string[];
  outputs: ListItem[];
  outcomes: ListItem[];
}

export type DetailField =
  | 'no'
  | 'id'
  | 'name'
  | 'rationale'
  | 'objectives'
  | 'targets'
  | 'method'
  | 'period'
  | 'budget'
  | 'responsible'
  | 'outputs'
  | 'outcomes'
  | 'results';

/** The details sheet SaiSaat creates: its header, in order. */
export const DETAILS_SHEET_NAME = 'รายละเอียดโครงการ';
export const DETAILS_COLUMNS: { field: Exclude<DetailField, 'results'>; header: string }[] = [
  { field: 'no', header: 'ลำดับ' },
  { field: 'id', header: 'รหัส' },
  { field: 'name', header: 'ชื่อโครงการ' },
  { field: 'rationale', header: 'หลักการและเหตุผล' },
  { field: 'objectives', header: 'วัตถุประสงค์' },
  { field: 'targets', header: 'กลุ่มเป้าหมาย' },
  { field: 'method', header: 'วิธีดำเนินการ' },
  { field: 'period', header: 'ระยะเวลาดำเนินการ' },
  { field: 'budget', header: 'งบประมาณ' },
  { field: 'responsible', header: 'ผู้รับผิดชอบ' },
  { field: 'outputs', header: 'ผลผลิต' },
  { field: 'outcomes', header: 'ผลลัพธ์' },
];

// Section headings as real documents and sheets write them (docs/domain.md#the-nine-sections-of-a-detail-document): an optional "๑." or
// "๗)" before the words, manual and template wordings.
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

/** The header column of a details sheet: ลำดับ, รหัส or a section. */
function detailsHeaderField(text: string): DetailField | null {
  const k = compactKey(text);
  if (/^ลำดับ(ที่)?$/.test(k)) return 'no';
  if (/^(รหัส(โครงการ)?|id)$/.test(k)) return 'id';
  const s = sectionHeading(text);
  return s && s.rest === '' ? s.field : null;
}

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
    let text = toArabicDigits(cleanText(raw));
    if (text === '') continue;
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
    if (numbered && level === 1) seenNumbered = true;
    // The text was cut on an Arabic-digit copy: give back the writer's own digits.
    text = restoreDigits(raw, text);
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

/** `stripped` was computed on an Arabic-digit copy of `raw`: give back the writer's own digits. */
function restoreDigits(raw: string, stripped: string): string {
  const original = cleanText(raw);
  if (!/[๐-๙]/.test(original) || stripped === '') return stripped.trim();
  return original.slice(original.length - stripped.length).trim();
}

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

function emptyDetails(row: number | null): ProjectDetails {
  return {
    row,
    no: null,
    id: null,
    name: '',
    rationale: [],
    objectives: [],
    targets: [],
    method: [],
    period: '',
    budget: '',
    responsible: [],
    outputs: [],
    outcomes: [],
  };
}

function setField(d: ProjectDetails, field: DetailField, lines: string[]): void {
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
      d.rationale.push(...lines);
      break;
    case 'targets':
      d.targets.push(...lines);
      break;
    case 'responsible':
      d.responsible.push(...lines);
      break;
    case 'period':
      d.period = [d.period, joined].filter(Boolean).join(' ');
      break;
    case 'budget':
      d.budget = [d.budget, joined].filter(Boolean).join(' ');
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

export interface DetailsSheet {
  /** 0-based header row. */
  headerRow: number;
  columns: { field: DetailField; col: number }[];
  details: ProjectDetails[];
}

// Sections only detail documents have: a plan table has budget, period and responsible columns too.
const NARRATIVE: ReadonlySet<DetailField> = new Set([
  'rationale',
  'objectives',
  'targets',
  'method',
  'outputs',
  'outcomes',
  'results',
]);

/** The details header in the first 20 rows: a name column and at least two narrative section columns. */
function detailsHeader(grid: Grid): { row: number; columns: { field: DetailField; col: number }[] } | null {
  for (let r = 0; r < Math.min(grid.length, 20); r++) {
    const columns = (grid[r] ?? [])
      .map((c, col) => ({ field: detailsHeaderField(cellText(c)), col }))
      .filter((c): c is { field: DetailField; col: number } => c.field !== null);
    if (columns.some((c) => c.field === 'name') && columns.filter((c) => NARRATIVE.has(c.field)).length >= 2)
      return { row: r, columns };
  }
  return null;
}

/** Whether a sheet is a details sheet (so never taken for the plan table). */
export function isDetailsSheet(grid: Grid): boolean {
  return detailsHeader(grid) !== null;
}

/** Finds the details header and reads each row. */
export function readDetailsSheet(grid: Grid): DetailsSheet | null {
  const header = detailsHeader(grid);
  if (!header) return null;
  const { row: r, columns } = header;
  const details: ProjectDetails[] = [];
  for (let row = r + 1; row < grid.length; row++) {
    const cells = grid[row] ?? [];
    if (columns.every((c) => isBlank(cells[c.col]))) continue;
    const d = emptyDetails(row + 1);
    for (const c of columns) setField(d, c.field, lines(cells[c.col]));
    if (d.name || d.rationale.length || d.objectives.length) details.push(d);
  }
  return { headerRow: r, columns, details };
}

function lines(cell: Cell): string[] {
  if (typeof cell === 'string') return cleanLines(cell);
  const t = cellText(cell);
  return t ? [t] : [];
}

/**
 * Detail documents as converted text (docs/domain.md#the-nine-sections-of-a-detail-document): "ลำดับที่ ๑" starts a project, the nine
 * numbered headings start sections (a name may follow its heading on the next line).
 */
export function detailsFromDocumentText(text: string): ProjectDetails[] {
  const out: ProjectDetails[] = [];
  let current: ProjectDetails | null = null;
  let field: DetailField | null = null;
  let buffer: string[] = [];
  const flush = () => {
    if (current && field) setField(current, field, field === 'name' ? [buffer.join(' ')] : buffer);
    buffer = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = cleanText(raw);
    if (line === '') continue;
    const start = /^ลำดับที่\s*[0-9๐-๙]+\s*$/.test(line);
    if (start) {
      flush();
      field = null;
      // "ลำดับที่ N" numbers the detail sheets in their own order, not the plan's: not a link key.
      current = emptyDetails(null);
      out.push(current);
      continue;
    }
    if (!current) continue;
    const heading = sectionHeading(line);
    if (heading && /^[0-9๐-๙]{1,2}\s*[.)]/.test(line)) {
      flush();
      field = heading.field;
      if (heading.rest) buffer.push(heading.rest);
      continue;
    }
    if (field) buffer.push(raw.replace(/\s+$/, ''));
  }
  flush();
  return out;
}

/** The sections a document cannot do without; the rest fall back to the plan or stay short. */
export const REQUIRED_SECTIONS: { field: keyof ProjectDetails; label: string }[] = [
  { field: 'rationale', label: 'หลักการและเหตุผล' },
  { field: 'objectives', label: 'วัตถุประสงค์' },
  { field: 'targets', label: 'กลุ่มเป้าหมาย' },
  { field: 'method', label: 'วิธีดำเนินการ' },
];

/** Empty required sections of a project's details (a document needs outputs or outcomes too). */
export function missingSections(d: ProjectDetails, planResponsible = ''): string[] {
  const missing = REQUIRED_SECTIONS.filter((s) => (d[s.field] as unknown[]).length === 0).map((s) => s.label);
  if (d.responsible.length === 0 && !planResponsible) missing.push('ผู้รับผิดชอบ');
  if (d.outputs.length === 0 && d.outcomes.length === 0) missing.push('ผลผลิต/ผลลัพธ์');
  return missing;
}

export interface DetailsLink {
  project: ReadProject;
  details: ProjectDetails | null;
  /** How the details were found. */
  by: 'id' | 'no' | 'name' | 'partial-name' | null;
}

/**
 * Links details rows to plan projects: by id, then by ลำดับ when it is unique in the plan, then by
 * name compared without spaces, quotes or digit forms, then by a name that contains the other
 * (a title cut off at a page break). Reports what matched nothing and what differs.
 */
export function linkDetails(
  projects: ReadonlyArray<ReadProject>,
  sheet: DetailsSheet | { details: ProjectDetails[]; columns?: undefined },
): { links: DetailsLink[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const links: DetailsLink[] = projects.map((p) => ({ project: p, details: null, by: null }));
  const byId = new Map(projects.map((p, i) => [p.id, i]));
  const noCount = new Map<number, number>();
  for (const p of projects) if (p.no !== null) noCount.set(p.no, (noCount.get(p.no) ?? 0) + 1);
  const byNo = new Map(
    projects.filter((p) => p.no !== null && noCount.get(p.no) === 1).map((p) => [p.no!, projects.indexOf(p)]),
  );
  const byName = new Map(projects.map((p, i) => [nameKey(p.name), i]));
  const colOf = (field: DetailField) => sheet.columns?.find((c) => c.field === field)?.col ?? 0;
  const at = (d: ProjectDetails, field: DetailField): [number, number] => [(d.row ?? 1) - 1, colOf(field)];

  for (const d of sheet.details) {
    let index: number | undefined;
    let by: DetailsLink['by'] = null;
    if (d.id && byId.has(d.id)) [index, by] = [byId.get(d.id), 'id'];
    else if (
      d.no !== null &&
      byNo.has(d.no) &&
      (!d.name || nameKey(projects[byNo.get(d.no)!].name) === nameKey(d.name))
    )
      [index, by] = [byNo.get(d.no), 'no'];
    else if (d.name && byName.has(nameKey(d.name))) [index, by] = [byName.get(nameKey(d.name)), 'name'];
    else if (d.name) {
      // Same name but for an organisation's name or a typo or a cut-off end (docs/domain.md#template-leftovers-and-noise-in-real-plans): the
      // single plan name close enough, by character pairs, once organisation names are set aside.
      const key = looseKey(d.name);
      const scored = projects
        .map((p, i) => ({ i, score: similarity(looseKey(p.name), key) }))
        .filter((x) => x.score >= 0.8);
      scored.sort((a, b) => b.score - a.score);
      if (scored.length === 1 || (scored.length > 1 && scored[0].score - scored[1].score >= 0.1))
        [index, by] = [scored[0].i, 'partial-name'];
    }
    if (d.row !== null) {
      for (const placeholder of placeholdersIn(d))
        findings.push(createFinding('PLACEHOLDER', ...at(d, placeholder.field), { text: placeholder.text }));
    }
    if (index === undefined) {
      if (d.row !== null)
        findings.push(createFinding('DETAILS_UNMATCHED', ...at(d, 'name'), { text: d.name || '(ไม่มีชื่อ)' }));
      continue;
    }
    const link = links[index];
    if (link.details) {
      if (d.row !== null)
        findings.push(
          createFinding('DETAILS_DUPLICATE', ...at(d, 'name'), { other: link.details.row ?? '?', text: d.name }),
        );
      continue;
    }
    link.details = d;
    link.by = by;
    if (
      (by === 'partial-name' || by === 'id' || by === 'no') &&
      d.name &&
      nameKey(d.name) !== nameKey(link.project.name) &&
      d.row !== null
    ) {
      findings.push(createFinding('DETAILS_NAME_DIFFERS', ...at(d, 'name'), { text: d.name, plan: link.project.name }));
    }
    if (d.budget && d.row !== null) {
      const stated = budgetInText(d.budget);
      const plan = Object.values(link.project.budgets).reduce<number>((s, v) => s + (v ?? 0), 0);
      if (stated !== null && Math.abs(stated - plan) >= 0.005)
        findings.push(createFinding('DETAILS_BUDGET_DIFFERS', ...at(d, 'budget'), { stated, plan }));
    }
  }
  for (const link of links) {
    if (!link.details)
      findings.push(
        createFinding('DETAILS_MISSING', link.project.source.row, link.project.source.cols.project ?? 0, {
          text: link.project.name,
        }),
      );
  }
  return { links, findings };
}

/**
 * The amount a details budget text states: "งบประมาณ จำนวน ๔๕๐๐๐ บาท" → 45000; a "รวมทั้งสิ้น"
 * line when there is one, else the sum of the amounts; no budget → 0; no amount → null.
 */
export function budgetInText(text: string): number | null {
  const t = toArabicDigits(cleanText(text));
  if (parseAmount(t).kind === 'none' || /ไม่(ได้)?ใช้งบ/.test(compactKey(t))) return 0;
  const amounts = (part: string) =>
    [...part.matchAll(/([0-9][0-9,]*(?:\.[0-9]+)?)\s*บาท/g)]
      .map((m) => parseAmount(m[1]))
      .map((a) => (a.kind === 'amount' ? a.value : NaN));
  const total = /รวมทั้งสิ้น(.*)$/.exec(t);
  const values = amounts(total ? total[1] : t);
  if (values.length === 0 || values.some(Number.isNaN)) return null;
  return values.reduce((s, v) => s + Math.round(v * 100), 0) / 100;
}

/** A name key with organisation names reduced to their type word ("…ของเทศบาลตำบลบุเกะตา" → "…ของเทศบาลตำบล"). */
function looseKey(name: string): string {
  let text = joinWrappedThai(cleanText(name));
  for (const m of findOrganisations(text).reverse())
    text = text.slice(0, m.index + m.type.length) + text.slice(m.index + m.name.length);
  return nameKey(text);
}

/** Dice coefficient of character pairs: 1 for equal strings, near 1 for a typo or a cut-off end. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

function placeholdersIn(d: ProjectDetails): { field: DetailField; text: string }[] {
  const out: { field: DetailField; text: string }[] = [];
  const check = (field: DetailField, texts: string[]) => {
    for (const t of texts) {
      const snippet = placeholderSnippet(t);
      if (snippet) {
        out.push({ field, text: snippet });
        return;
      }
    }
  };
  check('name', [d.name]);
  check('rationale', d.rationale);
  check(
    'objectives',
    d.objectives.map((i) => i.text),
  );
  check('targets', d.targets);
  check(
    'method',
    d.method.map((i) => i.text),
  );
  check('responsible', d.responsible);
  check(
    'outputs',
    d.outputs.map((i) => i.text),
  );
  check(
    'outcomes',
    d.outcomes.map((i) => i.text),
  );
  return out;
}

/** One section of a project's details as its sheet cell holds it: lists "๑) …" per line with "- …" sub-items. */
export function detailsFieldText(d: ProjectDetails, field: Exclude<DetailField, 'results'>): string {
  switch (field) {
    case 'no':
      return d.no === null ? '' : String(d.no);
    case 'id':
      return d.id ?? '';
    case 'name':
    case 'period':
    case 'budget':
      return d[field];
    case 'objectives':
    case 'method':
    case 'outputs':
    case 'outcomes': {
      let n = 0;
      return d[field]
        .map((i) => (i.level === 2 ? `- ${i.text}` : `${toThaiDigits(String(++n))}) ${i.text}`))
        .join('\n');
    }
    default:
      return d[field].join('\n');
  }
}

/** ผลผลิต and ผลลัพธ์ in the one cell some sheets give them, under their sub-heads. */
export function resultsCellText(outputs: string, outcomes: string): string {
  return [outputs && `ผลผลิต\n${outputs}`, outcomes && `ผลลัพธ์\n${outcomes}`].filter(Boolean).join('\n');
}

/** A details row as sheet cells, in DETAILS_COLUMNS order. */
export function detailsRowValues(d: ProjectDetails): string[] {
  return DETAILS_COLUMNS.map(({ field }) => detailsFieldText(d, field));
}

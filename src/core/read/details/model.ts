/**
 * Project details (รายละเอียดโครงการ): the nine sections of a project's detail document
 * (docs/domain.md#the-nine-sections-of-a-detail-document) as read, and which of them a document
 * cannot do without.
 */
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

export function emptyDetails(row: number | null): ProjectDetails {
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

/** The sections a document cannot do without; the rest fall back to the plan or stay short. */
/** A section's name as the form prints it, and in English. */
export interface SectionLabel {
  th: string;
  en: string;
}

export const REQUIRED_SECTIONS: { field: keyof ProjectDetails; label: SectionLabel }[] = [
  { field: 'rationale', label: { th: 'หลักการและเหตุผล', en: 'rationale' } },
  { field: 'objectives', label: { th: 'วัตถุประสงค์', en: 'objectives' } },
  { field: 'targets', label: { th: 'กลุ่มเป้าหมาย', en: 'target group' } },
  { field: 'method', label: { th: 'วิธีดำเนินการ', en: 'method' } },
];
const RESPONSIBLE: SectionLabel = { th: 'ผู้รับผิดชอบ', en: 'responsible unit' };
const RESULTS: SectionLabel = { th: 'ผลผลิต/ผลลัพธ์', en: 'outputs/outcomes' };
/** Said of a project with no details row at all. */
export const EVERY_SECTION: SectionLabel = { th: 'ทุกหัวข้อ', en: 'every section' };

/** Empty required sections of a project's details (a document needs outputs or outcomes too). */
export function missingSections(d: ProjectDetails, planResponsible = ''): SectionLabel[] {
  const missing = REQUIRED_SECTIONS.filter((s) => (d[s.field] as unknown[]).length === 0).map((s) => s.label);
  if (d.responsible.length === 0 && !planResponsible) missing.push(RESPONSIBLE);
  if (d.outputs.length === 0 && d.outcomes.length === 0) missing.push(RESULTS);
  return missing;
}

/** "รายละเอียดยังไม่ครบ: …" and its English: why a project with these sections empty gets no document. */
export function incompleteReason(missing: SectionLabel[]): { reason: string; reasonEn: string } {
  return {
    reason: `รายละเอียดยังไม่ครบ: ${missing.map((m) => m.th).join(', ')}`,
    reasonEn: `details incomplete: ${missing.map((m) => m.en).join(', ')}`,
  };
}

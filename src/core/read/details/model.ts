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

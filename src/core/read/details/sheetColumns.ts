/**
 * The details sheet SaiSaat creates: its name and columns, and each section as its cell holds it
 * (lists "๑) …" per line with "- …" sub-items), so what the sheet shows reads back the same.
 */
import type { DetailField, ProjectDetails } from './model';
import { toThaiDigits } from '../../../shared/numbers';

export const DETAILS_SHEET_NAME = 'รายละเอียดโครงการ';
/** The details sheet's header, in order. */
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

/**
 * Adopting an existing sheet as a plan table, planned as data: what was recognised (columns by
 * role, projects, total rows) and what was not, where validation and checkboxes go (project and
 * blank rows of the detected columns only, never total rows), and which cells hold ticks or
 * amounts written as text that the user may agree to convert. Nothing here moves, deletes or
 * overwrites a cell; conversions happen only when the user says so.
 */
import { cellText, parseAmount, parseTick, a1, type Grid } from '../read/cells';
import type { Finding } from '../check/findings';
import type { ColumnRole } from '../read/header';
import type { PlanReading } from '../read/planReader';

export const ROLE_LABELS: Record<ColumnRole, { th: string; en: string }> = {
  no: { th: 'ลำดับ', en: 'No.' },
  dimension: { th: 'มิติ', en: 'Dimension' },
  mission: { th: 'ภารกิจตามมิติ', en: 'Sub-mission' },
  project: { th: 'โครงการ/กิจกรรม/มาตรการ', en: 'Project' },
  kind: { th: 'ประเภท', en: 'Kind' },
  added: { th: 'เพิ่มเติมโดยหน่วยงาน', en: 'Added by the office' },
  budget: { th: 'งบประมาณ', en: 'Budget' },
  quarter: { th: 'ไตรมาส', en: 'Quarter' },
  responsible: { th: 'ผู้รับผิดชอบ', en: 'Responsible unit' },
  remark: { th: 'หมายเหตุ', en: 'Remark' },
  target: { th: 'เป้าหมาย', en: 'Target group' },
  output: { th: 'ผลผลิต', en: 'Outputs' },
  outcome: { th: 'ผลลัพธ์', en: 'Outcomes' },
  period: { th: 'ระยะเวลาดำเนินการ', en: 'Period' },
  id: { th: 'รหัส', en: 'Id' },
  document: { th: 'เอกสารรายละเอียดโครงการ', en: 'Detail document' },
  documentStatus: { th: 'สถานะเอกสาร', en: 'Document status' },
  ordinance: { th: 'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ', en: 'Budget in the ordinance' },
  followStatus: { th: 'สถานะ (ติดตามผล)', en: 'Status (follow-up)' },
  followSpent: { th: 'เบิกจ่ายจริง (ติดตามผล)', en: 'Spent (follow-up)' },
  followResult: { th: 'ผลการดำเนินงาน (ติดตามผล)', en: 'Result (follow-up)' },
};

export interface AdoptedColumn {
  role: ColumnRole;
  /** 1-based column and its letter. */
  col: number;
  cell: string;
  header: string;
  year?: number | null;
  quarter?: number;
}

/** A cell (1-based) whose text would become a real value: a checkbox boolean or a number. */
export interface Conversion {
  row: number;
  col: number;
  cell: string;
  from: string;
  to: boolean | number;
}

export interface AdoptionPlan {
  /** 1-based rows of the first header. */
  headerRows: number[];
  /** 1-based rows validation goes on: from the row after the header to the last table row. */
  firstRow: number;
  lastRow: number;
  columns: AdoptedColumn[];
  unknownHeaders: { cell: string; text: string }[];
  /** Rows (1-based) that take validation: projects and blank rows, not totals, repeats or headings. */
  validatedRows: number[];
  ticks: Conversion[];
  numbers: Conversion[];
  projects: number;
  totalRows: number;
  /** What the reader could not place (rows, headers), with cells. */
  notUnderstood: Finding[];
}

export function planAdoption(grid: Grid, reading: PlanReading): AdoptionPlan | null {
  const header = reading.headers[0];
  if (!header) return null;
  const headerRows = header.rows.map((r) => r + 1);
  const firstRow = headerRows[headerRows.length - 1] + 1;
  const tableRows = [...reading.projects.map((p) => p.row), ...reading.totals.map((t) => t.row + 1)];
  const lastRow = Math.max(firstRow - 1, ...tableRows);
  const columns: AdoptedColumn[] = header.columns.map((c) => ({
    role: c.role,
    col: c.col + 1,
    cell: a1(header.rows[0], c.col),
    header: c.header,
    ...(c.role === 'budget' ? { year: c.year ?? null } : {}),
    ...(c.role === 'quarter' ? { quarter: c.quarter } : {}),
  }));
  const notUnderstood = reading.findings.filter(
    (f) => f.code === 'ROW_NOT_UNDERSTOOD' || f.code === 'COLUMN_NOT_UNDERSTOOD',
  );
  return {
    headerRows,
    firstRow,
    lastRow,
    columns,
    unknownHeaders: header.unknown.map((u) => ({ cell: a1(u.row, u.col), text: u.text })),
    validatedRows: validatedRows(grid, reading, firstRow, lastRow),
    ...conversions(grid, reading),
    projects: reading.projects.length,
    totalRows: reading.totals.length,
    notUnderstood,
  };
}

/** Project rows and blank rows between the header and the last table row. */
function validatedRows(grid: Grid, reading: PlanReading, firstRow: number, lastRow: number): number[] {
  const projectRows = new Set(reading.projects.map((p) => p.row));
  const rows: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = grid[r - 1] ?? [];
    if (projectRows.has(r) || row.every((c) => cellText(c) === '')) rows.push(r);
  }
  return rows;
}

/** Quarter cells holding a tick as text, and budget cells holding an amount as text. */
function conversions(grid: Grid, reading: PlanReading): Pick<AdoptionPlan, 'ticks' | 'numbers'> {
  const ticks: Conversion[] = [];
  const numbers: Conversion[] = [];
  for (const p of reading.projects) {
    const row = grid[p.row - 1] ?? [];
    for (const col of p.source.quarterCols) {
      const t = parseTick(row[col]);
      if (t.kind === 'tick' && t.fromText && typeof row[col] === 'string') {
        ticks.push({ row: p.row, col: col + 1, cell: a1(p.row - 1, col), from: cellText(row[col]), to: t.ticked });
      }
    }
    for (const b of p.source.budget) {
      const cell = row[b.col];
      if (typeof cell !== 'string') continue;
      const a = parseAmount(cell);
      if (a.kind === 'amount' && !a.dash)
        numbers.push({ row: p.row, col: b.col + 1, cell: a1(p.row - 1, b.col), from: cellText(cell), to: a.value });
    }
  }
  return { ticks, numbers };
}

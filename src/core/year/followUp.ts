/**
 * The plan through its year (docs/domain.md#the-plans-year): what the follow-up of an annual plan
 * records per project and round, as ONACC's own reporting system (e-PlanNACC) records it — the
 * budget in the ordinance (ข้อบัญญัติ/เทศบัญญัติ), and per round a status, the spending to the end of
 * the round and what was done — and the figures a round's report prints. Shared by the reader
 * (follow-up columns of the annual table), the checks, the reports and both faces.
 */

/** A reporting round: 6 months (1 October – 31 March) or 12 months (the whole fiscal year). */
export type Round = 6 | 12;
export const ROUNDS: readonly Round[] = [6, 12];

/**
 * A project's status in a round. `notStarted` (ยังไม่ได้ดำเนินการ) is the office's own word for
 * "reported, nothing done yet"; ONACC's statuses are the other three.
 */
export type StatusKey = 'inProgress' | 'finished' | 'notPossible' | 'notStarted';

/** The status words as the dropdown offers them, in this order. */
export const STATUS_LABELS: Readonly<Record<StatusKey, string>> = {
  notStarted: 'ยังไม่ได้ดำเนินการ',
  inProgress: 'อยู่ระหว่างดำเนินการ',
  finished: 'ดำเนินการแล้วเสร็จ',
  notPossible: 'ไม่สามารถดำเนินการได้',
};

/** ONACC's reasons for ไม่สามารถดำเนินการได้; `อื่นๆ` needs the reason written in the result. */
export const NOT_POSSIBLE_REASONS = ['ไม่ได้รับงบประมาณ', 'นโยบายผู้บริหารเปลี่ยนแปลง', 'บุคลากรไม่เพียงพอ', 'อื่นๆ'] as const;

/** One round of one project, as written in its follow-up cells. */
export interface RoundReport {
  /** null when the status cell is blank (not reported) or not a known status (a finding says so). */
  status: StatusKey | null;
  /** The status cell as written. */
  statusText: string;
  /** The reason of ไม่สามารถดำเนินการได้, from the status cell ("… (ไม่ได้รับงบประมาณ)") or '' . */
  reason: string;
  /** เบิกจ่ายจริง, cumulative to the end of the round; null when blank or not an amount. */
  spent: number | null;
  /** ผลการดำเนินงาน: what was done (outputs, numbers, evidence links). */
  result: string;
  /** 0-based columns of the round's cells, for findings; absent when the plan has no such column. */
  cols: Partial<Record<'status' | 'spent' | 'result', number>>;
}

/** A project's follow-up: the ordinance budget (once per project) and each round the plan has columns for. */
export interface ProjectFollowUp {
  /** งบประมาณตามข้อบัญญัติ/เทศบัญญัติ; null when blank or not an amount. */
  ordinance: number | null;
  ordinanceCol?: number;
  rounds: Partial<Record<Round, RoundReport>>;
}

/** Counts by status and amounts (baht) of one dimension, or of the whole plan. */
export interface FollowUpFigures {
  /** Projects of the annual plan (in the dimension). */
  projects: number;
  finished: number;
  inProgress: number;
  notPossible: number;
  notStarted: number;
  /** รอรายงานผล: projects with no status for the round. */
  notReported: number;
  /** Budget in the plan for the year. */
  planned: number;
  /** Budget in the ordinance. */
  ordinance: number;
  /** Spent to the end of the round. */
  spent: number;
}

/** What `saisaat report --json` prints and every report renders. */
export interface ReportFigures {
  year: number;
  round: Round;
  /** ISO dates (Gregorian) of the round's first and last day, e.g. 2024-10-01 – 2025-03-31 for 2568 round 6. */
  period: { from: string; to: string };
  byDimension: Record<'1' | '2' | '3' | '4', FollowUpFigures>;
  total: FollowUpFigures;
}

/** One row of a report's per-project table. */
export interface ReportProject {
  id: string;
  /** ลำดับ as printed in the plan (or its position). */
  no: number;
  dimension: number | null;
  name: string;
  planned: number | null;
  ordinance: number | null;
  spent: number | null;
  /** The status the round counts (finished at 6 months stays finished at 12), null = รอรายงานผล. */
  status: StatusKey | null;
  reason: string;
  result: string;
}

/**
 * The plan's projects as the reader produces them and every job (check, totals, documents, the
 * CLI's --json) consumes them. See docs/domain.md for the terms.
 */

import type { ProjectFollowUp } from './year/followUp';

export const PROJECT_KINDS = ['โครงการ', 'กิจกรรม', 'มาตรการ'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export interface ProjectRow {
  /** Stable id: the sheet's id column when present, else derived from dimension and name. */
  id: string;
  /** 1-based sheet row. */
  row: number;
  /** The order number written in the plan (ลำดับ, or "๑." before the name), if any. */
  no: number | null;
  /** 1-based position among the plan's projects. */
  sequence: number;
  dimension: number | null;
  /** The "*" of "*1": a project the office added itself, outside the starter list. */
  added: boolean;
  missionId: string | null;
  mission: string;
  kind: ProjectKind | null;
  name: string;
  /** Budget per BE fiscal year; null means "runs without a budget". */
  budgets: Record<string, number | null>;
  quarters: [boolean, boolean, boolean, boolean];
  responsible: string;
  remark: string;
  /** The annual plan's follow-up columns (core/year/followUp.ts), when the table has them. */
  followUp?: ProjectFollowUp;
}

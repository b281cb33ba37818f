/**
 * The annual plan from the 5-year plan (core/year/annualPlan.ts) across google.script.run: the
 * preview's and the run's requests and results, as zod/mini schemas and their types. shared/api.ts
 * (ServerApi) and shared/results.ts (RESULT_SCHEMAS) refer to them; the sidebar imports types only.
 */
import * as z from 'zod/mini';
import { BeYearSchema } from './settings';

const Text = z.string();
const Count = z.int().check(z.nonnegative());
/** An id as the plan writes it (รหัส, or the reader's "p…" id): short text. */
const Id = z.string().check(z.minLength(1), z.maxLength(200));

export const AnnualPreviewRequestSchema = z.object({ year: BeYearSchema });
export type AnnualPreviewRequest = z.infer<typeof AnnualPreviewRequestSchema>;

export const AnnualRequestSchema = z.object({
  year: BeYearSchema,
  /** Candidates (`-` or blank in the year) the user ticked in the preview. */
  include: z.array(Id).check(z.maxLength(20000)),
});
export type AnnualRequest = z.infer<typeof AnnualRequestSchema>;

const CountsSchema = z.strictObject({ added: Count, updated: Count, kept: Count, dropped: Count });

export const AnnualPreviewSchema = z.strictObject({
  planSheet: Text,
  year: z.int(),
  /** The plan's budget years, for the year select. */
  years: z.array(z.int()),
  /** The annual sheet's name, and whether it exists (then the run updates it). */
  sheetName: Text,
  exists: z.boolean(),
  /** Projects with an amount or ไม่ใช้งบประมาณ in the year. */
  included: Count,
  /** Projects with `-` or blank in the year, for the user to include; `inAnnual` when already in the annual sheet. */
  candidates: z.array(
    z.strictObject({ id: Text, row: z.int(), dimension: z.nullable(z.int()), name: Text, inAnnual: z.boolean() }),
  ),
  /** What a run including no candidate would do. */
  counts: CountsSchema,
});
export type AnnualPreview = z.infer<typeof AnnualPreviewSchema>;

export const AnnualResultSchema = z.strictObject({
  sheetName: Text,
  created: z.boolean(),
  /** Projects in the annual plan after the run, marked ones left out. */
  projects: Count,
  counts: CountsSchema,
});
export type AnnualResult = z.infer<typeof AnnualResultSchema>;

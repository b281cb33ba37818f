/**
 * The sidebar's follow-up actions on the plan sheet (issue 14): adding the follow-up columns to an
 * annual plan, and the สรุปผลการดำเนินงาน sheet of a round. Requests are checked by the add-on;
 * results are parsed by the add-on tests (RESULT_SCHEMAS in results.ts).
 */
import * as z from 'zod/mini';

const Text = z.string();
const Count = z.int().check(z.nonnegative());

export const RoundSchema = z.union([z.literal(6), z.literal(12)]);

export const FollowUpSummaryRequestSchema = z.strictObject({ round: RoundSchema });
export type FollowUpSummaryRequest = z.infer<typeof FollowUpSummaryRequestSchema>;

export const FollowUpColumnsResultSchema = z.strictObject({
  sheetName: Text,
  /** The first added column's letters ("N"), and how many were added. */
  firstColumn: Text,
  columns: Count,
});
export type FollowUpColumnsResult = z.infer<typeof FollowUpColumnsResultSchema>;

export const FollowUpSummaryResultSchema = z.strictObject({
  sheetName: Text,
  summarySheet: Text,
  round: RoundSchema,
  chart: z.enum(['created', 'updated']),
});
export type FollowUpSummaryResult = z.infer<typeof FollowUpSummaryResultSchema>;

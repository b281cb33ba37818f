/**
 * The sidebar's follow-up actions on the plan sheet (issue 14): adding the follow-up columns to an
 * annual plan, and the สรุปผลการดำเนินงาน sheet of a round. The request schema, which the add-on
 * parses requests with; the result schemas live with the others in results.ts (never bundled).
 */
import * as z from 'zod/mini';

export const RoundSchema = z.union([z.literal(6), z.literal(12)]);

export const FollowUpSummaryRequestSchema = z.strictObject({ round: RoundSchema });
export type FollowUpSummaryRequest = z.infer<typeof FollowUpSummaryRequestSchema>;

export type { FollowUpColumnsResult, FollowUpSummaryResult } from './results';

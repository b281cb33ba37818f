/**
 * Proposed text fixes across google.script.run: a finding's fix as the sidebar shows it, the
 * request to apply some, and what was applied or skipped. A fix carries the text the finding saw,
 * so the server writes only cells that still hold it (another editor may have changed them since).
 * The sidebar imports types only from here.
 */
import * as z from 'zod/mini';
import { A1_PATTERN, CellText } from './wire';

/** At most this many cells in one request: "fix all" of a long details sheet fits, and the call ends well within 6 minutes. */
export const MAX_FIXES = 2000;

const SheetName = z.string().check(z.minLength(1), z.maxLength(100));
const Cell = z.string().check(z.regex(A1_PATTERN));

/** A cell (of a sheet) whose text `from` is proposed to become `to`. */
export const TextFixSchema = z.strictObject({ sheet: SheetName, cell: Cell, from: CellText, to: CellText });
export type TextFix = z.infer<typeof TextFixSchema>;

export const ApplyTextFixesRequestSchema = z.object({
  fixes: z.array(TextFixSchema).check(z.minLength(1), z.maxLength(MAX_FIXES)),
});
export type ApplyTextFixesRequest = z.infer<typeof ApplyTextFixesRequestSchema>;

const Where = { sheet: z.string(), cell: z.string() };
export const ApplyTextFixesResultSchema = z.strictObject({
  applied: z.array(z.strictObject(Where)),
  /** Cells left as they are, and why, in Thai and English (changed since the check, a formula, no such sheet). */
  skipped: z.array(z.strictObject({ ...Where, reason: z.string(), reasonEn: z.string() })),
});
export type ApplyTextFixesResult = z.infer<typeof ApplyTextFixesResultSchema>;

/**
 * The round report (รายงานผล รอบ ๖/๑๒ เดือน) and the plan's announcement (ประกาศ) as Google Docs,
 * across google.script.run (issue 14): the form's remembered values, the requests and what was
 * made. The add-on parses requests with these schemas; the result schemas are registered in
 * results.ts (RESULT_SCHEMAS) and the sidebar imports types only.
 */
import * as z from 'zod/mini';
import { RoundSchema } from './followUpWire';
import { BeYearSchema } from './settings';

/**
 * The longest ปัญหาอุปสรรค or ข้อเสนอแนะ: each is remembered as one property value, which Google
 * limits to 9 KB (https://developers.google.com/apps-script/guides/services/quotas), and a Thai
 * character is 3 bytes in UTF-8. About a page of text.
 */
export const MAX_REPORT_TEXT = 3000;
/** A signer's name or position: a line. */
export const MAX_SIGNER_TEXT = 200;

const ReportText = z.string().check(z.maxLength(MAX_REPORT_TEXT));
const SignerText = z.string().check(z.maxLength(MAX_SIGNER_TEXT));
/** A Gregorian date written YYYY-MM-DD (whether it exists is the core's to say, in Thai). */
const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const SignerSchema = z.strictObject({ name: SignerText, position: SignerText });
export type Signer = z.infer<typeof SignerSchema>;

/** The form for a round: the year to prefill (when the plan or settings say it) and what was remembered. */
export const ReportFormRequestSchema = z.strictObject({ round: RoundSchema, year: z.optional(BeYearSchema) });
export type ReportFormRequest = z.infer<typeof ReportFormRequestSchema>;

export const ReportDocRequestSchema = z.strictObject({
  round: RoundSchema,
  /** BE fiscal year; the annual plan's own when not given. */
  year: z.optional(BeYearSchema),
  problems: ReportText,
  suggestions: ReportText,
  signer: SignerSchema,
  /** ข้อมูล ณ วันที่; today in the spreadsheet's time zone when not given. */
  asOf: z.optional(IsoDate),
});
export type ReportDocRequest = z.infer<typeof ReportDocRequestSchema>;

export const AnnouncementDocRequestSchema = z.strictObject({
  /** The position may be blank: the head of the organisation by its type (data/announcement.json). */
  signer: SignerSchema,
  /** ประกาศ ณ วันที่; today in the spreadsheet's time zone when not given. */
  date: z.optional(IsoDate),
});
export type AnnouncementDocRequest = z.infer<typeof AnnouncementDocRequestSchema>;

const Text = z.string();

export const ReportFormSchema = z.strictObject({
  round: RoundSchema,
  /** Null when neither the request, the settings nor the plan give it: the user types it. */
  year: z.nullable(z.int()),
  signer: SignerSchema,
  problems: Text,
  suggestions: Text,
});
export type ReportForm = z.infer<typeof ReportFormSchema>;

/** What stops the document, by field (the sidebar shows it there), in Thai and English; nothing was written. */
const ProblemSchema = z.strictObject({
  field: z.enum(['year', 'problems', 'suggestions', 'signerName', 'signerPosition', 'asOf', 'organisation', 'wording']),
  message: Text,
  messageEn: Text,
});

/** The document made, updated in place, or left as it was (its content unchanged). */
const MadeSchema = z.strictObject({
  name: Text,
  url: Text,
  outcome: z.enum(['created', 'updated', 'unchanged']),
});

export const ReportDocResultSchema = z.strictObject({
  doc: z.nullable(MadeSchema),
  problems: z.array(ProblemSchema),
  /** A notice that does not stop the report (the plan has no columns for the round), Thai and English; '' if none. */
  notice: Text,
  noticeEn: Text,
});
export type ReportDocResult = z.infer<typeof ReportDocResultSchema>;
export type DocProblem = z.infer<typeof ProblemSchema>;

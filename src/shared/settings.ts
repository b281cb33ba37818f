/**
 * The plan's settings (organisation, plan kind and years, how documents write numbers): kept in
 * document properties, edited in the sidebar, given by CLI flags — validated here on every side.
 * zod/mini, since this file is in the Apps Script bundle.
 */
import * as z from 'zod/mini';

export const ORGANISATION_TYPES = [
  'เทศบาลนคร',
  'เทศบาลเมือง',
  'เทศบาลตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'องค์การบริหารส่วนตำบล',
] as const;

/** A fiscal year in the Buddhist era. */
export const BeYearSchema = z.int().check(z.gte(2400), z.lte(2700));

/** A five-year or an annual plan; also the two layouts of a plan table. */
export const PlanKindSchema = z.enum(['five-year', 'annual']);

export const FiscalYearsSchema = z.object({ from: BeYearSchema, to: BeYearSchema }).check(
  z.refine((r) => r.to >= r.from, {
    message: 'ปีสิ้นสุดต้องไม่น้อยกว่าปีเริ่มต้น',
    params: { en: 'the last year must not be before the first' },
  }),
  z.refine((r) => r.to - r.from < 10, {
    message: 'ช่วงปีของแผนต้องไม่เกิน 10 ปี',
    params: { en: 'a plan covers at most 10 years' },
  }),
);

export type FiscalYears = z.infer<typeof FiscalYearsSchema>;

export const PlanSettingsSchema = z.object({
  organisation: z._default(
    z.object({
      name: z._default(z.string(), ''),
      type: z._default(z.union([z.enum(ORGANISATION_TYPES), z.literal('')]), ''),
    }),
    { name: '', type: '' },
  ),
  planKind: z._default(PlanKindSchema, 'five-year'),
  /**
   * The plan's years when the user gave them (`--years`, or saved by creating a plan sheet); absent,
   * the plan's own title and header say (core/check/period.ts). No default here on purpose: a
   * default would be indistinguishable from a user's choice and override every plan's own years.
   */
  fiscalYears: z.optional(FiscalYearsSchema),
  /** The fiscal year an annual plan covers, when its title does not say. */
  annualYear: z.optional(BeYearSchema),
  /** How generated documents write numbers and amounts. */
  documents: z._default(
    z.object({
      digits: z._default(z.enum(['thai', 'arabic']), 'thai'),
      bahtStyle: z._default(z.enum(['excel', 'sheets']), 'excel'),
      font: z._default(z.string().check(z.minLength(1), z.maxLength(60)), 'Sarabun'),
    }),
    { digits: 'thai', bahtStyle: 'excel', font: 'Sarabun' },
  ),
});
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;
export type PlanSettingsInput = z.input<typeof PlanSettingsSchema>;

/** The current national plan's years (2566–2570): what a new plan sheet proposes when none were saved. */
export const DEFAULT_FISCAL_YEARS: FiscalYears = { from: 2566, to: 2570 };

export const DEFAULT_SETTINGS: PlanSettings = PlanSettingsSchema.parse({});

/**
 * The plan's data model as zod schemas (zod/mini: this file ends up in the Apps Script bundle).
 * Settings and catalogue come from users (sidebar, catalogue sheet, CLI flags) and are validated
 * here; project rows are produced by the reader and validated at the edges that receive them.
 */
import * as z from 'zod/mini';

export const ORGANISATION_TYPES = [
  'เทศบาลนคร',
  'เทศบาลเมือง',
  'เทศบาลตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'องค์การบริหารส่วนตำบล',
] as const;

const beYear = z.int().check(z.gte(2400), z.lte(2700));

export const FiscalYearsSchema = z.object({ from: beYear, to: beYear }).check(
  z.refine((r) => r.to >= r.from, { message: 'ปีสิ้นสุดต้องไม่น้อยกว่าปีเริ่มต้น' }),
  z.refine((r) => r.to - r.from < 10, { message: 'ช่วงปีของแผนต้องไม่เกิน 10 ปี' }),
);

export const PlanSettingsSchema = z.object({
  organisation: z._default(
    z.object({
      name: z._default(z.string(), ''),
      type: z._default(z.union([z.enum(ORGANISATION_TYPES), z.literal('')]), ''),
    }),
    { name: '', type: '' },
  ),
  planKind: z._default(z.enum(['five-year', 'annual']), 'five-year'),
  fiscalYears: z._default(FiscalYearsSchema, { from: 2566, to: 2570 }),
  /** The fiscal year an annual plan covers, when its title does not say. */
  annualYear: z.optional(beYear),
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

export const DEFAULT_SETTINGS: PlanSettings = PlanSettingsSchema.parse({});

const dimensionNumber = z.int().check(z.gte(1), z.lte(4));

export const CatalogueSchema = z.object({
  dimensions: z.array(
    z.object({
      number: dimensionNumber,
      name: z.string().check(z.minLength(3)),
      oldNames: z._default(z.array(z.string()), []),
    }),
  ),
  missions: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      dimension: dimensionNumber,
      number: z._default(z.string(), ''),
      name: z.string().check(z.minLength(3)),
      aliases: z._default(z.array(z.string()), []),
    }),
  ),
  starterProjects: z._default(z.array(z.object({ dimension: dimensionNumber, name: z.string() })), []),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const PROJECT_KINDS = ['โครงการ', 'กิจกรรม', 'มาตรการ'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const ProjectRowSchema = z.object({
  /** Stable id: the sheet's id column when present, else derived from dimension and name. */
  id: z.string(),
  /** 1-based sheet row. */
  row: z.int(),
  /** The order number written in the plan (ลำดับ, or "๑." before the name), if any. */
  no: z.nullable(z.int()),
  /** 1-based position among the plan's projects. */
  sequence: z.int(),
  dimension: z.nullable(dimensionNumber),
  /** The "*" of "*1": a project the office added itself, outside the starter list. */
  added: z.boolean(),
  missionId: z.nullable(z.string()),
  mission: z.string(),
  kind: z.nullable(z.enum(PROJECT_KINDS)),
  name: z.string(),
  /** Budget per BE fiscal year; null means "runs without a budget". */
  budgets: z.record(z.string(), z.nullable(z.number())),
  quarters: z.tuple([z.boolean(), z.boolean(), z.boolean(), z.boolean()]),
  responsible: z.string(),
  remark: z.string(),
});
export type ProjectRow = z.infer<typeof ProjectRowSchema>;

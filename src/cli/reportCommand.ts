/**
 * `saisaat report FILE --round 6|12 [--year Y] [--json]`: the figures of a round's follow-up report
 * (core/year/figures.ts) from an annual plan with follow-up columns, read as `check` reads it.
 * `roundReport` computes everything a report needs (figures, per-project rows, organisation, year)
 * so that writing the report as a document can reuse it.
 */
import { checkGrid, type CheckReport } from '../core/check/check';
import { reportProjects, reportYear, roundFigures, roundPeriod } from '../core/year/figures';
import { ROUNDS, type ReportFigures, type ReportProject, type Round } from '../core/year/followUp';
import type { PlanSettings } from '../shared/settings';
import { formatAmount, toArabicDigits } from '../shared/numbers';
import { alignedTable, findingsText, type Lang } from './checkSummary';
import type { ReportDocumentInput } from '../core/document/reportDocument';
import type { DateParts } from '../core/thai/dates';
import { UsageError } from './errors';
import { formulaLookup, pickPlanSheet, type SheetGrid } from './workbook';

export interface RoundReportData {
  sheet: string;
  /** The plan's title lines and organisation, as `check` reads them. */
  title: string[];
  organisation: string | null;
  /** BE fiscal year the report is for. */
  year: number;
  round: Round;
  figures: ReportFigures;
  projects: ReportProject[];
  /** Whether the plan has columns for the round (without them every project is รอรายงานผล). */
  hasRoundColumns: boolean;
  /** The plan's check: its findings (the follow-up ones among them) and counts. */
  check: CheckReport;
}

/** --round: 6 or 12, in Thai or Arabic digits. */
export function parseRound(value: unknown): Round {
  const round = Number(toArabicDigits(String(value ?? '').trim()));
  if (value === undefined || !(ROUNDS as readonly number[]).includes(round))
    throw new UsageError({
      th: `ต้องระบุรอบรายงานด้วย --round 6 หรือ --round 12${value === undefined ? '' : ` (ได้รับ "${String(value)}")`}`,
      en: `Give the round with --round 6 or --round 12${value === undefined ? '' : ` (got "${String(value)}")`}`,
    });
  return round as Round;
}

/**
 * Reads the plan sheet and computes the round's report. The year is `settings.annualYear` (--year),
 * else the annual plan's own; a plan whose year cannot be known is the user's to say (exit 2).
 */
export function roundReport(
  sheets: SheetGrid[],
  options: { sheet?: string; settings: PlanSettings; round: Round },
): RoundReportData {
  const sheet = pickPlanSheet(sheets, options.sheet);
  const { settings, round } = options;
  const { report, reading } = checkGrid(sheet.grid, sheet.name, { settings, formulaAt: formulaLookup(sheet) });
  const year = reportYear(reading, settings.annualYear);
  if (year === null)
    throw new UsageError({
      th:
        reading.layout === 'annual'
          ? 'ไม่ทราบปีงบประมาณของแผนประจำปี (ชื่อแผนและหัวคอลัมน์งบประมาณไม่ได้ระบุปี): ระบุด้วย --year เช่น --year 2568'
          : 'แผนนี้มีงบประมาณหลายปี: ระบุปีงบประมาณที่จะรายงานด้วย --year เช่น --year 2568',
      en:
        reading.layout === 'annual'
          ? "The annual plan's fiscal year is unknown (neither its title nor its budget header gives one): give it with --year, e.g. --year 2568"
          : 'This plan has budgets for several years: give the fiscal year to report with --year, e.g. --year 2568',
    });
  const projects = reportProjects(reading.projects, year, round);
  return {
    sheet: sheet.name,
    title: reading.title.lines,
    organisation: reading.title.organisation ?? null,
    year,
    round,
    figures: roundFigures(projects, year, round),
    projects,
    hasRoundColumns: reading.projects.some((p) => p.followUp?.rounds[round] !== undefined),
    check: report,
  };
}

const LABELS = {
  th: {
    heading: 'ใสสะอาด (SaiSaat) รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต',
    file: 'ไฟล์',
    sheet: 'แผ่นงาน',
    period: (year: number, round: Round, text: string) => `ประจำปีงบประมาณ พ.ศ. ${year} รอบ ${round} เดือน (${text})`,
    statusHeader: [
      'สถานะ (โครงการ)',
      'ทั้งหมด',
      'แล้วเสร็จ',
      'ระหว่างดำเนินการ',
      'ไม่สามารถดำเนินการได้',
      'ยังไม่ได้ดำเนินการ',
      'รอรายงานผล',
    ],
    budgetHeader: ['งบประมาณ (บาท)', 'ตามแผน', 'ตามข้อบัญญัติ/เทศบัญญัติ', 'เบิกจ่ายจริง', 'ร้อยละของแผน'],
    dimension: (d: string) => `มิติที่ ${d}`,
    total: 'รวมทั้งสิ้น',
    noColumns: (round: Round) =>
      `แผนนี้ไม่มีคอลัมน์ติดตามผลรอบ ${round} เดือน (สถานะ เบิกจ่ายจริง ผลการดำเนินงาน ใต้หัว "ผลการดำเนินงานรอบ ${round} เดือน"): โครงการที่ไม่มีสถานะนับเป็นรอรายงานผล`,
    followUpFindings: 'ผลการตรวจการติดตามผล:',
    seeCheck: (e: number, w: number) => `ทั้งแผน: ข้อผิดพลาด ${e} · คำเตือน ${w} (ดูทั้งหมดด้วย saisaat check)`,
  },
  en: {
    heading: 'SaiSaat (ใสสะอาด) follow-up report of the anti-corruption action plan',
    file: 'File',
    sheet: 'Sheet',
    period: (year: number, round: Round, text: string) => `Fiscal year ${year}, ${round}-month round (${text})`,
    statusHeader: [
      'Status (projects)',
      'All',
      'Finished',
      'In progress',
      'Not possible',
      'Not started',
      'Not reported',
    ],
    budgetHeader: ['Budget (baht)', 'Plan', 'Ordinance', 'Spent', '% of plan'],
    dimension: (d: string) => `Dimension ${d}`,
    total: 'Grand total',
    noColumns: (round: Round) =>
      `The plan has no follow-up columns for the ${round}-month round (สถานะ, เบิกจ่ายจริง, ผลการดำเนินงาน under "ผลการดำเนินงานรอบ ${round} เดือน"): projects without a status count as not reported`,
    followUpFindings: 'Follow-up check:',
    seeCheck: (e: number, w: number) => `Whole plan: ${e} errors · ${w} warnings (see them all with saisaat check)`,
  },
};

/** Spent as a percentage of the plan's budget, '-' when the plan has none. */
function percentOf(spent: number, planned: number): string {
  return planned > 0 ? `${((spent / planned) * 100).toFixed(2)}` : '-';
}

/** The short text summary: the round and its period, counts by status and budgets by dimension, the follow-up findings. */
export function formatReportSummary(data: RoundReportData, file: string, lang: Lang = 'th'): string {
  const L = LABELS[lang];
  const { figures } = data;
  const lines = (['1', '2', '3', '4'] as const)
    .map((d) => [L.dimension(d), figures.byDimension[d]] as const)
    .concat([[L.total, figures.total]]);
  const statusRows = lines.map(([label, f]) =>
    [label, f.projects, f.finished, f.inProgress, f.notPossible, f.notStarted, f.notReported].map(String),
  );
  const budgetRows = lines.map(([label, f]) => [
    label,
    formatAmount(f.planned),
    formatAmount(f.ordinance),
    formatAmount(f.spent),
    percentOf(f.spent, f.planned),
  ]);
  const issues = data.check.issues.filter((i) => i.code.startsWith('FOLLOWUP_'));
  const counts = {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
  };
  return [
    L.heading,
    `${L.file}: ${file} · ${L.sheet}: "${data.sheet}"`,
    ...(data.organisation ? [data.organisation] : []),
    L.period(data.year, data.round, toArabicDigits(roundPeriod(data.year, data.round).text)),
    ...(data.hasRoundColumns ? [] : [`⚠ ${L.noColumns(data.round)}`]),
    '',
    ...alignedTable(L.statusHeader, statusRows),
    '',
    ...alignedTable(L.budgetHeader, budgetRows),
    '',
    L.followUpFindings,
    ...findingsText({ issues, counts }, lang),
    '',
    L.seeCheck(data.check.counts.errors, data.check.counts.warnings),
  ].join('\n');
}

/**
 * The report document's input from the round's figures and the command line: ปัญหาอุปสรรค and
 * ข้อเสนอแนะ (`--problems`, `--suggestions`; "\n" starts a paragraph), the signer, and `--date` as
 * the date the figures are as of. What is missing is said by writeReportDocx, before any file.
 */
export function reportDocumentInput(
  data: RoundReportData,
  settings: PlanSettings,
  date: DateParts,
  values: Record<string, string | boolean | undefined>,
): ReportDocumentInput {
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\\n/g, '\n').trim() : '');
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    organisation: { ...settings.organisation, name: settings.organisation.name || data.organisation || '' },
    figures: data.figures,
    projects: data.projects,
    periodText: roundPeriod(data.year, data.round).text,
    problems: text(values.problems),
    suggestions: text(values.suggestions),
    asOf: `${date.year}-${pad(date.month)}-${pad(date.day)}`,
    signer: { name: text(values.signer), position: text(values.position) },
    digits: settings.documents.digits,
  };
}

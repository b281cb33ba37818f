/**
 * The readable summary `saisaat check` prints: plan and its years, totals per dimension × year
 * (and the projects without a dimension) adding up to the grand total, quarter counts,
 * findings with their cells. Thai by default, English with --lang en. Columns are aligned by
 * display width (Thai vowel and tone marks take no column).
 */
import type { CheckReport } from '../core/check/check';
import { planKindName } from '../core/period';
import { formatAmount, sumBaht } from '../shared/numbers';

export type Lang = 'th' | 'en';

const LABELS = {
  th: {
    heading: 'ใสสะอาด (SaiSaat) ตรวจแผนปฏิบัติการป้องกันการทุจริต',
    file: 'ไฟล์',
    sheet: 'แผ่นงาน',
    years: 'ปีงบประมาณ',
    tableYears: 'ตารางแสดงปี',
    yearUnknown: 'ไม่ทราบ',
    projects: 'โครงการ/กิจกรรม/มาตรการ',
    budget: 'งบประมาณ (บาท)',
    dimension: (d: string, n: number) => `มิติที่ ${d} (${n})`,
    unassigned: (n: number) => `ไม่ระบุมิติ (${n})`,
    total: 'รวมทั้งสิ้น',
    sum: 'รวม',
    quarters: 'จำนวนโครงการที่ดำเนินการรายไตรมาส',
    quarter: (q: number) => `ไตรมาส ${q}`,
    findings: (e: number, w: number) => `ข้อผิดพลาด ${e} · คำเตือน ${w}`,
    none: 'ไม่พบปัญหา',
    more: (n: number) => `… และอีก ${n} รายการ (ดูทั้งหมดด้วย --json)`,
    pass: 'ผลการตรวจ: ผ่าน',
    passWarn: 'ผลการตรวจ: ผ่าน (มีคำเตือน)',
    fail: 'ผลการตรวจ: ไม่ผ่าน — แก้ข้อผิดพลาดแล้วตรวจอีกครั้ง',
    subtotals: (n: number, g: number) => `แถวยอดรวมรายมิติ ${n} แถว · แถวรวมทั้งสิ้น ${g} แถว (ไม่นับเป็นโครงการ)`,
  },
  en: {
    heading: 'SaiSaat (ใสสะอาด) anti-corruption plan check',
    file: 'File',
    sheet: 'Sheet',
    years: 'Fiscal years',
    tableYears: 'the table shows',
    yearUnknown: 'unknown',
    projects: 'projects',
    budget: 'Budget (baht)',
    dimension: (d: string, n: number) => `Dimension ${d} (${n})`,
    unassigned: (n: number) => `No dimension (${n})`,
    total: 'Grand total',
    sum: 'Total',
    quarters: 'Projects per quarter',
    quarter: (q: number) => `Q${q}`,
    findings: (e: number, w: number) => `${e} errors · ${w} warnings`,
    none: 'No problems found',
    more: (n: number) => `… and ${n} more (see all with --json)`,
    pass: 'Result: passed',
    passWarn: 'Result: passed (with warnings)',
    fail: 'Result: failed — fix the errors and check again',
    subtotals: (n: number, g: number) =>
      `${n} dimension subtotal rows · ${g} grand-total rows (not counted as projects)`,
  },
};

/** Terminal columns a string takes: combining marks (Thai vowels above/below, tone marks) take none. */
export function displayWidth(text: string): number {
  return text.replace(/\p{M}/gu, '').length;
}

const padStart = (t: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(t))) + t;
const padEnd = (t: string, w: number) => t + ' '.repeat(Math.max(0, w - displayWidth(t)));

const MAX_FINDINGS = 40;

type Labels = (typeof LABELS)[Lang];

const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

/** File, sheet, title, the plan's kind and years (and the table's, when it shows only some), number of projects. */
function headingLines(report: CheckReport, file: string, L: Labels, lang: Lang): string[] {
  const { period, years } = report;
  const shown = years.length ? span(years[0], years[years.length - 1]) : '';
  const range = period ? span(period.from, period.to) : L.yearUnknown;
  const table = period && shown && shown !== range ? ` (${L.tableYears} ${shown})` : '';
  return [
    L.heading,
    `${L.file}: ${file} · ${L.sheet}: "${report.sheet}"`,
    ...(report.title.length ? [report.title.join(' ')] : []),
    `${planKindName(period, report.layout, lang)} · ${L.years} ${range}${table} · ${report.counts.projects} ${L.projects}`,
  ];
}

/**
 * Budget per dimension × year with the grand total, columns aligned; the projects without a
 * readable dimension on their own line when there are any, so the lines always add up to the
 * total. None when no year has a budget.
 */
function budgetTable(report: CheckReport, L: Labels): string[] {
  const { totals } = report;
  const yearKeys = Object.keys(totals.byYear);
  if (yearKeys.length === 0) return [];
  const showSum = yearKeys.length > 1;
  const header = [L.budget, ...yearKeys.map((y) => (y === 'unknown' ? '?' : y)), ...(showSum ? [L.sum] : [])];
  const line = (label: string, byYear: Record<string, number>) => {
    const values = yearKeys.map((y) => byYear[y] ?? 0);
    const sum = sumBaht(values);
    return [label, ...values.map((v) => formatAmount(v)), ...(showSum ? [formatAmount(sum)] : [])];
  };
  const rows = (['1', '2', '3', '4'] as const).map((d) =>
    line(L.dimension(d, totals.projectsByDimension[d]), totals.byDimension[d]),
  );
  if (totals.unassigned.projects > 0)
    rows.push(line(L.unassigned(totals.unassigned.projects), totals.unassigned.byYear));
  rows.push(line(L.total, totals.byYear));
  return [...alignedTable(header, rows), ''];
}

/**
 * A table as text: the first column left-aligned, the others right-aligned, a rule under the
 * header and above the last row (the total).
 */
export function alignedTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((_, i) => Math.max(displayWidth(header[i]), ...rows.map((r) => displayWidth(r[i]))));
  const text = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? padEnd(c, widths[i]) : padStart(c, widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [text(header), rule, ...rows.slice(0, -1).map(text), rule, text(rows[rows.length - 1])];
}

/** The findings, errors first, at most MAX_FINDINGS of them. */
type FindingsPart = Pick<CheckReport, 'issues'> & { counts: Pick<CheckReport['counts'], 'errors' | 'warnings'> };

function findingLines(report: FindingsPart, L: Labels, lang: Lang): string[] {
  const out = [L.findings(report.counts.errors, report.counts.warnings)];
  if (report.issues.length === 0) out.push(`  ${L.none}`);
  const shown = [
    ...report.issues.filter((i) => i.severity === 'error'),
    ...report.issues.filter((i) => i.severity === 'warning'),
  ].slice(0, MAX_FINDINGS);
  for (const f of shown) {
    out.push(
      `  ${f.severity === 'error' ? '✖' : '⚠'} ${padEnd(f.cell, 6)} ${lang === 'th' ? f.message : f.messageEn}  [${f.code}]`,
    );
  }
  if (report.issues.length > shown.length) out.push(`  ${L.more(report.issues.length - shown.length)}`);
  return out;
}

/** The findings lines of a report (errors first, at most 40), as `check` prints them. */
export function findingsText(report: FindingsPart, lang: Lang): string[] {
  return findingLines(report, LABELS[lang], lang);
}

export function formatSummary(report: CheckReport, file: string, lang: Lang = 'th'): string {
  const L = LABELS[lang];
  const quarters =
    report.layout === 'annual' || report.totals.quarters.some((q) => q > 0)
      ? [`${L.quarters}: ${report.totals.quarters.map((n, i) => `${L.quarter(i + 1)} ${n}`).join(' · ')}`]
      : [];
  const result = report.counts.errors > 0 ? L.fail : report.counts.warnings > 0 ? L.passWarn : L.pass;
  return [
    ...headingLines(report, file, L, lang),
    '',
    ...budgetTable(report, L),
    ...quarters,
    L.subtotals(report.counts.subtotalRows, report.counts.grandTotalRows),
    '',
    ...findingLines(report, L, lang),
    '',
    result,
  ].join('\n');
}

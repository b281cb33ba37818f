/**
 * The readable summary `saisaat check` prints: plan, totals per dimension × year, quarter counts,
 * findings with their cells. Thai by default, English with --lang en. Columns are aligned by
 * display width (Thai vowel and tone marks take no column).
 */
import type { CheckReport } from '../core/check/check';
import { formatAmount } from '../shared/numbers';

export type Lang = 'th' | 'en';

const LABELS = {
  th: {
    heading: 'ใสสะอาด (SaiSaat) ตรวจแผนปฏิบัติการป้องกันการทุจริต',
    file: 'ไฟล์',
    sheet: 'แผ่นงาน',
    layout: { 'five-year': 'แผน ๕ ปี', annual: 'แผนประจำปี' },
    years: 'ปีงบประมาณ',
    yearUnknown: 'ไม่ทราบ',
    projects: 'โครงการ/กิจกรรม/มาตรการ',
    budget: 'งบประมาณ (บาท)',
    dimension: (d: string, n: number) => `มิติที่ ${d} (${n})`,
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
    layout: { 'five-year': '5-year plan', annual: 'annual plan' },
    years: 'Fiscal years',
    yearUnknown: 'unknown',
    projects: 'projects',
    budget: 'Budget (baht)',
    dimension: (d: string, n: number) => `Dimension ${d} (${n})`,
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

/** File, sheet, title, plan kind, years and number of projects. */
function headingLines(report: CheckReport, file: string, L: Labels): string[] {
  const years = report.years.length
    ? `${report.years[0]}${report.years.length > 1 ? '–' + report.years[report.years.length - 1] : ''}`
    : L.yearUnknown;
  return [
    L.heading,
    `${L.file}: ${file} · ${L.sheet}: "${report.sheet}"`,
    ...(report.title.length ? [report.title.join(' ')] : []),
    `${L.layout[report.layout]} · ${L.years} ${years} · ${report.counts.projects} ${L.projects}`,
  ];
}

/** Budget per dimension × year with the grand total, columns aligned; none when no year has a budget. */
function budgetTable(report: CheckReport, L: Labels): string[] {
  const yearKeys = Object.keys(report.totals.byYear);
  if (yearKeys.length === 0) return [];
  const showSum = yearKeys.length > 1;
  const header = [L.budget, ...yearKeys.map((y) => (y === 'unknown' ? '?' : y)), ...(showSum ? [L.sum] : [])];
  const rows = (['1', '2', '3', '4'] as const).map((d) => {
    const values = yearKeys.map((y) => report.totals.byDimension[d][y] ?? 0);
    const sum = values.reduce((a, b) => a + b, 0);
    return [
      L.dimension(d, report.totals.projectsByDimension[d]),
      ...values.map((v) => formatAmount(v)),
      ...(showSum ? [formatAmount(sum)] : []),
    ];
  });
  rows.push([
    L.total,
    ...yearKeys.map((y) => formatAmount(report.totals.byYear[y] ?? 0)),
    ...(showSum ? [formatAmount(report.totals.grand)] : []),
  ]);
  const widths = header.map((_, i) => Math.max(displayWidth(header[i]), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? padEnd(c, widths[i]) : padStart(c, widths[i]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1]), ''];
}

/** The findings, errors first, at most MAX_FINDINGS of them. */
function findingLines(report: CheckReport, L: Labels, lang: Lang): string[] {
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

export function formatSummary(report: CheckReport, file: string, lang: Lang = 'th'): string {
  const L = LABELS[lang];
  const quarters =
    report.layout === 'annual' || report.totals.quarters.some((q) => q > 0)
      ? [`${L.quarters}: ${report.totals.quarters.map((n, i) => `${L.quarter(i + 1)} ${n}`).join(' · ')}`]
      : [];
  const result = report.counts.errors > 0 ? L.fail : report.counts.warnings > 0 ? L.passWarn : L.pass;
  return [
    ...headingLines(report, file, L),
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

/**
 * The 6- and 12-month report of an annual plan (docs/domain.md#the-plans-year): title with the
 * round and its period, the organisation, a summary by dimension (projects; budget in the plan, in
 * the ordinance, spent; ร้อยละ spent of plan), the counts by status per dimension with รอรายงานผล,
 * a bar chart (planned vs finished projects per dimension), the per-project table on landscape
 * pages, ปัญหาอุปสรรค and ข้อเสนอแนะ, "ข้อมูล ณ วันที่" and the signature block. Figures come as
 * computed (ReportFigures, ReportProject): this module only writes them.
 */
import { dimensionLabel, defaultCatalogueFor, type Catalogue } from '../data/catalogue';
import { itaItemText } from '../data/itaLabels';
import { organisationParts, type OrganisationSetting } from '../read/organisation';
import { formatThaiDate } from '../thai/dates';
import {
  STATUS_LABELS,
  type FollowUpFigures,
  type ReportFigures,
  type ReportProject,
  type StatusKey,
} from '../year/followUp';
import { formatAmount, satangOf, toThaiDigits } from '../../shared/numbers';
import type { BarChart, Block, DocModel, TableCell } from './model';

type Digits = 'thai' | 'arabic';

export interface ReportDocumentInput {
  organisation: OrganisationSetting;
  figures: ReportFigures;
  projects: ReportProject[];
  /** The round's period in the Thai long form: "๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘". */
  periodText: string;
  /** ปัญหาอุปสรรค and ข้อเสนอแนะ as the user wrote them (paragraphs by line); required in round 12. */
  problems: string;
  suggestions: string;
  /** The date the figures are as of, ISO (YYYY-MM-DD, Gregorian). */
  asOf: string;
  signer: { name: string; position: string };
  digits?: Digits;
  /** The dimension names; the plan generation of the year by default. */
  catalogue?: Catalogue;
}

/** What a status reads as in the report; no status is รอรายงานผล. */
export const NOT_REPORTED_LABEL = 'รอรายงานผล';

const DIMENSIONS = ['1', '2', '3', '4'] as const;

/** Columns of the status table, in the order ONACC's summary has them, รอรายงานผล last. */
const STATUS_COLUMNS: { key: StatusKey | 'notReported'; label: string }[] = [
  { key: 'notStarted', label: STATUS_LABELS.notStarted },
  { key: 'inProgress', label: STATUS_LABELS.inProgress },
  { key: 'finished', label: STATUS_LABELS.finished },
  { key: 'notPossible', label: STATUS_LABELS.notPossible },
  { key: 'notReported', label: NOT_REPORTED_LABEL },
];

/** The title: "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (…)". */
export function reportTitle(
  figures: Pick<ReportFigures, 'year' | 'round'>,
  periodText: string,
  digits: Digits = 'thai',
): string {
  const t = `รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ${figures.year} รอบ ${figures.round} เดือน (${periodText})`;
  return digits === 'thai' ? toThaiDigits(t) : t;
}

/** An ISO date (YYYY-MM-DD) as its parts, or null when it is not one. */
export function isoDate(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(year, month - 1, day));
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? { year, month, day } : null;
}

export interface ReportProblem {
  field: 'problems' | 'suggestions' | 'signerName' | 'signerPosition' | 'asOf';
  message: string;
  messageEn: string;
}

/** What the report still needs before it is written: Thai and English, one per missing item. */
export function reportInputProblems(input: ReportDocumentInput): ReportProblem[] {
  const out: ReportProblem[] = [];
  const annual = input.figures.round === 12;
  if (annual && !input.problems.trim())
    out.push({
      field: 'problems',
      message: 'รายงานรอบ ๑๒ เดือนต้องมีหัวข้อปัญหาอุปสรรค — กรอกปัญหาอุปสรรคที่พบ (หรือเขียนว่า "ไม่มี")',
      messageEn: 'The 12-month report needs its problems section — write the problems met (or "none")',
    });
  if (annual && !input.suggestions.trim())
    out.push({
      field: 'suggestions',
      message: 'รายงานรอบ ๑๒ เดือนต้องมีหัวข้อข้อเสนอแนะ — กรอกข้อเสนอแนะ (หรือเขียนว่า "ไม่มี")',
      messageEn: 'The 12-month report needs its suggestions section — write the suggestions (or "none")',
    });
  if (!input.signer.name.trim())
    out.push({
      field: 'signerName',
      message: 'ต้องระบุชื่อ-สกุลผู้ลงนามในรายงาน',
      messageEn: "The report needs the signer's full name",
    });
  if (!input.signer.position.trim())
    out.push({
      field: 'signerPosition',
      message: 'ต้องระบุตำแหน่งผู้ลงนามในรายงาน',
      messageEn: "The report needs the signer's position",
    });
  if (!isoDate(input.asOf))
    out.push({
      field: 'asOf',
      message: `วันที่ของข้อมูล "${input.asOf}" ไม่ใช่วันที่แบบ ปปปป-ดด-วว ที่มีจริง`,
      messageEn: `The figures' date "${input.asOf}" is not a real date written YYYY-MM-DD`,
    });
  return out;
}

/** ร้อยละ of a part in a whole, two decimals; "-" when the whole is nothing. */
function percent(part: number, whole: number, digits: Digits): string {
  if (whole <= 0) return '-';
  const text = ((part / whole) * 100).toFixed(2);
  return digits === 'thai' ? toThaiDigits(text) : text;
}

export function reportDocument(input: ReportDocumentInput): DocModel {
  const digits = input.digits ?? 'thai';
  const title = reportTitle(input.figures, input.periodText, digits);
  const org = organisationParts(input.organisation).full;
  return {
    name: `${title} ${org}`.trim(),
    sections: [
      { orientation: 'portrait', blocks: summaryPart(input, title, org, digits) },
      { orientation: 'landscape', blocks: projectPart(input, digits) },
      { orientation: 'portrait', blocks: closingPart(input, digits) },
    ],
  };
}

/** The file name the report is saved under: "รายงานผล รอบ ๖ เดือน ๒๕๖๘". */
export function reportFileStem(figures: Pick<ReportFigures, 'year' | 'round'>, digits: Digits = 'thai'): string {
  const t = `รายงานผล รอบ ${figures.round} เดือน ${figures.year}`;
  return digits === 'thai' ? toThaiDigits(t) : t;
}

function summaryPart(input: ReportDocumentInput, title: string, org: string, digits: Digits): Block[] {
  const { figures } = input;
  const d = (n: number | string) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  const ita = itaItemText(
    figures.round === 6 ? figures.year : figures.year + 1,
    figures.round === 6 ? 'report6' : 'report12',
  );
  const blocks: Block[] = [
    { kind: 'heading', text: title, align: 'center' },
    { kind: 'paragraph', runs: [{ text: org, bold: true }], align: 'center' },
  ];
  if (ita) blocks.push({ kind: 'paragraph', runs: [{ text: `(ใช้ประกอบการประเมิน ${ita})` }], align: 'center' });
  blocks.push(
    { kind: 'paragraph', runs: [{ text: introduction(input, org, digits) }], align: 'justify', firstLine: true },
    { kind: 'paragraph', runs: [{ text: `๑. สรุปโครงการและงบประมาณ จำแนกตามมิติ`, bold: true }] },
    summaryTable(input, digits),
    dimensionNames(input, digits),
    { kind: 'paragraph', runs: [{ text: `๒. สถานะการดำเนินงาน จำแนกตามมิติ`, bold: true }] },
    statusTable(input, digits),
    { kind: 'paragraph', runs: [{ text: `๓. แผนภูมิเปรียบเทียบโครงการตามแผนกับโครงการที่ดำเนินการแล้วเสร็จ`, bold: true }] },
    { kind: 'chart', chart: projectsChart(figures, d) },
  );
  return blocks;
}

/** The dimensions' names under the summary, whose rows say only "มิติที่ ๑". */
function dimensionNames(input: ReportDocumentInput, digits: Digits): Block {
  const catalogue = input.catalogue ?? defaultCatalogueFor([input.figures.year]);
  const names = DIMENSIONS.map((k) => dimensionLabel(catalogue, Number(k), digits)).join(' · ');
  return { kind: 'paragraph', runs: [{ text: `หมายเหตุ: ${names}` }] };
}

/** The opening paragraph: the plan, the round and its period, and the totals in words and figures. */
function introduction(input: ReportDocumentInput, org: string, digits: Digits): string {
  const { figures } = input;
  const t = figures.total;
  const money = (v: number) => formatAmount(v, 2, digits);
  const d = (n: number) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  const text =
    `${org} ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ${d(figures.year)} ` +
    `จำนวน ${d(t.projects)} โครงการ งบประมาณตามแผน ${money(t.planned)} บาท ` +
    `ผลการดำเนินงานรอบ ${d(figures.round)} เดือน (${input.periodText}) ` +
    `ดำเนินการแล้วเสร็จ ${d(t.finished)} โครงการ อยู่ระหว่างดำเนินการ ${d(t.inProgress)} โครงการ ` +
    `ยังไม่ได้ดำเนินการ ${d(t.notStarted)} โครงการ ไม่สามารถดำเนินการได้ ${d(t.notPossible)} โครงการ ` +
    `รอรายงานผล ${d(t.notReported)} โครงการ เบิกจ่ายจริง ${money(t.spent)} บาท ` +
    `คิดเป็นร้อยละ ${percent(t.spent, t.planned, digits)} ของงบประมาณตามแผน รายละเอียดดังนี้`;
  return text;
}

const head = (text: string, span?: number): TableCell => ({ text, bold: true, align: 'center', span });

/** Each dimension's row, then the total's, from a function of its figures. */
function dimensionRows(
  input: ReportDocumentInput,
  digits: Digits,
  cells: (f: FollowUpFigures) => TableCell[],
): TableCell[][] {
  // "มิติที่ ๑" alone, as ONACC's summaries write it: the full names would squeeze the amounts
  // of a portrait page into columns too narrow for "๑๗๐,๐๐๐.๐๐" (the chart and the per-project
  // table say the same dimensions).
  const rows = DIMENSIONS.map((k) => [
    { text: `มิติที่ ${digits === 'thai' ? toThaiDigits(k) : k}` },
    ...cells(input.figures.byDimension[k]),
  ]);
  const total = cells(input.figures.total).map((c) => ({ ...c, bold: true }));
  return [...rows, [{ text: 'รวมทั้งสิ้น', bold: true, align: 'center' as const }, ...total]];
}

function summaryTable(input: ReportDocumentInput, digits: Digits): Block {
  const d = (n: number) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  const money = (v: number) => ({ text: formatAmount(v, 2, digits), align: 'right' as const });
  return {
    kind: 'table',
    widths: [15, 13, 19, 19, 19, 15],
    header: [
      [head('มิติ'), head('จำนวนโครงการ'), head('งบประมาณ (บาท)', 3), head('ร้อยละการเบิกจ่าย')],
      [head(''), head(''), head('ตามแผน'), head('ตามข้อบัญญัติ/เทศบัญญัติ'), head('เบิกจ่ายจริง'), head('(ของแผน)')],
    ],
    rows: dimensionRows(input, digits, (f) => [
      { text: d(f.projects), align: 'center' },
      money(f.planned),
      money(f.ordinance),
      money(f.spent),
      { text: percent(f.spent, f.planned, digits), align: 'center' },
    ]),
  };
}

function statusTable(input: ReportDocumentInput, digits: Digits): Block {
  const d = (n: number) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  return {
    kind: 'table',
    widths: [15, 13, ...STATUS_COLUMNS.map(() => 72 / STATUS_COLUMNS.length)],
    header: [[head('มิติ'), head('จำนวนโครงการ'), ...STATUS_COLUMNS.map((c) => head(c.label))]],
    rows: dimensionRows(input, digits, (f) => [
      { text: d(f.projects), align: 'center' },
      ...STATUS_COLUMNS.map((c) => ({ text: d(f[c.key]), align: 'center' as const })),
    ]),
  };
}

/** Planned against finished projects, per dimension. */
function projectsChart(figures: ReportFigures, d: (n: number | string) => string): BarChart {
  return {
    title: `โครงการตามแผนและโครงการที่ดำเนินการแล้วเสร็จ รอบ ${d(figures.round)} เดือน`,
    categories: DIMENSIONS.map((k) => `มิติที่ ${d(k)}`),
    series: [
      { name: 'โครงการตามแผน', values: DIMENSIONS.map((k) => figures.byDimension[k].projects) },
      { name: 'ดำเนินการแล้วเสร็จ', values: DIMENSIONS.map((k) => figures.byDimension[k].finished) },
    ],
    valueLabel: 'จำนวนโครงการ',
    description: `แผนภูมิ: จำนวนโครงการตามแผนเทียบกับโครงการที่ดำเนินการแล้วเสร็จ จำแนกตามมิติ ประจำปีงบประมาณ พ.ศ. ${d(figures.year)}`,
  };
}

/** A status as the report writes it, with its reason: "ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)". */
export function statusText(project: Pick<ReportProject, 'status' | 'reason'>): string {
  if (project.status === null) return NOT_REPORTED_LABEL;
  const label = STATUS_LABELS[project.status];
  return project.reason ? `${label} (${project.reason})` : label;
}

function projectPart(input: ReportDocumentInput, digits: Digits): Block[] {
  const d = (n: number) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  // Satang only when some amount has them: "๓๐,๐๐๐" fits a column of the landscape page where
  // "๓๐,๐๐๐.๐๐" wraps, and one table keeps one form.
  const amounts = input.projects.flatMap((p) => [p.planned, p.ordinance, p.spent]);
  const decimals = amounts.some((v) => v !== null && satangOf(v) % 100 !== 0) ? 2 : 'auto';
  const money = (v: number | null) => ({
    text: v === null ? '-' : formatAmount(v, decimals, digits),
    align: 'right' as const,
  });
  const rows: TableCell[][] = input.projects.map((p) => [
    { text: d(p.no), align: 'center' },
    { text: p.dimension === null ? '-' : d(p.dimension), align: 'center' },
    { text: p.name },
    money(p.planned),
    money(p.ordinance),
    money(p.spent),
    { text: statusText(p) },
    { text: p.result || '-' },
  ]);
  return [
    { kind: 'paragraph', runs: [{ text: '๔. ผลการดำเนินงานรายโครงการ', bold: true }] },
    {
      kind: 'table',
      widths: [6, 4, 23, 12, 12, 12, 13, 18],
      header: [
        [
          head('ลำดับ'),
          head('มิติ'),
          head('โครงการ/กิจกรรม/มาตรการ'),
          head('งบประมาณ (บาท)', 3),
          head('สถานะ'),
          head('ผลการดำเนินงาน'),
        ],
        [head('', 3), head('ตามแผน'), head('ตามข้อบัญญัติ/เทศบัญญัติ'), head('เบิกจ่ายจริง'), head(''), head('')],
      ],
      rows,
    },
  ];
}

/** A section's text as paragraphs (one per line written), "-" when there is none. */
function paragraphs(text: string): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.length ? lines : ['-']).map((l) => ({
    kind: 'paragraph' as const,
    runs: [{ text: l }],
    align: 'justify' as const,
    firstLine: true,
  }));
}

/** ปัญหาอุปสรรค, ข้อเสนอแนะ, the date of the figures and the signature block. */
function closingPart(input: ReportDocumentInput, digits: Digits): Block[] {
  const asOf = isoDate(input.asOf);
  const sign = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }], align: 'center', indent: 4 });
  return [
    { kind: 'paragraph', runs: [{ text: '๕. ปัญหาอุปสรรค', bold: true }] },
    ...paragraphs(input.problems),
    { kind: 'paragraph', runs: [{ text: '๖. ข้อเสนอแนะ', bold: true }] },
    ...paragraphs(input.suggestions),
    { kind: 'paragraph', runs: [{ text: '' }] },
    {
      kind: 'paragraph',
      runs: [{ text: `ข้อมูล ณ วันที่ ${asOf ? formatThaiDate(asOf, 'official', digits) : input.asOf}` }],
    },
    { kind: 'paragraph', runs: [{ text: '' }] },
    sign('(ลงชื่อ)................................................ผู้รายงาน'),
    sign(`(${input.signer.name.trim()})`),
    sign(input.signer.position.trim()),
  ];
}

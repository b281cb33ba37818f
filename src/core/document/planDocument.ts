/**
 * The whole plan document (เอกสารแผนทั้งฉบับ): a cover (title, organisation, date in the Thai long
 * form), ส่วนที่ ๒ the plan table by dimension with a subtotal row per dimension (the projects
 * without a readable dimension under ไม่ระบุมิติ) and a grand-total row labelled รวมทั้งสิ้น on
 * landscape pages, and ส่วนที่ ๓ every project's detail document in plan order.
 */
import { dimensionLabel } from '../data/catalogue';
import type { DetailsLink } from '../read/details/link';
import { missingSections } from '../read/details/model';
import { formatAmount } from '../../shared/numbers';
import { UNASSIGNED_LABEL } from '../totals/totals';
import type { PlanReading, ReadProject } from '../read/planReader';
import type { Catalogue } from '../data/catalogue';
import type { PlanSettings } from '../../shared/settings';
import { formatThaiDate, type DateParts } from '../thai/dates';
import { sumBaht, toThaiDigits } from '../../shared/numbers';
import type { Block, DocModel, TableCell } from './model';
import { type ProjectDocumentContext, buildProjectDocument } from './projectDocument';

export interface PlanDocumentInput {
  reading: PlanReading;
  links: DetailsLink[];
  settings: PlanSettings;
  catalogue: Catalogue;
  years: { from: number; to: number };
  organisation: string;
  date: DateParts;
  template?: Block[];
}

function title(input: PlanDocumentInput): string {
  const digits = input.settings.documents.digits;
  const { from, to } = input.years;
  const span = from === to ? `${from}` : `${from} - ${to}`;
  const t = `แผนปฏิบัติการป้องกันการทุจริต ${from === to ? 'ประจำปีงบประมาณ ' : ''}(พ.ศ. ${span})`;
  return digits === 'thai' ? toThaiDigits(t) : t;
}

type Digits = PlanSettings['documents']['digits'];

/** The projects of one dimension, or (dimension null) those without a readable one, under their label. */
interface DimensionGroup {
  dimension: number | null;
  /** "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต", or "ไม่ระบุมิติ". */
  label: string;
  /** The subtotal row's label: "รวมมิติที่ ๑", "รวมไม่ระบุมิติ". */
  totalLabel: string;
  projects: ReadProject[];
}

/**
 * The plan's projects by dimension, then those without a readable dimension, so every project is
 * in the table and the subtotals add up to the grand total; empty groups left out.
 */
function dimensionGroups(input: PlanDocumentInput): DimensionGroup[] {
  const digits = input.settings.documents.digits;
  const groups: DimensionGroup[] = [1, 2, 3, 4].map((d) => {
    const label = dimensionLabel(input.catalogue, d, digits);
    return { dimension: d, label, totalLabel: `รวม${label.split(' ').slice(0, 2).join(' ')}`, projects: [] };
  });
  const unassigned: DimensionGroup = {
    dimension: null,
    label: UNASSIGNED_LABEL,
    totalLabel: `รวม${UNASSIGNED_LABEL}`,
    projects: [],
  };
  for (const p of input.reading.projects)
    (p.dimension && p.dimension <= 4 ? groups[p.dimension - 1] : unassigned).projects.push(p);
  return [...groups, unassigned].filter((g) => g.projects.length > 0);
}

/** The plan table, 5-year layout: มิติ | ภารกิจตามมิติ | โครงการ | ปี … | หมายเหตุ. */
function fiveYearTable(input: PlanDocumentInput, years: string[]): Block {
  const { digits } = input.settings.documents;
  const money = (v: number) => (v === 0 ? '-' : formatAmount(v, 'auto', digits));
  const figures = (values: number[]) => values.map((v) => ({ text: money(v), bold: true, align: 'right' as const }));
  const rows: TableCell[][] = [];
  const totals = years.map(() => 0);
  for (const g of dimensionGroups(input)) {
    rows.push(...fiveYearProjectRows(g.projects, g.label, years, money));
    const subtotal = years.map((y) => sumBaht(g.projects.map((p) => p.budgets[y] ?? 0)));
    subtotal.forEach((v, i) => (totals[i] = sumBaht([totals[i], v])));
    rows.push([{ text: g.totalLabel, bold: true, span: 3 }, ...figures(subtotal), { text: '' }]);
  }
  rows.push([{ text: 'รวมทั้งสิ้น', bold: true, span: 3, align: 'center' }, ...figures(totals), { text: '' }]);
  return {
    kind: 'table',
    widths: [11, 18, 26, ...years.map(() => 13), 11],
    header: fiveYearHeader(years, digits),
    rows,
  };
}

function fiveYearHeader(years: string[], digits: Digits): TableCell[][] {
  const yearLabel = (y: string) => (digits === 'thai' ? toThaiDigits(`ปี ${y}`) : `ปี ${y}`);
  return [
    [
      { text: 'มิติ', bold: true, align: 'center' },
      { text: 'ภารกิจตามมิติ', bold: true, align: 'center' },
      { text: 'โครงการ/กิจกรรม/มาตรการ', bold: true, align: 'center' },
      ...years.map((y) => ({ text: yearLabel(y), bold: true, align: 'center' as const })),
      { text: 'หมายเหตุ', bold: true, align: 'center' },
    ],
    [{ text: '', span: 3 }, { text: 'งบประมาณ (บาท)', bold: true, align: 'center', span: years.length }, { text: '' }],
  ];
}

/** A dimension's project rows: its label on the first, each sub-mission on the first row under it. */
function fiveYearProjectRows(
  ps: ReadProject[],
  label: string,
  years: string[],
  money: (v: number) => string,
): TableCell[][] {
  let mission = '';
  return ps.map((p, i) => {
    const showMission = p.mission !== mission;
    mission = p.mission;
    return [
      { text: i === 0 ? label : '' },
      { text: showMission ? p.mission : '' },
      { text: p.name },
      ...years.map((y) => ({ text: money(p.budgets[y] ?? 0), align: 'right' as const })),
      { text: p.remark },
    ];
  });
}

/** The plan table, annual layout: ลำดับ | โครงการ | มิติ | งบประมาณ | ไตรมาส ๑–๔ | หมายเหตุ. */
function annualTable(input: PlanDocumentInput, year: string): Block {
  const { digits } = input.settings.documents;
  const d2 = (n: number | string) => (digits === 'thai' ? toThaiDigits(String(n)) : String(n));
  const money = (v: number) => formatAmount(v, 2, digits);
  const rows: TableCell[][] = [];
  let grand = 0;
  const quarterTotals = [0, 0, 0, 0];
  for (const g of dimensionGroups(input)) {
    const d = g.dimension;
    for (const p of g.projects) {
      rows.push([
        { text: d2(p.no ?? p.sequence), align: 'center' },
        { text: p.name },
        { text: d === null ? '' : d2(`${p.added ? '*' : ''}${d}`), align: 'center' },
        { text: money(p.budgets[year] ?? 0), align: 'right' },
        ...p.quarters.map((t) => ({ text: t ? '✓' : '', align: 'center' as const })),
        { text: p.remark },
      ]);
      p.quarters.forEach((t, i) => t && quarterTotals[i]++);
    }
    const subtotal = sumBaht(g.projects.map((p) => p.budgets[year] ?? 0));
    grand = sumBaht([grand, subtotal]);
    rows.push([
      { text: d === null ? g.totalLabel : `รวมมิติที่ ${d2(d)}`, bold: true, span: 3 },
      { text: money(subtotal), bold: true, align: 'right' },
      { text: '', span: 4 },
      { text: '' },
    ]);
  }
  rows.push([
    { text: 'รวมทั้งสิ้น', bold: true, span: 3, align: 'center' },
    { text: money(grand), bold: true, align: 'right' },
    ...quarterTotals.map((n) => ({ text: d2(n), bold: true, align: 'center' as const })),
    { text: '' },
  ]);
  return { kind: 'table', widths: [7, 45, 7, 13, 5, 5, 5, 5, 13], header: annualHeader(d2), rows };
}

function annualHeader(d2: (n: number) => string): TableCell[][] {
  return [
    [
      { text: 'ลำดับ', bold: true, align: 'center' },
      { text: 'โครงการ/กิจกรรม/มาตรการ', bold: true, align: 'center' },
      { text: 'มิติ', bold: true, align: 'center' },
      { text: 'งบประมาณ (บาท)', bold: true, align: 'center' },
      { text: 'ดำเนินการไตรมาส', bold: true, align: 'center', span: 4 },
      { text: 'หมายเหตุ', bold: true, align: 'center' },
    ],
    [
      { text: '', span: 4 },
      ...[1, 2, 3, 4].map((q) => ({ text: d2(q), bold: true, align: 'center' as const })),
      { text: '' },
    ],
  ];
}

/** Projects that get a detail document: linked details with every required section. */
export function documentedProjects(links: DetailsLink[]): DetailsLink[] {
  return links.filter((l) => l.details && missingSections(l.details, l.project.responsible).length === 0);
}

export function buildPlanDocument(input: PlanDocumentInput): DocModel {
  const heading = title(input);
  return {
    name: `${heading} ${input.organisation}`.trim(),
    sections: [
      { orientation: 'portrait', blocks: cover(input, heading) },
      { orientation: 'landscape', blocks: planTablePart(input, heading) },
      { orientation: 'portrait', blocks: detailsPart(input) },
    ],
  };
}

/** The cover: title, organisation, date in the Thai long form. */
function cover(input: PlanDocumentInput, heading: string): Block[] {
  return [
    { kind: 'paragraph', runs: [{ text: '' }] },
    { kind: 'heading', text: heading, align: 'center' },
    { kind: 'paragraph', runs: [{ text: input.organisation, bold: true }], align: 'center' },
    { kind: 'paragraph', runs: [{ text: '' }] },
    {
      kind: 'paragraph',
      runs: [{ text: formatThaiDate(input.date, 'long', input.settings.documents.digits) }],
      align: 'center',
    },
  ];
}

/** ส่วนที่ ๒: the plan table, in the annual layout for a one-year annual plan, else the 5-year one. */
function planTablePart(input: PlanDocumentInput, heading: string): Block[] {
  const yearKeys = input.reading.years.length ? input.reading.years.map(String) : ['unknown'];
  const table =
    input.reading.layout === 'annual' && yearKeys.length === 1
      ? annualTable(input, yearKeys[0])
      : fiveYearTable(input, yearKeys);
  return [
    { kind: 'heading', text: 'ส่วนที่ ๒', align: 'center' },
    { kind: 'paragraph', runs: [{ text: heading, bold: true }], align: 'center' },
    { kind: 'paragraph', runs: [{ text: input.organisation, bold: true }], align: 'center' },
    table,
  ];
}

/** ส่วนที่ ๓: every documented project's detail document, in plan order, each on a new page. */
function detailsPart(input: PlanDocumentInput): Block[] {
  const { settings, organisation } = input;
  const ctx: ProjectDocumentContext = {
    settings,
    years: input.years,
    organisation,
    dimensionLabel: (d) => dimensionLabel(input.catalogue, d, settings.documents.digits),
  };
  const blocks: Block[] = [
    { kind: 'heading', text: 'ส่วนที่ ๓', align: 'center' },
    {
      kind: 'paragraph',
      runs: [{ text: 'รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ', bold: true }],
      align: 'center',
    },
  ];
  for (const link of documentedProjects(input.links)) {
    blocks.push({ kind: 'pageBreak' });
    blocks.push(
      ...buildProjectDocument(link.project as ReadProject, link.details!, ctx, input.template).sections[0].blocks,
    );
  }
  return blocks;
}

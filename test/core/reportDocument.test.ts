/**
 * The round report's document model: the title and period as the issue spells them, the figures
 * printed equal to the figures given (for any figures: a seeded property), Thai digits throughout,
 * the required sections, and what the validation says is missing.
 */
import fc from 'fast-check';
import { documentText, type Block, type DocModel } from '../../src/core/document/model';
import {
  NOT_REPORTED_LABEL,
  reportDocument,
  reportFileStem,
  reportInputProblems,
  statusText,
  type ReportDocumentInput,
} from '../../src/core/document/reportDocument';
import { itaItemText, itaLabelsFor } from '../../src/core/data/itaLabels';
import type { ReportProject } from '../../src/core/year/followUp';
import { followUpFigures, withTotal } from '../generators/reportFigures';
import { formatAmount, toThaiDigits } from '../../src/shared/numbers';

const figuresOf = followUpFigures;

const FIGURES = withTotal(
  {
    '1': figuresOf({
      projects: 5,
      finished: 2,
      inProgress: 1,
      notPossible: 1,
      notStarted: 0,
      notReported: 1,
      planned: 120000,
      ordinance: 100000,
      spent: 45500.5,
    }),
    '2': figuresOf({ projects: 3, finished: 3, planned: 30000, ordinance: 30000, spent: 30000 }),
    '3': figuresOf({ projects: 2, inProgress: 1, notReported: 1, planned: 0, ordinance: 0, spent: 0 }),
    '4': figuresOf({ projects: 1, notStarted: 1, planned: 1250000, ordinance: 1000000, spent: 0 }),
  },
  { year: 2568, round: 6, period: { from: '2024-10-01', to: '2025-03-31' } },
);

const PROJECTS: ReportProject[] = [
  {
    id: 'p1',
    no: 1,
    dimension: 1,
    name: 'โครงการอบรมคุณธรรมจริยธรรม',
    planned: 20000,
    ordinance: 20000,
    spent: 15500.5,
    status: 'finished',
    reason: '',
    result: 'อบรม ๔๐ คน',
  },
  {
    id: 'p2',
    no: 2,
    dimension: 1,
    name: 'มาตรการจัดการเรื่องร้องเรียน',
    planned: null,
    ordinance: null,
    spent: null,
    status: null,
    reason: '',
    result: '',
  },
  {
    id: 'p3',
    no: 3,
    dimension: 4,
    name: 'โครงการก่อสร้างศูนย์ข้อมูล',
    planned: 1250000,
    ordinance: 1000000,
    spent: 0,
    status: 'notPossible',
    reason: 'ไม่ได้รับงบประมาณ',
    result: '',
  },
];

const INPUT: ReportDocumentInput = {
  organisation: { name: 'เทศบาลตำบลบึงเค็งตา', type: '' },
  figures: FIGURES,
  projects: PROJECTS,
  periodText: '๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘',
  problems: 'งบประมาณได้รับล่าช้า\nบุคลากรไม่เพียงพอ',
  suggestions: 'ควรจัดสรรงบประมาณให้ทันไตรมาสแรก',
  asOf: '2025-04-05',
  signer: { name: 'นางสาวสมใจ ดีงาม', position: 'ปลัดเทศบาลตำบลบึงเค็งตา' },
};

const tables = (doc: DocModel) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const charts = (doc: DocModel) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');

describe('reportDocument', () => {
  const doc = reportDocument(INPUT);
  const text = documentText(doc);

  test('the title as the issue spells it, then the organisation', () => {
    const first = doc.sections[0].blocks;
    expect(first[0]).toEqual({
      kind: 'heading',
      text: 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)',
      align: 'center',
    });
    expect(first[1]).toMatchObject({ runs: [{ text: 'เทศบาลตำบลบึงเค็งตา' }] });
    expect(reportFileStem(FIGURES)).toBe('รายงานผล รอบ ๖ เดือน ๒๕๖๘');
  });

  test("the summary table prints each dimension's projects and amounts, the total, and ร้อยละ spent of plan", () => {
    const [summary] = tables(doc);
    expect(summary.rows).toHaveLength(5);
    const row1 = summary.rows[0].map((c) => c.text);
    expect(row1[0]).toBe('มิติที่ ๑');
    // The names, which the narrow first column leaves out, follow the table.
    expect(documentText(doc)).toContain('หมายเหตุ: มิติที่ ๑ การสร้างวัฒนธรรมสุจริต · มิติที่ ๒');
    expect(row1.slice(1)).toEqual(['๕', '๑๒๐,๐๐๐.๐๐', '๑๐๐,๐๐๐.๐๐', '๔๕,๕๐๐.๕๐', '๓๗.๙๒']);
    // No plan budget: no percentage, not a division by zero.
    expect(summary.rows[2].map((c) => c.text).slice(1)).toEqual(['๒', '๐.๐๐', '๐.๐๐', '๐.๐๐', '-']);
    const total = summary.rows[4].map((c) => c.text);
    expect(total).toEqual(['รวมทั้งสิ้น', '๑๑', '๑,๔๐๐,๐๐๐.๐๐', '๑,๑๓๐,๐๐๐.๐๐', '๗๕,๕๐๐.๕๐', '๕.๓๙']);
  });

  test('the status table counts every status per dimension, รอรายงานผล included', () => {
    const status = tables(doc)[1];
    expect(status.header[0].map((c) => c.text)).toEqual([
      'มิติ',
      'จำนวนโครงการ',
      'ยังไม่ได้ดำเนินการ',
      'อยู่ระหว่างดำเนินการ',
      'ดำเนินการแล้วเสร็จ',
      'ไม่สามารถดำเนินการได้',
      'รอรายงานผล',
    ]);
    expect(status.rows[0].map((c) => c.text).slice(1)).toEqual(['๕', '๐', '๑', '๒', '๑', '๑']);
    expect(status.rows[4].map((c) => c.text).slice(1)).toEqual(['๑๑', '๑', '๒', '๕', '๑', '๒']);
  });

  test('the chart compares planned and finished projects per dimension', () => {
    const [{ chart }] = charts(doc);
    expect(chart.categories).toEqual(['มิติที่ ๑', 'มิติที่ ๒', 'มิติที่ ๓', 'มิติที่ ๔']);
    expect(chart.series).toEqual([
      { name: 'โครงการตามแผน', values: [5, 3, 2, 1] },
      { name: 'ดำเนินการแล้วเสร็จ', values: [2, 3, 0, 0] },
    ]);
    // The chart's values are in the document's text, so its hash changes with them.
    expect(text).toContain('โครงการตามแผน | 5 | 3 | 2 | 1');
  });

  test('the per-project table on landscape pages: ลำดับ, name, three budgets, status with its reason, result', () => {
    expect(doc.sections[1].orientation).toBe('landscape');
    const projects = tables(doc)[2];
    expect(projects.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['๑', '๑', 'โครงการอบรมคุณธรรมจริยธรรม', '๒๐,๐๐๐.๐๐', '๒๐,๐๐๐.๐๐', '๑๕,๕๐๐.๕๐', 'ดำเนินการแล้วเสร็จ', 'อบรม ๔๐ คน'],
      ['๒', '๑', 'มาตรการจัดการเรื่องร้องเรียน', '-', '-', '-', NOT_REPORTED_LABEL, '-'],
      [
        '๓',
        '๔',
        'โครงการก่อสร้างศูนย์ข้อมูล',
        '๑,๒๕๐,๐๐๐.๐๐',
        '๑,๐๐๐,๐๐๐.๐๐',
        '๐.๐๐',
        'ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)',
        '-',
      ],
    ]);
  });

  test('whole-baht amounts lose the ".๐๐" in the per-project table, so its narrow columns keep them on one line', () => {
    const whole = PROJECTS.map((p) => (p.spent === null ? p : { ...p, spent: Math.round(p.spent) }));
    const rows = tables(reportDocument({ ...INPUT, projects: whole }))[2].rows.map((r) => r.map((c) => c.text));
    expect(rows[0].slice(3, 6)).toEqual(['๒๐,๐๐๐', '๒๐,๐๐๐', '๑๕,๕๐๑']);
    expect(rows[2].slice(3, 6)).toEqual(['๑,๒๕๐,๐๐๐', '๑,๐๐๐,๐๐๐', '๐']);
  });

  test('ปัญหาอุปสรรค and ข้อเสนอแนะ as written, the date of the figures in Thai, the signature block', () => {
    const lines = text.split('\n');
    const problems = lines.indexOf('๕. ปัญหาอุปสรรค');
    expect(lines.slice(problems + 1, problems + 3)).toEqual(['งบประมาณได้รับล่าช้า', 'บุคลากรไม่เพียงพอ']);
    expect(lines[lines.indexOf('๖. ข้อเสนอแนะ') + 1]).toBe('ควรจัดสรรงบประมาณให้ทันไตรมาสแรก');
    expect(lines).toContain('ข้อมูล ณ วันที่ ๕ เมษายน พ.ศ. ๒๕๖๘');
    expect(lines.slice(-2)).toEqual(['(นางสาวสมใจ ดีงาม)', 'ปลัดเทศบาลตำบลบึงเค็งตา']);
    const closing = doc.sections[2].blocks;
    expect(closing.filter((b) => b.kind === 'paragraph' && b.align === 'justify')).toHaveLength(3);
  });

  test('Thai digits throughout, but the chart data and the ITA item code', () => {
    const printed = text
      .split('\n')
      .filter((l) => !/^(โครงการตามแผน|ดำเนินการแล้วเสร็จ) \|/.test(l))
      .join('\n')
      .replace(/O\d+/g, '');
    expect(printed).not.toMatch(/[0-9]/);
  });

  test("the intro names the 6-month ITA item of the year by name only while the year's numbers are unverified", () => {
    expect(itaLabelsFor(2568)).toMatchObject({ from: 2566, exact: false });
    expect(itaItemText(2566, 'report6')).toBe('ITA ข้อ O37 รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน');
    expect(text).toContain('(ใช้ประกอบการประเมิน ITA: รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน)');
    expect(itaLabelsFor(2560)).toBeNull();
  });

  test('the figures printed are the figures given, for any figures (property)', () => {
    const money = fc.integer({ min: 0, max: 1e9 }).map((s) => s / 100);
    const dim = fc.record({
      projects: fc.nat(500),
      finished: fc.nat(500),
      inProgress: fc.nat(500),
      notPossible: fc.nat(500),
      notStarted: fc.nat(500),
      notReported: fc.nat(500),
      planned: money,
      ordinance: money,
      spent: money,
    });
    fc.assert(
      fc.property(fc.tuple(dim, dim, dim, dim), fc.constantFrom(6 as const, 12 as const), ([a, b, c, d], round) => {
        const figures = withTotal(
          { '1': a, '2': b, '3': c, '4': d },
          { year: 2568, round, period: { from: '', to: '' } },
        );
        const [summary, status] = tables(reportDocument({ ...INPUT, figures }));
        [a, b, c, d, figures.total].forEach((f, i) => {
          const s = summary.rows[i].map((x) => x.text);
          expect(s.slice(1, 5)).toEqual([
            toThaiDigits(String(f.projects)),
            formatAmount(f.planned, 2, 'thai'),
            formatAmount(f.ordinance, 2, 'thai'),
            formatAmount(f.spent, 2, 'thai'),
          ]);
          expect(status.rows[i].slice(2).map((x) => x.text)).toEqual(
            [f.notStarted, f.inProgress, f.finished, f.notPossible, f.notReported].map((n) => toThaiDigits(String(n))),
          );
        });
      }),
      { seed: 14, numRuns: 100 },
    );
  });
});

describe('reportInputProblems', () => {
  test('a complete 6-month report needs nothing more; its sections may be empty ("-")', () => {
    const six = { ...INPUT, problems: '', suggestions: '' };
    expect(reportInputProblems(six)).toEqual([]);
    expect(documentText(reportDocument(six)).split('\n')).toContain('-');
  });

  test('round 12 requires ปัญหาอุปสรรค and ข้อเสนอแนะ; every round requires the signer', () => {
    const twelve = {
      ...INPUT,
      figures: { ...FIGURES, round: 12 as const },
      problems: '  ',
      suggestions: '',
      signer: { name: '', position: ' ' },
      asOf: '2025-02-30',
    };
    const problems = reportInputProblems(twelve);
    expect(problems.map((p) => p.field)).toEqual(['problems', 'suggestions', 'signerName', 'signerPosition', 'asOf']);
    expect(problems[0].message).toContain('ปัญหาอุปสรรค');
    expect(problems[1].message).toContain('ข้อเสนอแนะ');
    expect(problems[2].message).toBe('ต้องระบุชื่อ-สกุลผู้ลงนามในรายงาน');
    expect(problems.every((p) => p.messageEn.length > 0)).toBe(true);
  });

  test('a status reads with its reason; none is รอรายงานผล', () => {
    expect(statusText({ status: 'notPossible', reason: 'บุคลากรไม่เพียงพอ' })).toBe('ไม่สามารถดำเนินการได้ (บุคลากรไม่เพียงพอ)');
    expect(statusText({ status: 'inProgress', reason: '' })).toBe('อยู่ระหว่างดำเนินการ');
    expect(statusText({ status: null, reason: '' })).toBe('รอรายงานผล');
  });
});

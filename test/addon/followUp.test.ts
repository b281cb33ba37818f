/**
 * The follow-up in Sheets over the fakes, through the built Code.js: the annual sheet created with
 * its follow-up columns, the columns added to an existing annual plan (every user cell kept), the
 * refusals, and the สรุปผลการดำเนินงาน sheet whose live formulas, computed by the formula fake,
 * equal a hand-computed truth for both rounds — and a generated truth for random follow-up states.
 */
import fc from 'fast-check';
import { CREATE_REQUEST, loadAddon, userError, type Addon } from './harness';
import { tsvGrid } from '../helpers';
import { syntheticAnnualGrid } from '../../bench/synthetic';
import { STATUS_LABELS } from '../../src/core/year/followUp';
import { readPlan } from '../../src/core/read/planReader';
import { reportFigures } from '../../src/core/year/figures';
import { STATUS_WRITINGS } from '../generators/followUp';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { FakeSheet } from '../fakes/spreadsheet';

const ANNUAL = { ...CREATE_REQUEST, planKind: 'annual' as const, quarterYear: 2568 };
const PLAN = 'แผนปฏิบัติการ';
const SUMMARY = 'สรุปผลการดำเนินงาน';
/** 1-based columns of the created annual sheet: budget E, รหัส L, ordinance M, round 6 N–P, round 12 Q–S. */
const COL = { ordinance: 13, s6: 14, sp6: 15, r6: 16, s12: 17, sp12: 18, r12: 19 };
const FIRST_ROW = 6;
/** The follow-up block's top header row: the ordinance, then each round's merged title. */
const FOLLOW_UP_TOP = [
  'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)',
  'ผลการดำเนินงานรอบ ๖ เดือน',
  '',
  '',
  'ผลการดำเนินงานรอบ ๑๒ เดือน',
  '',
  '',
];

function annual(): { a: Addon; sheet: FakeSheet } {
  const a = loadAddon();
  a.call('createPlanSheet', ANNUAL);
  return { a, sheet: a.spreadsheet._sheetByName(PLAN)! };
}

describe('the annual plan sheet is created with its follow-up columns', () => {
  test('headers after รหัส, merged round titles, dropdown that warns, amount formats, wrapped results, protected header', () => {
    const { sheet } = annual();
    const values = sheet._dump();
    expect(values[3].slice(11, 19)).toEqual(['รหัส', ...FOLLOW_UP_TOP]);
    expect(values[4].slice(13, 19)).toEqual([
      'สถานะ',
      'เบิกจ่ายจริง (บาท)',
      'ผลการดำเนินงาน',
      'สถานะ',
      'เบิกจ่ายจริง (บาท)',
      'ผลการดำเนินงาน',
    ]);
    expect(sheet._merges).toEqual(
      expect.arrayContaining([
        [4, 13, 2, 1],
        [4, 14, 1, 3],
        [4, 17, 1, 3],
      ]),
    );
    for (const col of [COL.s6, COL.s12]) {
      const rule = sheet._cell(FIRST_ROW + 3, col).validation!;
      expect(rule.getCriteriaValues()[0]).toEqual(Object.values(STATUS_LABELS));
      expect(rule.getAllowInvalid()).toBe(true);
    }
    for (const col of [COL.ordinance, COL.sp6, COL.sp12]) {
      expect(sheet._cell(FIRST_ROW, col).format.numberFormat).toBe('#,##0.00');
      expect(sheet._cell(FIRST_ROW, col).validation!.getAllowInvalid()).toBe(true);
    }
    expect(sheet._cell(FIRST_ROW, COL.r12).format.wrap).toBe(true);
    const header = sheet._protections[0].getRange();
    expect([header.getRow(), header.getNumRows(), header.getNumColumns()]).toEqual([4, 2, 19]);
  });

  test('the five-year sheet is unchanged: no follow-up column', () => {
    const a = loadAddon();
    const r = a.call('createPlanSheet', CREATE_REQUEST);
    expect(r).toEqual(expect.objectContaining({ columns: 16 }));
    expect(a.spreadsheet._sheetByName(PLAN)!._dump()[3]).not.toContain('สถานะ');
  });

  test('the core still reads the created sheet as an empty annual plan of 2568', () => {
    const { sheet } = annual();
    const settings = { ...DEFAULT_SETTINGS, planKind: 'annual' as const, annualYear: 2568 };
    const reading = readPlan(sheet.getRange(1, 1, 60, 19).getValues() as never, { settings });
    expect(reading.layout).toBe('annual');
    expect(reading.projects).toHaveLength(0);
    expect(reading.years).toContain(2568);
  });
});

describe('adding the follow-up columns to an existing annual plan', () => {
  test('inserted right of the table: every user cell kept, cells right of it moved on their row', () => {
    const a = loadAddon();
    const grid = tsvGrid('eplan-annual-2567.tsv');
    const sheet = a.addSheet('แผนประจำปี', grid);
    // A note the office keeps right of the table.
    sheet.getRange(7, 12).setValue('บันทึกของผู้ใช้');
    const before = padded(sheet);
    const r = a.call('addFollowUpColumns');
    expect(r).toEqual({ sheetName: 'แผนประจำปี', firstColumn: 'J', columns: 7 });
    const after = padded(sheet);
    const width = 9; // A–I: the table
    expect(after).toHaveLength(before.length);
    before.forEach((row, i) => {
      expect(after[i].slice(0, width)).toEqual(row.slice(0, width));
      expect(after[i].slice(width + 7)).toEqual(row.slice(width, row.length - 7));
      if (i !== 2 && i !== 3) expect(after[i].slice(width, width + 7)).toEqual(Array(7).fill(''));
    });
    expect(after[6][11 + 7]).toBe('บันทึกของผู้ใช้');
    expect(after[2].slice(width, width + 7)).toEqual(FOLLOW_UP_TOP);
    expect(sheet._cell(5, width + 2).validation!.getCriteriaValues()[0]).toEqual(Object.values(STATUS_LABELS));
    // Running it again adds nothing, and says why.
    expect(userError(() => a.call('addFollowUpColumns')).th).toBe('แผนนี้มีคอลัมน์ติดตามผลแล้ว (คอลัมน์ J) จึงไม่เพิ่มซ้ำ');
    expect(padded(sheet)).toEqual(after);
  });

  test('refuses a five-year plan, in Thai and English, touching nothing', () => {
    const a = loadAddon();
    a.call('createPlanSheet', CREATE_REQUEST);
    const sheet = a.spreadsheet._sheetByName(PLAN)!;
    const before = sheet._dump();
    const message = userError(() => a.call('addFollowUpColumns'));
    expect(message.th).toMatch(/^แผนนี้เป็นแผนหลายปี/);
    expect(message.en).toMatch(/^This is a multi-year plan/);
    expect(sheet._dump()).toEqual(before);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  test('refuses an annual sheet created with the columns', () => {
    const { a } = annual();
    expect(userError(() => a.call('addFollowUpColumns')).th).toBe('แผนนี้มีคอลัมน์ติดตามผลแล้ว (คอลัมน์ M) จึงไม่เพิ่มซ้ำ');
  });
});

/** Every cell of the sheet's 26 columns and then some, blanks as '' (a dump trims rows unevenly). */
function padded(sheet: FakeSheet): unknown[][] {
  return sheet._dump().map((row) => Array.from({ length: 40 }, (_, j) => row[j] ?? ''));
}

/** One project as typed: dimension, budget, ordinance, status/spent of round 6 and round 12, then the results ('ผล' when left out). */
type Typed = [
  string,
  number | string,
  number | string,
  string,
  number | string,
  string,
  number | string,
  string?,
  string?,
];

function fill(sheet: FakeSheet, projects: Typed[]): void {
  sheet
    .getRange(FIRST_ROW, 1, projects.length, 19)
    .setValues(
      projects.map(([dim, budget, ordinance, s6, sp6, s12, sp12, r6 = 'ผล', r12 = 'ผล'], i) => [
        i + 1,
        dim,
        '',
        `โครงการที่ ${i + 1}`,
        budget,
        false,
        false,
        false,
        false,
        'สำนักปลัด',
        '',
        '',
        ordinance,
        s6,
        sp6,
        r6,
        s12,
        sp12,
        r12,
      ]),
    );
}

/** The summary rows (dimensions 1–4, ไม่ระบุมิติ, รวมทั้งสิ้น) as computed: B–K. */
function computed(a: Addon): unknown[][] {
  return a.spreadsheet._sheetByName(SUMMARY)!.getRange(5, 2, 6, 10).getValues();
}

describe('สรุปผลการดำเนินงาน', () => {
  // Dimensions as staff write them; a status with its reason; one not started; a typo, which the
  // sheet counts as รอรายงานผล (the report reads it, and the check asks for it to be corrected).
  const PROJECTS: Typed[] = [
    ['มิติที่ ๑ การสร้างวัฒนธรรมสุจริต', 10000, 10000, 'ดำเนินการแล้วเสร็จ', 9000, '', ''],
    ['1', 45000, 40000, 'อยู่ระหว่างดำเนินการ', 10000, 'ดำเนินการแล้วเสร็จ', 38000],
    ['๒', 5000, 5000, 'ดำเนินการแล้วเสรจ', 1000, '', ''],
    ['มิติที่ ๓', 'ไม่ใช้งบประมาณ', '', '', '', 'ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)', ''],
    ['*4', 20000, 20000, 'ยังไม่ได้ดำเนินการ', 0, 'อยู่ระหว่างดำเนินการ', 5000],
    ['มิติที่ ๔ การเสริมสร้างและปรับปรุงกลไก', 30000, 25000, 'ดำเนินการแล้วเสร็จ', 12000, ' ดำเนินการแล้วเสร็จ', 15000],
  ];

  test('the live figures equal the hand-computed truth for both rounds; re-running rewrites in place', () => {
    const { a, sheet } = annual();
    fill(sheet, PROJECTS);
    const r6 = a.call('updateFollowUpSummary', { round: 6 });
    expect(r6).toEqual({ sheetName: PLAN, summarySheet: SUMMARY, round: 6, chart: 'created' });
    const summary = a.spreadsheet._sheetByName(SUMMARY)!;
    expect(summary._dump()[0][0]).toBe(
      'ผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)',
    );
    // planned, ordinance, spent, ร้อยละ, projects, finished, inProgress, notStarted, notPossible, รอรายงานผล
    expect(computed(a)).toEqual([
      [55000, 50000, 19000, 34.55, 2, 1, 1, 0, 0, 0],
      [5000, 5000, 1000, 20, 1, 0, 0, 0, 0, 1],
      [0, 0, 0, '-', 1, 0, 0, 0, 0, 1],
      [50000, 45000, 12000, 24, 2, 1, 0, 1, 0, 0],
      [0, 0, 0, '-', 0, 0, 0, 0, 0, 0],
      [110000, 100000, 32000, 29.09, 6, 2, 1, 1, 0, 2],
    ]);
    const r12 = a.call('updateFollowUpSummary', { round: 12 });
    expect(r12.chart).toBe('updated');
    expect(summary._dump()[0][0]).toMatch(/รอบ ๑๒ เดือน \(๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘\)$/);
    // Project 1 finished at 6 months, blank at 12: finished, with its round-6 spending.
    expect(computed(a)).toEqual([
      [55000, 50000, 47000, 85.45, 2, 2, 0, 0, 0, 0],
      [5000, 5000, 0, 0, 1, 0, 0, 0, 0, 1],
      [0, 0, 0, '-', 1, 0, 0, 0, 1, 0],
      [50000, 45000, 20000, 40, 2, 1, 1, 0, 0, 0],
      [0, 0, 0, '-', 0, 0, 0, 0, 0, 0],
      [110000, 100000, 67000, 60.91, 6, 3, 1, 0, 1, 1],
    ]);
    expect(summary._charts).toHaveLength(1);
    expect(summary._charts[0]._type).toBe('BAR');
    expect(summary._charts[0].getRanges()[0].getA1Notation()).toBe('A4:D8');
    // Live: a status typed after the sheet was written counts at once.
    sheet.getRange(FIRST_ROW + 2, COL.s12).setValue('ดำเนินการแล้วเสร็จ');
    expect(computed(a)[5].slice(4)).toEqual([6, 4, 1, 0, 1, 0]);
  });

  test('no status column for the round: a message, no sheet', () => {
    const a = loadAddon();
    a.addSheet('แผนประจำปี', tsvGrid('eplan-annual-2567.tsv'));
    expect(userError(() => a.call('updateFollowUpSummary', { round: 6 })).th).toMatch(
      /^ตารางแผนยังไม่มีโครงการหรือคอลัมน์สถานะรอบ ๖ เดือน/,
    );
    expect(a.spreadsheet._sheetByName(SUMMARY)).toBeFalsy();
  });

  test('random follow-up states in the forms the reader accepts: the sheet equals reportFigures, both rounds', () => {
    // Any accepted form (core/year/status.ts), spaced or with zero-width characters anywhere, blank
    // and finished often (so finished-at-6-blank-at-12 comes up), and words that are no status.
    const forms = Object.values(STATUS_WRITINGS).flat();
    const spaced = (text: string, gaps: number[]) =>
      gaps.reduce(
        (t, g) => t.slice(0, g % (t.length + 1)) + (g % 3 ? ' ' : '\u200b') + t.slice(g % (t.length + 1)),
        text,
      );
    const status = fc.oneof(
      { arbitrary: fc.constantFrom('', STATUS_LABELS.finished), weight: 3 },
      { arbitrary: fc.constantFrom(...forms, `${STATUS_LABELS.inProgress}.`), weight: 3 },
      {
        arbitrary: fc
          .tuple(fc.constantFrom(...forms), fc.array(fc.nat(), { maxLength: 3 }))
          .map(([f, g]) => spaced(f, g)),
        weight: 2,
      },
      { arbitrary: fc.constantFrom('อื่น ๆ', 'รอ', 'เสร็จไปครึ่งหนึ่ง', 'ไม่'), weight: 1 },
    );
    const money = fc.oneof(fc.integer({ min: 0, max: 90000 }), fc.constant(''));
    const project = fc.tuple(
      fc.constantFrom('1', '๒', 'มิติที่ ๓', '*4', 'มิติที่ 1 การสร้างวัฒนธรรมสุจริต'),
      fc.oneof(money, fc.constant('ไม่ใช้งบประมาณ')),
      money,
      status,
      money,
      status,
      money,
    );
    const settings = { ...DEFAULT_SETTINGS, planKind: 'annual' as const, annualYear: 2568 };
    // The sheet's columns B–K but ร้อยละ, and the figures' fields in that order.
    const FIELDS = [
      'planned',
      'ordinance',
      'spent',
      'projects',
      'finished',
      'inProgress',
      'notStarted',
      'notPossible',
      'notReported',
    ] as const;
    const sheetFigures = (row: unknown[]) => [row[0], row[1], row[2], ...row.slice(4)];
    fc.assert(
      // Dimensions on every row (chosen by pattern), or once per block of rows (chosen by row runs).
      fc.property(fc.array(project, { minLength: 1, maxLength: 12 }), fc.boolean(), (generated, blocks) => {
        const { a, sheet } = annual();
        const projects = blocks ? [...generated].sort((x, y) => dimOf(x[0]) - dimOf(y[0])) : generated;
        fill(
          sheet,
          projects.map(
            (p, i) => (blocks && i > 0 && dimOf(projects[i - 1][0]) === dimOf(p[0]) ? ['', ...p.slice(1)] : p) as Typed,
          ),
        );
        const reading = readPlan(sheet.getRange(1, 1, FIRST_ROW + projects.length, 19).getValues() as never, {
          settings,
        });
        expect(reading.findings.filter((f) => f.code.startsWith('FOLLOWUP_AMOUNT'))).toEqual([]);
        for (const round of [6, 12] as const) {
          a.call('updateFollowUpSummary', { round });
          const rows = computed(a);
          const figures = reportFigures(reading.projects, 2568, round);
          const of = (f: (typeof figures)['total']) => FIELDS.map((k) => f[k]);
          expect(sheetFigures(rows[5])).toEqual(of(figures.total));
          for (const d of ['1', '2', '3', '4'] as const)
            expect(sheetFigures(rows[Number(d) - 1])).toEqual(of(figures.byDimension[d]));
        }
      }),
      { seed: 14, numRuns: 25 },
    );
  });
});

/** The dimension a generated cell names: its first digit, Thai or Arabic. */
const dimOf = (text: string) =>
  Number(text.replace(/[^0-9๐-๙]/g, '').replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d)))[0]);

describe('the created annual sheet read back by the core', () => {
  const settings = { ...DEFAULT_SETTINGS, planKind: 'annual' as const, annualYear: 2568 };
  /** Four projects, every follow-up cell typed: M ordinance; N–P round 6; Q–S round 12. */
  const ROWS: Typed[] = [
    ['1', 10000, 10000, 'ดำเนินการแล้วเสร็จ', 9000, '', '', 'อบรม ๘๐ คน', ''],
    ['2', 45000, 40000, 'อยู่ระหว่างดำเนินการ', 10000, 'ดำเนินการแล้วเสร็จ', 38000, 'จัดซื้อแล้ว', 'ติดตั้งครบ ๙ หมู่บ้าน'],
    ['3', 'ไม่ใช้งบประมาณ', '', 'ยังไม่ได้ดำเนินการ', '', 'ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)', '', '', ''],
    ['4', 20000, 20000, 'แล้วเสร็จ', 20000, 'ดำเนินการ แล้วเสร็จ', 20000, 'เผยแพร่ทางเว็บไซต์', 'เผยแพร่ทางเว็บไซต์'],
  ];

  function filled(): { a: Addon; sheet: FakeSheet } {
    const made = annual();
    fill(made.sheet, ROWS);
    return made;
  }
  const followUpFindings = (a: Addon) =>
    a
      .call('checkPlan')
      .findings.filter((f) => f.code.startsWith('FOLLOWUP_'))
      .map((f) => [f.code, f.cell]);

  test('readPlan gives every status, amount and result of both rounds, and no finding', () => {
    const { a, sheet } = filled();
    const reading = readPlan(sheet.getRange(1, 1, FIRST_ROW + ROWS.length, 19).getValues() as never, { settings });
    expect(reading.findings).toEqual([]);
    const got = reading.projects.map((p) => {
      const fu = p.followUp!;
      const round = (r: 6 | 12) => {
        const { status, reason, spent, result } = fu.rounds[r]!;
        return { status, reason, spent, result };
      };
      return { ordinance: fu.ordinance, 6: round(6), 12: round(12) };
    });
    expect(got).toEqual([
      {
        ordinance: 10000,
        6: { status: 'finished', reason: '', spent: 9000, result: 'อบรม ๘๐ คน' },
        12: { status: null, reason: '', spent: null, result: '' },
      },
      {
        ordinance: 40000,
        6: { status: 'inProgress', reason: '', spent: 10000, result: 'จัดซื้อแล้ว' },
        12: { status: 'finished', reason: '', spent: 38000, result: 'ติดตั้งครบ ๙ หมู่บ้าน' },
      },
      {
        ordinance: null,
        6: { status: 'notStarted', reason: '', spent: null, result: '' },
        12: { status: 'notPossible', reason: 'ไม่ได้รับงบประมาณ', spent: null, result: '' },
      },
      {
        ordinance: 20000,
        6: { status: 'finished', reason: '', spent: 20000, result: 'เผยแพร่ทางเว็บไซต์' },
        12: { status: 'finished', reason: '', spent: 20000, result: 'เผยแพร่ทางเว็บไซต์' },
      },
    ]);
    expect(followUpFindings(a)).toEqual([]);
  });

  test('checkPlan through the add-on reports planted follow-up errors at their cells of the created sheet', () => {
    const { a, sheet } = filled();
    const plant: [string, number | string][] = [
      ['M6', 'หนึ่งหมื่น'], // not an amount
      ['N7', 'รอ'], // no status
      ['R7', 5000], // below round 6's 10,000
      ['Q8', 'ไม่สามารถดำเนินการได้'], // no reason, and no result
      ['O6', 12000], // above the ordinance's 10,000
      ['Q9', 'ดำเนินการแล้วเสรจ'], // a typo the sheet's formulas do not count
    ];
    for (const [cell, value] of plant) sheet.getRange(cell).setValue(value);
    expect(followUpFindings(a).sort()).toEqual(
      [
        ['FOLLOWUP_AMOUNT_INVALID', 'M6'],
        ['FOLLOWUP_STATUS_UNKNOWN', 'N7'],
        ['FOLLOWUP_SPENT_DECREASED', 'R7'],
        ['FOLLOWUP_REASON_MISSING', 'Q8'],
        ['FOLLOWUP_SPENT_OVER_BUDGET', 'O6'],
        ['FOLLOWUP_STATUS_MISSPELT', 'Q9'],
      ].sort(),
    );
  });

  // The reader's total rows hold the budget per year and the quarter counts only (TotalRow), so
  // sums of the ordinance and spending live in the สรุปผลการดำเนินงาน sheet, not in total rows.
  test('total rows: formulas in the budget and quarter columns only, none in the follow-up columns, and the check agrees', () => {
    const { a, sheet } = filled();
    a.call('updateTotals');
    const last = sheet.getLastRow();
    const formulas = sheet.getRange(FIRST_ROW, 1, last - FIRST_ROW + 1, 19).getFormulas();
    const cols = new Set(formulas.flatMap((row) => row.flatMap((f, c) => (f ? [c + 1] : []))));
    expect([...cols].sort((x, y) => x - y)).toEqual([5, 6, 7, 8, 9]); // E budget, F–I quarter counts
    const check = a.call('checkPlan');
    expect(check.errors).toBe(0);
    expect(check.projects).toBe(ROWS.length);
  });
});

describe('service calls do not grow with the number of projects', () => {
  const OPERATIONS: Record<string, (a: Addon) => unknown> = {
    addFollowUpColumns: (a) => a.call('addFollowUpColumns'),
    updateFollowUpSummary: (a) => {
      a.call('updateFollowUpSummary', { round: 6 });
      a.call('updateFollowUpSummary', { round: 12 });
    },
  };
  function callsFor(projects: number, op: string): Record<string, number> {
    const a = loadAddon();
    a.addSheet('แผน', syntheticAnnualGrid(projects));
    if (op !== 'addFollowUpColumns') a.call('addFollowUpColumns');
    a.log.reset();
    OPERATIONS[op](a);
    return a.log.snapshot();
  }
  test.each(Object.keys(OPERATIONS))('%s makes the same calls for 10 and 5,000 projects', (op) => {
    const small = callsFor(10, op);
    expect(callsFor(5000, op)).toEqual(small);
    expect(Object.values(small).reduce((s, n) => s + n, 0)).toBeLessThan(200);
  });
});

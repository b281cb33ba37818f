/**
 * The follow-up of an annual plan: header variants of its columns (and the plan headers that must
 * keep their old meaning), status cells as offices write them, a planted error per follow-up
 * check fired at its cell, and the correct fixture plan (test/fixtures/annual-2568-followup.csv)
 * with no follow-up finding. The CLI's figures of the same fixture are in test/cli/report.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { checkGrid } from '../../src/core/check/check';
import type { Cell } from '../../src/core/read/cells';
import { headerToken, readHeader } from '../../src/core/read/header';
import { parseStatus } from '../../src/core/year/status';
import { STATUS_LABELS, type StatusKey } from '../../src/core/year/followUp';
import { reportProjects, roundPeriod } from '../../src/core/year/figures';
import { ROOT, tsvGrid } from '../helpers';

const fixture = (): Cell[][] =>
  parse(readFileSync(join(ROOT, 'test/fixtures/annual-2568-followup.csv')), { relax_column_count: true });

/** The roles of a two-row header, as "role" or "role6"/"role12" for a round's columns. */
function roles(top: Cell[], second: Cell[]): string[] {
  return readHeader([top, second], 0).columns.map((c) => `${c.role}${c.round ?? ''}`);
}

describe('follow-up headers', () => {
  test.each([
    'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)',
    'ตามข้อบัญญัติ',
    'ตามเทศบัญญัติ',
    'งบตามข้อบัญญัติ',
    'งบประมาณตามเทศบัญญัติ',
    'งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ)',
    'งบประมาณตามข้อบัญญัติ ปี ๒๕๖๘ (บาท)',
  ])('%s is the ordinance budget, not a budget of the plan', (text) => {
    expect(headerToken(text)).toEqual({ role: 'ordinance' });
  });

  test('a remark citing the ordinance is no header', () => {
    expect(headerToken('โครงการส่งเสริมคุณธรรม (เทศบัญญัติ หน้า 45)')).toBeNull();
    expect(headerToken('เทศบัญญัติ หน้า 45')).toBeNull();
  });

  test.each([
    ['ผลการดำเนินงานรอบ ๖ เดือน', 6],
    ['ผลการดำเนินงาน รอบ ๑๒ เดือน', 12],
    ['รอบ 6 เดือน', 6],
    ['รอบ12เดือน', 12],
    ['ผลการดำเนินการรอบที่ ๖ เดือน', 6],
    ['ผลการดำเนินงานรอบ ๖ เดือน (ต.ค.67 - มี.ค.68)', 6],
    ['ผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน', 12],
  ])('%s heads round %i', (text, round) => {
    expect(headerToken(text)).toEqual({ role: 'round', round });
  });

  test.each([
    ['สถานะ (รอบ ๖ เดือน)', 6, 'status'],
    ['เบิกจ่ายจริง รอบ 12 เดือน', 12, 'spent'],
    ['ผลการเบิกจ่าย (รอบ ๑๒ เดือน)', 12, 'spent'],
    ['สถานะการดำเนินการรอบ 6 เดือน', 6, 'status'],
  ])('%s names its round and its cell', (text, round, field) => {
    expect(headerToken(text)).toEqual({ role: 'round', round, field });
  });

  test.each([
    ['สถานะ', 'status'],
    ['สถานะการดำเนินการ', 'status'],
    ['สถานะการดำเนินงาน', 'status'],
    ['เบิกจ่ายจริง (บาท)', 'spent'],
    ['เบิกจ่าย', 'spent'],
    ['ผลการเบิกจ่าย', 'spent'],
    ['ผลการดำเนินการ', 'result'],
  ])('%s is a round cell (%s)', (text, field) => {
    expect(headerToken(text)).toEqual({ role: 'follow', field });
  });

  test('the plan headers keep their meaning: ผลการดำเนินงาน, งบประมาณ, สถานะเอกสาร', () => {
    expect(headerToken('ผลการดำเนินงาน')).toEqual({ role: 'results' });
    expect(headerToken('งบประมาณ (บาท)')).toEqual({ role: 'budget' });
    expect(headerToken('สถานะเอกสาร')).toEqual({ role: 'documentStatus' });
    // ผลการดำเนินงาน over ผลผลิต/ผลลัพธ์ in a 5-year plan: outputs and outcomes, no follow-up.
    expect(roles(['โครงการ', 'ผลการดำเนินงาน', ''], ['', 'ผลผลิต', 'ผลลัพธ์'])).toEqual(['project', 'output', 'outcome']);
  });

  test('a group per round over สถานะ / เบิกจ่ายจริง / ผลการดำเนินงาน, after the ordinance budget', () => {
    const top = ['โครงการ', 'งบประมาณ ปี ๒๕๖๘ (บาท)', 'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)'];
    top.push('ผลการดำเนินงานรอบ ๖ เดือน', '', '', 'ผลการดำเนินงานรอบ ๑๒ เดือน', '', '');
    const second = ['', '', '', 'สถานะ', 'เบิกจ่ายจริง (บาท)', 'ผลการดำเนินงาน', 'สถานะ', 'เบิกจ่าย', 'ผลการดำเนินการ'];
    expect(roles(top, second)).toEqual([
      'project',
      'budget',
      'ordinance',
      'followStatus6',
      'followSpent6',
      'followResult6',
      'followStatus12',
      'followSpent12',
      'followResult12',
    ]);
  });

  test('one header cell per column naming its round; a bare round is its result', () => {
    const top = ['โครงการ', 'งบประมาณ (บาท)', 'สถานะ (รอบ 6 เดือน)', 'เบิกจ่าย รอบ 6 เดือน', 'รอบ ๖ เดือน'];
    expect(roles(top, ['', '', '', '', ''])).toEqual([
      'project',
      'budget',
      'followStatus6',
      'followSpent6',
      'followResult6',
    ]);
  });

  test('สถานะ and เบิกจ่าย without a round are not read (a finding says so)', () => {
    const grid = [['โครงการ', 'งบประมาณ (บาท)', 'สถานะ', 'เบิกจ่าย']];
    const header = readHeader(grid, 0);
    expect(header.columns.map((c) => c.role)).toEqual(['project', 'budget']);
    expect(header.unknown.map((u) => u.text)).toEqual(['สถานะ', 'เบิกจ่าย']);
  });
});

describe('parseStatus', () => {
  test.each<[string, StatusKey]>([
    ['ดำเนินการแล้วเสร็จ', 'finished'],
    ['แล้วเสร็จ', 'finished'],
    ['ดำเนินการเสร็จแล้ว', 'finished'],
    ['ดำเนินการ แล้วเสร็จ', 'finished'],
    ['เสร็จสิ้น', 'finished'],
    ['ดำเนินการแล้วเสรจ', 'finished'], // a vowel left out
    ['อยู่ระหว่างดำเนินการ', 'inProgress'],
    ['อยู่ระหว่าง ดำเนินการ', 'inProgress'],
    ['ระหว่างดำเนินการ', 'inProgress'],
    ['อยู่ระว่างดำเนินการ', 'inProgress'], // a letter left out
    ['ไม่สามารถดำเนินการได้', 'notPossible'],
    ['ไม่สามารถ ดำเนินการได้', 'notPossible'],
    ['ยังไม่ได้ดำเนินการ', 'notStarted'],
    ['ยังไม่ดำเนินการ', 'notStarted'],
    ['ยังไม่ได้เริ่มดำเนินการ', 'notStarted'],
  ])('%s → %s', (text, status) => {
    expect(parseStatus(text)).toEqual({ status, reason: '' });
  });

  test('every dropdown label reads as itself', () => {
    for (const [key, label] of Object.entries(STATUS_LABELS)) expect(parseStatus(label).status).toBe(key);
  });

  test.each([
    ['ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)', 'ไม่ได้รับงบประมาณ'],
    ['ไม่สามารถดำเนินการได้ - บุคลากรไม่เพียงพอ', 'บุคลากรไม่เพียงพอ'],
    ['ไม่สามารถดำเนินการได้: นโยบายผู้บริหารเปลี่ยนแปลง', 'นโยบายผู้บริหารเปลี่ยนแปลง'],
    ['ไม่สามารถดำเนินการได้ เนื่องจากน้ำท่วมพื้นที่', 'น้ำท่วมพื้นที่'],
    ['ไม่สามารถดำเนินการได้ (อื่นๆ ผู้รับจ้างทิ้งงาน)', 'อื่นๆ ผู้รับจ้างทิ้งงาน'],
  ])('%s: the reason is %s', (text, reason) => {
    expect(parseStatus(text)).toEqual({ status: 'notPossible', reason });
  });

  test('blank and unknown words are no status', () => {
    expect(parseStatus('')).toEqual({ status: null, reason: '' });
    expect(parseStatus('   ')).toEqual({ status: null, reason: '' });
    expect(parseStatus('รอ')).toEqual({ status: null, reason: '' });
    expect(parseStatus('ดูหมายเหตุ (หน้า 3)')).toEqual({ status: null, reason: '' });
    expect(parseStatus('ไม่')).toEqual({ status: null, reason: '' });
  });
});

/** The follow-up findings of the fixture with `edits` (A1 → value) applied, as [code, cell]. */
function followUpFindings(edits: Record<string, Cell> = {}): [string, string][] {
  const grid = fixture();
  for (const [cell, value] of Object.entries(edits)) {
    const m = /^([A-Z])(\d+)$/.exec(cell)!;
    grid[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = value;
  }
  return checkGrid(grid, 'แผน')
    .report.issues.filter((i) => i.code.startsWith('FOLLOWUP_'))
    .map((i) => [i.code, i.cell]);
}

// The fixture's columns: L ordinance; M–O round 6 (status, spent, result); P–R round 12; projects on rows 5–16.
describe('follow-up checks, each planted in the correct fixture plan', () => {
  test('the correct plan has no follow-up finding and reads every follow-up cell', () => {
    expect(followUpFindings()).toEqual([]);
    const { reading, report } = checkGrid(fixture(), 'แผน');
    expect(report.counts.errors).toBe(0);
    const p6 = reading.projects[5].followUp!;
    expect(p6.ordinance).toBeNull();
    expect(p6.rounds[6]).toEqual(
      expect.objectContaining({ status: 'notPossible', reason: 'ไม่ได้รับงบประมาณ', spent: null, result: '' }),
    );
    expect(reading.projects[10].followUp!.rounds[12]).toEqual(
      expect.objectContaining({ status: 'finished', spent: 17950.5, cols: { status: 15, spent: 16, result: 17 } }),
    );
    expect(reading.projects[10].followUp!.ordinance).toBe(18000);
  });

  test.each<[string, Record<string, Cell>, [string, string][]]>([
    ['a status that is none', { M9: 'รอดำเนินการสักพัก' }, [['FOLLOWUP_STATUS_UNKNOWN', 'M9']]],
    ['a misspelt status', { M9: 'อยู่ระว่างดำเนินการ' }, [['FOLLOWUP_STATUS_MISSPELT', 'M9']]],
    ['ไม่สามารถดำเนินการได้ without a reason', { M10: 'ไม่สามารถดำเนินการได้' }, [['FOLLOWUP_REASON_MISSING', 'M10']]],
    ['finished without a result', { R12: '' }, [['FOLLOWUP_RESULT_MISSING', 'R12']]],
    ['spending above the ordinance', { Q9: '46,000' }, [['FOLLOWUP_SPENT_OVER_BUDGET', 'Q9']]],
    ['spending above the plan (no ordinance)', { N10: 15500 }, [['FOLLOWUP_SPENT_OVER_BUDGET', 'N10']]],
    ['spending on a project that needs no budget', { Q8: '1,200' }, [['FOLLOWUP_SPENT_OVER_BUDGET', 'Q8']]],
    ['round 12 spending below round 6', { Q12: '20,000' }, [['FOLLOWUP_SPENT_DECREASED', 'Q12']]],
    ['finished at 6 months, in progress at 12', { P5: 'อยู่ระหว่างดำเนินการ' }, [['FOLLOWUP_FINISHED_REOPENED', 'P5']]],
    ['spending on a project not started', { N7: 5000 }, [['FOLLOWUP_SPENT_NOT_STARTED', 'N7']]],
    ['an amount that is none', { Q15: 'ประมาณหนึ่งหมื่น' }, [['FOLLOWUP_AMOUNT_INVALID', 'Q15']]],
    ['an ordinance amount that is none', { L15: 'สิบแปดพัน' }, [['FOLLOWUP_AMOUNT_INVALID', 'L15']]],
  ])('%s', (_what, edits, expected) => {
    expect(followUpFindings(edits)).toEqual(expected);
  });

  test('a reason in the result text is enough for ไม่สามารถดำเนินการได้', () => {
    expect(followUpFindings({ M10: 'ไม่สามารถดำเนินการได้', O10: 'ไม่ได้รับจัดสรรงบประมาณ' })).toEqual([]);
  });

  test('messages name the amounts and the round, in Thai and English', () => {
    const grid = fixture();
    grid[8][16] = '46,000';
    const f = checkGrid(grid, 'แผน').report.issues.find((i) => i.code === 'FOLLOWUP_SPENT_OVER_BUDGET')!;
    expect(f.message).toBe('เบิกจ่ายจริง 46,000 บาท (รอบ 12 เดือน) เกินงบประมาณตามข้อบัญญัติ/เทศบัญญัติ 45,000 บาท');
    expect(f.messageEn).toBe('Spent 46,000 baht (12-month round) is above the budget in the ordinance (45,000 baht)');
  });

  test('a plan without follow-up columns has no follow-up and no follow-up finding', () => {
    const { reading, report } = checkGrid(tsvGrid('eplan-annual-2567.tsv'), 'แผน');
    expect(reading.projects.every((p) => p.followUp === undefined)).toBe(true);
    expect(report.issues.filter((i) => i.code.startsWith('FOLLOWUP_'))).toEqual([]);
  });
});

describe('rounds and report rows', () => {
  test('round periods: 1 October to 31 March, and the whole fiscal year', () => {
    expect(roundPeriod(2568, 6)).toEqual({
      from: '2024-10-01',
      to: '2025-03-31',
      text: '๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘',
    });
    expect(roundPeriod(2568, 12)).toEqual({
      from: '2024-10-01',
      to: '2025-09-30',
      text: '๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘',
    });
  });

  test('finished at 6 months with a blank round 12 stays finished, with its round-6 spending and result', () => {
    const { reading } = checkGrid(fixture(), 'แผน');
    const [first] = reportProjects(reading.projects, 2568, 12);
    expect(first).toEqual({
      id: reading.projects[0].id,
      no: 1,
      dimension: 1,
      name: 'โครงการส่งเสริมคุณธรรมและจริยธรรมของผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล',
      planned: 30000,
      ordinance: 30000,
      spent: 28500,
      status: 'finished',
      reason: '',
      result: 'อบรมเมื่อ ๒๕ กุมภาพันธ์ ๒๕๖๘ ผู้เข้าร่วม ๘๐ คน',
    });
    // Not reported at either round: รอรายงานผล (status null).
    expect(reportProjects(reading.projects, 2568, 6)[9]).toEqual(
      expect.objectContaining({ no: 10, status: null, spent: null, planned: 10000 }),
    );
  });
});

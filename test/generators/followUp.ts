/**
 * A generator of follow-up states for property-based tests: per project of an annual plan
 * (test/generators/plan.ts) the ordinance budget and, for both rounds, a status (written in one of
 * the ways offices write it, blank, or words that are no status), the spending and a result;
 * written as follow-up columns into the plan's grid under one of the header variants the reader
 * accepts (docs/domain.md#the-plans-year): a group per round over สถานะ / เบิกจ่าย / ผลการดำเนินงาน,
 * or one header cell per column naming its round.
 */
import fc from 'fast-check';
import type { Cell } from '../../src/core/read/cells';
import type { Round, StatusKey } from '../../src/core/year/followUp';
import { formatAmount, toThaiDigits } from '../../src/shared/numbers';
import type { WrittenPlan } from './plan';

/** One round's truth: the status (null when blank or not a status), its written form, spending (satang), result. */
export interface RoundTruth {
  status: StatusKey | null;
  written: string;
  /** Spent in satang; null when the cell is blank. */
  spent: number | null;
  result: string;
}

export interface FollowUpTruth {
  /** The ordinance budget in satang; null when blank. */
  ordinance: number | null;
  rounds: Record<Round, RoundTruth>;
}

export interface FollowUpForm {
  /** The ordinance column's header, or null when the plan has none. */
  ordinanceHeader: string | null;
  /** A merged group per round over its three cells, or one header cell per column naming its round. */
  layout: 'group' | 'single';
  digits: 'thai' | 'arabic';
  group: (round: string) => string;
  status: string;
  spent: string;
  result: string;
  amounts: 'number' | 'text';
}

/** How offices write each status (the reader's parseStatus must accept every one). */
export const STATUS_WRITINGS: Record<StatusKey, string[]> = {
  finished: ['ดำเนินการแล้วเสร็จ', 'แล้วเสร็จ', 'ดำเนินการเสร็จแล้ว', 'ดำเนินการ แล้วเสร็จ', 'เสร็จสิ้น'],
  inProgress: ['อยู่ระหว่างดำเนินการ', 'อยู่ระหว่าง ดำเนินการ', 'ระหว่างดำเนินการ', 'กำลังดำเนินการ'],
  notPossible: [
    'ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)',
    'ไม่สามารถดำเนินการได้ - บุคลากรไม่เพียงพอ',
    'ไม่สามารถดำเนินการได้ เนื่องจากนโยบายผู้บริหารเปลี่ยนแปลง',
    'ไม่สามารถดำเนินการได้',
  ],
  notStarted: ['ยังไม่ได้ดำเนินการ', 'ยังไม่ดำเนินการ', 'ยังไม่ได้เริ่มดำเนินการ'],
};
/** Words written in a status cell that are no status: the report counts the project as รอรายงานผล. */
const NOT_A_STATUS = ['รอ', 'ดูหมายเหตุ', 'ok'];

const RESULTS = ['', 'อบรมผู้เข้าร่วม ๘๐ คน', 'เผยแพร่ทางเว็บไซต์ https://example.go.th/ita', 'ประชุมครบ ๙ หมู่บ้าน'];

const satangArb = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((n) => n * 500 * 100),
  fc.integer({ min: 1, max: 99_999_999 }),
);

const roundArb: fc.Arbitrary<RoundTruth> = fc
  .record({
    kind: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom<StatusKey>('finished', 'inProgress', 'notPossible', 'notStarted') },
      { weight: 3, arbitrary: fc.constant('blank' as const) },
      { weight: 1, arbitrary: fc.constant('unknown' as const) },
    ),
    pick: fc.nat(),
    spent: fc.option(satangArb, { freq: 3 }),
    result: fc.constantFrom(...RESULTS),
  })
  .map(({ kind, pick, spent, result }) => {
    if (kind === 'blank') return { status: null, written: '', spent, result };
    if (kind === 'unknown') return { status: null, written: NOT_A_STATUS[pick % NOT_A_STATUS.length], spent, result };
    const forms = STATUS_WRITINGS[kind];
    return { status: kind, written: forms[pick % forms.length], spent, result };
  });

export const followUpTruthArb: fc.Arbitrary<FollowUpTruth> = fc.record({
  ordinance: fc.option(satangArb, { freq: 4 }),
  rounds: fc.record({ 6: roundArb, 12: roundArb }),
});

export const followUpFormArb: fc.Arbitrary<FollowUpForm> = fc.record({
  ordinanceHeader: fc.option(
    fc.constantFrom(
      'งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)',
      'ตามข้อบัญญัติ',
      'ตามเทศบัญญัติ',
      'งบตามข้อบัญญัติ',
      'งบประมาณตามเทศบัญญัติ (บาท)',
      'งบประมาณ (วงเงินตามข้อบัญญัติ/เทศบัญญัติ)',
    ),
    { freq: 4 },
  ),
  layout: fc.constantFrom('group', 'single'),
  digits: fc.constantFrom('thai', 'arabic'),
  group: fc.constantFrom(
    (n: string) => `ผลการดำเนินงานรอบ ${n} เดือน`,
    (n: string) => `รอบ ${n} เดือน`,
    (n: string) => `ผลการดำเนินงาน รอบ ${n} เดือน`,
    (n: string) => `ผลการดำเนินการรอบ ${n} เดือน`,
    (n: string) => `รอบ${n}เดือน`,
  ),
  status: fc.constantFrom('สถานะ', 'สถานะการดำเนินการ', 'สถานะการดำเนินงาน'),
  spent: fc.constantFrom('เบิกจ่ายจริง (บาท)', 'เบิกจ่าย', 'ผลการเบิกจ่าย', 'เบิกจ่ายจริง'),
  result: fc.constantFrom('ผลการดำเนินงาน', 'ผลการดำเนินการ'),
  amounts: fc.constantFrom('number', 'text'),
});

function amountCell(form: FollowUpForm, satang: number | null): Cell {
  if (satang === null) return '';
  return form.amounts === 'number' ? satang / 100 : formatAmount(satang / 100);
}

/** The follow-up header cells: [top row, second row], ordinance first, then round 6 and round 12. */
function headerCells(form: FollowUpForm): [Cell[], Cell[]] {
  const top: Cell[] = [];
  const second: Cell[] = [];
  if (form.ordinanceHeader !== null) {
    top.push(form.ordinanceHeader);
    second.push('');
  }
  for (const round of [6, 12] as const) {
    const n = form.digits === 'thai' ? toThaiDigits(String(round)) : String(round);
    if (form.layout === 'group') {
      top.push(form.group(n), '', '');
      second.push(form.status, form.spent, form.result);
    } else {
      top.push(`${form.status} (รอบ ${n} เดือน)`, `${form.spent} รอบ ${n} เดือน`, form.group(n));
      second.push('', '', '');
    }
  }
  return [top, second];
}

/**
 * The plan with follow-up columns appended to the right: the header's (every repeat of it) and,
 * on each project row (`truths` in the order of `plan.projectRows`), the project's follow-up.
 */
export function addFollowUp(plan: WrittenPlan, truths: FollowUpTruth[], form: FollowUpForm): WrittenPlan {
  const width = Math.max(...plan.grid.map((r) => r.length));
  const [top, second] = headerCells(form);
  const blank: Cell[] = top.map(() => '');
  const projectAt = new Map(plan.projectRows.map((row, i) => [row, truths[i]]));
  const grid = plan.grid.map((row, r) => {
    const padded = [...row, ...new Array<Cell>(width - row.length).fill('')];
    if (row.includes('โครงการ/กิจกรรม/มาตรการ')) return [...padded, ...top];
    if (r > 0 && plan.grid[r - 1].includes('โครงการ/กิจกรรม/มาตรการ')) return [...padded, ...second];
    const truth = projectAt.get(r);
    if (!truth) return [...padded, ...blank];
    const cells: Cell[] = form.ordinanceHeader !== null ? [amountCell(form, truth.ordinance)] : [];
    for (const round of [6, 12] as const) {
      const t = truth.rounds[round];
      cells.push(t.written, amountCell(form, t.spent), t.result);
    }
    return [...padded, ...cells];
  });
  return { ...plan, grid };
}

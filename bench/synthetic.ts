/** Synthetic plans for the bench. */
import type { Cell } from '../src/core/read/cells';
import { DEFAULT_CATALOGUE } from '../src/core/data/catalogue';
import { tsvGrid } from '../test/helpers';

/** A plan of N projects in the 5-year layout, with subtotals and a grand total. */
export function syntheticFiveYearGrid(n: number): Cell[][] {
  const years = [2566, 2567, 2568, 2569, 2570];
  const grid: Cell[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต'],
    ['(พ.ศ. ๒๕๖๖ - ๒๕๗๐)'],
    ['เทศบาลตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง'],
    ['ลำดับ', 'มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ', ...years.map((y) => `ปี ${y}`), 'ผู้รับผิดชอบ', 'หมายเหตุ'],
    ['', '', '', '', ...years.map(() => 'งบประมาณ (บาท)'), '', ''],
  ];
  const perDim = Math.ceil(n / 4);
  let k = 0;
  for (let d = 1; d <= 4; d++) {
    const missions = DEFAULT_CATALOGUE.missions.filter((m) => m.dimension === d);
    const sums = years.map(() => 0);
    for (let i = 0; i < perDim && k < n; i++, k++) {
      const m = missions[i % missions.length];
      const budgets = years.map((_, y) => ((k * 7 + y) % 5 === 0 ? '-' : 1000 * ((k + y) % 50)));
      budgets.forEach((b, y) => (sums[y] += typeof b === 'number' ? b : 0));
      grid.push([
        k + 1,
        `มิติที่ ${d}`,
        `${m.number} ${m.name}`,
        `โครงการตัวอย่างลำดับที่ ${k + 1} ของเทศบาลตำบลตัวอย่าง`,
        ...budgets,
        'สำนักปลัดเทศบาล',
        '',
      ]);
    }
    grid.push(['', `มิติที่ ${d}`, 'รวม', '', ...sums, '', '']);
  }
  return grid;
}

/** A synthetic e-plan-style annual plan of N projects: ticks written as ☑/☐ text, amounts as text. */
export function syntheticAnnualGrid(n: number): Cell[][] {
  const grid: Cell[][] = [
    ['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลเมืองตัวอย่าง'],
    [],
    ['ลำดับ', 'รายการโครงการ (ตั้งต้น)', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'หมายเหตุ'],
    ['', '', '', '', '1', '2', '3', '4', ''],
  ];
  let total = 0;
  const q = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const amount = (i % 7) * 5000;
    total += amount;
    const ticks = [0, 1, 2, 3].map((k) => (i + k) % 3 !== 0);
    ticks.forEach((t, k) => t && q[k]++);
    grid.push([
      String(i + 1),
      `โครงการตัวอย่างลำดับที่ ${i + 1} ของเทศบาลเมืองตัวอย่าง`,
      `${i % 9 === 0 ? '*' : ''}${(i % 4) + 1}`,
      amount.toLocaleString('en-US', { minimumFractionDigits: 2 }),
      ...ticks.map((t) => (t ? '☑' : '☐')),
      '',
    ]);
  }
  grid.push(['รวมทั้งสิ้น', '', '', total.toLocaleString('en-US', { minimumFractionDigits: 2 }), ...q.map(String), '']);
  return grid;
}

/**
 * The e-plan fixture's 46 real projects (with their noise: HTML ticks, a Devanagari typo, the shared
 * 45,000 remark, the other office type's terms) repeated to N projects, every other copy renamed:
 * a plan that yields thousands of findings, so the bench also measures the cost of reporting them.
 */
export function noisyAnnualGrid(n: number): Cell[][] {
  const fixture = tsvGrid('eplan-annual-2567.tsv');
  const projects = fixture.slice(4).filter((row) => /^\d+$/.test(String(row[0] ?? '')));
  const grid = fixture.slice(0, 4);
  for (let k = 0; k < n; k++) {
    const row = [...projects[k % projects.length]];
    row[0] = String(k + 1);
    if (k % 2) row[1] = `${row[1]} ครั้งที่ ${k + 1}`;
    grid.push(row);
  }
  return grid;
}

/**
 * An annual plan with follow-up of `n` projects: the header rows of `fixture` (the hand-made
 * test/fixtures/annual-2568-followup.csv) and its projects, their statuses, amounts and results
 * repeated, numbered on and named apart.
 */
export function repeatedFollowUpGrid(fixture: Cell[][], n: number): Cell[][] {
  const isProject = (row: Cell[]) => /^[๐-๙0-9]+$/.test(String(row[0] ?? ''));
  const head = fixture.filter((row, i) => i < 4 && !isProject(row));
  const projects = fixture.filter(isProject);
  const rows = Array.from({ length: n }, (_, i) => {
    const row = [...projects[i % projects.length]];
    row[0] = String(i + 1);
    row[3] = `${String(row[3])} (${i + 1})`;
    return row;
  });
  return [...head, ...rows];
}

/**
 * The 5-year plan of `syntheticFiveYearGrid(n)` with faults planted in its project rows: every
 * third project an invalid dimension (DIMENSION_INVALID, an error) and the next one a sub-mission
 * not in the catalogue (MISSION_UNKNOWN, a warning); every fourth a year's budget that is not a
 * number (BUDGET_INVALID, an error); every other one a blank year (BUDGET_BLANK, a warning). The
 * dimension subtotals then disagree too (SUBTOTAL_MISMATCH). About 1.43 findings a project.
 */
export function faultyFiveYearGrid(n: number): Cell[][] {
  return syntheticFiveYearGrid(n).map((row) => {
    const k = row[0];
    if (typeof k !== 'number') return row;
    const out = [...row];
    if (k % 3 === 0) out[1] = 'มิติที่ 9';
    if (k % 3 === 1) out[2] = `ภารกิจที่ไม่มีในรายการ ${k}`;
    if (k % 4 === 0) out[5] = 'ไม่ทราบ';
    if (k % 2 === 1) out[6] = '';
    return out;
  });
}

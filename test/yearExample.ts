/**
 * The year's example shared by the end-to-end tests of the CLI (test/cli/yearWorkflow.test.ts) and
 * of the add-on (test/addon/yearWorkflow.test.ts): the follow-up staff type into the annual plan
 * of 2568 made from the bundled 5-year plan, and the figures of both rounds counted by hand.
 */
import { counted } from './generators/reportFigures';

export type Round = [status: string, spent: number | null, result: string];
/**
 * The six projects the example has an amount for in 2568, in the annual plan's order (dimension,
 * plan budget): ordinance, then round 6 and round 12 as typed. Row 1 is finished at 6 months and
 * blank at 12; row 4 is not reported at 6 months.
 */
export const FOLLOW_UP: { ordinance: number | null; r6: Round; r12: Round; ticks: string }[] = [
  { ordinance: 10000, r6: ['ดำเนินการแล้วเสร็จ', 9500, 'มอบประกาศ ๑๒ ชุมชน'], r12: ['', null, ''], ticks: '1' },
  {
    ordinance: 45000,
    r6: ['อยู่ระหว่างดำเนินการ', 20000, 'อบรมรุ่นที่ ๑'],
    r12: ['ดำเนินการแล้วเสร็จ', 44000, 'อบรม ๒ รุ่น ๑๒๐ คน'],
    ticks: '23',
  },
  {
    ordinance: 20000,
    r6: ['ยังไม่ได้ดำเนินการ', null, ''],
    r12: ['อยู่ระหว่างดำเนินการ', 12000, 'ปรับปรุงห้องแล้ว'],
    ticks: '34',
  },
  { ordinance: null, r6: ['', null, ''], r12: ['ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)', 0, ''], ticks: '2' },
  {
    ordinance: 8500,
    r6: ['อยู่ระหว่างดำเนินการ', 3000, 'จัดเวที ๒ หมู่บ้าน'],
    r12: ['ดำเนินการแล้วเสร็จ', 8500, 'จัดเวทีครบ ๙ หมู่บ้าน'],
    ticks: '12',
  },
  {
    ordinance: 5000,
    r6: ['ดำเนินการแล้วเสร็จ', 0, 'เปิดช่องทางร้องเรียน ๓ ช่องทาง'],
    r12: ['ดำเนินการแล้วเสร็จ', 0, 'เปิดช่องทางร้องเรียน ๓ ช่องทาง'],
    ticks: '1234',
  },
];

const f = counted;

/** Counted by hand from FOLLOW_UP and the example's 2568 budgets (10,000 50,000 | 20,000 | 15,000 8,500 | 5,000). */
export const TRUTH = {
  6: {
    year: 2568,
    round: 6,
    period: { from: '2024-10-01', to: '2025-03-31' },
    byDimension: {
      '1': f(2, [1, 1, 0, 0, 0], [60000, 55000, 29500]),
      '2': f(1, [0, 0, 0, 1, 0], [20000, 20000, 0]),
      '3': f(2, [0, 1, 0, 0, 1], [23500, 8500, 3000]),
      '4': f(1, [1, 0, 0, 0, 0], [5000, 5000, 0]),
    },
    total: f(6, [2, 2, 0, 1, 1], [108500, 88500, 32500]),
  },
  12: {
    year: 2568,
    round: 12,
    period: { from: '2024-10-01', to: '2025-09-30' },
    byDimension: {
      '1': f(2, [2, 0, 0, 0, 0], [60000, 55000, 53500]),
      '2': f(1, [0, 1, 0, 0, 0], [20000, 20000, 12000]),
      '3': f(2, [1, 0, 1, 0, 0], [23500, 8500, 8500]),
      '4': f(1, [1, 0, 0, 0, 0], [5000, 5000, 0]),
    },
    total: f(6, [4, 1, 1, 0, 0], [108500, 88500, 74000]),
  },
};

/**
 * Findings of reading and linting a plan: a stable code, a severity, the cell, and a message in
 * Thai (with English alongside for the English UI). Codes are a contract: tests, the sidebar and
 * users' scripts match on them.
 */
import { a1 } from '../read/cells';
import { formatAmount } from '../../shared/numbers';
import type { Severity } from '../../shared/wire';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** 1-based row and column of that cell. */
  row: number;
  col: number;
  message: string;
  messageEn: string;
  /** The cell's text as the finding saw it and the text proposed for it: applied only when the user accepts. */
  fix?: TextFix;
}

export interface TextFix {
  from: string;
  to: string;
}

type Params = Record<string, string | number | undefined>;

const fmt = (n: unknown) => (typeof n === 'number' ? formatAmount(n) : String(n ?? ''));

/**
 * A cell's text in quotes, or its absence in words: a blank cell is named, never shown as `""` (or,
 * from a missing cell, `"undefined"`).
 */
const q = (text: Params[string]) => (text === undefined || text === '' ? '(ว่าง)' : `"${text}"`);
const qEn = (text: Params[string]) => (text === undefined || text === '' ? '(blank)' : `"${text}"`);
/** A budget column's year; 'unknown' when the plan gives none (FISCAL_YEAR_UNKNOWN says so at its header). */
const year = (y: Params[string]) => (y === 'unknown' || y === undefined ? '(ไม่ทราบปี)' : y);
const yearEn = (y: Params[string]) => (y === 'unknown' || y === undefined ? '(year unknown)' : y);

interface Rule {
  severity: Severity;
  th: (p: Params) => string;
  en: (p: Params) => string;
}

const RULES = {
  NO_PLAN_TABLE: {
    severity: 'error',
    th: () => 'ไม่พบตารางแผน: ต้องมีแถวหัวตารางที่มีคอลัมน์ "โครงการ/กิจกรรม/มาตรการ" และคอลัมน์ มิติ หรือ งบประมาณ',
    en: () => 'No plan table found: a header row needs a "โครงการ/กิจกรรม/มาตรการ" column and a มิติ or budget column',
  },
  COLUMN_NOT_UNDERSTOOD: {
    severity: 'warning',
    th: (p) => `ไม่รู้จักหัวคอลัมน์ ${q(p.text)} จึงไม่ได้อ่านข้อมูลในคอลัมน์นี้`,
    en: (p) => `Column header ${qEn(p.text)} is not recognised; its cells were not read`,
  },
  BUDGET_COLUMNS_MISSING: {
    severity: 'warning',
    th: () => 'ไม่พบคอลัมน์งบประมาณในหัวตาราง',
    en: () => 'The header has no budget column',
  },
  FISCAL_YEAR_UNKNOWN: {
    severity: 'error',
    th: () =>
      'ไม่ทราบปีงบประมาณของคอลัมน์งบประมาณ: ใส่ปี พ.ศ. ในชื่อแผน (เช่น "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567") หรือในหัวคอลัมน์ หรือระบุในการตั้งค่า',
    en: () =>
      'The budget column has no fiscal year: put the BE year in the plan title or the column header, or set it in the settings',
  },
  YEAR_OUT_OF_RANGE: {
    severity: 'error',
    th: (p) => `ปีงบประมาณ ${year(p.year)} อยู่นอกช่วงของแผน (${p.from}–${p.to})`,
    en: (p) => `Fiscal year ${yearEn(p.year)} is outside the plan's years (${p.from}–${p.to})`,
  },
  ROW_NOT_UNDERSTOOD: {
    severity: 'warning',
    th: (p) => `ไม่เข้าใจแถวนี้ (${q(p.text)}) จึงไม่ได้นับเป็นโครงการ`,
    en: (p) => `Row not understood (${qEn(p.text)}); it was not counted as a project`,
  },
  DIMENSION_MISSING: {
    severity: 'error',
    th: () => 'ไม่ได้ระบุมิติของโครงการ (ต้องเป็นมิติที่ ๑–๔)',
    en: () => 'The project has no dimension (must be 1–4)',
  },
  DIMENSION_INVALID: {
    severity: 'error',
    th: (p) => `มิติ ${q(p.text)} ไม่ถูกต้อง: ต้องเป็นมิติที่ ๑–๔ เช่น "1", "*1" หรือ "มิติที่ ๑"`,
    en: (p) => `Dimension ${qEn(p.text)} is invalid: it must be 1–4, e.g. "1", "*1" or "มิติที่ ๑"`,
  },
  DIMENSION_NAME_MISMATCH: {
    severity: 'warning',
    th: (p) => `เลขมิติกับชื่อมิติใน ${q(p.text)} ไม่ตรงกัน (นับเป็นมิติที่ ${p.dimension} ตามเลข)`,
    en: (p) =>
      `The dimension number and name in ${qEn(p.text)} disagree (counted as dimension ${p.dimension}, by its number)`,
  },
  DIMENSION_OLD_NAME: {
    severity: 'warning',
    th: (p) => `${q(p.text)} เป็นชื่อมิติของแผนเดิม (พ.ศ. 2561–2564) ควรใช้ชื่อมิติที่ ${p.dimension} ของแผนปัจจุบัน`,
    en: (p) =>
      `${qEn(p.text)} is a dimension name of the previous plan (2561–2564); use the current name of dimension ${p.dimension}`,
  },
  MISSION_UNKNOWN: {
    severity: 'warning',
    th: (p) => `ภารกิจตามมิติ ${q(p.text)} ไม่อยู่ในรายการภารกิจ (ตรวจการสะกด หรือเพิ่มในแผ่นงานรายการภารกิจ)`,
    en: (p) =>
      `Sub-mission ${qEn(p.text)} is not in the catalogue (check the wording, or add it to the catalogue sheet)`,
  },
  MISSION_DIMENSION_MISMATCH: {
    severity: 'warning',
    th: (p) => `ภารกิจ ${q(p.text)} เป็นของมิติที่ ${p.expected} แต่โครงการอยู่ในมิติที่ ${p.dimension}`,
    en: (p) =>
      `Sub-mission ${qEn(p.text)} belongs to dimension ${p.expected} but the project is under dimension ${p.dimension}`,
  },
  PROJECT_NAME_MISSING: {
    severity: 'error',
    th: () => 'แถวนี้มีข้อมูลแต่ไม่มีชื่อโครงการ/กิจกรรม/มาตรการ',
    en: () => 'This row has data but no project name',
  },
  BUDGET_INVALID: {
    severity: 'error',
    th: (p) =>
      `งบประมาณปี ${year(p.year)} ${q(p.text)} ไม่ใช่จำนวนเงิน: ใส่จำนวนบาท (ทศนิยมไม่เกิน ๒ ตำแหน่ง ไม่เกินล้านล้านบาท) เช่น 45,000 หรือ "-" หรือ "ไม่ใช้งบประมาณ"`,
    en: (p) =>
      `Budget for ${yearEn(p.year)} ${qEn(p.text)} is not an amount: enter baht (at most 2 decimals, at most a trillion) such as 45,000, "-" or "ไม่ใช้งบประมาณ"`,
  },
  BUDGET_NEGATIVE: {
    severity: 'error',
    th: (p) => `งบประมาณปี ${year(p.year)} ติดลบ (${fmt(p.value)})`,
    en: (p) => `Budget for ${yearEn(p.year)} is negative (${fmt(p.value)})`,
  },
  BUDGET_BLANK: {
    severity: 'warning',
    th: (p) => `งบประมาณ${p.year === 'all' ? 'ว่างทุกปี' : `ปี ${year(p.year)} ว่าง`}: ใส่จำนวนเงิน หรือ "-" ถ้าไม่มี`,
    en: (p) =>
      `Budget ${p.year === 'all' ? 'is blank for every year' : `for ${yearEn(p.year)} is blank`}: enter an amount, or "-" for none`,
  },
  TICK_INVALID: {
    severity: 'error',
    th: (p) => `ช่องไตรมาส ${p.quarter} ${q(p.text)} ไม่ใช่เครื่องหมายถูก (ใช้ช่องทำเครื่องหมาย, TRUE/FALSE หรือ ☑)`,
    en: (p) => `Quarter ${p.quarter} cell ${qEn(p.text)} is not a tick (use a checkbox, TRUE/FALSE or ☑)`,
  },
  QUARTERS_NONE: {
    severity: 'warning',
    th: () => 'ยังไม่ได้เลือกไตรมาสที่ดำเนินการ',
    en: () => 'No quarter is ticked',
  },
  DUPLICATE_PROJECT: {
    severity: 'error',
    th: (p) => `ชื่อโครงการซ้ำกับแถว ${p.other}: ${q(p.text)}`,
    en: (p) => `Project name duplicates row ${p.other}: ${qEn(p.text)}`,
  },
  SUBTOTAL_MISMATCH: {
    severity: 'error',
    th: (p) => `ยอดรวม${p.what} ปี ${year(p.year)} เขียนไว้ ${p.written} แต่รวมจากโครงการได้ ${fmt(p.computed)}`,
    en: (p) =>
      `${p.whatEn} total for ${yearEn(p.year)} says ${p.written} but the projects add up to ${fmt(p.computed)}`,
  },
  TOTAL_COUNT_MISMATCH: {
    severity: 'error',
    th: (p) => `ยอดรวมนี้เขียนว่า ${p.written} โครงการ แต่ครอบคลุม ${p.computed} โครงการ (แถว ${p.rows})`,
    en: (p) => `This total says ${p.written} projects but covers ${p.computed} (rows ${p.rows})`,
  },
  TOTAL_FORMULA_RANGE: {
    severity: 'error',
    th: (p) => `สูตร ${p.formula} ไม่รวมแถว ${p.rows} ซึ่งเป็นโครงการของยอดรวมนี้`,
    en: (p) => `The formula ${p.formula} leaves out row(s) ${p.rows}, projects this total covers`,
  },
  GRAND_TOTAL_MISMATCH: {
    severity: 'error',
    th: (p) => `ยอดรวมทั้งสิ้น${p.what} เขียนไว้ ${p.written} แต่คำนวณได้ ${fmt(p.computed)}`,
    en: (p) => `Grand total${p.whatEn} says ${p.written} but computes to ${fmt(p.computed)}`,
  },
  TOTAL_INVALID: {
    severity: 'error',
    th: (p) => `ยอดรวม ${q(p.text)} ไม่ใช่ตัวเลข`,
    en: (p) => `Total ${qEn(p.text)} is not a number`,
  },
  PLACEHOLDER: {
    severity: 'error',
    th: (p) => `มีข้อความแม่แบบที่ยังไม่ได้แก้ ${q(p.text)}`,
    en: (p) => `Template placeholder left in: ${qEn(p.text)}`,
  },
  ORG_NAME_MISMATCH: {
    severity: 'warning',
    th: (p) => `ชื่อหน่วยงาน ${q(p.found)} ไม่ตรงกับ ${q(p.expected)}`,
    en: (p) => `Organisation name ${qEn(p.found)} differs from ${qEn(p.expected)}`,
  },
  ORG_TYPE_TERM: {
    severity: 'warning',
    th: (p) => `ใช้คำ ${q(p.term)} ซึ่งเป็นคำของ${p.otherType} แต่หน่วยงานนี้เป็น${p.type} (ควรใช้ ${q(p.suggest)})`,
    en: (p) => `${qEn(p.term)} is a term of a ${p.otherType}, but this office is a ${p.type} (use ${qEn(p.suggest)})`,
  },
  SAME_SOURCE_AMOUNT: {
    severity: 'warning',
    th: (p) =>
      `งบประมาณ ${fmt(p.value)} บาท ซ้ำกับแถว ${p.rows}${p.more ? ` และอีก ${fmt(p.more)} แถว` : ''} ซึ่งหมายเหตุอ้างโครงการเดียวกัน อาจนับงบประมาณซ้ำ`,
    en: (p) =>
      `Amount ${fmt(p.value)} repeats in rows ${p.rows}${p.more ? ` and ${fmt(p.more)} more` : ''} whose remarks point to the same project; the budget may be counted twice`,
  },
  FOREIGN_SCRIPT: {
    severity: 'warning',
    th: (p) => `มีอักษรต่างภาษา ${q(p.chars)} (${p.codes}) ปนในข้อความภาษาไทย`,
    en: (p) => `Foreign-script characters ${qEn(p.chars)} (${p.codes}) inside Thai text`,
  },
  DETAILS_MISSING: {
    severity: 'warning',
    th: (p) => `โครงการ ${q(p.text)} ยังไม่มีรายละเอียดโครงการ จึงจะไม่สร้างเอกสาร`,
    en: (p) => `Project ${qEn(p.text)} has no details yet, so no document will be made`,
  },
  DETAILS_UNMATCHED: {
    severity: 'warning',
    th: (p) => `รายละเอียดโครงการ ${q(p.text)} ไม่ตรงกับโครงการใดในแผน (ตรวจชื่อหรือลำดับ)`,
    en: (p) => `Details ${qEn(p.text)} match no project of the plan (check the name or number)`,
  },
  DETAILS_DUPLICATE: {
    severity: 'warning',
    th: (p) => `รายละเอียดโครงการ ${q(p.text)} ซ้ำกับแถว ${p.other} (ใช้แถวแรก)`,
    en: (p) => `Details ${qEn(p.text)} repeat row ${p.other} (the first is used)`,
  },
  DETAILS_NAME_DIFFERS: {
    severity: 'warning',
    th: (p) => `ชื่อในรายละเอียดโครงการ ${q(p.text)} ไม่ตรงกับชื่อในแผน ${q(p.plan)}`,
    en: (p) => `The details name ${qEn(p.text)} differs from the plan's ${qEn(p.plan)}`,
  },
  DETAILS_BUDGET_DIFFERS: {
    severity: 'warning',
    th: (p) =>
      `งบประมาณในรายละเอียดโครงการ (${fmt(p.stated)} บาท) ไม่ตรงกับแผน (${fmt(p.plan)} บาท); เอกสารจะใช้งบประมาณตามแผน`,
    en: (p) =>
      `The details budget (${fmt(p.stated)} baht) differs from the plan (${fmt(p.plan)} baht); documents use the plan's`,
  },
  FOLLOWUP_AMOUNT_INVALID: {
    severity: 'error',
    th: (p) => `${q(p.text)} ไม่ใช่จำนวนเงิน (ติดตามผล) จึงไม่ได้นับในรายงาน`,
    en: (p) => `${qEn(p.text)} is not an amount (follow-up); it was not counted in the report`,
  },
  FOLLOWUP_STATUS_UNKNOWN: {
    severity: 'error',
    th: (p) =>
      `ไม่รู้จักสถานะ ${q(p.text)} (รอบ ${p.round} เดือน): ใช้ ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้วเสร็จ / ไม่สามารถดำเนินการได้ โครงการนี้จึงนับเป็นรอรายงานผล`,
    en: (p) =>
      `Unknown status ${qEn(p.text)} (${p.round}-month round): use ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้วเสร็จ / ไม่สามารถดำเนินการได้; the project counts as not reported`,
  },
  FOLLOWUP_REASON_MISSING: {
    severity: 'warning',
    th: (p) =>
      `ไม่สามารถดำเนินการได้ (รอบ ${p.round} เดือน) แต่ไม่ได้ระบุเหตุผล เช่น "ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)" หรือเขียนในผลการดำเนินงาน`,
    en: (p) =>
      `ไม่สามารถดำเนินการได้ (${p.round}-month round) without a reason, e.g. "ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)", or one in the result`,
  },
  FOLLOWUP_RESULT_MISSING: {
    severity: 'warning',
    th: (p) => `ดำเนินการแล้วเสร็จ (รอบ ${p.round} เดือน) แต่ยังไม่ได้เขียนผลการดำเนินงาน`,
    en: (p) => `Finished (${p.round}-month round) but no result is written`,
  },
  FOLLOWUP_SPENT_OVER_BUDGET: {
    severity: 'warning',
    th: (p) => `เบิกจ่ายจริง ${fmt(p.spent)} บาท (รอบ ${p.round} เดือน) เกินงบประมาณ${p.against} ${fmt(p.budget)} บาท`,
    en: (p) =>
      `Spent ${fmt(p.spent)} baht (${p.round}-month round) is above the budget in the ${p.againstEn} (${fmt(p.budget)} baht)`,
  },
  FOLLOWUP_SPENT_DECREASED: {
    severity: 'error',
    th: (p) =>
      `เบิกจ่ายจริงรอบ ๑๒ เดือน (${fmt(p.spent12)} บาท) น้อยกว่ารอบ ๖ เดือน (${fmt(p.spent6)} บาท): เบิกจ่ายเป็นยอดสะสมถึงสิ้นรอบ`,
    en: (p) =>
      `Spent at 12 months (${fmt(p.spent12)} baht) is below spent at 6 months (${fmt(p.spent6)} baht): spending is cumulative`,
  },
  FOLLOWUP_FINISHED_REOPENED: {
    severity: 'warning',
    th: (p) => `ดำเนินการแล้วเสร็จในรอบ ๖ เดือน แต่รอบ ๑๒ เดือนเป็น ${q(p.text)}`,
    en: (p) => `Finished at 6 months but ${qEn(p.text)} at 12 months`,
  },
  FOLLOWUP_SPENT_NOT_STARTED: {
    severity: 'warning',
    th: (p) => `ยังไม่ได้ดำเนินการ (รอบ ${p.round} เดือน) แต่มีเบิกจ่ายจริง ${fmt(p.spent)} บาท`,
    en: (p) => `Not started (${p.round}-month round) but ${fmt(p.spent)} baht was spent`,
  },
  FOLLOWUP_STATUS_MISSPELT: {
    severity: 'warning',
    th: (p) =>
      `สถานะ ${q(p.text)} (รอบ ${p.round} เดือน) สะกดผิด: รายงานอ่านเป็น "${p.label}" แต่แผ่นสรุปผลการดำเนินงานนับเป็นรอรายงานผล — แก้เป็น "${p.label}"`,
    en: (p) =>
      `Status ${qEn(p.text)} (${p.round}-month round) is misspelt: the report reads it as "${p.label}", but the สรุปผลการดำเนินงาน sheet counts it as not reported — correct it to "${p.label}"`,
  },
  WRAPPED_WORD: {
    severity: 'warning',
    th: (p) => `มีช่องว่างกลางคำ ${p.count} แห่ง (${p.examples}) ซึ่งน่าจะมาจากการตัดบรรทัดเมื่อคัดลอกจาก PDF: เสนอให้ลบช่องว่างนั้นออก`,
    en: (p) =>
      `${p.count} space(s) inside words (${p.examples}), likely line wraps copied from a PDF: the proposed text takes them out`,
  },
} satisfies Record<string, Rule>;

export type FindingCode = keyof typeof RULES;
export const FINDING_CODES = Object.keys(RULES) as FindingCode[];

/** Builds a finding for a 0-based (row, col) of the grid, with the text proposed for the cell when there is one. */
export function createFinding(code: FindingCode, row: number, col: number, params: Params, fix?: TextFix): Finding {
  const rule: Rule = RULES[code];
  const finding: Finding = {
    code,
    severity: rule.severity,
    cell: a1(row, col),
    row: row + 1,
    col: col + 1,
    message: rule.th(params),
    messageEn: rule.en(params),
  };
  if (fix) finding.fix = fix;
  return finding;
}

/** Findings in sheet order (row, then column), errors before warnings on the same cell. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .slice()
    .sort(
      (a, b) => a.row - b.row || a.col - b.col || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
    );
}

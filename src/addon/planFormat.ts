/**
 * The rules SaiSaat puts on a plan sheet, shared by creating and adopting: data validation per
 * column role (dimension dropdown, sub-missions from the catalogue sheet, budgets ≥ 0, quarter
 * checkboxes), conditional formatting that marks invalid cells, and a warning-only protection of
 * the header. Everything is marked as SaiSaat's so running again replaces it, never duplicates it,
 * and leaves the user's own rules alone. Validation warns (allowInvalid) rather than rejects:
 * real plans write "-" or "ไม่ใช้งบประมาณ" in budget cells, and nobody should be locked out.
 */
import { columnLetters } from '../core/read/cells';
import { consecutiveRuns } from '../core/totals/runs';
import type { Catalogue } from '../core/data/catalogue';
import { dimensionChoices, type StandardColumn } from '../core/sheet/standardSheet';
import { STATUS_LABELS } from '../core/year/followUp';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export type ValidatedRole = 'dimension' | 'mission' | 'budget' | 'quarter';

const MARK = 'N("SaiSaat")=0';
export const HEADER_PROTECTION = 'SaiSaat: หัวตารางแผน (แก้ได้แต่จะมีคำเตือน)';

/** Data validation for a column role, built once per operation and shared by every cell. */
export function validations(catalogue: Catalogue, catalogueSheet: Sheet | null): Record<ValidatedRole, DataValidation> {
  const dimension = SpreadsheetApp.newDataValidation()
    .requireValueInList(dimensionChoices(catalogue), true)
    .setAllowInvalid(true)
    .setHelpText('เลือกมิติที่ ๑–๔ (Choose dimension 1–4)')
    .build();
  const missionBuilder = SpreadsheetApp.newDataValidation()
    .setAllowInvalid(true)
    .setHelpText('เลือกภารกิจตามมิติจากแผ่นงาน "รายการภารกิจ" (Choose a sub-mission)');
  const mission = (
    catalogueSheet
      ? missionBuilder.requireValueInRange(catalogueSheet.getRange('C2:C'), true)
      : missionBuilder.requireValueInList(
          catalogue.missions.map((m) => m.name),
          true,
        )
  ).build();
  const budget = SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText('ใส่จำนวนเงิน (บาท) ไม่ติดลบ; ไม่มีให้ใส่ - หรือ "ไม่ใช้งบประมาณ" (Amount in baht, 0 or more)')
    .build();
  const quarter = SpreadsheetApp.newDataValidation().requireCheckbox().build();
  return { dimension, mission, budget, quarter };
}

/** RE2 patterns of a valid cell, as the core reads them (dimension names of both plan generations). */
const DIMENSION_OK =
  '^\\*?\\s*((มิติ|มติ)\\s*(ที่)?\\s*)?[1-4๑-๔]([^0-9๐-๙]|$)|วัฒนธรรมสุจริต|ความโปร่งใส|ภาคประชาชน|กลไก|ไม่ทนต่อการทุจริต|เพื่อป้องกันการทุจริต';
const BUDGET_TEXT_OK = '^\\s*[-–—]+\\s*$|^[0-9๐-๙,.\\s]+(บาท)?$|ไม่.*งบ';
const TICK_TEXT_OK = '^(TRUE|FALSE|☑|☐|✓|✔)$|checkbox';
// The check's rule (core/check/rules/placeholders.ts) as far as RE2, which has no lookbehind, can say
// it: "ระบุ…" to fill in at the start of a clause or in brackets, the office-name slot anywhere; not
// "ระบุ" glued after a word, where it is mostly a verb ("พร้อมระบุผู้รับผิดชอบ").
const PLACEHOLDER =
  '(^|[\\s(/:])ระบุ\\s*(ชื่อ|งบ|จำนวน|หน่วยงาน|วันที่)|\\(\\s*ระบุ|ระบ[ุบ]\\s*(ชื่อ|งบซื้อ)\\s*(องค์กร\\s*ปกครอง|อปท|เทศบาล|อบต|อบจ)|\\{\\{|\\.{4,}';

export interface FormattedColumn {
  role: string;
  /** 1-based column. */
  col: number;
}

/** The columns each marking rule covers, and its formula: when the cell `c` (first of a run of such columns) is invalid. */
const INVALID_WHEN: { roles: string[]; formula: (c: string) => string }[] = [
  {
    roles: ['dimension'],
    formula: (c) => `=AND(${MARK},LEN(${c})>0,NOT(REGEXMATCH(TO_TEXT(${c}),"${DIMENSION_OK}")))`,
  },
  {
    roles: ['budget'],
    formula: (c) =>
      `=AND(${MARK},LEN(${c})>0,OR(AND(ISNUMBER(${c}),${c}<0),AND(NOT(ISNUMBER(${c})),NOT(REGEXMATCH(TO_TEXT(${c}),"${BUDGET_TEXT_OK}")))))`,
  },
  {
    roles: ['quarter'],
    formula: (c) => `=AND(${MARK},LEN(${c})>0,NOT(ISLOGICAL(${c})),NOT(REGEXMATCH(TO_TEXT(${c}),"${TICK_TEXT_OK}")))`,
  },
  {
    roles: ['project', 'responsible', 'remark'],
    formula: (c) => `=AND(${MARK},REGEXMATCH(TO_TEXT(${c}),"${PLACEHOLDER}"))`,
  },
];

/**
 * Replaces SaiSaat's conditional formatting rules on the sheet (the user's own rules stay) with
 * ones that mark invalid dimension, budget and tick cells and leftover placeholders, live: one
 * rule per run of adjacent columns of a role.
 */
export function applyConditionalFormats(
  sheet: Sheet,
  columns: FormattedColumn[],
  firstRow: number,
  lastRow: number,
): void {
  const rules = INVALID_WHEN.flatMap(({ roles, formula }) =>
    consecutiveRuns(columns.filter((c) => roles.includes(c.role)).map((c) => c.col)).map(([from, to]) => {
      const range = sheet.getRange(firstRow, from, lastRow - firstRow + 1, to - from + 1);
      return SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula(`${columnLetters(from - 1)}${firstRow}`))
        .setBackground('#f4c7c3')
        .setFontColor('#a50e0e')
        .setRanges([range])
        .build();
    }),
  );
  const theirs = sheet
    .getConditionalFormatRules()
    .filter((r) => !(r.getBooleanCondition()?.getCriteriaValues() ?? []).some((v) => String(v).includes(MARK)));
  sheet.setConditionalFormatRules([...theirs, ...rules]);
}

/** Protects the header rows with a warning (anyone may still edit); added once per description. */
export function protectHeader(
  sheet: Sheet,
  firstRow: number,
  rows: number,
  columns: number,
  firstCol = 1,
  description = HEADER_PROTECTION,
): void {
  const exists = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((p) => p.getDescription() === description);
  if (exists) return;
  sheet.getRange(firstRow, firstCol, rows, columns).protect().setDescription(description).setWarningOnly(true);
}

export const FOLLOW_UP_PROTECTION = 'SaiSaat: หัวคอลัมน์ติดตามผล (แก้ได้แต่จะมีคำเตือน)';

/**
 * The follow-up columns' rules on the project rows `first`–`last`: the status dropdown, amounts
 * (≥ 0, shown with two decimals) in the ordinance and spent columns, wrapped result text. The
 * dropdown only warns (setAllowInvalid(true): "whether to show a warning when input fails data
 * validation or whether to reject the input entirely", DataValidationBuilder in Google's
 * reference): the reason of ไม่สามารถดำเนินการได้ is written after it in brackets.
 */
export function applyFollowUpRules(sheet: Sheet, columns: StandardColumn[], first: number, last: number): void {
  const rows = last - first + 1;
  const status = SpreadsheetApp.newDataValidation()
    .requireValueInList(Object.values(STATUS_LABELS), true)
    .setAllowInvalid(true)
    .setHelpText(
      'เลือกสถานะ; ไม่สามารถดำเนินการได้ ให้เขียนเหตุผลในวงเล็บต่อท้าย เช่น "ไม่สามารถดำเนินการได้ (ไม่ได้รับงบประมาณ)" (Choose a status)',
    )
    .build();
  const amount = SpreadsheetApp.newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(true)
    .setHelpText('ใส่จำนวนเงิน (บาท) ไม่ติดลบ (Amount in baht, 0 or more)')
    .build();
  for (const c of columns) {
    const range = sheet.getRange(first, c.col + 1, rows, 1);
    if (c.role === 'status') range.setDataValidation(status);
    else if (c.role === 'ordinance' || c.role === 'spent') range.setDataValidation(amount).setNumberFormat('#,##0.00');
    else if (c.role === 'result') range.setWrap(true);
  }
}

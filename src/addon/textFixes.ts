/**
 * แก้ไขตามที่เสนอ: writes the text a finding proposed (a word broken by a line-wrap space joined)
 * into the cells the user accepted, and only there. A cell is written only while it still holds
 * the very text the finding saw and no formula; otherwise it is left alone and reported (another
 * editor changed it since the check). Per sheet: one read of the cells' block (values, formulas,
 * number formats), then each accepted cell written by itself — a setValues over the block would
 * rewrite every other cell in it too, dropping their rich text (links, partly bold words).
 */
import type { Cell } from '../core/read/cells';
import { parseA1 } from '../core/read/cells';
import { valueFor, withDocumentLock } from './spreadsheet';
import {
  ApplyTextFixesRequestSchema,
  type ApplyTextFixesRequest,
  type ApplyTextFixesResult,
  type TextFix,
} from '../shared/fixWire';

type Skipped = ApplyTextFixesResult['skipped'][number];

const CHANGED = {
  reason: 'ข้อความในเซลล์ถูกแก้ไขไปแล้วหลังการตรวจ (อาจโดยผู้แก้ไขคนอื่น) จึงไม่ได้แก้ — ตรวจอีกครั้งเพื่อดูข้อเสนอใหม่',
  reasonEn:
    'The cell changed after the check (perhaps by another editor), so it was left alone — check again for a new proposal',
};
const FORMULA = {
  reason: 'เซลล์นี้เป็นสูตร จึงไม่ได้แก้ — แก้ข้อความที่ต้นทางของสูตร',
  reasonEn: 'The cell holds a formula, so it was left alone — fix the text where the formula takes it from',
};
const NO_SHEET = (sheet: string) => ({
  reason: `ไม่พบแผ่นงาน "${sheet}" แล้ว (อาจถูกลบหรือเปลี่ยนชื่อ)`,
  reasonEn: `There is no sheet named "${sheet}" any more (deleted or renamed)`,
});

export function applyTextFixes(request: ApplyTextFixesRequest): ApplyTextFixesResult {
  const { fixes } = ApplyTextFixesRequestSchema.parse(request);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const result: ApplyTextFixesResult = { applied: [], skipped: [] };
    for (const [name, group] of bySheet(fixes)) {
      const sheet = ss.getSheetByName(name);
      if (sheet) applyInSheet(sheet, group, result);
      else result.skipped.push(...group.map((f) => ({ sheet: name, cell: f.cell, ...NO_SHEET(name) })));
    }
    return result;
  });
}

/** The fixes by sheet, each cell once (the first fix asked for it). */
function bySheet(fixes: TextFix[]): Map<string, TextFix[]> {
  const out = new Map<string, TextFix[]>();
  const seen = new Set<string>();
  for (const f of fixes) {
    const key = `${f.sheet}!${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const group = out.get(f.sheet);
    if (group) group.push(f);
    else out.set(f.sheet, [f]);
  }
  return out;
}

function applyInSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, fixes: TextFix[], result: ApplyTextFixesResult): void {
  const name = sheet.getName();
  const at = fixes.map((f) => ({ f, ...parseA1(f.cell) }));
  // The block from the first to the last cell asked for, within the sheet's content (a cell beyond it is empty now).
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const inside = at.filter((c) => c.row < lastRow && c.col < lastCol);
  const skip = (f: TextFix, why: Omit<Skipped, 'sheet' | 'cell'>) =>
    result.skipped.push({ sheet: name, cell: f.cell, ...why });
  for (const c of at) if (!inside.includes(c)) skip(c.f, CHANGED);
  if (inside.length === 0) return;
  const top = Math.min(...inside.map((c) => c.row));
  const left = Math.min(...inside.map((c) => c.col));
  const block = sheet.getRange(
    top + 1,
    left + 1,
    Math.max(...inside.map((c) => c.row)) - top + 1,
    Math.max(...inside.map((c) => c.col)) - left + 1,
  );
  const values = block.getValues() as Cell[][];
  const formulas = block.getFormulas();
  const formats = block.getNumberFormats();
  for (const { f, row, col } of inside) {
    const i = row - top;
    const j = col - left;
    if (formulas[i][j]) skip(f, FORMULA);
    else if (values[i][j] !== f.from) skip(f, CHANGED);
    else {
      sheet.getRange(row + 1, col + 1).setValue(valueFor(f.to, formats[i][j]));
      result.applied.push({ sheet: name, cell: f.cell });
    }
  }
}

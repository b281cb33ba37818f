/**
 * A sheet name the user types, checked the same way in the sidebar (before the call) and on the
 * server (against every sheet). Google Sheets refuses an empty name and one another sheet has,
 * compared without case (insertSheet refuses "SHEET1" beside "Sheet1":
 * github.com/socialpoint-labs/sheetfu/pull/26). Google documents no length limit we could find, so
 * SaiSaat keeps names to 100 characters, which a tab can show, and to one line.
 */
import type { Bilingual } from './userMessage';

export const MAX_SHEET_NAME = 100;

/** What is wrong with `typed` (trimmed) as a new sheet's name beside the sheets `taken`; null when Sheets will take it. */
export function sheetNameProblem(typed: string, taken: readonly string[]): Bilingual | null {
  const name = typed.trim();
  if (!name) return { th: 'กรุณาพิมพ์ชื่อแผ่นงานใหม่', en: 'Please type a name for the new sheet' };
  if ([...name].length > MAX_SHEET_NAME)
    return {
      th: `ชื่อแผ่นงานยาวได้ไม่เกิน ${MAX_SHEET_NAME} ตัวอักษร`,
      en: `A sheet name may have at most ${MAX_SHEET_NAME} characters`,
    };
  if (/\p{Cc}/u.test(name)) return { th: 'ชื่อแผ่นงานต้องอยู่ในบรรทัดเดียว', en: 'A sheet name must be on one line' };
  const same = taken.find((t) => t.toLocaleLowerCase() === name.toLocaleLowerCase());
  if (same !== undefined)
    return {
      th: `มีแผ่นงานชื่อ "${same}" อยู่แล้ว กรุณาตั้งชื่ออื่น`,
      en: `There is already a sheet named "${same}"; please choose another name`,
    };
  return null;
}

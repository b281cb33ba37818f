/**
 * Thai dates and the Thai fiscal year (docs/domain.md#fiscal-year-and-quarters, #numbers-digits-and-dates), by hand: Intl's Thai calendar support
 * inside Apps Script is not something to rely on. Works on calendar parts (CE year, month 1–12,
 * day), so callers decide which time zone a Date is read in.
 */
import { toThaiDigits } from '../../shared/numbers';

export interface DateParts {
  /** Christian-era year. */
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
export const THAI_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];

export type ThaiDateStyle = 'long' | 'short' | 'full' | 'official';

/** Day of week (0 = Sunday) of a proleptic Gregorian date. */
export function weekday({ year, month, day }: DateParts): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * "๓๐ กันยายน ๒๕๖๕" (long), "๓๐ ก.ย. ๖๕" (short), "วันศุกร์ที่ ๓๐ กันยายน พ.ศ. ๒๕๖๕" (full),
 * "๓๐ กันยายน พ.ศ. ๒๕๖๕" (official: as ระเบียบงานสารบรรณ dates a ประกาศ); Arabic digits on request.
 */
export function formatThaiDate(
  parts: DateParts,
  style: ThaiDateStyle = 'long',
  digits: 'thai' | 'arabic' = 'thai',
): string {
  const be = parts.year + 543;
  let text: string;
  if (style === 'short') text = `${parts.day} ${THAI_MONTHS_SHORT[parts.month - 1]} ${String(be).slice(-2)}`;
  else if (style === 'full')
    text = `วัน${THAI_WEEKDAYS[weekday(parts)]}ที่ ${parts.day} ${THAI_MONTHS[parts.month - 1]} พ.ศ. ${be}`;
  else if (style === 'official') text = `${parts.day} ${THAI_MONTHS[parts.month - 1]} พ.ศ. ${be}`;
  else text = `${parts.day} ${THAI_MONTHS[parts.month - 1]} ${be}`;
  return digits === 'thai' ? toThaiDigits(text) : text;
}

/** Thai fiscal year in BE: it starts on 1 October (1 Oct 2023 → 2567). */
export function fiscalYear({ year, month }: Pick<DateParts, 'year' | 'month'>): number {
  return (month >= 10 ? year + 1 : year) + 543;
}

/** Fiscal quarter 1–4: Oct–Dec = 1, Jan–Mar = 2, Apr–Jun = 3, Jul–Sep = 4. */
export function fiscalQuarter({ month }: Pick<DateParts, 'month'>): 1 | 2 | 3 | 4 {
  return (Math.floor(((month + 2) % 12) / 3) + 1) as 1 | 2 | 3 | 4;
}

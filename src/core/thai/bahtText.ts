/**
 * Baht amounts in Thai words (docs/domain.md#bahttext). Two styles differ only in the ones digit 1 after a
 * zero tens digit: 'excel' (Excel and the Royal Institute dictionary: "เอ็ด" whenever a non-zero
 * digit stands to its left, 101 → หนึ่งร้อยเอ็ด) and 'sheets' (Google Sheets' BAHTTEXT: "เอ็ด"
 * only after a non-zero tens digit, 101 → หนึ่งร้อยหนึ่ง). Rounding is half-up to the satang on
 * the decimal string, never on binary floating point.
 */
import { plainDecimal } from '../../shared/numbers';
import { toArabicDigits } from '../../shared/numbers';

export type BahtTextStyle = 'excel' | 'sheets';

const DIGITS = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

/** Spells a non-negative integer given as a digit string (no leading zeros), "ล้าน" between 6-digit groups. */
function spellInteger(digits: string, style: BahtTextStyle): string {
  let out = '';
  let seenNonZero = false;
  const len = digits.length;
  for (let i = 0; i < len; i++) {
    const n = digits.charCodeAt(i) - 48;
    const fromRight = len - 1 - i;
    const place = fromRight % 6; // 0 = ones … 5 = hundred-thousands, within its group
    if (n !== 0) {
      if (place === 1) out += n === 1 ? 'สิบ' : n === 2 ? 'ยี่สิบ' : DIGITS[n] + 'สิบ';
      else if (place === 0 && n === 1) {
        const tens = i > 0 ? digits.charCodeAt(i - 1) - 48 : 0;
        out += (style === 'excel' ? seenNonZero : tens !== 0) ? 'เอ็ด' : 'หนึ่ง';
      } else out += DIGITS[n] + PLACES[place];
      seenNonZero = true;
    }
    if (place === 0 && fromRight > 0) out += 'ล้าน';
  }
  return out;
}

/** "999" → "1000": adds one to a digit string (the carry of rounding up to 100 satang). */
function incremented(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return '1' + '0'.repeat(digits.length);
  return digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + '0'.repeat(digits.length - 1 - i);
}

export interface SatangAmount {
  negative: boolean;
  /** Whole baht as a digit string without leading zeros ("0" for none). */
  baht: string;
  /** 0–99. */
  satang: number;
}

/**
 * Parses an amount given as a number or numeric text (Thai digits, commas, spaces, "บาท") into
 * sign, whole baht and satang, rounding half-up on the decimal digits — as text, so neither
 * binary floating point nor the size of the number can change a digit. Null when not a number.
 */
export function toSatang(amount: number | string): SatangAmount | null {
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount) || Math.abs(amount) >= 1e21) return null;
    text = plainDecimal(amount);
  } else {
    text = toArabicDigits(amount)
      .replace(/\s/g, '')
      .replace(/บาท(ถ้วน)?$/, '');
    // Commas only as thousands separators: "1,2,3" is not an amount.
    if (text.includes(',')) {
      if (!/^[-+−]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text)) return null;
      text = text.replace(/,/g, '');
    }
  }
  const m = /^([-+−]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  let baht = m[2].replace(/^0+/, '') || '0';
  const frac = m[3] ?? '';
  let satang = (frac.charCodeAt(0) - 48 || 0) * 10 + (frac.charCodeAt(1) - 48 || 0);
  if (frac.length > 2 && frac.charCodeAt(2) - 48 >= 5) satang++;
  if (satang === 100) {
    satang = 0;
    baht = incremented(baht);
  }
  return { negative: m[1] !== '' && m[1] !== '+' && (baht !== '0' || satang !== 0), baht, satang };
}

/** 45000 → "สี่หมื่นห้าพันบาทถ้วน"; 0.25 → "ยี่สิบห้าสตางค์"; -1 → "ลบหนึ่งบาทถ้วน". Throws on non-numbers. */
export function bahtText(amount: number | string, style: BahtTextStyle = 'excel'): string {
  const parsed = toSatang(amount);
  if (!parsed) throw new Error(`"${amount}" ไม่ใช่จำนวนเงิน`);
  const { baht, satang } = parsed;
  if (baht === '0' && satang === 0) return 'ศูนย์บาทถ้วน';
  let out = parsed.negative ? 'ลบ' : '';
  if (baht !== '0') out += spellInteger(baht, style) + 'บาท';
  out += satang === 0 ? 'ถ้วน' : spellInteger(String(satang), style) + 'สตางค์';
  return out;
}

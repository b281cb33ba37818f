/**
 * Baht amounts in Thai words (DOMAIN.md 5.4). Two styles differ only in the ones digit 1 after a
 * zero tens digit: 'excel' (Excel and the Royal Institute dictionary: "เอ็ด" whenever a non-zero
 * digit stands to its left, 101 → หนึ่งร้อยเอ็ด) and 'sheets' (Google Sheets' BAHTTEXT: "เอ็ด"
 * only after a non-zero tens digit, 101 → หนึ่งร้อยหนึ่ง). Rounding is half-up to the satang on
 * the decimal string, never on binary floating point.
 */
import { toArabicDigits } from './text';

export type BahtTextStyle = 'excel' | 'sheets';

const DIGITS = ['', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];
const PLACES = ['', 'สิบ', 'ร้อย', 'พัน', 'หมื่น', 'แสน'];

/** Spells a non-negative integer given as a digit string (no leading zeros), "ล้าน" between 6-digit groups. */
function spellInteger(digits: string, style: BahtTextStyle): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 6) groups.unshift(digits.slice(Math.max(0, end - 6), end));
  let out = '';
  let seenNonZero = false;
  groups.forEach((group, gi) => {
    const d = group.padStart(6, '0').split('').map(Number); // d[0] = hundred-thousands … d[5] = ones
    for (let i = 0; i < 6; i++) {
      const place = 5 - i;
      const n = d[i];
      if (n === 0) continue;
      if (place === 1) out += n === 1 ? 'สิบ' : n === 2 ? 'ยี่สิบ' : DIGITS[n] + 'สิบ';
      else if (place === 0 && n === 1) {
        const eds = style === 'excel' ? seenNonZero : d[4] !== 0;
        out += eds ? 'เอ็ด' : 'หนึ่ง';
      } else out += DIGITS[n] + PLACES[place];
      seenNonZero = true;
    }
    if (gi < groups.length - 1) out += 'ล้าน';
  });
  return out;
}

/**
 * Parses an amount given as a number or numeric text (Thai digits, commas, spaces, "บาท") into
 * sign and whole satang, rounding half-up on the decimal digits. Returns null when it is not a number.
 */
export function toSatang(amount: number | string): { negative: boolean; satang: bigint } | null {
  let text: string;
  if (typeof amount === 'number') {
    if (!Number.isFinite(amount)) return null;
    // Shortest round-trip decimal form of the double, expanded out of exponent notation.
    text = Math.abs(amount) < 1e21 ? expandExponent(String(amount)) : '';
    if (!text) return null;
  } else {
    text = toArabicDigits(amount).replace(/[\s,]/g, '').replace(/บาท(ถ้วน)?$/, '');
  }
  const m = /^([-+−]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const whole = BigInt(m[2] || '0');
  const frac = (m[3] ?? '').padEnd(3, '0');
  let satang = whole * 100n + BigInt(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) satang += 1n;
  return { negative: m[1] !== '' && m[1] !== '+' && satang !== 0n, satang };
}

function expandExponent(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[2] + (m[3] ?? '');
  const exp = Number(m[4]);
  if (exp >= 0) return m[1] + digits.padEnd(exp + 1, '0').replace(new RegExp(`^(\\d{${exp + 1}})(\\d*)$`), (_, a, b) => (b ? `${a}.${b}` : a));
  return `${m[1]}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** 45000 → "สี่หมื่นห้าพันบาทถ้วน"; 0.25 → "ยี่สิบห้าสตางค์"; -1 → "ลบหนึ่งบาทถ้วน". Throws on non-numbers. */
export function bahtText(amount: number | string, style: BahtTextStyle = 'excel'): string {
  const parsed = toSatang(amount);
  if (!parsed) throw new Error(`"${amount}" ไม่ใช่จำนวนเงิน`);
  const baht = parsed.satang / 100n;
  const satang = Number(parsed.satang % 100n);
  if (baht === 0n && satang === 0) return 'ศูนย์บาทถ้วน';
  let out = parsed.negative ? 'ลบ' : '';
  if (baht > 0n) out += spellInteger(baht.toString(), style) + 'บาท';
  out += satang === 0 ? 'ถ้วน' : spellInteger(String(satang), style) + 'สตางค์';
  return out;
}

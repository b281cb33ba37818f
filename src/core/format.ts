/**
 * Number formatting by hand: Apps Script's Intl/ICU coverage is not something to depend on, and
 * documents need exact control (thousands commas, 2 decimals or none, Thai digits).
 */
import { toThaiDigits } from './text';

/**
 * 3170000 → "3,170,000"; 45000.5 → "45,000.50". `decimals` 'auto' prints satang only when there
 * are any; 2 always prints them. Rounds half-up to the satang.
 */
export function formatAmount(value: number, decimals: 'auto' | 2 = 'auto', digits: 'arabic' | 'thai' = 'arabic'): string {
  const negative = value < 0;
  const satang = Math.round(Math.abs(value) * 100 + 1e-7);
  const baht = Math.floor(satang / 100);
  const frac = satang % 100;
  const grouped = String(baht).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = (negative && satang > 0 ? '-' : '') + grouped + (decimals === 2 || frac !== 0 ? '.' + String(frac).padStart(2, '0') : '');
  return digits === 'thai' ? toThaiDigits(text) : text;
}

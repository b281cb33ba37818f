/**
 * Budget cells are satang-exact and in range: any amount up to a trillion baht with at most two
 * decimals reads back exactly, written as a number or as text in the forms plans use; anything
 * beyond (more decimals, 1e21, Infinity) is invalid — never Infinity, NaN or a rounded guess.
 */
import fc from 'fast-check';
import { MAX_AMOUNT, parseAmount } from '../../src/core/read/cells';
import { toThaiDigits } from '../../src/shared/numbers';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const params = { seed: SEED, numRuns: Number(process.env.SAISAAT_RUNS ?? 500) * 4 };

const satangArb = fc.integer({ min: 0, max: MAX_AMOUNT * 100 });
const grouped = (satang: number) => {
  const text = (satang / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return text.replace(/(\.\d+)$/, (m) => m.replace(/,/g, ''));
};

test('amounts up to a trillion baht with satang read back exactly, as numbers or as text', () => {
  fc.assert(
    fc.property(satangArb, fc.constantFrom('number', 'grouped', 'thai', 'baht'), (satang, form) => {
      const value = satang / 100;
      const cell =
        form === 'number'
          ? value
          : form === 'grouped'
            ? grouped(satang)
            : form === 'thai'
              ? toThaiDigits(grouped(satang))
              : `${grouped(satang)} บาท`;
      const read = parseAmount(cell);
      expect(read.kind).toBe('amount');
      expect(Math.round((read as { value: number }).value * 100)).toBe(satang);
    }),
    params,
  );
});

test('more than two decimals, or beyond a trillion baht, is invalid: never a number that is not one', () => {
  const tooFine = fc
    .tuple(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 9 }))
    .map(([baht, d]) => Number(`${baht}.12${d}`));
  const tooBig = fc.double({ min: MAX_AMOUNT * 1.0001, max: Number.MAX_VALUE, noNaN: true });
  fc.assert(
    fc.property(
      fc.oneof(tooFine, tooBig, fc.constantFrom(Infinity, -Infinity, NaN, 1e21, 1e308)),
      fc.boolean(),
      (n, asText) => {
        const read = parseAmount(asText ? String(n) : n);
        expect(read.kind).toBe('invalid');
      },
    ),
    params,
  );
});

/**
 * Property: every sub-mission of both catalogue generations, written in the forms real plans use
 * (printed number in Thai or Arabic digits or none, "ภารกิจตามมิติ" / OCR'd "การกิจตามมติ" prefix,
 * wrap spaces and line breaks anywhere in the wording, non-breaking and zero-width spaces), is
 * matched to its own id; a cell cut off at a line or page break names its own sub-mission or none,
 * never another one (1.1, 1.2 and 1.3 share a long opening).
 */
import fc from 'fast-check';
import { DEFAULT_CATALOGUE, PREVIOUS_CATALOGUE, matchMission } from '../../src/core/data/catalogue';
import { toThaiDigits } from '../../src/shared/numbers';

const GENERATIONS = { '2566–2570': DEFAULT_CATALOGUE, '2561–2564': PREVIOUS_CATALOGUE };
// Small records, so that a failing case prints readably.
const entries = Object.entries(GENERATIONS).flatMap(([generation, catalogue]) =>
  catalogue.missions.flatMap((m) =>
    [m.name, ...m.aliases].map((wording) => ({
      generation: generation as keyof typeof GENERATIONS,
      id: m.id,
      number: m.number,
      wording,
    })),
  ),
);

const prefix = (number: string) =>
  fc.constantFrom(
    '',
    `${number} `,
    `${number}. `,
    `${toThaiDigits(number)} `,
    toThaiDigits(number),
    `ภารกิจตามมิติ ${number} `,
    `การกิจตามมติ ${toThaiDigits(number)} `,
  );
const BREAKS = [' ', ' ', '\n', '\u00a0', '\u200b', '  '];

/** The wording with wrap spaces (or line breaks, odd spaces) put after the chosen characters. */
const wrapped = (wording: string) =>
  fc.array(fc.tuple(fc.nat({ max: wording.length - 1 }), fc.constantFrom(...BREAKS)), { maxLength: 12 }).map((cuts) => {
    const after = new Map(cuts);
    return [...wording].map((ch, i) => ch + (after.get(i) ?? '')).join('');
  });

const writtenForm = fc.constantFrom(...entries).chain((e) =>
  fc.record({
    e: fc.constant(e),
    prefix: prefix(e.number),
    text: wrapped(e.wording),
    keep: fc.double({ min: 0.3, max: 1, noNaN: true }),
  }),
);

describe('sub-missions are matched by their wording in every written form', () => {
  test('a whole wording names its own sub-mission (2,000 seeded cases)', () => {
    fc.assert(
      fc.property(writtenForm, ({ e, prefix, text }) => {
        expect(matchMission(prefix + text, GENERATIONS[e.generation])?.id).toBe(e.id);
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  test('a wording cut off at a break names its own sub-mission or none, never another (2,000 seeded cases)', () => {
    fc.assert(
      fc.property(writtenForm, ({ e, prefix, text, keep }) => {
        const cut = text.slice(0, Math.max(1, Math.round(text.length * keep)));
        const id = matchMission(prefix + cut, GENERATIONS[e.generation])?.id;
        expect([e.id, undefined]).toContain(id);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
});

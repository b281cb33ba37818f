/**
 * The encoding of a text file is decided by which decoding explains its bytes better: Thai plan
 * text written as UTF-8 or as Windows-874, with or without a few stray bytes, is read in the
 * encoding it was written in, and its text comes back whole except exactly where the stray bytes
 * were. Seeded: SAISAAT_SEED and SAISAAT_RUNS override.
 */
import fc from 'fast-check';
import { decodeText } from '../../src/cli/encoding';
import { planFormArb, planTruthArb, writePlan } from '../generators/plan';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const RUNS = Number(process.env.SAISAAT_RUNS ?? 500);
const params = { seed: SEED, numRuns: RUNS };

/** A Windows-874 encoder made from the decoder's own table (every byte 0x00–0xFF it maps). */
const CP874 = new Map<string, number>();
{
  const decoder = new TextDecoder('windows-874');
  for (let b = 0; b < 256; b++) {
    const c = decoder.decode(new Uint8Array([b]));
    if (!CP874.has(c)) CP874.set(c, b);
  }
}
const encode874 = (chars: string[]) => chars.map((c) => [CP874.get(c)!]);
const encodeUtf8 = (chars: string[]) => chars.map((c) => [...Buffer.from(c, 'utf8')]);

/** A written plan as the CSV text of its cells (what a .csv export holds). */
const planText = planTruthArb()
  .chain((truth) => planFormArb(truth).map((form) => writePlan(truth, form)))
  .map((w) => w.grid.map((row) => row.map((c) => String(c ?? '')).join(',')).join('\r\n'));

// Thai letters, vowels, tone marks and digits in random order, with ASCII between them.
const thaiChar = fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c));
const randomThai = fc
  .array(
    fc.oneof({ weight: 4, arbitrary: thaiChar }, { weight: 1, arbitrary: fc.constantFrom(' ', ',', '1', 'a', '\n') }),
    {
      minLength: 40,
      maxLength: 400,
    },
  )
  .map((cs) => cs.join(''));

const thaiText = fc.oneof(planText, randomThai).map((text) => [...text].filter((c) => CP874.has(c)));

/**
 * The characters with k stray bytes (0x80–0xFF) inserted between them, never before the first
 * (strays there could spell a byte-order mark), k at most a third of the non-ASCII characters.
 */
function withStrays(chars: string[]) {
  const wide = chars.filter((c) => c > '\u007f').length;
  return fc.array(fc.tuple(fc.integer({ min: 1, max: chars.length }), fc.integer({ min: 0x80, max: 0xff })), {
    maxLength: Math.floor(wide / 3),
  });
}

/** The runs of stray bytes by the index of the character they go before (chars.length: at the end). */
function runsAt(strays: [number, number][]): Map<number, number[]> {
  const at = new Map<number, number[]>();
  for (const [i, b] of strays) at.set(i, [...(at.get(i) ?? []), b]);
  return at;
}

/**
 * The file's bytes and the text expected from them: each character as written, each run of strays
 * decoded on its own (a stray never swallows a neighbour, as it sits between whole characters).
 */
function withRuns(encoded: number[][], chars: string[], strays: [number, number][], decoder: TextDecoder) {
  const at = runsAt(strays);
  const bytes: number[] = [];
  let expected = '';
  for (let i = 0; i <= chars.length; i++) {
    const run = at.get(i);
    if (run) {
      bytes.push(...run);
      expected += decoder.decode(Uint8Array.from(run));
    }
    if (i < chars.length) {
      bytes.push(...encoded[i]);
      expected += chars[i];
    }
  }
  return { bytes: Uint8Array.from(bytes), expected };
}

const utf8 = new TextDecoder('utf-8');
const cp874 = new TextDecoder('windows-874');

test(`UTF-8 Thai text with a few stray bytes stays UTF-8, whole but where the strays were (${RUNS} texts, seed ${SEED})`, () => {
  fc.assert(
    fc.property(
      thaiText.chain((chars) => fc.tuple(fc.constant(chars), withStrays(chars))),
      ([chars, strays]) => {
        const { bytes, expected } = withRuns(encodeUtf8(chars), chars, strays, utf8);
        const read = decodeText(bytes);
        expect(read.encoding).toBe('utf-8');
        expect(read.text).toBe(expected);
        expect(read.replaced).toBe([...expected].filter((c) => c === '\ufffd').length);
      },
    ),
    params,
  );
});

test(`Windows-874 Thai text, with or without stray bytes, stays Windows-874 (${RUNS} texts, seed ${SEED})`, () => {
  fc.assert(
    fc.property(
      thaiText.chain((chars) => fc.tuple(fc.constant(chars), withStrays(chars))),
      ([chars, strays]) => {
        const { bytes, expected } = withRuns(encode874(chars), chars, strays, cp874);
        const read = decodeText(bytes);
        expect(read.encoding).toBe('windows-874');
        expect(read.text).toBe(expected);
        expect(read.replaced).toBe(0);
      },
    ),
    params,
  );
});

test(`pure ASCII reads the same either way (${RUNS} texts, seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), (text) => {
      const read = decodeText(Buffer.from(text, 'latin1'));
      expect(read.text).toBe(text);
      expect(read.replaced).toBe(0);
    }),
    params,
  );
});

test('a byte-order mark decides: UTF-8, UTF-16 (Excel\'s "Unicode text")', () => {
  const text = 'มิติ\tโครงการ\r\n1\tโครงการโรงเรียนคุณธรรม';
  expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
    text,
    encoding: 'utf-8',
    replaced: 0,
  });
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le', replaced: 0 });
  const be = Buffer.from(le);
  be.swap16();
  expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be', replaced: 0 });
  expect(decodeText(new Uint8Array([0xc1, 0xd4, 0xb5, 0xd4])).text).toBe('มิติ'); // "มิติ" in TIS-620
});

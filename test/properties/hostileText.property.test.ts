/**
 * Text from a cell is safe wherever it goes: whatever characters a file carries (controls, ESC,
 * BEL, U+FFFE/U+FFFF, lone surrogates, bidi overrides, non-BMP), the cleaned text is legal XML 1.0
 * (so a .docx opens) and drives no terminal; file names made from it have no control, path or
 * bidi-override character and stay short.
 */
import fc from 'fast-check';
import { cellText } from '../../src/core/read/cells';
import { safeFileName } from '../../src/core/document/projectDocument';

const params = {
  seed: Number(process.env.SAISAAT_SEED ?? 20261202),
  numRuns: Number(process.env.SAISAAT_RUNS ?? 500) * 4,
};

// Thai letters, the characters files smuggle in, and anything else of the 16-bit range.
const hostileChar = fc.oneof(
  fc.constantFrom('ก', 'ข', 'ไ', '๑', ' ', '\n', '\t', '<', '*', '/', '\\', ':', '.'),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\ufffe', '\uffff', '\ud800', '\udfff', '\u202e', '\u2066', '😀', '\u200b', '\u00a0'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const hostileText = fc.array(hostileChar, { maxLength: 60 }).map((cs) => cs.join(''));

const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test('cell text is legal XML and has no control character', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const clean = cellText(text);
      expect(XML_ILLEGAL.test(clean)).toBe(false);
      expect(/[\u0000-\u001f\u007f-\u009f]/.test(clean)).toBe(false);
    }),
    params,
  );
});

test('file names from any text: no control, path or bidi-override character, at most 200 bytes', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const name = safeFileName(cellText(text) + text);
      expect(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/.test(name)).toBe(false);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
      expect(name.length).toBeGreaterThan(0);
    }),
    params,
  );
});

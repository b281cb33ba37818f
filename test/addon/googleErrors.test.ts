/**
 * Google's error texts, as Apps Script and google.script.run hand them over, translated for staff:
 * each known text in Thai and English with what to do, Google's words kept; any text at all, known
 * or not, is never shown alone in Thai.
 */
import fc from 'fast-check';
import { errorLine, translateError, type GoogleErrorKind } from '../../src/shared/googleErrors';
import { encodeMessage } from '../../src/shared/userMessage';

const THAI = /[\u0E00-\u0E7F]/;
const params = { seed: Number(process.env.SAISAAT_SEED ?? 20261203), numRuns: Number(process.env.SAISAAT_RUNS ?? 500) };

// The texts as users reported them or Google documents them (sources in src/shared/googleErrors.ts).
const GOOGLE: Array<[string, GoogleErrorKind]> = [
  ['Exception: Service Spreadsheets timed out while accessing document with id 1a2b3c.', 'timeout'],
  ['Exceeded maximum execution time', 'timeout'],
  ['NetworkError: Connection failure due to HTTP 0', 'network'],
  ['ScriptError: Authorisation is required to perform that action.', 'authorization'],
  ['Authorization is required to perform that action.', 'authorization'],
  [
    'Exception: You do not have permission to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents',
    'authorization',
  ],
  ['GoogleJsonResponseException: API call to drive.files.copy failed with error: Internal Error', 'serverError'],
  ["We're sorry, a server error occurred. Please wait a bit and try again.", 'serverError'],
  ['Exception: Service error: Drive', 'serverError'],
  ['Exception: Service invoked too many times for one day: docs create.', 'quota'],
  ["API call to drive.files.copy failed with error: The user's Drive storage quota has been exceeded.", 'storage'],
  ['GoogleJsonResponseException: API call to drive.files.copy failed with error: Rate Limit Exceeded', 'rateLimit'],
  ['GoogleJsonResponseException: API call to drive.files.get failed with error: User rate limit exceeded', 'rateLimit'],
  ['Exception: Lock timeout: another process was holding the lock for too long.', 'lockBusy'],
  [
    "Exception: Document 1X67A3huhd2RP8jw2IDEvDJ4q is missing (perhaps it was deleted, or you don't have read access?)",
    'notFound',
  ],
];

describe("Google's error texts, translated", () => {
  test.each(GOOGLE)('%s', (message, kind) => {
    const e = translateError(message);
    expect(e.kind).toBe(kind);
    expect(e.text.th).toMatch(THAI);
    expect(e.advice!.th).toMatch(THAI);
    expect(`${e.text.en} ${e.advice!.en}`).not.toMatch(THAI);
    // Google's words kept, without Apps Script's class name in front.
    expect(message.endsWith(e.original)).toBe(true);
    expect(e.original).not.toMatch(/^(Exception|ScriptError|GoogleJsonResponseException):/);
  });

  test('the retry note is said only where SaiSaat retries (documents: rate limits, server errors, time-outs)', () => {
    const retried = new Set<GoogleErrorKind>(['rateLimit', 'serverError', 'timeout']);
    for (const [message, kind] of GOOGLE) {
      const e = translateError(message);
      expect(e.advice!.th.includes('ใสสะอาดลองซ้ำให้เองเฉพาะตอนสร้างเอกสาร')).toBe(retried.has(kind));
      expect(e.advice!.en.includes('SaiSaat retries by itself only while making documents')).toBe(retried.has(kind));
    }
  });

  test('authorization: reload and allow, the consent link kept whole', () => {
    const url = 'https://script.google.com/macros/d/abc/authorize?client_id=1.apps.googleusercontent.com&scope=x';
    const e = translateError(`Exception: Authorization is required to perform that action. ${url}.`);
    expect(e.advice).toEqual({
      th: 'โหลดหน้า Google ชีตใหม่ เปิดใสสะอาดอีกครั้ง แล้วกด "อนุญาต" เมื่อ Google ถาม',
      en: 'Reload the Google Sheets page, open SaiSaat again and press "Allow" when Google asks',
    });
    expect(e.link).toBe(url);
    expect(translateError(GOOGLE[5][0]).link).toBe('https://www.googleapis.com/auth/documents');
    expect(translateError(GOOGLE[0][0]).link).toBeNull();
  });

  test("SaiSaat's own messages pass through in both languages, with no advice or original", () => {
    const text = { th: 'มีผู้ใช้อื่นกำลังแก้ไข', en: 'Someone else is editing' };
    expect(translateError(`Exception: ${encodeMessage(text)}`)).toEqual({
      kind: 'saisaat',
      text,
      advice: null,
      link: null,
      original: '',
    });
  });

  test('an unknown error: a Thai sentence and what to do, Google’s words quoted after them', () => {
    const e = translateError('Error: Something odd happened at 0x1f');
    expect(e.kind).toBe('unknown');
    expect(e.original).toBe('Something odd happened at 0x1f');
    expect(errorLine('Error: Something odd happened at 0x1f')).toEqual({
      th: 'Google แจ้งข้อผิดพลาดที่ใสสะอาดยังไม่รู้จัก — ลองกดอีกครั้ง ถ้ายังเกิดซ้ำ ส่งข้อความต้นฉบับของ Google ให้ผู้ดูแลระบบ — (Google: "Something odd happened at 0x1f")',
      en: 'Google reported an error SaiSaat does not recognise — Press it again; if it happens again, send Google\'s original text to whoever supports you — (Google: "Something odd happened at 0x1f")',
    });
  });

  test('property: for any text, the Thai rendering is never the raw text alone and always has Thai', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .constantFrom(...GOOGLE.map(([m]) => m))
        .chain((m) => fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 })).map(([a, b]) => a + m + b)),
    );
    fc.assert(
      fc.property(anyText, (raw) => {
        const e = translateError(raw);
        const shown = [e.text.th, e.advice?.th].filter(Boolean).join(' ');
        expect(shown).toMatch(THAI);
        expect(shown.trim()).not.toBe(raw.trim());
        const line = errorLine(raw).th;
        expect(line).toMatch(THAI);
        expect(line.trim()).not.toBe(raw.trim());
      }),
      params,
    );
  });
});

/**
 * How a message thrown by the add-on reaches the sidebar: google.script.run gives the failure
 * handler only the error's message, which Apps Script may prefix; the sidebar picks its language.
 */
import { decodeMessage, encodeMessage } from '../../src/shared/userMessage';
import { translateError } from '../../src/shared/googleErrors';

const messageIn = (message: string, lang: 'th' | 'en') => translateError(message).text[lang];
import { loadAddon, CREATE_REQUEST } from './harness';

const BOTH = { th: 'มีแผ่นงาน "สรุป" อยู่แล้ว\nลองใหม่', en: 'The "สรุป" sheet already exists\ntry again' };

describe('a user message in both languages', () => {
  test('survives quotes, new lines, a prefix and trailing words', () => {
    const message = encodeMessage(BOTH);
    expect(decodeMessage(message)).toEqual(BOTH);
    for (const prefix of ['Exception: ', 'Error: ', 'UserError: ']) {
      expect(messageIn(prefix + message, 'th')).toBe(BOTH.th);
      expect(messageIn(prefix + message, 'en')).toBe(BOTH.en);
    }
    expect(decodeMessage(`Exception: ${message} (line 8, file "Code")`)).toEqual(BOTH);
  });

  test("Google's own errors, and broken tags, are not taken for SaiSaat's: translated, Google's words kept", () => {
    const google = translateError('Exception: Service Spreadsheets timed out while accessing document with id 1abc.');
    expect(google.kind).toBe('timeout');
    expect(google.original).toBe('Service Spreadsheets timed out while accessing document with id 1abc.');
    for (const broken of ['SaiSaat-message:{"th":"ก"}', 'SaiSaat-message:{not json}']) {
      expect(translateError(broken)).toEqual(expect.objectContaining({ kind: 'unknown', original: broken }));
    }
  });

  test('the lock-busy message thrown by Code.js, as the sidebar shows it in each language', () => {
    const a = loadAddon();
    a.lock._busy = true;
    let message = '';
    try {
      a.call('createPlanSheet', CREATE_REQUEST);
    } catch (e) {
      message = `Exception: ${(e as Error).message}`;
    }
    expect(messageIn(message, 'th')).toBe('มีผู้ใช้อื่นกำลังแก้ไขแผ่นงานด้วยใสสะอาดอยู่ กรุณาลองใหม่อีกครั้ง');
    expect(messageIn(message, 'en')).toBe(
      'Someone else is changing the spreadsheet with SaiSaat right now; please try again in a moment',
    );
  });
});

/**
 * How a message thrown by the add-on reaches the sidebar: google.script.run gives the failure
 * handler only the error's message, which Apps Script may prefix; the sidebar picks its language.
 */
import { decodeMessage, encodeMessage, messageIn } from '../../src/shared/userMessage';
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

  test("Google's own errors, and anything not SaiSaat's, are shown whole, without Apps Script's prefix", () => {
    const google = 'Exception: Service Spreadsheets timed out while accessing document with id 1abc.';
    expect(messageIn(google, 'en')).toBe('Service Spreadsheets timed out while accessing document with id 1abc.');
    expect(messageIn(google, 'th')).toBe('Service Spreadsheets timed out while accessing document with id 1abc.');
    expect(messageIn('SaiSaat-message:{"th":"ก"}', 'en')).toBe('SaiSaat-message:{"th":"ก"}');
    expect(messageIn('SaiSaat-message:{not json}', 'th')).toBe('SaiSaat-message:{not json}');
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

/**
 * Google's own error texts, recognised and said in Thai and English with what to do. Apps Script
 * and google.script.run hand the sidebar English sentences such as "Service Spreadsheets timed out
 * while accessing document with id …"; staff should read what happened and what to do in their
 * language, with Google's words kept (collapsed in the sidebar) for whoever helps them.
 *
 * The texts recognised, and where they are documented or reported:
 * - "Service invoked too many times for one day", "Exceeded maximum execution time": Apps Script's
 *   quota and limit messages (https://developers.google.com/apps-script/guides/services/quotas;
 *   reported e.g. in github.com/benlcollins/apps_script/issues/1, github.com/ramkumar-kr/gmail-delay-send/issues/166).
 * - "The user's Drive storage quota has been exceeded" (403 storageQuotaExceeded), "User Rate Limit
 *   Exceeded", "Rate Limit Exceeded" (403), "Too many requests" (429), "backendError",
 *   "Internal Error" (5xx): Drive API errors (https://developers.google.com/drive/api/guides/handle-errors,
 *   https://developers.google.com/drive/api/guides/limits), as Apps Script words them
 *   ("API call to drive.files.copy failed with error: Internal Error").
 * - "You do not have permission to call X. Required permissions: https://…": a scope not granted
 *   (github.com/andrewroberts/BBLog/issues/4, github.com/ftomassetti/DriveInvoicing/issues/1);
 *   "Authorization is required to perform that action" (British "Authorisation" in some locales).
 * - "Document … is missing (perhaps it was deleted…)": opening a file that is gone
 *   (github.com/max-barry/google-drive-cms/issues/11); "No item with the given ID could be found"
 *   from DriveApp (github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112).
 * - "NetworkError: Connection failure due to HTTP 0|500": google.script.run's failure when the
 *   request did not get through (github.com/evbacher/gd2md-html/issues/115).
 * - "Lock timeout: another process was holding the lock for too long": LockService.waitLock
 *   (https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)).
 * - "We're sorry, a server error occurred", "Service error: Drive", "Service Spreadsheets timed out":
 *   Apps Script's words for a service failing or slow for a moment.
 *
 * What SaiSaat retries by itself is said only where true: src/addon/retry.ts retries rate limits,
 * server errors and service time-outs with backoff while writing documents, and nowhere else.
 */
import { decodeMessage, type Bilingual } from './userMessage';

export type GoogleErrorKind =
  | 'saisaat'
  | 'quota'
  | 'storage'
  | 'rateLimit'
  | 'lockBusy'
  | 'timeout'
  | 'network'
  | 'authorization'
  | 'notFound'
  | 'serverError'
  | 'unknown';

export interface TranslatedError {
  kind: GoogleErrorKind;
  /** What happened, in the user's words. */
  text: Bilingual;
  /** What to do; null for SaiSaat's own messages, which say it themselves. */
  advice: Bilingual | null;
  /** A Google link in the original (the consent page), kept whole; else null. */
  link: string | null;
  /** Google's own words (Apps Script's "Exception: " removed); '' for SaiSaat's messages. */
  original: string;
}

/** Only documents are retried by SaiSaat itself (src/addon/retry.ts, used by documents/generate.ts). */
const RETRY_NOTE: Bilingual = {
  th: 'ใสสะอาดลองซ้ำให้เองเฉพาะตอนสร้างเอกสาร',
  en: 'SaiSaat retries by itself only while making documents',
};

const TRY_AGAIN: Bilingual = {
  th: `รอสักครู่แล้วกดอีกครั้ง (${RETRY_NOTE.th})`,
  en: `Wait a moment and press it again (${RETRY_NOTE.en})`,
};

interface Rule {
  kind: Exclude<GoogleErrorKind, 'saisaat' | 'unknown'>;
  test: RegExp;
  text: Bilingual;
  advice: Bilingual;
}

/** First match wins: the daily quota before rate limits, time-outs before server errors. */
const RULES: readonly Rule[] = [
  {
    kind: 'lockBusy',
    test: /Lock timeout|another process was holding the lock/i,
    text: {
      th: 'มีงานอื่นกำลังแก้ไขไฟล์นี้อยู่ (อาจเป็นผู้ใช้อื่น) ระบบจึงรอไม่ไหว',
      en: 'Another task (perhaps another editor) was changing this file for too long',
    },
    advice: { th: 'รอให้งานนั้นเสร็จสักครู่ แล้วกดอีกครั้ง', en: 'Let it finish, then press it again' },
  },
  {
    kind: 'quota',
    test: /too many times for one day|daily ?limit|quota exceeded for/i,
    text: {
      th: 'ใช้บริการของ Google ครบโควตาของวันนี้แล้ว',
      en: "Today's Google quota for this service is used up",
    },
    advice: {
      th: 'ลองใหม่พรุ่งนี้ (โควตานับใหม่ ๒๔ ชั่วโมงหลังการใช้ครั้งแรก) งานที่ทำเสร็จแล้วยังอยู่ครบ',
      en: 'Try again tomorrow (the quota resets 24 hours after first use); the work already done is kept',
    },
  },
  {
    kind: 'storage',
    test: /storage quota|storageQuotaExceeded/i,
    text: { th: 'พื้นที่เก็บข้อมูลใน Google ไดรฟ์เต็ม', en: 'The Google Drive storage is full' },
    advice: {
      th: 'ลบไฟล์ที่ไม่ใช้ออกจากไดรฟ์ (และถังขยะ) หรือขอพื้นที่เพิ่มจากผู้ดูแล แล้วกดอีกครั้ง',
      en: 'Delete files you do not need from Drive (and its trash) or ask your administrator for more space, then press it again',
    },
  },
  {
    kind: 'rateLimit',
    test: /rate ?limit|too many requests|too many times in a short time|\b429\b/i,
    text: { th: 'Google ขอให้ทำช้าลง (เรียกใช้บริการถี่เกินไป)', en: 'Google asked to slow down (too many requests)' },
    advice: {
      th: `รอประมาณหนึ่งนาทีแล้วกดอีกครั้ง (${RETRY_NOTE.th})`,
      en: `Wait about a minute and press it again (${RETRY_NOTE.en})`,
    },
  },
  {
    kind: 'timeout',
    test: /timed out|Exceeded maximum execution time|deadline exceeded/i,
    text: { th: 'Google ใช้เวลานานเกินไปจนหมดเวลา', en: 'Google took too long and the request timed out' },
    advice: TRY_AGAIN,
  },
  {
    kind: 'network',
    test: /NetworkError|Connection failure|Failed to fetch|network (error|connection)/i,
    text: {
      th: 'การเชื่อมต่อกับ Google ขาดช่วง คำสั่งอาจไม่ถึง Google',
      en: 'The connection to Google dropped; the request may not have reached Google',
    },
    advice: {
      th: 'ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วกดอีกครั้ง',
      en: 'Check the internet connection, then press it again',
    },
  },
  {
    kind: 'authorization',
    test: /Authori[sz]ation is required|do not have permission to call|Required permissions|insufficient authentication scopes|not authori[sz]ed/i,
    text: {
      th: 'ใสสะอาดยังไม่ได้รับอนุญาตจากบัญชี Google ของคุณให้ทำสิ่งนี้',
      en: 'Your Google account has not yet allowed SaiSaat to do this',
    },
    advice: {
      th: 'โหลดหน้า Google ชีตใหม่ เปิดใสสะอาดอีกครั้ง แล้วกด "อนุญาต" เมื่อ Google ถาม',
      en: 'Reload the Google Sheets page, open SaiSaat again and press "Allow" when Google asks',
    },
  },
  {
    kind: 'notFound',
    test: /is missing \(perhaps it was deleted|No item with the given ID|not found|\b404\b/i,
    text: {
      th: 'ไม่พบไฟล์ที่ต้องใช้ (อาจถูกลบ ย้ายไปถังขยะ หรือคุณไม่มีสิทธิ์เปิด)',
      en: 'A file SaiSaat needs was not found (deleted, in the trash, or you may not open it)',
    },
    advice: {
      th: 'ตรวจว่าไฟล์ยังอยู่และคุณเปิดได้ใน Google ไดรฟ์ หรือเลือกไฟล์ใหม่ แล้วกดอีกครั้ง',
      en: 'Check the file is still in Google Drive and that you can open it, or choose another, then press it again',
    },
  },
  {
    kind: 'serverError',
    test: /internal error|server error|Service error|backend ?error|service unavailable|Service [A-Za-z ]+ failed|\b50[0-4]\b/i,
    text: {
      th: 'ระบบของ Google ขัดข้องชั่วคราว',
      en: "Google's service failed for a moment",
    },
    advice: TRY_AGAIN,
  },
];

const UNKNOWN: Bilingual = {
  th: 'Google แจ้งข้อผิดพลาดที่ใสสะอาดยังไม่รู้จัก',
  en: 'Google reported an error SaiSaat does not recognise',
};

const UNKNOWN_ADVICE: Bilingual = {
  th: 'ลองกดอีกครั้ง ถ้ายังเกิดซ้ำ ส่งข้อความต้นฉบับของ Google ให้ผู้ดูแลระบบ',
  en: "Press it again; if it happens again, send Google's original text to whoever supports you",
};

/** Apps Script puts its class name before the message; the rest is Google's sentence. */
const PREFIX = /^\s*((Exception|Error|UserError|ScriptError|GoogleJsonResponseException|TypeError):\s*)+/;
/** A link ends at a space or at what closes it in prose. */
const LINK = /https:\/\/[^\s"'<>()]+/;

/** What an error message says, in Thai and English, with what to do and Google's own words. */
export function translateError(message: string): TranslatedError {
  const own = decodeMessage(message);
  if (own) return { kind: 'saisaat', text: own, advice: null, link: null, original: '' };
  const original = message.replace(PREFIX, '').trim();
  const link = original.match(LINK)?.[0].replace(/[.,;:]+$/, '') ?? null;
  const rule = RULES.find((r) => r.test.test(original));
  if (rule) return { kind: rule.kind, text: rule.text, advice: rule.advice, link, original };
  return { kind: 'unknown', text: UNKNOWN, advice: UNKNOWN_ADVICE, link, original };
}

/**
 * The same as one line per language, for a sheet cell or a list item: what happened, what to do,
 * and Google's words in quotes so they are never the whole message.
 */
export function errorLine(message: string): Bilingual {
  const e = translateError(message);
  const line = (lang: keyof Bilingual) =>
    [e.text[lang], e.advice?.[lang], e.original && `(Google: "${e.original}")`].filter(Boolean).join(' — ');
  return { th: line('th'), en: line('en') };
}

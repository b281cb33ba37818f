/**
 * A message for the user in Thai and English, carried through one Error message. The server
 * cannot know the language the user picked in the sidebar (it can be switched at any moment), and
 * google.script.run hands the sidebar's failure handler only `error.message`, sometimes prefixed
 * by Apps Script ("Exception: ", "Error: ", the error's name). So the server sends both texts as a
 * tag followed by JSON — `SaiSaat-message:{"th":"…","en":"…"}` — and the sidebar shows one.
 * A message without the tag (Google's own errors) is translated by googleErrors.ts.
 */

export interface Bilingual {
  th: string;
  en: string;
}

const TAG = 'SaiSaat-message:';

export function encodeMessage(text: Bilingual): string {
  return TAG + JSON.stringify({ th: text.th, en: text.en });
}

/** Both texts of a message made by encodeMessage, whatever was put before or after it; else null. */
export function decodeMessage(message: string): Bilingual | null {
  const start = message.indexOf(TAG);
  const end = message.lastIndexOf('}');
  if (start < 0 || end < start) return null;
  try {
    const v = JSON.parse(message.slice(start + TAG.length, end + 1)) as Partial<Bilingual>;
    return typeof v.th === 'string' && typeof v.en === 'string' ? { th: v.th, en: v.en } : null;
  } catch {
    return null;
  }
}

/** Validation issues as text in both languages; an issue's English is its `params.en` where the schema gives one. */
export function issuesText(issues: ReadonlyArray<{ message: string; params?: { en?: unknown } }>): Bilingual {
  return {
    th: issues.map((i) => i.message).join('; '),
    en: issues.map((i) => (typeof i.params?.en === 'string' ? i.params.en : i.message)).join('; '),
  };
}

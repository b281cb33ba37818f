/**
 * The encoding of a text file (.csv/.tsv), decided per file by which decoding explains its bytes
 * better. Thai offices' files are UTF-8 (Google Sheets, LibreOffice, Excel's "CSV UTF-8") or
 * Windows-874/TIS-620 (Thai Excel's plain "CSV"); Excel's "Unicode text" is UTF-16 with a BOM.
 */

export type TextEncodingName = 'utf-8' | 'windows-874' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** UTF-8 sequences that could not be read, each shown as U+FFFD (stray bytes in otherwise UTF-8 text). */
  replaced: number;
}

/** What the bytes say about each encoding. */
export interface Evidence {
  /** Multi-byte UTF-8 sequences that are valid. */
  valid: number;
  /** Invalid UTF-8 sequences (each one U+FFFD, as TextDecoder reads them). */
  invalid: number;
  /** Bytes Windows-874 has no character for: C1 controls and its unassigned 0xDB–0xDE, 0xFC–0xFF. */
  not874: number;
}

/** Windows-874 has no printable character at these bytes (the C1 controls and the unassigned ones). */
function isNot874(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f && b !== 0x85 && (b < 0x91 || b > 0x97)) || (b >= 0xdb && b <= 0xde) || b >= 0xfc;
}

/**
 * Counts valid and invalid UTF-8 sequences the way the WHATWG decoder reads them (an invalid
 * sequence is its longest valid prefix, or one byte), and the bytes Windows-874 cannot show.
 */
export function utf8Evidence(bytes: Uint8Array): Evidence {
  let valid = 0;
  let invalid = 0;
  let not874 = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    if (isNot874(b)) not874++;
    // Continuation bytes needed, and the range allowed for the first (no overlongs, no surrogates).
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let n = 0;
    while (n < need && i + 1 + n < bytes.length) {
      const c = bytes[i + 1 + n];
      if (c < (n === 0 ? lo : 0x80) || c > (n === 0 ? hi : 0xbf)) break;
      if (isNot874(c)) not874++;
      n++;
    }
    if (need > 0 && n === need) valid++;
    else invalid++;
    i += 1 + n;
  }
  return { valid, invalid, not874 };
}

/**
 * UTF-8 unless Windows-874 explains the bytes better. Thai in Windows-874 is bytes 0xA1–0xFB: read
 * as UTF-8, few sequences happen to be valid ("าง", "ัน": a vowel then a consonant) and many are
 * not: about one valid to three invalid over real plan text, two to one on the worst short line. UTF-8 text with a
 * few stray bytes has many valid sequences per invalid one, and bytes Windows-874 has no
 * character for (its Thai continuation bytes 0x81–0x9F).
 */
export function looksUtf8(e: Evidence): boolean {
  return e.invalid === 0 || e.valid > 2 * e.invalid || e.not874 > e.invalid;
}

const BOMS: [number[], TextEncodingName][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The file's text: a byte-order mark decides, else the evidence of its bytes. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  const evidence = bom && bom[1] !== 'utf-8' ? null : utf8Evidence(bytes);
  const encoding = bom ? bom[1] : looksUtf8(evidence!) ? 'utf-8' : 'windows-874';
  return {
    // The BOM itself is dropped by TextDecoder (ignoreBOM false).
    text: new TextDecoder(encoding).decode(bytes),
    encoding,
    replaced: encoding === 'utf-8' ? evidence!.invalid : 0,
  };
}

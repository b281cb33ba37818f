/**
 * Line-wrap spaces in names (docs/domain.md#line-wrap-spaces-in-names): a PDF or Word conversion
 * leaves a space where a narrow cell wrapped ("มาตรการจัดการ เรื่องราวร้องทุกข์", "ส่วนท้อง ถิ่น"), and
 * Thai also puts a space between phrases ("มาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตาม…"). A space
 * between two Thai characters is a wrap, and is taken out, where
 * - the word segmenter says it splits a word;
 * - the words on both sides of it are written together in the catalogue's wording (dimensions,
 *   sub-missions, office types: "จัดการ|เรื่อง", "ส่วน|ท้อง", "ความ|โปร่งใส");
 * - it follows a word that binds to what comes after it (การ, ความ, ผู้, ของ, ใน, แก่, ที่, เพื่อ, และ …):
 *   a phrase space stands before such a word, never after it;
 * - it follows an office type ("เทศบาลตำบล เกาะตา"): an office's name is written as one word;
 * - it follows the kind word the name opens with ("โครงการ จัดเวทีประชาคม"), the head of the name.
 * Any other space is the writer's and stays. Without a Thai word segmenter (no Intl.Segmenter, or
 * one without its Thai dictionary) names stay as they are.
 *
 * Prose (the details sheet, a plan's text cells) gets a stricter judge, `sureWrapSpaces`: there a
 * space is only offered for repair, and a wrong offer costs more than a missed one. Each space is
 * judged with the other spaces of the text kept, and only where
 * - the segmenter puts one word across it and Thai spelling says a side of it cannot stand alone
 *   ("ง บประมาณ", "งบประม าณ", "วั ฒนธรรม"; not "ประจำปี งบประมาณ", which ICU reads ประจำ|ปีงบประมาณ);
 * - it follows ผู้, or การ/ความ standing for themselves (opening the run, or after a preposition or
 *   conjunction: "ในการ ป้องกัน", "และความ โปร่งใส"; not "ดำเนินการ และ…", which ICU also reads ดำเนิน|การ);
 * - the catalogue writes the two words together and never apart, and neither is a word a phrase
 *   space stands next to ("ส่วนท้อง ถิ่น"; not "…คุณธรรม และ…").
 * Apps Script's runtime is V8, whose Intl follows the ICU data it was built with
 * (https://developers.google.com/apps-script/guides/v8-runtime); Google does not say that data has
 * the Thai dictionary, so without it nothing is offered (thaiSegmenter's probe), and nothing throws.
 */
import { DEFAULT_CATALOGUE, PREVIOUS_CATALOGUE } from '../data/catalogue';
import { ORGANISATION_TYPES } from '../../shared/settings';

/** A Thai letter (not a digit, nor ฯ or ๆ, which a space follows by rule). */
const isThai = (code: number) => code >= 0x0e01 && code <= 0x0e4f && code !== 0x0e2f && code !== 0x0e46;
const THAI_SPACE_THAI = /[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4f] +[\u0e01-\u0e2e\u0e30-\u0e45\u0e47-\u0e4f]/;
/** Words that bind to what follows them: prefixes that make nouns, prepositions, conjunctions, relatives. */
const BINDING = new Set('การ ความ ผู้ ของ ใน แก่ กับ จาก แห่ง สำหรับ ตาม และ หรือ ที่ ซึ่ง เพื่อ โดย'.split(' '));
const AFTER_OFFICE_TYPE = new RegExp(`(?:${ORGANISATION_TYPES.join('|')})$`);
/** The kind word a name opens with: the head of the name, written together with the rest. */
const KIND_WORD = /^(?:โครงการ|กิจกรรม|มาตรการ)/;

/** The Thai word segmenter, or null when there is none that knows Thai words; probed once. */
let segmenter: Intl.Segmenter | null | undefined;
function thaiSegmenter(): Intl.Segmenter | null {
  if (segmenter !== undefined) return segmenter;
  segmenter = null;
  try {
    if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function') {
      const s = new Intl.Segmenter('th', { granularity: 'word' });
      // Without the Thai dictionary a run of Thai is one segment, or one per character.
      const probe = Array.from(s.segment('องค์กรปกครอง'), (x) => x.segment);
      if (probe.length === 2 && probe[0] === 'องค์กร') segmenter = s;
    }
  } catch {
    // An engine whose Segmenter cannot be built: names stay as they are.
  }
  return segmenter;
}

/**
 * "left|right" for every two words the catalogue's wording (and the office types) writes together
 * and never apart: where one text writes them together and another apart, they do not decide.
 * `listed`: the pairs it separates by punctuation ("ร้องเรียน/ร้องทุกข์"), items of a list, which
 * prose may as well separate by a space.
 */
let together: Set<string> | undefined;
let listed: Set<string> | undefined;
function wordsTogether(s: Intl.Segmenter): Set<string> {
  if (together) return together;
  const joined = new Set<string>();
  const apart = new Set<string>();
  listed = new Set<string>();
  const texts: string[] = [...ORGANISATION_TYPES];
  for (const c of [DEFAULT_CATALOGUE, PREVIOUS_CATALOGUE]) {
    for (const d of c.dimensions) texts.push(d.name, ...d.oldNames);
    for (const m of c.missions) texts.push(m.name, ...m.aliases);
  }
  for (const text of texts) {
    let previous = '';
    let space = false;
    let mark = false;
    for (const { segment } of s.segment(text)) {
      if (segment === ' ') space = true;
      else if (!isThai(segment.charCodeAt(0))) mark = true;
      else {
        if (previous && isThai(previous.charCodeAt(previous.length - 1)))
          (mark ? listed : space ? apart : joined).add(`${previous}|${segment}`);
        previous = segment;
        space = false;
        mark = false;
      }
    }
  }
  together = new Set([...joined].filter((pair) => !apart.has(pair)));
  return together;
}

/** `name` with its line-wrap spaces taken out and its phrase spaces kept (see the file comment). */
export function joinWrappedWords(name: string): string {
  if (!THAI_SPACE_THAI.test(name)) return name;
  const s = thaiSegmenter();
  return s ? decideSpaces(name, s) : name;
}

/**
 * Takes every space run between two Thai characters out, then decides each at its place in the text
 * so joined. Each is judged on the Thai run around it, at most WINDOW characters either side (words
 * are shorter; segmenting a whole long name for every space costs several times more).
 */
function decideSpaces(name: string, s: Intl.Segmenter): string {
  let text = '';
  const gaps: { at: number; space: string }[] = [];
  for (let i = 0; i < name.length;) {
    let j = i;
    while (name.charCodeAt(j) === 32) j++;
    if (j > i && i > 0 && j < name.length && isThai(name.charCodeAt(i - 1)) && isThai(name.charCodeAt(j))) {
      gaps.push({ at: text.length, space: name.slice(i, j) });
      i = j;
      continue;
    }
    text += name.slice(i, j + 1);
    i = j + 1;
  }
  const kind = KIND_WORD.exec(text);
  let out = '';
  let from = 0;
  for (const { at, space } of gaps) {
    const wrap = (kind !== null && at === kind[0].length) || isWrap(text, at, s);
    out += text.slice(from, at) + (wrap ? '' : space);
    from = at;
  }
  return out + text.slice(from);
}

// Longer than the longest office type ("องค์การบริหารส่วนจังหวัด", 24), and than Thai words.
const WINDOW = 24;

// Decided places by their window: names repeat their phrases (office names, "ครั้งที่ …").
const decided = new Map<string, boolean>();

/** Whether the place `at` of the joined text, between two Thai characters, was a line wrap. */
function isWrap(text: string, at: number, s: Intl.Segmenter): boolean {
  let a = at;
  while (a > 0 && at - a < WINDOW && isThai(text.charCodeAt(a - 1))) a--;
  let b = at;
  while (b < text.length && b - at < WINDOW && isThai(text.charCodeAt(b))) b++;
  const window = text.slice(a, b);
  const key = `${at - a}:${window}`;
  let wrap = decided.get(key);
  if (wrap === undefined) {
    wrap = isWrapIn(window, at - a, s);
    decided.set(key, wrap);
  }
  return wrap;
}

function isWrapIn(window: string, at: number, s: Intl.Segmenter): boolean {
  const segments = s.segment(window);
  const word = segments.containing(at)!;
  // No word starts here: the space split one.
  if (word.index !== at) return true;
  const previous = segments.containing(at - 1)!.segment;
  return (
    wordsTogether(s).has(`${previous}|${word.segment}`) ||
    BINDING.has(previous) ||
    AFTER_OFFICE_TYPE.test(window.slice(0, at))
  );
}

/** การ and ความ make a noun of what follows; ผู้ too, and never ends a word (การ and ความ end many: ดำเนินการ, ข้อความ). */
const NOUN_PREFIX = new Set(['การ', 'ความ']);
/**
 * Words a phrase space may stand next to: the binding words, the prefixes, words that open a list
 * or an example, and the auxiliaries that open a predicate after a long subject ("…และสมาชิกสภาท้องถิ่น
 * ได้เพิ่มพูนความรู้").
 */
const PHRASE_EDGE = new Set([...BINDING, ...NOUN_PREFIX, ...'ผู้ ทั้ง เช่น ได้แก่ คือ ตลอดจน ได้ จะ ต้อง ควร'.split(' ')]);
/** Words after which การ/ความ is the prefix, not the end of a word: prepositions, conjunctions, มี. */
const BEFORE_PREFIX = new Set('ใน ต่อ จาก ของ ด้วย แห่ง ถึง กับ แก่ และ หรือ มี โดย เพื่อ สำหรับ ตาม ซึ่ง ที่'.split(' '));

/** A space between two Thai letters that is surely a line wrap: where it stands in the text, and how long it is. */
export interface WrapSpace {
  at: number;
  length: number;
}

/**
 * The spaces of `text` that are surely line wraps (the strict judge, see the file comment); none
 * without a Thai word segmenter.
 */
export function sureWrapSpaces(text: string): WrapSpace[] {
  if (!THAI_SPACE_THAI.test(text)) return [];
  const s = thaiSegmenter();
  if (!s) return [];
  const out: WrapSpace[] = [];
  for (let i = text.indexOf(' '); i >= 0;) {
    let j = i;
    while (text.charCodeAt(j) === 32) j++;
    const between = i > 0 && j < text.length && isThai(text.charCodeAt(i - 1)) && isThai(text.charCodeAt(j));
    if (between && isSureWrap(text, i, j, s)) out.push({ at: i, length: j - i });
    i = text.indexOf(' ', j);
  }
  return out;
}

/** The words either side of a space `sureWrapSpaces` found ("ผู้", "บริหาร"), as the message shows them. */
export function wordsAround(text: string, space: WrapSpace): [string, string] {
  const s = thaiSegmenter()!;
  const before = text.slice(0, space.at);
  return [
    s.segment(before).containing(before.length - 1)!.segment,
    s.segment(text.slice(space.at + space.length)).containing(0)!.segment,
  ];
}

/** `text` with its sure line-wrap spaces taken out. */
export function withoutWrapSpaces(text: string, spaces: WrapSpace[] = sureWrapSpaces(text)): string {
  let out = '';
  let from = 0;
  for (const { at, length } of spaces) {
    out += text.slice(from, at);
    from = at + length;
  }
  return out + text.slice(from);
}

const sure = new Map<string, boolean>();

/** Whether the spaces text[i, j) are a wrap, judged on the Thai runs either side (at most WINDOW letters each). */
function isSureWrap(text: string, i: number, j: number, s: Intl.Segmenter): boolean {
  let a = i;
  while (a > 0 && i - a < WINDOW && isThai(text.charCodeAt(a - 1))) a--;
  let b = j;
  while (b < text.length && b - j < WINDOW && isThai(text.charCodeAt(b))) b++;
  const left = text.slice(a, i);
  const key = `${left}|${text.slice(j, b)}`;
  let wrap = sure.get(key);
  if (wrap === undefined) {
    wrap = isSureWrapIn(left + text.slice(j, b), left.length, s);
    sure.set(key, wrap);
  }
  return wrap;
}

/** Vowels written after the consonant they follow (ะ า ำ ๅ): no syllable starts with one. */
const FOLLOWING_VOWEL = /^[\u0e30\u0e32\u0e33\u0e45]/;
/** ั and ็ stand over a consonant that a final consonant must follow: no syllable ends with one. */
const WANTS_FINAL = /[\u0e31\u0e47]$/;
/** One consonant, with a tone mark or none and no vowel: no word but ณ, which ICU does not join to what follows. */
const LONE_CONSONANT = /^[\u0e01-\u0e2e][\u0e48-\u0e4c]?$/;

/**
 * Whether Thai spelling says the space cuts a syllable: the right side opens with a vowel written
 * after its consonant, the left ends in a mark that wants a final consonant, or a side's own word
 * next to the space (each side segmented alone) is a lone consonant glued to other letters. Dictionary-free, so both
 * sides being real words (ปี|งบประมาณ, โครง|การ) cannot be told from a wrapped compound: those stay.
 */
function cutsSyllable(left: string, right: string, s: Intl.Segmenter): boolean {
  if (FOLLOWING_VOWEL.test(right) || WANTS_FINAL.test(left)) return true;
  // A lone consonant that is its side's whole run is an initial or an abbreviation's letter (ปี พ.ศ., ก.พ.).
  const last = s.segment(left).containing(left.length - 1)!;
  const first = s.segment(right).containing(0)!.segment;
  return (
    (last.index > 0 && LONE_CONSONANT.test(last.segment)) || (first.length < right.length && LONE_CONSONANT.test(first))
  );
}

function isSureWrapIn(window: string, at: number, s: Intl.Segmenter): boolean {
  const left = window.slice(0, at);
  const right = window.slice(at);
  // The segmenter reads one word across the join, and spelling agrees the space cuts it.
  if (s.segment(window).containing(at)!.index !== at && cutsSyllable(left, right, s)) return true;
  // The words either side as each side alone reads them.
  const leftWords = s.segment(left);
  const previous = leftWords.containing(at - 1)!;
  const next = s.segment(right).containing(0)!.segment;
  if (previous.segment === 'ผู้') return true;
  if (NOUN_PREFIX.has(previous.segment))
    return previous.index === 0 || BEFORE_PREFIX.has(leftWords.containing(previous.index - 1)!.segment);
  const pair = `${previous.segment}|${next}`;
  return (
    !PHRASE_EDGE.has(previous.segment) && !PHRASE_EDGE.has(next) && wordsTogether(s).has(pair) && !listed!.has(pair)
  );
}

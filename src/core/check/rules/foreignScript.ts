/** Characters of scripts other than Thai and Latin in Thai text (a converter's or a font's leftovers). */
import { hasThai } from '../../read/text';
import { NONE, type TextProblem } from './textProblem';

const FOREIGN = /[^\p{Script=Thai}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu;
// Thai, Latin, general punctuation and symbols: text made only of these needs no script check.
const SURELY_NATIVE =
  /^[\u0000-\u024f\u0e00-\u0e7f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u23ff\u25a0-\u27bf]*$/;

export function foreignScriptProblems(text: string): TextProblem[] {
  if (SURELY_NATIVE.test(text) || !hasThai(text)) return NONE;
  const chars = [...new Set(text.match(FOREIGN) ?? [])];
  if (chars.length === 0) return NONE;
  const codes = chars.map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(', ');
  return [{ code: 'FOREIGN_SCRIPT', params: { chars: chars.join(''), codes } }];
}

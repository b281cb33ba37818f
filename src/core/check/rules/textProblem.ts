/** What the text rules return: problems found in a cell's text, before they are tied to a cell. */
import type { FindingCode } from '../findings';

export interface TextProblem {
  code: FindingCode;
  params: Record<string, string | number>;
}

/** No problem: one shared empty list, as most texts have none. */
export const NONE: TextProblem[] = [];

export const concat = (a: TextProblem[], b: TextProblem[]) => (b.length === 0 ? a : a.length === 0 ? b : a.concat(b));

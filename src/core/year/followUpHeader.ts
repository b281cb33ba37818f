/**
 * Where a plan table's follow-up columns are, from its header texts: งบประมาณตามข้อบัญญัติ/เทศบัญญัติ
 * once, and per round สถานะ, เบิกจ่ายจริง and ผลการดำเนินงาน, the round said by the merged title above
 * them ("ผลการดำเนินงานรอบ ๖ เดือน") or by the column's own name ("สถานะ รอบ 6 เดือน"). Variants of
 * spacing and digits are accepted. The add-on uses it to tell a plan that has the columns from
 * one that does not, and to point the สรุปผลการดำเนินงาน formulas at them.
 */
import { cellText, type Grid } from '../read/cells';
import type { HeaderBlock } from '../read/header';
import { compactKey } from '../read/text';
import { toArabicDigits } from '../../shared/numbers';
import type { Round } from './followUp';

export interface RoundColumns {
  /** 0-based columns; null when the plan has no such column for the round. */
  status: number | null;
  spent: number | null;
  result: number | null;
}

export interface FollowUpColumns {
  /** 0-based column of the ordinance budget, or null. */
  ordinance: number | null;
  rounds: Partial<Record<Round, RoundColumns>>;
  /** Every follow-up column found (0-based), for messages. */
  all: number[];
}

const key = (text: string) => toArabicDigits(compactKey(text));
const ROUND = /รอบ(6|12)เดือน/;

/** The follow-up columns of the header block `header` of `grid`; `all` is empty when it has none. */
export function findFollowUpColumns(grid: Grid, header: HeaderBlock): FollowUpColumns {
  const found: FollowUpColumns = { ordinance: null, rounds: {}, all: [] };
  const width = Math.max(...header.rows.map((r) => (grid[r] ?? []).length));
  let group = '';
  for (let c = 0; c < width; c++) {
    const texts = header.rows.map((r) => key(cellText((grid[r] ?? [])[c])));
    // A merged title's text stands in its first cell only: carried right until the next title.
    if (texts[0] !== '') group = header.rows.length > 1 ? texts[0] : '';
    const own = [...texts].reverse().find((t) => t !== '') ?? '';
    if (texts.some((t) => /ข้อบัญญัติ|เทศบัญญัติ/.test(t))) {
      found.ordinance ??= c;
      found.all.push(c);
      continue;
    }
    const role = /^สถานะ(การดำเนินงาน)?(รอบ|$)/.test(own)
      ? 'status'
      : /^(การ)?เบิกจ่าย/.test(own)
        ? 'spent'
        : /^ผล(การ)?ดำเนินงาน/.test(own) && own !== group
          ? 'result'
          : null;
    const round = ROUND.exec(own) ?? ROUND.exec(group);
    if (!role || !round) continue;
    const r = Number(round[1]) as Round;
    const cols = (found.rounds[r] ??= { status: null, spent: null, result: null });
    if (cols[role] === null) cols[role] = c;
    found.all.push(c);
  }
  return found;
}

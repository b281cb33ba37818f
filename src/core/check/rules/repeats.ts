/**
 * Repeats: a project written twice, and the same amount under the same remark on several rows
 * (one budget counted twice through a shared source).
 */
import { createFinding, type Finding } from '../findings';
import type { ReadProject } from '../../read/planReader';
import { matchKey } from '../../read/text';
import { satangOf } from '../../../shared/numbers';

export function lintDuplicates(projects: ReadonlyArray<ReadProject>, findings: Finding[]): void {
  const first = new Map<string, ReadProject>();
  for (const p of projects) {
    if (!p.name) continue;
    const key = p.source.nameKey;
    const earlier = first.get(key);
    if (earlier)
      findings.push(
        createFinding('DUPLICATE_PROJECT', p.source.row, p.source.cols.project ?? 0, {
          other: earlier.row,
          text: p.name,
        }),
      );
    else first.set(key, p);
  }
}

/** How many other rows a SAME_SOURCE_AMOUNT message names before "and N more". */
const SAME_SOURCE_ROWS_SHOWN = 5;

export function lintSameSource(projects: ReadonlyArray<ReadProject>, findings: Finding[]): void {
  const groups = new Map<string, { p: ReadProject; year: string; value: number }[]>();
  for (const p of projects) {
    const remark = matchKey(p.remark).replace(/\s+/g, '');
    if (remark.length < 4) continue;
    for (const [year, value] of Object.entries(p.budgets)) {
      if (value === null || value <= 0) continue;
      const key = `${year}|${satangOf(value)}|${remark}`;
      const list = groups.get(key) ?? [];
      list.push({ p, year, value });
      groups.set(key, list);
    }
  }
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // Name a few of the other rows, not all of them: a remark shared by hundreds of rows would
    // otherwise make each message hundreds of numbers long (and the rule quadratic).
    const shown = list.slice(0, SAME_SOURCE_ROWS_SHOWN + 1).map((x) => x.p.row);
    for (const item of list) {
      const others = shown.filter((row) => row !== item.p.row).slice(0, SAME_SOURCE_ROWS_SHOWN);
      const col = item.p.source.budget.find((b) => b.year === item.year)!.col;
      findings.push(
        createFinding('SAME_SOURCE_AMOUNT', item.p.source.row, col, {
          value: item.value,
          rows: others.join(', '),
          more: list.length - 1 - others.length,
        }),
      );
    }
  }
}

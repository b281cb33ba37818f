/**
 * Continuation lines: a row split by a page break (docs/domain.md#per-project-annual-tables-seed-003)
 * with no amount of its own belongs to the project above; its texts are appended to that project's.
 */
import { parseAmount, type Cell } from './cells';
import type { ColumnIndex } from './columnIndex';
import type { HeaderBlock } from './header';
import type { ReadProject } from './planReader';
import { setBudget } from './projectRow';

/**
 * Whether a row without a ลำดับ, dimension or sub-mission continues the project above: it has no
 * name of its own (or only a converted paragraph) and no amount.
 */
export function isContinuation(row: ReadonlyArray<Cell>, nameText: string, index: ColumnIndex): boolean {
  const rawName = row[index.single.project!];
  if (nameText !== '' && !(typeof rawName === 'string' && /^<p>/i.test(rawName.trimStart()))) return false;
  return !index.budget.some((c) => parseAmount(row[c.col]).kind === 'amount');
}

/**
 * Appends a continuation row's text to the project it continues, re-reading split budget cells.
 * Returns the first column whose text had nowhere to go (so it is reported, not lost), or null.
 */
export function continueProject(p: ReadProject, header: HeaderBlock, texts: string[]): number | null {
  const join = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);
  const absorbed = new Set<number>();
  for (const c of header.columns) {
    const t = texts[c.col];
    if (!t) continue;
    switch (c.role) {
      case 'project':
        p.name = join(p.name, t);
        break;
      case 'target':
      case 'output':
      case 'outcome':
      case 'period':
        // A new object: the project's may be the shared empty one of a table without these columns.
        p.extra = { ...p.extra, [c.role]: join(p.extra[c.role] ?? '', t) };
        break;
      case 'responsible':
      case 'remark':
        p[c.role] = join(p[c.role], t);
        break;
      case 'followResult': {
        const report = c.round ? p.followUp?.rounds[c.round] : undefined;
        if (!report) continue;
        report.result = join(report.result, t);
        break;
      }
      case 'budget': {
        const cell = p.source.budget.find((b) => b.col === c.col);
        if (!cell) break;
        cell.text = join(cell.text, t);
        cell.amount = parseAmount(cell.text);
        delete p.budgets[cell.year];
        setBudget(p.budgets, cell);
        break;
      }
      default:
        continue;
    }
    absorbed.add(c.col);
  }
  const leftOver = texts.findIndex((t, c) => t !== '' && !absorbed.has(c));
  return leftOver < 0 ? null : leftOver;
}

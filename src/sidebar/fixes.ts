/**
 * Proposed text fixes in the findings lists: under a finding that has one, the text proposed for
 * its cell and แก้ไขตามที่เสนอ (Apply); above the list, แก้ไขทั้งหมด for every fix of one kind. Nothing
 * is written until the user presses one; the server then writes only cells that still hold the
 * text the check saw, and says which it left alone. Text is shown with textContent only.
 */
import type { ApplyTextFixesResult, TextFix } from '../shared/fixWire';
import type { FindingView } from '../shared/wire';
import type { Strings } from './i18n';
import { call } from './client';
import { attempt, showResult } from './messages';

export interface FixHooks {
  /** The sidebar's words in the language on show. */
  strings: () => Strings;
}

let hooks: FixHooks;

export function setupFixes(h: FixHooks): void {
  hooks = h;
}

/** Where a list's fixes report, and how the list is read again once they are written. */
export interface FixTarget {
  resultId: string;
  refresh: () => Promise<void>;
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

async function apply(fixes: TextFix[], target: FixTarget): Promise<void> {
  await attempt(target.resultId, async () => {
    const r = await call('applyTextFixes', { fixes });
    report(r, target.resultId);
    await target.refresh();
    return target.resultId;
  });
}

/** What was written and, cell by cell, what was left alone and why. */
function report(r: ApplyTextFixesResult, resultId: string): void {
  showResult(resultId, (t) => {
    const lines = [
      t.fixDone(r.applied.length, r.skipped.length),
      ...r.skipped.map((s) => `${s.cell}: ${t.reason(s.reason, s.reasonEn)}`),
    ];
    return lines.flatMap((line, i) => (i ? [document.createElement('br'), line] : [line]));
  });
}

/** The proposed text and the Apply button, for a finding that has a fix; null otherwise. */
export function fixBlock(f: FindingView, target: FixTarget): HTMLElement | null {
  if (!f.fix) return null;
  const fix = f.fix;
  const t = hooks.strings();
  const block = document.createElement('div');
  block.className = 'fix';
  const label = document.createElement('span');
  label.className = 'secondary';
  label.textContent = t.fixProposed;
  const text = document.createElement('blockquote');
  text.className = 'fix-text';
  text.textContent = fix.to;
  block.append(
    label,
    text,
    button(t.fixApply, 'fix-apply', () => void apply([fix], target)),
  );
  return block;
}

/** แก้ไขทั้งหมด per kind of finding with two fixes or more, each applying all of that kind. */
export function fixAllButtons(findings: FindingView[], target: FixTarget): HTMLElement[] {
  const byCode = new Map<string, TextFix[]>();
  for (const f of findings) if (f.fix) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f.fix]);
  const t = hooks.strings();
  return [...byCode.values()]
    .filter((fixes) => fixes.length > 1)
    .map((fixes) => button(t.fixAll(fixes.length), 'fix-all', () => void apply(fixes, target)));
}

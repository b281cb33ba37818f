/**
 * The order a findings list is shown in: errors first, then warnings, each kept in the check's
 * order (sheet order). The server cuts an overlong list in this order, so a cut drops warnings
 * before errors; the sidebar lists findings so.
 */
import type { Severity } from './results';

export function errorsFirst<T extends { severity: Severity }>(findings: readonly T[]): T[] {
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
}

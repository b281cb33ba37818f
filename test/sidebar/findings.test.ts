/** The findings list's pure parts: the order, the filters, their counts and the pages (no browser). */
import { errorsFirst } from '../../src/shared/findingOrder';
import { PAGE_SIZE, codeCounts, filterFindings, nextPage } from '../../src/sidebar/findings';
import fc from 'fast-check';
import type { FindingView } from '../../src/shared/wire';

const finding = (cell: string, code: string, severity: FindingView['severity']): FindingView => ({
  cell,
  code,
  severity,
  message: `${code} ที่ ${cell}`,
  messageEn: `${code} at ${cell}`,
});

// In the check's (sheet) order: warnings and errors mixed.
const FINDINGS = [
  finding('C6', 'MISSION_UNKNOWN', 'warning'),
  finding('F6', 'BUDGET_BLANK', 'warning'),
  finding('B8', 'DIMENSION_INVALID', 'error'),
  finding('G9', 'BUDGET_BLANK', 'warning'),
  finding('F9', 'BUDGET_INVALID', 'error'),
  finding('B11', 'DIMENSION_INVALID', 'error'),
];

describe('the findings list', () => {
  test('errors first, then warnings, each in the order given', () => {
    expect(errorsFirst(FINDINGS).map((f) => f.cell)).toEqual(['B8', 'F9', 'B11', 'C6', 'F6', 'G9']);
    expect(errorsFirst([])).toEqual([]);
  });

  test('a filter keeps the findings of its severity and code, in the order given', () => {
    expect(filterFindings(FINDINGS, { severity: 'all', code: '' })).toEqual(FINDINGS);
    expect(filterFindings(FINDINGS, { severity: 'warning', code: '' }).map((f) => f.cell)).toEqual(['C6', 'F6', 'G9']);
    expect(filterFindings(FINDINGS, { severity: 'all', code: 'DIMENSION_INVALID' }).map((f) => f.cell)).toEqual([
      'B8',
      'B11',
    ]);
    expect(filterFindings(FINDINGS, { severity: 'warning', code: 'DIMENSION_INVALID' })).toEqual([]);
  });

  test('the codes of a severity with their counts, most first, then by code', () => {
    expect(codeCounts(FINDINGS, 'all')).toEqual([
      ['BUDGET_BLANK', 2],
      ['DIMENSION_INVALID', 2],
      ['BUDGET_INVALID', 1],
      ['MISSION_UNKNOWN', 1],
    ]);
    expect(codeCounts(FINDINGS, 'error')).toEqual([
      ['DIMENSION_INVALID', 2],
      ['BUDGET_INVALID', 1],
    ]);
  });

  test('a page more is 100 more, never past the findings that match', () => {
    expect(PAGE_SIZE).toBe(100);
    expect(nextPage(100, 5007)).toBe(200);
    expect(nextPage(4900, 5007)).toBe(5000);
    expect(nextPage(5000, 5007)).toBe(5007);
    expect(nextPage(0, 42)).toBe(42);
    expect(nextPage(42, 42)).toBe(42);
  });
});

describe('any list of findings (seeded property)', () => {
  const arbitraryFindings = fc.array(
    fc
      .record({
        row: fc.integer({ min: 1, max: 5000 }),
        code: fc.constantFrom('BUDGET_BLANK', 'BUDGET_INVALID', 'DIMENSION_INVALID', 'MISSION_UNKNOWN', 'WRAPPED_WORD'),
        severity: fc.constantFrom<FindingView['severity']>('error', 'warning'),
      })
      .map((f) => finding(`C${f.row}`, f.code, f.severity)),
    { maxLength: 450 },
  );
  const arbitraryFilter = fc.record({
    severity: fc.constantFrom<'all' | FindingView['severity']>('all', 'error', 'warning'),
    code: fc.constantFrom('', 'BUDGET_BLANK', 'DIMENSION_INVALID', 'WRAPPED_WORD'),
  });

  test('errors first keeps every finding once and each severity in the check order; the pages of a filter list exactly what it keeps', () => {
    fc.assert(
      fc.property(arbitraryFindings, arbitraryFilter, (findings, filter) => {
        const ordered = errorsFirst(findings);
        const errors = findings.filter((f) => f.severity === 'error');
        expect(ordered).toEqual([...errors, ...findings.filter((f) => f.severity === 'warning')]);
        const kept = filterFindings(ordered, filter);
        expect(
          kept.every(
            (f) =>
              (filter.severity === 'all' || f.severity === filter.severity) && (!filter.code || f.code === filter.code),
          ),
        ).toBe(true);
        expect(kept).toHaveLength(
          ordered.filter(
            (f) =>
              (filter.severity === 'all' || f.severity === filter.severity) && (!filter.code || f.code === filter.code),
          ).length,
        );
        // Page after page until nothing more: each step adds at most PAGE_SIZE and ends at the whole list.
        let shown = Math.min(PAGE_SIZE, kept.length);
        for (let next = nextPage(shown, kept.length); next > shown; next = nextPage(shown, kept.length)) {
          expect(next - shown).toBeLessThanOrEqual(PAGE_SIZE);
          shown = next;
        }
        expect(shown).toBe(kept.length);
        // The code filter's counts add up to the severity's count.
        const counts = codeCounts(ordered, filter.severity);
        expect(counts.reduce((n, [, c]) => n + c, 0)).toBe(filterFindings(ordered, { ...filter, code: '' }).length);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});

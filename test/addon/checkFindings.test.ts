/**
 * checkPlan through the built Code.js sends every finding, errors first, with the report's true
 * counts; past the safety bound on the reply's size (addon/checkSheet.ts) it cuts warnings first.
 */
import { faultyFiveYearGrid } from '../../bench/synthetic';
import { MAX_FINDINGS } from '../../src/addon/checkSheet';
import { checkGrid } from '../../src/core/check/check';
import { loadAddon } from './harness';

function check(projects: number) {
  const grid = faultyFiveYearGrid(projects);
  const a = loadAddon();
  a.addSheet('แผน', grid);
  return { result: a.call('checkPlan'), report: checkGrid(grid, 'แผน').report };
}

describe('checkPlan with many findings', () => {
  test('every finding is sent, errors first, each in sheet order; the counts are the check’s', () => {
    const { result, report } = check(2000);
    expect(result.errors).toBe(report.counts.errors);
    expect(result.warnings).toBe(report.counts.warnings);
    expect(result.findings.length).toBe(report.issues.length);
    expect(result.findings.length).toBeGreaterThan(500); // the old silent cut
    const bySeverity = (s: string) => report.issues.filter((f) => f.severity === s).map((f) => `${f.cell} ${f.code}`);
    expect(result.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      ...bySeverity('error'),
      ...bySeverity('warning'),
    ]);
  });

  test('past the bound: the first MAX_FINDINGS in that order, warnings cut first, the counts still true', () => {
    const { result, report } = check(14_500);
    expect(report.issues.length).toBeGreaterThan(MAX_FINDINGS);
    expect(result.errors + result.warnings).toBe(report.issues.length);
    expect(result.findings.length).toBe(MAX_FINDINGS);
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    expect(errors).toBe(report.counts.errors);
    expect(result.findings.slice(0, errors).every((f) => f.severity === 'error')).toBe(true);
  });
});

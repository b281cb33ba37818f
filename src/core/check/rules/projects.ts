/**
 * Rules on each project row: budget cells that are blank, invalid or negative; no quarter ticked
 * in an annual plan; a sub-mission the catalogue does not know or that belongs to another dimension.
 */
import { matchMission, type Catalogue } from '../../data/catalogue';
import { createFinding, type Finding } from '../findings';
import type { PlanReading, ReadProject } from '../../read/planReader';
import { matchKey } from '../../read/text';

export function lintProjects(reading: PlanReading, findings: Finding[]): void {
  const hasQuarterColumns = reading.headers.some((h) => h.columns.some((c) => c.role === 'quarter'));
  // The catalogue the plan was read with: the office's own, else its generation's.
  const missions = new MissionRule(reading.catalogue, findings);
  for (const p of reading.projects) {
    lintBudgetCells(p, findings);
    if (hasQuarterColumns && p.source.quarterCols.length > 0 && !p.quarters.some(Boolean)) {
      findings.push(createFinding('QUARTERS_NONE', p.source.row, p.source.quarterCols[0], {}));
    }
    if (p.mission) missions.check(p);
  }
}

/** Blank budget cells (one finding when all are blank), invalid and negative amounts. */
function lintBudgetCells(p: ReadProject, findings: Finding[]): void {
  const r = p.source.row;
  const cells = p.source.budget;
  const blanks = cells.filter((b) => b.amount.kind === 'blank');
  if (blanks.length > 0 && blanks.length === cells.length) {
    findings.push(createFinding('BUDGET_BLANK', r, blanks[0].col, { year: cells.length > 1 ? 'all' : blanks[0].year }));
  }
  for (const { year, col, amount: a } of cells) {
    const shownYear = year === 'unknown' ? '?' : year;
    if (a.kind === 'invalid') findings.push(createFinding('BUDGET_INVALID', r, col, { year: shownYear, text: a.text }));
    else if (a.kind === 'amount' && a.value < 0)
      findings.push(createFinding('BUDGET_NEGATIVE', r, col, { year: shownYear, value: a.value }));
    else if (a.kind === 'blank' && blanks.length < cells.length)
      findings.push(createFinding('BUDGET_BLANK', r, col, { year: shownYear }));
  }
}

/** Sub-missions checked against the catalogue, each wording (and wording × dimension) reported once. */
class MissionRule {
  private readonly reported = new Set<string>();
  private readonly keys = new Map<string, string>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly findings: Finding[],
  ) {}

  check(p: ReadProject): void {
    const r = p.source.row;
    const missionCol = p.source.cols.mission ?? p.source.cols.project ?? 0;
    const match = matchMission(p.mission, this.catalogue);
    let key = this.keys.get(p.mission);
    if (key === undefined) this.keys.set(p.mission, (key = matchKey(p.mission)));
    if (!match) {
      if (!this.reported.has(key))
        this.findings.push(createFinding('MISSION_UNKNOWN', r, missionCol, { text: p.mission }));
      this.reported.add(key);
    } else if (p.dimension && match.dimension !== p.dimension) {
      const k = `${key}|${p.dimension}`;
      if (!this.reported.has(k)) {
        this.findings.push(
          createFinding('MISSION_DIMENSION_MISMATCH', r, missionCol, {
            text: p.mission,
            expected: match.dimension,
            dimension: p.dimension,
          }),
        );
      }
      this.reported.add(k);
    }
  }
}

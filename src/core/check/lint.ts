/**
 * Lint rules over a plan reading, one group per file in rules/: fiscal years outside the plan,
 * each project's budgets, quarters and sub-mission, repeats, totals that disagree with the
 * projects, the follow-up of an annual plan, and text rules (template placeholders, organisation names and terms, foreign-script
 * characters) run once per distinct text.
 */
import { createFinding, type Finding } from './findings';
import type { PlanReading } from '../read/planReader';
import type { PlanSettings } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { computeTotals, type PlanTotals } from '../totals/totals';
import { lintYears } from './rules/years';
import { planYears } from '../period';
import { lintProjects } from './rules/projects';
import { lintDuplicates, lintSameSource } from './rules/repeats';
import { lintTotals } from './rules/totals';
import { concat, type TextProblem } from './rules/textProblem';
import { placeholderProblems } from './rules/placeholders';
import { expectedOrganisation, organisationProblems, type Organisation } from './rules/organisation';
import { foreignScriptProblems } from './rules/foreignScript';
import { lintFollowUp } from './rules/followUp';

export interface LintOptions {
  settings?: PlanSettings;
}

/** Year keys budgets are recorded under ('unknown' when an annual plan's year could not be found). */
export function budgetYearKeys(reading: PlanReading): string[] {
  const keys = reading.years.map(String);
  if (reading.projects.some((p) => p.source.budget.some((b) => b.year === 'unknown'))) keys.push('unknown');
  return keys;
}

export function lintPlan(reading: PlanReading, options: LintOptions = {}): { findings: Finding[]; totals: PlanTotals } {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const findings: Finding[] = [];
  const yearKeys = budgetYearKeys(reading);
  const totals = computeTotals(reading.projects, yearKeys);

  lintYears(reading, planYears(reading, settings), findings);
  lintProjects(reading, findings);
  lintDuplicates(reading.projects, findings);
  lintTotals(reading, yearKeys, findings);
  lintSameSource(reading.projects, findings);
  lintTexts(reading, expectedOrganisation(reading, settings), findings);
  // An annual plan has one budget year: the one its follow-up is judged against.
  lintFollowUp(reading, yearKeys.length === 1 ? yearKeys[0] : null, findings);
  return { findings, totals };
}

/**
 * Text rules depend only on the text: run them once per distinct text (units, missions and
 * remarks repeat on many rows) and point each result at every cell holding it.
 */
function lintTexts(reading: PlanReading, organisation: Organisation | null, findings: Finding[]): void {
  const byText = new Map<string, TextProblem[]>();
  for (const cell of reading.textCells) {
    let problems = byText.get(cell.text);
    if (!problems) {
      problems = placeholderProblems(cell.text);
      if (organisation) problems = concat(problems, organisationProblems(cell.text, organisation));
      problems = concat(problems, foreignScriptProblems(cell.text));
      byText.set(cell.text, problems);
    }
    for (const p of problems) findings.push(createFinding(p.code, cell.row, cell.col, p.params));
  }
}

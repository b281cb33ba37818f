/**
 * Linking details to the plan's projects: by id, then by ลำดับ when it is unique in the plan,
 * then by name compared without spaces, quotes or digit forms, then by the single plan name
 * close enough; with what matched nothing and what the details say differently from the plan.
 */
import { parseAmount } from '../cells';
import { findOrganisations } from '../organisation';
import type { ReadProject } from '../planReader';
import type { DetailField, ProjectDetails } from './model';
import type { DetailsSheet } from './sheet';
import { cleanText, compactKey, joinWrappedThai, nameKey } from '../text';
import { sumBaht, toArabicDigits } from '../../../shared/numbers';
import { createFinding, type Finding } from '../../check/findings';
import { placeholderSnippet } from '../../check/rules/placeholders';

export interface DetailsLink {
  project: ReadProject;
  details: ProjectDetails | null;
  /** How the details were found. */
  by: 'id' | 'no' | 'name' | 'partial-name' | null;
}

/** Where a finding about a details field points: 0-based row and column. */
type CellOf = (d: ProjectDetails, field: DetailField) => [number, number];

/**
 * Links details rows to plan projects (details read from documents have no row, so nothing is
 * reported about them). Reports what matched nothing and what differs.
 */
export function linkDetails(
  projects: ReadonlyArray<ReadProject>,
  sheet: DetailsSheet | { details: ProjectDetails[]; columns?: undefined },
): { links: DetailsLink[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const links: DetailsLink[] = projects.map((p) => ({ project: p, details: null, by: null }));
  const lookup = new ProjectLookup(projects);
  const colOf = (field: DetailField) => sheet.columns?.find((c) => c.field === field)?.col ?? 0;
  const at: CellOf = (d, field) => [(d.row ?? 1) - 1, colOf(field)];
  for (const d of sheet.details) {
    const { index, by } = lookup.find(d);
    if (d.row !== null) {
      for (const placeholder of placeholdersIn(d))
        findings.push(createFinding('PLACEHOLDER', ...at(d, placeholder.field), { text: placeholder.text }));
    }
    const link = index === undefined ? undefined : links[index];
    if (!link || link.details) {
      if (d.row !== null) findings.push(notLinked(d, link, at));
      continue;
    }
    link.details = d;
    link.by = by;
    if (d.row !== null) differences(d, link, at, findings);
  }
  for (const link of links) {
    if (!link.details)
      findings.push(
        createFinding('DETAILS_MISSING', link.project.source.row, link.project.source.cols.project ?? 0, {
          text: link.project.name,
        }),
      );
  }
  return { links, findings };
}

/** Details that matched no project, or a project that already has details. */
function notLinked(d: ProjectDetails, taken: DetailsLink | undefined, at: CellOf): Finding {
  if (!taken) return createFinding('DETAILS_UNMATCHED', ...at(d, 'name'), { text: d.name });
  return createFinding('DETAILS_DUPLICATE', ...at(d, 'name'), { other: taken.details!.row ?? '?', text: d.name });
}

/** What linked details say differently from the plan: the name (unless linked by it) and the budget. */
function differences(d: ProjectDetails, link: DetailsLink, at: CellOf, findings: Finding[]): void {
  const { by, project } = link;
  if ((by === 'partial-name' || by === 'id' || by === 'no') && d.name && nameKey(d.name) !== nameKey(project.name))
    findings.push(createFinding('DETAILS_NAME_DIFFERS', ...at(d, 'name'), { text: d.name, plan: project.name }));
  if (d.budget) {
    const stated = budgetInText(d.budget);
    const plan = Object.values(project.budgets).reduce<number>((s, v) => s + (v ?? 0), 0);
    if (stated !== null && Math.abs(stated - plan) >= 0.005)
      findings.push(createFinding('DETAILS_BUDGET_DIFFERS', ...at(d, 'budget'), { stated, plan }));
  }
}

/** The plan's projects by id, by ลำดับ (when unique in the plan) and by name key. */
class ProjectLookup {
  private readonly byId: Map<string, number>;
  private readonly byNo = new Map<number, number>();
  private readonly byName: Map<string, number>;

  constructor(private readonly projects: ReadonlyArray<ReadProject>) {
    this.byId = new Map(projects.map((p, i) => [p.id, i]));
    const noCount = new Map<number, number>();
    for (const p of projects) if (p.no !== null) noCount.set(p.no, (noCount.get(p.no) ?? 0) + 1);
    projects.forEach((p, i) => {
      if (p.no !== null && noCount.get(p.no) === 1) this.byNo.set(p.no, i);
    });
    this.byName = new Map(projects.map((p, i) => [nameKey(p.name), i]));
  }

  /** The index of the project `d` describes, and how it was found; no index when none is. */
  find(d: ProjectDetails): { index?: number; by: DetailsLink['by'] } {
    if (d.id && this.byId.has(d.id)) return { index: this.byId.get(d.id), by: 'id' };
    const byNo = d.no !== null ? this.byNo.get(d.no) : undefined;
    if (byNo !== undefined && (!d.name || nameKey(this.projects[byNo].name) === nameKey(d.name)))
      return { index: byNo, by: 'no' };
    if (d.name && this.byName.has(nameKey(d.name))) return { index: this.byName.get(nameKey(d.name)), by: 'name' };
    const close = d.name ? this.closestName(d.name) : undefined;
    return close === undefined ? { by: null } : { index: close, by: 'partial-name' };
  }

  /**
   * Same name but for an organisation's name or a typo or a cut-off end
   * (docs/domain.md#template-leftovers-and-noise-in-real-plans): the single plan name close
   * enough, by character pairs, once organisation names are set aside.
   */
  private closestName(name: string): number | undefined {
    const key = looseKey(name);
    const scored = this.projects
      .map((p, i) => ({ i, score: similarity(looseKey(p.name), key) }))
      .filter((x) => x.score >= 0.8);
    scored.sort((a, b) => b.score - a.score);
    if (scored.length === 1 || (scored.length > 1 && scored[0].score - scored[1].score >= 0.1)) return scored[0].i;
    return undefined;
  }
}

/**
 * The amount a details budget text states: "งบประมาณ จำนวน ๔๕๐๐๐ บาท" → 45000; a "รวมทั้งสิ้น"
 * line when there is one, else the sum of the amounts; no budget → 0; no amount → null.
 */
export function budgetInText(text: string): number | null {
  const t = toArabicDigits(cleanText(text));
  if (parseAmount(t).kind === 'none' || /ไม่(ได้)?ใช้งบ/.test(compactKey(t))) return 0;
  const amounts = (part: string) =>
    [...part.matchAll(/([0-9][0-9,]*(?:\.[0-9]+)?)\s*บาท/g)]
      .map((m) => parseAmount(m[1]))
      .map((a) => (a.kind === 'amount' ? a.value : NaN));
  const total = /รวมทั้งสิ้น(.*)$/.exec(t);
  const values = amounts(total ? total[1] : t);
  if (values.length === 0 || values.some(Number.isNaN)) return null;
  return sumBaht(values);
}

/** A name key with organisation names reduced to their type word ("…ของเทศบาลตำบลบุเกะตา" → "…ของเทศบาลตำบล"). */
function looseKey(name: string): string {
  let text = joinWrappedThai(cleanText(name));
  for (const m of findOrganisations(text).reverse())
    text = text.slice(0, m.index + m.type.length) + text.slice(m.index + m.name.length);
  return nameKey(text);
}

/** Dice coefficient of character pairs: 1 for equal strings, near 1 for a typo or a cut-off end. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}

/** The first leftover template placeholder of each section, for a finding on its cell. */
function placeholdersIn(d: ProjectDetails): { field: DetailField; text: string }[] {
  const out: { field: DetailField; text: string }[] = [];
  const check = (field: DetailField, texts: string[]) => {
    for (const t of texts) {
      const snippet = placeholderSnippet(t);
      if (snippet) {
        out.push({ field, text: snippet });
        return;
      }
    }
  };
  check('name', [d.name]);
  check('rationale', d.rationale);
  check(
    'objectives',
    d.objectives.map((i) => i.text),
  );
  check('targets', d.targets);
  check(
    'method',
    d.method.map((i) => i.text),
  );
  check('responsible', d.responsible);
  check(
    'outputs',
    d.outputs.map((i) => i.text),
  );
  check(
    'outcomes',
    d.outcomes.map((i) => i.text),
  );
  return out;
}

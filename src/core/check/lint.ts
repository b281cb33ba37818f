/**
 * Lint rules over a plan reading: budgets, dimensions and sub-missions, duplicates, totals that
 * disagree with the projects, fiscal years outside the plan, template placeholders, organisation
 * names and terms, amounts counted twice through a shared source, foreign-script characters.
 */
import { DEFAULT_CATALOGUE, matchMission } from '../data/catalogue';
import { createFinding, type Finding, type FindingCode } from './findings';
import { findOrganisations, ORGANISATION_TYPE_WORDS } from '../read/organisation';
import type { PlanReading, ReadProject } from '../read/planReader';
import type { Catalogue } from '../data/catalogue';
import type { PlanSettings } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { computeTotals, type PlanTotals } from '../totals/totals';
import { formatAmount } from '../../shared/numbers';
import { hasThai, joinWrappedThai, matchKey } from '../read/text';

/** A problem a text rule finds in a cell's text, before it is tied to a cell. */
interface TextProblem {
  code: FindingCode;
  params: Record<string, string | number>;
}

export interface LintOptions {
  settings?: PlanSettings;
  catalogue?: Catalogue;
}

/** The fiscal years the plan covers: its title's range, else the settings. */
export function planYearRange(reading: PlanReading, settings: PlanSettings): { from: number; to: number } {
  const t = reading.title.years;
  if (t && t.to > t.from) return t;
  return settings.fiscalYears;
}

/** Year keys budgets are recorded under ('unknown' when an annual plan's year could not be found). */
export function budgetYearKeys(reading: PlanReading): string[] {
  const keys = reading.years.map(String);
  if (reading.projects.some((p) => p.source.budget.some((b) => b.year === 'unknown'))) keys.push('unknown');
  return keys;
}

export function lintPlan(reading: PlanReading, options: LintOptions = {}): { findings: Finding[]; totals: PlanTotals } {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const catalogue = options.catalogue ?? DEFAULT_CATALOGUE;
  const findings: Finding[] = [];
  const totals = computeTotals(reading.projects, budgetYearKeys(reading));

  lintYears(reading, settings, findings);
  lintProjects(reading, catalogue, findings);
  lintDuplicates(reading.projects, findings);
  lintTotals(reading, totals, findings);
  lintSameSource(reading.projects, findings);
  const organisation = expectedOrganisation(reading, settings);
  // Text rules depend only on the text: run them once per distinct text (units, missions and
  // remarks repeat on many rows) and point each result at every cell holding it.
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
  return { findings, totals };
}

const NONE: TextProblem[] = [];
const concat = (a: TextProblem[], b: TextProblem[]) => (b.length === 0 ? a : a.length === 0 ? b : a.concat(b));

function lintYears(reading: PlanReading, settings: PlanSettings, findings: Finding[]): void {
  const range = planYearRange(reading, settings);
  const reported = new Set<string>();
  for (const h of reading.headers) {
    for (const c of h.columns) {
      if (c.role !== 'budget' || !c.year) continue;
      if (c.year >= range.from && c.year <= range.to) continue;
      const row = c.yearRow ?? h.rows[0];
      const key = `${row}:${c.col}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(createFinding('YEAR_OUT_OF_RANGE', row, c.col, { year: c.year, from: range.from, to: range.to }));
    }
  }
}

function lintProjects(reading: PlanReading, catalogue: Catalogue, findings: Finding[]): void {
  const hasQuarterColumns = reading.headers.some((h) => h.columns.some((c) => c.role === 'quarter'));
  const reportedMissions = new Set<string>();
  const missionKeys = new Map<string, string>();
  for (const p of reading.projects) {
    const r = p.source.row;
    const cells = p.source.budget;
    const blanks = cells.filter((b) => b.amount.kind === 'blank');
    if (blanks.length > 0 && blanks.length === cells.length) {
      findings.push(
        createFinding('BUDGET_BLANK', r, blanks[0].col, { year: cells.length > 1 ? 'all' : blanks[0].year }),
      );
    }
    for (const { year, col, amount: a } of cells) {
      const shownYear = year === 'unknown' ? '?' : year;
      if (a.kind === 'invalid')
        findings.push(createFinding('BUDGET_INVALID', r, col, { year: shownYear, text: a.text }));
      else if (a.kind === 'amount' && a.value < 0)
        findings.push(createFinding('BUDGET_NEGATIVE', r, col, { year: shownYear, value: a.value }));
      else if (a.kind === 'blank' && blanks.length < cells.length)
        findings.push(createFinding('BUDGET_BLANK', r, col, { year: shownYear }));
    }
    if (hasQuarterColumns && p.source.quarterCols.length > 0 && !p.quarters.some(Boolean)) {
      findings.push(createFinding('QUARTERS_NONE', r, p.source.quarterCols[0], {}));
    }
    if (p.mission) {
      const missionCol = p.source.cols.mission ?? p.source.cols.project ?? 0;
      const match = matchMission(p.mission, catalogue);
      let key = missionKeys.get(p.mission);
      if (key === undefined) missionKeys.set(p.mission, (key = matchKey(p.mission)));
      if (!match) {
        if (!reportedMissions.has(key))
          findings.push(createFinding('MISSION_UNKNOWN', r, missionCol, { text: p.mission }));
        reportedMissions.add(key);
      } else if (p.dimension && match.dimension !== p.dimension) {
        const k = `${key}|${p.dimension}`;
        if (!reportedMissions.has(k)) {
          findings.push(
            createFinding('MISSION_DIMENSION_MISMATCH', r, missionCol, {
              text: p.mission,
              expected: match.dimension,
              dimension: p.dimension,
            }),
          );
        }
        reportedMissions.add(k);
      }
    }
  }
}

function lintDuplicates(projects: ReadonlyArray<ReadProject>, findings: Finding[]): void {
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

const SATANG_TOLERANCE = 0.005;

function lintTotals(reading: PlanReading, totals: PlanTotals, findings: Finding[]): void {
  for (const t of reading.totals) {
    for (const [year, { amount, col }] of Object.entries(t.figures)) {
      const computed =
        t.kind === 'subtotal' && t.dimension
          ? (totals.byDimension[String(t.dimension) as '1'][year] ?? 0)
          : (totals.byYear[year] ?? 0);
      let written: number;
      let writtenText: string;
      if (amount.kind === 'invalid') {
        findings.push(createFinding('TOTAL_INVALID', t.row, col, { text: amount.text }));
        continue;
      } else if (amount.kind === 'blank') {
        if (computed === 0) continue; // an empty total over nothing budgeted says nothing wrong
        written = 0;
        writtenText = '(ว่าง)';
      } else {
        written = amount.kind === 'amount' ? amount.value : 0;
        writtenText = amount.kind === 'amount' ? (amount.dash ? '"-"' : formatAmount(written)) : '"ไม่ใช้งบประมาณ"';
      }
      if (Math.abs(written - computed) < SATANG_TOLERANCE) continue;
      const shownYear = year === 'unknown' ? '?' : year;
      if (t.kind === 'subtotal') {
        findings.push(
          createFinding('SUBTOTAL_MISMATCH', t.row, col, {
            dimension: t.dimension ?? '?',
            year: shownYear,
            written: writtenText,
            computed,
          }),
        );
      } else {
        findings.push(
          createFinding('GRAND_TOTAL_MISMATCH', t.row, col, {
            what: ` ปี ${shownYear}`,
            whatEn: ` for ${shownYear}`,
            written: writtenText,
            computed,
          }),
        );
      }
    }
    if (t.kind === 'grand') {
      t.quarterCounts.forEach((q, i) => {
        if (!q) return;
        const computed = totals.quarters[i];
        if (q.value === null) findings.push(createFinding('TOTAL_INVALID', t.row, q.col, { text: q.text }));
        else if (q.value !== computed) {
          findings.push(
            createFinding('GRAND_TOTAL_MISMATCH', t.row, q.col, {
              what: ` ไตรมาส ${i + 1} (จำนวนโครงการ)`,
              whatEn: ` quarter ${i + 1} (project count)`,
              written: q.text,
              computed,
            }),
          );
        }
      });
    }
  }
}

/** How many other rows a SAME_SOURCE_AMOUNT message names before "and N more". */
const SAME_SOURCE_ROWS_SHOWN = 5;

function lintSameSource(projects: ReadonlyArray<ReadProject>, findings: Finding[]): void {
  const groups = new Map<string, { p: ReadProject; year: string; value: number }[]>();
  for (const p of projects) {
    const remark = matchKey(p.remark).replace(/\s+/g, '');
    if (remark.length < 4) continue;
    for (const [year, value] of Object.entries(p.budgets)) {
      if (value === null || value <= 0) continue;
      const key = `${year}|${Math.round(value * 100)}|${remark}`;
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

const PLACEHOLDER_PATTERNS = [
  /ระบุ\s*(ชื่อ|งบ|จำนวน|หน่วยงาน|วันที่|เดือน|ปี|รายละเอียด|ผู้|สถานที่)/,
  /ระบบชื่อ/,
  /\{\{[^}]*\}\}/,
  /<\s*(ชื่อ|LAO|อปท)[^>]*>/i,
  /\.{4,}|…{2,}|_{4,}/,
  /xxx/i,
  /(เทศบาล(?:ตำบล|เมือง|นคร)?|อบต\.?)\s*\/\s*(องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.?|อบจ\.?)/,
];
// One scan decides whether any pattern can match; most texts have none.
const ANY_PLACEHOLDER = new RegExp(PLACEHOLDER_PATTERNS.map((r) => r.source).join('|'), 'i');

/** The words around a leftover template placeholder in `text`, or null when there is none. */
export function placeholderSnippet(text: string): string | null {
  const m = ANY_PLACEHOLDER.exec(text);
  if (!m) return null;
  const start = Math.max(0, m.index - 10);
  const end = m.index + m[0].length + 20;
  return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}

function placeholderProblems(text: string): TextProblem[] {
  const snippet = placeholderSnippet(text);
  return snippet ? [{ code: 'PLACEHOLDER', params: { text: snippet } }] : NONE;
}

interface Organisation {
  name: string;
  type: string;
}

function expectedOrganisation(reading: PlanReading, settings: PlanSettings): Organisation | null {
  const fromSettings = settings.organisation.name.trim();
  if (fromSettings) {
    const m = findOrganisations(fromSettings)[0];
    if (m) return { name: m.name, type: m.type };
    const type = settings.organisation.type;
    return { name: type + joinWrappedThai(fromSettings), type };
  }
  if (reading.title.organisation) return findOrganisations(reading.title.organisation)[0];
  // No settings, no title: the name the table uses most.
  const counts = new Map<string, { n: number; type: string }>();
  for (const cell of reading.textCells) {
    for (const m of findOrganisations(cell.text)) {
      const c = counts.get(m.name) ?? { n: 0, type: m.type };
      c.n++;
      counts.set(m.name, c);
    }
  }
  let best: Organisation | null = null;
  let bestN = 0;
  for (const [name, c] of counts) {
    if (c.n > bestN) {
      best = { name, type: c.type };
      bestN = c.n;
    }
  }
  return best;
}

const TYPE_TERMS: { type: RegExp; otherType: string; terms: [RegExp, string, string][] }[] = [
  {
    type: /^เทศบาล/,
    otherType: 'องค์การบริหารส่วนตำบล',
    terms: [
      [/พนักงานส่วนตำบล/, 'พนักงานส่วนตำบล', 'พนักงานเทศบาล'],
      [/ข้อบัญญัติ/, 'ข้อบัญญัติ', 'เทศบัญญัติ'],
      [/นายก\s*(อบต\.?|องค์การบริหารส่วนตำบล)/, 'นายก อบต.', 'นายกเทศมนตรี'],
      [/ปลัด\s*(อบต\.?|องค์การบริหารส่วนตำบล)/, 'ปลัด อบต.', 'ปลัดเทศบาล'],
      [/สภา\s*(อบต\.?|องค์การบริหารส่วนตำบล)/, 'สภา อบต.', 'สภาเทศบาล'],
    ],
  },
  {
    type: /^องค์การบริหารส่วนตำบล/,
    otherType: 'เทศบาล',
    terms: [
      [/พนักงานเทศบาล/, 'พนักงานเทศบาล', 'พนักงานส่วนตำบล'],
      [/เทศบัญญัติ/, 'เทศบัญญัติ', 'ข้อบัญญัติ'],
      [/นายกเทศมนตรี/, 'นายกเทศมนตรี', 'นายกองค์การบริหารส่วนตำบล'],
      [/ปลัดเทศบาล/, 'ปลัดเทศบาล', 'ปลัดองค์การบริหารส่วนตำบล'],
      [/สภาเทศบาล/, 'สภาเทศบาล', 'สภาองค์การบริหารส่วนตำบล'],
    ],
  },
];

const ORGANISATION_TYPE_WORD = new RegExp(ORGANISATION_TYPE_WORDS.source);
const ORGANISATION_HINT = /เทศบาล|องค์การบริหาร|พนักงาน|บัญญัติ|นายก|ปลัด|สภา/;
const TYPE_TERM_HINT = /พนักงาน|บัญญัติ|นายก|ปลัด|สภา/;

/** True when every organisation type word in the text starts the expected name (the usual case). */
function onlyExpectedOrganisation(text: string, org: Organisation): boolean {
  // The expected name starts with its type word: with every occurrence of it removed, none may remain.
  return !ORGANISATION_TYPE_WORD.test(org.name ? text.split(org.name).join('') : text);
}

function organisationProblems(cellText: string, org: Organisation): TextProblem[] {
  if (!ORGANISATION_HINT.test(cellText)) return NONE;
  // Wrap spaces can split the type word itself ("เทศบาล ตำบลเกาะตา"): look at the joined text.
  const text = joinWrappedThai(cellText);
  if (onlyExpectedOrganisation(text, org) && !TYPE_TERM_HINT.test(text)) return NONE;
  const out: TextProblem[] = [];
  const seen = new Set<string>();
  for (const m of findOrganisations(text)) {
    if (seen.has(m.name) || m.name === org.name || text.startsWith(org.name, m.index)) continue;
    seen.add(m.name);
    out.push({ code: 'ORG_NAME_MISMATCH', params: { found: m.name, expected: org.name } });
  }
  const rules = TYPE_TERMS.find((t) => t.type.test(org.type));
  for (const [re, term, suggest] of rules ? rules.terms : []) {
    if (re.test(text))
      out.push({ code: 'ORG_TYPE_TERM', params: { term, otherType: rules!.otherType, type: org.type, suggest } });
  }
  return out.length ? out : NONE;
}

const FOREIGN = /[^\p{Script=Thai}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu;
// Thai, Latin, general punctuation and symbols: text made only of these needs no script check.
const SURELY_NATIVE =
  /^[\u0000-\u024f\u0e00-\u0e7f\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u23ff\u25a0-\u27bf]*$/;

function foreignScriptProblems(text: string): TextProblem[] {
  if (SURELY_NATIVE.test(text) || !hasThai(text)) return NONE;
  const chars = [...new Set(text.match(FOREIGN) ?? [])];
  if (chars.length === 0) return NONE;
  const codes = chars.map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(', ');
  return [{ code: 'FOREIGN_SCRIPT', params: { chars: chars.join(''), codes } }];
}

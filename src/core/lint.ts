/**
 * Lint rules over a plan reading: budgets, dimensions and sub-missions, duplicates, totals that
 * disagree with the projects, fiscal years outside the plan, template placeholders, organisation
 * names and terms, amounts counted twice through a shared source, foreign-script characters.
 */
import { DEFAULT_CATALOGUE, matchMission } from './catalogue';
import { createFinding, type Finding } from './findings';
import { findOrganisations } from './organisation';
import type { PlanReading, ReadProject } from './reader';
import type { Catalogue, PlanSettings } from './schema';
import { DEFAULT_SETTINGS } from './schema';
import { computeTotals, type PlanTotals } from './totals';
import { formatAmount } from './format';
import { compactKey, hasThai, joinWrappedThai, matchKey } from './text';

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
  if (reading.projects.some((p) => 'unknown' in p.source.amounts)) keys.push('unknown');
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
  for (const cell of reading.textCells) {
    lintPlaceholders(cell, findings);
    if (organisation) lintOrganisation(cell, organisation, findings);
    lintForeignScript(cell, findings);
  }
  return { findings, totals };
}

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
  for (const p of reading.projects) {
    const r = p.source.row;
    const entries = Object.entries(p.source.amounts);
    const blanks = entries.filter(([, a]) => a.kind === 'blank');
    if (blanks.length > 0 && blanks.length === entries.length) {
      findings.push(createFinding('BUDGET_BLANK', r, p.source.budgetCols[blanks[0][0]], { year: entries.length > 1 ? 'ทุกปี' : blanks[0][0] }));
    }
    for (const [year, a] of entries) {
      const col = p.source.budgetCols[year];
      const shownYear = year === 'unknown' ? '?' : year;
      if (a.kind === 'invalid') findings.push(createFinding('BUDGET_INVALID', r, col, { year: shownYear, text: a.text }));
      else if (a.kind === 'amount' && a.value < 0) findings.push(createFinding('BUDGET_NEGATIVE', r, col, { year: shownYear, value: a.value }));
      else if (a.kind === 'blank' && blanks.length < entries.length) findings.push(createFinding('BUDGET_BLANK', r, col, { year: shownYear }));
    }
    if (hasQuarterColumns && p.source.quarterCols.length > 0 && !p.quarters.some(Boolean)) {
      findings.push(createFinding('QUARTERS_NONE', r, p.source.quarterCols[0], {}));
    }
    if (p.mission) {
      const missionCol = p.source.cols.mission ?? p.source.cols.project ?? 0;
      const match = matchMission(p.mission, catalogue);
      const key = matchKey(p.mission);
      if (!match) {
        if (!reportedMissions.has(key)) findings.push(createFinding('MISSION_UNKNOWN', r, missionCol, { text: p.mission }));
        reportedMissions.add(key);
      } else if (p.dimension && match.dimension !== p.dimension) {
        const k = `${key}|${p.dimension}`;
        if (!reportedMissions.has(k)) {
          findings.push(createFinding('MISSION_DIMENSION_MISMATCH', r, missionCol, { text: p.mission, expected: match.dimension, dimension: p.dimension }));
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
    const key = matchKey(p.name).replace(/\s+/g, '');
    const earlier = first.get(key);
    if (earlier) findings.push(createFinding('DUPLICATE_PROJECT', p.source.row, p.source.cols.project ?? 0, { other: earlier.row, text: p.name }));
    else first.set(key, p);
  }
}

const SATANG_TOLERANCE = 0.005;

function lintTotals(reading: PlanReading, totals: PlanTotals, findings: Finding[]): void {
  for (const t of reading.totals) {
    for (const [year, { amount, col }] of Object.entries(t.figures)) {
      const computed = t.kind === 'subtotal' && t.dimension ? totals.byDimension[String(t.dimension) as '1'][year] ?? 0 : totals.byYear[year] ?? 0;
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
        findings.push(createFinding('SUBTOTAL_MISMATCH', t.row, col, { dimension: t.dimension ?? '?', year: shownYear, written: writtenText, computed }));
      } else {
        findings.push(createFinding('GRAND_TOTAL_MISMATCH', t.row, col, { what: ` ปี ${shownYear}`, whatEn: ` for ${shownYear}`, written: writtenText, computed }));
      }
    }
    if (t.kind === 'grand') {
      t.quarterCounts.forEach((q, i) => {
        if (!q) return;
        const computed = totals.quarters[i];
        if (q.value === null) findings.push(createFinding('TOTAL_INVALID', t.row, q.col, { text: q.text }));
        else if (q.value !== computed) {
          findings.push(createFinding('GRAND_TOTAL_MISMATCH', t.row, q.col, { what: ` ไตรมาส ${i + 1} (จำนวนโครงการ)`, whatEn: ` quarter ${i + 1} (project count)`, written: q.text, computed }));
        }
      });
    }
  }
}

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
    for (const item of list) {
      const others = list.filter((x) => x !== item).map((x) => x.p.row);
      findings.push(createFinding('SAME_SOURCE_AMOUNT', item.p.source.row, item.p.source.budgetCols[item.year], { value: item.value, rows: others.join(', ') }));
    }
  }
}

const PLACEHOLDERS: RegExp[] = [
  /ระบุ\s*(ชื่อ|งบ|จำนวน|หน่วยงาน|วันที่|เดือน|ปี|รายละเอียด|ผู้|สถานที่)/,
  /ระบบชื่อ/,
  /\{\{[^}]*\}\}/,
  /<\s*(ชื่อ|LAO|อปท)[^>]*>/i,
  /\.{4,}|…{2,}|_{4,}/,
  /xxx/i,
  /(เทศบาล(?:ตำบล|เมือง|นคร)?|อบต\.?)\s*\/\s*(องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.?|อบจ\.?)/,
];

function lintPlaceholders(cell: { row: number; col: number; text: string }, findings: Finding[]): void {
  for (const re of PLACEHOLDERS) {
    const m = re.exec(cell.text);
    if (!m) continue;
    const start = Math.max(0, m.index - 10);
    const snippet = (start > 0 ? '…' : '') + cell.text.slice(start, m.index + m[0].length + 20).trim() + (m.index + m[0].length + 20 < cell.text.length ? '…' : '');
    findings.push(createFinding('PLACEHOLDER', cell.row, cell.col, { text: snippet }));
    return;
  }
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

function lintOrganisation(cell: { row: number; col: number; text: string }, org: Organisation, findings: Finding[]): void {
  const text = joinWrappedThai(cell.text);
  const expectedKey = compactKey(org.name);
  const seen = new Set<string>();
  for (const m of findOrganisations(text)) {
    if (seen.has(m.name) || compactKey(text.slice(m.index)).startsWith(expectedKey)) continue;
    seen.add(m.name);
    findings.push(createFinding('ORG_NAME_MISMATCH', cell.row, cell.col, { found: m.name, expected: org.name }));
  }
  const rules = TYPE_TERMS.find((t) => t.type.test(org.type));
  if (!rules) return;
  for (const [re, term, suggest] of rules.terms) {
    if (re.test(text)) findings.push(createFinding('ORG_TYPE_TERM', cell.row, cell.col, { term, otherType: rules.otherType, type: org.type, suggest }));
  }
}

const FOREIGN = /[^\p{Script=Thai}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu;

function lintForeignScript(cell: { row: number; col: number; text: string }, findings: Finding[]): void {
  if (!hasThai(cell.text)) return;
  const chars = [...new Set(cell.text.match(FOREIGN) ?? [])];
  if (chars.length === 0) return;
  const codes = chars.map((c) => 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(', ');
  findings.push(createFinding('FOREIGN_SCRIPT', cell.row, cell.col, { chars: chars.join(''), codes }));
}

/**
 * Organisation names and terms (docs/domain.md#organisations): another organisation's name, and
 * terms of the other organisation type ("ข้อบัญญัติ" in a municipality's plan).
 */
import { findOrganisations, ORGANISATION_TYPE_WORDS } from '../../read/organisation';
import type { PlanReading } from '../../read/planReader';
import type { PlanSettings } from '../../../shared/settings';
import { joinWrappedThai } from '../../read/text';
import { NONE, type TextProblem } from './textProblem';

export interface Organisation {
  name: string;
  type: string;
}

/** The organisation the plan is for: from the settings, else the title, else the name the table uses most. */
export function expectedOrganisation(reading: PlanReading, settings: PlanSettings): Organisation | null {
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

export function organisationProblems(cellText: string, org: Organisation): TextProblem[] {
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

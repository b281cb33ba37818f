/**
 * Organisation names in plan text ("เทศบาลตำบลบึงเค็งตา", "องค์การบริหารส่วนตำบลเมืองน้อย").
 * Thai runs words together, so a name is cut where the sentence visibly goes on ("…ตาด้วยการ…").
 */
import { joinWrappedThai } from './text';

export const ORGANISATION_TYPE_WORDS = /(เทศบาลนคร|เทศบาลเมือง|เทศบาลตำบล|องค์การบริหารส่วนจังหวัด|องค์การบริหารส่วนตำบล)/g;

const NAME_STOP = /(อำเภอ|จังหวัด|ด้วย|ให้|ใน|และ|ที่|เพื่อ|ของ|จึง|ได้|มี|เป็น|โดย|ซึ่ง|ตาม|กับ|ต่อ|ทุก|ประจำ|เรื่อง|ว่าด้วย|นั้น|นี้)/;

export interface OrganisationMention {
  /** Type word plus name, e.g. "เทศบาลตำบลบึงเค็งตา". */
  name: string;
  type: string;
  /** Index in the text after wrap spaces were removed. */
  index: number;
}

/** Every organisation named in `text` (a type word alone, used generically, is not a mention). */
export function findOrganisations(text: string): OrganisationMention[] {
  const joined = joinWrappedThai(text);
  const out: OrganisationMention[] = [];
  for (const m of joined.matchAll(ORGANISATION_TYPE_WORDS)) {
    const type = m[1];
    const rest = joined.slice(m.index! + type.length).replace(/^ (?=[ก-๛])/, '');
    const run = /^[ก-๛]*/.exec(rest)![0].slice(0, 30);
    // The first 2 characters always belong to the name ("ในเมือง" must not stop at "ใน").
    const stop = NAME_STOP.exec(run.slice(2));
    const name = stop ? run.slice(0, stop.index + 2) : run;
    if (name.length >= 2) out.push({ name: type + name, type, index: m.index! });
  }
  return out;
}

/** An organisation as the settings hold it: its name (with or without the type word) and its type. */
export interface OrganisationSetting {
  name: string;
  type: string;
}

/**
 * The parts documents write: the type (as set, else the type word the name starts with), the name
 * without it ("บึงเค็งตา") and the full name ("เทศบาลตำบลบึงเค็งตา"), so "บึงเค็งตา" with type
 * เทศบาลตำบล and "เทศบาลตำบลบึงเค็งตา" with no type come out the same; a type word the name starts
 * with is the one used.
 */
export function organisationParts(org: OrganisationSetting): { type: string; bare: string; full: string } {
  const name = org.name.trim();
  const leading = new RegExp(`^${ORGANISATION_TYPE_WORDS.source}\\s*`).exec(name);
  // The name's own type word wins over a type set apart from it.
  const type = leading?.[1] ?? org.type;
  const bare = leading ? name.slice(leading[0].length) : name;
  return { type, bare, full: `${type}${bare}` };
}

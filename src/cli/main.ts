/**
 * `saisaat` command line: the same core as the add-on, on exported .xlsx/.csv files, with no
 * Google account. Exit codes: 0 no errors (warnings allowed), 1 the plan has errors, 2 the file
 * or the command line cannot be used. Never prints a stack trace for a user mistake. Thai by default;
 * with --lang en every message is English.
 */
import { parseArgs } from 'node:util';
import { checkGrid } from '../core/check/check';
import { PlanSettingsSchema, type PlanSettingsInput } from '../shared/settings';
import { issuesText } from '../shared/userMessage';
import { formatSummary, type Lang } from './checkSummary';
import { CliError, UsageError } from './errors';
import { checkOutDir } from './outputFolder';
import { formatReportSummary, parseRound, reportDocumentInput, roundReport } from './reportCommand';
import { formulaLookup, pickPlanSheet, readingWarnings, readWorkbook, type ReadingWarning } from './workbook';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const VERSION = '0.1.0';

const HELP = `ใสสะอาด (SaiSaat) — ตรวจแผนปฏิบัติการป้องกันการทุจริตจากไฟล์ .xlsx/.csv

การใช้งาน / Usage:
  saisaat check FILE [--sheet NAME] [--json] [options]
  saisaat docs FILE --out DIR [--sheet NAME] [--details-sheet NAME] [--digits thai|arabic] [--date YYYY-MM-DD]
  saisaat report FILE --round 6|12 [--year Y] [--sheet NAME] [--json]
         [--out DIR --signer "ชื่อ-สกุล" --position "ตำแหน่ง" [--problems TEXT --suggestions TEXT] [--date YYYY-MM-DD]]
  saisaat announce FILE --out DIR [--date YYYY-MM-DD] [--signer "ชื่อ-สกุล" --position "ตำแหน่ง"]
  saisaat annual FILE --year Y --out FILE.xlsx [--include ID,ID|all] [--sheet NAME] [--json]

ตัวเลือก / Options:
  --sheet NAME     แผ่นงานที่จะตรวจ (ไม่ระบุ: เลือกแผ่นงานที่เป็นตารางแผนให้เอง)
  --json           พิมพ์ผลเป็น JSON หนึ่งออบเจกต์ / print one JSON object
  --org NAME       ชื่อหน่วยงาน เช่น "เทศบาลตำบลบึงเค็งตา" (ใช้ตรวจชื่อที่ไม่ตรงกัน)
  --years A-B      ช่วงปีงบประมาณของแผน (ค่าเริ่มต้น: ตามชื่อแผนและหัวตาราง)
  --year Y         ปีงบประมาณของแผนประจำปี เมื่อชื่อแผนไม่ได้ระบุปี
  --lang th|en     ภาษาของผลการตรวจ / language of the summary (th)
  --out DIR        (docs) โฟลเดอร์ที่จะเขียนไฟล์ .docx / folder for the .docx files
  --details-sheet NAME  (docs) แผ่นงานรายละเอียดโครงการ (ค่าเริ่มต้น "รายละเอียดโครงการ")
  --digits thai|arabic  (docs) ตัวเลขในเอกสาร (ค่าเริ่มต้น เลขไทย)
  --date YYYY-MM-DD     (docs) วันที่บนปกเอกสารแผน (ค่าเริ่มต้น วันนี้)
  --round 6|12     (report) รอบรายงานผล ๖ หรือ ๑๒ เดือน (--year: ปีที่รายงาน ค่าเริ่มต้นตามแผนประจำปี)
  --date YYYY-MM-DD     (docs) วันที่บนปกเอกสารแผน (announce) วันที่ประกาศ (ค่าเริ่มต้น วันนี้)
  --signer NAME    (announce) ชื่อ-สกุลผู้ลงนาม (ไม่ระบุ: เว้นบรรทัดให้เขียน)
  --position POS   (announce) ตำแหน่งผู้ลงนาม (ค่าเริ่มต้น นายกฯ ตามประเภทหน่วยงาน)
  --problems TEXT  (report --out) ปัญหาอุปสรรค (--suggestions: ข้อเสนอแนะ) ต้องมีในรอบ ๑๒ เดือน; --date: ข้อมูล ณ วันที่
  --include ID,ID|all   (annual) รวมโครงการที่ปีนั้นเป็น "-" หรือว่างเข้าในแผนประจำปี
  -h, --help       วิธีใช้ / this help
  -v, --version    รุ่นโปรแกรม / version

รหัสออก / Exit codes: 0 ไม่มีข้อผิดพลาด (อาจมีคำเตือน) · 1 แผนมีข้อผิดพลาด · 2 อ่านไฟล์หรือคำสั่งไม่ได้ หรือเขียนเอกสารไม่ได้
`;

const HELP_EN = `SaiSaat (ใสสะอาด) — checks anti-corruption action plans in .xlsx/.csv files

Usage:
  saisaat check FILE [--sheet NAME] [--json] [options]
  saisaat docs FILE --out DIR [--sheet NAME] [--details-sheet NAME] [--digits thai|arabic] [--date YYYY-MM-DD]
  saisaat report FILE --round 6|12 [--year Y] [--sheet NAME] [--json]
         [--out DIR --signer "full name" --position "position" [--problems TEXT --suggestions TEXT] [--date YYYY-MM-DD]]
  saisaat announce FILE --out DIR [--date YYYY-MM-DD] [--signer "full name" --position "position"]
  saisaat annual FILE --year Y --out FILE.xlsx [--include ID,ID|all] [--sheet NAME] [--json]

Options:
  --sheet NAME     the sheet to check (default: the sheet that holds a plan table)
  --json           print one JSON object
  --org NAME       the organisation's name, e.g. "เทศบาลตำบลบึงเค็งตา" (to find names that differ)
  --years A-B      the plan's fiscal years, BE (default: as its title and header say)
  --year Y         an annual plan's fiscal year, when its title gives none
  --lang th|en     language of every message (th)
  --out DIR        (docs) folder for the .docx files
  --details-sheet NAME  (docs) the project details sheet (default "รายละเอียดโครงการ")
  --digits thai|arabic  (docs) digits in the documents (default Thai digits)
  --date YYYY-MM-DD     (docs) the date on the plan document's cover (default today)
  --round 6|12     (report) the follow-up round (--year: the year reported, default the annual plan's)
  --date YYYY-MM-DD     (docs) the date on the plan document's cover, (announce) the announcement's date (default today)
  --signer NAME    (announce) the signer's full name (default: a line left to write it on)
  --position POS   (announce) the signer's position (default: the head of the organisation by its type)
  --problems TEXT  (report --out) problems (--suggestions: suggestions), required in round 12; --date: figures as of
  --include ID,ID|all   (annual) also include projects with "-" or nothing in that year
  -h, --help       this help
  -v, --version    version

Exit codes: 0 no errors (warnings allowed) · 1 the plan has errors · 2 the file or the command line cannot be used, or a document cannot be written
`;

const OPTIONS = {
  sheet: { type: 'string' },
  json: { type: 'boolean' },
  org: { type: 'string' },
  years: { type: 'string' },
  year: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  'details-sheet': { type: 'string' },
  digits: { type: 'string' },
  date: { type: 'string' },
  round: { type: 'string' },
  signer: { type: 'string' },
  position: { type: 'string' },
  problems: { type: 'string' },
  suggestions: { type: 'string' },
  include: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = Record<string, string | boolean | undefined>;

function settingsFrom(values: { org?: string; years?: string; year?: string; digits?: string }): PlanSettingsInput {
  const input: PlanSettingsInput = {};
  if (values.digits) {
    if (values.digits !== 'thai' && values.digits !== 'arabic')
      throw new UsageError({
        th: `--digits ต้องเป็น thai หรือ arabic (ได้รับ "${values.digits}")`,
        en: `--digits must be thai or arabic (got "${values.digits}")`,
      });
    input.documents = { digits: values.digits };
  }
  if (values.org) input.organisation = { name: values.org };
  if (values.years) {
    const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(values.years.trim());
    if (!m)
      throw new UsageError({
        th: `--years ต้องเป็นช่วงปี พ.ศ. เช่น 2566-2570 (ได้รับ "${values.years}")`,
        en: `--years must be a range of BE years, e.g. 2566-2570 (got "${values.years}")`,
      });
    input.fiscalYears = { from: Number(m[1]), to: Number(m[2]) };
  }
  if (values.year) {
    if (!/^\d{4}$/.test(values.year.trim()))
      throw new UsageError({
        th: `--year ต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ "${values.year}")`,
        en: `--year must be a BE year, e.g. 2567 (got "${values.year}")`,
      });
    input.annualYear = Number(values.year);
    input.planKind = 'annual';
  }
  return input;
}

function settingsOf(values: Values) {
  const parsed = PlanSettingsSchema.safeParse(
    settingsFrom(values as { org?: string; years?: string; year?: string; digits?: string }),
  );
  if (!parsed.success) {
    const problems = issuesText(parsed.error.issues);
    throw new UsageError({ th: `การตั้งค่าไม่ถูกต้อง: ${problems.th}`, en: `Invalid settings: ${problems.en}` });
  }
  return parsed.data;
}

/** The cover date: --date, else today in Bangkok. */
function coverDate(value: string | undefined): { year: number; month: number; day: number } {
  if (value !== undefined) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
    if (!m)
      throw new UsageError({
        th: `--date ต้องเป็นวันที่แบบ YYYY-MM-DD เช่น 2022-09-30 (ได้รับ "${value}")`,
        en: `--date must be a date written YYYY-MM-DD, e.g. 2022-09-30 (got "${value}")`,
      });
    const year = Number(m[1]) > 2400 ? Number(m[1]) - 543 : Number(m[1]);
    const [month, day] = [Number(m[2]), Number(m[3])];
    // Date.UTC rolls 30 February over into March: a real date reads back as written.
    const back = new Date(Date.UTC(year, month - 1, day));
    if (year < 1900 || year > 2200 || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
      throw new UsageError({
        th: `--date "${value}" ไม่ใช่วันที่ที่มีจริง: เดือนต้องเป็น 1–12 และวันต้องมีในเดือนนั้น (ปี ค.ศ. หรือ พ.ศ. เช่น 2022-09-30 หรือ 2565-09-30)`,
        en: `--date "${value}" is not a real date: the month must be 1–12 and the day must exist in it (CE or BE year, e.g. 2022-09-30 or 2565-09-30)`,
      });
    return { year, month, day };
  }
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year, month, day };
}

/** What every command writing documents needs: --out (checked usable before anything is read), the settings, the date. */
async function documentOptions(values: Values) {
  if (typeof values.out !== 'string' || values.out === '')
    throw new UsageError({
      th: 'ต้องระบุโฟลเดอร์ปลายทางด้วย --out เช่น --out เอกสาร',
      en: 'Give the folder to write to with --out, e.g. --out documents',
    });
  const settings = settingsOf(values);
  const date = coverDate(values.date as string | undefined);
  await checkOutDir(values.out);
  return { outDir: values.out, settings, date };
}

async function docs(file: string, values: Values, lang: Lang, io: Io): Promise<number> {
  // Loaded only for this command: the .docx library adds a tenth of a second to every `check`.
  const { docsExitCode, formatDocsSummary, writeDocs } = await import('./docsCommand');
  const { outDir, settings, date } = await documentOptions(values);
  const sheets = await readWorkbook(file);
  const result = await writeDocs(sheets, {
    planSheet: values.sheet as string | undefined,
    detailsSheet: values['details-sheet'] as string | undefined,
    outDir,
    settings,
    date,
  });
  io.out(formatDocsSummary(result, lang));
  warn(readingWarnings(sheets), lang, io);
  return docsExitCode(result);
}

async function announce(file: string, values: Values, lang: Lang, io: Io): Promise<number> {
  const { formatAnnounceSummary, writeAnnouncement } = await import('./announceCommand');
  const { outDir, settings, date } = await documentOptions(values);
  const result = await writeAnnouncement({
    file,
    planSheet: values.sheet as string | undefined,
    outDir,
    settings,
    date,
    signer: { name: (values.signer as string | undefined) ?? '', position: values.position as string | undefined },
  });
  io.out(formatAnnounceSummary(result, lang));
  return result.refused.length ? 2 : 0;
}

/** `saisaat annual`: the annual plan of --year from a 5-year plan, merged into --out when it is one already. */
async function annual(file: string, values: Values, lang: Lang, io: Io): Promise<number> {
  const { formatAnnual, parseInclude, parseYear, writeAnnual } = await import('./annualCommand');
  const year = parseYear(values.year);
  const { year: _annualYear, ...fiveYear } = values;
  const result = await writeAnnual(file, {
    year,
    out: values.out as string,
    include: parseInclude(values.include),
    sheet: values.sheet as string | undefined,
    settings: settingsOf(fiveYear),
  });
  if (values.json) writeJson(result, io.out);
  else io.out(formatAnnual(result, lang));
  return 0;
}

/** What reading the file left to say, one line each on stderr in the chosen language. */
function warn(warnings: ReadingWarning[], lang: Lang, io: Io): void {
  for (const w of warnings) io.err(`⚠ ${lang === 'en' ? w.messageEn : w.message}`);
}

/**
 * What JSON.stringify(value, null, 2) gives, written piece by piece: a large report is never one
 * string (V8 caps a string at 512 MB). Top-level arrays (the findings, the projects) go item by
 * item, in writes of about 64 KB. Every write but the last ends with a newline, so `out` (which
 * ends a write without one with a newline) adds only the final one, as for one write.
 */
export function writeJson(value: object, out: (text: string) => void): void {
  const entries = Object.entries(value).filter(([, v]) => !['undefined', 'function', 'symbol'].includes(typeof v));
  if (entries.length === 0) return out('{}');
  const nested = (v: unknown, pad: string) => (JSON.stringify(v, null, 2) ?? 'null').replace(/\n/g, `\n${pad}`);
  let text = '{\n';
  entries.forEach(([key, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    text += `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(v) || v.length === 0) {
      text += `${nested(v, '  ')}${comma}\n`;
      return;
    }
    text += '[\n';
    v.forEach((item, j) => {
      text += `    ${nested(item, '    ')}${j < v.length - 1 ? ',' : ''}\n`;
      if (text.length > 65536) {
        out(text);
        text = '';
      }
    });
    text += `  ]${comma}\n`;
  });
  out(`${text}}`);
}

async function check(file: string, values: Values, lang: Lang, io: Io): Promise<number> {
  const settings = settingsOf(values);
  const sheets = await readWorkbook(file);
  const sheet = pickPlanSheet(sheets, values.sheet as string | undefined);
  const warnings = readingWarnings(sheets);
  const { report } = checkGrid(sheet.grid, sheet.name, { settings, formulaAt: formulaLookup(sheet) });
  warn(warnings, lang, io);
  // Warnings only when there are some: the object of a normal plan stays as it was.
  if (values.json) writeJson(warnings.length ? { ...report, warnings } : report, io.out);
  else io.out(formatSummary(report, file, lang));
  return report.counts.errors > 0 ? 1 : 0;
}

async function followUpReport(file: string, values: Values, lang: Lang, io: Io): Promise<number> {
  const round = parseRound(values.round);
  const settings = settingsOf(values);
  const sheets = await readWorkbook(file);
  const data = roundReport(sheets, { sheet: values.sheet as string | undefined, settings, round });
  warn(readingWarnings(sheets), lang, io);
  if (values.json) writeJson(data.figures, io.out);
  else io.out(formatReportSummary(data, file, lang));
  if (values.out !== undefined) {
    // Loaded only with --out: the .docx and chart libraries stay out of the figures' path.
    const { writeReportDocx, formatReportDocxSummary } = await import('./reportDocx');
    const { outDir, settings: docSettings, date } = await documentOptions(values);
    const written = await writeReportDocx(
      reportDocumentInput(data, docSettings, date, values),
      outDir,
      docSettings.documents.font,
    );
    (values.json ? io.err : io.out)(formatReportDocxSummary(written, lang));
    if (written.refused.length) return 2;
  }
  return data.check.counts.errors > 0 ? 1 : 0;
}

const COMMANDS = { check, docs, report: followUpReport, announce, annual } as const;

/** --lang, read on its own first: a command line that cannot be parsed is reported in that language too. */
function requestedLang(argv: string[]): Lang {
  const { values } = parseArgs({ args: argv, strict: false, allowPositionals: true, options: { lang: OPTIONS.lang } });
  return values.lang === 'en' ? 'en' : 'th';
}

/** --lang itself: th or en, nothing else. */
function checkLang(value: unknown): void {
  if (value !== undefined && value !== 'th' && value !== 'en')
    throw new UsageError({
      th: `--lang ต้องเป็น th หรือ en (ได้รับ "${String(value)}")`,
      en: `--lang must be th or en (got "${String(value)}")`,
    });
}

/** Node's own words for a command line it cannot parse, said for users (the option named, in both languages). */
function parseError(e: Error & { code?: string }): { th: string; en: string } {
  const option = /'(-{1,2}[^\s']+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return {
      th: `ตัวเลือก ${option} ต้องมีค่าตามหลัง (เช่น ${option} ค่า) — ดูวิธีใช้ด้านล่าง`,
      en: `The option ${option} needs a value after it (e.g. ${option} value) — see the usage below`,
    };
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return { th: `ไม่รู้จักตัวเลือก ${option} — ดูวิธีใช้ด้านล่าง`, en: `Unknown option ${option} — see the usage below` };
  return { th: 'คำสั่งไม่ถูกต้อง — ดูวิธีใช้ด้านล่าง', en: 'The command line cannot be read — see the usage below' };
}

/** The command and its one file, or the mistake in both languages. */
function commandOf(positionals: string[]): { command: keyof typeof COMMANDS; file: string } {
  const [command, file, ...rest] = positionals;
  if (!Object.hasOwn(COMMANDS, command))
    throw new UsageError({
      th: `ไม่รู้จักคำสั่ง "${command}"\n\n${HELP}`,
      en: `Unknown command "${command}"\n\n${HELP_EN}`,
    });
  if (!file)
    throw new UsageError({
      th: `ต้องระบุไฟล์ เช่น saisaat ${command} แผน.xlsx`,
      en: `Give the file, e.g. saisaat ${command} plan.xlsx`,
    });
  if (rest.length)
    throw new UsageError({
      th: `ทำได้ครั้งละหนึ่งไฟล์ (เกินมา: ${rest.join(' ')})`,
      en: `One file at a time (extra: ${rest.join(' ')})`,
    });
  return { command: command as keyof typeof COMMANDS, file };
}

/** A user's mistake: its text in the chosen language on stderr, and both as the one JSON object with --json. */
function report(e: CliError, json: boolean, lang: Lang, io: Io): number {
  if (json) io.out(JSON.stringify({ error: { code: e.code, message: e.text.th, messageEn: e.text.en } }, null, 2));
  io.err(e.text[lang]);
  return 2;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const lang = requestedLang(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    const why = parseError(e as Error);
    io.err(lang === 'en' ? `${why.en}\n\n${HELP_EN}` : `${why.th}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    io.out(lang === 'en' ? HELP_EN : HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  try {
    checkLang(values.lang);
    const run = commandOf(positionals);
    return await COMMANDS[run.command](run.file, values, lang, io);
  } catch (e) {
    if (e instanceof CliError) return report(e, Boolean(values.json), lang, io);
    throw e;
  }
}

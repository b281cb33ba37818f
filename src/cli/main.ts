/**
 * `saisaat` command line: the same core as the add-on, on exported .xlsx/.csv files, with no
 * Google account. Exit codes: 0 no errors (warnings allowed), 1 the plan has errors, 2 the file
 * or the command line cannot be used. Never prints a stack trace for a user mistake.
 */
import { parseArgs } from 'node:util';
import { checkGrid } from '../core/check/check';
import { PlanSettingsSchema, type PlanSettingsInput } from '../shared/settings';
import { formatSummary, type Lang } from './checkSummary';
import { pickPlanSheet, readWorkbook, UnreadableFileError } from './workbook';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const VERSION = '0.1.0';

const HELP = `ใสสะอาด (SaiSaat) — ตรวจแผนปฏิบัติการป้องกันการทุจริตจากไฟล์ .xlsx/.csv

การใช้งาน / Usage:
  saisaat check FILE [--sheet NAME] [--json] [options]
  saisaat docs FILE --out DIR [--sheet NAME] [--details-sheet NAME] [--digits thai|arabic] [--date YYYY-MM-DD]

ตัวเลือก / Options:
  --sheet NAME     แผ่นงานที่จะตรวจ (ไม่ระบุ: เลือกแผ่นงานที่เป็นตารางแผนให้เอง)
  --json           พิมพ์ผลเป็น JSON หนึ่งออบเจกต์ / print one JSON object
  --org NAME       ชื่อหน่วยงาน เช่น "เทศบาลตำบลบึงเค็งตา" (ใช้ตรวจชื่อที่ไม่ตรงกัน)
  --years A-B      ช่วงปีงบประมาณของแผน (ค่าเริ่มต้น 2566-2570)
  --year Y         ปีงบประมาณของแผนประจำปี เมื่อชื่อแผนไม่ได้ระบุปี
  --lang th|en     ภาษาของผลการตรวจ / language of the summary (th)
  --out DIR        (docs) โฟลเดอร์ที่จะเขียนไฟล์ .docx / folder for the .docx files
  --details-sheet NAME  (docs) แผ่นงานรายละเอียดโครงการ (ค่าเริ่มต้น "รายละเอียดโครงการ")
  --digits thai|arabic  (docs) ตัวเลขในเอกสาร (ค่าเริ่มต้น เลขไทย)
  --date YYYY-MM-DD     (docs) วันที่บนปกเอกสารแผน (ค่าเริ่มต้น วันนี้)
  -h, --help       วิธีใช้ / this help
  -v, --version    รุ่นโปรแกรม / version

รหัสออก / Exit codes: 0 ไม่มีข้อผิดพลาด (อาจมีคำเตือน) · 1 แผนมีข้อผิดพลาด · 2 อ่านไฟล์หรือคำสั่งไม่ได้
`;

class UsageError extends Error {}

function settingsFrom(values: { org?: string; years?: string; year?: string; digits?: string }): PlanSettingsInput {
  const input: PlanSettingsInput = {};
  if (values.digits) {
    if (values.digits !== 'thai' && values.digits !== 'arabic')
      throw new UsageError(`--digits ต้องเป็น thai หรือ arabic (ได้รับ "${values.digits}")`);
    input.documents = { digits: values.digits };
  }
  if (values.org) input.organisation = { name: values.org };
  if (values.years) {
    const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(values.years.trim());
    if (!m) throw new UsageError(`--years ต้องเป็นช่วงปี พ.ศ. เช่น 2566-2570 (ได้รับ "${values.years}")`);
    input.fiscalYears = { from: Number(m[1]), to: Number(m[2]) };
  }
  if (values.year) {
    if (!/^\d{4}$/.test(values.year.trim()))
      throw new UsageError(`--year ต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ "${values.year}")`);
    input.annualYear = Number(values.year);
    input.planKind = 'annual';
  }
  return input;
}

function settingsOf(values: Record<string, string | boolean | undefined>) {
  const parsed = PlanSettingsSchema.safeParse(
    settingsFrom(values as { org?: string; years?: string; year?: string; digits?: string }),
  );
  if (!parsed.success) throw new UsageError(`การตั้งค่าไม่ถูกต้อง: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

/** The cover date: --date, else today in Bangkok. */
function coverDate(value: string | undefined): { year: number; month: number; day: number } {
  if (value !== undefined) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
    if (!m) throw new UsageError(`--date ต้องเป็นวันที่แบบ YYYY-MM-DD เช่น 2022-09-30 (ได้รับ "${value}")`);
    const year = Number(m[1]) > 2400 ? Number(m[1]) - 543 : Number(m[1]);
    return { year, month: Number(m[2]), day: Number(m[3]) };
  }
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' })
    .format(new Date())
    .split('-')
    .map(Number);
  return { year, month, day };
}

async function docs(file: string, values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  // Loaded only for this command: the .docx library adds a tenth of a second to every `check`.
  const { formatDocsSummary, writeDocs } = await import('./docsCommand');
  const lang: Lang = values.lang === 'en' ? 'en' : 'th';
  if (typeof values.out !== 'string' || values.out === '')
    throw new UsageError('ต้องระบุโฟลเดอร์ปลายทางด้วย --out เช่น --out เอกสาร');
  const settings = settingsOf(values);
  const date = coverDate(values.date as string | undefined);
  const sheets = await readWorkbook(file);
  const result = await writeDocs(sheets, {
    planSheet: values.sheet as string | undefined,
    detailsSheet: values['details-sheet'] as string | undefined,
    outDir: values.out,
    settings,
    date,
  });
  io.out(formatDocsSummary(result, lang));
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function check(file: string, values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const lang: Lang = values.lang === 'en' ? 'en' : 'th';
  const settings = settingsOf(values);
  const sheets = await readWorkbook(file);
  const sheet = pickPlanSheet(sheets, values.sheet as string | undefined);
  const { report } = checkGrid(sheet.grid, sheet.name, { settings });
  if (values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(formatSummary(report, file, lang));
  return report.counts.errors > 0 ? 1 : 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    io.err(`คำสั่งไม่ถูกต้อง: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const json = Boolean(values.json);
  const fail = (th: string, en: string, code: string) => {
    if (json) io.out(JSON.stringify({ error: { code, message: th, messageEn: en } }, null, 2));
    io.err(values.lang === 'en' ? en : th);
    return 2;
  };
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  const [command, file, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.out(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== 'check' && command !== 'docs')
    return fail(`ไม่รู้จักคำสั่ง "${command}"\n\n${HELP}`, `Unknown command "${command}"`, 'USAGE');
  if (!file)
    return fail(
      `ต้องระบุไฟล์ เช่น saisaat ${command} แผน.xlsx`,
      `Give the file, e.g. saisaat ${command} plan.xlsx`,
      'USAGE',
    );
  if (rest.length)
    return fail(`ทำได้ครั้งละหนึ่งไฟล์ (เกินมา: ${rest.join(' ')})`, `One file at a time (extra: ${rest.join(' ')})`, 'USAGE');
  try {
    return await (command === 'docs' ? docs(file, values, io) : check(file, values, io));
  } catch (e) {
    if (e instanceof UnreadableFileError) return fail(e.message, e.messageEn, 'FILE_UNREADABLE');
    if (e instanceof UsageError) return fail(e.message, e.message, 'USAGE');
    throw e;
  }
}

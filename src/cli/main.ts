/**
 * `saisaat` command line: the same core as the add-on, on exported .xlsx/.csv files, with no
 * Google account. Exit codes: 0 no errors (warnings allowed), 1 the plan has errors, 2 the file
 * or the command line cannot be used. Never prints a stack trace for a user mistake.
 */
import { parseArgs } from 'node:util';
import { checkGrid, planScore, type CheckReport } from '../core/check';
import { PlanSettingsSchema, type PlanSettingsInput } from '../core/schema';
import { formatSummary, type Lang } from './summary';
import { readWorkbook, UnreadableFileError, type SheetGrid } from './workbook';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const VERSION = '0.1.0';

const HELP = `ใสสะอาด (SaiSaat) — ตรวจแผนปฏิบัติการป้องกันการทุจริตจากไฟล์ .xlsx/.csv

การใช้งาน / Usage:
  saisaat check FILE [--sheet NAME] [--json] [options]

ตัวเลือก / Options:
  --sheet NAME     แผ่นงานที่จะตรวจ (ไม่ระบุ: เลือกแผ่นงานที่เป็นตารางแผนให้เอง)
  --json           พิมพ์ผลเป็น JSON หนึ่งออบเจกต์ / print one JSON object
  --org NAME       ชื่อหน่วยงาน เช่น "เทศบาลตำบลบึงเค็งตา" (ใช้ตรวจชื่อที่ไม่ตรงกัน)
  --years A-B      ช่วงปีงบประมาณของแผน (ค่าเริ่มต้น 2566-2570)
  --year Y         ปีงบประมาณของแผนประจำปี เมื่อชื่อแผนไม่ได้ระบุปี
  --lang th|en     ภาษาของผลการตรวจ / language of the summary (th)
  -h, --help       วิธีใช้ / this help
  -v, --version    รุ่นโปรแกรม / version

รหัสออก / Exit codes: 0 ไม่มีข้อผิดพลาด (อาจมีคำเตือน) · 1 แผนมีข้อผิดพลาด · 2 อ่านไฟล์หรือคำสั่งไม่ได้
`;

class UsageError extends Error {}

function settingsFrom(values: { org?: string; years?: string; year?: string }): PlanSettingsInput {
  const input: PlanSettingsInput = {};
  if (values.org) input.organisation = { name: values.org };
  if (values.years) {
    const m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(values.years.trim());
    if (!m) throw new UsageError(`--years ต้องเป็นช่วงปี พ.ศ. เช่น 2566-2570 (ได้รับ "${values.years}")`);
    input.fiscalYears = { from: Number(m[1]), to: Number(m[2]) };
  }
  if (values.year) {
    if (!/^\d{4}$/.test(values.year.trim())) throw new UsageError(`--year ต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ "${values.year}")`);
    input.annualYear = Number(values.year);
    input.planKind = 'annual';
  }
  return input;
}

function pickSheet(sheets: SheetGrid[], name: string | undefined): SheetGrid {
  if (name !== undefined) {
    const found = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (!found) {
      throw new UnreadableFileError(
        `ไม่พบแผ่นงาน "${name}" ในไฟล์ (มี: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
        `No sheet named "${name}" (sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')})`,
      );
    }
    return found;
  }
  let best = sheets[0];
  let bestScore = -1;
  for (const s of sheets) {
    const score = planScore(s.grid);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  if (!best) throw new UnreadableFileError('ไฟล์ไม่มีแผ่นงาน', 'The file has no sheets');
  return best;
}

async function check(file: string, values: Record<string, string | boolean | undefined>, io: Io): Promise<number> {
  const lang: Lang = values.lang === 'en' ? 'en' : 'th';
  const parsed = PlanSettingsSchema.safeParse(settingsFrom(values as { org?: string; years?: string; year?: string }));
  if (!parsed.success) throw new UsageError(`การตั้งค่าไม่ถูกต้อง: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const settings = parsed.data;
  const sheets = await readWorkbook(file);
  const sheet = pickSheet(sheets, values.sheet as string | undefined);
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
  if (command !== 'check') return fail(`ไม่รู้จักคำสั่ง "${command}"\n\n${HELP}`, `Unknown command "${command}"`, 'USAGE');
  if (!file) return fail(`ต้องระบุไฟล์ที่จะตรวจ เช่น saisaat check แผน.xlsx`, 'Give the file to check, e.g. saisaat check plan.xlsx', 'USAGE');
  if (rest.length) return fail(`ตรวจได้ครั้งละหนึ่งไฟล์ (เกินมา: ${rest.join(' ')})`, `One file at a time (extra: ${rest.join(' ')})`, 'USAGE');
  try {
    return await check(file, values, io);
  } catch (e) {
    if (e instanceof UnreadableFileError) return fail(e.message, e.messageEn, 'FILE_UNREADABLE');
    if (e instanceof UsageError) return fail(e.message, e.message, 'USAGE');
    throw e;
  }
}

export type { CheckReport };

/**
 * Hostile and broken sheets through the built Code.js over the fakes (issue #12, the add-on):
 * amounts out of range or past the satang on every path (check, totals, custom functions, the
 * details form, documents); no control or illegal character reaching Google Docs or a Drive name;
 * no undefined/null/NaN/[object Object] in anything the server returns to the sidebar; sheets larger
 * than SaiSaat reads refused with a message before their values are fetched.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import type { Cell } from '../../src/core/read/cells';
import { MAX_PLAN_COLUMNS, MAX_PLAN_ROWS } from '../../src/core/read/limits';
import { decodeMessage } from '../../src/shared/userMessage';
import type { ServerApi } from '../../src/shared/api';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { planFormArb, planTruthArb, writePlan } from '../generators/plan';
import { DOC_MIME } from '../fakes/documents';
import { ROOT } from '../helpers';
import { loadCodeJs } from '../vm';
import { loadAddon, userError, type Addon } from './harness';

const params = (runs: number) => ({
  seed: Number(process.env.SAISAAT_SEED ?? 20261202),
  numRuns: Math.max(1, Math.round((Number(process.env.SAISAAT_RUNS ?? 500) / 500) * runs)),
});

/** Words a message must never show: a value that was missing or of the wrong kind. */
const LEAKED = /\b(undefined|null|NaN|Infinity)\b|\[object Object\]/;
/** Characters Google Docs drops or refuses, and XML 1.0 forbids. */
const DOCS_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** …and, in a file name, path characters and the bidi controls that can disguise an extension. */
const NAME_ILLEGAL = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u202a-\u202e\u2066-\u2069\ufffe\uffff]/;

const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});
const exampleGrid = (name: string) => example.find((s) => s.name === name)!.grid;

// ---- Generators --------------------------------------------------------------------------------

/** Characters files and pastes smuggle in, Thai, and anything else of the 16-bit range. */
const hostileChar = fc.oneof(
  fc.constantFrom('ก', 'า', '๑', ' ', '\n', '\t', '<', '/', '"', '{{', '}}', '='),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\ufffe', '\uffff', '\ud800', '\udfff', '\u202e', '\u2066', '😀', '\u200b', '\u00a0'),
  fc.integer({ min: 0x20, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const hostileText = fc.array(hostileChar, { minLength: 1, maxLength: 24 }).map((cs) => cs.join(''));

/** What getValues can give for a cell: text, numbers at and past every bound, booleans, dates, blanks. */
const hostileCell: fc.Arbitrary<Cell> = fc.oneof(
  hostileText.map((t) => (t.startsWith('=') ? `x${t}` : t)),
  fc.constantFrom(1e308, -1e308, 1e21, 1e12, 1e12 + 0.01, 1.234, -0, 5e-324, 2 ** 53, -5, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.constant(''),
);

/** A plan in one of its many forms, then broken: rows cut short, cells blanked or replaced by hostile values. */
const brokenPlan = planTruthArb()
  .chain((truth) => planFormArb(truth).map((form) => writePlan(truth, form).grid))
  .chain((grid) =>
    fc
      .array(
        fc.record({
          row: fc.nat({ max: grid.length - 1 }),
          col: fc.nat({ max: 12 }),
          action: fc.oneof(fc.constant('cut' as const), fc.constant('blank' as const), hostileCell),
        }),
        { maxLength: 12 },
      )
      .map((edits) => {
        const out = grid.map((r) => [...r]);
        for (const { row, col, action } of edits) {
          if (action === 'cut') out[row].length = Math.min(out[row].length, col);
          else out[row][col] = action === 'blank' ? '' : action;
        }
        return out;
      }),
  );

// ---- Helpers -----------------------------------------------------------------------------------

/** Every string in a value, with where it is. */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

/**
 * Calls a sidebar server function as google.script.run would: it either returns what its schema
 * promises (the harness checks) or throws a UserError; any other error fails the test. Returns
 * every text the sidebar could show.
 */
function sidebarTexts<K extends keyof ServerApi>(addon: Addon, name: K, ...args: Parameters<ServerApi[K]>) {
  try {
    const result = addon.call(name, ...args);
    return { result, texts: [...strings(result, name)] };
  } catch (e) {
    const text = decodeMessage(`Exception: ${(e as Error).message}`);
    if (!text) throw new Error(`${name} failed with an error the sidebar cannot show: ${(e as Error).stack}`);
    return { result: undefined, texts: [...strings(text, `${name}!`)] };
  }
}

function expectNoLeak(texts: [string, string][]): void {
  for (const [path, text] of texts) if (LEAKED.test(text)) throw new Error(`${path} says ${JSON.stringify(text)}`);
}

/** Every file SaiSaat made: names free of control, path and bidi characters, text legal for Google Docs. */
function expectCleanDrive(addon: Addon): number {
  let checked = 0;
  for (const f of addon.docs.files.values()) {
    if (f.mimeType === 'application/vnd.google-apps.spreadsheet' || f.id === 'folder-office') continue;
    expect(NAME_ILLEGAL.test(f.name)).toBe(false);
    expect(Buffer.byteLength(f.name.replace(/\.pdf$/, ''))).toBeLessThanOrEqual(200);
    if (f.doc) expect(DOCS_ILLEGAL.exec(f.doc.body.getText())).toBeNull();
    checked++;
  }
  return checked;
}

// ---- Messages ----------------------------------------------------------------------------------

describe('every sidebar server function over broken sheets', () => {
  test('returns what its schema promises or a UserError, and no undefined/null/NaN/[object Object]', () => {
    fc.assert(
      fc.property(brokenPlan, hostileText, hostileText, (grid, organisation, formText) => {
        const addon = loadAddon();
        addon.addSheet('แผน', grid);
        addon.documentProperties._store.set(
          'saisaat.settings',
          JSON.stringify({ organisation: { name: organisation, type: '' } }),
        );
        const texts: [string, string][] = [];
        const call = <K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>) => {
          const r = sidebarTexts(addon, name, ...args);
          texts.push(...r.texts);
          return r.result as ReturnType<ServerApi[K]> | undefined;
        };
        call('getSidebarState');
        call('checkPlan');
        call('updateTotals');
        call('getAdoptionPreview');
        call('createDetailsSheet');
        const view = call('getProjectDetails', {});
        if (view) {
          const fields = Object.fromEntries(Object.keys(view.fields).map((k) => [k, formText]));
          call('saveProjectDetails', { projectId: view.projectId, fields: fields as never });
        }
        call('getDocsOverview');
        call('startDocsRun');
        call('generateDocsBatch', { skip: [], maxDocs: 2 });
        call('generatePlanDocument', { pdf: false });
        expectNoLeak(texts);
        expectCleanDrive(addon);
      }),
      params(40),
    );
  }, 120_000);
});

// ---- Amounts -----------------------------------------------------------------------------------

/** An annual plan whose budget column (D) holds `amounts`, one project each, dimensions 1–4 in turn. */
function annualPlan(amounts: Cell[]): Cell[][] {
  return [
    ['แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2567 ของ เทศบาลเมืองตัวอย่าง'],
    [],
    ['ลำดับ', 'รายการโครงการ', 'มิติ', 'งบประมาณ (บาท)', 'ดำเนินการไตรมาส', '', '', '', 'หมายเหตุ'],
    ['', '', '', '', '1', '2', '3', '4', ''],
    ...amounts.map((a, i) => [i + 1, `โครงการตัวอย่างที่ ${i + 1}`, (i % 4) + 1, a, '☑', '☐', '☐', '☐', '']),
  ];
}

/** Amounts as plans write them, valid to the satang, and the ones past a bound or the satang. */
const validAmount = fc.oneof(
  fc.integer({ min: 0, max: 1e14 }).map((satang) => satang / 100),
  fc.integer({ min: 0, max: 1e9 }).map((satang) => (satang / 100).toLocaleString('en-US')),
  fc.constantFrom(1e12, 999_999_999_999.99, 0.1 + 0.2, '-', 'ไม่ใช้งบประมาณ'),
);
const invalidAmount = fc.oneof(
  fc.constantFrom<Cell>(1e308, -1e308, 1e21, 1.234, 1e12 + 0.01, 2 ** 53, '1e21', '1,234.567', 'ห้าหมื่น'),
  fc.double({ min: 1e12 + 1, max: 1e308, noNaN: true }),
  fc.integer({ min: 1, max: 1e6 }).map((n) => n + 0.001),
);

const satangOf = (a: Cell) =>
  typeof a === 'number'
    ? Math.round(a * 100)
    : /^[\d,.]+$/.test(String(a))
      ? Math.round(Number(String(a).replace(/,/g, '')) * 100)
      : 0;

describe('amounts out of range or past the satang', () => {
  test('check, totals, PLANTOTAL and PLANSUMMARY: invalid cells named, sums exact to the satang, never Infinity/NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 4, arbitrary: validAmount }, { weight: 1, arbitrary: invalidAmount }), {
          minLength: 1,
          maxLength: 12,
        }),
        (amounts) => {
          const addon = loadAddon();
          addon.addSheet('แผน', annualPlan(amounts));
          const invalid = amounts.map((a, i) => [a, `D${i + 5}`] as const).filter(([a]) => isInvalid(a));
          const check = addon.call('checkPlan');
          const flagged = check.findings.filter((f) => f.code === 'BUDGET_INVALID').map((f) => f.cell);
          expect(flagged).toEqual(invalid.map(([, cell]) => cell));

          // The harness refuses a non-finite number anywhere in a result.
          const totals = addon.call('updateTotals');
          const valid = amounts.filter((a) => !isInvalid(a));
          expect(Math.round(totals.grand * 100)).toBe(valid.reduce((s: number, a) => s + satangOf(a), 0));

          const column = amounts.map((a) => [a]);
          const dims = amounts.map((_, i) => [(i % 4) + 1]);
          if (invalid.length === 0) {
            expect(Math.round(addon.call<number>('PLANTOTAL', column) * 100)).toBe(Math.round(totals.grand * 100));
            const summary = addon.call<(string | number)[][]>('PLANSUMMARY', dims, column);
            expect(Math.round((summary[4][1] as number) * 100)).toBe(Math.round(totals.grand * 100));
          } else {
            const row = amounts.findIndex(isInvalid) + 1;
            for (const fn of ['PLANTOTAL', 'PLANSUMMARY'] as const) {
              const args = fn === 'PLANTOTAL' ? [column] : [dims, column];
              expect(() => addon.call(fn, ...args)).toThrow(new RegExp(`^${fn}: แถวที่ ${row} .*ไม่ใช่จำนวนเงิน`));
            }
          }
        },
      ),
      params(60),
    );
  }, 60_000);

  test('a project whose budget cell is not an amount gets no document and no "without a budget" in the form', () => {
    const addon = loadAddon();
    const plan = exampleGrid(PLAN).map((r) => [...r]);
    plan[6][3] = 1e21; // the first project's 2566 budget
    plan[7][4] = 1.234; // the second's 2567
    addon.addSheet(DETAILS, exampleGrid(DETAILS));
    addon.addSheet(PLAN, plan);
    const overview = addon.call('getDocsOverview');
    const broken = overview.projects.filter((p) => p.reason.startsWith('งบประมาณในตารางแผน'));
    expect(broken.map((p) => [p.row, p.action, p.reason, p.reasonEn])).toEqual([
      [7, 'incomplete', 'งบประมาณในตารางแผนไม่ใช่จำนวนเงิน (D7) — แก้ในตารางแผนก่อน', expect.stringContaining('(D7)')],
      [8, 'incomplete', 'งบประมาณในตารางแผนไม่ใช่จำนวนเงิน (E8) — แก้ในตารางแผนก่อน', expect.stringContaining('(E8)')],
    ]);
    const form = addon.call('getProjectDetails', { projectId: broken[0].projectId });
    expect(form.budget).toEqual(['งบประมาณในตารางแผนไม่ใช่จำนวนเงิน (D7) — แก้ในตารางแผนก่อน']);
    addon.call('startDocsRun');
    const batch = addon.call('generateDocsBatch', { skip: [], maxDocs: 25 });
    expect(batch.results.map((r) => r.projectId)).not.toContain(broken[0].projectId);
    const names = [...addon.docs.files.values()].filter((f) => f.mimeType === DOC_MIME).map((f) => f.name);
    expect(names.some((n) => n.startsWith('ลำดับที่ ๑ ') || n.startsWith('ลำดับที่ ๒ '))).toBe(false);
  });
});

/**
 * The rule, stated apart from the reader: an amount is at most a trillion baht and whole satang
 * (a decimal is rarely exact in binary: a few units in the last place are allowed, never a third
 * decimal). The texts are the invalid ones of the generator above.
 */
function isInvalid(a: Cell): boolean {
  if (typeof a !== 'number') return a === '1e21' || a === '1,234.567' || a === 'ห้าหมื่น';
  const satang = a * 100;
  const tolerance = Math.max(1e-9, Math.abs(satang) * Number.EPSILON * 8);
  return !(Math.abs(a) <= 1e12) || Math.abs(satang - Math.round(satang)) > tolerance;
}

// ---- Text reaching Google Docs and Drive ------------------------------------------------------

describe('text reaching Google Docs and Drive', () => {
  const HOSTILE = '\u0000\u0007\u001b[31m\u202e\ufffe\uffff\ud800\u0085/';
  const spoil = (text: string) => text.slice(0, 5) + HOSTILE + text.slice(5);

  test('controls in plan names, remarks, details, the organisation and the spreadsheet name: clean documents and names', () => {
    const addon = loadAddon({ spreadsheetName: `แผน/ทุจริต${HOSTILE}` });
    // Every details text, and the project names and remarks of the plan (its header rows left as they are).
    addon.addSheet(
      DETAILS,
      exampleGrid(DETAILS).map((r, i) =>
        r.map((c, j) => (i > 0 && j >= 2 && typeof c === 'string' && c ? spoil(c) : c)),
      ),
    );
    addon.addSheet(
      PLAN,
      exampleGrid(PLAN).map((r, i) =>
        r.map((c, j) => (i > 5 && (j === 2 || j === 8) && typeof c === 'string' && c.length > 3 ? spoil(c) : c)),
      ),
    );
    addon.documentProperties._store.set(
      'saisaat.settings',
      JSON.stringify({ organisation: { name: `เทศบาล${HOSTILE}ทดสอบ`, type: '' } }),
    );
    expectNoLeak([...strings(addon.call('checkPlan'))]);
    addon.call('startDocsRun');
    for (let i = 0; i < 10 && !addon.call('generateDocsBatch', { skip: [], maxDocs: 25 }).finished; i++);
    const whole = addon.call('generatePlanDocument', { pdf: true });
    expect(whole.landscape).toBe(true); // the parts were still found by their first paragraph
    // 13 documents, the template, the folder, the plan document and its PDF.
    expect(expectCleanDrive(addon)).toBe(17);
    // The links next to each project carry the same clean names.
    const links = addon.spreadsheet._sheetByName(PLAN)!._dump().flat();
    expect(links.filter((c) => typeof c === 'string' && c.startsWith('ลำดับที่')).length).toBe(13);
    for (const c of links) if (typeof c === 'string' && c.startsWith('ลำดับที่')) expect(NAME_ILLEGAL.test(c)).toBe(false);
  });

  test('any text in the organisation, the spreadsheet name, a project name and its details', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (organisation, spreadsheetName, text) => {
        const addon = loadAddon({ spreadsheetName });
        const details = exampleGrid(DETAILS).map((r) => [...r]);
        details[1] = details[1].map((c, j) => (j >= 3 && typeof c === 'string' ? `${c}${text}` : c));
        const plan = exampleGrid(PLAN).map((r) => [...r]);
        plan[6][2] = `${plan[6][2]}${text}`;
        addon.addSheet(DETAILS, details);
        addon.addSheet(PLAN, plan);
        addon.documentProperties._store.set(
          'saisaat.settings',
          JSON.stringify({ organisation: { name: organisation, type: '' } }),
        );
        const { projects } = addon.call('startDocsRun');
        addon.call('generateDocsBatch', { skip: [], only: [projects[0].projectId] });
        addon.call('generatePlanDocument', { pdf: false });
        expectCleanDrive(addon);
      }),
      params(15),
    );
  }, 60_000);
});

// ---- Sheets larger than SaiSaat reads ---------------------------------------------------------

/** A sheet with one cell at A1 and one at (rows, cols): its data range is rows × cols. */
function sparse(rows: number, cols: number): Cell[][] {
  const grid: Cell[][] = Array.from({ length: rows }, () => []);
  grid[0][0] = 'ข้อมูล';
  grid[rows - 1][cols - 1] = 'x';
  return grid;
}

describe('sheets larger than SaiSaat reads', () => {
  test.each([
    ['rows', MAX_PLAN_ROWS + 1, 3, `${(MAX_PLAN_ROWS + 1).toLocaleString('en-US')} แถว 3 คอลัมน์`],
    ['columns', 10, MAX_PLAN_COLUMNS + 1, `10 แถว ${MAX_PLAN_COLUMNS + 1} คอลัมน์`],
  ])('too many %s: a message naming the sheet, its size and the limit, before any getValues', (_, rows, cols, size) => {
    const addon = loadAddon();
    addon.addSheet('ข้อมูลดิบ', sparse(rows, cols));
    addon.log.reset();
    for (const fn of [
      'checkPlan',
      'updateTotals',
      'getDocsOverview',
      'createDetailsSheet',
      'getAdoptionPreview',
    ] as const) {
      const text = userError(() => addon.call(fn));
      expect(text.th).toBe(
        `แผ่นงาน "ข้อมูลดิบ" มีข้อมูล ${size} เกินกว่าที่ใสสะอาดอ่านได้ (ไม่เกิน 100,000 แถว และ 500 คอลัมน์) — ลบข้อมูลที่อยู่ใต้หรือทางขวาของตาราง หรือย้ายข้อมูลอื่นไปไว้แผ่นงานอื่น`,
      );
      expect(text.en).toMatch(
        /^The sheet "ข้อมูลดิบ" has [\d,]+ rows and [\d,]+ columns of data, more than SaiSaat reads \(at most 100,000 rows and 500 columns\)/,
      );
    }
    expect(addon.log.snapshot()['Range.getValues']).toBeUndefined();
    // The sidebar still opens, naming the sheet its actions will refuse.
    expect(addon.call('getSidebarState').planSheet).toBe('ข้อมูลดิบ');
  });

  test('a sheet of exactly the limit is read', () => {
    const addon = loadAddon();
    addon.addSheet('ข้อมูลดิบ', sparse(MAX_PLAN_ROWS, 2));
    expect(userError(() => addon.call('checkPlan')).en).toMatch(/^No plan table found/);
  });

  test('a large sheet beside the plan is passed over, never read', () => {
    const addon = loadAddon();
    addon.addSheet('ข้อมูลดิบ', sparse(MAX_PLAN_ROWS + 1, 2));
    addon.addSheet(PLAN, exampleGrid(PLAN));
    addon.log.reset();
    expect(addon.call('checkPlan').sheetName).toBe(PLAN);
    expect(addon.log.snapshot()['Range.getValues']).toBe(1);
    // Open on the large sheet: the plan is still found, the large one only measured.
    addon.spreadsheet._active = addon.spreadsheet._sheetByName('ข้อมูลดิบ')!;
    expect(addon.call('checkPlan').sheetName).toBe(PLAN);
    expect(addon.call('getSidebarState').planSheet).toBe(PLAN);
  });

  test('onEdit below row 10,000 leaves the re-check to the sidebar (a simple trigger has 30 seconds)', () => {
    const addon = loadAddon();
    const sheet = addon.addSheet(PLAN, exampleGrid(PLAN));
    sheet._load(Array.from({ length: 10_001 }, (_, i) => (i === 10_000 ? ['', '', 'หมายเหตุ'] : [])));
    const onEdit = (row: number) =>
      (loadCodeJs(addon.globals) as unknown as { onEdit: (e: unknown) => void }).onEdit({
        range: sheet.getRange(row, 3),
        source: addon.spreadsheet,
      });
    addon.log.reset();
    onEdit(10_001);
    expect(addon.log.snapshot()['Range.getValues']).toBeUndefined();
    onEdit(8);
    expect(addon.log.snapshot()['Range.getValues']).toBe(1);
  });
});

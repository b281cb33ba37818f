/**
 * The fuzz suite (issue 12, "How to prove it"): the CLI's main() run in-process on hostile and
 * broken files — random bytes as .csv/.tsv/.xlsx, truncated and mutated real .xlsx (zip) and .csv
 * files, generated plans whose cells hold control, bidi, non-BMP and lone-surrogate characters and
 * extreme numbers. Whatever the file: main resolves to 0, 1 or 2 and never throws; its output has
 * no stack trace and no JavaScript word (undefined, null, NaN, Infinity, [object Object]) the file
 * did not itself contain; --json prints one JSON object; `docs` writes only into --out, and every
 * .docx it writes opens, its XML parts are well-formed XML 1.0 and mammoth reads it (also for grids
 * no .xlsx could carry: controls, lone surrogates). A handful of runs of the built binary check real
 * exit codes and signals. Seeded: SAISAAT_SEED and
 * SAISAAT_RUNS (default 500; each property runs a share of it) override.
 */
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
// A strict XML 1.0 parser, already installed as exceljs' own dependency.
import { SaxesParser } from 'saxes';
import { writeDocs } from '../../src/cli/docsCommand';
import { CliError } from '../../src/cli/errors';
import { main } from '../../src/cli/main';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { Cell } from '../../src/core/read/cells';
import { BIN, ROOT } from '../helpers';
import { planFormArb, planTruthArb, writePlan } from '../generators/plan';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const RUNS = Number(process.env.SAISAAT_RUNS ?? 500);
const runs = (share: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * share)) });
const TIMEOUT = 600_000;
/** Cases per property: a share of SAISAAT_RUNS, by how slow a case is (2,755 in all by default). */
const CASES = {
  randomBytes: runs(1),
  csvMutated: runs(1.5),
  zipMutated: runs(0.6),
  partDamaged: runs(0.6),
  planCsv: runs(1.5),
  planXlsx: runs(0.2),
  docs: runs(0.05),
  docsDirect: runs(0.06),
};

const EXAMPLE_XLSX = readFileSync(join(ROOT, 'examples/plan-2566-2570.xlsx'));
const CSV_FILES = [
  'examples/eplan-annual-2567.csv',
  'test/fixtures/plan-2561-2564.csv',
  'test/fixtures/eplan-annual-2567.tsv',
  'test/fixtures/seed000-table.tsv',
  ...readdirSync(join(ROOT, 'test/fixtures/forms')).map((f) => `test/fixtures/forms/${f}`),
].map((path) => ({ path, bytes: readFileSync(join(ROOT, path)) }));

const root = mkdtempSync(join(tmpdir(), 'saisaat-fuzz-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// ---- Running the CLI -------------------------------------------------------------------------

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const LEAKS = ['undefined', 'null', 'NaN', 'Infinity', '[object Object]'];

/** Every string in a JSON value (its messages and texts; `null` there is JSON's own, not a word shown). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * What every run must be: exit code 0, 1 or 2, no stack trace, no internal error, exactly one JSON
 * object with --json, and no JavaScript word in what a user reads that the input did not hold
 * itself (a cell may say "NaN").
 */
function expectSane(r: Run, argv: string[], input: string): void {
  const text = [...r.out, ...r.err].join('\n');
  const context = `${argv.join(' ')}\n${text}`;
  expect({ code: [0, 1, 2].includes(r.code), context }).toEqual({ code: true, context });
  expect(text).not.toMatch(/^\s+at .+:\d+/m);
  expect(text).not.toContain('เกิดข้อผิดพลาดภายในโปรแกรม');
  let shown = text;
  if (argv.includes('--json')) {
    // One JSON object, however many pieces it was written in.
    shown = [...strings(JSON.parse(r.out.join(''))), ...r.err].join('\n');
  }
  for (const word of LEAKS)
    if (!input.includes(word))
      expect({ word, found: shown.includes(word), context }).toEqual({ word, found: false, context });
}

/** Everything a file's bytes could be read as, to tell a word the file holds from one the program made up. */
const inputText = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1') + Buffer.from(bytes).toString('utf8');

let fileNo = 0;
/** Writes the bytes to a new file with the extension, in its own folder under the fuzz root. */
function inputFile(bytes: Uint8Array, ext: string): string {
  const dir = join(root, `case${++fileNo}`);
  mkdirSync(dir);
  const file = join(dir, `plan${ext}`);
  writeFileSync(file, bytes);
  return file;
}

const optionsArb = fc
  .tuple(fc.boolean(), fc.boolean())
  .map(([json, en]) => [...(json ? ['--json'] : []), ...(en ? ['--lang', 'en'] : [])]);

async function checkFile(bytes: Uint8Array, ext: string, options: string[], input = inputText(bytes)): Promise<void> {
  const file = inputFile(bytes, ext);
  const argv = ['check', file, ...options];
  expectSane(await run(argv), argv, input);
  rmSync(join(file, '..'), { recursive: true, force: true });
}

// ---- Hostile cell content --------------------------------------------------------------------

const hostileChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('ก', 'ข', 'ไ', 'ั', '่', '๑', ' ', 'a', '1', ',', '.', '-') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\u202e', // right-to-left override
      '\u2066', // left-to-right isolate
      '\u2069',
      '\u200b',
      '\ufeff',
      '\ufffe',
      '\uffff',
      '\ud800', // lone surrogates
      '\udfff',
      '😀',
      '𠀀',
      '<',
      '&',
      '>',
      '"',
      "'",
      '\r\n',
      '{{ชื่อโครงการ}}',
      ']]>',
      '_x0001_',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
);
const hostileText = fc.array(hostileChar, { maxLength: 40 }).map((cs) => cs.join(''));

const extremeNumber = fc.constantFrom(
  1e308,
  -1e308,
  -0,
  1e-320,
  5e-324,
  1e21,
  0.1 + 0.2,
  Number.MAX_SAFE_INTEGER + 2,
  999_999_999_999.99,
  1e12 + 0.01,
);
const extremeNumberText = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '1e-320',
  '1e21',
  '-0',
  '0.30000000000000004',
  '0.1+0.2',
  '๑e๓๐๘',
  '1,000,000,000,000.01',
  '9'.repeat(400),
);
/** A cell as a hostile file has it: text, an extreme number (as a number or as text), or nothing. */
const hostileCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: extremeNumber },
  { weight: 1, arbitrary: extremeNumberText },
  { weight: 1, arbitrary: fc.constantFrom<Cell>('', true, false) },
);

/** A generated plan with a few cells (anywhere, also beyond its columns) replaced by hostile ones. */
const hostilePlanArb = planTruthArb()
  .chain((truth) => planFormArb(truth).map((form) => writePlan(truth, form).grid))
  .chain((grid) =>
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 14 }), hostileCell), { minLength: 1, maxLength: 12 }).map((edits) => {
      const out = grid.map((r) => r.slice());
      for (const [r, c, cell] of edits) out[r % out.length][c] = cell;
      return out.map((row) => Array.from(row, (c) => c ?? ''));
    }),
  );

const csvCell = (c: Cell) => `"${String(c).replace(/"/g, '""')}"`;
const csvOf = (grid: Cell[][], delimiter: string) => grid.map((r) => r.map(csvCell).join(delimiter)).join('\r\n');
const gridText = (grid: Cell[][]) => grid.map((r) => r.map(String).join('\t')).join('\n');

async function xlsxOf(grid: Cell[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน');
  grid.forEach((row) => ws.addRow(row));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ---- Damaged files ---------------------------------------------------------------------------

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const m of mutations) {
    const at = b.length ? m.at % b.length : 0;
    if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'flip') b[at] = m.byte;
    else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    else b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
  }
  return new Uint8Array(b);
}

/** The example .xlsx with one of its XML parts damaged inside a zip that is itself sound. */
async function withDamagedPart(part: number, mutations: Mutation[], text: string | null): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(EXAMPLE_XLSX);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const name = names[part % names.length];
  const xml = await zip.file(name)!.async('uint8array');
  // Either bytes damaged anywhere, or hostile text put between two tags (a cell value or a string).
  let damaged: Uint8Array;
  if (text === null) damaged = mutate(xml, mutations);
  else {
    const s = Buffer.from(xml).toString('utf8');
    const gaps = [...s.matchAll(/>(?=[^<]*<)/g)].map((m) => m.index! + 1);
    const at = gaps.length ? gaps[mutations.length % gaps.length] : 0;
    damaged = Buffer.from(s.slice(0, at) + text + s.slice(at));
  }
  zip.file(name, damaged);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

// ---- Documents -------------------------------------------------------------------------------

const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Parses with saxes (XML 1.0, well-formedness and legal characters): the first error, or null. */
function xmlError(xml: string): string | null {
  if (XML_ILLEGAL.test(xml)) return `illegal XML character U+${xml.match(XML_ILLEGAL)![0].charCodeAt(0).toString(16)}`;
  const parser = new SaxesParser();
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

/** Every .docx opens as a zip, every XML part in it is well-formed, and mammoth reads its text. */
async function expectReadableDocx(file: string): Promise<void> {
  const bytes = readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(parts).toContain('word/document.xml');
  for (const name of parts) {
    const xml = await zip.file(name)!.async('string');
    expect({ file, name, error: xmlError(xml) }).toEqual({ file, name, error: null });
  }
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  expect(typeof value).toBe('string');
}

/** Every file under a folder, as paths relative to it. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

/** Cells of the example's two sheets (plan, details) replaced by hostile ones. */
async function hostileExample(edits: [number, number, number, Cell][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(EXAMPLE_XLSX as unknown as ExcelJS.Buffer);
  for (const [sheet, row, col, cell] of edits) {
    const ws = wb.worksheets[sheet % wb.worksheets.length];
    ws.getCell(1 + (row % Math.max(1, ws.rowCount)), 1 + (col % Math.max(1, ws.columnCount))).value =
      cell as ExcelJS.CellValue;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ---- The properties --------------------------------------------------------------------------

describe('saisaat check on hostile and broken files', () => {
  test(
    `random bytes as .csv, .tsv, .xlsx (${CASES.randomBytes.numRuns} files, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uint8Array({ minLength: 1, maxLength: 2048 }),
          fc.constantFrom('.csv', '.tsv', '.txt', '.xlsx'),
          optionsArb,
          (bytes, ext, options) => checkFile(bytes, ext, options),
        ),
        CASES.randomBytes,
      );
    },
    TIMEOUT,
  );

  test(
    `real .csv/.tsv files truncated and byte-mutated (${CASES.csvMutated.numRuns} files, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...CSV_FILES),
          fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
          optionsArb,
          (source, mutations, options) => {
            const bytes = mutate(source.bytes, mutations);
            return checkFile(bytes, source.path.endsWith('.csv') ? '.csv' : '.tsv', options);
          },
        ),
        CASES.csvMutated,
      );
    },
    TIMEOUT,
  );

  test(
    `the example .xlsx truncated or byte-mutated as a zip (${CASES.zipMutated.numRuns} files, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), optionsArb, (mutations, options) =>
          checkFile(mutate(EXAMPLE_XLSX, mutations), '.xlsx', options),
        ),
        CASES.zipMutated,
      );
    },
    TIMEOUT,
  );

  test(
    `the example .xlsx with one XML part damaged inside a sound zip (${CASES.partDamaged.numRuns} files, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(),
          fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
          fc.option(
            fc.oneof(hostileText, extremeNumberText, fc.constantFrom('1e999', '-1e999', 'abc', '<v>1e999</v>')),
          ),
          optionsArb,
          async (part, mutations, text, options) =>
            checkFile(await withDamagedPart(part, mutations, text), '.xlsx', options, text ?? ''),
        ),
        CASES.partDamaged,
      );
    },
    TIMEOUT,
  );

  test(
    `generated plans with hostile cells, as .csv and .tsv (${CASES.planCsv.numRuns} plans, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostilePlanArb, fc.constantFrom(',', '\t'), optionsArb, (grid, delimiter, options) =>
          checkFile(Buffer.from(csvOf(grid, delimiter)), delimiter === ',' ? '.csv' : '.tsv', options, gridText(grid)),
        ),
        CASES.planCsv,
      );
    },
    TIMEOUT,
  );

  test(
    `generated plans with hostile cells, as .xlsx (${CASES.planXlsx.numRuns} plans, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(hostilePlanArb, optionsArb, async (grid, options) =>
          checkFile(await xlsxOf(grid), '.xlsx', options, gridText(grid)),
        ),
        CASES.planXlsx,
      );
    },
    TIMEOUT,
  );
});

describe('saisaat docs on hostile cells', () => {
  test(
    `every .docx opens, is well-formed XML and reads in mammoth; nothing is written outside --out (${CASES.docs.numRuns} workbooks, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat({ max: 1 }), fc.nat(), fc.nat(), hostileCell), { minLength: 1, maxLength: 16 }),
          fc.constantFrom('th', 'en'),
          async (edits, lang) => {
            const bytes = await hostileExample(edits);
            const file = inputFile(bytes, '.xlsx');
            const before = listing(root);
            const out = join(root, `out${fileNo}`);
            const argv = ['docs', file, '--out', out, '--lang', lang, '--date', '2024-01-15'];
            const r = await run(argv);
            expectSane(r, argv, edits.map(([, , , c]) => String(c)).join('\n'));
            const written = listing(root).filter((p) => !p.startsWith(relative(root, out)));
            expect(written).toEqual(before);
            if (r.code !== 2) {
              const docs = listing(out).filter((f) => f.endsWith('.docx'));
              expect(docs.length).toBeGreaterThan(0);
              for (const doc of docs) await expectReadableDocx(join(out, doc));
            }
            rmSync(out, { recursive: true, force: true });
            rmSync(join(file, '..'), { recursive: true, force: true });
          },
        ),
        CASES.docs,
      );
    },
    TIMEOUT,
  );
});

describe('the documents of hostile grids, past any file format', () => {
  // An .xlsx cannot carry a control character or a lone surrogate (its XML would not parse), so the
  // writer is also given grids directly: the example's sheets with hostile cells.
  let example: SheetGrid[];
  beforeAll(async () => {
    example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
  });

  test(
    `every .docx written from them opens, is well-formed XML and reads in mammoth (${CASES.docsDirect.numRuns} workbooks, seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat({ max: 1 }), fc.nat(), fc.nat({ max: 14 }), hostileCell), {
            minLength: 1,
            maxLength: 24,
          }),
          async (edits) => {
            const sheets = example.map((s) => ({ ...s, grid: s.grid.map((r) => r.slice()) }));
            for (const [sheet, row, col, cell] of edits) {
              const grid = sheets[sheet].grid;
              grid[row % grid.length][col] = cell;
            }
            const outDir = join(root, `direct${++fileNo}`);
            const before = listing(root);
            const date = { year: 2024, month: 1, day: 15 };
            const result = await writeDocs(sheets, { outDir, settings: DEFAULT_SETTINGS, date }).catch((e) => {
              // A header damaged beyond reading is the user's mistake, reported as such (exit 2).
              if (e instanceof CliError) return null;
              throw e;
            });
            expect(listing(root).filter((p) => !p.startsWith(relative(root, outDir)))).toEqual(before);
            if (!result) return;
            expect(result.written.length).toBeGreaterThan(0);
            for (const w of result.written) await expectReadableDocx(join(outDir, w.file));
            rmSync(outDir, { recursive: true, force: true });
          },
        ),
        CASES.docsDirect,
      );
    },
    TIMEOUT,
  );
});

describe('the built binary on hostile files: real exit codes, no signal', () => {
  test(
    'a handful of files of each kind',
    async () => {
      const files = [
        inputFile(
          Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256),
          '.csv',
        ),
        inputFile(mutate(EXAMPLE_XLSX, [{ kind: 'truncate', at: 3000 }]), '.xlsx'),
        inputFile(await withDamagedPart(5, [{ kind: 'flip', at: 200, byte: 0x3c }], null), '.xlsx'),
        inputFile(
          Buffer.from(
            csvOf(
              [
                ['มิติ', 'โครงการ', 'ปี 2567'],
                ['1', '\u202eโครงการ\u0007\u001b[31m', '1e308'],
              ],
              ',',
            ),
          ),
          '.csv',
        ),
        inputFile(
          await hostileExample([
            [0, 7, 3, 'NaN'],
            [1, 2, 3, '\u202eโครงการ😀'],
          ]),
          '.xlsx',
        ),
      ];
      const out = join(root, 'bin-out');
      const argvs = files.map((file, i) => (i % 2 ? ['check', file, '--json'] : ['check', file]));
      argvs.push(['docs', files[4], '--out', out], ['docs', files[1], '--out', out]);
      for (const argv of argvs) {
        const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8' });
        const context = `${argv.join(' ')}\n${r.stderr}`;
        expect({ signal: r.signal, exitCode: [0, 1, 2].includes(r.status ?? -1), context }).toEqual({
          signal: null,
          exitCode: true,
          context,
        });
        expect(r.stderr).not.toContain('เกิดข้อผิดพลาดภายในโปรแกรม');
        expect(r.stderr).not.toMatch(/^\s+at /m);
      }
      expect(listing(out).filter((f) => f.endsWith('.docx')).length).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});

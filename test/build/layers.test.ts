/**
 * The layer rules of ARCHITECTURE.md are kept by tools, not by memory: ESLint refuses an import
 * across a forbidden arrow, and each layer's tsconfig.json refuses the globals of platforms the
 * layer must not touch. Both are tried here on probe files that exist only in memory.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers';

/**
 * ESLint's messages for each probe (file path, code) as if it were that file of the repository.
 * ESLint loads its flat config with a dynamic import, which jest's sandbox cannot do, so one
 * child Node process lints every probe.
 */
function lintProbes(probes: [string, string][]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const [file, code] of JSON.parse(process.argv[1])) {
      const [r] = await eslint.lintText(code, { filePath: file });
      out.push(r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('ESLint refuses imports across a forbidden arrow', () => {
  const cases: [string, string, boolean][] = [
    // [file, import path, allowed]
    ['src/core/read/probe.ts', '../../addon/spreadsheet', false],
    ['src/core/read/probe.ts', '../../cli/workbook', false],
    ['src/core/read/probe.ts', '../../sidebar/client', false],
    ['src/core/read/probe.ts', 'node:fs', false],
    ['src/core/read/probe.ts', 'exceljs', false],
    ['src/core/read/probe.ts', 'zod', false],
    ['src/core/read/probe.ts', '../check/findings', true],
    ['src/core/read/probe.ts', '../../shared/numbers', true],
    ['src/core/read/probe.ts', 'zod/mini', true],
    ['src/shared/probe.ts', '../core/read/cells', false],
    ['src/shared/probe.ts', './settings', true],
    ['src/sidebar/probe.ts', '../core/read/cells', false],
    ['src/sidebar/probe.ts', '../addon/index', false],
    ['src/sidebar/probe.ts', 'zod/mini', false],
    ['src/sidebar/probe.ts', '../shared/wire', true],
    ['src/addon/probe.ts', '../cli/workbook', false],
    ['src/addon/probe.ts', '../sidebar/client', false],
    ['src/addon/probe.ts', 'node:path', false],
    ['src/addon/documents/probe.ts', '../../core/document/model', true],
    ['src/cli/probe.ts', '../addon/spreadsheet', false],
    ['src/cli/probe.ts', '../core/check/check', true],
    ['src/cli/probe.ts', 'node:fs', true],
  ];
  const typeOnly: [string, string] = ['src/sidebar/probe.ts', "import type { Grid } from '../core/read/cells';\n"];
  let results: string[][] = [];
  beforeAll(() => {
    const probes = cases.map(([file, from]): [string, string] => [
      file,
      `import * as probe from '${from}';\nexport default probe;\n`,
    ]);
    results = lintProbes([...probes, typeOnly]);
  });

  test.each(cases.map((c, i) => [...c, i] as const))('%s importing %s: allowed %s', (_file, _from, allowed, i) => {
    expect(results[i].length === 0).toBe(allowed);
    if (!allowed) expect(results[i][0]).toContain('ARCHITECTURE.md');
  });

  test('a type-only import is refused too', () => {
    expect(results[cases.length]).toHaveLength(1);
  });
});

/** Type errors of `code` compiled as the file `path`, under the tsconfig.json of its layer. */
function typeErrors(layer: string, path: string, code: string): string[] {
  const configPath = join(ROOT, 'src', layer, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const probe = join(ROOT, path);
  const host = ts.createCompilerHost(parsed.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, version, ...rest) =>
    name === probe ? ts.createSourceFile(name, code, version) : getSourceFile.call(host, name, version, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === probe || fileExists.call(host, name);
  const program = ts.createProgram([probe], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe("each layer's tsconfig.json sees only its platform", () => {
  const google = 'export const x = SpreadsheetApp.getActiveSpreadsheet();';
  const node = 'export const x = process.argv;';
  const dom = 'export const x = document.body;';
  test.each([
    ['core', google, false],
    ['core', node, false],
    ['core', dom, false],
    ['shared', google, false],
    ['shared', dom, false],
    ['addon', google, true],
    ['addon', node, false],
    ['addon', dom, false],
    ['sidebar', dom, true],
    ['sidebar', google, false],
    ['cli', node, true],
    ['cli', google, false],
  ])('%s: %s compiles %s', (layer, code, compiles) => {
    const errors = typeErrors(layer, `src/${layer}/probe.ts`, code);
    expect(errors.length === 0).toBe(compiles);
    if (!compiles) expect(errors[0]).toMatch(/Cannot find name/);
  });
});

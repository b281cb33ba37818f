/**
 * `npm test`: builds (the vm and browser tests load dist/), makes sure a Chromium is available for
 * the browser tests, runs the whole jest suite, and ends with the line CI reads:
 * `N passed, N failed`. Extra arguments go to jest (e.g. `npm test -- test/core`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });

const built = run(process.execPath, [join(root, 'scripts/build.mjs')]);
if (built.status !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

const browserSetup = join(root, 'scripts/ensure-chromium.mjs');
if (existsSync(browserSetup)) {
  const ok = run(process.execPath, [browserSetup]);
  if (ok.status !== 0)
    process.stderr.write(
      'warning: no Chromium found or installed; browser tests will fail (see README, Troubleshooting)\n',
    );
}

mkdirSync(join(root, 'test-output'), { recursive: true });
const resultFile = join(root, 'test-output/jest-results.json');
const jest = run(process.execPath, [
  join(root, 'node_modules/jest/bin/jest.js'),
  '--json',
  `--outputFile=${resultFile}`,
  ...process.argv.slice(2),
]);
let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(resultFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
} catch {
  failed = 1;
}
if (jest.status !== 0 && failed === 0) failed = 1;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 ? 1 : 0);

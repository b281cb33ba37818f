/**
 * Finds a Chromium for the browser tests, or installs Debian's (with the Thai fonts that keep Thai
 * text from rendering as boxes) when running as root on a machine with apt-get. Never downloads a
 * browser of its own. CHROMIUM_PATH overrides the search. Exit code 0 when one is ready.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);
const THAI_FONTS = ['fonts-tlwg-loma-otf', 'fonts-tlwg-garuda-otf'];

function found() {
  return CANDIDATES.find((p) => existsSync(p));
}

function hasThaiFonts() {
  const r = spawnSync('fc-list', [':lang=th'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

function aptInstall(packages) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || spawnSync('which', ['apt-get']).status !== 0) return false;
  process.stderr.write(`installing ${packages.join(' ')} with apt-get…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status !== 0) return false;
  return (
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env })
      .status === 0
  );
}

let browser = found();
const missing = [...(browser ? [] : ['chromium']), ...(hasThaiFonts() ? [] : THAI_FONTS)];
if (missing.length > 0) {
  aptInstall(missing);
  browser = found();
}
if (!browser) {
  process.stderr.write(
    "No Chromium found for the browser tests. Install Debian/Ubuntu's package (sudo apt-get install chromium fonts-tlwg-loma-otf fonts-tlwg-garuda-otf) or set CHROMIUM_PATH to a Chrome/Chromium executable.\n",
  );
  process.exit(1);
}
if (!hasThaiFonts())
  process.stderr.write(
    'warning: no Thai font found (fc-list :lang=th); screenshots may show boxes instead of Thai text\n',
  );
process.stdout.write(`chromium: ${browser}\n`);

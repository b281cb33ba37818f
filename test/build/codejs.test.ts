import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ROOT } from '../helpers';
import { codeJsSource, loadCodeJs } from '../vm';
const { entryFunctions } = require('../../scripts/stubs.cjs');

const ALLOWED_SCOPES = new Set([
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  // Who made the documents (team use): Session.getActiveUser().getEmail() needs it.
  'https://www.googleapis.com/auth/userinfo.email',
]);

describe('dist/Code.js as Apps Script loads it', () => {
  const source = codeJsSource();

  test('has no import/export and no Node globals', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|__dirname/);
  });

  test('evaluates in an empty global scope (no require/process/Buffer)', () => {
    const ctx = loadCodeJs();
    expect(typeof ctx.SaiSaat).toBe('object');
    for (const name of ['require', 'process', 'Buffer', 'module']) expect(name in ctx).toBe(false);
  });

  test('every exported entry function is a top-level function with its JSDoc right above it', () => {
    const fns = entryFunctions() as { name: string; params: string[]; jsdoc: string }[];
    const names = fns.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar', 'checkPlan']));
    const ctx = loadCodeJs();
    for (const f of fns) {
      expect(typeof ctx[f.name]).toBe('function');
      expect(typeof (ctx.SaiSaat as Record<string, unknown>)[f.name]).toBe('function');
      const stub = `${f.jsdoc}\nfunction ${f.name}(${f.params.join(', ')}) {`;
      expect(source).toContain(stub);
    }
    // Apps Script sees exactly these top-level functions (plus nothing else but the SaiSaat global).
    const declared = [...source.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(declared.sort()).toEqual([...names].sort());
  });

  test('stays under the 300 KB budget', () => {
    expect(Buffer.byteLength(source)).toBeLessThan(300 * 1024);
  });

  test('runs in V8 without syntax newer than Apps Script accepts (parses as a classic script)', () => {
    expect(() => new vm.Script(source)).not.toThrow();
    expect(source).not.toMatch(/\bstatic\s+\w+\s*=/); // static class fields are rejected by Apps Script V8
  });
});

describe('manifest and clasp config', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/appsscript.json'), 'utf8'));

  test('V8, Bangkok time zone, explicit least-privilege scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Bangkok');
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
    for (const scope of manifest.oauthScopes) expect(ALLOWED_SCOPES.has(scope)).toBe(true);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });

  test('enables the Drive v3 and Docs v1 advanced services the documents use (drive.file instead of DriveApp)', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
    expect(codeJsSource()).not.toMatch(/\bDriveApp\./);
  });

  test('.clasp.json pushes dist/ and carries no script id a newcomer would push to', () => {
    const clasp = JSON.parse(readFileSync(join(ROOT, '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
    expect(clasp.scriptId).toBeUndefined();
  });

  test('the sidebar page is built next to Code.js', () => {
    const html = readFileSync(join(ROOT, 'dist/Sidebar.html'), 'utf8');
    expect(html).toMatch(/<html lang="th">/);
    expect(html).not.toMatch(/<script[^>]+src=/); // no CDN: self-contained
  });
});

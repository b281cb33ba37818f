/**
 * The output folder's rules hold for any folder the user (or an attacker) leaves: random files,
 * links and folders at documents' names, an old เก่า/, and a manifest that is honest, stale, lying,
 * garbage or hostile (names climbing out of the folder). After a run — documents written, earlier
 * ones retired, the manifest saved — nothing outside the folder changed, no link was followed or
 * replaced, a file not provably SaiSaat's (listed in a trusted manifest with its size and hash) is
 * byte for byte where it was, SaiSaat's own earlier files are rewritten, kept or in เก่า/ (never
 * lost), no temporary file is left, and the new manifest is true of the folder.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { MANIFEST_NAME, OLD_FOLDER, openOutputFolder } from '../../src/cli/outputFolder';

const params = {
  seed: Number(process.env.SAISAAT_SEED ?? 20261212),
  numRuns: Number(process.env.SAISAAT_RUNS ?? 500) / 2,
};
const root = mkdtempSync(join(tmpdir(), 'saisaat-folder-prop-'));

/** Names in the folder: documents' names, a case twin, a "(ใหม่)" one, the manifest's own name. */
const NAMES = ['a.docx', 'b.docx', 'A.docx', 'a (ใหม่).docx', 'c.docx', MANIFEST_NAME];
/** Names a hostile manifest lists: out of the folder, absolute, through a sub-folder. */
const HOSTILE = ['../outside/secret.docx', '/etc/passwd.docx', 'sub/../../outside/secret.docx', 'เก่า/x.docx'];
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const content = (k: number) => Buffer.from(`old content ${k}`);

// Weighted towards what needs a trusted manifest to happen at all (SaiSaat's own files moved or rewritten).
const thing = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 2 },
  { arbitrary: fc.integer({ min: 0, max: 2 }).map((k) => ({ kind: 'file' as const, k })), weight: 5 },
  { arbitrary: fc.constant({ kind: 'link' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'dir' as const }), weight: 1 },
);
const entry = fc.record({
  file: fc.constantFrom(...NAMES.filter((n) => n.endsWith('.docx')), 'gone.docx'),
  project: fc.option(
    fc.record({ id: fc.constantFrom('p1', 'p2'), row: fc.integer({ min: 1, max: 9 }), name: fc.string() }),
  ),
  // honest: the size and hash of what is there now; else of other content (the user edited it since),
  // of another size or (k > 0) the same size.
  honest: fc.integer({ min: 0, max: 3 }).map((i) => i > 0),
  k: fc.integer({ min: 0, max: 2 }),
});
const manifest = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
  { arbitrary: fc.jsonValue().map((v) => ({ kind: 'garbage' as const, text: JSON.stringify(v) ?? 'x' })), weight: 1 },
  { arbitrary: fc.string().map((text) => ({ kind: 'garbage' as const, text })), weight: 1 },
  {
    arbitrary: fc
      .uniqueArray(entry, { selector: (e) => e.file, maxLength: 6 })
      .map((entries) => ({ kind: 'list' as const, entries })),
    weight: 6,
  },
  // A file listed twice: not a list SaiSaat wrote.
  { arbitrary: fc.array(entry, { maxLength: 6 }).map((entries) => ({ kind: 'list' as const, entries })), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.array(entry, { maxLength: 3 }), fc.constantFrom(...HOSTILE))
      .map(([entries, bad]) => ({ kind: 'hostile' as const, entries, bad })),
    weight: 2,
  },
);
const scenario = fc.record({
  things: fc.tuple(...NAMES.slice(0, 5).map(() => thing)),
  manifestThing: fc.constantFrom('file', 'file', 'file', 'file', 'link', 'dir'),
  manifest,
  oldFolder: fc.constantFrom('none', 'none', 'with-a', 'link'),
  writes: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'A'), { maxLength: 4 }),
  stillInPlan: fc.subarray(['p1', 'p2']),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let n = 0;
/** Lays the folder out as the scenario says; returns what was there, and which files are SaiSaat's. */
function layOut(s: Scenario) {
  const base = join(root, String(n++));
  const out = join(base, 'out');
  const outside = join(base, 'outside');
  mkdirSync(out, { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.docx'), 'secret');
  const before = new Map<string, Buffer>();
  s.things.forEach((t, i) => {
    const path = join(out, NAMES[i]);
    if (t.kind === 'file') {
      before.set(NAMES[i], content(t.k));
      writeFileSync(path, content(t.k));
    }
    if (t.kind === 'link') symlinkSync(join(outside, 'secret.docx'), path);
    if (t.kind === 'dir') mkdirSync(path);
  });
  if (s.oldFolder === 'with-a') {
    mkdirSync(join(out, OLD_FOLDER));
    writeFileSync(join(out, OLD_FOLDER, 'a.docx'), 'already old');
  }
  if (s.oldFolder === 'link') symlinkSync(outside, join(out, OLD_FOLDER));
  const ours = new Set<string>();
  const m = s.manifest;
  if (m.kind !== 'none') {
    const entries = m.kind === 'garbage' ? [] : m.entries;
    const files = entries.map((e) => {
      const now = before.get(e.file);
      const bytes = e.honest && now ? now : Buffer.from(e.k === 0 ? `edited` : `old-content ${e.k}`);
      if (e.honest && now) ours.add(e.file);
      return { file: e.file, project: e.project, size: bytes.length, sha256: sha(bytes) };
    });
    if (m.kind === 'hostile') files.push({ file: m.bad, project: null, size: 6, sha256: sha(Buffer.from('secret')) });
    const text = m.kind === 'garbage' ? m.text : JSON.stringify({ saisaat: 'docs', version: 1, files });
    const path = join(out, MANIFEST_NAME);
    if (s.manifestThing === 'file') writeFileSync(path, text);
    if (s.manifestThing === 'link') symlinkSync(join(outside, 'secret.docx'), path);
    if (s.manifestThing === 'dir') mkdirSync(path);
    // Only a regular file listing plain names, each once, is trusted: nothing is SaiSaat's otherwise.
    const once = new Set(files.map((f) => f.file)).size === files.length;
    if (s.manifestThing !== 'file' || m.kind !== 'list' || !once) ours.clear();
  }
  const projectOf = new Map(m.kind === 'list' ? m.entries.map((e) => [e.file, e.project?.id]) : []);
  return { out, outside, before, ours, projectOf };
}

const temps = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.saisaat-tmp-'));

test('any folder, any manifest: nothing outside touched, no link followed, the user’s files intact, SaiSaat’s never lost, the new manifest true', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const { out, outside, before, ours, projectOf } = layOut(s);
      const folder = await openOutputFolder(out);
      const wrote = new Map<string, Buffer>();
      for (const stem of s.writes) {
        const data = Buffer.from(`new ${stem}`);
        const file = await folder.write(stem, data, null);
        if (file !== null) wrote.set(file, data);
        else expect(['link', 'dir']).toContain(s.things[NAMES.indexOf(`${stem}.docx`)]?.kind);
      }
      await folder.retire(new Set(s.stillInPlan));
      await folder.save();

      // Outside the folder, and links, exactly as they were.
      expect(readdirSync(outside).sort()).toEqual(['secret.docx']);
      expect(readFileSync(join(outside, 'secret.docx'), 'utf8')).toBe('secret');
      s.things.forEach((t, i) => {
        if (t.kind === 'link') expect(readlinkSync(join(out, NAMES[i]))).toBe(join(outside, 'secret.docx'));
        if (t.kind === 'dir') expect(lstatSync(join(out, NAMES[i])).isDirectory()).toBe(true);
      });
      if (s.oldFolder === 'link') expect(lstatSync(join(out, OLD_FOLDER)).isSymbolicLink()).toBe(true);
      if (s.oldFolder === 'with-a') expect(readFileSync(join(out, OLD_FOLDER, 'a.docx'), 'utf8')).toBe('already old');
      // What each write returned holds what it wrote.
      for (const [file, data] of wrote) expect(readFileSync(join(out, file))).toEqual(data);
      const old = existsSync(join(out, OLD_FOLDER)) && lstatSync(join(out, OLD_FOLDER)).isDirectory();
      const inOld = old ? readdirSync(join(out, OLD_FOLDER)).map((f) => readFileSync(join(out, OLD_FOLDER, f))) : [];
      for (const [file, bytes] of before) {
        if (!ours.has(file)) {
          // The user's: untouched.
          expect(readFileSync(join(out, file))).toEqual(bytes);
          continue;
        }
        // SaiSaat's: rewritten this run, still there, or in เก่า/ — and only moved when not kept for a project in the plan.
        const now = existsSync(join(out, file)) ? readFileSync(join(out, file)) : null;
        const movedAway = inOld.some((b) => b.equals(bytes)) && (now === null || wrote.has(file));
        expect(wrote.has(file) || (now !== null && now.equals(bytes)) || movedAway).toBe(true);
        if (now === null) expect(s.stillInPlan).not.toContain(projectOf.get(file));
      }
      expect(temps(out)).toEqual([]);
      // The manifest (when it could be written) lists exactly files that are there as listed.
      if (lstatSync(join(out, MANIFEST_NAME), { throwIfNoEntry: false })?.isFile()) {
        const saved = JSON.parse(readFileSync(join(out, MANIFEST_NAME), 'utf8')) as {
          files: { file: string; size: number; sha256: string }[];
        };
        for (const f of saved.files) {
          const bytes = readFileSync(join(out, f.file));
          expect([bytes.length, sha(bytes)]).toEqual([f.size, f.sha256]);
        }
        for (const file of wrote.keys()) expect(saved.files.map((f) => f.file)).toContain(file);
      } else expect(s.manifestThing).not.toBe('file');
      rmSync(join(out, '..'), { recursive: true, force: true });
    }),
    params,
  );
});

/**
 * Team use through the built Code.js over the strict fakes: several editors share the spreadsheet
 * and its document properties, but each has their own drive.file access. A second editor never
 * gets a silent duplicate set: the run stops before making anything, says who made the documents
 * and when, lists what they can open, and offers the choice (the owner runs it, Picker grants
 * access, or their own set in their own Drive, which leaves the spreadsheet's set alone).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import type { DocsBatchResult } from '../../src/shared/wire';
import { DOC_MIME, type DriveFile } from '../fakes/documents';
import { FIRST_USER } from '../fakes/index';
import { ROOT } from '../helpers';
import { loadAddon, userError, type Addon } from './harness';

const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
const SECOND = 'b@example.com';
const PROJECTS = 13;
let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

function office(): Addon {
  const addon = loadAddon();
  addon.addSheet(DETAILS, example.find((s) => s.name === DETAILS)!.grid);
  addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
  return addon;
}

/** What the sidebar does: start, then batches until finished. */
function runAll(addon: Addon): DocsBatchResult['results'] {
  const start = addon.call('startDocsRun');
  if (start.team) throw new Error(`run blocked: ${start.team.messageEn}`);
  const results: DocsBatchResult['results'] = [];
  for (let i = 0; i < 50; i++) {
    const r = addon.call('generateDocsBatch', { skip: [], maxDocs: 5 });
    results.push(...r.results);
    if (r.finished || r.stopped) break;
  }
  return results;
}

const projectDocs = (addon: Addon, owner?: string): DriveFile[] =>
  [...addon.docs.files.values()].filter(
    (f) => f.mimeType === DOC_MIME && !f.trashed && f.name.startsWith('ลำดับที่') && (!owner || f.owner === owner),
  );
const snapshot = (addon: Addon) => JSON.stringify([...addon.documentProperties._store].sort());
const files = (addon: Addon) =>
  JSON.stringify([...addon.docs.files.values()].map((f) => [f.id, f.owner, f.name, f.modifiedTime, f.parents]));
const planValues = (addon: Addon) => JSON.stringify(addon.spreadsheet._sheetByName(PLAN)!._dump());

/** The first editor made the documents; the second opens the sidebar. */
function afterFirstEditor(): Addon {
  const addon = office();
  expect(runAll(addon).filter((r) => r.outcome === 'created')).toHaveLength(PROJECTS);
  addon.switchUser(SECOND);
  return addon;
}

describe('two editors generating documents in turn', () => {
  test('the second is stopped before anything is made, told who made the documents and when; the shared memory stays', () => {
    const addon = afterFirstEditor();
    const memory = snapshot(addon);
    const drive = files(addon);
    const sheet = planValues(addon);
    const start = addon.call('startDocsRun');
    expect(start.team).toEqual(
      expect.objectContaining({
        owner: FIRST_USER,
        madeOn: expect.stringMatching(/^\d{1,2} [ก-๙.]+ 25\d\d$/),
        madeOnEn: expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/),
        // The folder, the template and every document: none reachable through this user's drive.file.
        unreachable: PROJECTS + 2,
        openable: [],
        picker: false,
      }),
    );
    expect(start.team!.message).toContain(`สร้างโดย ${FIRST_USER} เมื่อ ${start.team!.madeOn}`);
    expect(start.team!.message).toContain('ใสสะอาดจึงไม่สร้างชุดใหม่ซ้ำ');
    expect(start.team!.messageEn).toContain(`made by ${FIRST_USER} on ${start.team!.madeOnEn}`);
    // A batch or the whole plan document called anyway: the same stop, as a message.
    for (const work of [
      () => addon.call('generateDocsBatch', { skip: [] }),
      () => addon.call('generatePlanDocument', { pdf: true }),
    ])
      expect(userError(work)).toEqual({ th: start.team!.message, en: start.team!.messageEn });
    expect(files(addon)).toBe(drive);
    expect(snapshot(addon)).toBe(memory);
    expect(planValues(addon)).toBe(sheet);
    // The owner runs it again: nothing new, nothing duplicated.
    addon.switchUser(FIRST_USER);
    expect(runAll(addon)).toEqual([]);
    expect(projectDocs(addon)).toHaveLength(PROJECTS);
  });

  test('the overview (no Drive call) still shows the plan and the owner set, and says the user is on the spreadsheet set', () => {
    const addon = afterFirstEditor();
    const o = addon.call('getDocsOverview');
    expect(o.counts.unchanged).toBe(PROJECTS);
    expect(o.ownSet).toBe(false);
  });

  test('documents shared with the second editor are listed as openable (DocumentApp reaches them), the others are not', () => {
    const addon = afterFirstEditor();
    const [one] = projectDocs(addon, FIRST_USER);
    addon.docs.share(one.id, SECOND, 'reader');
    const start = addon.call('startDocsRun');
    expect(start.team!.openable).toEqual([
      {
        projectId: expect.any(String),
        name: expect.any(String),
        url: `https://docs.google.com/document/d/${one.id}/edit`,
      },
    ]);
    // Sharing the folder shares every document in it.
    addon.docs.share(addon.docs.files.get(one.id)!.parents[0], SECOND, 'reader');
    expect(addon.call('startDocsRun').team!.openable).toHaveLength(PROJECTS);
  });

  test('"my own set": the second editor gets their own folder, template and documents; the owner\'s set, memory and links are untouched', () => {
    const addon = afterFirstEditor();
    const memory = snapshot(addon);
    const sheet = planValues(addon);
    const owners = projectDocs(addon, FIRST_USER).map((f) => [f.id, f.modifiedTime]);
    const chosen = addon.call('chooseDocsSet', { own: true });
    expect(chosen.ownSet).toBe(true);
    expect(chosen.counts.create).toBe(PROJECTS);
    const results = runAll(addon);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(PROJECTS);
    expect(projectDocs(addon, SECOND)).toHaveLength(PROJECTS);
    expect(projectDocs(addon, FIRST_USER).map((f) => [f.id, f.modifiedTime])).toEqual(owners);
    expect(snapshot(addon)).toBe(memory);
    expect(planValues(addon)).toBe(sheet);
    // Their own set is theirs to rerun: nothing new.
    expect(runAll(addon)).toEqual([]);
    // The owner goes on with the spreadsheet's set, unblocked.
    addon.switchUser(FIRST_USER);
    expect(addon.call('getDocsOverview').ownSet).toBe(false);
    expect(runAll(addon)).toEqual([]);
    expect(projectDocs(addon)).toHaveLength(2 * PROJECTS);
    // Back to the spreadsheet's set: stopped again, nothing made.
    addon.switchUser(SECOND);
    expect(addon.call('chooseDocsSet', { own: false }).ownSet).toBe(false);
    expect(addon.call('startDocsRun').team).not.toBeNull();
  });

  test('access granted with Picker (folder, template and documents picked, the folder shared for writing): the second editor updates the same documents', () => {
    const addon = afterFirstEditor();
    const folder = addon.docs.files.get(projectDocs(addon)[0].parents[0])!;
    addon.docs.share(folder.id, SECOND, 'writer');
    for (const f of addon.docs.files.values())
      if (f.id === folder.id || f.parents.includes(folder.id)) addon.docs.grantApp(SECOND, f.id);
    const memory = snapshot(addon);
    expect(addon.call('startDocsRun').team).toBeNull();
    expect(runAll(addon)).toEqual([]);
    expect(snapshot(addon)).toBe(memory);
    // A changed detail: the document is updated in place, still the first editor's.
    const details = addon.spreadsheet._sheetByName(DETAILS)!;
    const row = details._dump().findIndex((r) => String(r[2]).startsWith('โครงการ'));
    details.getRange(row + 1, 4).setValue('วัตถุประสงค์ใหม่จากผู้แก้ไขคนที่สอง');
    const results = runAll(addon);
    expect(results.map((r) => r.outcome)).toEqual(['updated']);
    expect(projectDocs(addon)).toHaveLength(PROJECTS);
    expect(addon.documentProperties.getProperty('saisaat.docs.folder')).toContain(FIRST_USER);
  });

  test('only some documents picked: still stopped (the others would be duplicated), and told how many', () => {
    const addon = afterFirstEditor();
    const folder = projectDocs(addon)[0].parents[0];
    addon.docs.share(folder, SECOND, 'writer');
    addon.docs.grantApp(SECOND, folder);
    const start = addon.call('startDocsRun');
    expect(start.team!.unreachable).toBe(PROJECTS + 1);
    expect(projectDocs(addon)).toHaveLength(PROJECTS);
  });
});

describe('Google Picker: offered when the deployment configured it', () => {
  test('not configured: the team view and overview say so, and asking for it explains the alternative', () => {
    const addon = afterFirstEditor();
    expect(addon.call('getDocsOverview').picker).toBe(false);
    expect(addon.call('startDocsRun').team!.picker).toBe(false);
    expect(userError(() => addon.call('getPickerConfig'))).toEqual({
      th: expect.stringMatching(/^ยังไม่ได้ตั้งค่า Google Picker.*สร้างชุดของคุณเอง$/),
      en: expect.stringMatching(/^Google Picker is not set up .*make your own set$/),
    });
  });

  test("configured in script properties: offered, with the project number, key and the user's token", () => {
    const addon = afterFirstEditor();
    addon.scriptProperties.setProperty('SAISAAT_PICKER_PROJECT_NUMBER', ' 123456789012 ');
    addon.scriptProperties.setProperty('SAISAAT_PICKER_API_KEY', 'AIza-test-key');
    expect(addon.call('getDocsOverview').picker).toBe(true);
    expect(addon.call('startDocsRun').team!.picker).toBe(true);
    expect(addon.call('getPickerConfig')).toEqual({
      appId: '123456789012',
      developerKey: 'AIza-test-key',
      token: `fake-token-for-${SECOND}`,
    });
  });

  test('a project number that is not a number is not a configuration', () => {
    const addon = office();
    addon.scriptProperties.setProperty('SAISAAT_PICKER_PROJECT_NUMBER', 'my-project');
    addon.scriptProperties.setProperty('SAISAAT_PICKER_API_KEY', 'AIza-test-key');
    expect(addon.call('getDocsOverview').picker).toBe(false);
  });
});

describe('what is remembered', () => {
  test('folder, template and each document with who made them and when', () => {
    const addon = office();
    runAll(addon);
    const store = addon.documentProperties._store;
    const folder = JSON.parse(store.get('saisaat.docs.folder')!);
    expect(folder).toEqual({ id: expect.any(String), email: FIRST_USER, key: '', at: expect.any(String) });
    expect(Date.parse(folder.at)).not.toBeNaN();
    expect(JSON.parse(store.get('saisaat.docs.template')!)).toEqual(expect.objectContaining({ email: FIRST_USER }));
    const docs = [...store].filter(([k]) => k.startsWith('saisaat.doc.')).map(([, v]) => JSON.parse(v));
    expect(docs).toHaveLength(PROJECTS);
    for (const d of docs) expect(d).toEqual(expect.objectContaining({ email: FIRST_USER, hash: expect.any(String) }));
  });

  test('records from before makers were remembered: the user who reaches them is recorded as their maker, once', () => {
    const addon = office();
    runAll(addon);
    const store = addon.documentProperties._store;
    addon.log.reset();
    addon.call('startDocsRun');
    const usual = addon.log.snapshot();
    // As an older SaiSaat left them: the bare folder and template ids, documents without a maker.
    for (const key of ['saisaat.docs.folder', 'saisaat.docs.template']) store.set(key, JSON.parse(store.get(key)!).id);
    for (const [k, v] of store)
      if (k.startsWith('saisaat.doc.')) {
        const { docId, hash, at } = JSON.parse(v);
        store.set(k, JSON.stringify({ docId, hash, at }));
      }
    expect(runAll(addon)).toEqual([]);
    expect(JSON.parse(store.get('saisaat.docs.folder')!).email).toBe(FIRST_USER);
    expect([...store].filter(([k, v]) => k.startsWith('saisaat.doc.') && !v.includes(FIRST_USER))).toEqual([]);
    // Claimed once: the next start makes exactly the calls of an ordinary one.
    addon.log.reset();
    addon.call('startDocsRun');
    expect(addon.log.snapshot()).toEqual(usual);
    expect(projectDocs(addon)).toHaveLength(PROJECTS);
  });

  test('emails hidden by Google: the maker is remembered by the temporary key; their own reruns go on, another editor is told "another editor"', () => {
    const addon = office();
    addon.users.hidden.add(FIRST_USER).add(SECOND);
    runAll(addon);
    const folder = JSON.parse(addon.documentProperties.getProperty('saisaat.docs.folder')!);
    expect(folder).toEqual(expect.objectContaining({ email: '', key: expect.stringMatching(/^[\w-]{20,}$/) }));
    expect(runAll(addon)).toEqual([]);
    addon.switchUser(SECOND);
    const team = addon.call('startDocsRun').team!;
    expect(team.owner).toBe('');
    expect(team.message).toContain('สร้างโดย ผู้แก้ไขอีกคน (Google ไม่แสดงอีเมล) เมื่อ');
    expect(team.messageEn).toContain('made by another editor (Google does not show their email) on');
    expect(projectDocs(addon)).toHaveLength(PROJECTS);
  });

  test("the owner's own deleted folder is made again (the set is theirs), as before", () => {
    const addon = office();
    runAll(addon);
    const folder = addon.docs.files.get(projectDocs(addon)[0].parents[0])!;
    folder.trashed = true;
    expect(addon.call('startDocsRun').team).toBeNull();
    expect(JSON.parse(addon.documentProperties.getProperty('saisaat.docs.folder')!).id).not.toBe(folder.id);
  });
});

describe('editors acting in any order (property)', () => {
  type Act =
    | { kind: 'run'; user: string }
    | { kind: 'plan'; user: string }
    | { kind: 'own'; user: string; own: boolean }
    | { kind: 'share'; user: string }
    | { kind: 'grant'; user: string }
    | { kind: 'edit' };
  const users = fc.constantFrom(FIRST_USER, SECOND, 'c@example.com');
  const act: fc.Arbitrary<Act> = fc.oneof(
    fc.record({ kind: fc.constant('run' as const), user: users }),
    fc.record({ kind: fc.constant('plan' as const), user: users }),
    fc.record({ kind: fc.constant('own' as const), user: users, own: fc.boolean() }),
    // The owner of the spreadsheet's folder shares it with this user as an editor.
    fc.record({ kind: fc.constant('share' as const), user: users }),
    // This user picks every file of the spreadsheet's folder with Picker.
    fc.record({ kind: fc.constant('grant' as const), user: users }),
    fc.record({ kind: fc.constant('edit' as const) }),
  );
  const RUNS = 12;
  const SEED = 13;

  test(`never a duplicate, never a repointed memory, a blocked run makes nothing (${RUNS} sequences of up to 6 acts, seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(act, { minLength: 1, maxLength: 6 }), (acts) => {
        const addon = office();
        let sharedFolder: string | null = null;
        let edits = 0;
        for (const a of acts) {
          const before = addon.docs.files.size;
          const folderId = () => {
            const raw = addon.documentProperties.getProperty('saisaat.docs.folder');
            return raw ? (JSON.parse(raw).id as string) : null;
          };
          if (a.kind === 'edit') {
            const details = addon.spreadsheet._sheetByName(DETAILS)!;
            const row = details._dump().findIndex((r) => String(r[2]).startsWith('โครงการ'));
            details.getRange(row + 1, 4).setValue(`วัตถุประสงค์ฉบับที่ ${++edits}`);
            continue;
          }
          addon.switchUser(a.user);
          if (a.kind === 'own') addon.call('chooseDocsSet', { own: a.own });
          if ((a.kind === 'share' || a.kind === 'grant') && sharedFolder) {
            if (a.kind === 'share') addon.docs.share(sharedFolder, a.user, 'writer');
            else
              for (const f of addon.docs.files.values())
                if (f.id === sharedFolder || f.parents.includes(sharedFolder)) addon.docs.grantApp(a.user, f.id);
            // The spreadsheet's template and plan document are in the folder too.
          }
          if (a.kind === 'run') {
            const start = addon.call('startDocsRun');
            if (start.team) expect(addon.docs.files.size).toBe(before);
            else for (let i = 0; i < 10 && !addon.call('generateDocsBatch', { skip: [] }).finished; i++);
          }
          if (a.kind === 'plan') {
            try {
              addon.call('generatePlanDocument', { pdf: false });
            } catch (e) {
              expect((e as Error).message).toContain('SaiSaat-message');
              expect(addon.docs.files.size).toBe(before);
            }
          }
          // The spreadsheet's memory points at the first set made, for good (nobody deletes anything here).
          sharedFolder ??= folderId();
          expect(folderId()).toBe(sharedFolder);
          // No folder holds two documents of the same name: nothing duplicated.
          const names = [...addon.docs.files.values()]
            .filter((f) => f.mimeType === DOC_MIME && !f.trashed)
            .map((f) => `${f.parents[0]}/${f.name}`);
          expect(new Set(names).size).toBe(names.length);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

/**
 * Google's refusals in a documents run, through the built Code.js over the strict fakes (issue 13,
 * items 5 and 6): a 403 rate limit, a 429 or a 500 is retried with exponential backoff and
 * jitter — the waits counted by the fake Utilities.sleep, which moves the script's clock instead
 * of waiting — and a document Google keeps refusing is left for the next batch, never failed for
 * the day; only Apps Script's daily-quota error stops the run, with its message. Also the
 * authorization message when Google gives no consent link, and documents counted over the last
 * 24 hours (Google's quota), not a calendar day.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocsBatchResult } from '../../src/shared/wire';
import { decodeMessage } from '../../src/shared/userMessage';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { FAULTS, type Fault } from '../fakes/calls';
import { DOC_MIME } from '../fakes/documents';
import { ROOT } from '../helpers';
import { loadAddon, userError, type Addon } from './harness';

const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
const HOUR = 3_600_000;
/** The batch's time budget in generate.ts, and what retries may spend of it. */
const BATCH_MS = 30_000;
/** A project of the example past the first batch. */
const LATE = 'ลำดับที่ ๑๒ ';
let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

function officeWithExample(): Addon {
  const addon = loadAddon();
  addon.addSheet(DETAILS, example.find((s) => s.name === DETAILS)!.grid);
  addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
  return addon;
}

interface Run {
  batches: DocsBatchResult[];
  results: DocsBatchResult['results'];
  /** The waits of each batch, in ms. */
  sleeps: number[][];
}

/** What the sidebar does (src/sidebar/main.ts generate): batches until finished, stopped or empty, failures skipped. */
function runAll(addon: Addon, maxDocs = 5): Run {
  addon.call('startDocsRun');
  const run: Run = { batches: [], results: [], sleeps: [] };
  const skip: string[] = [];
  for (let i = 0; i < 50; i++) {
    const before = addon.utilities._slept.length;
    const r = addon.call('generateDocsBatch', { skip, maxDocs });
    run.batches.push(r);
    run.results.push(...r.results);
    run.sleeps.push(addon.utilities._slept.slice(before));
    skip.push(...r.results.filter((x) => x.outcome === 'failed').map((x) => x.projectId));
    if (r.finished || r.stopped || r.results.length === 0) break;
  }
  return run;
}

const projectDocs = (addon: Addon) =>
  [...addon.docs.files.values()].filter((f) => f.mimeType === DOC_MIME && !f.trashed && !f.name.startsWith('แม่แบบ'));

/** Every wait is Google's truncated exponential backoff: 1, 2, 4, 8 s, each plus under 1 s of jitter. */
function expectBackoff(waits: number[]): void {
  let k = 0;
  for (const w of waits) {
    // A new series starts at 1 s; within one, each wait doubles.
    if (w < 2000) k = 0;
    expect(w).toBeGreaterThanOrEqual(2 ** k * 1000);
    expect(w).toBeLessThan(2 ** k * 1000 + 1000);
    k++;
    expect(k).toBeLessThanOrEqual(4);
  }
}

/** The 13 documents of the example, each made once: 13 files, 13 names, 13 remembered ids. */
function expectEachOnce(addon: Addon, run: Run): void {
  expect(projectDocs(addon)).toHaveLength(13);
  expect(new Set(projectDocs(addon).map((d) => d.name)).size).toBe(13);
  expect(run.results.filter((r) => r.outcome === 'created')).toHaveLength(13);
  expect(new Set(run.results.map((r) => r.projectId)).size).toBe(13);
  expect(run.batches.every((b) => b.stopped === null)).toBe(true);
  expect(run.batches[run.batches.length - 1].finished).toBe(true);
}

/** The `n`th call (1-based) of `call` from now on fails with `fault`, `times` times in a row. */
function failOnNth(addon: Addon, call: string, n: number, fault: Fault, times = 1): void {
  let seen = 0;
  let left = times;
  addon.log.failWhen = (c, args) => (c === call && ++seen >= n && left-- > 0 ? fault(c, args) : null);
}

describe('rate limits and server errors: retried with backoff, never the end of the day', () => {
  test('a 403 userRateLimitExceeded on a copy and a 429 on an open, mid-run: every document created exactly once, the run not stopped, 3 waits', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    let copies = 0;
    let opened = false;
    addon.log.failWhen = (call, args) => {
      if (call === 'Drive.Files.copy' && ++copies >= 4 && copies <= 5) return FAULTS.userRateLimit(call, args);
      // A document's open, after its copy was made: the retry finishes that copy, it copies nothing again.
      const name = addon.docs.files.get(String(args[0]))?.name ?? '';
      if (call === 'DocumentApp.openById' && name.includes(LATE) && !opened) {
        opened = true;
        return FAULTS.rateLimit(call, args);
      }
      return null;
    };
    const run = runAll(addon);
    expectEachOnce(addon, run);
    expect(addon.log.failures).toEqual(['Drive.Files.copy', 'Drive.Files.copy', 'DocumentApp.openById']);
    const waits = run.sleeps.flat();
    expect(addon.log.counts.get('Utilities.sleep')).toBe(3);
    expectBackoff(waits);
    // The two copy failures back off 1 s then 2 s; the open's 1 s.
    expect(waits.map((w) => Math.floor(w / 1000))).toEqual([1, 2, 1]);
    for (const batch of run.sleeps) expect(batch.reduce((a, b) => a + b, 0)).toBeLessThan(BATCH_MS);
    // 13 copies made and 2 refused (Google counts a refused call too); each creation counted once.
    expect(addon.log.counts.get('Drive.Files.copy')).toBe(15);
    expect(addon.call('startDocsRun').quota.createdToday).toBe(13);
  });

  test('a 500 backendError once (Drive) and "Service Documents failed" once (DocumentApp): both retried, nothing failed', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    let copies = 0;
    let opens = 0;
    addon.log.failWhen = (call, args) =>
      (call === 'Drive.Files.copy' && ++copies === 2) || (call === 'DocumentApp.openById' && ++opens === 7)
        ? FAULTS.backendError(call, args)
        : null;
    const run = runAll(addon);
    expectEachOnce(addon, run);
    expect(run.results.some((r) => r.outcome === 'failed')).toBe(false);
    expect(addon.log.failures).toHaveLength(2);
    expect(addon.utilities._slept).toHaveLength(2);
    expectBackoff(addon.utilities._slept);
  });

  test('Google refusing one document for longer than a batch: left for the next batch, then reported for this run only; the rest made, the run not stopped, the waits bounded', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    // The third document of the first batch, refused every time.
    let copies = 0;
    let stubborn = '';
    addon.log.failWhen = (call, args) => {
      if (call !== 'Drive.Files.copy') return null;
      const name = (args[0] as { name: string }).name;
      if (++copies === 3) stubborn = name;
      return name === stubborn ? FAULTS.userRateLimit(call, args) : null;
    };
    const run = runAll(addon);
    expect(run.batches.every((b) => b.stopped === null)).toBe(true);
    expect(run.batches[run.batches.length - 1].finished).toBe(true);
    // Met as the third of a batch: the batch ends there, and the next one starts with it.
    expect(run.batches[0].results.map((r) => r.outcome)).toEqual(['created', 'created']);
    expect(run.batches[0].remaining).toBe(11);
    const failed = run.results.filter((r) => r.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(run.batches[1].results[0]).toEqual(failed[0]);
    expect(run.batches[1].results.slice(1).map((r) => r.outcome)).toEqual(Array(4).fill('created'));
    expect(failed[0].error).toMatch(/^Google ขอให้ทำช้าลงหรือขัดข้องชั่วคราว/);
    expect(failed[0].errorEn).toMatch(/^Google asked SaiSaat to slow down/);
    expect(run.results.filter((r) => r.outcome === 'created')).toHaveLength(12);
    expect(projectDocs(addon)).toHaveLength(12);
    // Five tries (four waits) each time it was met; no batch waits past its budget.
    expect(addon.utilities._slept).toHaveLength(8);
    expectBackoff(addon.utilities._slept);
    for (const batch of run.sleeps) expect(batch.reduce((a, b) => a + b, 0)).toBeLessThan(BATCH_MS);
    expect(addon.call('startDocsRun').quota.createdToday).toBe(12);
    // Not remembered as failed: the next run makes it.
    addon.log.failWhen = null;
    const again = runAll(addon);
    expect(again.results).toEqual([expect.objectContaining({ projectId: failed[0].projectId, outcome: 'created' })]);
    expect(projectDocs(addon)).toHaveLength(13);
  });

  test('a document whose copy was made but which Google keeps refusing to open: finished in place by the next batch, counted once', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    let target = '';
    let refusals = 0;
    addon.log.failWhen = (call, args) => {
      const name = addon.docs.files.get(String(args[0]))?.name ?? '';
      if (call === 'DocumentApp.openById' && !target && name.startsWith('ลำดับที่') && ++refusals === 3) target = name;
      return call === 'DocumentApp.openById' && name === target && refusals++ < 8
        ? FAULTS.backendError(call, args)
        : null;
    };
    const run = runAll(addon);
    expect(run.batches[0].results).toHaveLength(2);
    const finished = run.batches[1].results[0];
    expect(finished.outcome).toBe('updated');
    expect(projectDocs(addon)).toHaveLength(13);
    expect(run.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(addon.call('startDocsRun').quota.createdToday).toBe(13);
  });

  test('a rate limit while the run is prepared (folder, template) is retried too; a lasting one is told in Thai, not in Google words', () => {
    const addon = officeWithExample();
    failOnNth(addon, 'Drive.Files.create', 1, FAULTS.rateLimit);
    const start = addon.call('startDocsRun');
    expect(start.counts.create).toBe(13);
    expect(addon.utilities._slept).toHaveLength(1);
    const folders = [...addon.docs.files.values()].filter((f) => f.name.startsWith('เอกสารโครงการ'));
    expect(folders).toHaveLength(1);

    addon.log.failWhen = (call, args) => (call === 'Drive.Files.get' ? FAULTS.userRateLimit(call, args) : null);
    const told = userError(() => addon.call('generateDocsBatch', { skip: [] }));
    expect(told.th).toMatch(/^Google ขอให้ทำช้าลงหรือขัดข้องชั่วคราว/);
    expect(told.en).toMatch(/^Google asked SaiSaat to slow down/);
    expect(addon.utilities._slept).toHaveLength(1 + 4);
  });

  test("Apps Script's daily quota stops the run at once, with its message, and no waiting", () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    failOnNth(addon, 'DocumentApp.openById', 4, FAULTS.dailyQuota('docs'), 100);
    const run = runAll(addon);
    const last = run.batches[run.batches.length - 1];
    expect(last.stopped).toBe('quota');
    expect(decodeMessage(last.message)).toEqual({
      th: expect.stringMatching(/^Google ไม่ให้สร้างเอกสารเพิ่มในวันนี้ \(เกินโควตารายวัน\)/),
      en: expect.stringMatching(/^Google will not create more documents today \(daily quota reached\)/),
    });
    expect(addon.utilities._slept).toEqual([]);
  });
});

describe('the authorization message', () => {
  test('when Google gives no consent link (getAuthorizationUrl() is null): what to do, never ": null"', () => {
    const addon = officeWithExample();
    addon.docs.granted.delete('https://www.googleapis.com/auth/documents');
    addon.docs.authorizationUrl = null;
    const told = userError(() => addon.call('startDocsRun'));
    expect(told).toEqual({
      th: expect.stringMatching(/ยังไม่ได้รับอนุญาต.*เปิดใสสะอาดใหม่จากเมนู ส่วนขยาย \(Extensions\)/),
      en: expect.stringMatching(/may not yet create documents.*open SaiSaat again from the Extensions menu/),
    });
    for (const text of [told.th, told.en]) expect(text).not.toMatch(/null|undefined|: *$/);
    expect(addon.docs.files.size).toBe(2);
  });

  test('a permission refused mid-run while every scope reads as granted (no link from Google): the same clear message', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    failOnNth(addon, 'DocumentApp.openById', 2, (call) => new Error(`You do not have permission to call ${call}`));
    const told = userError(() => addon.call('generateDocsBatch', { skip: [] }));
    expect(told.th).toMatch(/เปิดใสสะอาดใหม่จากเมนู ส่วนขยาย \(Extensions\)/);
    expect(told.en).not.toMatch(/null/);
  });
});

describe('documents created: the last 24 hours, as Google counts its quota', () => {
  test('a run last night still counts this morning; 24 hours after, it no longer does', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    addon.call('generateDocsBatch', { skip: [], maxDocs: 5 });
    // 20 hours later (past Bangkok midnight whenever the test runs), the rest.
    addon.advanceClock(20 * HOUR);
    expect(addon.call('startDocsRun').quota).toEqual(expect.objectContaining({ toCreate: 8, createdToday: 5 }));
    runAll(addon);
    addon.advanceClock(3 * HOUR);
    expect(addon.call('startDocsRun').quota.createdToday).toBe(13);
    addon.advanceClock(1.5 * HOUR);
    expect(addon.call('startDocsRun').quota.createdToday).toBe(8);
    addon.advanceClock(21 * HOUR);
    expect(addon.call('startDocsRun').quota.createdToday).toBe(0);
    expect(addon.call('startDocsRun').quota.message).toMatch(/\(ใน 24 ชั่วโมงที่ผ่านมาสร้างไปแล้ว 0 ฉบับ\)/);
  });

  const RUNS = Number(process.env.SAISAAT_RUNS ?? 500) / 10;
  const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
  test(`the stored count of any history: never under what was made in the last 24 hours, over it by at most 15 minutes' worth, at most 97 slots (${RUNS} histories, seed ${SEED})`, () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const store = addon.userProperties;
    const SLOT = 15 * 60_000;
    fc.assert(
      fc.property(
        fc.array(fc.record({ ago: fc.integer({ min: 0, max: 60 * HOUR }), count: fc.integer({ min: 1, max: 40 }) }), {
          maxLength: 300,
        }),
        fc.constantFrom('', 'garbage', '1:x,:5,-3:2'),
        (history, junk) => {
          const now = Date.now();
          // What earlier runs stored, plus whatever a damaged value holds.
          const slots = new Map<number, number>();
          for (const h of history) {
            const slot = Math.floor((now - h.ago) / SLOT);
            slots.set(slot, (slots.get(slot) ?? 0) + h.count);
          }
          const text = [...slots].map(([s, c]) => `${s}:${c}`).concat(junk ? [junk] : []);
          store._store.set('saisaat.docs.created24h', text.join(','));
          const shown = addon.call('startDocsRun').quota.createdToday;
          // The clock moved a little since `now` (the start's own calls): at most a slot's worth.
          const within = (ms: number) => history.filter((h) => h.ago < ms).reduce((a, h) => a + h.count, 0);
          expect(shown).toBeGreaterThanOrEqual(within(24 * HOUR - 60_000));
          expect(shown).toBeLessThanOrEqual(within(24 * HOUR + SLOT + 60_000));
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
    // Written back bounded: a run prunes what is older than 24 hours.
    runAll(addon);
    const written = String(store._store.get('saisaat.docs.created24h') ?? '').split(',');
    expect(written.length).toBeLessThanOrEqual(97);
  });
});

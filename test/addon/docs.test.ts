/**
 * Project detail documents in Google Docs, through the built Code.js over the fake Drive and
 * Docs: the same content and names as the offline .docx, a rerun that creates nothing, one
 * changed project regenerated alone, interrupted and quota-stopped runs resumed without
 * duplicates, a failing project reported while the rest finish, links written into the plan
 * sheet row by row, permissions, the template and its check, the whole plan document.
 */
import { join } from 'node:path';
import { DEFAULT_CATALOGUE } from '../../src/core/data/catalogue';
import { linkDetails } from '../../src/core/read/details/link';
import { readDetailsSheet } from '../../src/core/read/details/sheet';
import { documentContext } from '../../src/core/document/generation';
import { documentText } from '../../src/core/document/model';
import { buildProjectDocument, safeFileName } from '../../src/core/document/projectDocument';
import { readPlan } from '../../src/core/read/planReader';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { DocsBatchResult } from '../../src/shared/wire';
import { decodeMessage } from '../../src/shared/userMessage';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { apiError, FAULTS } from '../fakes/calls';
import { AUTHORIZATION_URL, DOC_MIME, type DocsWorld } from '../fakes/documents';
import { OFFICE_FOLDER } from '../fakes/index';
import { ROOT } from '../helpers';
import { loadAddon, userError, type Addon } from './harness';

const PLAN = 'แผนปฏิบัติการ';
const DETAILS = 'รายละเอียดโครงการ';
let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

/** The bundled example's plan and details sheets in a fresh spreadsheet. */
function officeWithExample(options: { drive?: boolean; docs?: boolean } = {}): Addon {
  const addon = loadAddon(options);
  addon.addSheet(DETAILS, example.find((s) => s.name === DETAILS)!.grid);
  addon.addSheet(PLAN, example.find((s) => s.name === PLAN)!.grid);
  return addon;
}

/** What the sidebar does: start, then batches until the run is finished or stopped, failed projects skipped. */
function runAll(addon: Addon, maxDocs = 5): { batches: DocsBatchResult[]; results: DocsBatchResult['results'] } {
  addon.call('startDocsRun');
  const batches: DocsBatchResult[] = [];
  const skip: string[] = [];
  for (let i = 0; i < 50; i++) {
    const r = addon.call('generateDocsBatch', { skip, maxDocs });
    batches.push(r);
    skip.push(...r.results.filter((x) => x.outcome === 'failed').map((x) => x.projectId));
    if (r.finished || r.stopped) break;
  }
  return { batches, results: batches.flatMap((b) => b.results) };
}

const docs = (world: DocsWorld) =>
  [...world.files.values()].filter((f) => f.mimeType === DOC_MIME && !f.trashed && !f.name.startsWith('แม่แบบ'));
/** A document's paragraphs; Google Docs keeps one (empty) paragraph at the end of a body, left out here. */
const bodyLines = (world: DocsWorld, id: string) =>
  world.files.get(id)!.doc!.body.getText().replace(/\n+$/, '').split('\n');
const planSheet = (addon: Addon) => addon.spreadsheet._sheetByName(PLAN)!;

/** The plan sheet's header row and the 1-based column with this header. */
function columnOf(addon: Addon, header: string): number {
  const row = planSheet(addon)
    ._dump()
    .find((r) => r.includes(header));
  if (!row) throw new Error(`no column ${header}`);
  return row.indexOf(header) + 1;
}

/** Expected name and text of every project document, built by the core from the same sheets (as the CLI does). */
function expectedDocuments(addon: Addon): Map<string, string[]> {
  const plan = planSheet(addon)._dump() as never;
  const reading = readPlan(plan);
  const details = readDetailsSheet(addon.spreadsheet._sheetByName(DETAILS)!._dump() as never)!;
  const ctx = documentContext(reading, DEFAULT_SETTINGS, DEFAULT_CATALOGUE);
  const out = new Map<string, string[]>();
  for (const link of linkDetails(reading.projects, details).links) {
    if (!link.details) continue;
    const model = buildProjectDocument(link.project as never, link.details, ctx);
    // Named in Drive as the CLI names the .docx (safeFileName: at most 200 bytes).
    out.set(safeFileName(model.name), documentText(model).split('\n'));
  }
  return out;
}

describe("generating the example plan's detail documents", () => {
  test('overview needs no permission: 13 to create, 2 without details, listed with the reason', () => {
    const addon = officeWithExample();
    addon.docs.granted.clear();
    const o = addon.call('getDocsOverview');
    expect(o.counts).toEqual({ create: 13, update: 0, unchanged: 0, 'no-details': 2, incomplete: 0 });
    expect(o.projects.filter((p) => p.action === 'no-details').map((p) => p.reason)).toEqual([
      'ยังไม่มีรายละเอียดโครงการ',
      'ยังไม่มีรายละเอียดโครงการ',
    ]);
    expect(o.detailsSheet).toBe(DETAILS);
    expect(o.folderUrl).toBeNull();
    expect(o.findings.map((f) => f.code)).toContain('DETAILS_UNMATCHED');
    expect(addon.log.snapshot()['Drive.Files.get']).toBeUndefined();
  });

  test("start: the folder in My Drive (drive.file cannot see the spreadsheet's folder), a template with every placeholder, the quota in Thai", () => {
    const addon = officeWithExample();
    const start = addon.call('startDocsRun');
    const folder = [...addon.docs.files.values()].find(
      (f) => f.mimeType === 'application/vnd.google-apps.folder' && f.id !== OFFICE_FOLDER,
    )!;
    expect(folder.parents).toEqual(['root']);
    expect(folder.owner).toBe(addon.users.active);
    expect(folder.name).toBe('เอกสารโครงการ – แผนป้องกันการทุจริต');
    expect(start.folderUrl).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(start.folderNote).toMatch(/^สร้างโฟลเดอร์เอกสารไว้ใน "ไดรฟ์ของฉัน"/);
    const template = [...addon.docs.files.values()].find((f) => f.name === 'แม่แบบเอกสารรายละเอียดโครงการ (ใสสะอาด)')!;
    expect(template.parents).toEqual([folder.id]);
    const text = template.doc!.body.getText();
    for (const p of [
      'ลำดับที่',
      'ชื่อโครงการ',
      'หลักการและเหตุผล',
      'วัตถุประสงค์',
      'กลุ่มเป้าหมาย',
      'วิธีดำเนินการ',
      'ระยะเวลาดำเนินการ',
      'งบประมาณ',
      'ผู้รับผิดชอบ',
      'ผลผลิต',
      'ผลลัพธ์',
    ])
      expect(text).toContain(`{{${p}}}`);
    expect(template.doc!.body._page).toEqual({
      width: 595.3,
      height: 841.9,
      left: 85,
      right: 56.7,
      top: 70.9,
      bottom: 56.7,
    });
    expect(start.quota).toEqual(expect.objectContaining({ toCreate: 13, createdToday: 0, mayStop: false }));
    expect(start.quota.message).toMatch(
      /^จะสร้างเอกสารใหม่ 13 ฉบับ \(ใน 24 ชั่วโมงที่ผ่านมาสร้างไปแล้ว 0 ฉบับ\) .*250 ฉบับต่อ 24 ชั่วโมงสำหรับบัญชี Gmail และ 1,500 ฉบับ/,
    );
    // The example has no รหัส column: one is added and filled, so documents follow renamed projects.
    const idCol = columnOf(addon, 'รหัส');
    const ids = planSheet(addon)
      ._dump()
      .map((r) => r[idCol - 1])
      .filter((v) => typeof v === 'string' && /^p[0-9a-f]{10}$/.test(v));
    expect(ids).toHaveLength(15);
  });

  test('13 Google Docs with the same names and text as the .docx, links and statuses written row by row', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const { batches, results } = runAll(addon);
    expect(batches.map((b) => [b.results.length, b.remaining, b.finished])).toEqual([
      [5, 8, false],
      [5, 3, false],
      [3, 0, true],
    ]);
    expect(results.every((r) => r.outcome === 'created')).toBe(true);
    const made = docs(addon.docs);
    expect(made).toHaveLength(13);
    const expected = expectedDocuments(addon);
    expect(new Set(made.map((d) => d.name))).toEqual(new Set(expected.keys()));
    for (const d of made) expect(bodyLines(addon.docs, d.id)).toEqual(expected.get(d.name));
    // Official form: Sarabun 16 pt, bold section headings, the template's A4 page.
    const second = made.find((d) => d.name.startsWith('ลำดับที่ ๒ '))!.doc!.body;
    const heading = second._children.find((c) => 'getText' in c && c.getText().startsWith('๓. วัตถุประสงค์')) as never as {
      _bold: boolean[];
      _attrs: { fontFamily: string; fontSize: number };
    };
    expect(heading._bold.every(Boolean)).toBe(true);
    expect(heading._attrs).toEqual(expect.objectContaining({ fontFamily: 'Sarabun', fontSize: 16 }));
    expect(second._page.left).toBe(85);

    const sheet = planSheet(addon);
    const link = columnOf(addon, 'เอกสารรายละเอียดโครงการ');
    const status = columnOf(addon, 'สถานะเอกสาร');
    for (const r of results) {
      const cell = sheet._cell(r.row, link);
      expect(cell.link).toBe(r.url);
      expect(cell.formula).toBe('');
      expect(String(cell.value)).toMatch(/^ลำดับที่ [๐-๙]+ /);
      expect(String(sheet._cell(r.row, status).value)).toMatch(
        /^สร้างแล้ว [๐-๙]+\/[๐-๙]+\/๒๕[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}$/,
      );
    }
    const withoutDetails = addon.call('getDocsOverview').projects.filter((p) => p.action === 'no-details');
    for (const p of withoutDetails) expect(sheet._cell(p.row, status).value).toBe('ยังไม่มีรายละเอียดโครงการ');
  });

  test("each row's link is written as soon as its document is saved, not all at the end", () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    addon.log.reset();
    addon.call('generateDocsBatch', { skip: [], maxDocs: 4 });
    const order = addon.log.order.filter(
      (c) => c === 'Drive.Files.copy' || c === 'Document.saveAndClose' || c === 'Range.setRichTextValues',
    );
    expect(order).toEqual(
      Array.from({ length: 4 }, () => ['Drive.Files.copy', 'Document.saveAndClose', 'Range.setRichTextValues']).flat(),
    );
    expect(addon.log.unlockedWrites).toEqual([]);
  });

  test('a rerun creates nothing and rewrites nothing', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    runAll(addon);
    const created = addon.docs.created;
    const times = docs(addon.docs).map((d) => d.modifiedTime);
    const start = addon.call('startDocsRun');
    expect(start.counts).toEqual(expect.objectContaining({ create: 0, update: 0, unchanged: 13 }));
    addon.log.reset();
    const { results, batches } = runAll(addon);
    expect(results).toEqual([]);
    expect(batches).toHaveLength(1);
    expect(batches[0].finished).toBe(true);
    expect(addon.docs.created).toBe(created);
    expect(docs(addon.docs).map((d) => d.modifiedTime)).toEqual(times);
    expect(addon.log.snapshot()['Drive.Files.copy']).toBeUndefined();
  });

  test('changing one project regenerates only it, in place: same document, same link, new text', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const first = runAll(addon).results;
    const before = new Map(docs(addon.docs).map((d) => [d.id, d.modifiedTime]));
    const details = addon.spreadsheet._sheetByName(DETAILS)!;
    const row = details._dump().findIndex((r) => String(r[2]).startsWith('โครงการจัดเวทีประชาคม')) + 1;
    details._cell(row, 6).value = 'ประชาชนในเขตเทศบาล จำนวน ๑๕๐ คน';
    expect(addon.call('getDocsOverview').counts).toEqual(expect.objectContaining({ update: 1, unchanged: 12 }));
    const { results } = runAll(addon);
    expect(results).toHaveLength(1);
    expect(results[0]).toEqual(expect.objectContaining({ outcome: 'updated', name: 'โครงการจัดเวที ประชาคม' }));
    const same = first.find((r) => r.projectId === results[0].projectId)!;
    expect(results[0].url).toBe(same.url);
    const id = same.url!.split('/')[5];
    expect(bodyLines(addon.docs, id)).toContain('ประชาชนในเขตเทศบาล จำนวน ๑๕๐ คน');
    expect(docs(addon.docs)).toHaveLength(13);
    for (const d of docs(addon.docs)) if (d.id !== id) expect(d.modifiedTime).toBe(before.get(d.id));
    expect(String(planSheet(addon)._cell(results[0].row, columnOf(addon, 'สถานะเอกสาร')).value)).toMatch(/^ปรับปรุงแล้ว /);
  });

  test("the same budget change in the plan table regenerates that project's document (budget comes from the plan)", () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    runAll(addon);
    const sheet = planSheet(addon);
    const row = sheet._dump().findIndex((r) => String(r[2]).includes('กิจกรรมการมอบ')) + 1;
    expect(row).toBeGreaterThan(0);
    sheet._cell(row, 4).value = 12000;
    const { results } = runAll(addon);
    expect(results.map((r) => r.outcome)).toEqual(['updated']);
    expect(bodyLines(addon.docs, results[0].url!.split('/')[5])).toContain(
      'ปีงบประมาณ พ.ศ. ๒๕๖๖ จำนวน ๑๒,๐๐๐ บาท (หนึ่งหมื่นสองพันบาทถ้วน)',
    );
  });

  test('a run closed part-way (the sidebar shut) resumes: no project gets a second document', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const firstBatch = addon.call('generateDocsBatch', { skip: [], maxDocs: 4 });
    expect(firstBatch.results).toHaveLength(4);
    // Later, a new sidebar starts a new run.
    const start = addon.call('startDocsRun');
    expect(start.counts).toEqual(expect.objectContaining({ create: 9, unchanged: 4 }));
    const { results } = runAll(addon);
    expect(results).toHaveLength(9);
    expect(docs(addon.docs)).toHaveLength(13);
    expect(new Set(docs(addon.docs).map((d) => d.name)).size).toBe(13);
  });

  test('a document cut off after its copy was made is finished in place next time, not copied again', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    let cut = 0;
    addon.log.failWhen = (call) =>
      call === 'DocumentApp.openById' && addon.docs.created === 3 && cut++ === 0
        ? new Error('Exceeded maximum execution time')
        : null;
    const first = runAll(addon);
    const failed = first.results.filter((r) => r.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0].error).toBe('ใช้เวลานานเกินกำหนดของ Google ระบบจะทำต่อในรอบถัดไป');
    expect(failed[0].errorEn).toBe("Google's time limit was reached; SaiSaat carries on in the next round");
    expect(String(planSheet(addon)._cell(failed[0].row, columnOf(addon, 'สถานะเอกสาร')).value)).toMatch(
      /^ผิดพลาด .*: ใช้เวลานานเกินกำหนด/,
    );
    expect(docs(addon.docs)).toHaveLength(13);
    const empty = docs(addon.docs).find((d) => d.doc!.body.getText().includes('{{'))!;
    expect(empty).toBeDefined();
    const again = runAll(addon).results;
    expect(again).toEqual([expect.objectContaining({ projectId: failed[0].projectId, outcome: 'updated' })]);
    expect(docs(addon.docs)).toHaveLength(13);
    expect(docs(addon.docs).some((d) => d.doc!.body.getText().includes('{{'))).toBe(false);
  });

  test('one failing project is reported with a Thai message; the other twelve finish', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    // An error waiting does not mend (a full Drive), so it is not retried.
    addon.log.failWhen = (call, args) =>
      call === 'Drive.Files.copy' && String((args[0] as { name: string }).name).includes('ลำดับที่ ๗ ')
        ? apiError(call, 403, 'storageQuotaExceeded', "The user's Drive storage quota has been exceeded.")
        : null;
    const { results, batches } = runAll(addon);
    expect(batches[batches.length - 1].finished).toBe(true);
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(12);
    const failed = results.find((r) => r.outcome === 'failed')!;
    // Said in Thai with what to do; Google's own words quoted after it (shared/googleErrors.ts).
    const google = `(Google: "API call to drive.files.copy failed with error: The user's Drive storage quota has been exceeded.")`;
    expect(failed.error).toBe(
      `พื้นที่เก็บข้อมูลใน Google ไดรฟ์เต็ม — ลบไฟล์ที่ไม่ใช้ออกจากไดรฟ์ (และถังขยะ) หรือขอพื้นที่เพิ่มจากผู้ดูแล แล้วกดอีกครั้ง — ${google}`,
    );
    expect(failed.errorEn).toMatch(/^The Google Drive storage is full — .+ — \(Google: "API call/);
    expect(docs(addon.docs)).toHaveLength(12);
    expect(addon.utilities._slept).toEqual([]);
  });

  test("Google's daily quota stops the run cleanly; the next day it carries on with the rest", () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    // Apps Script's own words for the daily quota (a rate limit is only retried: rateLimits.test.ts).
    addon.log.failWhen = (call, args) =>
      call === 'Drive.Files.copy' && addon.docs.created >= 6 ? FAULTS.dailyQuota('docs')(call, args) : null;
    const { batches } = runAll(addon);
    const last = batches[batches.length - 1];
    expect(last.stopped).toBe('quota');
    // For the sidebar's error box: both languages.
    expect(decodeMessage(last.message)).toEqual({
      th: expect.stringMatching(/^Google ไม่ให้สร้างเอกสารเพิ่มในวันนี้ .*กดสร้างเอกสารอีกครั้งพรุ่งนี้/),
      en: expect.stringMatching(/^Google will not create more documents today .*again tomorrow/),
    });
    // The template took one of the six files Google allowed today.
    expect(docs(addon.docs)).toHaveLength(5);
    expect(addon.userProperties._store.get('saisaat.docs.created24h')).toMatch(/^\d+:5$/);
    expect(addon.utilities._slept).toEqual([]);
    addon.log.failWhen = null;
    const start = addon.call('startDocsRun');
    expect(start.quota).toEqual(expect.objectContaining({ toCreate: 8, createdToday: 5 }));
    runAll(addon);
    expect(docs(addon.docs)).toHaveLength(13);
  });

  test('editing the template regenerates every document once, in place', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    runAll(addon);
    const template = [...addon.docs.files.values()].find((f) => f.name.startsWith('แม่แบบ'))!;
    const heading = template.doc!.body._children[0] as never as { _text: string };
    heading._text = 'แบบรายละเอียดโครงการ ลำดับที่ {{ลำดับที่}}';
    template.modifiedTime = addon.docs.tick();
    const { results } = runAll(addon);
    expect(results).toHaveLength(13);
    expect(results.every((r) => r.outcome === 'updated')).toBe(true);
    expect(docs(addon.docs)).toHaveLength(13);
    for (const d of docs(addon.docs))
      expect(bodyLines(addon.docs, d.id)[0]).toMatch(/^แบบรายละเอียดโครงการ ลำดับที่ [๐-๙]+$/);
  });

  test('a template with a misspelt or missing placeholder is refused before anything is generated', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const template = [...addon.docs.files.values()].find((f) => f.name.startsWith('แม่แบบ'))!;
    const name = template.doc!.body._children.find(
      (c) => 'getText' in c && c.getText().includes('{{ชื่อโครงการ}}'),
    ) as never as { _text: string };
    name._text = '๑. ชื่อโครงการ : {{ชื่อโครงกร}}';
    expect(userError(() => addon.call('generateDocsBatch', { skip: [] }))).toEqual({
      th: expect.stringMatching(
        /^แม่แบบเอกสารใช้ไม่ได้: ไม่รู้จักช่องแทนที่ \{\{ชื่อโครงกร\}\} .*ไม่มีช่องแทนที่ที่จำเป็น \{\{ชื่อโครงการ\}\} — แก้ไขแม่แบบที่ https:/,
      ),
      en: expect.stringMatching(
        /^The document template cannot be used: unknown placeholders \{\{ชื่อโครงกร\}\} .*required placeholders missing: \{\{ชื่อโครงการ\}\} — fix the template at https:/,
      ),
    });
    expect(docs(addon.docs)).toHaveLength(0);
  });

  test('placeholders match with zero-width and non-breaking spaces inside', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const template = [...addon.docs.files.values()].find((f) => f.name.startsWith('แม่แบบ'))!;
    const name = template.doc!.body._children.find(
      (c) => 'getText' in c && c.getText().includes('{{ชื่อโครงการ}}'),
    ) as never as { _text: string; _bold: boolean[] };
    name._text = '๑. ชื่อโครงการ : {{\u200bชื่อโครงการ\u00a0}}';
    name._bold = Array.from({ length: name._text.length }, (_, i) => i < 16);
    const { results } = runAll(addon);
    expect(results).toHaveLength(13);
    const lines = bodyLines(addon.docs, results[0].url!.split('/')[5]);
    expect(lines[1]).toBe('๑. ชื่อโครงการ : กิจกรรมการมอบประกาศเกียรติคุณแก่คณะกรรมการชุมชน');
  });

  test('a document deleted in Drive is made again (and the link updated)', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const first = runAll(addon).results;
    const gone = first[0].url!.split('/')[5];
    addon.docs.files.get(gone)!.trashed = true;
    const { results } = runAll(addon);
    expect(results).toEqual([expect.objectContaining({ projectId: first[0].projectId, outcome: 'created' })]);
    expect(results[0].url).not.toBe(first[0].url);
    expect(planSheet(addon)._cell(results[0].row, columnOf(addon, 'เอกสารรายละเอียดโครงการ')).link).toBe(results[0].url);
  });

  test('a project moved to another row keeps its document', () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    runAll(addon);
    const sheet = planSheet(addon);
    const rows = sheet._rows;
    const a = sheet._dump().findIndex((r) => String(r[2]).includes('โครงการจัดเวที'));
    expect(a).toBeGreaterThan(0);
    [rows[a], rows[a - 1]] = [rows[a - 1], rows[a]];
    const { results } = runAll(addon);
    // Both moved projects' documents are renumbered (their ลำดับที่ changed) but none is new.
    expect(results.map((r) => r.outcome)).toEqual(['updated', 'updated']);
    expect(results.map((r) => r.name).join()).toContain('โครงการจัดเวที');
    expect(docs(addon.docs)).toHaveLength(13);
  });

  test('no folder picked: the documents folder is made in My Drive, and the user is told it can be moved', () => {
    const addon = officeWithExample();
    const start = addon.call('startDocsRun');
    const folder = [...addon.docs.files.values()].find((f) => f.name.startsWith('เอกสารโครงการ'))!;
    expect(folder.parents).toEqual(['root']);
    expect(start.folderNote).toMatch(/^สร้างโฟลเดอร์เอกสารไว้ใน "ไดรฟ์ของฉัน" — ย้ายโฟลเดอร์ไปไว้ที่ใดก็ได้/);
    expect(start.folderNoteEn).toMatch(/^The documents folder was made in "My Drive" — move it anywhere you like/);
  });

  test('a folder picked with Google Picker (which grants access to it): the documents folder is made in it', () => {
    const addon = officeWithExample();
    addon.docs.grantApp(addon.users.active, OFFICE_FOLDER);
    const overview = addon.call('chooseDocsFolder', { folderId: OFFICE_FOLDER });
    expect(overview.parentFolderUrl).toBe(`https://drive.google.com/drive/folders/${OFFICE_FOLDER}`);
    const start = addon.call('startDocsRun');
    const folder = [...addon.docs.files.values()].find((f) => f.name.startsWith('เอกสารโครงการ'))!;
    expect(folder.parents).toEqual([OFFICE_FOLDER]);
    expect(start.folderNote).toBe('');
  });

  test('a folder not picked (drive.file does not reach it) is refused; nothing remembered', () => {
    const addon = officeWithExample();
    expect(userError(() => addon.call('chooseDocsFolder', { folderId: OFFICE_FOLDER })).th).toMatch(
      /^สิ่งที่เลือกไม่ใช่โฟลเดอร์ที่ใสสะอาดเข้าถึงได้/,
    );
    expect(addon.call('getDocsOverview').parentFolderUrl).toBeNull();
  });

  test('the picked folder is only shared for reading: the folder goes to My Drive, and the user is told why', () => {
    const addon = officeWithExample();
    const office = addon.docs.files.get(OFFICE_FOLDER)!;
    office.owner = 'office@example.com';
    office.shared.set(addon.users.active, 'reader');
    addon.docs.grantApp(addon.users.active, OFFICE_FOLDER);
    addon.call('chooseDocsFolder', { folderId: OFFICE_FOLDER });
    const start = addon.call('startDocsRun');
    expect(start.folderNote).toMatch(/^สร้างโฟลเดอร์เอกสารไว้ใน "ไดรฟ์ของฉัน" เพราะเขียนลงโฟลเดอร์ที่เลือกไว้ไม่ได้/);
    expect(start.folderNoteEn).toMatch(
      /^The documents folder was made in "My Drive": the folder you picked cannot be written to/,
    );
    const folder = [...addon.docs.files.values()].find((f) => f.name.startsWith('เอกสารโครงการ'))!;
    expect(folder.parents).toEqual(['root']);
  });

  test('permissions not granted (granular consent): a prompt in Thai and English with the consent link, nothing made', () => {
    const addon = officeWithExample();
    addon.docs.granted.delete('https://www.googleapis.com/auth/drive.file');
    expect(userError(() => addon.call('startDocsRun'))).toEqual({
      th: `ใสสะอาดยังไม่ได้รับอนุญาตให้สร้างเอกสารใน Google เอกสารและ Google ไดรฟ์ (อาจยังไม่ได้ติ๊กอนุญาตบางข้อ) — เปิดลิงก์นี้ ติ๊กอนุญาตทุกข้อ แล้วกดอีกครั้ง: ${AUTHORIZATION_URL}`,
      en: `SaiSaat may not yet create documents in Google Docs and Google Drive (some permissions may be unticked) — open this link, tick every permission, then press again: ${AUTHORIZATION_URL}`,
    });
    expect(userError(() => addon.call('generateDocsBatch', { skip: [] })).th).toMatch(/ยังไม่ได้รับอนุญาต/);
    expect(addon.docs.files.size).toBe(2);
  });

  test('without the Drive advanced service: a clear message', () => {
    const addon = officeWithExample({ drive: false });
    expect(userError(() => addon.call('startDocsRun'))).toEqual({
      th: expect.stringMatching(/^บริการ Drive ขั้นสูง \(Drive API v3\) ยังไม่ได้เปิด/),
      en: expect.stringMatching(/^The Drive advanced service \(Drive API v3\) is not enabled/),
    });
  });

  test('bad requests from the page are refused', () => {
    const addon = officeWithExample();
    expect(() => addon.call('generateDocsBatch', { skip: 'x' })).toThrow();
    expect(() => addon.call('generateDocsBatch', { skip: [], maxDocs: 1000 })).toThrow();
  });

  test("preview: one project's document made (or, unchanged, opened) — the full run then reuses it", () => {
    const addon = officeWithExample();
    addon.call('startDocsRun');
    const id = addon.call('getDocsOverview').projects.find((p) => p.name.startsWith('โครงการจัดเวที'))!.projectId;
    const preview = addon.call('generateDocsBatch', { skip: [], only: [id] });
    expect(preview.results).toEqual([expect.objectContaining({ projectId: id, outcome: 'created' })]);
    expect(addon.call('generateDocsBatch', { skip: [], only: [id] }).results).toEqual([
      expect.objectContaining({ outcome: 'unchanged', url: preview.results[0].url }),
    ]);
    expect(runAll(addon).results).toHaveLength(12);
    expect(docs(addon.docs)).toHaveLength(13);
  });
});

describe('the whole plan document', () => {
  test('cover, ส่วนที่ ๒ landscape with subtotals and รวมทั้งสิ้น, ส่วนที่ ๓ every detail document; PDF next to it', () => {
    const addon = officeWithExample();
    const r = addon.call('generatePlanDocument', { pdf: true });
    expect(r).toEqual(
      expect.objectContaining({
        name: 'แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐) เทศบาลตำบลบึงเค็งตา',
        projects: 13,
        landscape: true,
      }),
    );
    const file = addon.docs.files.get(r.url.split('/')[5])!;
    const text = file.doc!.body.getText();
    expect(text.split('\n').filter(Boolean).slice(0, 3)).toEqual([
      'แผนปฏิบัติการป้องกันการทุจริต (พ.ศ. ๒๕๖๖ - ๒๕๗๐)',
      'เทศบาลตำบลบึงเค็งตา',
      expect.stringMatching(/^[๐-๙]+ [ก-๙]+ ๒๕[๐-๙]{2}$/),
    ]);
    expect(text).toMatch(/รวมทั้งสิ้น\t\t\t๑๐๓,๕๐๐\t๑๐๓,๕๐๐\t๑๐๘,๕๐๐\t๑๑๓,๕๐๐\t๑๑๓,๕๐๐/);
    expect(text).toMatch(/รวมมิติที่ ๑\t\t\t๕๕,๐๐๐/);
    expect(text.match(/^ลำดับที่ [๐-๙]+$/gm)).toHaveLength(13);
    expect(file.doc!.sections).toEqual([
      { startsWith: '', landscape: false },
      { startsWith: 'ส่วนที่ ๒', landscape: true },
      { startsWith: 'ส่วนที่ ๓', landscape: false },
    ]);
    const pdf = [...addon.docs.files.values()].find((f) => f.name.endsWith('.pdf'))!;
    expect(pdf.blob).toEqual({ contentType: 'application/pdf', from: file.id });
    expect(r.pdfUrl).toBe(`https://drive.google.com/file/d/${pdf.id}/view`);
    // Again: the same document and PDF, rewritten, with its three sections (not six).
    const again = addon.call('generatePlanDocument', { pdf: true });
    expect(again.url).toBe(r.url);
    expect(again.pdfUrl).toBe(r.pdfUrl);
    expect(file.doc!.sections).toHaveLength(3);
    expect(file.doc!.body.getText()).toBe(text);
  });

  test('without the Docs advanced service the parts are separated by page breaks and the result says portrait', () => {
    const addon = officeWithExample({ docs: false });
    const r = addon.call('generatePlanDocument', { pdf: false });
    expect(r).toEqual(expect.objectContaining({ landscape: false, pdfUrl: null }));
    const doc = addon.docs.files.get(r.url.split('/')[5])!.doc!;
    expect(doc.sections).toHaveLength(1);
    const children = doc.body._children as { _text?: string; _pageBreak?: boolean }[];
    for (const part of ['ส่วนที่ ๒', 'ส่วนที่ ๓'])
      expect(children[children.findIndex((c) => c._text === part) - 1]._pageBreak).toBe(true);
  });
});

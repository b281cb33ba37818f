/**
 * The template's header and footer (issue 13, item 6a): a new document is a Drive copy of the
 * template and has them; a document updated in place gets them too — added, refilled or removed as
 * the template now has them — so an updated document is the same as a fresh copy. Placeholders in a
 * header or footer are filled inline. Over the fakes, through the built Code.js.
 */
import { join } from 'node:path';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import {
  DOC_MIME,
  FakeHeaderFooter,
  HorizontalAlignment,
  type FakeSection,
  type DocsWorld,
  type DriveFile,
} from '../fakes/documents';
import { ROOT } from '../helpers';
import { loadAddon, type Addon } from './harness';

let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

function office(): Addon {
  const addon = loadAddon();
  for (const name of ['รายละเอียดโครงการ', 'แผนปฏิบัติการ'])
    addon.addSheet(name, example.find((s) => s.name === name)!.grid);
  addon.call('startDocsRun');
  return addon;
}

function runAll(addon: Addon): string[] {
  addon.call('startDocsRun');
  const outcomes: string[] = [];
  for (let i = 0; i < 20; i++) {
    const r = addon.call('generateDocsBatch', { skip: [], maxDocs: 5 });
    outcomes.push(...r.results.map((x) => x.outcome));
    if (r.finished || r.stopped) break;
  }
  return outcomes;
}

const template = (world: DocsWorld) => [...world.files.values()].find((f) => f.name.startsWith('แม่แบบ'))!;
const documents = (world: DocsWorld) =>
  [...world.files.values()].filter((f) => f.mimeType === DOC_MIME && !f.name.startsWith('แม่แบบ'));

type Line = { text: string; align?: string; bold?: boolean };

/** Sets the template's header or footer (null: none), as a user editing it in Docs would, and marks it edited. */
function editTemplate(addon: Addon, slot: 'header' | 'footer', lines: Line[] | null): void {
  const file = template(addon.docs);
  if (!lines) file.doc![slot] = null;
  else {
    const section = new FakeHeaderFooter(addon.docs, slot === 'header' ? 'HEADER_SECTION' : 'FOOTER_SECTION');
    for (const line of lines) {
      const p = section._raw(section.appendParagraph(line.text)) as never as {
        _attrs: { align: string | null };
        _bold: boolean[];
      };
      if (line.align) p._attrs.align = line.align;
      if (line.bold) p._bold.fill(true);
    }
    // A new section's empty first paragraph is gone once something was typed after it.
    section._children.shift();
    file.doc![slot] = section;
  }
  file.modifiedTime = addon.docs.tick();
}

/** What a reader sees of a document: each paragraph of header, body and footer with its formatting, tables' text, the page. */
function look(f: DriveFile) {
  const section = (s: FakeSection | null) =>
    s &&
    s._children.map((c) =>
      '_attrs' in c
        ? { text: c._text, align: c._attrs.align, attrs: c._attrs, bold: c._bold, pageBreak: c._pageBreak }
        : c.getText(),
    );
  return {
    header: section(f.doc!.header),
    footer: section(f.doc!.footer),
    body: section(f.doc!.body),
    page: f.doc!.body._page,
  };
}
const looks = (world: DocsWorld) => new Map(documents(world).map((f) => [f.name, look(f)]));

describe("the template's header and footer", () => {
  const HEADER: Line[] = [{ text: '{{ชื่อหน่วยงาน}} — แผนปฏิบัติการ', align: HorizontalAlignment.CENTER, bold: true }];
  const FOOTER: Line[] = [{ text: 'โครงการลำดับที่ {{ลำดับที่}}', align: HorizontalAlignment.RIGHT }];

  test('documents updated in place get the header and footer a fresh copy of the template has, placeholders filled', () => {
    // Made before the template had a header or footer, then the template edited: every document updated.
    const updated = office();
    expect(runAll(updated).every((o) => o === 'created')).toBe(true);
    editTemplate(updated, 'header', HEADER);
    editTemplate(updated, 'footer', FOOTER);
    const outcomes = runAll(updated);
    expect(outcomes).toHaveLength(13);
    expect(outcomes.every((o) => o === 'updated')).toBe(true);

    // The same template from the start: every document a fresh Drive copy.
    const fresh = office();
    editTemplate(fresh, 'header', HEADER);
    editTemplate(fresh, 'footer', FOOTER);
    expect(runAll(fresh).every((o) => o === 'created')).toBe(true);

    const a = looks(updated.docs);
    const b = looks(fresh.docs);
    expect(a.size).toBe(13);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, doc] of a) {
      expect(doc).toEqual(b.get(name));
      const header = doc.header![0] as { text: string; align: string; bold: boolean[] };
      expect(header.text).toMatch(/^\S.* — แผนปฏิบัติการ$/);
      expect(header.text).not.toContain('{{');
      expect(header.align).toBe(HorizontalAlignment.CENTER);
      expect(header.bold.every(Boolean)).toBe(true);
      expect((doc.footer![0] as { text: string }).text).toMatch(/^โครงการลำดับที่ [๐-๙]+$/);
    }
  });

  test('a header changed and a footer removed in the template: the next update refills the one and removes the other', () => {
    const addon = office();
    editTemplate(addon, 'header', HEADER);
    editTemplate(addon, 'footer', FOOTER);
    runAll(addon);
    const bodies = new Map(documents(addon.docs).map((f) => [f.name, f.doc!.body.getText()]));
    editTemplate(addon, 'header', [{ text: 'ปีงบประมาณ {{ปีงบประมาณ}}' }, { text: 'ฉบับปรับปรุง' }]);
    editTemplate(addon, 'footer', null);
    expect(runAll(addon).every((o) => o === 'updated')).toBe(true);
    for (const f of documents(addon.docs)) {
      expect(f.doc!.header!._children.map((c) => ('_text' in c ? c._text : ''))).toEqual([
        expect.stringMatching(/^ปีงบประมาณ [๐-๙]{4}(-[๐-๙]{4})?$/),
        'ฉบับปรับปรุง',
      ]);
      expect(f.doc!.footer).toBeNull();
      expect(f.doc!.body.getText()).toBe(bodies.get(f.name));
    }
    // And a template with neither: documents lose both, nothing else changes.
    editTemplate(addon, 'header', null);
    runAll(addon);
    for (const f of documents(addon.docs)) {
      expect([f.doc!.header, f.doc!.footer]).toEqual([null, null]);
      expect(f.doc!.body.getText()).toBe(bodies.get(f.name));
    }
  });

  test('a placeholder misspelt in the header is refused by the template check like one in the body', () => {
    const addon = office();
    editTemplate(addon, 'header', [{ text: '{{ชื่อหน่วยงน}}' }]);
    expect(() => addon.call('startDocsRun')).toThrow(/ชื่อหน่วยงน/);
  });

  test('the fake header is strict: no page set-up or page breaks, which only a body has', () => {
    const addon = office();
    const app = addon.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const header = app.openById(template(addon.docs).id).addHeader() as never as Record<
      string,
      (n?: number) => unknown
    >;
    expect(() => header.setPageWidth(100)).toThrow('not implemented: HeaderSection.setPageWidth');
    expect(() => header.appendPageBreak()).toThrow('not implemented: HeaderSection.appendPageBreak');
    expect(String(header.getType())).toBe('HEADER_SECTION');
  });
});

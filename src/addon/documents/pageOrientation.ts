/**
 * Page orientation per part of the whole plan document. DocumentApp has no section breaks, so the
 * Docs advanced service (v1) inserts them and turns ส่วนที่ ๒ landscape (SectionStyle
 * flipPageOrientation). Without that service the document stays portrait and says so.
 */
import type { Block, DocModel } from '../../core/document/model';
import { docText } from './googleDocRender';

type DocsRequest = Record<string, unknown>;

export function docsApiAvailable(): boolean {
  return typeof Docs !== 'undefined' && !!Docs;
}

interface ContentItem {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: { textRun?: { content?: string } }[] };
}

function content(docId: string, fields: string): ContentItem[] {
  return (Docs!.Documents.get(docId, { fields }).body?.content ?? []) as ContentItem[];
}

/** Empties a document, section breaks included (a body must keep its final newline). */
export function clearDocument(docId: string): void {
  const items = content(docId, 'body.content(endIndex)');
  const end = items.length ? (items[items.length - 1].endIndex ?? 1) : 1;
  if (end > 2)
    Docs!.Documents.batchUpdate(
      { requests: [{ deleteContentRange: { range: { startIndex: 1, endIndex: end - 1 } } }] as never },
      docId,
    );
}

/** A part's first paragraph as the document holds it (written through docText). */
const firstText = (blocks: Block[]) => {
  const b = blocks.find((x) => x.kind === 'heading' || x.kind === 'paragraph');
  return docText(b?.kind === 'heading' ? b.text : b?.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '');
};

/**
 * A section break before each part after the first (found by its first paragraph's text), and
 * landscape pages for the parts the model wants landscape. Returns whether it could.
 */
export function applySections(docId: string, model: DocModel): boolean {
  if (model.sections.length < 2) return true;
  const paragraphs = content(docId, 'body.content(startIndex,paragraph.elements.textRun.content)')
    .filter((c) => c.paragraph)
    .map((c) => ({
      start: c.startIndex ?? 0,
      text: (c.paragraph!.elements ?? [])
        .map((e) => e.textRun?.content ?? '')
        .join('')
        .replace(/\n$/, '')
        .trim(),
    }));
  const starts: number[] = [];
  let from = 0;
  for (const section of model.sections.slice(1)) {
    const text = firstText(section.blocks).trim();
    const at = paragraphs.findIndex((p, i) => i >= from && p.text === text);
    if (at < 0) return false;
    starts.push(paragraphs[at].start);
    from = at + 1;
  }
  // Inserted from the end, so earlier indexes stay valid; each break adds a newline and the break.
  const requests: DocsRequest[] = [...starts]
    .reverse()
    .map((index) => ({ insertSectionBreak: { location: { index }, sectionType: 'NEXT_PAGE' } }));
  model.sections.slice(1).forEach((section, k) => {
    if (section.orientation !== 'landscape') return;
    const start = starts[k] + 2 * (k + 1);
    requests.push({
      updateSectionStyle: {
        range: { startIndex: start, endIndex: start + 1 },
        sectionStyle: { flipPageOrientation: true },
        fields: 'flipPageOrientation',
      },
    });
  });
  Docs!.Documents.batchUpdate({ requests } as never, docId);
  return true;
}

/**
 * The cost model of a Google Doc (issue 13, item 7): each Apps Script service call the fakes
 * count, sorted by what it costs on Google, and an estimate of seconds from per-call latencies.
 *
 * - Remote round trips: every Drive and Docs advanced-service call is one HTTP request to the API
 *   (https://developers.google.com/docs/api/how-tos/batch: "Each connection your client makes
 *   results in a certain amount of overhead"; a batchUpdate, however many requests it holds, is
 *   one). DocumentApp loads the document once in openById and keeps edits pending until
 *   saveAndClose ("Causes pending updates to be flushed and applied",
 *   https://developers.google.com/apps-script/reference/document/document#saveAndClose()); so
 *   openById and saveAndClose are the round trips, the edits in between are not. A PDF (getAs) is
 *   a conversion on Google's side.
 * - Properties reads and writes reach Google's property store each time.
 * - Spreadsheet calls: writes are cached and sent together, reads are served ahead
 *   (https://developers.google.com/apps-script/guides/support/best-practices, "Use batch operations").
 * - In-document edits: DocumentApp calls on the loaded document (text, paragraphs, attributes).
 * - Script: Apps Script's own services that reach no file (lock, dates, session, authorization info).
 *
 * Latencies, in seconds. Google publishes none; these are the figures others measured, or, where
 * nobody has, our assumption, marked so:
 * - Drive.Files.copy 1.5: gdrive-copy, an Apps Script Drive copier, reports about 2,000 files
 *   copied in the 90-minute daily run time (https://github.com/ericyd/gdrive-copy/issues/100),
 *   2.7 s a file with its own logging and bookkeeping; the copy itself taken as about half.
 * - Docs API call 0.5: "~30 sequential calls ≈ 15 s wall-clock"
 *   (https://github.com/openclaw/gogcli/issues/698).
 * - DocumentApp.openById and saveAndClose 0.5 each: assumed, as one Docs API read or write.
 * - Other Drive calls (get, create, update) 0.5: assumed, as a Docs API call.
 * - Document.getAs (PDF) 2: assumed.
 * - Properties: setProperty 0.062, getProperty 0.030 on average over 100 runs
 *   (https://ziritione.org/post/apps_script_performance); handles (getDocumentProperties) nothing.
 * - Spreadsheet call 0.01, in-document edit 0.002: assumed (work in Apps Script's own process;
 *   nobody has published a per-call figure).
 */

export type CallKind = 'remote' | 'properties' | 'spreadsheet' | 'in-document' | 'script' | 'other';

const REMOTE_DOCUMENT_APP = new Set([
  'DocumentApp.openById',
  'DocumentApp.create',
  'Document.saveAndClose',
  'Document.getAs',
]);

export function callKind(call: string): CallKind {
  if (/^(Drive|Docs)\./.test(call) || REMOTE_DOCUMENT_APP.has(call)) return 'remote';
  if (/^Properties(Service)?\./.test(call)) return 'properties';
  if (/^(SpreadsheetApp|Spreadsheet|Sheet|Range|RichTextValue|RichTextValueBuilder)\./.test(call)) return 'spreadsheet';
  if (/^(Document|Body|HeaderSection|FooterSection|Paragraph|ListItem|Text|Table|TableRow|TableCell)\./.test(call))
    return 'in-document';
  if (/^(LockService|Lock|Utilities|Session|User|ScriptApp|AuthorizationInfo)\./.test(call)) return 'script';
  return 'other';
}

/** Seconds one call is estimated to take on Google (see above for where each figure comes from). */
export function latency(call: string): number {
  if (call === 'Drive.Files.copy') return 1.5;
  if (call === 'Document.getAs') return 2;
  if (call === 'Properties.setProperty' || call === 'Properties.deleteProperty') return 0.062;
  if (call === 'Properties.getProperty' || call === 'Properties.getProperties') return 0.03;
  switch (callKind(call)) {
    case 'remote':
      return 0.5;
    case 'spreadsheet':
      return 0.01;
    case 'in-document':
      return 0.002;
    default:
      return 0;
  }
}

/** Calls per document by kind, and estimated seconds, from the counts of a 1-document and a 5-document batch. */
export function perDocument(one: Map<string, number>, five: Map<string, number>, docs = 4) {
  const kinds = new Map<CallKind, number>();
  const remote = new Map<string, number>();
  let seconds = 0;
  for (const [call, n] of five) {
    const each = (n - (one.get(call) ?? 0)) / docs;
    if (!each) continue;
    const kind = callKind(call);
    kinds.set(kind, (kinds.get(kind) ?? 0) + each);
    if (kind === 'remote') remote.set(call, each);
    seconds += each * latency(call);
  }
  return { kinds, remote, seconds };
}

/**
 * The cost of a Google Doc in remote round trips (issue 13, item 7; the model and its latencies
 * are bench/serviceCost.ts): a new document is a Drive copy, an open and a save — at most 4 remote
 * calls — and an update a Drive check, an open and a save — at most 3 — however long its lists
 * and paragraphs are. Generated details (seeded): lists of 1 to 40 items, 1 to 12 paragraphs.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { DETAILS_COLUMNS } from '../../src/core/read/details/sheetColumns';
import { toThaiDigits } from '../../src/shared/numbers';
import { callKind } from '../../bench/serviceCost';
import { loadAddon, type Addon } from './harness';
import { ROOT } from '../helpers';

const SEED = Number(process.env.SAISAAT_SEED ?? 20261202);
const RUNS = 4;
const DETAILS = 'รายละเอียดโครงการ';
const LISTS = ['วัตถุประสงค์', 'วิธีดำเนินการ', 'ผลผลิต', 'ผลลัพธ์'];
const PARAGRAPHS = ['หลักการและเหตุผล', 'กลุ่มเป้าหมาย', 'ผู้รับผิดชอบ'];

let example: SheetGrid[];
beforeAll(async () => {
  example = await readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
});

/** Each project's details: its lists and paragraphs this long (a list as the sheet writes it, "๑) …" per line). */
function office(sizes: { items: number; paragraphs: number }[]): Addon {
  const addon = loadAddon();
  const grid = example.find((s) => s.name === DETAILS)!.grid.map((r) => r.slice());
  const col = (header: string) => DETAILS_COLUMNS.findIndex((c) => c.header === header);
  grid.slice(1).forEach((row, i) => {
    const { items, paragraphs } = sizes[i % sizes.length];
    for (const h of LISTS)
      row[col(h)] = Array.from({ length: items }, (_, k) => `${toThaiDigits(String(k + 1))}) ${h} ข้อที่ ${k + 1}`).join(
        '\n',
      );
    for (const h of PARAGRAPHS)
      row[col(h)] = Array.from({ length: paragraphs }, (_, k) => `${h} ย่อหน้าที่ ${k + 1}`).join('\n');
  });
  addon.addSheet(DETAILS, grid);
  addon.addSheet('แผนปฏิบัติการ', example.find((s) => s.name === 'แผนปฏิบัติการ')!.grid);
  return addon;
}

/** Remote calls of batches of 1, 4 and the rest: per document, and whether every document costs the same. */
function remotePerDocument(addon: Addon, outcome: string) {
  addon.call('startDocsRun');
  const batches = [1, 4, 25].map((maxDocs) => {
    addon.log.reset();
    const r = addon.call('generateDocsBatch', { skip: [], maxDocs });
    expect(r.results.every((x) => x.outcome === outcome)).toBe(true);
    const calls = [...addon.log.counts];
    // Every call the documents make is in the model: none left unpriced.
    expect(calls.filter(([c]) => callKind(c) === 'other')).toEqual([]);
    return {
      docs: r.results.length,
      remote: calls.filter(([c]) => callKind(c) === 'remote').reduce((s, [, n]) => s + n, 0),
    };
  });
  const [one, four, rest] = batches;
  const each = (four.remote - one.remote) / (four.docs - one.docs);
  return {
    each,
    same: rest.remote - four.remote === each * (rest.docs - four.docs),
    docs: one.docs + four.docs + rest.docs,
  };
}

test(`remote calls per Google Doc: at most 4 to create, 3 to update, whatever it holds (${RUNS} generated plans, seed ${SEED})`, () => {
  const size = fc.record({ items: fc.integer({ min: 1, max: 40 }), paragraphs: fc.integer({ min: 1, max: 12 }) });
  fc.assert(
    fc.property(fc.array(size, { minLength: 1, maxLength: 13 }), (sizes) => {
      const addon = office(sizes);
      const created = remotePerDocument(addon, 'created');
      expect(created).toEqual({ each: 3, same: true, docs: 13 });
      // Every project's details changed: each document updated in place.
      const details = addon.spreadsheet._sheetByName(DETAILS)!;
      const rationale = DETAILS_COLUMNS.findIndex((c) => c.header === 'หลักการและเหตุผล') + 1;
      for (let row = 2; row <= details.getLastRow(); row++)
        details._cell(row, rationale).value = `${String(details._cell(row, rationale).value)} (ปรับปรุง)`;
      const updated = remotePerDocument(addon, 'updated');
      expect(updated).toEqual({ each: 3, same: true, docs: 13 });
    }),
    { seed: SEED, numRuns: RUNS },
  );
});

/**
 * The streaming .xlsx reader (src/cli/xlsxReader.ts) against the reader it replaced: exceljs's full
 * `wb.xlsx.readFile` and `worksheetGrid`. Same sheet names and order, same cells, same formulas
 * map (shared formulas slid from their master), and the same check report, on every .xlsx of the
 * repository and on generated workbooks. One difference is intended: a row or the grid no longer
 * runs on with '' for merged or empty-string cells past the last value (memory follows the values
 * present), so grids are compared with trailing '' cells and empty rows trimmed — and the reports,
 * which must not notice, are compared whole.
 */
import { readdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { checkGrid } from '../../src/core/check/check';
import type { Cell } from '../../src/core/read/cells';
import { formulaLookup, readWorkbook, worksheetGrid, type SheetGrid } from '../../src/cli/workbook';
import { editXlsx, writeXlsx } from '../generators/xlsxFiles';
import { ROOT } from '../helpers';

const tmp = mkdtempSync(join(tmpdir(), 'saisaat-xlsx-'));

async function oldReader(file: string): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ({ name: ws.name, ...worksheetGrid(ws) }));
}

function trimmed(grid: Cell[][]): Cell[][] {
  const rows = grid.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** What a sheet reads as, in a form toEqual compares exactly (Dates as their time). */
const view = (s: SheetGrid) => ({
  name: s.name,
  grid: trimmed(s.grid).map((row) => row.map((v) => (v instanceof Date ? `Date ${v.getTime()}` : v))),
  formulas: [...s.formulas].sort(),
  report: checkGrid(s.grid, s.name, { formulaAt: formulaLookup(s) }).report,
});

async function expectSameReading(file: string): Promise<void> {
  const [before, after] = [await oldReader(file), await readWorkbook(file)];
  expect(after.map(view)).toEqual(before.map(view));
}

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (f === 'node_modules' || f.startsWith('.')) return [];
    return statSync(path).isDirectory() ? xlsxFiles(path) : f.endsWith('.xlsx') ? [path] : [];
  });
}

test.each([...xlsxFiles(join(ROOT, 'examples')), ...xlsxFiles(join(ROOT, 'test'))])('%s reads as before', (file) =>
  expectSameReading(file),
);

const text = fc.string({ unit: fc.constantFrom('ก', 'ข', 'ิ', '๑', 'a', 'Z', ' ', '&', '<', '"', '\n', '1', '.') });
const cellValue: fc.Arbitrary<ExcelJS.CellValue | 'styled'> = fc.oneof(
  text,
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.integer({ min: 0, max: 2e12 }).map((ms) => new Date(Math.round(ms / 1000) * 1000)),
  fc.record({ formula: fc.constant('A1+1'), result: fc.oneof(fc.integer(), text, fc.boolean()) }),
  fc.constant({ formula: '1/0', result: { error: '#DIV/0!' as const } }),
  fc.constant({ formula: 'NOW()' }),
  fc
    .array(text, { minLength: 1, maxLength: 3 })
    .map((parts) => ({ richText: parts.map((t) => ({ text: t, font: { bold: true } })) })),
  text.map((t) => ({ text: t, hyperlink: 'https://example.go.th' })),
  fc.constant('styled' as const),
);

const workbook = fc.record({
  sheets: fc.array(fc.array(fc.array(fc.option(cellValue, { nil: null }), { maxLength: 7 }), { maxLength: 10 }), {
    minLength: 1,
    maxLength: 3,
  }),
  merges: fc.array(fc.tuple(fc.nat(8), fc.nat(6), fc.nat(3), fc.nat(3)), { maxLength: 3 }),
  /** A shared formula: column, first row, length (exceljs writes the master and its followers). */
  shared: fc.option(
    fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 2, max: 6 })),
  ),
});

type Spec = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

async function write(wbSpec: Spec, file: string) {
  const wb = new ExcelJS.Workbook();
  wbSpec.sheets.forEach((grid, i) => {
    const ws = wb.addWorksheet(`แผ่น ${i + 1}`);
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        if (v === 'styled') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        else if (v !== null) cell.value = v;
      }),
    );
    if (wbSpec.shared && i === 0) {
      const [col, first, length] = wbSpec.shared;
      const master = ws.getCell(first, col);
      const ref = `${master.address}:${ws.getCell(first + length - 1, col).address}`;
      // shareType and ref: exceljs writes them (its types leave them out).
      master.value = {
        formula: `$A${first}*2+B${first}`,
        result: 7,
        shareType: 'shared',
        ref,
      } as ExcelJS.CellFormulaValue;
      for (let r = first + 1; r < first + length; r++)
        ws.getCell(r, col).value = { sharedFormula: master.address, result: r };
    }
    for (const [top, left, h, w] of wbSpec.merges) {
      // Not over the shared formula's column: exceljs cannot write a follower whose master is merged away.
      if (wbSpec.shared && i === 0 && left + 1 <= wbSpec.shared[0] && wbSpec.shared[0] <= left + 1 + w) continue;
      try {
        ws.mergeCells(top + 1, left + 1, top + 1 + h, left + 1 + w);
      } catch {
        // overlaps an earlier merge: exceljs refuses it, as Excel would
      }
    }
  });
  await wb.xlsx.writeFile(file);
}

test('generated workbooks (merges, formulas and shared formulas, rich text, links, dates, errors) read as before', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(workbook, async (spec) => {
      const file = join(tmp, `generated-${n++}.xlsx`);
      await write(spec, file);
      await expectSameReading(file);
    }),
    { seed: 12, numRuns: 100 },
  );
}, 120_000);

test('Excel’s part order (sheets before shared strings and styles), inline rich text, a value under a merge: as before', async () => {
  const file = join(tmp, 'excel-order.xlsx');
  await writeXlsx(file, [
    [
      'แผน',
      [
        ['มิติที่ ๑', 1000, new Date(Date.UTC(2023, 9, 1))],
        ['ลำดับ', { formula: 'B1*2', result: 2000 }],
      ],
    ],
    ['อื่น', [['x']]],
  ]);
  await editXlsx(file, {
    // B1 keeps its value in the XML, under a merge of A1:B1 (other writers do that): Sheets shows ''.
    'xl/worksheets/sheet1.xml': (xml) =>
      xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'),
    'xl/worksheets/sheet2.xml': (xml) =>
      xml.replace(
        /<c r="A1"[^>]*>.*?<\/c>/,
        '<c r="A1" t="inlineStr"><is><r><t>มาตรการ </t></r><r><rPr><b/></rPr><t>NO Gift</t></r></is></c>',
      ),
  });
  await expectSameReading(file);
  const [plan, other] = await readWorkbook(file);
  expect(plan.grid[0]).toEqual(['มิติที่ ๑', '', new Date(Date.UTC(2023, 9, 1))]);
  expect(plan.formulas).toEqual(new Map([['1,1', '=B1*2']]));
  expect(other.grid).toEqual([['มาตรการ NO Gift']]);
});

test('overlapping merges (Excel never writes them) are refused, as the old reader refused them', async () => {
  const file = join(tmp, 'overlap.xlsx');
  await writeXlsx(file, [
    [
      'แผน',
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
    ],
  ]);
  const merges = Array.from({ length: 50 }, () => '<mergeCell ref="A1:C2"/>').join('');
  await editXlsx(file, {
    'xl/worksheets/sheet1.xml': (xml) => xml.replace('</sheetData>', `</sheetData><mergeCells>${merges}</mergeCells>`),
  });
  await expect(oldReader(file)).rejects.toThrow();
  await expect(readWorkbook(file)).rejects.toThrow('merged ranges overlap');
});

import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbook } from '../../src/cli/workbook';

describe('reading .xlsx like Sheets getValues()', () => {
  test('merged cells only in their top-left cell; formulas as results; rich text and links as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('แผน');
    ws.getCell('A1').value = '๑. สร้าง วัฒนธรรม สุจริต';
    ws.mergeCells('A1:A3');
    ws.getCell('B1').value = { formula: 'SUM(C1:C2)', result: 55000 };
    ws.getCell('B2').value = { richText: [{ text: 'มาตรการ ' }, { text: 'NO Gift Policy', font: { bold: true } }] };
    ws.getCell('B3').value = { text: 'เว็บไซต์', hyperlink: 'https://example.go.th' };
    ws.getCell('C1').value = true;
    ws.getCell('C3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    const file = join(mkdtempSync(join(tmpdir(), 'saisaat-wb-')), 'merge.xlsx');
    await wb.xlsx.writeFile(file);
    const [sheet] = await readWorkbook(file);
    expect(sheet.name).toBe('แผน');
    expect(sheet.grid).toEqual([
      ['๑. สร้าง วัฒนธรรม สุจริต', 55000, true],
      ['', 'มาตรการ NO Gift Policy'],
      ['', 'เว็บไซต์', '#DIV/0!'],
    ]);
  });
});

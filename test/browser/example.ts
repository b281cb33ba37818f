/** The bundled example plan in a fresh spreadsheet over the fakes, for the browser tests. */
import { join } from 'node:path';
import { readWorkbook, type SheetGrid } from '../../src/cli/workbook';
import { ROOT } from '../helpers';
import { loadAddon, type Addon } from '../addon/harness';

let example: Promise<SheetGrid[]> | undefined;

/** Its รายละเอียดโครงการ and แผนปฏิบัติการ sheets, or the ones named (the workbook is read once per test file). */
export async function exampleOffice(names = ['รายละเอียดโครงการ', 'แผนปฏิบัติการ']): Promise<Addon> {
  example ??= readWorkbook(join(ROOT, 'examples/plan-2566-2570.xlsx'));
  const sheets = await example;
  const addon = loadAddon();
  for (const name of names) addon.addSheet(name, sheets.find((x) => x.name === name)!.grid);
  return addon;
}

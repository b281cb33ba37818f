/**
 * Builds the bundled example workbooks in examples/ from the seed plans (test/fixtures hold the
 * seed extracts). Run with `npx tsx scripts/make-examples.ts`; the outputs are committed so
 * `npm start` works on a fresh clone.
 *
 * - plan-2566-2570.xlsx: the 5-year plan table of seed 000 (its 15 projects, dimensions and
 *   sub-missions as written, wrap spaces and the organisation-name noise included), with
 *   real-looking budgets instead of the seed's dashes, live SUM subtotals and a grand total; and
 *   a รายละเอียดโครงการ sheet with seed 000's 15 detail sheets (ส่วนที่ ๓), one row per project,
 *   their budget sentence taken from the plan row (the seed's own names kept, drift included).
 * - eplan-annual-2567.csv: the e-plan-style annual report fixture as a UTF-8 CSV export.
 */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DETAILS_COLUMNS, DETAILS_SHEET_NAME, detailsRowValues } from '../src/core/read/details/sheetColumns';
import { detailsFromDocumentText } from '../src/core/read/details/documentText';
import { linkDetails } from '../src/core/read/details/link';
import { budgetLines } from '../src/core/document/projectDocument';
import { readPlan } from '../src/core/read/planReader';
import { DEFAULT_SETTINGS } from '../src/shared/settings';
import { worksheetGrid } from '../src/cli/workbook';
import { seedDetailsFixed } from '../test/helpers';

const root = join(import.meta.dirname, '..');
const seedTable = readFileSync(join(root, 'test/fixtures/seed000-table.tsv'), 'utf8')
  .split('\n')
  .map((l) => l.split('\t'));

// Project rows of the seed table: they have a project cell starting "<digit>.".
const seedProjects = seedTable.filter((r) => /^[๑-๙]\./.test((r[2] ?? '').trim()) && !/รวม/.test(r[1] ?? ''));
if (seedProjects.length !== 15) throw new Error(`expected 15 seed projects, found ${seedProjects.length}`);

// Budgets per project and year 2566–2570 ('-' = nothing that year), in seed order.
const BUDGETS: (number | '-')[][] = [
  [10000, 10000, 10000, 10000, 10000], // มอบประกาศเกียรติคุณ
  [45000, 45000, 50000, 50000, 50000], // พัฒนาความรู้ด้านกฎหมาย
  ['-', '-', '-', '-', '-'], // ประมวลจริยธรรม
  [20000, 20000, 20000, 25000, 25000], // ศูนย์ข้อมูลข่าวสาร
  ['-', '-', '-', '-', '-'], // บริหารบุคคล
  ['-', '-', '-', '-', '-'], // บริหารงบประมาณ
  ['-', '-', '-', '-', '-'], // เปิดเผยข้อมูลสาธารณะ
  ['-', '-', '-', '-', '-'], // ป้องกันการใช้จ่ายงบประมาณ
  ['-', '-', '-', '-', '-'], // แสดงเจตนารมณ์
  ['-', '-', '-', '-', '-'], // ผลประโยชน์ทับซ้อน
  ['-', '-', '-', '-', '-'], // วิเคราะห์ผลการจัดซื้อจัดจ้าง
  [15000, 15000, 15000, 15000, 15000], // มีส่วนร่วมของประชาชน
  [8500, 8500, 8500, 8500, 8500], // จัดเวทีประชาคม
  ['-', '-', '-', '-', '-'], // เรื่องราวร้องทุกข์
  [5000, 5000, 5000, 5000, 5000], // ช่องทางร้องเรียนการทุจริต
];
const YEARS = [2566, 2567, 2568, 2569, 2570];
const THAI_YEARS = ['๒๕๖๖', '๒๕๖๗', '๒๕๖๘', '๒๕๖๙', '๒๕๗๐'];

async function fiveYearPlan(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SaiSaat';
  const ws = wb.addWorksheet('แผนปฏิบัติการ', { views: [{ state: 'frozen', ySplit: 6 }] });
  ws.properties.defaultRowHeight = 22;
  const font = { name: 'TH SarabunPSK', size: 16 };
  const title = ['แผนปฏิบัติการป้องกันการทุจริต', '(พ.ศ. ๒๕๖๖ - ๒๕๗๐)', 'เทศบาลตำบลบึงเค็งตา อำเภอแวง จังหวัดนครพนม'];
  title.forEach((t, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = t;
    ws.mergeCells(i + 1, 1, i + 1, 9);
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(1).font = { ...font, bold: true };
  });
  const h1 = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/ มาตรการ', ...THAI_YEARS.map((y) => `ปี ${y}`), 'หมายเหตุ'];
  const h2 = ['', '', '', ...YEARS.map(() => 'งบประมาณ (บาท)'), ''];
  ws.getRow(5).values = h1;
  ws.getRow(6).values = h2;
  for (const c of [1, 2, 3, 9]) ws.mergeCells(5, c, 6, c);
  for (const r of [5, 6]) {
    ws.getRow(r).eachCell((cell) => {
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
    });
  }

  let r = 7;
  let blockStart = r;
  let missionStart = r;
  let dimension = '';
  let mission = '';
  const subtotalRows: number[] = [];
  const closeMission = (end: number) => {
    if (end > missionStart) ws.mergeCells(missionStart, 2, end, 2);
  };
  const closeDimension = (end: number, label: string) => {
    closeMission(end);
    if (end > blockStart) ws.mergeCells(blockStart, 1, end, 1);
    const row = ws.getRow(end + 1);
    row.getCell(1).value = label;
    row.getCell(2).value = 'รวม';
    YEARS.forEach((_, i) => {
      const col = 4 + i;
      const letter = String.fromCharCode(64 + col);
      const result = seedProjects.reduce((sum, p, k) => {
        const rowNo = projectRowNumbers[k];
        const v = BUDGETS[k][i];
        return rowNo >= blockStart && rowNo <= end && v !== '-' ? sum + v : sum;
      }, 0);
      row.getCell(col).value = { formula: `SUM(${letter}${blockStart}:${letter}${end})`, result };
    });
    row.font = { ...font, bold: true };
    subtotalRows.push(end + 1);
  };
  const projectRowNumbers: number[] = [];
  seedProjects.forEach((p, k) => {
    const [dimCell, missionCell, name] = p.map((c) => (c ?? '').trim());
    if (dimCell && dimCell !== dimension) {
      if (dimension) {
        closeDimension(r - 1, `มิติที่ ${dimension.charAt(0)}`);
        r += 1;
      }
      dimension = dimCell;
      blockStart = r;
      missionStart = r;
      mission = '';
    }
    if (missionCell && missionCell !== mission) {
      if (mission) closeMission(r - 1);
      mission = missionCell;
      missionStart = r;
    }
    const row = ws.getRow(r);
    if (r === blockStart) row.getCell(1).value = dimension;
    if (r === missionStart) row.getCell(2).value = mission;
    row.getCell(3).value = name;
    BUDGETS[k].forEach((v, i) => {
      row.getCell(4 + i).value = v;
      row.getCell(4 + i).numFmt = '#,##0';
      row.getCell(4 + i).alignment = { horizontal: v === '-' ? 'center' : 'right' };
    });
    row.font = font;
    projectRowNumbers.push(r);
    r += 1;
  });
  closeDimension(r - 1, `มิติที่ ${dimension.charAt(0)}`);
  r += 1;
  const grand = ws.getRow(r);
  grand.getCell(1).value = 'รวมทั้งสิ้น';
  ws.mergeCells(r, 1, r, 3);
  YEARS.forEach((_, i) => {
    const col = 4 + i;
    const letter = String.fromCharCode(64 + col);
    const result = BUDGETS.reduce((s, b) => (b[i] === '-' ? s : s + (b[i] as number)), 0);
    grand.getCell(col).value = { formula: subtotalRows.map((sr) => `${letter}${sr}`).join('+'), result };
    grand.getCell(col).numFmt = '#,##0';
  });
  grand.font = { ...font, bold: true };
  [14, 28, 40, 14, 14, 14, 14, 14, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (let c = 1; c <= 3; c++) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  detailsSheet(wb, worksheetGrid(ws).grid);
  await wb.xlsx.writeFile(join(root, 'examples/plan-2566-2570.xlsx'));
}

/** Seed 000's detail sheets as a details sheet: one row per project, linked to the plan by name. */
function detailsSheet(wb: ExcelJS.Workbook, planGrid: ReturnType<typeof worksheetGrid>['grid']): void {
  const details = detailsFromDocumentText(seedDetailsFixed());
  if (details.length !== 15) throw new Error(`expected 15 seed detail sheets, found ${details.length}`);
  const reading = readPlan(planGrid);
  const { links } = linkDetails(reading.projects, { details });
  for (const link of links) {
    if (!link.details) continue;
    link.details.no = link.project.sequence;
    link.details.budget = budgetLines(link.project.budgets, DEFAULT_SETTINGS).join('\n');
  }
  const ws = wb.addWorksheet(DETAILS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1, xSplit: 3 }] });
  ws.addRow(DETAILS_COLUMNS.map((c) => c.header));
  // Linked projects in plan order first, then the sheets that match no project, as staff would leave them.
  const ordered = [
    ...links.filter((l) => l.details).map((l) => l.details!),
    ...details.filter((d) => !links.some((l) => l.details === d)),
  ];
  for (const d of ordered) ws.addRow(detailsRowValues(d));
  ws.getRow(1).font = { bold: true, name: 'TH SarabunPSK', size: 16 };
  DETAILS_COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.field === 'no' ? 8 : c.field === 'id' ? 10 : c.field === 'name' ? 40 : 50;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
}

function annualCsv(): void {
  const rows = readFileSync(join(root, 'test/fixtures/eplan-annual-2567.tsv'), 'utf8')
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => l.split('\t'));
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  writeFileSync(
    join(root, 'examples/eplan-annual-2567.csv'),
    '\ufeff' + rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n',
  );
}

mkdirSync(join(root, 'examples'), { recursive: true });
await fiveYearPlan();
annualCsv();
process.stdout.write('wrote examples/plan-2566-2570.xlsx and examples/eplan-annual-2567.csv\n');

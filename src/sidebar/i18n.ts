/** The sidebar's words in Thai and English (the user's locale chooses; the header button switches). */
import type { Lang } from '../shared/wire';

/** The cells a "fix all" button writes, for its accessible name: the first five, then "…". */
const listCells = (cells: string[]) => cells.slice(0, 5).join(', ') + (cells.length > 5 ? ' …' : '');

const th = {
  title: 'ใสสะอาด',
  working: 'กำลังดำเนินการ…',
  tabPlan: 'แผ่นงานแผน',
  tabCheck: 'ตรวจสอบ',
  tabTotals: 'สรุปยอด',
  createTitle: 'สร้างแผ่นงานแผน',
  orgName: 'ชื่อหน่วยงาน',
  orgNameHint: 'เช่น เทศบาลตำบลบึงเค็งตา',
  orgType: 'ประเภทหน่วยงาน',
  orgTypeNone: '(ไม่ระบุ)',
  planKind: 'ประเภทแผน',
  fiveYear: 'แผน ๕ ปี',
  annual: 'แผนประจำปี',
  fromYear: 'ตั้งแต่ปี พ.ศ.',
  toYear: 'ถึงปี พ.ศ.',
  quarterYear: 'ปีงบประมาณที่ติ๊กไตรมาส',
  annualYear: 'ปีงบประมาณของแผน',
  create: 'สร้างแผ่นงานแผน',
  created: (sheet: string, first: number, last: number) =>
    `สร้างแผ่นงาน "${sheet}" แล้ว: กรอกโครงการได้ที่แถว ${first}–${last} (แทรกแถวเพิ่มได้)`,
  adoptTitle: 'ปรับแผ่นงานนี้ให้เป็นแบบฟอร์ม',
  adoptHelp: 'ตรวจดูแผ่นงานที่เปิดอยู่ก่อน แล้วจึงเพิ่มรายการเลือก ช่องทำเครื่องหมาย และรูปแบบ โดยไม่ย้าย ลบ หรือเขียนทับข้อมูลเดิม',
  preview: 'ตรวจดูแผ่นงานนี้',
  recognised: 'คอลัมน์ที่รู้จัก',
  notRecognised: 'สิ่งที่ไม่รู้จัก',
  previewSummary: (sheet: string, kind: string, projects: number, totals: number) =>
    `แผ่นงาน "${sheet}": ${kind} · ${projects} โครงการ · แถวรวมยอด ${totals} แถว`,
  unknownHeader: 'หัวคอลัมน์ที่ไม่รู้จัก',
  convertTicks: (n: number) => `แปลงเครื่องหมาย ☑/TRUE ที่เป็นข้อความ ${n} เซลล์ เป็นช่องทำเครื่องหมาย`,
  convertNumbers: (n: number) => `แปลงจำนวนเงินที่เป็นข้อความ ${n} เซลล์ เป็นตัวเลข`,
  adopt: 'ปรับแผ่นงาน',
  adopted: (sheet: string, cells: number, ticks: number, numbers: number) =>
    `ปรับแผ่นงาน "${sheet}" แล้ว: ใส่กฎตรวจข้อมูล ${cells} เซลล์` +
    (ticks ? ` · แปลงช่องทำเครื่องหมาย ${ticks} เซลล์` : '') +
    (numbers ? ` · แปลงตัวเลข ${numbers} เซลล์` : ''),
  check: 'ตรวจสอบแผน',
  checkSummary: (sheet: string, projects: number, errors: number, warnings: number) =>
    `แผ่นงาน "${sheet}": ${projects} โครงการ · ข้อผิดพลาด ${errors} · คำเตือน ${warnings}`,
  noFindings: 'ไม่พบปัญหา',
  totals: 'สรุปยอด',
  totalsHelp: 'เขียนสูตรรวมยอดรายมิติและรวมทั้งสิ้นในแผ่นงานแผน และสร้างแผ่นงาน "สรุป" พร้อมแผนภูมิ',
  totalsDone: (sheet: string, formulas: number, rows: number, chart: string) =>
    `เขียนสูตร ${formulas} เซลล์ในแผ่นงาน "${sheet}"` +
    (rows ? ` (เพิ่มแถวรวม ${rows} แถว)` : '') +
    ` · ${chart === 'created' ? 'สร้าง' : 'ปรับ'}แผ่นงาน "สรุป" และแผนภูมิแล้ว`,
  dimension: (d: string) => `มิติที่ ${d}`,
  unassigned: 'ไม่ระบุมิติ',
  grandTotal: 'รวมทั้งสิ้น',
  budgetYear: (y: string) => (y === 'unknown' ? 'งบประมาณ' : `ปี ${y}`),
  quarters: (q: number[]) => `จำนวนโครงการที่ดำเนินการ: ${q.map((n, i) => `ไตรมาส ${i + 1}: ${n}`).join(' · ')}`,
  role: (label: string, labelEn: string) => (void labelEn, label),
  findingMessage: (message: string, messageEn: string) => (void messageEn, message),
  fixProposed: 'ข้อความที่เสนอ:',
  fixApply: 'แก้ไขตามที่เสนอ',
  fixAll: (n: number) => `แก้ไขทั้งหมด (${n} เซลล์)`,
  fixDone: (applied: number, skipped: number) =>
    `แก้ไขแล้ว ${applied} เซลล์` + (skipped ? ` · ไม่ได้แก้ ${skipped} เซลล์:` : ''),
  docsFixes: 'ข้อความที่เสนอให้แก้ในแผ่นงานรายละเอียด',
  tabDocs: 'เอกสาร',
  detailsTitle: 'รายละเอียดโครงการ',
  detailsHelp:
    'กรอกรายละเอียดของแต่ละโครงการในแผ่นงาน "รายละเอียดโครงการ" หรือในแบบฟอร์มนี้ ระยะเวลาและงบประมาณมาจากตารางแผนเสมอ',
  detailsCreate: 'สร้างแผ่นงานรายละเอียดโครงการ',
  detailsCreated: (sheet: string, rows: number) =>
    `สร้างแผ่นงาน "${sheet}" แล้ว: ${rows} โครงการ กรอกรายละเอียดในแผ่นงานหรือในแบบฟอร์มด้านล่าง`,
  detailsLoad: 'แก้ไขโครงการที่เลือก',
  detailsProject: 'โครงการ',
  fRationale: 'หลักการและเหตุผล',
  fObjectives: 'วัตถุประสงค์',
  fTargets: 'กลุ่มเป้าหมาย',
  fMethod: 'วิธีดำเนินการ',
  fResponsible: 'ผู้รับผิดชอบ',
  fOutputs: 'ผลผลิต',
  fOutcomes: 'ผลลัพธ์',
  listHint: 'หนึ่งข้อต่อบรรทัด ไม่ต้องใส่เลขข้อ (ระบบเรียงเลขให้)',
  paragraphsHint: 'หนึ่งย่อหน้าต่อบรรทัด',
  planRow: (row: number) => `แถว ${row} ของตารางแผน`,
  missing: (sections: string[]) => `ยังขาด: ${sections.join(', ')} — ยังสร้างเอกสารไม่ได้`,
  detailsSave: 'บันทึกลงแผ่นงาน',
  detailsSaved: (sheet: string, row: number) => `บันทึกลงแผ่นงาน "${sheet}" แถว ${row} แล้ว`,
  docsTitle: 'เอกสารรายละเอียดโครงการ',
  docsHelp: 'Google เอกสารหนึ่งฉบับต่อโครงการ ในโฟลเดอร์เอกสารของใสสะอาด กดซ้ำได้: ปรับปรุงเอกสารเดิมเฉพาะโครงการที่แก้ไข ไม่สร้างซ้ำ',
  folderMyDrive:
    'โฟลเดอร์เอกสารจะสร้างไว้ใน "ไดรฟ์ของฉัน" ของผู้กดสร้าง (ใสสะอาดมองไม่เห็นโฟลเดอร์ของสเปรดชีตนี้ด้วยสิทธิ์ drive.file) — ย้ายไปไว้ที่ใดก็ได้ภายหลัง ลิงก์ยังใช้ได้',
  folderPicked: 'โฟลเดอร์เอกสารจะสร้างไว้ในโฟลเดอร์ที่เลือก:',
  openPicked: 'เปิดโฟลเดอร์ที่เลือก',
  pickFolder: 'เลือกโฟลเดอร์ปลายทาง…',
  ownSetOn: 'คุณกำลังใช้ชุดเอกสารของคุณเอง (ในไดรฟ์ของคุณ) — ลิงก์ในตารางแผนยังเป็นของชุดของสเปรดชีต',
  backToShared: 'กลับไปใช้ชุดของสเปรดชีต',
  teamTitle: 'เอกสารชุดนี้สร้างโดยผู้แก้ไขคนอื่น',
  teamOpenable: (n: number) => (n ? `เอกสารที่แชร์ให้คุณแล้ว เปิดดูได้ ${n} ฉบับ:` : 'ยังไม่มีเอกสารชุดนี้ที่แชร์ให้คุณ'),
  teamAsk: (owner: string) => (owner ? `ส่งอีเมลขอให้ ${owner} กดสร้างเอกสาร` : 'ขอให้ผู้สร้างกดสร้างเอกสาร'),
  teamAskSubject: 'ขอให้กดสร้างเอกสารโครงการ (ใสสะอาด)',
  teamOwn: 'สร้างชุดของฉันเอง (ในไดรฟ์ของฉัน)',
  teamOwnHelp: 'ชุดของคุณอยู่ในไดรฟ์ของคุณ ไม่แตะชุดของสเปรดชีตและลิงก์ในตารางแผน',
  teamGrant: 'ให้สิทธิ์เปิดไฟล์ด้วย Google Picker',
  teamGrantHelp: 'ขอให้เจ้าของแชร์โฟลเดอร์ให้คุณเป็นผู้แก้ไขก่อน แล้วเลือกโฟลเดอร์ แม่แบบ และเอกสารทั้งหมดในหน้าต่างที่เปิดขึ้น',
  teamNoPicker:
    'การติดตั้งนี้ยังไม่ได้ตั้งค่า Google Picker จึงให้สิทธิ์เปิดไฟล์ของผู้อื่นจากที่นี่ไม่ได้ — ให้ผู้สร้างกดสร้างเอกสาร หรือสร้างชุดของคุณเอง (ผู้ดูแลตั้งค่าได้ ดู README หัวข้อ "Team use")',
  docsCounts: (c: Record<string, number>) =>
    [
      c.create && `สร้างใหม่ ${c.create}`,
      c.update && `ปรับปรุง ${c.update}`,
      c.unchanged && `เป็นปัจจุบัน ${c.unchanged}`,
      c['no-details'] && `ไม่มีรายละเอียด ${c['no-details']}`,
      c.incomplete && `รายละเอียดไม่ครบ ${c.incomplete}`,
    ]
      .filter(Boolean)
      .join(' · ') || 'ยังไม่มีโครงการในตารางแผน',
  openFolder: 'เปิดโฟลเดอร์เอกสาร',
  editTemplate: 'แก้ไขแม่แบบ',
  docsPreview: 'ตัวอย่างโครงการที่เลือก',
  docsGenerate: 'สร้างเอกสารทั้งหมด',
  previewReady: 'เปิดเอกสารตัวอย่าง',
  progress: (done: number, total: number) => `เสร็จ ${done} จาก ${total} ฉบับ`,
  runDone: (created: number, updated: number, failed: number) =>
    `เสร็จแล้ว: สร้างใหม่ ${created} · ปรับปรุง ${updated}` + (failed ? ` · ผิดพลาด ${failed} (ดูเหตุผลในรายการ)` : ''),
  outcome: { created: 'สร้างแล้ว', updated: 'ปรับปรุงแล้ว', unchanged: 'เป็นปัจจุบัน', failed: 'ผิดพลาด' } as Record<
    string,
    string
  >,
  action: { create: 'รอสร้าง', update: 'รอปรับปรุง', unchanged: 'เป็นปัจจุบัน', 'no-details': '', incomplete: '' } as Record<
    string,
    string
  >,
  reason: (reason: string, reasonEn: string) => (void reasonEn, reason),
  rowName: (row: number, name: string) => `แถว ${row} ${name}`,
  openDoc: 'เปิด',
  /** The link's accessible name: which document, since every link reads "เปิด". */
  openDocLabel: (row: number, name: string) => `เปิดเอกสาร แถว ${row} ${name}`,
  docsMeter: 'ความคืบหน้าการสร้างเอกสาร',
  planDocTitle: 'เอกสารแผนทั้งฉบับ',
  planDocHelp: 'ปก ส่วนที่ ๒ ตารางแผน (แนวนอน) และส่วนที่ ๓ รายละเอียดทุกโครงการ',
  planPdf: 'บันทึกเป็น PDF ด้วย',
  planDoc: 'สร้างเอกสารแผนทั้งฉบับ',
  planDocDone: (projects: number, landscape: boolean) =>
    `สร้างเอกสารแผนทั้งฉบับแล้ว (รายละเอียด ${projects} โครงการ)` +
    (landscape ? '' : ' — ส่วนที่ ๒ ยังเป็นแนวตั้ง: เปิดบริการ Google Docs API ในโปรเจกต์เพื่อให้เป็นแนวนอน'),
  openPlanDoc: 'เปิดเอกสาร',
  openPdf: 'เปิด PDF',
  errorPrefix: 'เกิดข้อผิดพลาด: ',
  switchLang: 'English',
  followUpHelp: 'แผนประจำปี: เพิ่มคอลัมน์ติดตามผล (รอบ ๖ และ ๑๒ เดือน) และสร้างแผ่นงาน "สรุปผลการดำเนินงาน" พร้อมแผนภูมิ',
  followUpColumns: 'เพิ่มคอลัมน์ติดตามผล',
  followUpColumnsDone: (sheet: string, column: string, count: number) =>
    `เพิ่มคอลัมน์ติดตามผล ${count} คอลัมน์ ตั้งแต่คอลัมน์ ${column} ในแผ่นงาน "${sheet}"`,
  followUpSummary: (round: number) => `สรุปผลการดำเนินงานรอบ ${round === 6 ? '๖' : '๑๒'} เดือน`,
  followUpSummaryDone: (sheet: string, chart: string) =>
    `${chart === 'created' ? 'สร้าง' : 'ปรับ'}แผ่นงาน "${sheet}" และแผนภูมิแล้ว`,
  reportTitle: 'รายงานผลและประกาศ',
  reportHelp: 'รายงานผลรอบ ๖ หรือ ๑๒ เดือนจากคอลัมน์ติดตามผล และประกาศใช้แผน เป็น Google เอกสารในโฟลเดอร์เอกสาร',
  reportRound: 'รอบรายงาน',
  reportRound6: '๖ เดือน',
  reportRound12: '๑๒ เดือน',
  reportYear: 'ปีงบประมาณ พ.ศ.',
  reportProblems: 'ปัญหาอุปสรรค',
  reportSuggestions: 'ข้อเสนอแนะ',
  reportTextsHelp: 'รอบ ๑๒ เดือนต้องกรอกทั้งสองหัวข้อ (หรือเขียนว่า "ไม่มี")',
  signerName: 'ชื่อ-สกุลผู้ลงนาม',
  signerPosition: 'ตำแหน่งผู้ลงนาม',
  reportMake: 'สร้างรายงานผล',
  announceMake: 'สร้างประกาศ',
  reportNeedsTexts: 'รายงานรอบ ๑๒ เดือนต้องมีปัญหาอุปสรรคและข้อเสนอแนะ — กรอกทั้งสองหัวข้อ (หรือเขียนว่า "ไม่มี")',
  reportYearInvalid: 'ปีงบประมาณต้องเป็นปี พ.ศ. เช่น ๒๕๖๘',
  docMade: (kind: 'report' | 'announcement', outcome: string) =>
    `${outcome === 'created' ? 'สร้าง' : outcome === 'updated' ? 'ปรับ' : 'ไม่มีอะไรเปลี่ยน: '}${kind === 'report' ? 'รายงานผล' : 'ประกาศ'}${outcome === 'unchanged' ? 'เป็นปัจจุบันอยู่แล้ว' : 'แล้ว'}`,
  tabAnnual: 'แผนประจำปี',
  annualTitle: 'แผนปฏิบัติการประจำปีจากแผน ๕ ปี',
  annualHelp:
    'สร้างแผ่นงานแผนประจำปีจากโครงการที่มีงบประมาณ (หรือ "ไม่ใช้งบประมาณ") ในปีที่เลือก; ทำซ้ำเพื่อปรับชื่อ มิติ และงบประมาณตามแผน ๕ ปี โดยไม่แตะไตรมาสและผลการดำเนินงานที่กรอกไว้',
  annualFiscalYear: 'ปีงบประมาณ',
  annualPreview: 'ตรวจดูก่อน',
  annualWrite: 'สร้าง/ปรับปรุงแผนประจำปี',
  annualSummary: (sheet: string, exists: boolean, included: number, candidates: number) =>
    `${exists ? 'ปรับปรุง' : 'สร้าง'}แผ่นงาน "${sheet}": มีงบประมาณ ${included} โครงการ · ไม่มีงบประมาณในปีนี้ ("-" หรือว่าง) ${candidates} โครงการ`,
  annualCounts: (c: { added: number; updated: number; kept: number; dropped: number }) =>
    `เพิ่ม ${c.added} · ปรับปรุง ${c.updated} · คงเดิม ${c.kept} · ทำเครื่องหมายว่าไม่อยู่ในแผน ๕ ปี ${c.dropped}`,
  annualCandidates: 'เลือกโครงการที่ต้องการรวมไว้ด้วย:',
  annualDone: (sheet: string, created: boolean, projects: number) =>
    `${created ? 'สร้าง' : 'ปรับปรุง'}แผ่นงาน "${sheet}" แล้ว: ${projects} โครงการ`,
  planExists: (sheet: string) => `มีแผ่นงานแผน "${sheet}" อยู่แล้ว จะเปิดแผ่นงานนั้น หรือสร้างแผ่นงานใหม่โดยตั้งชื่อเอง`,
  openExisting: 'เปิดแผ่นงานแผนที่มีอยู่',
  opened: (sheet: string) => `เปิดแผ่นงาน "${sheet}" แล้ว`,
  newSheetName: 'หรือตั้งชื่อแผ่นงานใหม่',
  createNamed: 'สร้างแผ่นงานใหม่ชื่อนี้',
  // ---- Findings at any count (issue 15: findings.ts) ----
  findingsSeverity: 'แสดง',
  findingsCode: 'รหัส',
  findingsAll: (n: number) => `ทั้งหมด (${n})`,
  findingsErrors: (n: number) => `ข้อผิดพลาด (${n})`,
  findingsWarnings: (n: number) => `คำเตือน (${n})`,
  findingsAllCodes: (n: number) => `ทุกรหัส (${n})`,
  findingsShown: (shown: number, matching: number) => `ตรงกับตัวกรอง ${matching} รายการ · แสดง ${shown} รายการ`,
  findingsMore: (n: number) => `แสดงเพิ่ม (อีก ${n} รายการ)`,
  findingsCut: (listed: number, total: number) =>
    `รายการนี้แสดง ${listed} จาก ${total} รายการ (ข้อผิดพลาดก่อน): ใช้คำสั่ง saisaat check กับไฟล์ที่ส่งออก (.xlsx) เพื่อดูครบทุกรายการ`,
  // Accessibility (issue 15 item 4): names for screen readers; each starts with the visible text.
  tabsLabel: 'ส่วนของใสสะอาด',
  totalsCorner: 'มิติ',
  openPlanDocLabel: 'เปิดเอกสาร แผนทั้งฉบับ',
  openPlanPdfLabel: 'เปิด PDF แผนทั้งฉบับ',
  fixApplyLabel: (cell: string) => `แก้ไขตามที่เสนอ เซลล์ ${cell}`,
  fixAllLabel: (n: number, cells: string[]) => `แก้ไขทั้งหมด (${n} เซลล์) ${listCells(cells)}`,
  severity: { error: 'ข้อผิดพลาด', warning: 'คำเตือน' },
  // 300 px layout (issue 15): the name of the totals table's sideways-scrolling box.
  totalsTableLabel: 'ยอดงบประมาณรายมิติและรายปี',
};

const en: typeof th = {
  title: 'SaiSaat',
  working: 'Working…',
  tabPlan: 'Plan sheet',
  tabCheck: 'Check',
  tabTotals: 'Totals',
  createTitle: 'Create a plan sheet',
  orgName: 'Organisation name',
  orgNameHint: 'e.g. เทศบาลตำบลบึงเค็งตา',
  orgType: 'Organisation type',
  orgTypeNone: '(not set)',
  planKind: 'Plan kind',
  fiveYear: '5-year plan',
  annual: 'Annual plan',
  fromYear: 'From BE year',
  toYear: 'To BE year',
  quarterYear: 'Fiscal year of the quarter ticks',
  annualYear: 'Fiscal year of the plan',
  create: 'Create plan sheet',
  created: (sheet, first, last) =>
    `Created sheet "${sheet}": enter projects in rows ${first}–${last} (insert rows for more)`,
  adoptTitle: 'Adopt this sheet as a plan form',
  adoptHelp:
    'Look at the open sheet first, then add dropdowns, checkboxes and formats without moving, deleting or overwriting anything.',
  preview: 'Look at this sheet',
  recognised: 'Recognised columns',
  notRecognised: 'Not recognised',
  previewSummary: (sheet, kind, projects, totals) =>
    `Sheet "${sheet}": ${kind} · ${projects} projects · ${totals} total rows`,
  unknownHeader: 'Unknown column header',
  convertTicks: (n) => `Turn ${n} ticks written as ☑/TRUE text into checkboxes`,
  convertNumbers: (n) => `Turn ${n} amounts written as text into numbers`,
  adopt: 'Adopt sheet',
  adopted: (sheet, cells, ticks, numbers) =>
    `Adopted "${sheet}": validation on ${cells} cells` +
    (ticks ? ` · ${ticks} checkboxes converted` : '') +
    (numbers ? ` · ${numbers} numbers converted` : ''),
  check: 'Check the plan',
  checkSummary: (sheet, projects, errors, warnings) =>
    `Sheet "${sheet}": ${projects} projects · ${errors} errors · ${warnings} warnings`,
  noFindings: 'No problems found',
  totals: 'Update totals',
  totalsHelp: 'Writes live subtotal and grand-total formulas in the plan sheet and a "สรุป" summary sheet with a chart.',
  totalsDone: (sheet, formulas, rows, chart) =>
    `${formulas} formulas written in "${sheet}"` +
    (rows ? ` (${rows} total rows added)` : '') +
    ` · summary sheet and chart ${chart}`,
  dimension: (d) => `Dimension ${d}`,
  unassigned: 'No dimension',
  grandTotal: 'Grand total',
  budgetYear: (y) => (y === 'unknown' ? 'Budget' : `FY ${y}`),
  quarters: (q) => `Projects per quarter: ${q.map((n, i) => `Q${i + 1}: ${n}`).join(' · ')}`,
  role: (_label, labelEn) => labelEn,
  findingMessage: (_message, messageEn) => messageEn,
  fixProposed: 'Proposed text:',
  fixApply: 'Apply',
  fixAll: (n) => `Fix all (${n} cells)`,
  fixDone: (applied, skipped) => `${applied} cell(s) fixed` + (skipped ? ` · ${skipped} left alone:` : ''),
  docsFixes: 'Proposed fixes in the details sheet',
  tabDocs: 'Documents',
  detailsTitle: 'Project details',
  detailsHelp:
    'Write each project\'s details in the "รายละเอียดโครงการ" sheet or in this form. The period and budget always come from the plan table.',
  detailsCreate: 'Create the details sheet',
  detailsCreated: (sheet, rows) =>
    `Created sheet "${sheet}" with ${rows} projects: fill in the details there or in the form below`,
  detailsLoad: 'Edit the selected project',
  detailsProject: 'Project',
  fRationale: 'Rationale',
  fObjectives: 'Objectives',
  fTargets: 'Target group',
  fMethod: 'Method',
  fResponsible: 'Responsible',
  fOutputs: 'Outputs',
  fOutcomes: 'Outcomes',
  listHint: 'One item per line, no numbers (they are added for you)',
  paragraphsHint: 'One paragraph per line',
  planRow: (row) => `Row ${row} of the plan table`,
  missing: (sections) => `Still missing: ${sections.join(', ')} — no document yet`,
  detailsSave: 'Save to the sheet',
  detailsSaved: (sheet, row) => `Saved to sheet "${sheet}", row ${row}`,
  docsTitle: 'Project detail documents',
  docsHelp:
    "One Google Doc per project, in SaiSaat's documents folder. Safe to run again: only changed projects are updated, in place; nothing is duplicated.",
  folderMyDrive:
    'The documents folder is made in the "My Drive" of whoever generates them (with the drive.file permission SaiSaat cannot see this spreadsheet\'s folder) — move it anywhere later; the links keep working',
  folderPicked: 'The documents folder will be made in the folder you picked:',
  openPicked: 'open the picked folder',
  pickFolder: 'Choose the destination folder…',
  ownSetOn:
    "You are using your own set of documents (in your Drive) — the plan table's links stay those of the spreadsheet's set",
  backToShared: "Use the spreadsheet's set again",
  teamTitle: 'These documents were made by another editor',
  teamOpenable: (n) => (n ? `Shared with you, you can open ${n}:` : 'None of these documents is shared with you yet'),
  teamAsk: (owner) =>
    owner ? `Email ${owner} to ask them to generate the documents` : 'Ask their maker to generate the documents',
  teamAskSubject: 'Please generate the project documents (SaiSaat)',
  teamOwn: 'Make my own set (in my Drive)',
  teamOwnHelp: "Your set lives in your Drive; the spreadsheet's set and the plan table's links are not touched",
  teamGrant: 'Grant access with Google Picker',
  teamGrantHelp:
    'Ask the owner to share the folder with you as an editor first, then pick the folder, the template and every document in the window that opens',
  teamNoPicker:
    'Google Picker is not set up in this deployment, so access to another editor\'s files cannot be granted from here — ask their maker to generate the documents, or make your own set (an administrator can set it up: see "Team use" in the README)',
  docsCounts: (c) =>
    [
      c.create && `${c.create} new`,
      c.update && `${c.update} to update`,
      c.unchanged && `${c.unchanged} up to date`,
      c['no-details'] && `${c['no-details']} without details`,
      c.incomplete && `${c.incomplete} incomplete`,
    ]
      .filter(Boolean)
      .join(' · ') || 'No projects in the plan table yet',
  openFolder: 'Open the documents folder',
  editTemplate: 'Edit the template',
  docsPreview: 'Preview the selected project',
  docsGenerate: 'Generate all documents',
  previewReady: 'Open the preview document',
  progress: (done, total) => `${done} of ${total} done`,
  runDone: (created, updated, failed) =>
    `Done: ${created} created · ${updated} updated` + (failed ? ` · ${failed} failed (see the list)` : ''),
  outcome: { created: 'created', updated: 'updated', unchanged: 'up to date', failed: 'failed' },
  action: { create: 'to create', update: 'to update', unchanged: 'up to date', 'no-details': '', incomplete: '' },
  reason: (_reason, reasonEn) => reasonEn,
  rowName: (row, name) => `Row ${row} ${name}`,
  openDoc: 'open',
  openDocLabel: (row, name) => `Open the document of row ${row} ${name}`,
  docsMeter: 'Progress of the documents',
  planDocTitle: 'Whole plan document',
  planDocHelp: "Cover, part 2 the plan table (landscape) and part 3 every project's details",
  planPdf: 'Save a PDF too',
  planDoc: 'Generate the whole plan document',
  planDocDone: (projects, landscape) =>
    `Whole plan document ready (${projects} projects)` +
    (landscape ? '' : ' — part 2 is portrait: enable the Google Docs API advanced service for landscape'),
  openPlanDoc: 'Open the document',
  openPdf: 'Open the PDF',
  errorPrefix: 'Error: ',
  switchLang: 'ภาษาไทย',
  followUpHelp:
    'Annual plan: add the follow-up columns (6- and 12-month rounds) and a "สรุปผลการดำเนินงาน" sheet with a chart.',
  followUpColumns: 'Add follow-up columns',
  followUpColumnsDone: (sheet, column, count) => `${count} follow-up columns added from column ${column} in "${sheet}"`,
  followUpSummary: (round) => `Results summary, ${round}-month round`,
  followUpSummaryDone: (sheet, chart) => `Sheet "${sheet}" and its chart ${chart}`,
  reportTitle: 'Report and announcement',
  reportHelp:
    "The 6- or 12-month report from the follow-up columns, and the plan's announcement, as Google Docs in the documents folder",
  reportRound: 'Round',
  reportRound6: '6 months',
  reportRound12: '12 months',
  reportYear: 'Fiscal year (BE)',
  reportProblems: 'Problems (ปัญหาอุปสรรค)',
  reportSuggestions: 'Suggestions (ข้อเสนอแนะ)',
  reportTextsHelp: 'The 12-month report needs both (or write "none")',
  signerName: "Signer's full name",
  signerPosition: "Signer's position",
  reportMake: 'Make the report',
  announceMake: 'Make the announcement',
  reportNeedsTexts: 'The 12-month report needs its problems and suggestions — fill in both (or write "none")',
  reportYearInvalid: 'The fiscal year is a Buddhist-era year, e.g. 2568',
  docMade: (kind, outcome) =>
    `${kind === 'report' ? 'Report' : 'Announcement'} ${outcome === 'unchanged' ? 'already up to date' : outcome}`,
  tabAnnual: 'Annual plan',
  annualTitle: 'Annual action plan from the 5-year plan',
  annualHelp:
    'Makes the annual plan sheet from the projects with a budget (or "no budget") in the chosen year; run again to follow names, dimensions and budgets of the 5-year plan, never touching quarters or results already entered',
  annualFiscalYear: 'Fiscal year',
  annualPreview: 'Preview',
  annualWrite: 'Make or update the annual plan',
  annualSummary: (sheet, exists, included, candidates) =>
    `${exists ? 'Update' : 'Make'} sheet "${sheet}": ${included} projects with a budget · ${candidates} without one this year ("-" or blank)`,
  annualCounts: (c) =>
    `added ${c.added} · updated ${c.updated} · unchanged ${c.kept} · marked as no longer in the 5-year plan ${c.dropped}`,
  annualCandidates: 'Tick the projects to include as well:',
  annualDone: (sheet, created, projects) => `${created ? 'Made' : 'Updated'} sheet "${sheet}": ${projects} projects`,
  planExists: (sheet) =>
    `The plan sheet "${sheet}" already exists: open it, or create a new sheet under a name you choose`,
  openExisting: 'Open the existing plan sheet',
  opened: (sheet) => `Opened sheet "${sheet}"`,
  newSheetName: 'Or name a new sheet',
  createNamed: 'Create a new sheet with this name',
  // ---- Findings at any count (issue 15: findings.ts) ----
  findingsSeverity: 'Show',
  findingsCode: 'Code',
  findingsAll: (n) => `All (${n})`,
  findingsErrors: (n) => `Errors (${n})`,
  findingsWarnings: (n) => `Warnings (${n})`,
  findingsAllCodes: (n) => `All codes (${n})`,
  findingsShown: (shown, matching) => `${matching} match the filter · showing ${shown}`,
  findingsMore: (n) => `Show more (${n} more)`,
  findingsCut: (listed, total) =>
    `This list shows ${listed} of ${total} findings (errors first): run saisaat check on the exported file (.xlsx) to list them all`,
  // Accessibility (issue 15 item 4)
  tabsLabel: 'SaiSaat sections',
  totalsCorner: 'Dimension',
  openPlanDocLabel: 'Open the document of the whole plan',
  openPlanPdfLabel: 'Open the PDF of the whole plan',
  fixApplyLabel: (cell) => `Apply to cell ${cell}`,
  fixAllLabel: (n, cells) => `Fix all (${n} cells) ${listCells(cells)}`,
  severity: { error: 'Error', warning: 'Warning' },
  // 300 px layout (issue 15): the name of the totals table's sideways-scrolling box.
  totalsTableLabel: 'Budget by dimension and year',
};

export const STRINGS: Record<Lang, typeof th> = { th, en };
export type Strings = typeof th;

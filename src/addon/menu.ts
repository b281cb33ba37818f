/**
 * The add-on menu. onOpen may run in AuthMode.NONE (installed, not yet used in this document):
 * then it may build the menu and nothing else — so labels are Thai with English alongside rather
 * than looked up from the user's locale.
 */
export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('เปิดแถบด้านข้าง (Open sidebar)', 'showSidebar')
    .addSeparator()
    .addItem('สร้าง/ปรับแผ่นงานแผน (Create or adopt a plan sheet)', 'showSidebar')
    .addItem('ตรวจสอบแผน (Check the plan)', 'showCheck')
    .addItem('สรุปยอด (Totals)', 'showTotals')
    .addItem('เอกสารรายละเอียดโครงการ (Project documents)', 'showDocs')
    .addItem('แผนปฏิบัติการประจำปี (Annual plan)', 'showAnnual')
    .addItem('ติดตามผลการดำเนินงาน (Follow-up)', 'showFollowUp')
    .addItem('รายงานผลและประกาศ (Report and announcement)', 'showReport')
    .addToUi();
}

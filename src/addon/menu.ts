/**
 * The add-on menu and sidebar. onOpen may run in AuthMode.NONE (add-on installed but not yet
 * used in this document): then it may only build the menu, nothing else.
 */
export const SIDEBAR_TITLE = 'ใสสะอาด (SaiSaat)';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('เปิดแถบด้านข้าง (Open sidebar)', 'showSidebar')
    .addToUi();
}

export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

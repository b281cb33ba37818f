// The parts of exceljs 4.4.0 (pinned in package.json) that xlsxReader.ts reads a sheet with, so that
// its cells mean what exceljs's own full reader makes of them. exceljs publishes no types for them.
declare module 'exceljs/lib/utils/parse-sax' {
  type SaxEvent =
    | { eventType: 'opentag'; value: { name: string; attributes: Record<string, string> } }
    | { eventType: 'closetag'; value: { name: string } }
    | { eventType: 'text'; value: string };
  export default function parseSax(chunks: AsyncIterable<unknown>): AsyncGenerator<SaxEvent[]>;
}

declare module 'exceljs/lib/utils/shared-formula' {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}

declare module 'exceljs/lib/utils/utils' {
  const utils: {
    isDateFmt(fmt: string | undefined): boolean;
    excelToDate(value: number, date1904: boolean): Date;
    xmlDecode(text: string): string;
  };
  export default utils;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  export default class StylesXform {
    init(): void;
    parseStream(chunks: AsyncIterable<string>): Promise<unknown>;
    getStyleModel(id: number): { numFmt?: string } | null;
  }
}

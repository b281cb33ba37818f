/**
 * The fakes are at least as strict as Google: the grid's bounds with Google's error, typed-text
 * parsing (a table and properties over its forms), users and their properties, per-user drive.file
 * visibility with the Drive API's 404, documents reached through sharing, injected faults.
 */
import fc from 'fast-check';
import { asText } from '../../src/addon/spreadsheet';
import { FAULTS } from './calls';
import { DOC_MIME } from './documents';
import { createGasEnvironment, FIRST_USER, type GasEnvironment } from './index';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function env(): GasEnvironment & { app: App; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const gas = createGasEnvironment();
  const app = gas.globals.SpreadsheetApp as App;
  return Object.assign(gas, { app, sheet: app.getActiveSpreadsheet().getActiveSheet() });
}

/** Google's words for an error thrown by `work`, as the execution log shows it ("Exception: …"). */
function thrown(work: () => unknown): string {
  try {
    work();
  } catch (e) {
    return String(e);
  }
  throw new Error('expected an error');
}

const OUTSIDE = 'Exception: The coordinates of the range are outside the dimensions of the sheet.';

describe('the grid', () => {
  test('a new sheet is 1000 × 26; a range past it throws Google’s error, inside it does not', () => {
    const { sheet } = env();
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(thrown(() => sheet.getRange(1001, 1))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange(1, 27))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange(999, 1, 3, 1))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange('A1:AA1'))).toBe(OUTSIDE);
    expect(thrown(() => sheet.getRange(0, 1))).toBe('Exception: The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe(
      'Exception: The number of rows in the range must be at least 1.',
    );
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  test('inserting grows the grid and moves cells; deleting shrinks it; appendRow grows a full grid', () => {
    const { sheet } = env();
    sheet.getRange(1, 1, 2, 2).setValues([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsBefore(1, 1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1002, 27]);
    expect(sheet.getRange(1, 1, 4, 3).getValues()).toEqual([
      ['', 'a', 'b'],
      ['', '', ''],
      ['', '', ''],
      ['', 'c', 'd'],
    ]);
    sheet.deleteRows(5, 998);
    sheet.deleteColumns(4, 24);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([4, 3]);
    expect(thrown(() => sheet.getRange(5, 1))).toBe(OUTSIDE);
    sheet.appendRow(['e', 'f', 'g', 'h']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([5, 4]);
    expect(sheet.getRange(5, 1, 1, 4).getValues()).toEqual([['e', 'f', 'g', 'h']]);
    expect(thrown(() => sheet.deleteRows(1, 5))).toBe(
      'Exception: Sorry, it is not possible to delete all non-frozen rows.',
    );
  });
});

describe('strings written with setValue(s) are read as Sheets reads typed text', () => {
  const at = (d: string) => new Date(`${d}T00:00:00+07:00`); // the spreadsheet's time zone, Asia/Bangkok
  const thisYear = new Date().getFullYear();
  test.each<[string, unknown, string]>([
    ['001', 1, '1'],
    ['-1.5', -1.5, '-1.5'],
    ['1,234', 1234, '1,234'],
    ['1,234.5', 1234.5, '1,234.50'],
    ['1e3', 1000, '1000'],
    ['12%', 0.12, '12%'],
    ['฿12', 12, '฿12.00'],
    ['TRUE', true, 'TRUE'],
    ['false', false, 'FALSE'],
    ['1/10', at(`${thisYear}-10-01`), `1/10/${thisYear}`],
    ['31/12/2024', at('2024-12-31'), '31/12/2024'],
    ['2024-01-10', at('2024-01-10'), '10/1/2024'],
    ['5 Jan 24', at('2024-01-05'), '5/1/2024'],
    ['Mar 1 2016', at('2016-03-01'), '1/3/2016'],
    ["'001", '001', '001'],
    ["'=SUM(A1)", '=SUM(A1)', '=SUM(A1)'],
    ['31/2/2024', '31/2/2024', '31/2/2024'],
    ['12,34', '12,34', '12,34'],
    ['โครงการ 1/10', 'โครงการ 1/10', 'โครงการ 1/10'],
  ])('%s → %p, shown as %s (th_TH)', (typed, value, shown) => {
    const { sheet } = env();
    const cell = sheet.getRange('B2').setValue(typed);
    expect(cell.getValues()[0][0]).toEqual(value);
    expect(cell.getDisplayValues()[0][0]).toBe(shown);
    expect(cell.getFormulas()[0][0]).toBe('');
  });

  test('"=…" is a formula, computed by getValues; in plain text ("@") nothing is parsed, apostrophe included', () => {
    const { sheet } = env();
    sheet.getRange('A1').setValue(2);
    sheet.getRange('B1').setValue('=SUM(A1)');
    expect(sheet.getRange('B1').getValues()).toEqual([[2]]);
    expect(sheet.getRange('B1').getFormulas()).toEqual([['=SUM(A1)']]);
    const text = sheet.getRange('C1:C4').setNumberFormat('@');
    text.setValues([['001'], ['=SUM(A1)'], ["'x"], ['TRUE']]);
    expect(text.getValues()).toEqual([['001'], ['=SUM(A1)'], ["'x"], ['TRUE']]);
    expect(text.getFormulas()).toEqual([[''], [''], [''], ['']]);
    expect(sheet.getRange('C1:D1').getNumberFormats()).toEqual([['@', '0.###############']]);
  });

  test('en_US reads month/day', () => {
    const gas = env();
    gas.spreadsheet._locale = 'en_US';
    expect(gas.sheet.getRange('A1').setValue('1/10/2024').getValues()[0][0]).toEqual(at('2024-01-10'));
  });

  test('property: a number typed in any of its usual forms reads back as that number', () => {
    const { sheet } = env();
    const cell = sheet.getRange('A1');
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (n, cents) => {
        const value = n + (Math.sign(n || 1) * cents) / 100;
        for (const form of [String(value), value.toLocaleString('en-US', { minimumFractionDigits: 2 })])
          expect(cell.setValue(form).getValues()[0][0]).toBeCloseTo(value, 6);
      }),
      { seed: 13, numRuns: 200 },
    );
  });

  test("property: any text written through the add-on's asText reads back as exactly that text", () => {
    const { sheet } = env();
    const cell = sheet.getRange('A1');
    // The forms Sheets misreads, mixed with arbitrary text.
    const risky = fc.oneof(
      fc.constantFrom('001', '1/10', 'TRUE', 'false', '=SUM(A1)', '12%', '+1', '-', '#N/A', "'", '1,234', '10:30'),
      fc.integer().map(String),
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `${d}/${m}`),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.tuple(risky, fc.constantFrom('', ' ', 'โครงการ ')), ([text, prefix]) => {
        const written = prefix + text;
        if (written === '') return;
        expect(cell.setValue(asText(written)).getValues()[0][0]).toBe(written);
        expect(cell.getFormulas()[0][0]).toBe('');
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});

describe('users', () => {
  test('switching users changes the active user, the temporary key and the user properties; document properties are shared', () => {
    const gas = createGasEnvironment();
    const session = gas.globals.Session as GoogleAppsScript.Base.Session;
    const props = gas.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    expect(session.getActiveUser().getEmail()).toBe(FIRST_USER);
    const keyA = session.getTemporaryActiveUserKey();
    props.getUserProperties().setProperty('mine', 'a');
    props.getDocumentProperties().setProperty('shared', 'a');
    gas.switchUser('b@example.com');
    expect(session.getActiveUser().getEmail()).toBe('b@example.com');
    expect(session.getEffectiveUser().getEmail()).toBe('b@example.com');
    expect(session.getTemporaryActiveUserKey()).not.toBe(keyA);
    expect(session.getTemporaryActiveUserKey()).not.toContain('example');
    expect(props.getUserProperties().getProperty('mine')).toBeNull();
    expect(props.getDocumentProperties().getProperty('shared')).toBe('a');
    gas.switchUser(FIRST_USER);
    expect(session.getTemporaryActiveUserKey()).toBe(keyA);
    expect(gas.userProperties.getProperty('mine')).toBe('a');
  });
});

describe('Drive (drive.file) and documents (documents scope), per user', () => {
  function world() {
    const gas = createGasEnvironment();
    const drive = (gas.globals.Drive as GoogleAppsScript.Drive).Files;
    const documents = gas.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    return { gas, drive, documents };
  }

  test("another editor's file is 404 through the Drive API, with the API's error shape", () => {
    const { gas, drive } = world();
    const id = drive.create({ name: 'a doc', mimeType: DOC_MIME }, null as never).id!;
    expect(drive.get(id).name).toBe('a doc');
    gas.switchUser('b@example.com');
    let error: Error & { details?: unknown } = new Error();
    try {
      drive.get(id);
    } catch (e) {
      error = e as typeof error;
    }
    expect(String(error)).toBe(
      `GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${id}.`,
    );
    expect(error.details).toEqual({
      code: 404,
      message: `File not found: ${id}.`,
      errors: [{ domain: 'global', reason: 'notFound', message: `File not found: ${id}.` }],
    });
    // Shared with B is not enough under drive.file: B must also open or pick it with the add-on.
    gas.docs.share(id, 'b@example.com', 'writer');
    expect(() => drive.get(id)).toThrow('File not found');
    gas.docs.grantApp('b@example.com', id);
    expect(drive.get(id).name).toBe('a doc');
  });

  test('the spreadsheet itself and its folder are out of drive.file’s reach until picked', () => {
    const { gas, drive } = world();
    expect(() => drive.get(gas.spreadsheet.getId())).toThrow(/File not found: fake-spreadsheet-id\./);
  });

  test('DocumentApp opens what the user can read through sharing; writing needs a writer', () => {
    const { gas, drive, documents } = world();
    const id = drive.create({ name: 'a doc', mimeType: DOC_MIME }, null as never).id!;
    gas.switchUser('b@example.com');
    expect(() => documents.openById(id)).toThrow(
      `Exception: Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`,
    );
    gas.docs.share(id, 'b@example.com', 'reader');
    const doc = documents.openById(id);
    expect(doc.getName()).toBe('a doc');
    expect(thrown(() => doc.saveAndClose())).toBe('Exception: Access denied: DocumentApp.');
    gas.docs.share(id, 'b@example.com', 'writer');
    documents.openById(id).saveAndClose();
  });
});

describe('faults on any call', () => {
  test('failNext: a 403 rate limit twice, then the call succeeds; every try is counted', () => {
    const gas = createGasEnvironment();
    const drive = (gas.globals.Drive as GoogleAppsScript.Drive).Files;
    gas.log.failNext('Drive.Files.create', FAULTS.userRateLimit, 2);
    for (let i = 0; i < 2; i++)
      expect(thrown(() => drive.create({ name: 'x', mimeType: DOC_MIME }, null as never))).toBe(
        'GoogleJsonResponseException: API call to drive.files.create failed with error: User Rate Limit Exceeded',
      );
    expect(drive.create({ name: 'x', mimeType: DOC_MIME }, null as never).name).toBe('x');
    expect(gas.log.counts.get('Drive.Files.create')).toBe(3);
    expect(gas.log.failures).toEqual(['Drive.Files.create', 'Drive.Files.create']);
  });

  test.each([
    ['rateLimit', 'Drive.Files.copy', 429, 'rateLimitExceeded'],
    ['backendError', 'Docs.Documents.batchUpdate', 500, 'backendError'],
  ] as const)('%s on %s carries the HTTP code and reason', (fault, call, code, reason) => {
    const gas = createGasEnvironment();
    gas.log.failNext(call, FAULTS[fault]);
    const [service, collection, method] = call.split('.');
    const target = (gas.globals[service] as Record<string, Record<string, (...a: unknown[]) => unknown>>)[collection];
    let error: Error & { details?: { code: number; errors: { reason: string }[] } } = new Error();
    try {
      target[method]({}, 'id');
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.details?.code).toBe(code);
    expect(error.details?.errors[0].reason).toBe(reason);
  });

  test('Utilities.sleep is counted and moves the script clock instead of waiting; past 5 minutes it is refused', () => {
    const gas = createGasEnvironment();
    const utilities = gas.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const ScriptDate = gas.globals.Date as DateConstructor;
    const before = ScriptDate.now();
    utilities.sleep(8_000);
    utilities.sleep(300_000);
    expect(ScriptDate.now() - before).toBeGreaterThanOrEqual(308_000);
    expect(new ScriptDate().getTime() - before).toBeGreaterThanOrEqual(308_000);
    expect(new ScriptDate(0).getTime()).toBe(0);
    expect(gas.utilities._slept).toEqual([8_000, 300_000]);
    expect(gas.log.counts.get('Utilities.sleep')).toBe(2);
    expect(() => utilities.sleep(300_001)).toThrow(/0 to 300000/);
    gas.advanceClock(24 * 3_600_000);
    expect(ScriptDate.now() - before).toBeGreaterThanOrEqual(24 * 3_600_000);
  });

  test("a built-in service's failure and the daily quota are Apps Script exceptions", () => {
    const gas = createGasEnvironment();
    const documents = gas.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    gas.log.failNext('DocumentApp.openById', FAULTS.backendError);
    expect(thrown(() => documents.openById('doc1'))).toBe(
      'Exception: Service Documents failed while accessing document with id doc1.',
    );
    gas.log.failNext('DocumentApp.openById', FAULTS.dailyQuota('docs'));
    expect(thrown(() => documents.openById('doc1'))).toBe(
      'Exception: Service invoked too many times for one day: docs.',
    );
  });
});

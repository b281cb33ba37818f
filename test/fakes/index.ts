/**
 * A fresh in-memory Apps Script environment: the globals SaiSaat's Code.js uses, all counting
 * their calls into one log. Pass `globals` to loadCodeJs (node:vm) or install them on globalThis
 * to run the TypeScript adapters directly.
 */
import { join } from 'node:path';
import { ROOT } from '../helpers';
import { CallLog, type Implements } from './calls';
import { FakeCharts } from './charts';
import { DocsWorld, FakeDocs, FakeDocumentApp, FakeDrive, FakeScriptApp } from './documents';
import {
  FakeHtmlService,
  FakeLock,
  FakeLockService,
  FakeProperties,
  FakePropertiesService,
  FakeSession,
  FakeUi,
  FakeUtilities,
  Users,
} from './services';
import {
  DataValidationCriteria,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  FakeEnv,
  FakeRichTextValueBuilder,
  FakeSheet,
  FakeSpreadsheet,
  ProtectionType,
  wrapSheetTree,
} from './spreadsheet';

type SpreadsheetAppMethods =
  | 'getActiveSpreadsheet'
  | 'getActive'
  | 'getActiveSheet'
  | 'getUi'
  | 'newDataValidation'
  | 'newConditionalFormatRule'
  | 'newRichTextValue'
  | 'flush';

class FakeSpreadsheetApp implements Implements<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppMethods> {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly ProtectionType = ProtectionType;
  constructor(
    private readonly env: FakeEnv,
    private readonly ss: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}
  getActiveSpreadsheet() {
    return this.env._lookup(this.ss) as never;
  }
  getActive() {
    return this.env._lookup(this.ss) as never;
  }
  getActiveSheet() {
    return this.env._lookup(this.ss._active) as never;
  }
  getUi() {
    return this.ui as never;
  }
  newDataValidation() {
    return this.env._wrap(new FakeDataValidationBuilder(this.env), 'DataValidationBuilder') as never;
  }
  newConditionalFormatRule() {
    return this.env._wrap(new FakeConditionalFormatRuleBuilder(this.env), 'ConditionalFormatRuleBuilder') as never;
  }
  newRichTextValue() {
    return this.env._wrap(new FakeRichTextValueBuilder(this.env), 'RichTextValueBuilder') as never;
  }
  flush() {}
}

export interface GasEnvironment {
  globals: Record<string, unknown>;
  log: CallLog;
  env: FakeEnv;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  documentProperties: FakeProperties;
  /** The deployment's script properties (set by an administrator in the Apps Script editor). */
  scriptProperties: FakeProperties;
  /** The running user's own properties. */
  readonly userProperties: FakeProperties;
  lock: FakeLock;
  session: FakeSession;
  /** Utilities, with every `sleep` it was asked for (`utilities._slept`). */
  utilities: FakeUtilities;
  users: Users;
  /** Moves the script's clock on (Date in Code.js), as if that much time had passed. */
  advanceClock(ms: number): void;
  /** Another editor of the spreadsheet (or the first again) runs what follows. */
  switchUser(email: string): void;
  /** The fake Google Docs and Drive: files, documents, quota and permission switches. */
  docs: DocsWorld;
  /** Adds a sheet filled with `grid` (an existing user sheet), makes it active and returns it. */
  addSheet(name: string, grid: unknown[][]): FakeSheet;
}

export const OFFICE_FOLDER = 'folder-office';
/** The editor who made the spreadsheet and runs the script unless a test switches users. */
export const FIRST_USER = 'a@example.com';

export interface GasOptions {
  locale?: string;
  spreadsheetName?: string;
  /** Advanced services the manifest enables (both by default). */
  drive?: boolean;
  docs?: boolean;
}

/**
 * The Date Code.js sees: real time moved on by every Utilities.sleep (which the fake does not really
 * wait, but on Google the time passes) and by what a test adds, so time budgets and "the last 24
 * hours" are tested as they run on Google. Code.js never uses `instanceof Date` (cells.ts), so a
 * Date of this realm is as good as its own.
 */
const realNow = Date.now;
function scriptDate(utilities: FakeUtilities, advanced: () => number): DateConstructor {
  const now = () => realNow() + advanced() + utilities._slept.reduce((a, b) => a + b, 0);
  class ScriptDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string]));
    }
    static override now() {
      return now();
    }
  }
  return ScriptDate as DateConstructor;
}

export function createGasEnvironment(options: GasOptions = {}): GasEnvironment {
  const log = new CallLog();
  const env = new FakeEnv(log);
  const spreadsheet = new FakeSpreadsheet(env, options.spreadsheetName ?? 'แผนป้องกันการทุจริต');
  wrapSheetTree(env, spreadsheet);
  const ui = env._wrap(new FakeUi(env), 'Ui');
  const users = new Users(FIRST_USER);
  const documentProperties = env._wrap(new FakeProperties(env), 'Properties');
  const scriptProperties = env._wrap(new FakeProperties(env), 'Properties');
  const properties = new FakePropertiesService(env, users, documentProperties, scriptProperties);
  const lock = env._wrap(new FakeLock(log), 'Lock');
  const session = env._wrap(new FakeSession(env, users, options.locale ?? 'th'), 'Session');
  const utilities = new FakeUtilities();
  let advanced = 0;
  const docs = new DocsWorld(env, users);
  // The spreadsheet sits in a folder of the first user's Drive; the add-on did not make either,
  // so drive.file does not reach them.
  const time = docs.tick();
  const file = { trashed: false, modifiedTime: time, doc: null, blob: null };
  docs.add(
    { ...file, id: OFFICE_FOLDER, name: 'งานแผน', mimeType: 'application/vnd.google-apps.folder', parents: ['root'] },
    false,
  );
  docs.add(
    {
      ...file,
      id: spreadsheet.getId(),
      name: spreadsheet.getName(),
      mimeType: 'application/vnd.google-apps.spreadsheet',
      parents: [OFFICE_FOLDER],
    },
    false,
  );
  const globals: Record<string, unknown> = {
    SpreadsheetApp: env._wrap(new FakeSpreadsheetApp(env, spreadsheet, ui), 'SpreadsheetApp'),
    HtmlService: env._wrap(new FakeHtmlService(env, join(ROOT, 'dist')), 'HtmlService'),
    PropertiesService: env._wrap(properties, 'PropertiesService'),
    LockService: env._wrap(new FakeLockService(lock), 'LockService'),
    Session: session,
    Utilities: env._wrap(utilities, 'Utilities'),
    DocumentApp: env._wrap(new FakeDocumentApp(docs), 'DocumentApp'),
    ScriptApp: env._wrap(new FakeScriptApp(docs), 'ScriptApp'),
    Charts: env._wrap(new FakeCharts(docs), 'Charts'),
    Date: scriptDate(utilities, () => advanced),
  };
  // Advanced services exist only when the manifest enables them.
  if (options.drive !== false) globals.Drive = new FakeDrive(docs);
  if (options.docs !== false) globals.Docs = new FakeDocs(docs);
  return {
    globals,
    log,
    env,
    spreadsheet,
    ui,
    documentProperties,
    scriptProperties,
    get userProperties() {
      return properties._userStore(users.active);
    },
    lock,
    session,
    utilities,
    users,
    advanceClock(ms) {
      advanced += ms;
    },
    switchUser(email) {
      users.active = email;
      // Every editor of the spreadsheet can open it: it is shared with them as writers.
      if (!docs.role(docs.files.get(spreadsheet.getId())!)) docs.share(spreadsheet.getId(), email, 'writer');
    },
    docs,
    addSheet(name, grid) {
      const sheet = spreadsheet._addSheet(name);
      env._wrap(sheet, 'Sheet');
      sheet._load(grid);
      spreadsheet._active = sheet;
      return sheet;
    },
  };
}

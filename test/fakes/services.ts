/**
 * The other Apps Script services SaiSaat touches, in memory: Ui and menus, HtmlService,
 * PropertiesService, LockService, Session, Utilities — each method checked against Google's type
 * and counted like the spreadsheet fakes — and the users: several editors share one spreadsheet,
 * and a test switches who is running the script (`Users.active`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Implements } from './calls';
import type { CallLog } from './calls';
import type { FakeEnv } from './spreadsheet';

export interface MenuRecord {
  items: { caption: string; functionName: string }[];
  addedToUi: boolean;
}

type MenuMethods = 'addItem' | 'addSeparator' | 'addToUi';
export class FakeMenu implements Implements<GoogleAppsScript.Base.Menu, MenuMethods> {
  constructor(
    private readonly env: FakeEnv,
    readonly _record: MenuRecord,
  ) {}
  addItem(caption: string, functionName: string) {
    this._record.items.push({ caption, functionName });
    return this.env._lookup(this) as never;
  }
  addSeparator() {
    this._record.items.push({ caption: '---', functionName: '' });
    return this.env._lookup(this) as never;
  }
  addToUi() {
    this._record.addedToUi = true;
  }
}

type UiMethods = 'createAddonMenu' | 'showSidebar';
export class FakeUi implements Implements<GoogleAppsScript.Base.Ui, UiMethods> {
  _menus: MenuRecord[] = [];
  _sidebars: { title: string; content: string }[] = [];
  constructor(private readonly env: FakeEnv) {}
  createAddonMenu() {
    const record: MenuRecord = { items: [], addedToUi: false };
    this._menus.push(record);
    return this.env._wrap(new FakeMenu(this.env, record), 'Menu') as never;
  }
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput) {
    const html = userInterface as unknown as FakeHtmlOutput;
    this._sidebars.push({ title: html._title, content: html._content });
  }
}

type HtmlOutputMethods = 'setTitle' | 'getTitle' | 'getContent';
export class FakeHtmlOutput implements Implements<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputMethods> {
  _title = '';
  constructor(
    private readonly env: FakeEnv,
    readonly _content: string,
  ) {}
  setTitle(title: string) {
    this._title = title;
    return this.env._lookup(this) as never;
  }
  getTitle() {
    return this._title;
  }
  getContent() {
    return this._content;
  }
}

type HtmlServiceMethods = 'createHtmlOutputFromFile';
export class FakeHtmlService implements Implements<GoogleAppsScript.HTML.HtmlService, HtmlServiceMethods> {
  constructor(
    private readonly env: FakeEnv,
    private readonly distDir: string,
  ) {}
  createHtmlOutputFromFile(filename: string) {
    // Apps Script finds "Sidebar" as Sidebar.html among the pushed files.
    const content = readFileSync(join(this.distDir, `${filename}.html`), 'utf8');
    return this.env._wrap(new FakeHtmlOutput(this.env, content), 'HtmlOutput') as never;
  }
}

type PropertiesMethods = 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties';
export class FakeProperties implements Implements<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  readonly _store = new Map<string, string>();
  constructor(private readonly env: FakeEnv) {}
  getProperty(key: string) {
    return this._store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    if (value.length > 9 * 1024) throw new Error('Argument too large: value (properties are limited to 9 KB a value)');
    this._store.set(key, String(value));
    return this.env._lookup(this) as never;
  }
  deleteProperty(key: string) {
    this._store.delete(key);
    return this.env._lookup(this) as never;
  }
  getProperties() {
    return Object.fromEntries(this._store);
  }
}

/** The editors of the spreadsheet, and which of them is running the script now. */
export class Users {
  /** Users whose email Google's security policies hide from the script (getEmail() is blank). */
  readonly hidden = new Set<string>();
  constructor(public active: string) {}
}

type PropertiesServiceMethods = 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties';
/**
 * Document properties are one store shared by every user of the document; user properties are
 * the running user's own, whatever document they are in; script properties are the deployment's,
 * the same for every user and document (https://developers.google.com/apps-script/guides/properties).
 */
export class FakePropertiesService implements Implements<
  GoogleAppsScript.Properties.PropertiesService,
  PropertiesServiceMethods
> {
  private readonly perUser = new Map<string, FakeProperties>();
  constructor(
    private readonly env: FakeEnv,
    private readonly users: Users,
    readonly _document: FakeProperties,
    readonly _script: FakeProperties,
  ) {}
  /** A user's own properties (a test reads or sets them for any user). */
  _userStore(user: string): FakeProperties {
    if (!this.perUser.has(user)) this.perUser.set(user, this.env._wrap(new FakeProperties(this.env), 'Properties'));
    return this.perUser.get(user)!;
  }
  getDocumentProperties() {
    return this._document as never;
  }
  getUserProperties() {
    return this._userStore(this.users.active) as never;
  }
  getScriptProperties() {
    return this._script as never;
  }
}

type LockMethods = 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock';
export class FakeLock implements Implements<GoogleAppsScript.Lock.Lock, LockMethods> {
  /** Set by a test to simulate another editor holding the lock. */
  _busy = false;
  constructor(private readonly log: CallLog) {}
  tryLock(timeoutInMillis: number) {
    void timeoutInMillis;
    if (this._busy) return false;
    this.log.lockHeld = true;
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock() {
    this.log.lockHeld = false;
  }
  hasLock() {
    return this.log.lockHeld;
  }
}

type LockServiceMethods = 'getDocumentLock';
export class FakeLockService implements Implements<GoogleAppsScript.Lock.LockService, LockServiceMethods> {
  constructor(readonly _lock: FakeLock) {}
  getDocumentLock() {
    return this._lock as never;
  }
}

type UserMethods = 'getEmail';
export class FakeUser implements Implements<GoogleAppsScript.Base.User, UserMethods> {
  constructor(readonly _email: string) {}
  getEmail() {
    return this._email;
  }
}

type SessionMethods = 'getActiveUserLocale' | 'getActiveUser' | 'getEffectiveUser' | 'getTemporaryActiveUserKey';
/**
 * Who runs the script (https://developers.google.com/apps-script/reference/base/session): the
 * active user; the effective user, the same one for an add-on run from a menu or the sidebar; and
 * a key unique to the active user that does not reveal who it is (Google rotates it every 30 days;
 * here it is fixed per user); `Users.hidden` blanks the email of users Google's policies hide. Not
 * modelled: the blank email of a simple trigger (onOpen, onEdit).
 */
export class FakeSession implements Implements<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(
    private readonly env: FakeEnv,
    private readonly users: Users,
    public _locale: string,
  ) {}
  getActiveUserLocale() {
    return this._locale;
  }
  // "If security policies do not allow access to the user's email address, User.getEmail() returns a
  // blank string" (https://developers.google.com/apps-script/reference/base/user#getEmail()).
  private user() {
    return this.env._wrap(new FakeUser(this.users.hidden.has(this.users.active) ? '' : this.users.active), 'User');
  }
  getActiveUser() {
    return this.user() as never;
  }
  getEffectiveUser() {
    return this.user() as never;
  }
  getTemporaryActiveUserKey() {
    return createHash('sha256').update(`saisaat-fake:${this.users.active}`).digest('base64url').slice(0, 28);
  }
}

type UtilitiesMethods = 'formatDate' | 'getUuid' | 'sleep';
export class FakeUtilities implements Implements<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  /** Every wait asked of `sleep`, in milliseconds, in order (the fake does not really wait). */
  readonly _slept: number[] = [];
  constructor(public _now: Date = new Date()) {}
  /**
   * Puts the script to sleep for that many milliseconds; the reference allows at most 300000
   * (5 minutes): https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer).
   * Counted and recorded, never slept, so tests of backoff stay fast.
   */
  sleep(milliseconds: number) {
    if (!Number.isInteger(milliseconds) || milliseconds < 0 || milliseconds > 300_000)
      throw new Error(`Utilities.sleep(${milliseconds}): the reference allows a whole number of 0 to 300000 ms`);
    this._slept.push(milliseconds);
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string) {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }).formatToParts(date as unknown as Date);
    const get = (t: string) => parts.find((p) => p.type === t)!.value;
    if (format === 'yyyy-M') return `${get('year')}-${Number(get('month'))}`;
    if (format === 'yyyy-M-d') return `${get('year')}-${Number(get('month'))}-${Number(get('day'))}`;
    if (format === 'yyyy-M-d-H-m') {
      const time = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hour: 'numeric',
        minute: 'numeric',
        hourCycle: 'h23',
      }).formatToParts(date as unknown as Date);
      const t = (k: string) => Number(time.find((p) => p.type === k)!.value);
      return `${get('year')}-${Number(get('month'))}-${Number(get('day'))}-${t('hour')}-${t('minute')}`;
    }
    throw new Error(`not implemented: Utilities.formatDate format ${format}`);
  }
  getUuid() {
    return randomUUID();
  }
}

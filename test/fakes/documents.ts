/**
 * In-memory Google Docs and Drive as SaiSaat's adapters use them: DocumentApp (documents, body,
 * paragraphs, list items, text, tables), the Drive advanced service v3 (files create, copy, get,
 * update), the Docs advanced service v1 (documents get and batchUpdate with the three request kinds
 * SaiSaat sends) and ScriptApp's authorization info — each method checked against
 * @types/google-apps-script where the types have it, counted, strict. Documents live in the fake
 * Drive, so a copy of the template is a real deep copy and "open by id" finds what was saved.
 *
 * Access is per user, as Google decides it:
 * - every file has an owner and is shared with other users as reader or writer (sharing a folder
 *   shares what is in it: https://support.google.com/drive/answer/2494822);
 * - the Drive API under the drive.file scope reaches only the files the add-on created for this user
 *   or the user opened or picked with it (`grantApp`, what Google Picker does); any other file is
 *   "File not found" (https://developers.google.com/drive/api/guides/api-specific-auth,
 *   https://developers.google.com/drive/api/guides/handle-errors#resolve_a_404_error_file_not_found_fileid);
 * - DocumentApp and the Docs API, under the documents scope, reach every document the user can
 *   read through sharing (https://developers.google.com/apps-script/reference/document/document-app#openById(String)).
 * Failures (rate limits, quota, server errors) are injected on any call with the call log's
 * `failNext`/`failWhen` (calls.ts).
 */
import { apiError, exception, type Implements } from './calls';
import type { Users } from './services';
import type { FakeEnv } from './spreadsheet';

export const ElementType = {
  BODY_SECTION: 'BODY_SECTION',
  HEADER_SECTION: 'HEADER_SECTION',
  FOOTER_SECTION: 'FOOTER_SECTION',
  PARAGRAPH: 'PARAGRAPH',
  LIST_ITEM: 'LIST_ITEM',
  TABLE: 'TABLE',
  TABLE_ROW: 'TABLE_ROW',
  TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT',
} as const;
export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;
export const Attribute = {
  BOLD: 'BOLD',
  FONT_FAMILY: 'FONT_FAMILY',
  FONT_SIZE: 'FONT_SIZE',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT',
  INDENT_START: 'INDENT_START',
  INDENT_FIRST_LINE: 'INDENT_FIRST_LINE',
} as const;

export type Role = 'reader' | 'writer';

/** Every Google account's Drive in one world, shared by DocumentApp, Drive and Docs. */
export class DocsWorld {
  readonly files = new Map<string, DriveFile>();
  private nextId = 1;
  private clock = Date.UTC(2026, 10, 22, 3, 0, 0);
  /** Files created (create or copy) by type, as Google's daily quota counts them. */
  created = 0;
  /**
   * The consent link getAuthorizationUrl() gives when a scope is missing; a test sets null, which
   * Google returns when it makes no link (https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationUrl()).
   */
  authorizationUrl: string | null = AUTHORIZATION_URL;
  /** Scopes the user granted (granular consent); all by default. */
  granted = new Set(['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file']);
  /** Per user, the files the drive.file scope lets the add-on reach. */
  private readonly appFiles = new Map<string, Set<string>>();

  constructor(
    readonly env: FakeEnv,
    readonly users: Users,
  ) {}

  id(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(4, '0')}`;
  }
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }
  /** The user now running the script. */
  get user(): string {
    return this.users.active;
  }
  /** Adds a file owned by the running user; the add-on reaches it only when `byApp` (it created it). */
  add(file: Omit<DriveFile, 'owner' | 'shared'>, byApp: boolean): DriveFile {
    const f: DriveFile = { ...file, owner: this.user, shared: new Map() };
    this.files.set(f.id, f);
    if (byApp) this.grantApp(this.user, f.id);
    return f;
  }
  /** The user opened or picked the file with the add-on (Google Picker): drive.file now reaches it. */
  grantApp(user: string, id: string): void {
    if (!this.appFiles.has(user)) this.appFiles.set(user, new Set());
    this.appFiles.get(user)!.add(id);
  }
  share(id: string, user: string, role: Role): void {
    this.files.get(id)!.shared.set(user, role);
  }
  /** The user's role on a file: owner, or shared on it or on a folder above it. */
  role(f: DriveFile, user = this.user): 'owner' | Role | null {
    if (f.owner === user) return 'owner';
    let best: Role | null = null;
    const seen = new Set<string>();
    for (let at: DriveFile | undefined = f; at && !seen.has(at.id); at = this.files.get(at.parents[0])) {
      seen.add(at.id);
      const r = at.shared.get(user);
      if (r === 'writer') return 'writer';
      if (r) best = r;
    }
    return best;
  }
  canWrite(f: DriveFile, user = this.user): boolean {
    const r = this.role(f, user);
    return r === 'owner' || r === 'writer';
  }
  /** A file the Drive API (drive.file) may reach for this user, or the API's 404. */
  file(id: string, call: string): DriveFile {
    const f = this.files.get(id);
    if (!f || !this.appFiles.get(this.user)?.has(id) || !this.role(f))
      throw apiError(call, 404, 'notFound', `File not found: ${id}.`);
    return f;
  }
  /** Test helper: the documents (not folders) in a folder, by name. */
  documentsIn(folderId: string): DriveFile[] {
    return [...this.files.values()].filter(
      (f) => f.parents.includes(folderId) && f.mimeType === DOC_MIME && !f.trashed,
    );
  }
}

export const DOC_MIME = 'application/vnd.google-apps.document';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

export interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  modifiedTime: string;
  /** For documents: the saved content. */
  doc: DocData | null;
  /** For PDFs and other uploads. */
  blob: { contentType: string; from: string } | null;
  /** Who made it: the owner. */
  owner: string;
  /** Other users it is shared with, and how. */
  shared: Map<string, Role>;
}

/** A document's saved content: body elements, page set-up, header and footer, and sections made by the Docs API. */
export interface DocData {
  body: FakeBody;
  /** The default header and footer (the ones DocumentApp's getHeader/getFooter reach), if any. */
  header: FakeHeaderFooter | null;
  footer: FakeHeaderFooter | null;
  /** Orientation of each section, in order (one section until the Docs API adds breaks). */
  sections: { startsWith: string; landscape: boolean }[];
}

// ---- Elements --------------------------------------------------------------------------------------

type Parent = FakeSection | FakeTableCell;

interface ParagraphAttrs {
  align: string | null;
  indentStart: number | null;
  indentFirstLine: number | null;
  fontFamily: string | null;
  fontSize: number | null;
}

type ParagraphMethods =
  | 'getText'
  | 'setText'
  | 'editAsText'
  | 'setAttributes'
  | 'setAlignment'
  | 'getAlignment'
  | 'setIndentStart'
  | 'getIndentStart'
  | 'setIndentFirstLine'
  | 'getIndentFirstLine'
  | 'copy'
  | 'getParent'
  | 'getType'
  | 'getNextSibling'
  | 'removeFromParent'
  | 'asParagraph'
  | 'asListItem';

export class FakeParagraph implements Implements<GoogleAppsScript.Document.Paragraph, ParagraphMethods> {
  _text = '';
  _bold: boolean[] = [];
  _attrs: ParagraphAttrs = { align: null, indentStart: null, indentFirstLine: null, fontFamily: null, fontSize: null };
  _parent: Parent | null = null;
  _pageBreak = false;
  /** The inline image Body.appendImage put in this paragraph: its blob's type and source. */
  _image: { contentType: string; from: string } | null = null;
  constructor(
    readonly _world: DocsWorld,
    text = '',
  ) {
    this._setText(text);
  }
  get _className(): string {
    return 'Paragraph';
  }
  _setText(text: string) {
    this._text = text;
    this._bold = Array.from({ length: text.length }, () => false);
  }
  _clone(): FakeParagraph {
    const p =
      this instanceof FakeListItem
        ? new FakeListItem(this._world, this._text)
        : new FakeParagraph(this._world, this._text);
    p._bold = this._bold.slice();
    p._attrs = { ...this._attrs };
    p._pageBreak = this._pageBreak;
    p._image = this._image && { ...this._image };
    if (this instanceof FakeListItem && p instanceof FakeListItem) p._nesting = this._nesting;
    return p;
  }
  _self<T>(): T {
    return this._world.env._lookup(this) as unknown as T;
  }
  getText() {
    return this._text;
  }
  setText(text: string) {
    this._setText(text);
    return this._self<never>();
  }
  editAsText() {
    return this._world.env._wrap(new FakeText(this._world, [this]), 'Text') as never;
  }
  setAttributes(attributes: Record<string, unknown>) {
    for (const [key, value] of Object.entries(attributes)) {
      switch (key) {
        case Attribute.BOLD:
          this._bold.fill(Boolean(value));
          break;
        case Attribute.FONT_FAMILY:
          this._attrs.fontFamily = value as string;
          break;
        case Attribute.FONT_SIZE:
          this._attrs.fontSize = value as number;
          break;
        case Attribute.HORIZONTAL_ALIGNMENT:
          this._attrs.align = value as string;
          break;
        case Attribute.INDENT_START:
          this._attrs.indentStart = value as number;
          break;
        case Attribute.INDENT_FIRST_LINE:
          this._attrs.indentFirstLine = value as number;
          break;
        default:
          throw new Error(`not implemented: Paragraph.setAttributes ${key}`);
      }
    }
    return this._self<never>();
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment) {
    this._attrs.align = String(alignment);
    return this._self<never>();
  }
  getAlignment() {
    return this._attrs.align as never;
  }
  setIndentStart(indentStart: number) {
    this._attrs.indentStart = indentStart;
    return this._self<never>();
  }
  getIndentStart() {
    return this._attrs.indentStart as number;
  }
  setIndentFirstLine(indentFirstLine: number) {
    this._attrs.indentFirstLine = indentFirstLine;
    return this._self<never>();
  }
  getIndentFirstLine() {
    return this._attrs.indentFirstLine as number;
  }
  copy() {
    const p = this._clone();
    return this._world.env._wrap(p, p._className) as never;
  }
  getParent() {
    if (!this._parent) return null as never;
    return this._world.env._lookup(this._parent) as never;
  }
  getType() {
    return ElementType.PARAGRAPH as never;
  }
  getNextSibling() {
    if (!this._parent) return null as never;
    const siblings = this._parent._children;
    const next = siblings[siblings.indexOf(this) + 1];
    return (next ? this._world.env._lookup(next) : null) as never;
  }
  removeFromParent() {
    if (!this._parent) throw new Error('Element is not attached');
    const siblings = this._parent._children;
    if (this._parent instanceof FakeSection && siblings.length === 1)
      throw new Error("Can't remove the last paragraph in a document section.");
    siblings.splice(siblings.indexOf(this), 1);
    this._parent = null;
    return this._self<never>();
  }
  asParagraph() {
    return this._self<never>();
  }
  asListItem() {
    throw new Error('Paragraph.asListItem: not a list item');
  }
}

type ListItemMethods = ParagraphMethods | 'setNestingLevel' | 'getNestingLevel';
export class FakeListItem
  extends FakeParagraph
  implements Implements<GoogleAppsScript.Document.ListItem, ListItemMethods>
{
  _nesting = 0;
  override get _className(): string {
    return 'ListItem';
  }
  override getType() {
    return ElementType.LIST_ITEM as never;
  }
  override asListItem() {
    return this._self<never>();
  }
  setNestingLevel(nestingLevel: number) {
    this._nesting = nestingLevel;
    return this._self<never>();
  }
  getNestingLevel() {
    return this._nesting;
  }
}

type TextMethods = 'getText' | 'setBold' | 'setFontFamily' | 'setFontSize' | 'deleteText' | 'insertText' | 'appendText';
/** The text of a paragraph, or of every paragraph in a table, row, cell or body. */
export class FakeText implements Implements<GoogleAppsScript.Document.Text, TextMethods> {
  constructor(
    private readonly world: DocsWorld,
    private readonly paragraphs: FakeParagraph[],
  ) {}
  private single(method: string): FakeParagraph {
    if (this.paragraphs.length !== 1)
      throw new Error(`not implemented: Text.${method} with offsets over several paragraphs`);
    return this.paragraphs[0];
  }
  private self() {
    return this.world.env._lookup(this) as never;
  }
  getText() {
    return this.paragraphs.map((p) => p._text).join('\n');
  }
  setBold(...args: [boolean] | [number, number, boolean]) {
    if (args.length === 1) {
      for (const p of this.paragraphs) p._bold.fill(args[0]);
      return this.self();
    }
    const [start, end, bold] = args;
    const p = this.single('setBold');
    if (start < 0 || end >= p._text.length || start > end)
      throw new Error(`Index (${end}) must be less than the content length (${p._text.length}).`);
    for (let i = start; i <= end; i++) p._bold[i] = bold;
    return this.self();
  }
  setFontFamily(...args: [string | null] | [number, number, string | null]) {
    if (args.length !== 1) throw new Error('not implemented: Text.setFontFamily with offsets');
    for (const p of this.paragraphs) p._attrs.fontFamily = args[0];
    return this.self();
  }
  setFontSize(...args: [number] | [number, number, number]) {
    if (args.length !== 1) throw new Error('not implemented: Text.setFontSize with offsets');
    for (const p of this.paragraphs) p._attrs.fontSize = args[0];
    return this.self();
  }
  deleteText(startOffset: number, endOffsetInclusive: number) {
    const p = this.single('deleteText');
    if (startOffset < 0 || endOffsetInclusive >= p._text.length || startOffset > endOffsetInclusive)
      throw new Error(`Index (${endOffsetInclusive}) must be less than the content length (${p._text.length}).`);
    p._text = p._text.slice(0, startOffset) + p._text.slice(endOffsetInclusive + 1);
    p._bold.splice(startOffset, endOffsetInclusive - startOffset + 1);
    return this.self();
  }
  insertText(offset: number, text: string) {
    const p = this.single('insertText');
    // Google rejects an offset at the very end: appendText is for that.
    if (offset < 0 || offset >= p._text.length)
      throw new Error(`Index (${offset}) must be less than the content length (${p._text.length}).`);
    const bold = p._bold[offset > 0 ? offset - 1 : 0] ?? false;
    p._text = p._text.slice(0, offset) + text + p._text.slice(offset);
    p._bold.splice(offset, 0, ...Array.from({ length: text.length }, () => bold));
    return this.self();
  }
  appendText(text: string) {
    const p = this.single('appendText');
    const bold = p._bold[p._bold.length - 1] ?? false;
    p._text += text;
    p._bold.push(...Array.from({ length: text.length }, () => bold));
    return this.self() as never;
  }
}

type TableCellMethods = 'getChild' | 'getNumChildren' | 'getText' | 'editAsText' | 'getType';
export class FakeTableCell implements Implements<GoogleAppsScript.Document.TableCell, TableCellMethods> {
  _children: FakeParagraph[] = [];
  constructor(
    private readonly world: DocsWorld,
    text: string,
  ) {
    const p = new FakeParagraph(world, text);
    p._parent = this;
    world.env._wrap(p, 'Paragraph');
    this._children.push(p);
  }
  getChild(childIndex: number) {
    const c = this._children[childIndex];
    if (!c)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this._children.length}).`,
      );
    return this.world.env._lookup(c) as never;
  }
  getNumChildren() {
    return this._children.length;
  }
  getText() {
    return this._children.map((p) => p._text).join('\n');
  }
  editAsText() {
    return this.world.env._wrap(new FakeText(this.world, this._children), 'Text') as never;
  }
  getType() {
    return ElementType.TABLE_CELL as never;
  }
}

type TableRowMethods = 'getCell' | 'getNumCells' | 'editAsText';
export class FakeTableRow implements Implements<GoogleAppsScript.Document.TableRow, TableRowMethods> {
  constructor(
    private readonly world: DocsWorld,
    readonly _cells: FakeTableCell[],
  ) {}
  getCell(cellIndex: number) {
    return this.world.env._lookup(this._cells[cellIndex]) as never;
  }
  getNumCells() {
    return this._cells.length;
  }
  editAsText() {
    return this.world.env._wrap(
      new FakeText(
        this.world,
        this._cells.flatMap((c) => c._children),
      ),
      'Text',
    ) as never;
  }
}

type TableMethods =
  'getRow' | 'getCell' | 'getNumRows' | 'editAsText' | 'setColumnWidth' | 'copy' | 'getType' | 'getText';
export class FakeTable implements Implements<GoogleAppsScript.Document.Table, TableMethods> {
  _rows: FakeTableCell[][];
  _widths = new Map<number, number>();
  _parent: Parent | null = null;
  constructor(
    readonly _world: DocsWorld,
    cells: string[][],
  ) {
    this._rows = cells.map((r) =>
      r.map((t) => {
        const cell = new FakeTableCell(_world, t);
        _world.env._wrap(cell, 'TableCell');
        return cell;
      }),
    );
  }
  _clone(): FakeTable {
    const t = new FakeTable(
      this._world,
      this._rows.map((r) => r.map((c) => c.getText())),
    );
    t._widths = new Map(this._widths);
    t._rows.forEach((r, i) =>
      r.forEach((c, j) =>
        c._children.forEach((p, k) =>
          Object.assign(p, {
            _bold: this._rows[i][j]._children[k]._bold.slice(),
            _attrs: { ...this._rows[i][j]._children[k]._attrs },
          }),
        ),
      ),
    );
    return t;
  }
  getRow(rowIndex: number) {
    if (!this._rows[rowIndex])
      throw new Error(
        `Child index (${rowIndex}) must be less than the number of child elements (${this._rows.length}).`,
      );
    return this._world.env._wrap(new FakeTableRow(this._world, this._rows[rowIndex]), 'TableRow') as never;
  }
  getCell(rowIndex: number, cellIndex: number) {
    const c = this._rows[rowIndex]?.[cellIndex];
    if (!c) throw new Error(`Cell (${rowIndex}, ${cellIndex}) is out of bounds.`);
    return this._world.env._lookup(c) as never;
  }
  getNumRows() {
    return this._rows.length;
  }
  editAsText() {
    return this._world.env._wrap(
      new FakeText(
        this._world,
        this._rows.flat().flatMap((c) => c._children),
      ),
      'Text',
    ) as never;
  }
  setColumnWidth(columnIndex: number, width: number) {
    if (columnIndex >= (this._rows[0]?.length ?? 0)) throw new Error(`Column index (${columnIndex}) is out of bounds.`);
    this._widths.set(columnIndex, width);
    return this._world.env._lookup(this) as never;
  }
  copy() {
    return this._world.env._wrap(this._clone(), 'Table') as never;
  }
  getType() {
    return ElementType.TABLE as never;
  }
  getText() {
    return this._rows.map((r) => r.map((c) => c.getText()).join('\t')).join('\n');
  }
  asTable() {
    return this._world.env._lookup(this) as never;
  }
}

/** Elements DocumentApp hands out from getChild: the concrete element, with as…() casts. */
type Child = FakeParagraph | FakeTable;

/** What DocumentApp's Body, HeaderSection and FooterSection share, and each of them implements. */
type SectionMethods =
  | 'appendParagraph'
  | 'appendListItem'
  | 'appendTable'
  | 'insertParagraph'
  | 'insertListItem'
  | 'getChild'
  | 'getChildIndex'
  | 'getNumChildren'
  | 'getParagraphs'
  | 'clear'
  | 'getText'
  | 'getType';

type BodyMethods =
  | SectionMethods
  | 'appendPageBreak'
  | 'appendImage'
  | 'setPageWidth'
  | 'setPageHeight'
  | 'setMarginLeft'
  | 'setMarginRight'
  | 'setMarginTop'
  | 'setMarginBottom'
  | 'getPageWidth'
  | 'getPageHeight'
  | 'getMarginLeft'
  | 'getMarginRight'
  | 'getMarginTop'
  | 'getMarginBottom';

/**
 * A document section: the body, or a header or footer
 * (https://developers.google.com/apps-script/reference/document/header-section). A new or cleared
 * section holds one empty paragraph, and its last paragraph cannot be removed.
 */
export abstract class FakeSection {
  _children: Child[] = [];
  constructor(readonly _world: DocsWorld) {
    this._reset();
  }
  /** A new or cleared section: one empty paragraph, as Google Docs keeps. */
  _reset() {
    const p = this._world.env._wrap(new FakeParagraph(this._world, ''), 'Paragraph');
    this._raw(p)._parent = this;
    this._children = [this._raw(p)];
  }
  _raw<T extends object>(proxy: T): T {
    return this._world.env._raw(proxy);
  }
  /** Copies of this section's elements into `into`, each wrapped as DocumentApp hands it out. */
  protected _cloneInto<S extends FakeSection>(into: S): S {
    into._children = this._children.map((c) => {
      const copy = c._clone();
      copy._parent = into;
      into._world.env._wrap(copy, copy instanceof FakeTable ? 'Table' : (copy as FakeParagraph)._className);
      return copy;
    });
    return into;
  }
  private attach<T extends Child>(proxyOrRaw: T, index: number): T {
    const raw = this._raw(proxyOrRaw);
    if (raw._parent) throw new Error('Element must be detached.');
    raw._parent = this;
    this._children.splice(index, 0, raw);
    return this._world.env._lookup(raw);
  }
  protected wrapNew<T extends Child>(raw: T, className: string): T {
    return this._world.env._wrap(raw, className);
  }
  protected append<T extends Child>(child: T): T {
    return this.attach(child, this._children.length);
  }
  appendParagraph(textOrParagraph: string | GoogleAppsScript.Document.Paragraph) {
    const p =
      typeof textOrParagraph === 'string'
        ? this.wrapNew(new FakeParagraph(this._world, textOrParagraph), 'Paragraph')
        : (textOrParagraph as unknown as FakeParagraph);
    return this.append(p) as never;
  }
  appendListItem(listItem: GoogleAppsScript.Document.ListItem | string) {
    if (typeof listItem === 'string') throw new Error('not implemented: appendListItem(text)');
    return this.append(listItem as unknown as FakeListItem) as never;
  }
  appendTable(cellsOrTable?: string[][] | GoogleAppsScript.Document.Table | null) {
    const t = Array.isArray(cellsOrTable)
      ? this.wrapNew(new FakeTable(this._world, cellsOrTable), 'Table')
      : (cellsOrTable as unknown as FakeTable);
    if (Array.isArray(cellsOrTable) && cellsOrTable.some((r) => r.length !== cellsOrTable[0].length))
      throw new Error('All rows of a table must have the same number of cells.');
    return this.append(t) as never;
  }
  insertParagraph(childIndex: number, paragraph: GoogleAppsScript.Document.Paragraph | string) {
    if (typeof paragraph === 'string') throw new Error('not implemented: insertParagraph(index, text)');
    if (childIndex < 0 || childIndex > this._children.length)
      throw new Error(
        `Child index (${childIndex}) must not be greater than the number of child elements (${this._children.length}).`,
      );
    return this.attach(paragraph as unknown as FakeParagraph, childIndex) as never;
  }
  insertListItem(childIndex: number, listItem: GoogleAppsScript.Document.ListItem | string) {
    if (typeof listItem === 'string') throw new Error('not implemented: insertListItem(index, text)');
    return this.attach(listItem as unknown as FakeListItem, childIndex) as never;
  }
  getChild(childIndex: number) {
    const c = this._children[childIndex];
    if (!c)
      throw new Error(
        `Child index (${childIndex}) must be less than the number of child elements (${this._children.length}).`,
      );
    return this._world.env._lookup(c) as never;
  }
  getChildIndex(child: GoogleAppsScript.Document.Element) {
    const i = this._children.indexOf(this._raw(child as unknown as Child));
    if (i < 0) throw new Error('Element is not a child of this section.');
    return i;
  }
  getNumChildren() {
    return this._children.length;
  }
  getParagraphs() {
    const out: FakeParagraph[] = [];
    for (const c of this._children) {
      if (c instanceof FakeTable) for (const cell of c._rows.flat()) out.push(...cell._children);
      else out.push(c);
    }
    return out.map((p) => this._world.env._lookup(p)) as never;
  }
  clear() {
    for (const c of this._children) c._parent = null;
    this._reset();
    return this._world.env._lookup(this) as never;
  }
  getText() {
    return this._children.map((c) => (c instanceof FakeTable ? c.getText() : c._text)).join('\n');
  }
  abstract getType(): never;
}

export class FakeBody extends FakeSection implements Implements<GoogleAppsScript.Document.Body, BodyMethods> {
  _page = { width: 612, height: 792, left: 72, right: 72, top: 72, bottom: 72 };
  _clone(world: DocsWorld = this._world): FakeBody {
    const b = this._cloneInto(new FakeBody(world));
    b._page = { ...this._page };
    return b;
  }
  appendPageBreak() {
    const p = this.wrapNew(new FakeParagraph(this._world, ''), 'Paragraph');
    this._raw(p)._pageBreak = true;
    this.append(p);
    return null as never;
  }
  getType() {
    return ElementType.BODY_SECTION as never;
  }
  /**
   * A new paragraph holding the image of a blob (https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)):
   * PNG, JPEG or GIF; anything else is refused as Google refuses what is not an image.
   */
  appendImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage) {
    const blob = this._raw(image as object);
    if (!(blob instanceof FakeBlob)) throw new Error('not implemented: Body.appendImage(InlineImage)');
    const type = blob._contentType;
    if (!['image/png', 'image/jpeg', 'image/gif'].includes(type)) throw exception(`Invalid image data (${type}).`);
    const p = this.wrapNew(new FakeParagraph(this._world, ''), 'Paragraph');
    this._raw(p)._image = { contentType: type, from: blob._from };
    this.append(p);
    return this._world.env._wrap(new FakeInlineImage(this._world, this._raw(p)), 'InlineImage') as never;
  }
  private page(key: keyof FakeBody['_page'], value: number) {
    this._page[key] = value;
    return this._world.env._lookup(this) as never;
  }
  setPageWidth(pageWidth: number) {
    return this.page('width', pageWidth);
  }
  setPageHeight(pageHeight: number) {
    return this.page('height', pageHeight);
  }
  setMarginLeft(marginLeft: number) {
    return this.page('left', marginLeft);
  }
  setMarginRight(marginRight: number) {
    return this.page('right', marginRight);
  }
  setMarginTop(marginTop: number) {
    return this.page('top', marginTop);
  }
  setMarginBottom(marginBottom: number) {
    return this.page('bottom', marginBottom);
  }
  getPageWidth() {
    return this._page.width;
  }
  getPageHeight() {
    return this._page.height;
  }
  getMarginLeft() {
    return this._page.left;
  }
  getMarginRight() {
    return this._page.right;
  }
  getMarginTop() {
    return this._page.top;
  }
  getMarginBottom() {
    return this._page.bottom;
  }
}

/**
 * A document's default header or footer (DocumentApp reaches no first-page or even-page one):
 * https://developers.google.com/apps-script/reference/document/header-section,
 * https://developers.google.com/apps-script/reference/document/footer-section. It has no page
 * set-up and no page breaks; removeFromParent takes it out of the document.
 */
export class FakeHeaderFooter
  extends FakeSection
  implements Implements<GoogleAppsScript.Document.HeaderSection, SectionMethods | 'removeFromParent'>
{
  /** Set by the open document holding it: what removeFromParent does. */
  _detach: (() => void) | null = null;
  constructor(
    world: DocsWorld,
    readonly _kind: 'HEADER_SECTION' | 'FOOTER_SECTION',
  ) {
    super(world);
  }
  get _className(): string {
    return this._kind === 'HEADER_SECTION' ? 'HeaderSection' : 'FooterSection';
  }
  _clone(): FakeHeaderFooter {
    return this._cloneInto(new FakeHeaderFooter(this._world, this._kind));
  }
  getType() {
    return ElementType[this._kind] as never;
  }
  removeFromParent() {
    if (!this._detach) throw new Error('Element is not attached');
    this._detach();
    this._detach = null;
    return this._world.env._lookup(this) as never;
  }
}

/** An image in a paragraph (https://developers.google.com/apps-script/reference/document/inline-image). */
export class FakeInlineImage implements Implements<GoogleAppsScript.Document.InlineImage, 'getParent'> {
  constructor(
    private readonly world: DocsWorld,
    readonly _paragraph: FakeParagraph,
  ) {}
  getParent() {
    return this.world.env._lookup(this._paragraph) as never;
  }
}

// ---- Document, DocumentApp, Blob -------------------------------------------------------------------

type BlobMethods = 'setName' | 'getName' | 'getContentType';
export class FakeBlob implements Implements<GoogleAppsScript.Base.Blob, BlobMethods> {
  _name = '';
  constructor(
    private readonly world: DocsWorld,
    readonly _contentType: string,
    readonly _from: string,
  ) {}
  setName(name: string) {
    this._name = name;
    return this.world.env._lookup(this) as never;
  }
  getName() {
    return this._name;
  }
  getContentType() {
    return this._contentType;
  }
}

type DocumentMethods =
  | 'getBody'
  | 'getHeader'
  | 'getFooter'
  | 'addHeader'
  | 'addFooter'
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'saveAndClose'
  | 'getAs';
/**
 * An open document: edits go to a working copy of the body, header and footer, saved into the fake
 * Drive by saveAndClose (Apps Script also saves at the end of the execution; SaiSaat always closes).
 */
export class FakeDocument implements Implements<GoogleAppsScript.Document.Document, DocumentMethods> {
  private closed = false;
  private readonly sections: Record<'header' | 'footer', FakeHeaderFooter | null>;
  constructor(
    private readonly world: DocsWorld,
    private readonly file: DriveFile,
    private readonly body: FakeBody,
    header: FakeHeaderFooter | null,
    footer: FakeHeaderFooter | null,
  ) {
    this.sections = { header: null, footer: null };
    if (header) this.hold('header', header);
    if (footer) this.hold('footer', footer);
  }
  private open() {
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
  }
  private hold(slot: 'header' | 'footer', section: FakeHeaderFooter): FakeHeaderFooter {
    this.world.env._wrap(section, section._className);
    section._detach = () => (this.sections[slot] = null);
    return (this.sections[slot] = section);
  }
  private section(slot: 'header' | 'footer') {
    this.open();
    const s = this.sections[slot];
    return (s ? this.world.env._lookup(s) : null) as never;
  }
  /** addHeader/addFooter: "Adds a … section, if none already exists" (the reference does not say what it does when one does; SaiSaat never asks then). */
  private add(slot: 'header' | 'footer') {
    this.open();
    if (this.sections[slot])
      throw new Error(`not implemented: add${slot === 'header' ? 'Header' : 'Footer'} when the document has one`);
    const kind = slot === 'header' ? 'HEADER_SECTION' : 'FOOTER_SECTION';
    return this.world.env._lookup(this.hold(slot, new FakeHeaderFooter(this.world, kind))) as never;
  }
  getBody() {
    this.open();
    return this.world.env._lookup(this.body) as never;
  }
  getHeader() {
    return this.section('header');
  }
  getFooter() {
    return this.section('footer');
  }
  addHeader() {
    return this.add('header');
  }
  addFooter() {
    return this.add('footer');
  }
  getId() {
    return this.file.id;
  }
  getName() {
    return this.file.name;
  }
  setName(name: string) {
    this.open();
    this.file.name = name;
    return this.world.env._lookup(this) as never;
  }
  getUrl() {
    return `https://docs.google.com/open?id=${this.file.id}`;
  }
  saveAndClose() {
    this.open();
    // A document shared for reading opens, but edits are refused. Google's wording for this is not
    // in the reference; this is what DocumentApp says in the execution log.
    if (!this.world.canWrite(this.file)) throw exception('Access denied: DocumentApp.');
    const doc = this.file.doc!;
    doc.body = this.body;
    doc.header = this.sections.header;
    doc.footer = this.sections.footer;
    this.file.modifiedTime = this.world.tick();
    this.closed = true;
  }
  getAs(contentType: string) {
    if (contentType !== 'application/pdf') throw new Error(`not implemented: Document.getAs(${contentType})`);
    return this.world.env._wrap(new FakeBlob(this.world, contentType, this.file.id), 'Blob') as never;
  }
}

type DocumentAppMethods = 'openById';
export class FakeDocumentApp implements Implements<GoogleAppsScript.Document.DocumentApp, DocumentAppMethods> {
  readonly ElementType = ElementType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly Attribute = Attribute;
  constructor(private readonly world: DocsWorld) {}
  openById(id: string) {
    if (!this.world.granted.has('https://www.googleapis.com/auth/documents')) {
      throw new Error(
        'Exception: You do not have permission to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents',
      );
    }
    // The documents scope reaches any document the user can read, whoever made it.
    const file = this.world.files.get(id);
    if (!file || file.trashed || !file.doc || !this.world.role(file))
      throw new Error(`Exception: Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    const body = file.doc.body._clone();
    this.world.env._wrap(body, 'Body');
    const document = new FakeDocument(
      this.world,
      file,
      body,
      file.doc.header?._clone() ?? null,
      file.doc.footer?._clone() ?? null,
    );
    return this.world.env._wrap(document, 'Document') as never;
  }
}

// ---- Drive advanced service (v3) ------------------------------------------------------------------

type Schema = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FilesMethods = 'create' | 'copy' | 'get' | 'update';

export class FakeDriveFiles implements Implements<
  GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection,
  FilesMethods
> {
  constructor(private readonly world: DocsWorld) {}
  private guard(call: string) {
    if (!this.world.granted.has('https://www.googleapis.com/auth/drive.file')) {
      throw new Error(
        `Exception: You do not have permission to call Drive.Files.${call}. Required permissions: https://www.googleapis.com/auth/drive.file`,
      );
    }
  }
  /** The new file's folders: each one the add-on can reach (else 404) and the user may write into. */
  private parentsOf(resource: Schema, call: string): string[] {
    const parents = (resource.parents ?? ['root']) as string[];
    for (const p of parents) {
      if (p === 'root') continue;
      if (!this.world.canWrite(this.world.file(p, call)))
        throw apiError(
          call,
          403,
          'insufficientParentPermissions',
          'Insufficient permissions for the specified parent.',
        );
    }
    return parents;
  }
  private view(f: DriveFile): Schema {
    return {
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: f.parents.slice(),
      trashed: f.trashed,
      modifiedTime: f.modifiedTime,
    } as Schema;
  }
  create(resource: Schema, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Record<string, unknown>) {
    void optionalArgs;
    this.guard('create');
    const blob = mediaData as unknown as FakeBlob | null | undefined;
    const mimeType = (resource.mimeType as string | undefined) ?? blob?._contentType ?? 'application/octet-stream';
    if (mimeType !== DOC_MIME && mimeType !== FOLDER_MIME && !blob)
      throw new Error('not implemented: Drive.Files.create of a file without content');
    const parents = this.parentsOf(resource, 'Drive.Files.create');
    const file = this.world.add(
      {
        id: this.world.id(mimeType === FOLDER_MIME ? 'folder' : mimeType === DOC_MIME ? 'doc' : 'file'),
        name: String(resource.name),
        mimeType,
        parents,
        trashed: false,
        modifiedTime: this.world.tick(),
        doc:
          mimeType === DOC_MIME
            ? {
                body: this.world.env._wrap(new FakeBody(this.world), 'Body'),
                header: null,
                footer: null,
                sections: [{ startsWith: '', landscape: false }],
              }
            : null,
        blob: blob ? { contentType: blob._contentType, from: blob._from } : null,
      },
      true,
    );
    if (mimeType !== FOLDER_MIME) this.world.created++;
    return this.view(file) as never;
  }
  copy(resource: Schema, fileId: string, optionalArgs?: Record<string, unknown>) {
    void optionalArgs;
    this.guard('copy');
    const from = this.world.file(fileId, 'Drive.Files.copy');
    // The copy belongs to the user who made it, whoever owns the original.
    const file = this.world.add(
      {
        ...from,
        id: this.world.id('doc'),
        name: String(resource.name ?? `Copy of ${from.name}`),
        parents: this.parentsOf(resource, 'Drive.Files.copy'),
        modifiedTime: this.world.tick(),
        doc: from.doc
          ? {
              body: this.world.env._wrap(from.doc.body._clone(), 'Body'),
              header: from.doc.header?._clone() ?? null,
              footer: from.doc.footer?._clone() ?? null,
              sections: from.doc.sections.map((s) => ({ ...s })),
            }
          : null,
      },
      true,
    );
    this.world.created++;
    return this.view(file) as never;
  }
  get(fileId: string, optionalArgs?: Record<string, unknown>) {
    this.guard('get');
    if (optionalArgs?.alt === 'media') throw new Error('not implemented: Drive.Files.get alt=media');
    return this.view(this.world.file(fileId, 'Drive.Files.get')) as never;
  }
  update(
    resource: Schema,
    fileId: string,
    mediaData?: GoogleAppsScript.Base.Blob,
    optionalArgs?: Record<string, unknown>,
  ) {
    void optionalArgs;
    this.guard('update');
    const f = this.world.file(fileId, 'Drive.Files.update');
    if (!this.world.canWrite(f))
      throw apiError(
        'Drive.Files.update',
        403,
        'insufficientFilePermissions',
        `The user does not have sufficient permissions for file ${fileId}.`,
      );
    if (resource.name) f.name = String(resource.name);
    if (mediaData)
      f.blob = {
        contentType: (mediaData as unknown as FakeBlob)._contentType,
        from: (mediaData as unknown as FakeBlob)._from,
      };
    f.modifiedTime = this.world.tick();
    return this.view(f) as never;
  }
}

export class FakeDrive {
  readonly Files: FakeDriveFiles;
  constructor(world: DocsWorld) {
    this.Files = world.env._wrap(new FakeDriveFiles(world), 'Drive.Files');
  }
}

// ---- Docs advanced service (v1) -------------------------------------------------------------------

interface Segment {
  start: number;
  end: number;
  text: string;
  kind: 'paragraph' | 'table' | 'sectionBreak';
}

/** Docs API indexes of a body: 1-based, a paragraph's text plus its newline, tables as a block. */
function segments(body: FakeBody, breaks: number[]): Segment[] {
  const out: Segment[] = [];
  let index = 1;
  body._children.forEach((c, i) => {
    if (breaks.includes(i)) {
      // A section break comes with a newline paragraph before it.
      out.push({ start: index, end: index + 1, text: '', kind: 'paragraph' });
      out.push({ start: index + 1, end: index + 2, text: '', kind: 'sectionBreak' });
      index += 2;
    }
    const size = c instanceof FakeTable ? c.getText().length + 2 : c._text.length + 1;
    out.push({
      start: index,
      end: index + size,
      text: c instanceof FakeTable ? '' : c._text,
      kind: c instanceof FakeTable ? 'table' : 'paragraph',
    });
    index += size;
  });
  return out;
}

type DocsMethods = 'get' | 'batchUpdate';
export class FakeDocsDocuments implements Implements<
  GoogleAppsScript.Docs.Collection.DocumentsCollection,
  DocsMethods
> {
  constructor(private readonly world: DocsWorld) {}
  /** A document the user can read (the documents scope is not limited to the add-on's files), or the API's 404. */
  private data(documentId: string, call: string, write = false): DocData {
    const f = this.world.files.get(documentId);
    if (!f || f.trashed || !f.doc || !this.world.role(f))
      throw apiError(call, 404, 'notFound', 'Requested entity was not found.');
    if (write && !this.world.canWrite(f)) throw apiError(call, 403, 'forbidden', 'The caller does not have permission');
    return f.doc;
  }
  /** Child indexes (of the body) each section after the first starts at. */
  private breaksOf(doc: DocData): number[] {
    return doc.sections
      .slice(1)
      .map((s) => doc.body._children.findIndex((c) => !(c instanceof FakeTable) && c._text === s.startsWith));
  }
  get(documentId: string, optionalArgs?: { fields?: string }) {
    if (!optionalArgs?.fields) throw new Error('Docs.Documents.get: SaiSaat always asks for named fields');
    const doc = this.data(documentId, 'Docs.Documents.get');
    const content = segments(doc.body, this.breaksOf(doc)).map((s) =>
      s.kind === 'paragraph'
        ? { startIndex: s.start, endIndex: s.end, paragraph: { elements: [{ textRun: { content: `${s.text}\n` } }] } }
        : { startIndex: s.start, endIndex: s.end, [s.kind === 'table' ? 'table' : 'sectionBreak']: {} },
    );
    return { body: { content } } as never;
  }
  batchUpdate(update: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string) {
    const resource = update as { requests: Record<string, unknown>[] };
    const doc = this.data(documentId, 'Docs.Documents.batchUpdate', true);
    // Requests apply in order against the document as the previous ones left it.
    for (const request of resource.requests) {
      const [kind, body] = Object.entries(request)[0] as [string, Record<string, unknown>];
      const segs = segments(doc.body, this.breaksOf(doc));
      if (kind === 'deleteContentRange') {
        const range = body.range as { startIndex: number; endIndex: number };
        const last = segs[segs.length - 1];
        if (range.startIndex !== 1 || range.endIndex !== last.end - 1)
          throw new Error('not implemented: Docs deleteContentRange of part of a document');
        doc.body.clear();
        doc.sections = [{ startsWith: '', landscape: false }];
      } else if (kind === 'insertSectionBreak') {
        const index = (body.location as { index: number }).index;
        if (body.sectionType !== 'NEXT_PAGE')
          throw new Error('Docs insertSectionBreak: sectionType must be NEXT_PAGE here');
        const seg = segs.find((s) => s.start === index && s.kind === 'paragraph');
        if (!seg) throw new Error(`Docs insertSectionBreak at ${index}: not the start of a paragraph`);
        doc.sections.push({ startsWith: seg.text, landscape: false });
        const order = (t: string) => doc.body._children.findIndex((c) => !(c instanceof FakeTable) && c._text === t);
        doc.sections.sort((a, b) =>
          a.startsWith === '' ? -1 : b.startsWith === '' ? 1 : order(a.startsWith) - order(b.startsWith),
        );
      } else if (kind === 'updateSectionStyle') {
        const range = body.range as { startIndex: number; endIndex: number };
        if (
          body.fields !== 'flipPageOrientation' ||
          (body.sectionStyle as { flipPageOrientation?: unknown }).flipPageOrientation !== true
        )
          throw new Error('Docs updateSectionStyle: only flipPageOrientation is sent');
        const seg = segs.find((s) => range.startIndex >= s.start && range.startIndex < s.end);
        if (!seg || seg.kind !== 'paragraph')
          throw new Error(`Docs updateSectionStyle at ${range.startIndex}: not inside a paragraph`);
        const breaksBefore = segs.filter((s) => s.kind === 'sectionBreak' && s.start < seg.start).length;
        doc.sections[breaksBefore].landscape = true;
      } else {
        throw new Error(`not implemented: Docs request ${kind}`);
      }
    }
    this.world.files.get(documentId)!.modifiedTime = this.world.tick();
    return { replies: resource.requests.map(() => ({})) } as never;
  }
}

export class FakeDocs {
  readonly Documents: FakeDocsDocuments;
  constructor(world: DocsWorld) {
    this.Documents = world.env._wrap(new FakeDocsDocuments(world), 'Docs.Documents');
  }
}

// ---- ScriptApp ----------------------------------------------------------------------------------

export const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
export const AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' } as const;
export const AUTHORIZATION_URL = 'https://script.google.com/macros/d/fake-script/authorize';

type AuthInfoMethods = 'getAuthorizationStatus' | 'getAuthorizationUrl';
export class FakeAuthorizationInfo implements Implements<GoogleAppsScript.Script.AuthorizationInfo, AuthInfoMethods> {
  constructor(
    private readonly missing: string[],
    private readonly url: string | null,
  ) {}
  getAuthorizationStatus() {
    return (this.missing.length ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED) as never;
  }
  /** null when nothing is missing (the reference: "null if no authorization is required"). */
  getAuthorizationUrl() {
    return this.missing.length ? (this.url as never) : (null as never);
  }
}

type ScriptAppMethods = 'getAuthorizationInfo' | 'getOAuthToken';
export class FakeScriptApp implements Implements<GoogleAppsScript.Script.ScriptApp, ScriptAppMethods> {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  constructor(private readonly world: DocsWorld) {}
  // The reference has getAuthorizationInfo(authMode, oAuthScopes) for granular consent.
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes?: string[]) {
    if (String(authMode) !== AuthMode.FULL) throw new Error('SaiSaat asks about AuthMode.FULL only');
    const scopes = oAuthScopes ?? [...this.world.granted];
    return this.world.env._wrap(
      new FakeAuthorizationInfo(
        scopes.filter((s) => !this.world.granted.has(s)),
        this.world.authorizationUrl,
      ),
      'AuthorizationInfo',
    ) as never;
  }
  /** The running user's OAuth 2.0 access token, for the sidebar's Google Picker. */
  getOAuthToken() {
    return `fake-token-for-${this.world.user}`;
  }
}

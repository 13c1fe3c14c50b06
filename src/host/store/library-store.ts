// The library on disk: one folder per article, each with small lowdb files, so saving a change
// to one article touches only that article's files, whatever the size of the library (the
// layout is in paths.ts). This is the one door the services use; behind it:
//
//   paths.ts            where each file lives, and the checks that keep paths inside the home
//   change-feed.ts      the change feed and the list cache it keeps current
//   journals.ts         the append-only review and decision journals
//   recovery.ts         reading damaged files: quarantine, backups, the recoveries log
//   article-records.ts  an article's record and parsed text, needs-attention, re-parse
//   leftovers.ts        what killed writers left behind, swept at open
//
// Writes go through the home lock and re-read the file first (see home-lock.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LowSync } from 'lowdb';
import { NotFoundError, StoreError } from '../../core/errors.js';
import { DEFAULT_SETTINGS, type Asset, type AttentionItem, type Recovery } from '../../shared/types.js';
import { ArticleRecords, type Rebuild } from './article-records.js';
import { changesSince, ListCache, noteChange, type ChangeKind } from './change-feed.js';
import { syncFolder, writeFileDurably, writeFileDurablyAsync } from './durable-file.js';
import { articleMeta, homeFile, parsedFile, settingsFile, STORE_VERSION, type ArticleFileKind, type ArticleMeta, type HomeFileKind, type ParsedFile, type SettingsFile } from './file-kinds.js';
import { HomeLock } from './home-lock.js';
import { JournalFollower, Journals, type JournalName } from './journals.js';
import { JsonFile } from './json-file.js';
import { sweepLeftovers } from './leftovers.js';
import { articleBackupDir, articlePath, ASSET_NAME, assetType, ID_PATTERN, insideFolder, originalName, SHELVES, type Shelf } from './paths.js';
import { StoreRecovery } from './recovery.js';

export { ReparseScheduled } from './recovery.js';
export type { ChangeKind, JournalName, Rebuild, Shelf };

export interface NewArticle {
  readonly meta: ArticleMeta;
  readonly parsed: ParsedFile;
  readonly original: Uint8Array;
  /** Images and other files shown with the article, stored under its `assets/` folder. */
  readonly assets?: readonly Asset[];
}

export class LibraryStore {
  private readonly lock: HomeLock;
  private readonly recovery: StoreRecovery;
  private readonly records: ArticleRecords;
  private readonly journals: Journals;
  private readonly listCache: ListCache;

  private constructor(
    readonly home: string,
    rebuild: Rebuild,
  ) {
    this.lock = new HomeLock(home);
    this.recovery = new StoreRecovery(home, this.lock);
    this.records = new ArticleRecords(home, this.recovery, rebuild);
    this.journals = new Journals(home, this.lock, (file, problem, action) => this.recovery.reportOnce(file, problem, action));
    this.listCache = new ListCache(home);
  }

  /** Opens (creating if needed) the library at `home`. `created` is true for a new home. */
  static open(home: string, rebuild: Rebuild): { store: LibraryStore; created: boolean } {
    mkdirSync(home, { recursive: true });
    const store = new LibraryStore(home, rebuild);
    const created = store.openHomeFile();
    for (const shelf of SHELVES) mkdirSync(join(home, shelf), { recursive: true });
    store.swept = sweepLeftovers(home);
    return { store, created };
  }

  /** Every recovery made since the store was opened. */
  get recoveries(): Recovery[] {
    return this.recovery.recoveries;
  }

  /** The background sweep of temp files in article folders started at open. */
  swept: Promise<number> = Promise.resolve(0);

  // ---- reading ----

  ids(shelf: Shelf): string[] {
    return readdirSync(join(this.home, shelf)).filter((name) => ID_PATTERN.test(name));
  }

  /** Where an article is, or null. */
  shelfOf(id: string): Shelf | null {
    if (!ID_PATTERN.test(id)) return null;
    if (existsSync(join(this.home, 'articles', id))) return 'articles';
    if (existsSync(join(this.home, 'trash', id))) return 'trash';
    return null;
  }

  /** Every readable article record on a shelf; unreadable ones are recovered or left out and
   * named in `needsAttention()`. The library shelf's records are kept between calls. */
  metas(shelf: Shelf): ArticleMeta[] {
    const ids = this.ids(shelf);
    this.records.forgetShelf(shelf);
    if (shelf === 'trash') return ids.flatMap((id) => this.records.tryMeta(shelf, id) ?? []);
    return this.listCache.metas(ids, (id) => this.records.tryMeta(shelf, id));
  }

  /** Changes whenever `metas('articles')` may return something else (change-feed.ts). */
  listVersion(): string {
    return this.listCache.version();
  }

  meta(shelf: Shelf, id: string): ArticleMeta {
    return this.records.meta(shelf, id);
  }

  /** Articles found on disk but left out of the library because they cannot be read as one
   * (their folder is a file, their meta.json a folder, from a newer Lectern or of another ID).
   * They stay where they are; the list is as of the last reading of their shelf. */
  needsAttention(): AttentionItem[] {
    return this.records.needsAttention();
  }

  parsed(shelf: Shelf, id: string): ParsedFile {
    return this.records.parsed(shelf, id);
  }

  /** Puts a parsed text made again from the original in place (under the lock) and records it. */
  replaceParsed(shelf: Shelf, id: string, parsed: ParsedFile, problem: string): void {
    this.lock.withLock(() => {
      const path = articlePath(this.home, shelf, id, 'parsed.json');
      this.recovery.jsonFile(parsedFile, path).write(parsed);
      this.recovery.snapshot(path);
      this.changed(id);
      this.recovery.report({ file: relative(this.home, path), problem, action: 'read it again from the original file', movedTo: null });
    });
  }

  /** A stored asset of an article (an image), by its file name. */
  asset(shelf: Shelf, id: string, name: string): { type: string; bytes: Uint8Array } {
    const type = assetType(name);
    if (!type) throw new NotFoundError(`No asset "${name}".`);
    const path = articlePath(this.home, shelf, id, join('assets', name));
    if (!existsSync(path)) throw new NotFoundError(`No asset "${name}" in article ${id}.`);
    return { type, bytes: readFileSync(path) };
  }

  original(shelf: Shelf, id: string): Uint8Array {
    const meta = this.meta(shelf, id);
    return readFileSync(articlePath(this.home, shelf, id, meta.originalFile));
  }

  // ---- writing ----

  /** Adds a whole article at once: its folder is built aside and renamed into place. Returns
   * false (writing nothing) when an article with the same ID already exists on either shelf. */
  add(article: NewArticle): boolean {
    return this.lock.withLock(() => {
      const id = article.meta.id;
      if (this.shelfOf(id)) return false;
      const staging = this.stagingFolder(id);
      mkdirSync(staging);
      for (const _ of this.stage(staging, article, true));
      this.placeStaged(staging, id);
      return true;
    });
  }

  /** `add` for the host, whose thread serves other calls meanwhile: the folder is built aside
   * before the lock is taken (it is this process's own until renamed), with `between` awaited
   * after each big file, and only the check and the rename happen under the lock. Storing a
   * 10 MB book at once held the thread for 100–200 ms (bench figure 8). */
  async addInSteps(article: NewArticle, between: () => Promise<void>): Promise<boolean> {
    const id = article.meta.id;
    if (this.shelfOf(id)) return false;
    const staging = this.stagingFolder(id);
    try {
      mkdirSync(staging);
      await writeFileDurablyAsync(insideFolder(staging, originalName(article.meta.originalFile)), article.original);
      for (const _ of this.stage(staging, article, false)) await between();
      await this.whenUnlocked();
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    return this.lock.withLock(() => {
      if (this.shelfOf(id)) {
        rmSync(staging, { recursive: true, force: true });
        return false;
      }
      this.placeStaged(staging, id);
      return true;
    });
  }

  /** A staging folder of this process (leftovers.ts sweeps those of dead ones), unique, so two
   * imports of the same content at once do not build in one folder. */
  private stagingFolder(id: string): string {
    return join(this.home, 'articles', `.staging-${process.pid}-${id}-${randomBytes(4).toString('hex')}`);
  }

  /** Writes an article's files into its staging folder (the original too, unless written
   * already), pausing (yield) after each big step. */
  private *stage(staging: string, article: NewArticle, withOriginal: boolean): Generator<void> {
    if (withOriginal) writeFileDurably(insideFolder(staging, originalName(article.meta.originalFile)), article.original);
    for (const asset of article.assets ?? []) {
      if (!ASSET_NAME.test(asset.name)) throw new StoreError(`Refused an asset named "${asset.name}".`);
      writeFileDurably(join(staging, 'assets', asset.name), asset.bytes);
    }
    yield;
    new JsonFile(join(staging, 'parsed.json'), parsedFile, '').write(article.parsed);
    yield;
    new JsonFile(join(staging, 'meta.json'), articleMeta, '').write(article.meta);
  }

  /** Moves a staged article into the library (under the lock). */
  private placeStaged(staging: string, id: string): void {
    renameSync(staging, join(this.home, 'articles', id));
    syncFolder(join(this.home, 'articles'));
    this.recovery.snapshot(articlePath(this.home, 'articles', id, 'parsed.json'));
    this.changed(id);
  }

  /** Changes an article record: under the lock, read fresh from disk, change, write back. */
  updateMeta(shelf: Shelf, id: string, change: (meta: ArticleMeta) => ArticleMeta): ArticleMeta {
    return this.lock.withLock(() => {
      const current = this.meta(shelf, id);
      const db = new LowSync(this.recovery.jsonFile(articleMeta, articlePath(this.home, shelf, id, 'meta.json')), current);
      db.data = change(current);
      db.write();
      const searchable = db.data.state.title !== current.state.title || db.data.state.tags.join('\n') !== current.state.tags.join('\n');
      this.changed(id, searchable ? 'content' : 'state');
      return db.data;
    });
  }

  /** Moves an article folder between the shelves. */
  move(id: string, from: Shelf, to: Shelf): void {
    this.lock.withLock(() => {
      if (!ID_PATTERN.test(id) || !existsSync(join(this.home, from, id))) throw new NotFoundError(`No article with ID ${id} in the ${from === 'trash' ? 'trash' : 'library'}.`);
      if (existsSync(join(this.home, to, id))) throw new StoreError(`The article ${id} is already in the ${to === 'trash' ? 'trash' : 'library'}.`);
      renameSync(join(this.home, from, id), join(this.home, to, id));
      syncFolder(join(this.home, to));
      syncFolder(join(this.home, from));
      this.recovery.moveBackups(id, from, to);
      this.changed(id);
    });
  }

  /** Takes back an article that was just added (an import that failed half-way), under the lock. */
  remove(id: string): void {
    this.lock.withLock(() => {
      if (!ID_PATTERN.test(id)) throw new NotFoundError(`"${id}" is not an article ID.`);
      rmSync(join(this.home, 'articles', id), { recursive: true, force: true });
      rmSync(articleBackupDir(this.home, 'articles', id), { recursive: true, force: true });
      this.changed(id);
    });
  }

  /** Deletes every article in the trash for good. */
  emptyTrash(): number {
    return this.lock.withLock(() => {
      const ids = this.ids('trash');
      for (const id of ids) {
        rmSync(join(this.home, 'trash', id), { recursive: true, force: true });
        rmSync(articleBackupDir(this.home, 'trash', id), { recursive: true, force: true });
      }
      return ids.length;
    });
  }

  // ---- an article's own files: cards, notes ----

  /** One of an article's own files, or null when it has none yet (or it was lost). */
  articleFile<T>(kind: ArticleFileKind<T>, shelf: Shelf, id: string): T | null {
    this.records.mustExist(shelf, id);
    return this.recovery.read(kind, articlePath(this.home, shelf, id, kind.fileName), { action: kind.whenLost, build: () => null }, false);
  }

  /** Changes one of an article's files under the lock, reading it fresh first; `digest` also
   * updates what the article record keeps of it. */
  updateArticleFile<T>(kind: ArticleFileKind<T>, id: string, change: (current: T | null) => T, digest?: (value: T) => Partial<ArticleMeta>): T {
    return this.lock.withLock(() => {
      const next = change(this.articleFile(kind, 'articles', id));
      new LowSync(this.recovery.jsonFile(kind, articlePath(this.home, 'articles', id, kind.fileName)), next).write();
      if (digest) this.updateMeta('articles', id, (meta) => ({ ...meta, ...digest(next) }));
      this.changed(id);
      return next;
    });
  }

  // ---- journals: append-only logs (reviews, triage decisions) ----

  /** Appends entries to a journal durably, in the file of `now`'s month. */
  appendJournal(name: JournalName, entries: readonly object[], now = new Date()): void {
    this.journals.append(name, entries, now);
  }

  /** Every entry of a journal, oldest first; `sinceMonth` ("2026-11") skips older files. A torn
   * last line (a write cut short by a crash) is left out and reported. */
  readJournal(name: JournalName, sinceMonth?: string): unknown[] {
    return this.journals.read(name, sinceMonth);
  }

  /** A reader of a journal that keeps what it decoded and reads only what was appended since. */
  followJournal<T>(name: JournalName, decode: (value: unknown) => T | undefined): JournalFollower<T> {
    return new JournalFollower(this.journals, name, decode);
  }

  // ---- settings ----

  /** The home's settings file, or null when there is none yet (or it was unrecoverable). */
  settings(): SettingsFile | null {
    const defaults = { action: 'went back to the default settings', build: () => ({ schema: STORE_VERSION, ...DEFAULT_SETTINGS }) };
    return this.recovery.read(settingsFile, join(this.home, 'settings.json'), defaults, false);
  }

  updateSettings(change: (current: SettingsFile | null) => SettingsFile): SettingsFile {
    return this.lock.withLock(() => {
      const next = change(this.settings());
      const db = new LowSync(this.recovery.jsonFile(settingsFile, join(this.home, 'settings.json')), next);
      db.write();
      return next;
    });
  }

  // ---- the library's own files (the reader's card model) ----

  /** A file of the home itself, or null when there is none yet (or it was lost beyond its backups). */
  homeFile<T>(kind: HomeFileKind<T>): T | null {
    return this.recovery.read(kind, join(this.home, kind.fileName), { action: kind.whenLost, build: () => null }, false);
  }

  /** Changes a file of the home under the lock, reading it fresh first. */
  updateHomeFile<T>(kind: HomeFileKind<T>, change: (current: T | null) => T): T {
    return this.lock.withLock(() => {
      const next = change(this.homeFile(kind));
      new LowSync(this.recovery.jsonFile(kind, join(this.home, kind.fileName)), next).write();
      return next;
    });
  }

  // ---- the change feed ----

  /** Notes that an article's searchable content changed (or it came, went or moved). Every
   * process appends here, so an index kept by another process catches up by reading on. */
  private changed(id: string, what: ChangeKind = 'content'): void {
    noteChange(this.home, id, what);
  }

  /** Article IDs changed since byte `offset` of the feed (only changes of `kind`, if given),
   * and the offset to read on from. */
  changesSince(offset: number, kind?: ChangeKind): { ids: string[]; offset: number } {
    return changesSince(this.home, offset, kind);
  }

  // ---- opening ----

  /** Reads or creates lectern.json; returns true when the home is new. */
  private openHomeFile(): boolean {
    const path = join(this.home, 'lectern.json');
    const isNew = !existsSync(path) && !existsSync(join(this.home, 'articles'));
    const fresh = () => ({ schema: STORE_VERSION, kind: 'lectern-home' as const, createdAt: new Date().toISOString() });
    if (isNew) {
      this.lock.withLock(() => this.recovery.jsonFile(homeFile, path).write(fresh()));
      return true;
    }
    this.recovery.read(homeFile, path, {
      action: 'made a new one',
      build: () => {
        const value = fresh();
        this.recovery.jsonFile(homeFile, path).write(value);
        return value;
      },
    });
    return false;
  }

  /** Waits, without blocking the event loop, until no other live process holds the write lock
   * (see HomeLock.whenFree): the web host's way to wait for a CLI writer. */
  whenUnlocked(): Promise<void> {
    return this.lock.whenFree();
  }
}

// The library on disk. One folder per article, each with small lowdb files, so saving a change
// to one article touches only that article's files, whatever the size of the library:
//
//   <home>/lectern.json                 the home's own record (schema version)
//   <home>/articles/<id>/meta.json      list data + the user's state (title, tags, progress…)
//   <home>/articles/<id>/parsed.json    the parsed article (blocks, removed blocks)
//   <home>/articles/<id>/original.<ext> the imported file, byte for byte
//   <home>/trash/<id>/…                 the same, for articles in the trash
//   <home>/backups/<path>/…             rolling backups of every store file
//   <home>/quarantine/<stamp>/<path>    bad files moved aside (never deleted)
//   <home>/recoveries.log               one JSON line per recovery
//
// Writes go through the home lock and re-read the file first (see home-lock.ts).
import { appendFileSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LowSync } from 'lowdb';
import { LecternError, NotFoundError, StoreError } from '../../core/errors.js';
import { DEFAULT_SETTINGS, type Asset, type AttentionItem, type Recovery } from '../../shared/types.js';
import { backupName, listBackups } from './backups.js';
import { isTempFile, syncFolder, writeFileDurably } from './durable-file.js';
import { articleMeta, homeFile, ORIGINAL_FILE_NAME, parsedFile, settingsFile, STORE_VERSION, type ArticleFileKind, type ArticleMeta, type FileKind, type HomeFileKind, type ParsedFile, type SettingsFile } from './file-kinds.js';
import { appendLines, readLines } from './journal.js';
import { HomeLock } from './home-lock.js';
import { CorruptFileError, decodeDocument, JsonFile } from './json-file.js';

export type Shelf = 'articles' | 'trash';
export type JournalName = 'reviews' | 'decisions';
/** What a change touched: what search reads ('content') or only the reader's state. */
export type ChangeKind = 'content' | 'state';

const ID_PATTERN = /^[0-9a-f]{16}$/;

/** `file` under `folder`, refused if it would resolve anywhere else (a `..`, an absolute path). */
function insideFolder(folder: string, file: string): string {
  const base = resolve(folder);
  const path = resolve(base, file);
  if (!path.startsWith(base + sep)) throw new StoreError(`Refused the file name "${file}": it points outside the article's folder.`);
  return path;
}

/** An original's file name as stored; anything else is refused before a byte is written. */
function originalName(name: string): string {
  if (!ORIGINAL_FILE_NAME.test(name)) throw new StoreError(`Refused the original file name "${name}": it must be original.<extension>.`);
  return name;
}
const FROM_ORIGINAL = "rebuilt it from the article's parsed text or its original file";

/** How to make a file anew when neither it nor a backup can be read. */
interface Fallback<T> {
  readonly action: string;
  readonly build: () => T | null;
}

/** Rebuilds an article's files when they cannot be read or restored: from a readable
 * parsed.json when there is one, else from the original. It throws ReparseScheduled when the
 * original is read again in the background instead (EPUB, PDF, DOCX: see Library). */
export type Rebuild = (original: Uint8Array, originalFile: string, meta: ArticleMeta | null, parsed: ParsedFile | null, where: { shelf: Shelf; id: string }) => { meta: ArticleMeta; parsed: ParsedFile };

/** The parsed text is being made again from the original, off this thread; try again soon. */
export class ReparseScheduled extends StoreError {
  override name = 'ReparseScheduled';
}

export interface NewArticle {
  readonly meta: ArticleMeta;
  readonly parsed: ParsedFile;
  readonly original: Uint8Array;
  /** Images and other files shown with the article, stored under its `assets/` folder. */
  readonly assets?: readonly Asset[];
}

const ASSET_NAME = /^[\w][\w.-]{0,127}$/;
const ASSET_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', avif: 'image/avif' };

export class LibraryStore {
  readonly recoveries: Recovery[] = [];
  /** Articles left out because their folder cannot be read as one (see `tryMeta`), by shelf/id. */
  private readonly attention = new Map<string, AttentionItem>();
  private readonly lock: HomeLock;
  private listCache: { offset: number; metas: Map<string, ArticleMeta> } | null = null;

  private constructor(
    readonly home: string,
    private readonly rebuild: Rebuild,
  ) {
    this.lock = new HomeLock(home);
  }

  /** Opens (creating if needed) the library at `home`. `created` is true for a new home. */
  static open(home: string, rebuild: Rebuild): { store: LibraryStore; created: boolean } {
    mkdirSync(home, { recursive: true });
    const store = new LibraryStore(home, rebuild);
    const created = store.openHomeFile();
    for (const shelf of ['articles', 'trash'] as const) mkdirSync(join(home, shelf), { recursive: true });
    store.sweepLeftovers();
    return { store, created };
  }

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

  /**
   * Every readable article record on a shelf; unreadable ones are recovered or quarantined.
   * The library's records are kept in memory between calls: only those the change feed names
   * (changed by any process since) and new folders are read again.
   */
  metas(shelf: Shelf): ArticleMeta[] {
    const ids = this.ids(shelf);
    // Bad records are never cached, so reading the shelf finds each of them again.
    for (const [key, item] of this.attention) if (item.shelf === shelf) this.attention.delete(key);
    if (shelf === 'trash') return ids.flatMap((id) => this.tryMeta(shelf, id) ?? []);
    if (!this.listCache) this.listCache = { offset: this.changesSince(0).offset, metas: new Map() };
    const cache = this.listCache;
    const { ids: changed, offset } = this.changesSince(cache.offset);
    cache.offset = offset;
    for (const id of changed) cache.metas.delete(id);
    const present = new Set(ids);
    for (const id of cache.metas.keys()) if (!present.has(id)) cache.metas.delete(id);
    const out: ArticleMeta[] = [];
    for (const id of ids) {
      let meta = cache.metas.get(id);
      if (!meta) {
        meta = this.tryMeta(shelf, id) ?? undefined;
        if (meta) cache.metas.set(id, meta);
      }
      if (meta) out.push(meta);
    }
    return out;
  }

  meta(shelf: Shelf, id: string): ArticleMeta {
    const meta = this.tryMeta(shelf, id);
    const bad = this.attention.get(`${shelf}/${id}`);
    if (!meta && bad) throw new StoreError(`The article ${id} needs attention: ${bad.problem}. It stays in ${bad.path}.`);
    if (!meta) throw new NotFoundError(`No article with ID ${id} in the library.`);
    return meta;
  }

  /** Articles found on disk but left out of the library because they cannot be read as one
   * (their folder is a file, their meta.json a folder, from a newer Lectern or of another ID).
   * They stay where they are; the list is as of the last reading of their shelf. */
  needsAttention(): AttentionItem[] {
    return [...this.attention.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  parsed(shelf: Shelf, id: string): ParsedFile {
    this.mustExist(shelf, id);
    const path = this.path(shelf, id, 'parsed.json');
    // The record is read only if the text must be rebuilt: reading it on every call doubled the
    // cost of opening an article (search reads dozens per query).
    let scheduled: ReparseScheduled | null = null;
    const build = () => {
      try {
        return this.rebuildFiles(shelf, id, this.meta(shelf, id)).parsed;
      } catch (error) {
        if (error instanceof ReparseScheduled) scheduled = error;
        throw error;
      }
    };
    const value = this.readRecovering(parsedFile, path, { action: FROM_ORIGINAL, build });
    if (scheduled) throw scheduled;
    if (!value) throw new NotFoundError(`The article ${id} has lost its parsed text and its original file.`);
    return value;
  }

  /** Puts a parsed text made again from the original in place (under the lock) and records it. */
  replaceParsed(shelf: Shelf, id: string, parsed: ParsedFile, problem: string): void {
    this.lock.withLock(() => {
      const path = this.path(shelf, id, 'parsed.json');
      this.jsonFile(parsedFile, path).write(parsed);
      this.snapshot(path);
      this.changed(id);
      this.report({ file: relative(this.home, path), problem, action: 'read it again from the original file', movedTo: null });
    });
  }

  /** A stored asset of an article (an image), by its file name. */
  asset(shelf: Shelf, id: string, name: string): { type: string; bytes: Uint8Array } {
    const ext = name.split('.').pop()?.toLowerCase() ?? '';
    if (!ASSET_NAME.test(name) || !ASSET_TYPES[ext]) throw new NotFoundError(`No asset "${name}".`);
    const path = this.path(shelf, id, join('assets', name));
    if (!existsSync(path)) throw new NotFoundError(`No asset "${name}" in article ${id}.`);
    return { type: ASSET_TYPES[ext], bytes: readFileSync(path) };
  }

  original(shelf: Shelf, id: string): Uint8Array {
    const meta = this.meta(shelf, id);
    return readFileSync(this.path(shelf, id, meta.originalFile));
  }

  // ---- writing ----

  /** Adds a whole article at once: its folder is built aside and renamed into place. Returns
   * false (writing nothing) when an article with the same ID already exists on either shelf. */
  add(article: NewArticle): boolean {
    return this.lock.withLock(() => {
      const id = article.meta.id;
      if (this.shelfOf(id)) return false;
      const staging = join(this.home, 'articles', `.staging-${process.pid}-${id}`);
      rmSync(staging, { recursive: true, force: true });
      mkdirSync(staging);
      writeFileDurably(insideFolder(staging, originalName(article.meta.originalFile)), article.original);
      for (const asset of article.assets ?? []) {
        if (!ASSET_NAME.test(asset.name)) throw new StoreError(`Refused an asset named "${asset.name}".`);
        writeFileDurably(join(staging, 'assets', asset.name), asset.bytes);
      }
      new JsonFile(join(staging, 'parsed.json'), parsedFile, '').write(article.parsed);
      new JsonFile(join(staging, 'meta.json'), articleMeta, '').write(article.meta);
      renameSync(staging, join(this.home, 'articles', id));
      syncFolder(join(this.home, 'articles'));
      this.snapshot(this.path('articles', id, 'parsed.json'));
      this.changed(id);
      return true;
    });
  }

  /** Changes an article record: under the lock, read fresh from disk, change, write back. */
  updateMeta(shelf: Shelf, id: string, change: (meta: ArticleMeta) => ArticleMeta): ArticleMeta {
    return this.lock.withLock(() => {
      const current = this.meta(shelf, id);
      const db = new LowSync(this.jsonFile(articleMeta, this.path(shelf, id, 'meta.json')), current);
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
      this.moveBackups(id, from, to);
      this.changed(id);
    });
  }

  /** Takes back an article that was just added (an import that failed half-way), under the lock. */
  remove(id: string): void {
    this.lock.withLock(() => {
      if (!ID_PATTERN.test(id)) throw new NotFoundError(`"${id}" is not an article ID.`);
      rmSync(join(this.home, 'articles', id), { recursive: true, force: true });
      rmSync(join(this.home, 'backups', 'articles', id), { recursive: true, force: true });
      this.changed(id);
    });
  }

  /** Deletes every article in the trash for good. */
  emptyTrash(): number {
    return this.lock.withLock(() => {
      const ids = this.ids('trash');
      for (const id of ids) {
        rmSync(join(this.home, 'trash', id), { recursive: true, force: true });
        rmSync(join(this.home, 'backups', 'trash', id), { recursive: true, force: true });
      }
      return ids.length;
    });
  }

  // ---- an article's own files: cards, notes ----

  /** One of an article's own files, or null when it has none yet (or it was lost). */
  articleFile<T>(kind: ArticleFileKind<T>, shelf: Shelf, id: string): T | null {
    this.mustExist(shelf, id);
    return this.readRecovering(kind, this.path(shelf, id, kind.fileName), { action: kind.whenLost, build: () => null }, false);
  }

  /** Changes one of an article's files under the lock, reading it fresh first; `digest` also
   * updates what the article record keeps of it. */
  updateArticleFile<T>(kind: ArticleFileKind<T>, id: string, change: (current: T | null) => T, digest?: (value: T) => Partial<ArticleMeta>): T {
    return this.lock.withLock(() => {
      const next = change(this.articleFile(kind, 'articles', id));
      new LowSync(this.jsonFile(kind, this.path('articles', id, kind.fileName)), next).write();
      if (digest) this.updateMeta('articles', id, (meta) => ({ ...meta, ...digest(next) }));
      this.changed(id);
      return next;
    });
  }

  // ---- journals: append-only logs (reviews, triage decisions) ----

  /** Appends entries to a journal durably. Journals are split by month so none grows forever. */
  appendJournal(name: JournalName, entries: readonly object[], now = new Date()): void {
    if (entries.length === 0) return;
    this.lock.withLock(() => appendLines(join(this.home, 'journal', name, `${now.toISOString().slice(0, 7)}.jsonl`), entries));
  }

  /** Every entry of a journal, oldest first; `sinceMonth` ("2026-11") skips older files. A torn
   * last line (a write cut short by a crash) is left out and reported. */
  readJournal(name: JournalName, sinceMonth?: string): unknown[] {
    const dir = join(this.home, 'journal', name);
    if (!existsSync(dir)) return [];
    const out: unknown[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      if (sinceMonth && file.slice(0, 7) < sinceMonth) continue;
      const { entries, torn } = readLines(join(dir, file));
      out.push(...entries);
      if (torn) this.reportOnce(`journal/${name}/${file}`, 'its last line was cut short by an interrupted write', 'left that line out');
    }
    return out;
  }

  private reportOnce(file: string, problem: string, action: string): void {
    if (!this.recoveries.some((r) => r.file === file && r.problem === problem)) this.report({ file, problem, action, movedTo: null });
  }

  // ---- settings ----

  /** The home's settings file, or null when there is none yet (or it was unrecoverable). */
  settings(): SettingsFile | null {
    const defaults = { action: 'went back to the default settings', build: () => ({ schema: STORE_VERSION, ...DEFAULT_SETTINGS }) };
    return this.readRecovering(settingsFile, join(this.home, 'settings.json'), defaults, false);
  }

  updateSettings(change: (current: SettingsFile | null) => SettingsFile): SettingsFile {
    return this.lock.withLock(() => {
      const next = change(this.settings());
      const db = new LowSync(this.jsonFile(settingsFile, join(this.home, 'settings.json')), next);
      db.write();
      return next;
    });
  }

  // ---- the library's own files (the reader's card model) ----

  /** A file of the home itself, or null when there is none yet (or it was lost beyond its backups). */
  homeFile<T>(kind: HomeFileKind<T>): T | null {
    return this.readRecovering(kind, join(this.home, kind.fileName), { action: kind.whenLost, build: () => null }, false);
  }

  /** Changes a file of the home under the lock, reading it fresh first. */
  updateHomeFile<T>(kind: HomeFileKind<T>, change: (current: T | null) => T): T {
    return this.lock.withLock(() => {
      const next = change(this.homeFile(kind));
      new LowSync(this.jsonFile(kind, join(this.home, kind.fileName)), next).write();
      return next;
    });
  }

  // ---- the change feed ----

  /** Notes that an article's searchable content changed (or it came, went or moved). Every
   * process appends here, so an index kept by another process catches up by reading on. */
  private changed(id: string, what: ChangeKind = 'content'): void {
    appendLines(join(this.home, 'changes.jsonl'), [{ id, what, at: new Date().toISOString() }]);
  }

  /** Article IDs changed since byte `offset` of the feed (only changes of `kind`, if given),
   * and the offset to read on from. */
  changesSince(offset: number, kind?: ChangeKind): { ids: string[]; offset: number } {
    const path = join(this.home, 'changes.jsonl');
    if (!existsSync(path)) return { ids: [], offset: 0 };
    const size = statSync(path).size;
    if (size <= offset) return { ids: [], offset: size };
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(size - offset);
      readSync(fd, buffer, 0, buffer.length, offset);
      const text = buffer.toString('utf8');
      const complete = text.lastIndexOf('\n') + 1; // a line still being written waits for next time
      const ids = new Set<string>();
      for (const line of text.slice(0, complete).split('\n')) {
        try {
          const entry = JSON.parse(line) as { id?: unknown; what?: unknown };
          if (kind && (entry.what ?? 'content') !== kind) continue;
          if (typeof entry.id === 'string' && ID_PATTERN.test(entry.id)) ids.add(entry.id);
        } catch {
          // a torn or empty line
        }
      }
      return { ids: [...ids], offset: offset + Buffer.byteLength(text.slice(0, complete)) };
    } finally {
      closeSync(fd);
    }
  }

  // ---- recovery ----

  private path(shelf: Shelf, id: string, file: string): string {
    // IDs reach here from users and scripts: never let one name a path outside the shelf.
    if (!ID_PATTERN.test(id)) throw new NotFoundError(`"${id}" is not an article ID (16 hexadecimal characters) nor an existing file.`);
    return insideFolder(join(this.home, shelf, id), file);
  }

  private jsonFile<T>(kind: FileKind<T>, path: string): JsonFile<T> {
    return new JsonFile(path, kind, this.backupDirOf(path));
  }

  /** Keeps a copy of a file written once and rarely again (parsed.json), so that it has a
   * backup like the files that change: a copy, not a hard link, since damage done to the file
   * in place (a bad sector, a stray write) would reach a link too. */
  private snapshot(path: string): void {
    const dir = this.backupDirOf(path);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path, join(dir, backupName(new Date())));
  }

  private backupDirOf(path: string): string {
    return join(this.home, 'backups', relative(this.home, path));
  }

  private moveBackups(id: string, from: Shelf, to: Shelf): void {
    const source = join(this.home, 'backups', from, id);
    if (!existsSync(source)) return;
    const target = join(this.home, 'backups', to, id);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(dirname(target), { recursive: true });
    renameSync(source, target);
  }

  /** Throws the "no such article" error unless the article's folder is on the shelf. */
  private mustExist(shelf: Shelf, id: string): void {
    let isFolder = false;
    try {
      isFolder = statSync(dirname(this.path(shelf, id, 'meta.json'))).isDirectory();
    } catch {
      // missing
    }
    if (!isFolder) this.meta(shelf, id); // throws the needs-attention or not-found error
  }

  /**
   * An article's record, or null when there is none. One bad record must not close the
   * library: a folder that cannot be read as an article is left out, left on disk and listed
   * in `needsAttention()`, and every other article keeps working.
   */
  private tryMeta(shelf: Shelf, id: string): ArticleMeta | null {
    const path = this.path(shelf, id, 'meta.json');
    const key = `${shelf}/${id}`;
    const flag = (problem: string) => {
      this.attention.set(key, { id, shelf, path: relative(this.home, dirname(path)), problem });
      return null;
    };
    let folder;
    try {
      folder = statSync(dirname(path));
    } catch {
      return null;
    }
    if (!folder.isDirectory()) return flag('it is a file where its folder should be');
    try {
      const meta = this.readRecovering(articleMeta, path, { action: FROM_ORIGINAL, build: () => this.rebuildFiles(shelf, id, null).meta });
      if (meta && meta.id !== id) return flag(`its meta.json names another article (${meta.id})`);
      this.attention.delete(key);
      return meta;
    } catch (error) {
      if (error instanceof StoreError) return flag(error.message.replace(/\.$/, ''));
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      return flag(describeErrno(code, 'meta.json'));
    }
  }

  /**
   * Reads a store file. If it is bad, it is moved aside, the newest good backup restored, or
   * else `fallback` rebuilds it; each recovery is recorded. Returns null when nothing can be had.
   */
  private readRecovering<T>(kind: FileKind<T>, path: string, fallback: Fallback<T>, required = true): T | null {
    try {
      const value = this.jsonFile(kind, path).read();
      if (value !== null || !required) return value;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      return this.lock.withLock(() => this.recover(kind, path, error.message, fallback));
    }
    return this.lock.withLock(() => this.recover(kind, path, 'the file is missing', fallback));
  }

  private recover<T>(kind: FileKind<T>, path: string, problem: string, fallback: Fallback<T>): T | null {
    // Another process may have repaired it while we waited for the lock.
    try {
      const value = this.jsonFile(kind, path).read();
      if (value !== null) return value;
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    const movedTo = existsSync(path) ? this.quarantine(path) : null;
    const file = relative(this.home, path);
    for (const name of listBackups(this.backupDirOf(path))) {
      const backupPath = join(this.backupDirOf(path), name);
      try {
        const raw = readFileSync(backupPath, 'utf8');
        const value = decodeDocument(kind, raw);
        writeFileDurably(path, raw);
        this.report({ file, problem, action: `restored the backup of ${name.slice(0, 15)}`, movedTo });
        return value;
      } catch (error) {
        if (!(error instanceof CorruptFileError)) throw error;
      }
    }
    let value: T | null = null;
    let later = false;
    try {
      value = fallback.build();
    } catch (error) {
      // A missing or unreadable original (ParseError) leaves nothing to rebuild from.
      if (!(error instanceof LecternError || error instanceof CorruptFileError)) throw error;
      later = error instanceof ReparseScheduled;
    }
    if (later) return null; // reported once the original has been read again (replaceParsed)
    this.report({
      file,
      problem,
      action: value ? `${fallback.action} (no good backup)` : 'nothing to rebuild it from; left out of the library',
      movedTo,
    });
    return value;
  }

  /** Rebuilds an article's meta and parsed files from its original, keeping what meta survives. */
  private rebuildFiles(shelf: Shelf, id: string, meta: ArticleMeta | null): { meta: ArticleMeta; parsed: ParsedFile } {
    const folder = join(this.home, shelf, id);
    const originalFile = [meta?.originalFile, ...readdirSync(folder)].find((name) => name !== undefined && ORIGINAL_FILE_NAME.test(name));
    if (!originalFile || !existsSync(join(folder, originalFile))) {
      throw new NotFoundError(`The original file of ${id} is missing.`);
    }
    let parsed: ParsedFile | null = null;
    try {
      parsed = meta ? null : this.jsonFile(parsedFile, join(folder, 'parsed.json')).read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    const rebuilt = this.rebuild(readFileSync(join(folder, originalFile)), originalFile, meta, parsed, { shelf, id });
    const added = meta?.added ?? statSync(join(folder, originalFile)).mtime.toISOString();
    const fresh: ArticleMeta = { ...rebuilt.meta, id, added, trashedAt: shelf === 'trash' ? (meta?.trashedAt ?? added) : null };
    this.jsonFile(articleMeta, join(folder, 'meta.json')).write(fresh);
    this.jsonFile(parsedFile, join(folder, 'parsed.json')).write(rebuilt.parsed);
    return { meta: fresh, parsed: rebuilt.parsed };
  }

  private quarantine(path: string): string {
    const stamp = new Date().toISOString().replace(/[-:.]/g, '');
    const target = join(this.home, 'quarantine', `${stamp}-${process.pid}`, relative(this.home, path));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(path, target);
    return target;
  }

  private report(entry: Omit<Recovery, 'at'>): void {
    const recovery: Recovery = { ...entry, at: new Date().toISOString() };
    this.recoveries.push(recovery);
    appendFileSync(join(this.home, 'recoveries.log'), `${JSON.stringify(recovery)}\n`);
  }

  // ---- opening ----

  /** Reads or creates lectern.json; returns true when the home is new. */
  private openHomeFile(): boolean {
    const path = join(this.home, 'lectern.json');
    const isNew = !existsSync(path) && !existsSync(join(this.home, 'articles'));
    const fresh = () => ({ schema: STORE_VERSION, kind: 'lectern-home' as const, createdAt: new Date().toISOString() });
    if (isNew) {
      this.lock.withLock(() => this.jsonFile(homeFile, path).write(fresh()));
      return true;
    }
    this.readRecovering(homeFile, path, {
      action: 'made a new one',
      build: () => {
        const value = fresh();
        this.jsonFile(homeFile, path).write(value);
        return value;
      },
    });
    return false;
  }

  /** Removes what killed writers left behind: temp files, half-built article folders, lock
   * folders never renamed into place. None of them was ever acknowledged to anyone. Only what
   * a dead process left is removed, so no lock is needed and opening never waits for a writer
   * (a `list` must not wait for another process's import). The temp files inside article
   * folders (`.notes.json.<pid>.<rand>.tmp`) are swept in the background: `swept` resolves
   * with how many were removed. */
  private sweepLeftovers(): void {
    for (const name of readdirSync(this.home)) {
      if ((isTempFile(name) || name.startsWith('lock.')) && ownerIsGone(name)) rmSync(join(this.home, name), { recursive: true, force: true });
    }
    const shelf = join(this.home, 'articles');
    for (const name of readdirSync(shelf)) {
      if ((name.startsWith('.staging-') || isTempFile(name)) && ownerIsGone(name)) rmSync(join(shelf, name), { recursive: true, force: true });
    }
    this.swept = sweepArticleTempFiles(this.home);
  }

  /** The background sweep of temp files in article folders started at open. */
  swept: Promise<number> = Promise.resolve(0);

  /** Waits, without blocking the event loop, until no other live process holds the write lock
   * (see HomeLock.whenFree): the web host's way to wait for a CLI writer. */
  whenUnlocked(): Promise<void> {
    return this.lock.whenFree();
  }
}

/** A file-system error on a store file, in words. */
function describeErrno(code: string, file: string): string {
  if (code === 'EISDIR') return `its ${file} is a folder, not a file`;
  if (code === 'ENOTDIR') return 'a file stands where one of its folders should be';
  if (code === 'EACCES' || code === 'EPERM') return `its ${file} cannot be read (permission denied)`;
  return `its ${file} cannot be read (${code})`;
}

/** Removes temp files of dead writers from every article folder (both shelves), a folder at a
 * time on the event loop's idle turns. */
async function sweepArticleTempFiles(home: string): Promise<number> {
  let removed = 0;
  for (const shelf of ['articles', 'trash']) {
    let ids: string[];
    try {
      ids = (await readdir(join(home, shelf))).filter((name) => ID_PATTERN.test(name));
    } catch {
      continue;
    }
    for (const id of ids) {
      let names: string[];
      try {
        names = await readdir(join(home, shelf, id));
      } catch {
        continue; // not a folder (needs attention), or gone meanwhile
      }
      for (const name of names) {
        if (!isTempFile(name) || !ownerIsGone(name)) continue;
        await rm(join(home, shelf, id, name), { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}

/** True when the process named in a leftover's name is gone: `lock.<pid>.<rand>`,
 * `.staging-<pid>-<id>`, `.<file>.<pid>.<rand>.tmp`. A name without a pid is left alone. */
function ownerIsGone(name: string): boolean {
  const match = /^lock\.(\d+)\.|^\.staging-(\d+)-|\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  if (!match) return false;
  const pid = Number(match[1] ?? match[2] ?? match[3]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

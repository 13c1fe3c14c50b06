// Library operations over the store and the core parser. The only place that turns files into
// stored articles; the API handlers, the CLI and the app all come through here.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { NotFoundError, ParseError, StoreError } from '../../core/errors.js';
import { formatOf, type ReadDocument } from '../../core/formats/index.js';
import { dueHorizon } from '../../core/study/due.js';
import { countWords, decodeText, parseText, sourceFormatOf } from '../../core/parse/index.js';
import { BINARY_FORMATS } from '../../shared/formats.js';
import { DEFAULT_SETTINGS, type ArticleDetail, type ParsedArticle, type AttentionItem, type ArticleListItem, type ImportOutcome, type ImportReport, type LibraryInfo, type Recovery, type Settings, type TrashItem } from '../../shared/types.js';
import { STORE_VERSION, type ArticleMeta, type ParsedFile, type SettingsFile } from '../store/file-kinds.js';
import { LibraryStore, ReparseScheduled, type NewArticle, type Rebuild, type Shelf } from '../store/library-store.js';
import { cardRequest, generateStoredCards, libraryRanking, storeGeneratedCardsInSteps, studySettingsOf } from './card-generation.js';
import { byAddedDescending, normalizeTags, toDetail, toListItem, toTrashItem } from './article-view.js';
import { collectFiles, readImportable, type ImportProgress } from './import-files.js';
import { ParseWorker, workerEntry, type ParseLimits } from './parse-worker.js';
import type { CardRequest, GeneratedCards } from '../../core/study/generate.js';
import { ArticleListing } from './article-listing.js';
import type { ArticleFilter, ArticlePage, ArticleQuery } from '../../shared/article-query.js';

export interface OpenOptions {
  /** Folder of sample articles a fresh home starts with. */
  readonly samplesDir?: string;
  /** Heap and time allowed to read one imported file (see parse-worker.ts). */
  readonly parseLimits?: ParseLimits;
  /** The parse worker's entry script; by default the one built beside this module (tests of
   * the TypeScript sources pass the compiled one to run the real worker). */
  readonly parseWorker?: string;
  /** Generate an article's cards as part of its import (default), so the card browser, due
   * counts and exports have them at once; false leaves them to the first look at its cards. */
  readonly cardsAtImport?: boolean;
}

/** An article's ID: the first 16 hex digits of the SHA-256 of its decoded text (for text
 * formats) or of its bytes (EPUB, PDF, DOCX), so the same content — whatever its encoding or
 * file name — is the same article. */
export function contentId(identity: string | Uint8Array): string {
  const hash = createHash('sha256');
  if (typeof identity === 'string') hash.update(identity, 'utf8');
  else hash.update(identity);
  return hash.digest('hex').slice(0, 16);
}


/** A turn of the event loop for the calls waiting behind a long import. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Library {
  private recoveriesShown = 0;
  private readonly reparsing = new Map<string, Promise<void>>();
  private readonly unreadable = new Set<string>();
  private listed: ArticleListing | null = null;

  private constructor(
    readonly store: LibraryStore,
    private readonly parser: ParseWorker,
    private readonly cardsAtImport: boolean,
  ) {}

  static open(home: string, options: OpenOptions = {}): Library {
    let library: Library | null = null;
    const rebuild: Rebuild = (original, originalFile, previous, fromParsed, where) => {
      const format = previous?.format ?? sourceFormatOf(originalFile) ?? formatOf(originalFile);
      // EPUB, PDF and DOCX are read again in the parse worker, in the background.
      if (!fromParsed && previous && library && format && BINARY_FORMATS.has(format) && !library.unreadable.has(where.id)) {
        library.reparseLater(where.shelf, where.id);
        throw new ReparseScheduled(`The parsed text of ${where.id} was damaged; Lectern is reading its original file again. Try again in a moment.`);
      }
      return rebuildArticle(original, originalFile, previous, fromParsed);
    };
    const { store, created } = LibraryStore.open(home, rebuild);
    library = new Library(store, new ParseWorker(options.parseWorker ?? workerEntry(), options.parseLimits), options.cardsAtImport ?? true);
    if (created && options.samplesDir && existsSync(options.samplesDir)) {
      const samples = readdirSync(options.samplesDir).sort().map((name) => join(options.samplesDir!, name));
      for (const sample of samples) library.importTextFile(sample);
    }
    return library;
  }

  get home(): string {
    return this.store.home;
  }

  info(): LibraryInfo {
    return {
      home: this.store.home,
      articles: this.store.ids('articles').length,
      trashed: this.store.ids('trash').length,
      schemaVersion: STORE_VERSION,
      recoveries: [...this.store.recoveries],
    };
  }

  /** Cards due before this instant count as due in the list (core/study/due.ts). */
  private dueHorizon(): number {
    return dueHorizon(new Date(), studySettingsOf(this.store), (at) => -at.getTimezoneOffset());
  }

  /** Every article, most recently added first. */
  list(): ArticleListItem[] {
    return [...this.listing().items];
  }

  /** One window of the library view's list: all articles filtered and sorted, `limit` sent. */
  page(query: ArticleQuery): ArticlePage {
    return this.listing().page(query);
  }

  /** The IDs of every article a filter shows, in its order (what an export of them takes). */
  ids(filter: ArticleFilter): string[] {
    return this.listing().matching(filter).map((a) => a.id);
  }

  /** The list as last read, read again only once the library changed (in any process) or the
   * study day turned (due counts are by the day). Its version is taken before the reading, so
   * a change made during it shows as a new version next time. */
  private listing(): ArticleListing {
    const horizon = this.dueHorizon();
    const version = `${this.store.listVersion()}.${horizon}`;
    if (this.listed?.version === version) return this.listed;
    const items = this.store.metas('articles').sort(byAddedDescending).map((meta) => toListItem(meta, horizon));
    this.listed = new ArticleListing(version, items);
    return this.listed;
  }

  /** Reads an EPUB, PDF or DOCX article's original again (in the worker) to replace its lost
   * parsed text; one at a time per article. */
  reparseLater(shelf: Shelf, id: string): void {
    if (this.reparsing.has(id)) return;
    const task = (async () => {
      const meta = this.store.meta(shelf, id);
      const bytes = this.store.original(shelf, id);
      const doc = await this.parser.read({ bytes, fileName: meta.originalFile, maxFileBytes: Math.max(bytes.length, this.maxFileBytes()) });
      this.store.replaceParsed(shelf, id, { schema: STORE_VERSION, article: doc.article }, 'the parsed text was damaged and had no good backup');
    })()
      .catch(() => {
        // The original itself cannot be read: the next read reports the article as not
        // rebuildable (the store's usual report) instead of trying again.
        this.unreadable.add(id);
      })
      .finally(() => this.reparsing.delete(id));
    this.reparsing.set(id, task);
  }

  /** Resolves once every re-read started by `reparseLater` has finished. */
  async settled(): Promise<void> {
    while (this.reparsing.size > 0) await Promise.all(this.reparsing.values());
  }

  /** Article folders left out because they cannot be read as articles (they stay on disk). */
  needsAttention(): AttentionItem[] {
    this.store.metas('articles');
    this.store.metas('trash');
    return this.store.needsAttention();
  }

  get(id: string): ArticleDetail {
    return toDetail(this.store.meta('articles', id), this.store.parsed('articles', id), this.dueHorizon());
  }

  /** Reads original bytes (for export and re-parsing). */
  original(id: string): Uint8Array {
    return this.store.original('articles', id);
  }

  /** The files a set of paths stands for (folders walked), for an import shown file by file. */
  scan(paths: readonly string[]): { files: string[]; outcomes: ImportOutcome[] } {
    return collectFiles(paths);
  }

  /** Imports files and folders, one file at a time; `shouldStop` cancels between files (what
   * was imported stays, nothing is left half-imported). */
  async importFiles(paths: readonly string[], onProgress?: (progress: ImportProgress) => void, shouldStop?: () => boolean): Promise<ImportReport> {
    const { files, outcomes: early } = collectFiles(paths);
    const outcomes: ImportOutcome[] = [...early];
    for (const [index, path] of files.entries()) {
      if (shouldStop?.()) break;
      onProgress?.({ done: index, total: files.length, path });
      outcomes.push(await this.importFile(path));
    }
    onProgress?.({ done: files.length, total: files.length, path: null });
    return summarize(outcomes);
  }

  /** Imports one file from disk, whole or not at all. */
  async importFile(path: string): Promise<ImportOutcome> {
    try {
      const file = readImportable(path, this.maxFileBytes());
      if (file.kind !== 'file') return file;
      return await this.importDocument(file.bytes, file.name, path, path);
    } catch (error) {
      return failure(path, error);
    }
  }

  /** Imports files the UI holds as bytes (a browser upload has no folder to read images from). */
  async importData(files: readonly { name: string; data: Uint8Array }[]): Promise<ImportReport> {
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      try {
        outcomes.push(await this.importDocument(file.data, file.name, file.name));
      } catch (error) {
        outcomes.push(failure(file.name, error));
      }
    }
    return summarize(outcomes);
  }

  /** An image or other file stored with an article. */
  asset(id: string, name: string): { type: string; bytes: Uint8Array } {
    return this.store.asset('articles', id, name);
  }

  private maxFileBytes(): number {
    return this.settings().maxFileMiB * 1024 * 1024;
  }

  /** Recoveries the user has not been shown yet; each is returned once per process. */
  takeRecoveries(): Recovery[] {
    const fresh = this.store.recoveries.slice(this.recoveriesShown);
    this.recoveriesShown = this.store.recoveries.length;
    return fresh;
  }

  settings(): Settings {
    const stored = this.store.settings();
    return stored ? settingsOf(stored) : DEFAULT_SETTINGS;
  }

  updateSettings(change: Partial<Settings>): Settings {
    const next = this.store.updateSettings((current) => ({ schema: STORE_VERSION, ...DEFAULT_SETTINGS, ...current, ...definedOnly(change) }));
    return settingsOf(next);
  }

  /** Imports a plain-text or Markdown file at once (the samples of a fresh library). */
  importTextFile(path: string): ImportOutcome {
    const format = sourceFormatOf(path);
    if (!format) return { kind: 'skipped', path, reason: 'not a text or Markdown file' };
    try {
      const file = readImportable(path, this.maxFileBytes());
      if (file.kind !== 'file') return file;
      const decoded = decodeText(file.bytes, this.maxFileBytes());
      const article = parseText(decoded.text, { format, encoding: decoded.encoding });
      return this.withCardsNow(this.commit({ article, assets: [], identity: decoded.text, notes: [] }, file.bytes, file.name, path));
    } catch (error) {
      return failure(path, error);
    }
  }

  /** Imports pasted text as a new article (plain text or Markdown, read at once); its cards are
   * made in the parse worker, as a file's are. The article is stored before the first await. */
  async importText(text: string, name = 'Pasted article', format: 'text' | 'markdown' = 'text'): Promise<ImportReport> {
    const fileName = `${name}${format === 'markdown' ? '.md' : '.txt'}`;
    let outcome: ImportOutcome;
    let article: ParsedArticle;
    try {
      const bytes = new TextEncoder().encode(text);
      const decoded = decodeText(bytes, this.maxFileBytes());
      article = parseText(decoded.text, { format, encoding: decoded.encoding });
      outcome = this.commit({ article, assets: [], identity: decoded.text, notes: [] }, bytes, fileName, fileName);
    } catch (error) {
      return summarize([failure(fileName, error)]);
    }
    if (outcome.kind === 'imported' && this.cardsAtImport) await this.makeCardsInWorker(outcome.id, article);
    return summarize([outcome]);
  }

  rename(id: string, title: string): ArticleListItem {
    return this.change(id, (meta) => ({ ...meta, state: { ...meta.state, title } }));
  }

  setTags(id: string, tags: readonly string[]): ArticleListItem {
    return this.change(id, (meta) => ({ ...meta, state: { ...meta.state, tags: normalizeTags(tags) } }));
  }

  setFlags(id: string, flags: { archived?: boolean | undefined; favorite?: boolean | undefined }): ArticleListItem {
    return this.change(id, (meta) => ({
      ...meta,
      state: { ...meta.state, archived: flags.archived ?? meta.state.archived, favorite: flags.favorite ?? meta.state.favorite },
    }));
  }

  setProgress(id: string, progress: number): ArticleListItem {
    return this.change(id, (meta) => ({ ...meta, state: { ...meta.state, progress } }));
  }

  trash(id: string): TrashItem {
    this.store.move(id, 'articles', 'trash');
    return toTrashItem(this.store.updateMeta('trash', id, (meta) => ({ ...meta, trashedAt: new Date().toISOString() })));
  }

  listTrash(): TrashItem[] {
    return this.store.metas('trash').map(toTrashItem).sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
  }

  restore(id: string): ArticleListItem {
    this.store.move(id, 'trash', 'articles');
    return toListItem(this.store.updateMeta('articles', id, (meta) => ({ ...meta, trashedAt: null })), this.dueHorizon());
  }

  emptyTrash(): { deleted: number } {
    return { deleted: this.store.emptyTrash() };
  }

  private change(id: string, fn: (meta: ArticleMeta) => ArticleMeta): ArticleListItem {
    return toListItem(this.store.updateMeta('articles', id, fn), this.dueHorizon());
  }

  /** Parses in the worker (heap and time limits) and stores the result. `localPage` is the
   * file's own path when it was read from disk, so a saved page can bring its images. */
  private async importDocument(bytes: Uint8Array, fileName: string, path: string, localPage?: string): Promise<ImportOutcome> {
    if (!formatOf(fileName)) return { kind: 'skipped', path, reason: `unsupported file type "${extname(fileName) || fileName}"` };
    // A duplicate is known from the bytes of binary formats before any parsing.
    const format = formatOf(fileName)!;
    if (BINARY_FORMATS.has(format)) {
      const existing = this.findAnywhere(contentId(bytes));
      if (existing) return { kind: 'duplicate', path, id: existing.meta.id, title: existing.meta.state.title, inTrash: existing.inTrash };
    }
    const doc = await this.parser.read({ bytes, fileName, maxFileBytes: this.maxFileBytes(), ...(localPage ? { localPage } : {}) });
    // Stored a step at a time, with turns for other calls between the steps (and between the
    // article and its cards, made in the worker): each step of a big book is tens of ms.
    const article = this.toStore(doc, bytes, fileName, path);
    if ('kind' in article) return article;
    await nextTurn();
    const outcome = this.stored(await this.store.addInSteps(article, nextTurn), doc, path, article.meta.id);
    if (outcome.kind === 'imported' && this.cardsAtImport) await this.makeCardsInWorker(outcome.id, doc.article);
    return outcome;
  }

  /** Stores a read document as a new article at once, unless the same content is already there. */
  private commit(doc: ReadDocument, bytes: Uint8Array, fileName: string, path: string): ImportOutcome {
    const article = this.toStore(doc, bytes, fileName, path);
    return 'kind' in article ? article : this.stored(this.store.add(article), doc, path, article.meta.id);
  }

  /** What the store is given for a read document, or the article it duplicates. */
  private toStore(doc: ReadDocument, bytes: Uint8Array, fileName: string, path: string): NewArticle | ImportOutcome {
    const id = contentId(doc.identity);
    const existing = this.findAnywhere(id);
    if (existing) return { kind: 'duplicate', path, id, title: existing.meta.state.title, inTrash: existing.inTrash };
    const parsed: ParsedFile = { schema: STORE_VERSION, article: doc.article };
    const ext = extname(fileName).toLowerCase() || '.txt';
    const meta: ArticleMeta = { ...metaFromParsed(parsed, fileName, `original${ext}`, null), id, added: new Date().toISOString(), trashedAt: null };
    return { meta, parsed, original: bytes, assets: doc.assets };
  }

  /** The outcome of storing: false from the store means another import of the same content won. */
  private stored(added: boolean, doc: ReadDocument, path: string, id: string): ImportOutcome {
    if (!added) {
      const raced = this.findAnywhere(id);
      return { kind: 'duplicate', path, id, title: raced?.meta.state.title ?? doc.article.title, inTrash: raced?.inTrash ?? false };
    }
    return { kind: 'imported', path, id, title: doc.article.title, ...(doc.article.problems?.length ? { warnings: doc.article.problems } : {}) };
  }

  /** Cards for an article just imported at once (the samples of a new library), made here. The
   * article is in whatever happens here, so no error may turn its import into a failure:
   * should the generator fail, the card file stays absent and the Cards panel tries again (and
   * shows the error) when the reader opens it. */
  private withCardsNow(outcome: ImportOutcome): ImportOutcome {
    if (outcome.kind !== 'imported' || !this.cardsAtImport) return outcome;
    try {
      generateStoredCards(this.store, outcome.id, studySettingsOf(this.store), new Date());
    } catch {
      // Left to the first look at the article's cards (see above).
    }
    return outcome;
  }

  /** Cards for an imported file's article, made in the parse worker (seconds of NLP for a long
   * book) from the article and the library's model as plain data; only the write happens on
   * this thread. Failures are left to the Cards panel, as in `withCardsNow`. */
  private async makeCardsInWorker(id: string, article: ParsedArticle): Promise<void> {
    try {
      const now = new Date();
      const generated = await this.parser.cards(cardRequest(article, studySettingsOf(this.store), libraryRanking(this.store, now)));
      await storeGeneratedCardsInSteps(this.store, id, generated, now, nextTurn);
    } catch {
      // Left to the first look at the article's cards (see withCardsNow).
    }
  }

  /** An article's cards made in the parse worker (in process when it has no entry script). */
  makeCards(request: CardRequest): Promise<GeneratedCards> {
    return this.parser.cards(request);
  }

  private findAnywhere(id: string): { meta: ArticleMeta; inTrash: boolean } | null {
    const shelf = this.store.shelfOf(id);
    if (!shelf) return null;
    try {
      return { meta: this.store.meta(shelf, id), inTrash: shelf === 'trash' };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }
}

/** The article record for a parse result; the user's state is kept from `previous` if given. */
function metaFromParsed(parsed: ParsedFile, sourceName: string, originalFile: string, previous: ArticleMeta | null): ArticleMeta {
  const { article } = parsed;
  return {
    schema: STORE_VERSION,
    id: previous?.id ?? '0000000000000000',
    sourceName: previous?.sourceName ?? sourceName,
    originalFile,
    format: article.format,
    encoding: article.encoding,
    language: article.language,
    byline: article.byline,
    published: article.published,
    words: countWords(article),
    added: previous?.added ?? new Date().toISOString(),
    trashedAt: previous?.trashedAt ?? null,
    state: previous?.state ?? { title: article.title || sourceName, tags: [], archived: false, favorite: false, progress: 0 },
  };
}

/** The store's way back from lost files: parse the original again. Only plain text and
 * Markdown can be re-read at once here; other formats rebuild their record from a readable
 * parsed.json (`fromParsed`), and otherwise are reported as not rebuildable, their original
 * left in place. */
function rebuildArticle(original: Uint8Array, originalFile: string, previous: ArticleMeta | null, fromParsed: ParsedFile | null) {
  if (fromParsed) return { meta: metaFromParsed(fromParsed, originalFile, originalFile, previous), parsed: fromParsed };
  const format = previous?.format ?? sourceFormatOf(originalFile);
  if (format !== 'text' && format !== 'markdown') throw new ParseError(`The ${format ?? 'unknown'} file ${originalFile} cannot be re-read here; it stays in the article's folder.`);
  const { text, encoding } = decodeText(original, Number.MAX_SAFE_INTEGER);
  const parsed: ParsedFile = { schema: STORE_VERSION, article: parseText(text, { format, encoding }) };
  return { meta: metaFromParsed(parsed, originalFile, originalFile, previous), parsed };
}

function settingsOf(file: SettingsFile): Settings {
  return { theme: file.theme, fontSize: file.fontSize, maxFileMiB: file.maxFileMiB ?? DEFAULT_SETTINGS.maxFileMiB, tourSeen: file.tourSeen ?? false };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function failure(path: string, error: unknown): ImportOutcome {
  if (error instanceof ParseError || error instanceof StoreError) return { kind: 'failed', path, error: error.message };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { kind: 'failed', path, error: 'no such file or folder' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'failed', path, error: 'permission denied' };
  if (code === 'EISDIR') return { kind: 'failed', path, error: 'is a folder' };
  throw error;
}

export function summarize(outcomes: readonly ImportOutcome[]): ImportReport {
  const count = (kind: ImportOutcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  return { outcomes, imported: count('imported'), duplicates: count('duplicate'), skipped: count('skipped'), failed: count('failed') };
}

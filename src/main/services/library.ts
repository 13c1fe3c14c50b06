// Library operations over the store and the core parser. The only place that turns files into
// stored articles; the API handlers, the CLI and the app all come through here.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { NotFoundError, ParseError, StoreError } from '../../core/errors.js';
import { countWords, decodeText, parseText, sourceFormatOf } from '../../core/parse/index.js';
import { DEFAULT_SETTINGS, type ArticleDetail, type ArticleListItem, type ImportOutcome, type ImportReport, type LibraryInfo, type Recovery, type Settings, type SourceFormat, type TrashItem } from '../../shared/types.js';
import { STORE_VERSION, type ArticleMeta, type ParsedFile } from '../store/file-kinds.js';
import { LibraryStore } from '../store/library-store.js';
import { byAddedDescending, normalizeTags, toDetail, toListItem, toTrashItem } from './article-view.js';
import { collectFiles, readImportable, type ImportProgress } from './import-files.js';

export interface OpenOptions {
  /** Folder of sample articles a fresh home starts with. */
  readonly samplesDir?: string;
}

/** An article's ID: the first 16 hex digits of the SHA-256 of its decoded text, so the same
 * content (whatever its encoding or file name) is the same article. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export class Library {
  private recoveriesShown = 0;

  private constructor(readonly store: LibraryStore) {}

  static open(home: string, options: OpenOptions = {}): Library {
    const { store, created } = LibraryStore.open(home, rebuildArticle);
    const library = new Library(store);
    if (created && options.samplesDir && existsSync(options.samplesDir)) {
      const samples = readdirSync(options.samplesDir).sort().map((name) => join(options.samplesDir!, name));
      library.importFiles(samples);
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

  list(): ArticleListItem[] {
    const now = new Date();
    return this.store.metas('articles').sort(byAddedDescending).map((meta) => toListItem(meta, now));
  }

  get(id: string): ArticleDetail {
    return toDetail(this.store.meta('articles', id), this.store.parsed('articles', id));
  }

  /** Reads original bytes (for export and re-parsing). */
  original(id: string): Uint8Array {
    return this.store.original('articles', id);
  }

  importFiles(paths: readonly string[], onProgress?: (progress: ImportProgress) => void): ImportReport {
    const { files, outcomes: early } = collectFiles(paths);
    const outcomes: ImportOutcome[] = [...early];
    files.forEach((path, index) => {
      onProgress?.({ done: index, total: files.length, path });
      outcomes.push(this.importOne(path));
    });
    onProgress?.({ done: files.length, total: files.length, path: null });
    return summarize(outcomes);
  }

  importData(files: readonly { name: string; data: string }[]): ImportReport {
    return summarize(
      files.map((file) => {
        try {
          return this.importBytes(new Uint8Array(Buffer.from(file.data, 'base64')), file.name, file.name);
        } catch (error) {
          return failure(file.name, error);
        }
      }),
    );
  }

  /** Recoveries the user has not been shown yet; each is returned once per process. */
  takeRecoveries(): Recovery[] {
    const fresh = this.store.recoveries.slice(this.recoveriesShown);
    this.recoveriesShown = this.store.recoveries.length;
    return fresh;
  }

  settings(): Settings {
    const stored = this.store.settings();
    return stored ? { theme: stored.theme, fontSize: stored.fontSize } : DEFAULT_SETTINGS;
  }

  updateSettings(change: Partial<Settings>): Settings {
    const next = this.store.updateSettings((current) => ({ schema: STORE_VERSION, ...DEFAULT_SETTINGS, ...current, ...definedOnly(change) }));
    return { theme: next.theme, fontSize: next.fontSize };
  }

  importText(text: string, name = 'Pasted article', format: SourceFormat = 'text'): ImportReport {
    const fileName = `${name}${format === 'markdown' ? '.md' : '.txt'}`;
    try {
      return summarize([this.importBytes(new TextEncoder().encode(text), fileName, fileName)]);
    } catch (error) {
      return summarize([failure(fileName, error)]);
    }
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
    return toListItem(this.store.updateMeta('articles', id, (meta) => ({ ...meta, trashedAt: null })));
  }

  emptyTrash(): { deleted: number } {
    return { deleted: this.store.emptyTrash() };
  }

  private change(id: string, fn: (meta: ArticleMeta) => ArticleMeta): ArticleListItem {
    return toListItem(this.store.updateMeta('articles', id, fn));
  }

  private importOne(path: string): ImportOutcome {
    try {
      const file = readImportable(path);
      if (file.kind !== 'file') return file;
      return this.importBytes(file.bytes, file.name, path);
    } catch (error) {
      return failure(path, error);
    }
  }

  private importBytes(bytes: Uint8Array, fileName: string, path: string): ImportOutcome {
    const format = sourceFormatOf(fileName);
    if (!format) return { kind: 'skipped', path, reason: `unsupported file type "${extname(fileName) || fileName}"` };
    const { text, encoding } = decodeText(bytes);
    const id = contentId(text);
    const existing = this.findAnywhere(id);
    if (existing) return { kind: 'duplicate', path, id, title: existing.meta.state.title, inTrash: existing.inTrash };
    const article = parseText(text, { format, encoding });
    const ext = extname(fileName).toLowerCase() || (format === 'markdown' ? '.md' : '.txt');
    const meta: ArticleMeta = {
      ...metaFromParsed({ schema: STORE_VERSION, article }, fileName, `original${ext}`, null),
      id,
      added: new Date().toISOString(),
      trashedAt: null,
    };
    if (!this.store.add({ meta, parsed: { schema: STORE_VERSION, article }, original: bytes })) {
      const raced = this.findAnywhere(id);
      return { kind: 'duplicate', path, id, title: raced?.meta.state.title ?? article.title, inTrash: raced?.inTrash ?? false };
    }
    return { kind: 'imported', path, id, title: article.title };
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

/** The store's way back from lost files: parse the original again. */
function rebuildArticle(original: Uint8Array, originalFile: string, previous: ArticleMeta | null) {
  const format = previous?.format ?? sourceFormatOf(originalFile);
  if (!format) throw new ParseError(`Cannot tell the format of ${originalFile}.`);
  const { text, encoding } = decodeText(original);
  const parsed: ParsedFile = { schema: STORE_VERSION, article: parseText(text, { format, encoding }) };
  return { meta: metaFromParsed(parsed, originalFile, originalFile, previous), parsed };
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

// Reading an article's record and parsed text when they may be damaged. One bad article must
// not close the library: a folder that cannot be read as an article is left on disk, left out
// of the list and named in needsAttention(); a lost meta.json or parsed.json is restored from
// a backup or rebuilt from the article's original file (the re-parse of Library).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { NotFoundError, StoreError } from '../../core/errors.js';
import type { AttentionItem } from '../../shared/types.js';
import { articleMeta, ORIGINAL_FILE_NAME, parsedFile, type ArticleMeta, type ParsedFile } from './file-kinds.js';
import { CorruptFileError } from './json-file.js';
import { articlePath, type Shelf } from './paths.js';
import { ReparseScheduled, type StoreRecovery } from './recovery.js';

/** Rebuilds an article's files when they cannot be read or restored: from a readable
 * parsed.json when there is one, else from the original. It throws ReparseScheduled when the
 * original is read again in the background instead (EPUB, PDF, DOCX: see Library). */
export type Rebuild = (original: Uint8Array, originalFile: string, meta: ArticleMeta | null, parsed: ParsedFile | null, where: { shelf: Shelf; id: string }) => { meta: ArticleMeta; parsed: ParsedFile };

const FROM_ORIGINAL = "rebuilt it from the article's parsed text or its original file";

export class ArticleRecords {
  /** Articles left out because their folder cannot be read as one (see `tryMeta`), by shelf/id. */
  private readonly attention = new Map<string, AttentionItem>();

  constructor(
    private readonly home: string,
    private readonly recovery: StoreRecovery,
    private readonly rebuild: Rebuild,
  ) {}

  meta(shelf: Shelf, id: string): ArticleMeta {
    const meta = this.tryMeta(shelf, id);
    const bad = this.attention.get(`${shelf}/${id}`);
    if (!meta && bad) throw new StoreError(`The article ${id} needs attention: ${bad.problem}. It stays in ${bad.path}.`);
    if (!meta) throw new NotFoundError(`No article with ID ${id} in the library.`);
    return meta;
  }

  /**
   * An article's record, or null when there is none. A folder that cannot be read as an
   * article is left out, left on disk and listed in `needsAttention()`.
   */
  tryMeta(shelf: Shelf, id: string): ArticleMeta | null {
    const path = articlePath(this.home, shelf, id, 'meta.json');
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
      const meta = this.recovery.read(articleMeta, path, { action: FROM_ORIGINAL, build: () => this.rebuildFiles(shelf, id, null).meta });
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

  /** Forgets what needed attention on a shelf, which is about to be read whole again (bad
   * records are never cached, so the reading finds each of them again). */
  forgetShelf(shelf: Shelf): void {
    for (const [key, item] of this.attention) if (item.shelf === shelf) this.attention.delete(key);
  }

  needsAttention(): AttentionItem[] {
    return [...this.attention.values()].sort((a, b) => a.path.localeCompare(b.path));
  }

  /** Throws the "no such article" error unless the article's folder is on the shelf. */
  mustExist(shelf: Shelf, id: string): void {
    let isFolder = false;
    try {
      isFolder = statSync(dirname(articlePath(this.home, shelf, id, 'meta.json'))).isDirectory();
    } catch {
      // missing
    }
    if (!isFolder) this.meta(shelf, id); // throws the needs-attention or not-found error
  }

  /** The parsed text, restored or rebuilt if it is damaged; throws ReparseScheduled while it
   * is being made again from the original in the background. */
  parsed(shelf: Shelf, id: string): ParsedFile {
    this.mustExist(shelf, id);
    const path = articlePath(this.home, shelf, id, 'parsed.json');
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
    const value = this.recovery.read(parsedFile, path, { action: FROM_ORIGINAL, build });
    if (scheduled) throw scheduled;
    if (!value) throw new NotFoundError(`The article ${id} has lost its parsed text and its original file.`);
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
      parsed = meta ? null : this.recovery.jsonFile(parsedFile, join(folder, 'parsed.json')).read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
    }
    const rebuilt = this.rebuild(readFileSync(join(folder, originalFile)), originalFile, meta, parsed, { shelf, id });
    const added = meta?.added ?? statSync(join(folder, originalFile)).mtime.toISOString();
    const fresh: ArticleMeta = { ...rebuilt.meta, id, added, trashedAt: shelf === 'trash' ? (meta?.trashedAt ?? added) : null };
    this.recovery.jsonFile(articleMeta, join(folder, 'meta.json')).write(fresh);
    this.recovery.jsonFile(parsedFile, join(folder, 'parsed.json')).write(rebuilt.parsed);
    return { meta: fresh, parsed: rebuilt.parsed };
  }
}

/** A file-system error on a store file, in words. */
function describeErrno(code: string, file: string): string {
  if (code === 'EISDIR') return `its ${file} is a folder, not a file`;
  if (code === 'ENOTDIR') return 'a file stands where one of its folders should be';
  if (code === 'EACCES' || code === 'EPERM') return `its ${file} cannot be read (permission denied)`;
  return `its ${file} cannot be read (${code})`;
}

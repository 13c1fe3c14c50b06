// The change feed, <home>/changes.jsonl: one line per change to an article, appended by every
// process that writes, so what another process keeps in memory (the list, the search index)
// catches up by reading on from the byte offset it last read to.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleMeta } from './file-kinds.js';
import { appendLines } from './journal.js';
import { changeFeedFile, ID_PATTERN } from './paths.js';

/** What a change touched: what search reads ('content') or only the reader's state. */
export type ChangeKind = 'content' | 'state';

/** Notes that an article changed (or came, went or moved). */
export function noteChange(home: string, id: string, what: ChangeKind = 'content'): void {
  appendLines(changeFeedFile(home), [{ id, what, at: new Date().toISOString() }]);
}

/** Article IDs changed since byte `offset` of the feed (only changes of `kind`, if given),
 * and the offset to read on from. */
export function changesSince(home: string, offset: number, kind?: ChangeKind): { ids: string[]; offset: number } {
  const path = changeFeedFile(home);
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

/**
 * The library shelf's article records, kept in memory between listings: only those the change
 * feed names (changed by any process since) and new folders are read again. Records that
 * cannot be read are never kept, so each listing finds them again.
 */
export class ListCache {
  private cache: { offset: number; metas: Map<string, ArticleMeta> } | null = null;

  constructor(private readonly home: string) {}

  /** Changes whenever the shelf's records may have: the feed grew (an article changed, in any
   * process) or the shelf's folder gained or lost an entry (an article that came without a feed
   * line, say copied in by hand). Two stats, so a caller can keep what it made of a listing. */
  version(): string {
    const feed = statSync(changeFeedFile(this.home), { throwIfNoEntry: false })?.size ?? 0;
    const shelf = statSync(join(this.home, 'articles'), { bigint: true, throwIfNoEntry: false })?.mtimeNs ?? 0n;
    return `${feed}.${shelf}`;
  }

  /** The records of `ids` (the shelf's folders, in order); `read` reads one that is not kept. */
  metas(ids: readonly string[], read: (id: string) => ArticleMeta | null): ArticleMeta[] {
    if (!this.cache) this.cache = { offset: changesSince(this.home, 0).offset, metas: new Map() };
    const cache = this.cache;
    const { ids: changed, offset } = changesSince(this.home, cache.offset);
    cache.offset = offset;
    for (const id of changed) cache.metas.delete(id);
    const present = new Set(ids);
    for (const id of cache.metas.keys()) if (!present.has(id)) cache.metas.delete(id);
    const out: ArticleMeta[] = [];
    for (const id of ids) {
      let meta = cache.metas.get(id);
      if (!meta) {
        meta = read(id) ?? undefined;
        if (meta) cache.metas.set(id, meta);
      }
      if (meta) out.push(meta);
    }
    return out;
  }
}

// The library view's list call: one window of all articles, filtered and sorted by the host, and
// kept between calls only while nothing in the library changed.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import type { ArticleFilter } from '../../src/shared/article-query.js';
import { tempDir } from '../helpers/temp-home.js';

const FIRST = { sort: 'added', shelf: 'inbox', tag: null, query: '', offset: 0, limit: 5 } as const;

async function libraryOf(count: number, from = 0): Promise<Library> {
  const library = Library.open(tempDir(), { cardsAtImport: false });
  for (let i = from; i < from + count; i++) await library.importText(`Piece ${String.fromCharCode(97 + ((i * 7) % 26))}${i}\n\nBody number ${i} has a sentence in it.`, `a${i}`);
  return library;
}

describe('a page of the library list', () => {
  it('is a window of every article in the filter’s order, and the windows make up the whole', async () => {
    const library = await libraryOf(12);
    const ids = library.list().map((a) => a.id);
    library.setFlags(ids[1]!, { archived: true });
    library.setTags(ids[2]!, ['kept']);
    const filter: ArticleFilter = { sort: 'title', shelf: 'inbox', tag: null, query: '' };
    const pages = [0, 5, 10].map((offset) => library.page({ ...filter, offset, limit: 5 }));
    expect(pages.map((p) => p.total)).toEqual([11, 11, 11]);
    expect(pages[0]!.articles).toBe(12);
    expect(pages[0]!.tags).toEqual(['kept']);
    const paged = pages.flatMap((p) => p.items.map((a) => a.id));
    expect(paged).toEqual(library.ids(filter));
    const byTitle = library.list().filter((a) => !a.archived).sort((a, b) => a.title.localeCompare(b.title)).map((a) => a.id);
    expect(paged).toEqual(byTitle);
    expect(library.page({ ...filter, tag: 'kept', offset: 0, limit: 5 }).items.map((a) => a.id)).toEqual([ids[2]]);
  });

  it('is served from what was listed while nothing changed, and listed again after a change', async () => {
    const library = await libraryOf(6);
    const first = library.page(FIRST);
    const again = library.page(FIRST);
    expect(again.version).toBe(first.version);
    expect(again.items[0]).toBe(first.items[0]); // the same objects: nothing was read again
    library.rename(first.items[0]!.id, 'Renamed');
    const after = library.page(FIRST);
    expect(after.version).not.toBe(first.version);
    expect(after.items[0]!.title).toBe('Renamed');
  });

  it('sees a change made by another process on the same library', async () => {
    const library = await libraryOf(4);
    const before = library.page(FIRST);
    const other = Library.open(library.home, { cardsAtImport: false });
    other.setFlags(before.items[0]!.id, { archived: true });
    const after = library.page(FIRST);
    expect(after.total).toBe(3);
    expect(after.items.map((a) => a.id)).not.toContain(before.items[0]!.id);
  });

  it('sees an article folder that came without a line in the change feed', async () => {
    const library = await libraryOf(2);
    const other = await libraryOf(1, 100);
    const [stranger] = other.list();
    expect(library.page(FIRST).total).toBe(2);
    cpSync(join(other.home, 'articles', stranger!.id), join(library.home, 'articles', stranger!.id), { recursive: true });
    expect(library.page(FIRST).items.map((a) => a.id)).toContain(stranger!.id);
  });

  it('leaves the whole list as it was: every article, most recently added first', async () => {
    const library = await libraryOf(5);
    const list = library.list();
    expect(list).toHaveLength(5);
    expect(list.map((a) => a.added)).toEqual([...list.map((a) => a.added)].sort().reverse());
    list.pop(); // a caller's copy: changing it changes no later answer
    expect(library.list()).toHaveLength(5);
  });
});

import { describe, expect, it } from 'vitest';
import { compareArticles, filterSorted, matchesFilter, sortArticles, tagsOf } from '../../../src/core/library/list-query.js';
import type { ArticleListItem } from '../../../src/shared/types.js';

function item(id: string, over: Partial<ArticleListItem> = {}): ArticleListItem {
  return {
    id: id.padStart(16, '0'),
    title: `Title ${id}`,
    byline: null,
    published: null,
    added: '2024-01-01T00:00:00.000Z',
    words: 100,
    readingMinutes: 1,
    progress: 0,
    tags: [],
    archived: false,
    favorite: false,
    language: 'en',
    sourceName: `${id}.txt`,
    cards: { untriaged: 0, inStudy: 0, due: 0 },
    ...over,
  };
}

const any = { shelf: 'all', tag: null, query: '' } as const;

describe('the library list order', () => {
  it('puts the newest first, and ties in ID order so pages never overlap', () => {
    const a = item('a', { added: '2024-01-02T00:00:00.000Z' });
    const b = item('b');
    const c = item('c');
    expect(sortArticles([c, b, a], 'added').map((x) => x.id)).toEqual([a.id, b.id, c.id]);
  });

  it('sorts titles by words and numbers as a reader does, ignoring case', () => {
    const items = [item('1', { title: 'part 10' }), item('2', { title: 'Part 9' }), item('3', { title: 'apple' })];
    expect(sortArticles(items, 'title').map((x) => x.title)).toEqual(['apple', 'Part 9', 'part 10']);
  });

  it('puts undated articles last when sorting by date published', () => {
    const items = [item('1'), item('2', { published: '2020-05-01' }), item('3', { published: '2023-01-01' })];
    expect(sortArticles(items, 'published').map((x) => x.id.slice(-1))).toEqual(['3', '2', '1']);
  });

  it('is a total order: equal titles fall back to date added and ID', () => {
    const cmp = compareArticles('title');
    expect(cmp(item('x', { title: 'Same' }), item('y', { title: 'same' }))).toBeLessThan(0);
  });
});

describe('the library list filters', () => {
  const inbox = item('1', { tags: ['science'], byline: 'Ada Lovelace' });
  const archived = item('2', { archived: true, favorite: true, title: 'Old news' });
  const favourite = item('3', { favorite: true, tags: ['politics', 'science'] });
  const all = [inbox, archived, favourite];

  it('keeps each shelf to its own articles', () => {
    const on = (shelf: 'inbox' | 'favorites' | 'archived' | 'all') => all.filter(matchesFilter({ ...any, shelf })).map((a) => a.id.slice(-1));
    expect(on('inbox')).toEqual(['1', '3']);
    expect(on('favorites')).toEqual(['2', '3']);
    expect(on('archived')).toEqual(['2']);
    expect(on('all')).toEqual(['1', '2', '3']);
  });

  it('filters by tag and by words of the title or byline, any case', () => {
    expect(all.filter(matchesFilter({ ...any, tag: 'politics' }))).toEqual([favourite]);
    expect(all.filter(matchesFilter({ ...any, query: '  LOVELACE ' }))).toEqual([inbox]);
    expect(all.filter(matchesFilter({ ...any, query: 'old' }))).toEqual([archived]);
  });

  it('hands back the sorted list itself when nothing is filtered, a filtered copy otherwise', () => {
    expect(filterSorted(all, any)).toBe(all);
    expect(filterSorted(all, { ...any, shelf: 'archived' })).toEqual([archived]);
  });

  it('lists every tag once, sorted', () => {
    expect(tagsOf(all)).toEqual(['politics', 'science']);
  });
});

// The library list's order and filters, as pure functions over list items, so the host can
// sort and filter all articles and send the renderer only the rows it shows.
import type { ArticleFilter, LibraryShelf, LibrarySort } from '../../shared/article-query.js';
import type { ArticleListItem } from '../../shared/types.js';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

type Compare = (a: ArticleListItem, b: ArticleListItem) => number;

const newestFirst: Compare = (a, b) => b.added.localeCompare(a.added) || a.id.localeCompare(b.id);

/** Each order is total (ties end with the ID), so pages of one list never overlap or skip. */
export function compareArticles(sort: LibrarySort): Compare {
  switch (sort) {
    case 'added':
      return newestFirst;
    case 'published':
      // Undated articles go last.
      return (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || newestFirst(a, b);
    case 'title':
      return (a, b) => collator.compare(a.title, b.title) || newestFirst(a, b);
  }
}

export function onShelf(shelf: LibraryShelf, a: ArticleListItem): boolean {
  switch (shelf) {
    case 'inbox':
      return !a.archived;
    case 'favorites':
      return a.favorite;
    case 'archived':
      return a.archived;
    case 'all':
      return true;
  }
}

/** Whether an article passes the shelf, the tag and the text filter (title or byline). */
export function matchesFilter(filter: Omit<ArticleFilter, 'sort'>): (a: ArticleListItem) => boolean {
  const q = filter.query.trim().toLowerCase();
  return (a) =>
    onShelf(filter.shelf, a) &&
    (filter.tag === null || a.tags.includes(filter.tag)) &&
    (!q || a.title.toLowerCase().includes(q) || (a.byline ?? '').toLowerCase().includes(q));
}

/** `items` sorted by `sort` (a new array). */
export function sortArticles(items: readonly ArticleListItem[], sort: LibrarySort): ArticleListItem[] {
  return [...items].sort(compareArticles(sort));
}

/** The articles a filter shows, in its order; `sorted` is already in `filter.sort`'s order. */
export function filterSorted(sorted: readonly ArticleListItem[], filter: Omit<ArticleFilter, 'sort'>): readonly ArticleListItem[] {
  if (filter.shelf === 'all' && filter.tag === null && !filter.query.trim()) return sorted;
  return sorted.filter(matchesFilter(filter));
}

/** Every tag in use, sorted as the renderer shows them. */
export function tagsOf(items: readonly ArticleListItem[]): string[] {
  return [...new Set(items.flatMap((a) => a.tags))].sort(collator.compare);
}

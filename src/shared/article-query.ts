// What the library list asks of the host: one window of the articles in one order, filtered as
// the library view filters them. The host sorts and filters all of them (src/core/library) and
// sends only the window, so a list of 10,000 costs the renderer what one of 50 does.
import type { ArticleListItem } from './types.js';

export const LIBRARY_SORTS = ['added', 'published', 'title'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export const LIBRARY_SHELVES = ['inbox', 'favorites', 'archived', 'all'] as const;
export type LibraryShelf = (typeof LIBRARY_SHELVES)[number];

/** Which articles, in which order: the library view's shelf, tag, text filter and sort. */
export interface ArticleFilter {
  readonly sort: LibrarySort;
  readonly shelf: LibraryShelf;
  /** Only articles with this tag; null for any. */
  readonly tag: string | null;
  /** Words of the title or byline, any case; '' for any. */
  readonly query: string;
}

export interface ArticleQuery extends ArticleFilter {
  readonly offset: number;
  readonly limit: number;
}

/** One window of the filtered, sorted list. */
export interface ArticlePage {
  /** Changes whenever any article in the library changes: rows of pages with another version
   * may be stale. */
  readonly version: string;
  /** Articles that pass the filter (the list's length). */
  readonly total: number;
  /** Articles in the library, filtered or not (an empty library is not an empty filter). */
  readonly articles: number;
  /** Every tag in the library, sorted, for the tag filter. */
  readonly tags: readonly string[];
  readonly offset: number;
  readonly items: readonly ArticleListItem[];
}

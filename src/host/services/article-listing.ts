// One reading of the library list, with what the library view asks of it worked out once: the
// list in each order, the last filter's matches and the tags. The library keeps one until
// anything in the library changes, so a view polling its first page pays a slice, not a
// re-listing, re-sorting and re-sending of every article.
import { filterSorted, sortArticles, tagsOf } from '../../core/library/list-query.js';
import type { ArticleFilter, ArticlePage, ArticleQuery, LibrarySort } from '../../shared/article-query.js';
import type { ArticleListItem } from '../../shared/types.js';

export class ArticleListing {
  private readonly sorted = new Map<LibrarySort, readonly ArticleListItem[]>();
  private last: { key: string; items: readonly ArticleListItem[] } | null = null;
  private tagList: readonly string[] | null = null;

  /** `items`: the library newest first (the order `articles:list` returns), `version`: what
   * they were read as of. */
  constructor(
    readonly version: string,
    readonly items: readonly ArticleListItem[],
  ) {
    this.sorted.set('added', items);
  }

  /** The articles `filter` shows, in its order. */
  matching(filter: ArticleFilter): readonly ArticleListItem[] {
    const key = JSON.stringify([filter.sort, filter.shelf, filter.tag, filter.query.trim().toLowerCase()]);
    if (this.last?.key === key) return this.last.items;
    let sorted = this.sorted.get(filter.sort);
    if (!sorted) {
      sorted = sortArticles(this.items, filter.sort);
      this.sorted.set(filter.sort, sorted);
    }
    const items = filterSorted(sorted, filter);
    this.last = { key, items };
    return items;
  }

  page(query: ArticleQuery): ArticlePage {
    const items = this.matching(query);
    this.tagList ??= tagsOf(this.items);
    return {
      version: this.version,
      total: items.length,
      articles: this.items.length,
      tags: this.tagList,
      offset: query.offset,
      items: items.slice(query.offset, query.offset + query.limit),
    };
  }
}

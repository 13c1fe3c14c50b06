// The library list as the library view shows it: the host filters and sorts every article and
// sends only the rows in view (articles:page), so a library of 10,000 costs what one of 50 does;
// the edits made from the list; the trash.
import type { ArticleFilter, ArticlePage, LibraryShelf, LibrarySort } from '../../../shared/article-query';
import type { ArticleListItem, TrashItem } from '../../../shared/types';
import { api } from './api';

export type SortKey = LibrarySort;
export type Shelf = LibraryShelf;

/** Rows asked for at once: the window in view is rounded out to whole pages. */
export const PAGE_SIZE = 50;
/** The most rows one call may ask for (the contract's limit). */
const MAX_WINDOW = 500;

export class LibraryState {
  #sort = $state<SortKey>('added');
  #shelf = $state<Shelf>('inbox');
  #tag = $state<string | null>(null);
  #query = $state('');
  /** The filtered list, as long as it is; rows not fetched yet are undefined. Raw: it is only
   * ever replaced, and 10,000 deep proxies cost. */
  #rows = $state.raw<readonly (ArticleListItem | undefined)[]>([]);
  /** Of what the rows are: the host's version of the list and the filter they were asked with. */
  #rowsOf = { version: '', filter: '' };
  #articles = $state(0);
  #tags = $state.raw<readonly string[]>([]);
  #trash = $state<TrashItem[]>([]);
  #loaded = $state(false);
  /** The rows the view shows (from its virtual list), fetched first. */
  #range = { first: 0, last: PAGE_SIZE };
  #pending = new Set<string>();
  /** Rows seen in any page: titles for the views that name an article by its ID. */
  #known = new Map<string, ArticleListItem>();
  /** Bumped when #known grows or changes, so what `find` answered is asked again. */
  #knownChanged = $state(0);
  /** Every article (articles:list), fetched only by views that offer them all (loadAll). */
  #all = $state.raw<readonly ArticleListItem[] | null>(null);
  #allVersion = '';
  #loadingAll: Promise<readonly ArticleListItem[]> | null = null;

  get sort(): SortKey {
    return this.#sort;
  }
  set sort(value: SortKey) {
    this.#sort = value;
    void this.#fetchInView();
  }
  get shelf(): Shelf {
    return this.#shelf;
  }
  set shelf(value: Shelf) {
    this.#shelf = value;
    void this.#fetchInView();
  }
  get tag(): string | null {
    return this.#tag;
  }
  set tag(value: string | null) {
    this.#tag = value;
    void this.#fetchInView();
  }
  get query(): string {
    return this.#query;
  }
  set query(value: string) {
    this.#query = value;
    void this.#fetchInView();
  }

  /** What the list shows, as the host filters and sorts it. */
  filter(): ArticleFilter {
    return { sort: this.#sort, shelf: this.#shelf, tag: this.#tag, query: this.#query };
  }

  /** The filtered list: one slot per article shown, undefined until its page arrives. */
  get visible(): readonly (ArticleListItem | undefined)[] {
    return this.#rows;
  }
  /** Articles in the library, whatever the filter. */
  get count(): number {
    return this.#articles;
  }
  /** Every tag in the library. */
  get tags(): readonly string[] {
    return this.#tags;
  }
  get trash(): readonly TrashItem[] {
    return this.#trash;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  /** Every article, once `loadAll` has fetched them (null before). */
  get all(): readonly ArticleListItem[] | null {
    return this.#all;
  }

  /** Asks the host again for the rows in view (after anything may have changed them). */
  async refresh(): Promise<void> {
    await this.#fetch(this.#range.first, this.#range.last, true);
    this.#loaded = true;
    if (this.#tag !== null && !this.#tags.includes(this.#tag)) this.tag = null;
  }

  /** The rows the view shows now: fetches those not here yet. */
  show(first: number, last: number): void {
    this.#range = { first, last: Math.max(first + 1, last) };
    if (this.#missing(first, last)) void this.#fetch(first, last, false);
  }

  /** Row `index`, fetched if it is not here yet. */
  async rowAt(index: number): Promise<ArticleListItem | undefined> {
    if (!this.#rows[index]) await this.#fetch(index, index + 1, false);
    return this.#rows[index];
  }

  /** Fetches every article, unless the list has not changed since the last time. */
  loadAll(): Promise<readonly ArticleListItem[]> {
    if (this.#all && this.#allVersion === this.#rowsOf.version) return Promise.resolve(this.#all);
    // One fetch at a time: a view's effects may ask again before the first answer.
    this.#loadingAll ??= (async () => {
      const version = this.#rowsOf.version;
      const all = await api['articles:list']({});
      for (const item of all) this.#known.set(item.id, item);
      this.#knownChanged++;
      this.#all = all;
      this.#allVersion = version;
      return all;
    })().finally(() => (this.#loadingAll = null));
    return this.#loadingAll;
  }

  async refreshTrash(): Promise<void> {
    this.#trash = await api['trash:list']({});
  }

  /** An article seen in any page or in `loadAll`'s list. */
  find(id: string): ArticleListItem | undefined {
    void this.#knownChanged;
    return this.#known.get(id);
  }

  /** Puts a changed row in place of the old one at once; the host's order follows. */
  replace(item: ArticleListItem): void {
    this.#known.set(item.id, item);
    this.#knownChanged++;
    const at = this.#rows.findIndex((a) => a?.id === item.id);
    if (at < 0) return;
    const rows = [...this.#rows];
    rows[at] = item;
    this.#rows = rows;
  }

  async rename(id: string, title: string): Promise<void> {
    this.replace(await api['articles:rename']({ id, title }));
    await this.refresh();
  }

  async setTags(id: string, tags: readonly string[]): Promise<void> {
    this.replace(await api['articles:setTags']({ id, tags: [...tags] }));
    await this.refresh();
  }

  async setFlags(id: string, flags: { archived?: boolean; favorite?: boolean }): Promise<void> {
    this.replace(await api['articles:setFlags']({ id, ...flags }));
    await this.refresh();
  }

  async moveToTrash(id: string): Promise<TrashItem> {
    const item = await api['articles:trash']({ id });
    this.#known.delete(id);
    await this.refresh();
    return item;
  }

  async restore(id: string): Promise<ArticleListItem> {
    const item = await api['trash:restore']({ id });
    this.#trash = this.#trash.filter((t) => t.id !== id);
    this.#known.set(item.id, item);
    await this.refresh();
    return item;
  }

  async emptyTrash(): Promise<number> {
    const { deleted } = await api['trash:empty']({});
    this.#trash = [];
    return deleted;
  }

  #missing(first: number, last: number): boolean {
    for (let i = first; i < Math.min(last, this.#rows.length); i++) if (!this.#rows[i]) return true;
    return false;
  }

  #fetchInView(): Promise<void> {
    return this.#fetch(this.#range.first, this.#range.last, true);
  }

  /** Asks for rows `first`..`last` rounded out to whole pages, in one call so they are of one
   * version; one such call at a time per window. */
  async #fetch(first: number, last: number, again: boolean): Promise<void> {
    const start = Math.floor(first / PAGE_SIZE) * PAGE_SIZE;
    const end = Math.min(start + MAX_WINDOW, Math.max(start + PAGE_SIZE, Math.ceil(last / PAGE_SIZE) * PAGE_SIZE));
    const filter = this.filter();
    const key = JSON.stringify([filter, start, end]);
    if (!again && this.#pending.has(key)) return;
    this.#pending.add(key);
    try {
      const page = await api['articles:page']({ ...filter, offset: start, limit: end - start });
      // An answer to a filter changed meanwhile is of no use: the newer one's answer follows.
      if (JSON.stringify(filter) === JSON.stringify(this.filter())) this.#take(page, JSON.stringify(filter));
    } finally {
      this.#pending.delete(key);
    }
  }

  /** Puts a page in its place; rows of another version or filter are dropped, and those in view
   * asked for again. */
  #take(page: ArticlePage, filter: string): void {
    const same = page.version === this.#rowsOf.version && filter === this.#rowsOf.filter && page.total === this.#rows.length;
    const rows = same ? [...this.#rows] : new Array<ArticleListItem | undefined>(page.total).fill(undefined);
    page.items.forEach((item, i) => {
      rows[page.offset + i] = item;
      this.#known.set(item.id, item);
    });
    this.#knownChanged++;
    this.#rowsOf = { version: page.version, filter };
    this.#rows = rows;
    this.#articles = page.articles;
    this.#tags = page.tags;
    if (same) return;
    // A shorter list (another filter) may end above the rows that were in view: the view then
    // shows its end, which is what to fetch.
    const span = this.#range.last - this.#range.first;
    const first = Math.max(0, Math.min(this.#range.first, page.total - span));
    if (this.#missing(first, first + span)) void this.#fetch(first, first + span, false);
  }
}

/** Tags typed as "a, b, c". */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t.length > 0))];
}

export const library = new LibraryState();

// The library list: articles, how they are sorted and filtered, and the edits made from it.
import type { ArticleListItem, TrashItem } from '../../../shared/types';
import { api } from './api';

export type SortKey = 'added' | 'published' | 'title';
export type Shelf = 'inbox' | 'favorites' | 'archived' | 'all';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(key: SortKey): (a: ArticleListItem, b: ArticleListItem) => number {
  switch (key) {
    case 'added':
      return (a, b) => b.added.localeCompare(a.added);
    case 'published':
      // Undated articles go last.
      return (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || b.added.localeCompare(a.added);
    case 'title':
      return (a, b) => collator.compare(a.title, b.title);
  }
}

function onShelf(shelf: Shelf, a: ArticleListItem): boolean {
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

export class LibraryState {
  // Raw: the list is only ever replaced, never changed in place, and 10,000 deep proxies cost.
  #articles = $state.raw<ArticleListItem[]>([]);
  #trash = $state<TrashItem[]>([]);
  #loaded = $state(false);
  sort = $state<SortKey>('added');
  shelf = $state<Shelf>('inbox');
  tag = $state<string | null>(null);
  query = $state('');

  readonly tags = $derived([...new Set(this.#articles.flatMap((a) => a.tags))].sort(collator.compare));

  readonly visible = $derived.by(() => {
    const q = this.query.trim().toLowerCase();
    return this.#articles
      .filter((a) => onShelf(this.shelf, a))
      .filter((a) => this.tag === null || a.tags.includes(this.tag))
      .filter((a) => !q || a.title.toLowerCase().includes(q) || (a.byline ?? '').toLowerCase().includes(q))
      .sort(compare(this.sort));
  });

  get articles(): readonly ArticleListItem[] {
    return this.#articles;
  }
  get trash(): readonly TrashItem[] {
    return this.#trash;
  }
  get loaded(): boolean {
    return this.#loaded;
  }

  async refresh(): Promise<void> {
    this.#articles = await api['articles:list']({});
    if (this.tag !== null && !this.tags.includes(this.tag)) this.tag = null;
    this.#loaded = true;
  }

  async refreshTrash(): Promise<void> {
    this.#trash = await api['trash:list']({});
  }

  find(id: string): ArticleListItem | undefined {
    return this.#articles.find((a) => a.id === id);
  }

  /** Puts a changed row in place of the old one. */
  replace(item: ArticleListItem): void {
    this.#articles = this.#articles.map((a) => (a.id === item.id ? item : a));
  }

  async rename(id: string, title: string): Promise<void> {
    this.replace(await api['articles:rename']({ id, title }));
  }

  async setTags(id: string, tags: readonly string[]): Promise<void> {
    this.replace(await api['articles:setTags']({ id, tags: [...tags] }));
  }

  async setFlags(id: string, flags: { archived?: boolean; favorite?: boolean }): Promise<void> {
    this.replace(await api['articles:setFlags']({ id, ...flags }));
  }

  async moveToTrash(id: string): Promise<TrashItem> {
    const item = await api['articles:trash']({ id });
    this.#articles = this.#articles.filter((a) => a.id !== id);
    return item;
  }

  async restore(id: string): Promise<ArticleListItem> {
    const item = await api['trash:restore']({ id });
    this.#trash = this.#trash.filter((t) => t.id !== id);
    this.#articles = [...this.#articles.filter((a) => a.id !== id), item];
    return item;
  }

  async emptyTrash(): Promise<number> {
    const { deleted } = await api['trash:empty']({});
    this.#trash = [];
    return deleted;
  }
}

/** Tags typed as "a, b, c". */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter((t) => t.length > 0))];
}

export const library = new LibraryState();

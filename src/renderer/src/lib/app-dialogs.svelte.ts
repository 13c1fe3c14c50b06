// The app-wide dialogs other than import's: the search palette, the list of shortcuts, and
// export with the sets of articles it offers from the view in hand.
import { api } from './api';
import type { ExportScope } from './export-options';
import { library } from './library.svelte';
import { notices } from './notices.svelte';
import { router } from './router.svelte';

export interface ArticleRef {
  readonly id: string;
  readonly title: string;
}

export class AppDialogs {
  searchOpen = $state(false);
  /** The words the palette opens with (a selection's "Search library"). */
  searchQuery = $state('');
  shortcutsOpen = $state(false);
  exportOpen = $state(false);
  /** The article an export was asked for from its library row, if any. */
  #exportArticle = $state<ArticleRef | null>(null);
  /** The IDs of the whole library and of the articles the library view shows, asked of the host
   * when the dialog opens (the view holds only the rows in sight). */
  #exportIds = $state.raw<{ all: readonly string[]; shown: readonly string[] }>({ all: [], shown: [] });

  /** This article (the reader's, or the row's), the articles shown (library), the whole library. */
  readonly exportScopes: readonly ExportScope[] = $derived.by(() => {
    const all: ExportScope = { key: 'all', label: 'The whole library', ids: this.#exportIds.all, all: true };
    const route = router.route;
    const one = route.view === 'reader' ? { id: route.id, title: library.find(route.id)?.title ?? 'This article' } : this.#exportArticle;
    const scopes: ExportScope[] = [];
    if (one) scopes.push({ key: 'this', label: `This article: “${one.title}”`, ids: [one.id], all: false });
    if (route.view === 'library') scopes.push({ key: 'shown', label: 'The articles shown', ids: this.#exportIds.shown, all: false });
    scopes.push(all);
    return scopes;
  });

  openSearch(query: string): void {
    this.searchQuery = query;
    this.searchOpen = true;
  }

  openExport(article: ArticleRef | null): void {
    this.#exportArticle = article;
    this.exportOpen = true;
    this.#exportIds = { all: [], shown: [] };
    const everything = { sort: 'added', shelf: 'all', tag: null, query: '' } as const;
    Promise.all([api['articles:ids'](everything), api['articles:ids'](library.filter())]).then(
      ([all, shown]) => {
        if (this.exportOpen) this.#exportIds = { all, shown };
      },
      (e: unknown) => notices.error(e),
    );
  }

  closeExport(): void {
    this.exportOpen = false;
    this.#exportArticle = null;
  }
}

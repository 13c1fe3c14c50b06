// Which view is showing, kept in the URL hash so a reload (or a relaunch) returns to it.
export type Route = { readonly view: 'library' } | { readonly view: 'trash' } | { readonly view: 'reader'; readonly id: string };

function parse(hash: string): Route {
  const reader = /^#\/read\/([0-9a-f]{16})$/.exec(hash);
  if (reader) return { view: 'reader', id: reader[1]! };
  if (hash === '#/trash') return { view: 'trash' };
  return { view: 'library' };
}

function format(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'trash':
      return '#/trash';
    case 'reader':
      return `#/read/${route.id}`;
  }
}

const LAST_ARTICLE = 'lectern.lastArticle';

export class Router {
  #route = $state<Route>(parse(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => (this.#route = parse(location.hash)));
  }

  get route(): Route {
    return this.#route;
  }

  /** Whether the app was opened without a view in its address (a plain start). */
  get isPlainStart(): boolean {
    return location.hash === '' || location.hash === '#';
  }

  /** The article last opened in the reader, if any. */
  get lastArticle(): string | null {
    return localStorage.getItem(LAST_ARTICLE);
  }

  go(route: Route): void {
    if (route.view === 'reader') localStorage.setItem(LAST_ARTICLE, route.id);
    const hash = format(route);
    if (location.hash !== hash) location.hash = hash;
    this.#route = route;
  }
}

export const router = new Router();

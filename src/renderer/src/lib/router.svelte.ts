// Which view is showing, kept in the URL hash so a reload (or a relaunch) returns to it.
import { ARTICLE_ID_PATTERN } from '../../../shared/contract';
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'trash' }
  | { readonly view: 'reader'; readonly id: string }
  /** A study session: one article's cards, or every due card when `articleId` is null. */
  | { readonly view: 'study'; readonly articleId: string | null }
  | { readonly view: 'cards' }
  | { readonly view: 'stats' }
  | { readonly view: 'settings' };

function parse(hash: string): Route {
  const reader = new RegExp(`^#/read/(${ARTICLE_ID_PATTERN})$`).exec(hash);
  if (reader) return { view: 'reader', id: reader[1]! };
  const study = new RegExp(`^#/study(?:/(${ARTICLE_ID_PATTERN}))?$`).exec(hash);
  if (study) return { view: 'study', articleId: study[1] ?? null };
  if (hash === '#/trash') return { view: 'trash' };
  if (hash === '#/cards') return { view: 'cards' };
  if (hash === '#/stats') return { view: 'stats' };
  if (hash === '#/settings') return { view: 'settings' };
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
    case 'study':
      return route.articleId ? `#/study/${route.articleId}` : '#/study';
    case 'cards':
      return '#/cards';
    case 'stats':
      return '#/stats';
    case 'settings':
      return '#/settings';
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

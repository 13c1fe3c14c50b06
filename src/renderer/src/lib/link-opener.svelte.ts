// Opening a link from an article or a note in the user's browser, never inside Lectern. In the
// desktop shell the main process asks with its own dialog; in the browser shell we ask here.
import { desktop } from './api';

export class LinkOpener {
  #pending = $state<string | null>(null);

  /** The link waiting for the user's yes, or null. */
  get pending(): string | null {
    return this.#pending;
  }

  request(url: string): void {
    if (!/^https?:\/\//i.test(url)) return;
    if (desktop !== null) window.open(url);
    else this.#pending = url;
  }

  confirm(): void {
    const url = this.#pending;
    this.#pending = null;
    if (url) window.open(url, '_blank', 'noopener,noreferrer');
  }

  cancel(): void {
    this.#pending = null;
  }
}

export const links = new LinkOpener();

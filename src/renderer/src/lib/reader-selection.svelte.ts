// The text selected in the article and what is done with it: highlighted, copied, searched
// for, or handed on as a one-paragraph range for a card. The selection is followed as it
// changes, except while an action runs or the toolbar's note editor holds it.
import type { HighlightColor } from '../../../shared/notes';
import { readSelection, type ArticleSelection } from '../reader/selection';
import type { ArticleHighlights } from './highlights.svelte';
import { notices } from './notices.svelte';

export type SelectionAction = 'highlight' | 'card' | 'search';

/** Words in a block: a card's source. */
export interface BlockRange {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

const SEARCH_CHARS = 200;

export class ReaderSelection {
  /** The article's blocks, where selections are read (bound by the article page). */
  body = $state<HTMLElement>();
  /** The note editor of the selection toolbar is open: the selection is held, not followed. */
  holding = $state(false);
  #current = $state<ArticleSelection | null>(null);
  #acting = $state(false);
  readonly #highlights: ArticleHighlights;
  readonly #scroller: () => HTMLElement | undefined;

  constructor(highlights: ArticleHighlights, scroller: () => HTMLElement | undefined) {
    this.#highlights = highlights;
    this.#scroller = scroller;
  }

  /** Where the selection toolbar sits: above the selection, inside the scrolling text (below
   * it near the top). */
  readonly toolbarAt = $derived.by(() => {
    const el = this.#scroller();
    const selection = this.#current;
    if (!selection || !el) return null;
    const box = el.getBoundingClientRect();
    const r = selection.rect;
    const top = r.top - box.top + el.scrollTop;
    const left = Math.min(box.width - 200, Math.max(200, r.left + r.width / 2 - box.left));
    const below = top + r.height + 10;
    return { top: top < el.scrollTop + 56 ? below : top - 48, left, below };
  });

  get current(): ArticleSelection | null {
    return this.#current;
  }
  /** An action on the selection is running (the toolbar is busy). */
  get acting(): boolean {
    return this.#acting;
  }

  /** Reads the selection again (the document's selection changed). */
  follow(): void {
    if (this.holding || this.#acting || !this.body) return;
    this.#current = readSelection(this.body);
  }

  clear(): void {
    this.#current = null;
    this.holding = false;
    document.getSelection()?.removeAllRanges();
  }

  /** The words to search the library for; with `anywhere`, also a selection outside the article. */
  searchText(anywhere = false): string {
    const text = this.#current?.text ?? (anywhere ? document.getSelection()?.toString() : '') ?? '';
    return text.trim().slice(0, SEARCH_CHARS);
  }

  /** Runs one action at a time; the selection is not followed meanwhile. */
  async act(task: () => Promise<void>): Promise<void> {
    if (this.#acting) return;
    this.#acting = true;
    try {
      await task();
    } catch (e) {
      notices.error(e);
    } finally {
      this.#acting = false;
    }
  }

  highlight(color: HighlightColor, note?: string): Promise<void> {
    const s = this.#current;
    if (!s) return Promise.resolve();
    return this.act(async () => {
      await this.#highlights.add({ startParagraph: s.start.paragraph, start: s.start.offset, endParagraph: s.end.paragraph, end: s.end.offset, color, ...(note ? { note } : {}) });
      this.clear();
    });
  }

  async copy(): Promise<void> {
    const s = this.#current;
    if (!s) return;
    try {
      await navigator.clipboard.writeText(s.text);
      notices.show('Copied.');
    } catch {
      document.execCommand('copy');
    }
  }

  /** The selection as words of one paragraph, for a card; null (and a notice) otherwise. A
   * triple-clicked paragraph ends at the start of the next block (its line break): that end is
   * taken back to the paragraph's own end. */
  cardRange(): BlockRange | null {
    const s = this.#current;
    if (!s) return null;
    const end = s.end.paragraph > s.start.paragraph && s.end.offset === 0 ? { paragraph: s.start.paragraph, offset: this.#blockLength(s.start.paragraph) } : s.end;
    if (end.paragraph !== s.start.paragraph) {
      notices.show('A card is made from one paragraph: select words inside a single paragraph.', { tone: 'error' });
      return null;
    }
    return { paragraph: s.start.paragraph, start: s.start.offset, end: end.offset };
  }

  /** The length of block `paragraph`'s text as the reader shows it. */
  #blockLength(paragraph: number): number {
    return this.body?.querySelector(`[data-paragraph="${paragraph}"]`)?.textContent?.length ?? 0;
  }
}

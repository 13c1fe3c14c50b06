// The reader's scrolling text: the reading position (saved as progress, restored on opening,
// kept when the text changes length) and bringing a block, a match or a mark into view.
import { tick } from 'svelte';
import type { ReaderState } from './reader.svelte';

export class ReaderScroll {
  /** The scrolling element, bound by the reader view. */
  el = $state<HTMLElement>();
  /** False until the saved position is back, so the first scroll events are not saved. */
  #restored = false;
  readonly #reader: ReaderState;

  constructor(reader: ReaderState) {
    this.#reader = reader;
  }

  /** Stops saving scroll events as progress until `restore` puts the position back. */
  hold(): void {
    this.#restored = false;
  }

  /** Puts the text at `progress` (0–1) of its length, or leaves it where it is (null), and
   * saves the position from the next frame on. */
  restore(progress: number | null): void {
    const el = this.el;
    if (!el) return;
    if (progress !== null) el.scrollTop = progress * (el.scrollHeight - el.clientHeight);
    requestAnimationFrame(() => (this.#restored = true));
  }

  onscroll(): void {
    const el = this.el;
    if (!el || !this.#restored) return;
    const range = el.scrollHeight - el.clientHeight;
    if (range > 0) this.#reader.setProgress(el.scrollTop / range);
  }

  /** Keeps the reading position when the text changes length (removed text shown or hidden). */
  async keepPosition(change: () => void): Promise<void> {
    const fraction = this.#reader.progress;
    this.hold();
    change();
    await tick();
    this.restore(fraction);
  }

  /** The element of block `paragraph`. */
  block(paragraph: number): HTMLElement | null {
    return this.el?.querySelector<HTMLElement>(`[data-paragraph="${paragraph}"]`) ?? null;
  }

  toParagraph(paragraph: number): void {
    this.block(paragraph)?.scrollIntoView({ block: 'center' });
  }

  /** A contents entry: the block at the top, focused so Tab goes on from there. */
  jumpTo(paragraph: number): void {
    const target = this.block(paragraph);
    target?.scrollIntoView({ block: 'start' });
    target?.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: true });
  }

  /** The find match in hand, if find shows matches. */
  toMatch(): void {
    if (!this.#reader.findOpen || !this.#reader.matchCount) return;
    this.el?.querySelector(`mark[data-match="${this.#reader.current}"]`)?.scrollIntoView({ block: 'center' });
  }

  /** The words flashed for a moment (a key point, a search result's words). */
  toFlash(): void {
    if (this.#reader.flash) this.el?.querySelector('[data-flash]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /** A card's source sentence. */
  toSource(): void {
    if (this.#reader.source) this.el?.querySelector('mark[data-source-sentence]')?.scrollIntoView({ block: 'center' });
  }

  /** A highlight's marks, outlined for a moment. */
  toHighlight(highlightId: string): void {
    const marks = [...(this.el?.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${highlightId}"]`) ?? [])];
    if (!marks.length) return;
    marks[0]!.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const m of marks) {
      m.classList.remove('pulse');
      void m.offsetWidth; // restarts the animation on a mark that still has it
      m.classList.add('pulse');
    }
  }
}

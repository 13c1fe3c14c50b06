// One open article: what the reader shows (kept blocks, and removed ones on demand), find in
// the article, and reading progress, saved a moment after scrolling stops.
import type { CardSource } from '../../../shared/study';
import type { ArticleDetail, Block, BlockType, Figure, Section } from '../../../shared/types';
import { api } from './api';
import { findOffsets } from './find';
import { minutesLeft } from './format';

const SAVE_DELAY_MS = 700;
const FLASH_MS = 2600;

/** What the reader may get beyond the core detail: a book's chapters, a page's figures and site. */
export type ReaderArticle = ArticleDetail & {
  readonly figures?: readonly Figure[];
  readonly sections?: readonly Section[];
  readonly siteName?: string | null;
};

export interface DisplayItem {
  readonly key: string;
  readonly kind: 'kept' | 'removed' | 'figure';
  readonly type: BlockType;
  readonly text: string;
  /** Why cleanup removed it; null for kept blocks. */
  readonly reason: string | null;
  /** Index of this item's first find match. */
  readonly firstMatch: number;
  /** The block's index in the clean text (what highlights and cards count in); null otherwise. */
  readonly paragraph: number | null;
  /** The kept block itself (level, list or quote style, links); null otherwise. */
  readonly block: Block | null;
  readonly figure: Figure | null;
}

/** The tabs of the study panel beside the article. */
export type PanelTab = 'cards' | 'summary' | 'highlights' | 'note';

/** Where a search result asks the reader to go: a block, the side tab to show, the words to flash. */
export interface Passage {
  readonly articleId: string;
  readonly paragraph: number | null;
  readonly tab: PanelTab | null;
  readonly query: string;
}

/** A span of one block shown for a moment (a summary key point). */
export interface Flash {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export class ReaderState {
  #article = $state<ReaderArticle | null>(null);
  #flashTimer: ReturnType<typeof setTimeout> | null = null;
  #error = $state<string | null>(null);
  #progress = $state(0);
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #savedProgress = 0;

  showRemoved = $state(false);
  /** A card's source sentence, highlighted in the text ("Show in article"). */
  source = $state<CardSource | null>(null);
  /** A key point's sentence, highlighted for a moment. */
  flash = $state<Flash | null>(null);
  findOpen = $state(false);
  /** A passage to go to once its article is open (from search); taken by the reader view. */
  #passage: Passage | null = null;
  query = $state('');
  #current = $state(0);

  readonly items: readonly DisplayItem[] = $derived.by(() => {
    const article = this.#article;
    if (!article) return [];
    type Raw = Omit<DisplayItem, 'firstMatch'>;
    const none = { paragraph: null, block: null, figure: null };
    const before = (index: number): Raw[] => [
      ...(article.figures ?? []).flatMap((figure, i) =>
        figure.before === index ? [{ key: `f${i}`, kind: 'figure' as const, type: 'paragraph' as const, text: '', reason: null, ...none, figure }] : [],
      ),
      ...(this.showRemoved
        ? article.removed.flatMap((r, i) =>
            r.before === index ? [{ key: `r${i}`, kind: 'removed' as const, type: 'paragraph' as const, text: r.text, reason: r.reason, ...none }] : [],
          )
        : []),
    ];
    const raw: Raw[] = [];
    article.blocks.forEach((block, index) => {
      raw.push(...before(index), { key: `b${index}`, kind: 'kept', type: block.type, text: block.text, reason: null, paragraph: index, block, figure: null });
    });
    raw.push(...before(article.blocks.length));
    const q = this.findOpen ? this.query : '';
    let count = 0;
    return raw.map((item) => {
      const firstMatch = count;
      count += q ? findOffsets(item.text, q).length : 0;
      return { ...item, firstMatch };
    });
  });

  readonly matchCount: number = $derived.by(() => {
    const q = this.findOpen ? this.query : '';
    return q ? this.items.reduce((n, item) => n + findOffsets(item.text, q).length, 0) : 0;
  });

  get article(): ReaderArticle | null {
    return this.#article;
  }
  get error(): string | null {
    return this.#error;
  }
  get progress(): number {
    return this.#progress;
  }
  get minutesLeft(): number {
    return this.#article ? minutesLeft(this.#article.words, this.#progress) : 0;
  }
  /** The current match, 0-based; meaningful only when matchCount > 0. */
  get current(): number {
    return this.matchCount ? Math.min(this.#current, this.matchCount - 1) : 0;
  }

  async open(id: string): Promise<void> {
    this.#error = null;
    this.#article = null;
    this.source = null;
    this.flash = null;
    try {
      const article = await api['articles:get']({ id });
      this.#article = article;
      this.#progress = article.progress;
      this.#savedProgress = article.progress;
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Records how far the reader is (0–1) and saves it once scrolling settles. */
  setProgress(progress: number): void {
    this.#progress = Math.min(1, Math.max(0, progress));
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves progress now if it changed (on leaving the article or the page). */
  async flush(): Promise<void> {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    const article = this.#article;
    const progress = Math.round(this.#progress * 10_000) / 10_000;
    if (!article || Math.abs(progress - this.#savedProgress) < 0.0005) return;
    this.#savedProgress = progress;
    await api['articles:setProgress']({ id: article.id, progress });
  }

  showSource(source: CardSource): void {
    this.source = source;
  }

  /** Highlights `text` inside block `paragraph` for a moment (the whole block if it is not there). */
  flashSentence(paragraph: number, text: string): void {
    const block = this.#article?.blocks[paragraph];
    if (!block) return;
    const span = locate(block.text, text);
    this.#showFlash({ paragraph, ...span });
  }

  /** Asks the reader to show a passage (the reader view takes it when that article is open). */
  goTo(passage: Passage): void {
    this.#passage = passage;
  }

  /** Takes the passage waiting for article `id`, if any. */
  takePassage(id: string): Passage | null {
    const passage = this.#passage;
    if (!passage || passage.articleId !== id) return null;
    this.#passage = null;
    return passage;
  }

  /** Highlights the first occurrence of `query` (or else of its longest word) in block
   * `paragraph` for a moment; the whole block if neither is there. */
  flashQuery(paragraph: number, query: string): void {
    const block = this.#article?.blocks[paragraph];
    if (!block) return;
    const words = [query.trim(), ...query.split(/\s+/).filter((w) => w.length > 1).sort((a, b) => b.length - a.length)];
    let span = { start: 0, end: block.text.length };
    for (const word of words) {
      const at = findOffsets(block.text, word)[0];
      if (at !== undefined) {
        span = { start: at, end: at + word.length };
        break;
      }
    }
    this.#showFlash({ paragraph, ...span });
  }

  #showFlash(flash: Flash): void {
    this.flash = flash;
    if (this.#flashTimer) clearTimeout(this.#flashTimer);
    this.#flashTimer = setTimeout(() => (this.flash = null), FLASH_MS);
  }

  openFind(): void {
    this.findOpen = true;
  }

  closeFind(): void {
    this.findOpen = false;
  }

  setQuery(query: string): void {
    this.query = query;
    this.#current = 0;
  }

  /** Moves to the next (+1) or previous (−1) match, wrapping around. */
  step(direction: 1 | -1): void {
    if (!this.matchCount) return;
    this.#current = (this.current + direction + this.matchCount) % this.matchCount;
  }
}

/** Where `sentence` is in `text`: exactly, else ignoring spacing and a trailing stray mark, else
 * by its opening words; the whole text when it cannot be found. */
function locate(text: string, sentence: string): { start: number; end: number } {
  const exact = text.indexOf(sentence);
  if (exact !== -1) return { start: exact, end: exact + sentence.length };
  const trimmed = sentence.replace(/\s+[.,;:]$/, '').trim();
  const loose = text.indexOf(trimmed);
  if (trimmed && loose !== -1) return { start: loose, end: loose + trimmed.length };
  const opening = trimmed.split(/\s+/).slice(0, 6).join(' ');
  const at = opening ? text.indexOf(opening) : -1;
  if (at === -1) return { start: 0, end: text.length };
  const stop = /[.!?]["”’)]?(\s|$)/g;
  stop.lastIndex = at + opening.length;
  const found = stop.exec(text);
  return { start: at, end: found ? found.index + found[0].trimEnd().length : text.length };
}

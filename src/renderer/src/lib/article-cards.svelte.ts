// One article's cards beside the reader: triage of new cards (keep, drop, edit, keep all) with
// undo, the kept cards with their schedule, the dropped ones (restorable), and regeneration.
import type { CardsOfArticle, StudyCard } from '../../../shared/study';
import { api } from './api';

export interface RegenerateReport {
  readonly added: number;
  readonly flagged: number;
  readonly removed: number;
}

export class ArticleCards {
  readonly articleId: string;
  #data = $state<CardsOfArticle | null>(null);
  #error = $state<string | null>(null);
  #undoable = $state(0);
  #droppedCards = $state<StudyCard[] | null>(null);

  readonly untriaged: readonly StudyCard[] = $derived(this.#data?.cards.filter((c) => c.status === 'untriaged') ?? []);
  readonly kept: readonly StudyCard[] = $derived(this.#data?.cards.filter((c) => c.status === 'kept') ?? []);

  constructor(articleId: string) {
    this.articleId = articleId;
  }

  get loaded(): boolean {
    return this.#data !== null;
  }
  get error(): string | null {
    return this.#error;
  }
  get dropped(): number {
    return this.#data?.dropped ?? 0;
  }
  /** Triage steps taken here that can be taken back. */
  get canUndo(): boolean {
    return this.#undoable > 0;
  }
  /** The dropped cards, once `showDropped` loaded them. */
  get droppedCards(): readonly StudyCard[] | null {
    return this.#droppedCards;
  }
  get unsupported(): string | null {
    return this.#data?.unsupported ?? null;
  }
  /** How many of the reader's decisions the library's card model learnt from (0 before any). */
  get learnedFrom(): number {
    return this.#data?.learnedFrom ?? 0;
  }

  async load(): Promise<void> {
    this.#error = null;
    try {
      this.#data = await api['cards:list']({ articleId: this.articleId });
      if (this.#droppedCards) this.#droppedCards = await api['cards:dropped']({ articleId: this.articleId });
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
    }
  }

  async keep(cardId: string): Promise<void> {
    this.#put(await api['cards:triage']({ articleId: this.articleId, type: 'keep', cardId }));
    this.#undoable++;
  }

  async drop(cardId: string): Promise<void> {
    this.#put(await api['cards:triage']({ articleId: this.articleId, type: 'drop', cardId }));
    this.#undoable++;
  }

  /** Saves the user's wording; an edited card is kept. */
  async edit(cardId: string, front: string, back: string, choices?: string[]): Promise<void> {
    this.#put(await api['cards:triage']({ articleId: this.articleId, type: 'edit', cardId, front, back, ...(choices ? { choices } : {}) }));
    this.#undoable++;
  }

  async keepAll(): Promise<number> {
    const { kept } = await api['cards:keepAll']({ articleId: this.articleId });
    if (kept > 0) this.#undoable++;
    await this.load();
    return kept;
  }

  /** Takes back the latest triage step; returns the IDs of the cards that came back. */
  async undo(): Promise<string[]> {
    if (this.#undoable === 0) return [];
    try {
      const { cards, canUndo } = await api['cards:undoTriage']({ articleId: this.articleId });
      this.#undoable = canUndo ? this.#undoable - 1 : 0;
      await this.load();
      return cards.map((c) => c.id);
    } catch (error) {
      this.#undoable = 0;
      throw error;
    }
  }

  /** Loads (or hides, when `open` is false) the list of dropped cards. */
  async showDropped(open: boolean): Promise<void> {
    this.#droppedCards = open ? await api['cards:dropped']({ articleId: this.articleId }) : null;
  }

  /** Brings a dropped card back into study. */
  async restore(cardId: string): Promise<void> {
    await api['cards:triage']({ articleId: this.articleId, type: 'keep', cardId });
    this.#undoable++;
    await this.load();
  }

  async regenerate(): Promise<RegenerateReport> {
    const { cards, added, flagged, removed } = await api['cards:regenerate']({ articleId: this.articleId });
    this.#data = cards;
    return { added, flagged, removed };
  }

  #put(card: StudyCard): void {
    const data = this.#data;
    if (!data) return;
    if (card.status === 'dropped') {
      this.#data = { ...data, cards: data.cards.filter((c) => c.id !== card.id), dropped: data.dropped + 1 };
    } else {
      this.#data = { ...data, cards: data.cards.map((c) => (c.id === card.id ? card : c)) };
    }
  }
}

export function describeRegenerate(r: RegenerateReport): string {
  const parts = [`${r.added} added`, `${r.flagged} flagged (source changed)`, `${r.removed} removed`];
  return `Cards regenerated: ${parts.join(', ')}.`;
}

// One article's cards beside the reader: triage of new cards (keep, drop, edit, keep all),
// then the kept cards with their schedule, and regeneration.
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
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
    }
  }

  async keep(cardId: string): Promise<void> {
    this.#put(await api['cards:triage']({ articleId: this.articleId, type: 'keep', cardId }));
  }

  async drop(cardId: string): Promise<void> {
    this.#put(await api['cards:triage']({ articleId: this.articleId, type: 'drop', cardId }));
  }

  /** Saves the user's wording; an edited card is kept. */
  async edit(cardId: string, front: string, back: string): Promise<void> {
    this.#put(await api['cards:triage']({ articleId: this.articleId, type: 'edit', cardId, front, back }));
  }

  async keepAll(): Promise<number> {
    const { kept } = await api['cards:keepAll']({ articleId: this.articleId });
    await this.load();
    return kept;
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

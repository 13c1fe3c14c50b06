// The card browser: cards across the library that pass the filters, a page at a time, and the
// edits made from it (front/back, suspend, flag, delete, regenerate an article's cards).
import type { CardFilter, CardKind, CardStateName, StudyCard } from '../../../shared/study';
import { api } from './api';
import type { RegenerateReport } from './article-cards.svelte';

export const PAGE_SIZE = 50;

export type Toggle = 'due' | 'suspended' | 'leech' | 'flagged' | 'untriaged' | 'dropped';
export const TOGGLES: readonly { value: Toggle; label: string }[] = [
  { value: 'due', label: 'Due' },
  { value: 'untriaged', label: 'Untriaged' },
  { value: 'suspended', label: 'Suspended' },
  { value: 'leech', label: 'Leeches' },
  { value: 'flagged', label: 'Flagged' },
  { value: 'dropped', label: 'Dropped' },
];

export class CardBrowserState {
  articleId = $state('');
  kind = $state<CardKind | ''>('');
  state = $state<CardStateName | ''>('');
  text = $state('');
  toggles = $state<Record<Toggle, boolean>>({ due: false, suspended: false, leech: false, flagged: false, untriaged: false, dropped: false });
  page = $state(0);
  #cards = $state<StudyCard[]>([]);
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #request = 0;

  readonly pages = $derived(Math.max(1, Math.ceil(this.#cards.length / PAGE_SIZE)));
  readonly visible = $derived(this.#cards.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE));

  get cards(): readonly StudyCard[] {
    return this.#cards;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get error(): string | null {
    return this.#error;
  }

  filter(): CardFilter {
    const text = this.text.trim();
    return {
      ...(this.articleId && { articleId: this.articleId }),
      ...(this.kind && { kind: this.kind }),
      ...(this.state && { state: this.state }),
      ...(text && { text }),
      ...Object.fromEntries(Object.entries(this.toggles).filter(([, on]) => on)),
    };
  }

  async search(filter: CardFilter): Promise<void> {
    const request = ++this.#request;
    try {
      const cards = await api['cards:browse']({ ...filter });
      if (request !== this.#request) return;
      this.#cards = cards;
      this.#error = null;
      this.page = Math.min(this.page, Math.max(0, Math.ceil(cards.length / PAGE_SIZE) - 1));
    } catch (error) {
      if (request === this.#request) this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      if (request === this.#request) this.#loaded = true;
    }
  }

  /** `choices`: a multiple-choice card's edited options (`back` is one of them). */
  async edit(card: StudyCard, front: string, back: string, choices?: string[]): Promise<void> {
    this.#put(await api['cards:edit']({ articleId: card.articleId, cardId: card.id, front, back, ...(choices ? { choices } : {}) }));
  }

  async setSuspended(card: StudyCard, suspended: boolean): Promise<void> {
    this.#put(await api['cards:setSuspended']({ articleId: card.articleId, cardId: card.id, suspended }));
  }

  async setFlagged(card: StudyCard, flagged: boolean): Promise<void> {
    this.#put(await api['cards:setFlagged']({ articleId: card.articleId, cardId: card.id, flagged }));
  }

  /** Brings a dropped card back into study (it leaves the Dropped filter's list). */
  async restore(card: StudyCard): Promise<void> {
    await api['cards:triage']({ articleId: card.articleId, type: 'keep', cardId: card.id });
    this.#cards = this.#cards.filter((c) => c.id !== card.id);
  }

  async remove(card: StudyCard): Promise<void> {
    await api['cards:delete']({ articleId: card.articleId, cardId: card.id });
    this.#cards = this.#cards.filter((c) => c.id !== card.id);
  }

  async regenerate(articleId: string): Promise<RegenerateReport> {
    const { added, flagged, removed } = await api['cards:regenerate']({ articleId });
    await this.search(this.filter());
    return { added, flagged, removed };
  }

  #put(card: StudyCard): void {
    this.#cards = this.#cards.map((c) => (c.id === card.id ? card : c));
  }
}

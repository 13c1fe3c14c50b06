// The card browser: cards across the library that pass the filters, sorted by a column, a
// selection with bulk actions (one `cards:bulk` call each), and the edits made from the side
// pane (front/back, flag, restore, regenerate an article's cards).
import { sortCards, type CardSort, type CardSortKey } from '../../../shared/card-sort';
import { CARD_FILTER_TOGGLES, type BulkAction, type BulkResult, type CardFilter, type CardFilterToggle, type CardKind, type CardStateName, type StudyCard } from '../../../shared/study';
import { api } from './api';
import type { RegenerateReport } from './article-cards.svelte';
import { TableSelection } from './table-selection.svelte';

export type Toggle = CardFilterToggle;
export const TOGGLES: readonly { value: Toggle; label: string; title: string }[] = [
  { value: 'due', label: 'Due', title: 'What Study all due would show now: due cards and today’s new cards (the header’s count)' },
  { value: 'untriaged', label: 'Untriaged', title: 'Cards not yet kept or dropped' },
  { value: 'suspended', label: 'Suspended', title: 'Cards left out of study' },
  { value: 'leech', label: 'Leeches', title: 'Cards forgotten again and again' },
  { value: 'flagged', label: 'Flagged', title: 'Cards marked for a look' },
  { value: 'dropped', label: 'Dropped', title: 'Deleted and dropped cards' },
];

export class CardBrowserState {
  articleId = $state('');
  kind = $state<CardKind | ''>('');
  state = $state<CardStateName | ''>('');
  text = $state('');
  toggles = $state(Object.fromEntries(CARD_FILTER_TOGGLES.map((t) => [t, false])) as Record<Toggle, boolean>);
  sort = $state<CardSort | null>(null);
  readonly selection = new TableSelection();
  #cards = $state<StudyCard[]>([]);
  #loaded = $state(false);
  #error = $state<string | null>(null);
  #request = 0;

  readonly #titleOf: (articleId: string) => string;

  constructor(titleOf: (articleId: string) => string) {
    this.#titleOf = titleOf;
  }

  /** The cards in table order. */
  readonly rows = $derived(this.sort ? sortCards(this.#cards, this.sort, (id) => this.#titleOf(id)) : this.#cards);
  readonly rowIds = $derived(this.rows.map((c) => c.id));
  /** The card under the cursor: what the side pane shows. */
  readonly current = $derived(this.rows[this.selection.cursor] ?? null);

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

  /** A header click: sort by the column, or reverse it when it is already the sort. */
  sortBy(key: CardSortKey): void {
    const cursorId = this.current?.id ?? null;
    this.sort = this.sort?.key === key ? { key, direction: this.sort.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' };
    this.selection.retain(this.rowIds, cursorId);
  }

  async search(filter: CardFilter): Promise<void> {
    const request = ++this.#request;
    try {
      const cards = await api['cards:browse']({ ...filter });
      if (request !== this.#request) return;
      const cursorId = this.current?.id ?? null;
      this.#cards = cards;
      this.#error = null;
      this.selection.retain(this.rowIds, cursorId);
    } catch (error) {
      if (request === this.#request) this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      if (request === this.#request) this.#loaded = true;
    }
  }

  /** The action on every selected card, then the list again (cards may leave the filter). */
  async bulk(action: BulkAction): Promise<BulkResult> {
    const cardIds = this.rowIds.filter((id) => this.selection.has(id));
    const result = await api['cards:bulk']({ cardIds, action: action.type === 'tag' ? { ...action, add: [...action.add], remove: [...action.remove] } : action });
    await this.search(this.filter());
    return result;
  }

  /** `choices`: a multiple-choice card's edited options (`back` is one of them). */
  async edit(card: StudyCard, front: string, back: string, choices?: string[]): Promise<void> {
    this.#put(await api['cards:edit']({ articleId: card.articleId, cardId: card.id, front, back, ...(choices ? { choices } : {}) }));
  }

  async setFlagged(card: StudyCard, flagged: boolean): Promise<void> {
    this.#put(await api['cards:setFlagged']({ articleId: card.articleId, cardId: card.id, flagged }));
  }

  /** Brings a dropped card back into study (it leaves the Dropped filter's list). */
  async restore(card: StudyCard): Promise<void> {
    await api['cards:triage']({ articleId: card.articleId, type: 'keep', cardId: card.id });
    await this.search(this.filter());
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

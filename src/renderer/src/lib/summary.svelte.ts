// One article's summary note: generated, or the reader's edit (kept by the backend over
// regenerations), with "reset to generated".
import type { ApiArgs } from '../../../shared/contract';
import type { Summary, SummaryView } from '../../../shared/notes';
import { api } from './api';

export class ArticleSummary {
  readonly articleId: string;
  #view = $state<SummaryView | null>(null);
  #error = $state<string | null>(null);

  constructor(articleId: string) {
    this.articleId = articleId;
  }

  get view(): SummaryView | null {
    return this.#view;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#view = await api['summary:get']({ articleId: this.articleId });
      this.#error = null;
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
    }
  }

  async save(summary: Summary): Promise<void> {
    this.#view = await api['summary:edit']({ articleId: this.articleId, summary: $state.snapshot(summary) as ApiArgs<'summary:edit'>['summary'] });
  }

  async reset(): Promise<void> {
    this.#view = await api['summary:reset']({ articleId: this.articleId });
  }
}

/** True when nothing at all was found to sum up. */
export function isEmptySummary(s: Summary): boolean {
  return !s.keyPoints.length && !s.people.length && !s.organizations.length && !s.places.length && !s.timeline.length && !s.numbers.length;
}

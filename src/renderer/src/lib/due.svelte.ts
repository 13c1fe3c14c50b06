// The global count of cards due now, for the header's "Study all due" badge.
import { api } from './api';

export class DueCounts {
  #total = $state(0);
  #byArticle = $state<Readonly<Record<string, number>>>({});

  get total(): number {
    return this.#total;
  }

  of(articleId: string): number {
    return this.#byArticle[articleId] ?? 0;
  }

  async refresh(): Promise<void> {
    const counts = await api['study:dueCounts']({});
    this.#total = counts.total;
    this.#byArticle = counts.byArticle;
  }
}

export const due = new DueCounts();

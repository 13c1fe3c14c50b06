// What the header's study badge counts: the cards a "study all due" session would show now
// (`study:queue` — new cards within today's limit, learning and review cards), plus the raw
// backlog of due learning and review cards (`study:dueCounts`). Both ask core/study/due.ts what
// is due; the card browser's Due filter lists exactly the queue's cards, so it shows this count.
import type { StudyQueueView } from '../../../shared/study';
import { api } from './api';

export class DueCounts {
  #total = $state(0);
  #byArticle = $state<Readonly<Record<string, number>>>({});
  #queue = $state<StudyQueueView['counts']>({ new: 0, learning: 0, review: 0 });

  /** Learning and review cards due today (new cards not counted). */
  get total(): number {
    return this.#total;
  }

  /** What a session of all due cards would go through now, new cards included. */
  get toStudy(): StudyQueueView['counts'] & { readonly total: number } {
    const q = this.#queue;
    return { ...q, total: q.new + q.learning + q.review };
  }

  of(articleId: string): number {
    return this.#byArticle[articleId] ?? 0;
  }

  async refresh(): Promise<void> {
    const [counts, queue] = await Promise.all([api['study:dueCounts']({}), api['study:queue']({})]);
    this.#total = counts.total;
    this.#byArticle = counts.byArticle;
    this.#queue = queue.counts;
  }
}

export const due = new DueCounts();

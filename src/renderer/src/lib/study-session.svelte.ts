// A study session: the queue from the host, the card in front of the user, reveal, grading
// (by button or, for choice cards, by answer), undo, and what was done so far. The queue is
// fetched again after every grade, since learning steps can bring a card back.
import type { Grade, GradeOutcome, StudyQueueView } from '../../../shared/study';
import { api } from './api';

export type QueueItem = StudyQueueView['cards'][number];

export interface ChoiceAnswer {
  readonly choice: number;
  readonly correct: boolean;
}

export class StudySession {
  readonly articleId: string | null;
  #view = $state<StudyQueueView | null>(null);
  #current = $state<QueueItem | null>(null);
  #revealed = $state(false);
  #answer = $state<ChoiceAnswer | null>(null);
  #leech = $state<string | null>(null);
  #error = $state<string | null>(null);
  #grades = $state<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 });
  #history: Grade[] = [];
  #canUndo = $state(false);
  #busy = $state(false);
  /** The operation in progress (a grade, a fetch): an undo pressed meanwhile waits for it. */
  #running: Promise<void> = Promise.resolve();
  #shownAt = 0;
  #startedAt = Date.now();

  constructor(articleId: string | null) {
    this.articleId = articleId;
  }

  get loaded(): boolean {
    return this.#view !== null;
  }
  get current(): QueueItem | null {
    return this.#current;
  }
  get revealed(): boolean {
    return this.#revealed;
  }
  get answer(): ChoiceAnswer | null {
    return this.#answer;
  }
  get leech(): string | null {
    return this.#leech;
  }
  get error(): string | null {
    return this.#error;
  }
  get busy(): boolean {
    return this.#busy;
  }
  get canUndo(): boolean {
    return this.#canUndo && !this.#busy;
  }
  get grades(): Readonly<Record<Grade, number>> {
    return this.#grades;
  }
  get done(): number {
    return this.#grades[1] + this.#grades[2] + this.#grades[3] + this.#grades[4];
  }
  get counts(): StudyQueueView['counts'] {
    return this.#view?.counts ?? { new: 0, learning: 0, review: 0 };
  }
  /** Cards held until tomorrow because a card of the same sentence (a sibling) was studied
   * today or comes first in this session. */
  get held(): number {
    return this.#view?.buried ?? 0;
  }
  /** Cards still to see (the one in front included, until it is answered). */
  get remaining(): number {
    const { new: n, learning, review } = this.counts;
    return this.#answer ? Math.max(0, n + learning + review - 1) : n + learning + review;
  }
  get finished(): boolean {
    return this.loaded && this.#current === null;
  }
  get elapsedMs(): number {
    return Date.now() - this.#startedAt;
  }

  async start(): Promise<void> {
    await this.#run(() => this.#fetch());
  }

  reveal(): void {
    if (this.#current && this.#current.card.kind !== 'choice' && !this.#busy) this.#revealed = true;
  }

  async grade(grade: Grade): Promise<void> {
    const item = this.#current;
    if (!item || !this.#revealed || this.#answer || this.#busy) return;
    await this.#run(async () => {
      const reviewAt = this.#view?.reviewAt;
      const outcome = await api['study:grade']({ articleId: item.card.articleId, cardId: item.card.id, grade, durationMs: this.#duration(), ...(reviewAt ? { reviewAt } : {}) });
      this.#record(outcome);
      await this.#fetch();
    });
  }

  /** Answers a choice card by option index; the host grades it (right → Good, wrong → Again). */
  async choose(choice: number): Promise<void> {
    const item = this.#current;
    if (!item || item.card.kind !== 'choice' || this.#answer || this.#busy) return;
    if (choice < 0 || choice >= (item.card.choices?.length ?? 0)) return;
    await this.#run(async () => {
      const outcome = await api['study:answerChoice']({ articleId: item.card.articleId, cardId: item.card.id, choice, durationMs: this.#duration() });
      this.#record(outcome);
      this.#answer = { choice, correct: outcome.correct };
      this.#revealed = true;
    });
  }

  /** After an answered choice card: on to the next card. */
  async next(): Promise<void> {
    if (!this.#answer || this.#busy) return;
    await this.#run(() => this.#fetch());
  }

  /** Takes back the last grade; that card is shown again. Pressed while the grade is still
   * being saved or the next card fetched, it waits for that instead of being lost. */
  async undo(): Promise<void> {
    if (this.#busy) await this.#running;
    if (!this.canUndo) return;
    await this.#run(async () => {
      const card = await api['study:undo']({});
      const last = this.#history.pop();
      if (last) this.#grades = { ...this.#grades, [last]: Math.max(0, this.#grades[last] - 1) };
      this.#leech = null;
      await this.#fetch(card.id);
    });
  }

  async #fetch(preferId?: string): Promise<void> {
    const view = await api['study:queue'](this.articleId ? { articleId: this.articleId } : {});
    this.#view = view;
    this.#canUndo = view.canUndo;
    this.#current = view.cards.find((c) => c.card.id === preferId) ?? view.cards[0] ?? null;
    this.#revealed = false;
    this.#answer = null;
    this.#shownAt = performance.now();
  }

  #record(outcome: GradeOutcome): void {
    this.#grades = { ...this.#grades, [outcome.grade]: this.#grades[outcome.grade] + 1 };
    this.#history.push(outcome.grade);
    this.#leech = outcome.leech;
    this.#canUndo = true;
  }

  #duration(): number {
    return Math.min(86_400_000, Math.max(0, Math.round(performance.now() - this.#shownAt)));
  }

  async #run(task: () => Promise<void>): Promise<void> {
    this.#busy = true;
    this.#error = null;
    const running = (async () => {
      try {
        await task();
      } catch (error) {
        this.#error = error instanceof Error ? error.message : String(error);
      } finally {
        this.#busy = false;
      }
    })();
    this.#running = running;
    await running;
  }
}

// The search palette's state: the query, results fetched a moment after typing stops (an answer
// to an older query is dropped), and which result the arrow keys are on.
import type { SearchResult } from '../../../shared/types';
import { api } from './api';

const DEBOUNCE_MS = 150;
const LIMIT = 50;

export type SearchKind = SearchResult['kind'];

export const KIND_LABELS: Readonly<Record<SearchKind, string>> = { text: 'Text', note: 'Note', highlight: 'Highlight', card: 'Card' };

/** A snippet cut into plain and marked runs (marks sorted, clipped and merged). */
export function snippetRuns(snippet: string, marks: SearchResult['marks']): { text: string; marked: boolean }[] {
  const sorted = [...marks].map(([s, e]) => [Math.max(0, s), Math.min(snippet.length, e)] as const).filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const runs: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (e <= at) continue;
    const start = Math.max(s, at);
    if (start > at) runs.push({ text: snippet.slice(at, start), marked: false });
    runs.push({ text: snippet.slice(start, e), marked: true });
    at = e;
  }
  if (at < snippet.length) runs.push({ text: snippet.slice(at), marked: false });
  return runs;
}

export class SearchState {
  #query = $state('');
  #results = $state<readonly SearchResult[]>([]);
  #active = $state(0);
  #busy = $state(false);
  #error = $state<string | null>(null);
  /** The query the shown results answer (null before any answer). */
  #answered = $state<string | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #asked = 0;

  get query(): string {
    return this.#query;
  }
  get results(): readonly SearchResult[] {
    return this.#results;
  }
  get active(): number {
    return Math.min(this.#active, Math.max(0, this.#results.length - 1));
  }
  get busy(): boolean {
    return this.#busy;
  }
  get error(): string | null {
    return this.#error;
  }
  get answered(): string | null {
    return this.#answered;
  }

  /** Sets the query; results follow once typing pauses (at once when `now`). */
  setQuery(query: string, now = false): void {
    this.#query = query;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (!query.trim()) {
      this.#asked++;
      this.#results = [];
      this.#answered = null;
      this.#busy = false;
      this.#error = null;
      return;
    }
    this.#busy = true;
    if (now) void this.#run(query);
    else this.#timer = setTimeout(() => void this.#run(query), DEBOUNCE_MS);
  }

  async #run(query: string): Promise<void> {
    const ask = ++this.#asked;
    try {
      const results = await api['search:query']({ query: query.trim(), limit: LIMIT });
      if (ask !== this.#asked) return;
      this.#results = results;
      this.#active = 0;
      this.#error = null;
      this.#answered = query;
    } catch (e) {
      if (ask !== this.#asked) return;
      // Stop on the index build: the next search starts it again.
      this.#error = e instanceof Error && e.name === 'CancelledError' ? 'Stopped building the search index; search again to build it.' : e instanceof Error ? e.message : String(e);
      this.#results = [];
    } finally {
      if (ask === this.#asked) this.#busy = false;
    }
  }

  move(step: number): void {
    const n = this.#results.length;
    if (n) this.#active = (this.active + step + n) % n;
  }

  select(index: number): void {
    this.#active = index;
  }
}

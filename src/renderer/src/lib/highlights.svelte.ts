// One article's highlights: listed in the Highlights tab and painted in the text, block by block.
import type { HighlightColor, HighlightView } from '../../../shared/notes';
import type { PaintedHighlight } from './find';
import { api } from './api';

export interface NewHighlight {
  readonly startParagraph: number;
  readonly start: number;
  readonly endParagraph: number;
  readonly end: number;
  readonly color: HighlightColor;
  readonly note?: string;
}

export class ArticleHighlights {
  readonly articleId: string;
  #list = $state<HighlightView[]>([]);
  #loaded = $state(false);
  #error = $state<string | null>(null);

  /** What to paint in each block, oldest first so newer highlights lie on top. */
  readonly byParagraph: ReadonlyMap<number, readonly PaintedHighlight[]> = $derived.by(() => {
    const map = new Map<number, PaintedHighlight[]>();
    const ordered = [...this.#list].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const h of ordered) {
      if (h.anchor.status !== 'anchored') continue;
      for (const r of h.anchor.ranges) {
        const list = map.get(r.paragraph) ?? [];
        list.push({ id: h.id, color: h.color, start: r.start, end: r.end });
        map.set(r.paragraph, list);
      }
    }
    return map;
  });

  constructor(articleId: string) {
    this.articleId = articleId;
  }

  get list(): readonly HighlightView[] {
    return this.#list;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      this.#list = await api['highlights:list']({ articleId: this.articleId });
      this.#error = null;
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      this.#loaded = true;
    }
  }

  async add(range: NewHighlight): Promise<HighlightView> {
    const made = await api['highlights:add']({ articleId: this.articleId, ...range });
    this.#list = [...this.#list, made];
    return made;
  }

  async update(id: string, change: { color?: HighlightColor; note?: string; tags?: string[] }): Promise<void> {
    const updated = await api['highlights:update']({ articleId: this.articleId, id, ...change });
    this.#list = this.#list.map((h) => (h.id === id ? updated : h));
  }

  async remove(id: string): Promise<HighlightView | undefined> {
    const gone = this.#list.find((h) => h.id === id);
    await api['highlights:delete']({ articleId: this.articleId, id });
    this.#list = this.#list.filter((h) => h.id !== id);
    return gone;
  }
}

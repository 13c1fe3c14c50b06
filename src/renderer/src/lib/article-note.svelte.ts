// The reader's free Markdown note on an article, saved a moment after typing stops and on leaving.
import { api } from './api';

const SAVE_DELAY_MS = 600;

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export class ArticleNoteState {
  readonly articleId: string;
  #markdown = $state('');
  #loaded = $state(false);
  #status = $state<SaveStatus>('idle');
  #error = $state<string | null>(null);
  #saved = '';
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(articleId: string) {
    this.articleId = articleId;
  }

  get markdown(): string {
    return this.#markdown;
  }
  get loaded(): boolean {
    return this.#loaded;
  }
  get status(): SaveStatus {
    return this.#status;
  }
  get error(): string | null {
    return this.#error;
  }

  async load(): Promise<void> {
    try {
      const note = await api['notes:get']({ articleId: this.articleId });
      this.#markdown = note.markdown;
      this.#saved = note.markdown;
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      this.#loaded = true;
    }
  }

  edit(markdown: string): void {
    this.#markdown = markdown;
    this.#status = 'pending';
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Saves now if there is anything unsaved. */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const markdown = this.#markdown;
    if (!this.#loaded || markdown === this.#saved) {
      if (this.#status === 'pending') this.#status = 'saved';
      return;
    }
    this.#status = 'saving';
    try {
      await api['notes:set']({ articleId: this.articleId, markdown });
      this.#saved = markdown;
      this.#error = null;
      this.#status = this.#markdown === markdown ? 'saved' : 'pending';
    } catch (error) {
      this.#error = error instanceof Error ? error.message : String(error);
      this.#status = 'error';
    }
  }
}

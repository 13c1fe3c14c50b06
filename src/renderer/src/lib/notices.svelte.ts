// Short messages at the foot of the window ("Moved to trash — Undo"), and the one-time notices
// of store recoveries and of article folders the library had to leave out.
import type { AttentionItem, Recovery } from '../../../shared/types';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  readonly action?: NoticeAction | undefined;
}

export class Notices {
  #items = $state<Notice[]>([]);
  #recoveries = $state<Recovery[]>([]);
  #attention = $state<AttentionItem[]>([]);
  #next = 1;

  get items(): readonly Notice[] {
    return this.#items;
  }
  get recoveries(): readonly Recovery[] {
    return this.#recoveries;
  }
  /** Article folders the library had to leave out (library:needsAttention). */
  get attention(): readonly AttentionItem[] {
    return this.#attention;
  }

  show(message: string, options: { tone?: Notice['tone']; action?: NoticeAction; ms?: number } = {}): number {
    const id = this.#next++;
    this.#items = [...this.#items.slice(-3), { id, message, tone: options.tone ?? 'info', action: options.action }];
    setTimeout(() => this.dismiss(id), options.ms ?? (options.action ? 8000 : 5000));
    return id;
  }

  error(error: unknown): void {
    this.show(error instanceof Error ? error.message : String(error), { tone: 'error', ms: 9000 });
  }

  dismiss(id: number): void {
    this.#items = this.#items.filter((n) => n.id !== id);
  }

  setRecoveries(recoveries: readonly Recovery[]): void {
    this.#recoveries = [...recoveries];
  }

  dismissRecoveries(): void {
    this.#recoveries = [];
  }

  setAttention(items: readonly AttentionItem[]): void {
    this.#attention = [...items];
  }

  dismissAttention(): void {
    this.#attention = [];
  }
}

export const notices = new Notices();

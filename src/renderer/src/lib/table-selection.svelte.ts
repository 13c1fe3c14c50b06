// Selection in a table of rows by ID, as file managers do it: a click selects one row, Shift
// extends from the anchor, Ctrl/Cmd toggles one, Ctrl+A takes every row shown. The cursor is
// the row the keyboard is on (and the card the side pane shows).
import { SvelteSet } from 'svelte/reactivity';

export class TableSelection {
  readonly ids = new SvelteSet<string>();
  #cursor = $state(-1);
  #anchor = -1;

  get cursor(): number {
    return this.#cursor;
  }
  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** A click on row `index` of `rows`, with the modifiers held. */
  click(rows: readonly string[], index: number, { shift = false, toggle = false } = {}): void {
    const id = rows[index];
    if (id === undefined) return;
    if (shift && this.#anchor >= 0) {
      if (!toggle) this.ids.clear();
      this.#addRange(rows, this.#anchor, index);
    } else if (toggle) {
      if (this.ids.has(id)) this.ids.delete(id);
      else this.ids.add(id);
      this.#anchor = index;
    } else {
      this.ids.clear();
      this.ids.add(id);
      this.#anchor = index;
    }
    this.#cursor = index;
  }

  /** Moves the cursor by `delta` rows; with `extend`, the selection runs from the anchor to it. */
  move(rows: readonly string[], delta: number, extend = false): void {
    if (rows.length === 0) return;
    const from = this.#cursor < 0 ? (delta >= rows.length ? rows.length - 1 : 0) : this.#cursor + delta;
    const next = Math.max(0, Math.min(rows.length - 1, from));
    if (extend) {
      if (this.#anchor < 0) this.#anchor = Math.max(0, this.#cursor);
      this.ids.clear();
      this.#addRange(rows, this.#anchor, next);
    }
    this.#cursor = next;
  }

  /** Space: the cursor's row in or out of the selection. */
  toggleCursor(rows: readonly string[]): void {
    if (this.#cursor < 0) this.#cursor = 0;
    this.click(rows, this.#cursor, { toggle: true });
  }

  selectAll(rows: readonly string[]): void {
    for (const id of rows) this.ids.add(id);
  }

  clear(): void {
    this.ids.clear();
  }

  /** After the rows changed (a new filter or sort): drops what is no longer shown and keeps
   * the cursor on the same card where it can. */
  retain(rows: readonly string[], cursorId: string | null): void {
    const shown = new Set(rows);
    for (const id of [...this.ids]) if (!shown.has(id)) this.ids.delete(id);
    const at = cursorId === null ? -1 : rows.indexOf(cursorId);
    this.#cursor = at >= 0 ? at : Math.min(this.#cursor, rows.length - 1);
    this.#anchor = Math.min(this.#anchor, rows.length - 1);
  }

  #addRange(rows: readonly string[], from: number, to: number): void {
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) this.ids.add(rows[i]!);
  }
}

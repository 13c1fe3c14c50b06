// The reader's keys, as what they ask for: find, an action on the selected text (H, C, S), a
// scroll of the text (j/k and arrows by lines, Space and Page keys by pages, Home, End), or Esc.
import { dialogOpen } from '../lib/focus-target';
import type { SelectionAction } from '../lib/reader-selection.svelte';

export type ReaderKey =
  | { readonly kind: 'find' }
  | { readonly kind: 'selection'; readonly action: SelectionAction }
  | { readonly kind: 'scroll'; readonly top: number }
  | { readonly kind: 'escape' };

const ON_SELECTION: Readonly<Record<string, SelectionAction>> = { h: 'highlight', c: 'card', s: 'search' };
/** A page is most of the pane, so a line or two stays in view across it. */
const PAGE = 0.88;

const isField = (target: EventTarget | null): boolean => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
const isInteractive = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(target.tagName));

/** What `event` asks of the reader whose text scrolls in `pane`; null for a key it leaves. */
export function readerKey(event: KeyboardEvent, pane: HTMLElement | undefined, context: { readonly line: number; readonly hasSelection: boolean }): ReaderKey | null {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') return { kind: 'find' };
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || dialogOpen()) return null;
  if (!pane || isField(event.target)) return null;
  const action = ON_SELECTION[event.key.toLowerCase()];
  if (context.hasSelection && action && event.key.length === 1 && !event.shiftKey) return { kind: 'selection', action };
  const page = pane.clientHeight * PAGE;
  const by = (delta: number): ReaderKey => ({ kind: 'scroll', top: pane.scrollTop + delta });
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return by(context.line);
    case 'ArrowUp':
    case 'k':
      return by(-context.line);
    case ' ':
      // Space on a button or link presses it; on the pane itself it pages.
      if (isInteractive(event.target) && event.target !== pane) return null;
      return by(event.shiftKey ? -page : page);
    case 'PageDown':
      return by(page);
    case 'PageUp':
      return by(-page);
    case 'Home':
      return { kind: 'scroll', top: 0 };
    case 'End':
      return { kind: 'scroll', top: pane.scrollHeight };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return null;
  }
}

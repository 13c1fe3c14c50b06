// Anchoring highlights to an article's clean text so they survive a re-parse or a small edit —
// the idea of the W3C Web Annotation TextQuoteSelector (the quoted text with some context)
// plus TextPositionSelector (where it was). Re-anchoring looks for the quote near its old
// place, judged by its context; failing that, for a slightly changed quote; else the
// highlight is orphaned (kept and shown as such, never dropped).

import type { TextSelector } from '../../shared/notes.js';

export type { TextSelector };

export type Anchor = { readonly status: 'anchored'; readonly start: number; readonly end: number; readonly moved: boolean } | { readonly status: 'orphaned' };

export const CONTEXT = 32;

export function selectorFor(text: string, start: number, end: number): TextSelector {
  if (start < 0 || end > text.length || start >= end) throw new RangeError(`Bad selection ${start}–${end} in a text of ${text.length} characters.`);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/** Characters shared at the touching ends: how well the context around a candidate matches. */
function contextScore(text: string, start: number, end: number, selector: TextSelector): number {
  let score = 0;
  for (let i = 1; i <= selector.prefix.length && start - i >= 0; i++) {
    if (text[start - i] !== selector.prefix[selector.prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < selector.suffix.length && end + i < text.length; i++) {
    if (text[end + i] !== selector.suffix[i]) break;
    score++;
  }
  return score;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && needle; at = text.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** The best of several candidate places: most context matched, then nearest the old place. */
function best(text: string, candidates: readonly { start: number; end: number }[], selector: TextSelector): { start: number; end: number } | null {
  let winner: { start: number; end: number; score: number; distance: number } | null = null;
  for (const c of candidates) {
    const score = contextScore(text, c.start, c.end, selector);
    const distance = Math.abs(c.start - selector.start);
    if (!winner || score > winner.score || (score === winner.score && distance < winner.distance)) winner = { ...c, score, distance };
  }
  return winner;
}

/** Share of words two texts have in common (Dice coefficient over word multisets). */
function wordSimilarity(a: string, b: string): number {
  const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const left = words(a);
  const right = words(b);
  if (!left.length || !right.length) return 0;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Word starts (or, with `ends`, word ends) on either side of `at`: where an edited quote may begin or end. */
function boundariesNear(text: string, at: number, ends = false): number[] {
  const found: number[] = [];
  const isBoundary = (i: number) => (ends ? !isSpace(text[i - 1]) && isSpace(text[i]) : !isSpace(text[i]) && isSpace(text[i - 1]));
  for (const step of [-1, 1]) {
    for (let i = Math.max(0, Math.min(text.length, at)), seen = 0; i >= 0 && i <= text.length && seen < 2 && Math.abs(i - at) < 60; i += step) {
      if (isBoundary(i) && !found.includes(i)) (found.push(i), seen++);
    }
  }
  return found;
}

const MIN_SIMILARITY = 0.75;

/** A quote edited inside: found from its first or last words, kept if most of its words match. */
function approximate(text: string, selector: TextSelector): { start: number; end: number } | null {
  const { exact } = selector;
  if (exact.length < 24) return null;
  const edge = Math.min(16, Math.floor(exact.length / 3));
  const candidates: { start: number; end: number }[] = [];
  for (const start of occurrences(text, exact.slice(0, edge))) {
    const tailAt = text.indexOf(exact.slice(-edge), start + edge);
    if (tailAt >= 0 && tailAt + edge - start <= exact.length * 1.3) candidates.push({ start, end: tailAt + edge });
    for (const end of boundariesNear(text, start + exact.length, true)) candidates.push({ start, end });
  }
  for (const tailAt of occurrences(text, exact.slice(-edge))) {
    const end = tailAt + edge;
    for (const start of boundariesNear(text, end - exact.length)) candidates.push({ start, end });
  }
  const good = candidates.filter((c) => c.start < c.end && wordSimilarity(text.slice(c.start, c.end), exact) >= MIN_SIMILARITY);
  if (!good.length) return null;
  const top = Math.max(...good.map((c) => wordSimilarity(text.slice(c.start, c.end), exact)));
  return best(text, good.filter((c) => wordSimilarity(text.slice(c.start, c.end), exact) === top), selector);
}

export function anchor(text: string, selector: TextSelector): Anchor {
  if (text.slice(selector.start, selector.end) === selector.exact && contextScore(text, selector.start, selector.end, selector) === selector.prefix.length + selector.suffix.length) {
    return { status: 'anchored', start: selector.start, end: selector.end, moved: false };
  }
  const exact = best(text, occurrences(text, selector.exact).map((start) => ({ start, end: start + selector.exact.length })), selector);
  const found = exact ?? approximate(text, selector);
  if (!found) return { status: 'orphaned' };
  return { status: 'anchored', start: found.start, end: found.end, moved: found.start !== selector.start || found.end !== selector.end };
}

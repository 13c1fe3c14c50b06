// Typo tolerance for search: how far apart two words are (Damerau–Levenshtein, adjacent swaps
// count once), how many typos a word may carry, and the closest words of a vocabulary. Pure.

/** Typos tolerated in a query word: none under 4 letters (too many near neighbours), one up
 * to 7, two from 8. */
export function maxEdits(word: string): number {
  return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/** Three rows of the distance table, reused: search compares thousands of words a query. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The edit distance between `a` and `b` (insert, delete, substitute, swap two neighbours), or
 * `max + 1` as soon as it is known to exceed `max` — most words of a vocabulary stop there.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  if (rows[0]!.length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowBest) rowBest = d;
    }
    if (rowBest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n]!, max + 1);
}

/** Vocabulary words by length, so a lookup reads only those that could be close enough. */
export class Vocabulary {
  private readonly byLength = new Map<number, string[]>();
  private readonly words = new Set<string>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      this.words.add(word);
      const list = this.byLength.get(word.length);
      if (list) list.push(word);
      else this.byLength.set(word.length, [word]);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Whether some word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    for (const [length, words] of this.byLength) if (length >= prefix.length && words.some((w) => w.startsWith(prefix))) return true;
    return false;
  }

  /** Up to `limit` words within `maxEdits(word)` of `word` (itself excluded), closest first. */
  closest(word: string, limit = 3): string[] {
    const max = maxEdits(word);
    if (max === 0) return [];
    const found: { word: string; distance: number }[] = [];
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        if (candidate === word) continue;
        const distance = editDistance(word, candidate, max);
        if (distance <= max) found.push({ word: candidate, distance });
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || Math.abs(a.word.length - word.length) - Math.abs(b.word.length - word.length) || a.word.localeCompare(b.word))
      .slice(0, limit)
      .map((f) => f.word);
  }
}

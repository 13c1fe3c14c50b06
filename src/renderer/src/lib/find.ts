// Finding text in an article: where a query occurs, and a text cut into plain and matched runs.

/** Start offsets of each case-insensitive occurrence of `query` in `text` (not overlapping). */
export function findOffsets(text: string, query: string): number[] {
  const needle = query.toLocaleLowerCase();
  if (!needle) return [];
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change lengths (rarely); then offsets would drift, so fall back to exact case.
  const [h, n] = haystack.length === text.length ? [haystack, needle] : [text, query];
  const out: number[] = [];
  for (let at = h.indexOf(n); at !== -1; at = h.indexOf(n, at + n.length)) out.push(at);
  return out;
}

export interface Run {
  readonly text: string;
  /** Index of the match among all matches of the article, or null for plain text. */
  readonly match: number | null;
}

/** `text` cut into runs, matches numbered from `firstMatch`. */
export function splitRuns(text: string, query: string, firstMatch: number): Run[] {
  const offsets = findOffsets(text, query);
  if (!offsets.length) return [{ text, match: null }];
  const runs: Run[] = [];
  let at = 0;
  offsets.forEach((start, i) => {
    if (start > at) runs.push({ text: text.slice(at, start), match: null });
    runs.push({ text: text.slice(start, start + query.length), match: firstMatch + i });
    at = start + query.length;
  });
  if (at < text.length) runs.push({ text: text.slice(at), match: null });
  return runs;
}

export interface HighlightedRuns {
  readonly before: readonly Run[];
  readonly inside: readonly Run[];
  readonly after: readonly Run[];
}

/** `runs` (covering a whole text) cut at `start` and `end`: the parts before, inside and after. */
export function cutRuns(runs: readonly Run[], start: number, end: number): HighlightedRuns {
  const parts: { before: Run[]; inside: Run[]; after: Run[] } = { before: [], inside: [], after: [] };
  let at = 0;
  for (const run of runs) {
    const from = at;
    const to = at + run.text.length;
    at = to;
    const pieces: [keyof typeof parts, number, number][] = [
      ['before', from, Math.min(to, start)],
      ['inside', Math.max(from, start), Math.min(to, end)],
      ['after', Math.max(from, end), to],
    ];
    for (const [part, a, b] of pieces) if (b > a) parts[part].push({ text: run.text.slice(a - from, b - from), match: run.match });
  }
  return parts;
}

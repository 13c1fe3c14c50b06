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

export interface HighlightedRuns<T extends Run = Run> {
  readonly before: readonly T[];
  readonly inside: readonly T[];
  readonly after: readonly T[];
}

/** `runs` (covering a whole text) cut at `start` and `end`: the parts before, inside and after. */
export function cutRuns<T extends Run>(runs: readonly T[], start: number, end: number): HighlightedRuns<T> {
  const parts: { before: T[]; inside: T[]; after: T[] } = { before: [], inside: [], after: [] };
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
    for (const [part, a, b] of pieces) if (b > a) parts[part].push({ ...run, text: run.text.slice(a - from, b - from) });
  }
  return parts;
}

/** A highlight as the reader paints it inside one block. */
export interface PaintedHighlight {
  readonly id: string;
  readonly color: string;
  readonly start: number;
  readonly end: number;
}

/** One piece of a block's text with everything painted over it. */
export interface Segment extends Run {
  /** The topmost highlight over this piece (the latest made), or null. */
  readonly highlight: PaintedHighlight | null;
  /** Index of the block's link this piece belongs to, or null. */
  readonly link: number | null;
  /** Inside the briefly highlighted sentence (a key point shown in the article). */
  readonly flash: boolean;
}

export interface Layers {
  readonly query: string;
  readonly firstMatch: number;
  readonly highlights: readonly PaintedHighlight[];
  readonly links: readonly { readonly start: number; readonly end: number }[];
  readonly flash: { readonly start: number; readonly end: number } | null;
}

/** `text` cut wherever a find match, a highlight, a link or the flashed sentence starts or ends. */
export function paintSegments(text: string, layers: Layers): Segment[] {
  const matches = layers.query ? findOffsets(text, layers.query).map((start, i) => ({ start, end: start + layers.query.length, index: layers.firstMatch + i })) : [];
  const clamp = (n: number): number => Math.min(text.length, Math.max(0, n));
  const cuts = new Set<number>([0, text.length]);
  const spans: readonly { readonly start: number; readonly end: number }[] = [...matches, ...layers.highlights, ...layers.links, ...(layers.flash ? [layers.flash] : [])];
  for (const span of spans) {
    cuts.add(clamp(span.start));
    cuts.add(clamp(span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const covers = (span: { start: number; end: number }, at: number): boolean => span.start <= at && at < span.end;
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (b <= a) continue;
    const highlight = layers.highlights.findLast((h) => covers(h, a)) ?? null;
    const link = layers.links.findIndex((l) => covers(l, a));
    out.push({
      text: text.slice(a, b),
      match: matches.find((m) => covers(m, a))?.index ?? null,
      highlight,
      link: link === -1 ? null : link,
      flash: layers.flash ? covers(layers.flash, a) : false,
    });
  }
  return out;
}

/** Consecutive items that share a key, in order (to wrap one link or highlight once). */
export function groupRuns<T, K>(items: readonly T[], key: (item: T) => K): { key: K; items: T[] }[] {
  const groups: { key: K; items: T[] }[] = [];
  for (const item of items) {
    const k = key(item);
    const last = groups.at(-1);
    if (last && last.key === k) last.items.push(item);
    else groups.push({ key: k, items: [item] });
  }
  return groups;
}

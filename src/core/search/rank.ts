// Ranking and snippets over the items of the candidate articles the index found: every query
// word must appear (prefix match for the last one, as the user is still typing); a title
// match weighs most, then how often and how close together the words occur. Pure.
import type { SearchItem } from './documents.js';
import { editDistance, maxEdits } from './fuzzy.js';

export interface QueryTerms {
  readonly words: readonly string[];
  /** The last word may be a prefix (search as you type). */
  readonly prefixLast: boolean;
  /** Words (by position) matched with typos: any word within `maxEdits` of them. */
  readonly fuzzy?: readonly boolean[];
}

export interface Hit {
  readonly item: SearchItem;
  readonly score: number;
  readonly snippet: string;
  /** Where the query words are in `snippet` (start, end), for highlighting. */
  readonly marks: readonly (readonly [number, number])[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const SNIPPET_CHARS = 160;

export function queryTerms(query: string): QueryTerms {
  const words = (query.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(WORD) ?? []).slice(0, 8);
  return { words, prefixLast: !/\s$/.test(query) };
}

const folded = new Map<string, string>();

/** One character without case or accent, of the same length (else left as it is). */
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    out = base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    folded.set(ch, out);
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/u;
const EACH_NON_ASCII = /[^\x00-\x7f]/gu;

/** Folds case and accents, keeping offsets one-to-one with the original text. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII, where lower case is the whole story.
  if (!NON_ASCII.test(lower)) return lower;
  // Lower case changes no length but that of a few letters (İ); where it did not, only the
  // other characters (accents, curly quotes) need folding one by one.
  if (lower.length === text.length) return lower.replace(EACH_NON_ASCII, foldChar);
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Where each query word occurs in `text`, as whole words (or a prefix for the last word). */
function occurrences(text: string, terms: QueryTerms, foldedText?: string, owner?: object): [number, number][][] {
  const folded = foldedText ?? fold(text);
  return terms.words.map((word, i) => {
    if (terms.fuzzy?.[i]) return nearWords(folded, word, owner);
    const prefix = terms.prefixLast && i === terms.words.length - 1;
    const out: [number, number][] = [];
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const before = at === 0 ? '' : folded[at - 1]!;
      const afterAt = at + word.length;
      let end = afterAt;
      if (prefix) while (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) end++;
      else if (afterAt < folded.length && /[\p{L}\p{N}]/u.test(folded[afterAt]!)) continue;
      if (before && /[\p{L}\p{N}]/u.test(before)) continue;
      out.push([at, end]);
    }
    return out;
  });
}

/** Whether a text word is near a query word, by query word: the same words recur in every
 * paragraph, so each pair is measured once (a memo only; cleared as it grows). */
const nearMemo = new Map<string, Map<string, boolean>>();

/** The words of an item's folded text with where they start, split once per (cached) item. */
const tokenMemo = new WeakMap<object, { readonly words: string[]; readonly starts: number[] }>();

function tokensOf(folded: string, owner?: object): { readonly words: string[]; readonly starts: number[] } {
  const known = owner && tokenMemo.get(owner);
  if (known) return known;
  const tokens = { words: [] as string[], starts: [] as number[] };
  for (const match of folded.matchAll(WORD)) {
    tokens.words.push(match[0]);
    tokens.starts.push(match.index);
  }
  if (owner) tokenMemo.set(owner, tokens);
  return tokens;
}

/** Where the words within `maxEdits(word)` of `word` are in (folded) `text`. */
function nearWords(folded: string, word: string, owner?: object): [number, number][] {
  const max = maxEdits(word);
  if (nearMemo.size > 64) nearMemo.clear();
  let memo = nearMemo.get(word);
  if (!memo) nearMemo.set(word, (memo = new Map()));
  const out: [number, number][] = [];
  const { words, starts } = tokensOf(folded, owner);
  for (let i = 0; i < words.length; i++) {
    const token = words[i]!;
    if (Math.abs(token.length - word.length) > max) continue;
    let near = memo.get(token);
    if (near === undefined) memo.set(token, (near = editDistance(word, token, max) <= max));
    if (near) out.push([starts[i]!, starts[i]! + token.length]);
  }
  return out;
}

/** About SNIPPET_CHARS of text around the first match, cut at word boundaries. */
function snippetAround(text: string, spots: [number, number][]): string {
  const first = spots.reduce((a, b) => (b[0] < a[0] ? b : a));
  let start = Math.max(0, first[0] - 50);
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space >= 0 && first[0] - space < 70) start = space + 1;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  const cut = text.indexOf(' ', end);
  if (end < text.length && cut >= 0 && cut - end < 20) end = cut;
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** Scores an article's items against the query; items lacking a query word are not hits. */
export function rankItems(items: readonly SearchItem[], title: string, terms: QueryTerms): Hit[] {
  if (terms.words.length === 0) return [];
  const inTitle = occurrences(title, terms);
  const titleHits = inTitle.filter((o) => o.length > 0).length;
  const hits: Hit[] = [];
  // A title holding every word is a hit of its own, at the top of the article.
  if (titleHits === terms.words.length) hits.push({ item: { kind: 'text', text: title, paragraph: null }, score: titleHits * 5 + 3, snippet: title, marks: markWords(title, terms) });
  for (const item of items) {
    const found = occurrences(item.text, terms, item.folded, item.folded === undefined ? undefined : item);
    if (found.some((o) => o.length === 0)) continue;
    const count = found.reduce((n, o) => n + o.length, 0);
    const spots = found.flat();
    const spread = spots.length > 1 ? Math.max(...spots.map((s) => s[0])) - Math.min(...spots.map((s) => s[0])) : 0;
    const kindWeight = item.kind === 'highlight' || item.kind === 'note' ? 1.3 : 1;
    const score = (titleHits * 5 + Math.log2(1 + count) + 2 / (1 + spread / 80)) * kindWeight;
    const snippet = snippetAround(item.text, spots);
    hits.push({ item, score, snippet, marks: markWords(snippet, terms) });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** The query words inside a snippet, for highlighting. */
export function markWords(snippet: string, terms: QueryTerms): [number, number][] {
  return occurrences(snippet, terms)
    .flat()
    .sort((a, b) => a[0] - b[0]);
}

// What search looks at in one article, as plain documents: its title and text, the reader's
// note, its highlights (quotes, notes and tags) and its cards. Pure.
import type { Highlight } from '../../shared/notes.js';
import type { StudyCard } from '../../shared/study.js';
import type { Block } from '../../shared/types.js';

export type SearchKind = 'text' | 'note' | 'highlight' | 'card';

/** One searchable item: a paragraph of text, the note, one highlight or one card. */
export interface SearchItem {
  readonly kind: SearchKind;
  readonly text: string;
  /** The paragraph to jump to, or null (the note). */
  readonly paragraph: number | null;
  /** `text` without case or accents, when already computed (kept with cached items). */
  readonly folded?: string;
}

export interface ArticleForSearch {
  readonly id: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly blocks: readonly Pick<Block, 'text'>[];
  readonly note: string;
  readonly highlights: readonly (Pick<Highlight, 'note' | 'tags' | 'selector'> & { readonly paragraph: number | null })[];
  readonly cards: readonly Pick<StudyCard, 'front' | 'back' | 'source' | 'status'>[];
}

/** Every item of an article, in reading order within each kind. */
export function searchItems(article: ArticleForSearch): SearchItem[] {
  return [
    ...article.blocks.map((b, paragraph) => ({ kind: 'text' as const, text: b.text, paragraph })),
    ...(article.note.trim() ? [{ kind: 'note' as const, text: article.note, paragraph: null }] : []),
    ...article.highlights.map((h) => ({ kind: 'highlight' as const, text: [h.selector.exact, h.note, ...h.tags.map((t) => `#${t}`)].filter(Boolean).join('\n'), paragraph: h.paragraph })),
    ...article.cards.filter((c) => c.status !== 'dropped').map((c) => ({ kind: 'card' as const, text: `${c.front}\n${c.back}`, paragraph: c.source.paragraph })),
  ];
}

/** Every kind, in a fixed order (the search index numbers its documents by it). */
export const SEARCH_KINDS: readonly SearchKind[] = ['text', 'note', 'highlight', 'card'];

/** The text the index holds per article and kind (one index document each). */
export function indexDocuments(article: ArticleForSearch): { kind: SearchKind; title: string; body: string }[] {
  const byKind = new Map<SearchKind, string[]>();
  for (const item of searchItems(article)) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item.text]);
  const title = [article.title, ...article.tags.map((t) => `#${t}`)].join(' ');
  return SEARCH_KINDS
    .filter((kind) => kind === 'text' || byKind.has(kind))
    .map((kind) => ({ kind, title: kind === 'text' ? title : '', body: (byKind.get(kind) ?? []).join('\n') }));
}

// Kept cards as Anki notes, shared by the text and the package export. Cloze cards become Cloze
// notes (Text, Back Extra), every other kind a Basic note (Front, Back) with the source sentence
// on the back. GUIDs come from the card ID, so importing again updates instead of duplicating.
import type { StudyCard } from '../../shared/study.js';
import { escapeHtml } from './escape.js';
import { questionOf } from './summary-lines.js';
import { inStableOrder, keptCards, type ExportArticle } from './types.js';

export type AnkiNoteType = 'basic' | 'cloze';

export interface AnkiNote {
  readonly guid: string;
  readonly type: AnkiNoteType;
  /** `Lectern::<article title>` */
  readonly deck: string;
  /** The article's ID, to give its deck a stable Anki ID. */
  readonly articleId: string;
  readonly tags: readonly string[];
  /** HTML field values: Front, Back or Text, Back Extra. */
  readonly fields: readonly [string, string];
  readonly suspended: boolean;
}

export const PARENT_DECK = 'Lectern';

export function ankiGuid(cardId: string): string {
  return `lectern-${cardId}`;
}

/** A deck name part: no `::` (it would nest), no line breaks or tabs. */
export function deckNameOf(title: string): string {
  const clean = title.replace(/\s+/g, ' ').replace(/::+/g, ':').trim();
  return `${PARENT_DECK}::${clean || 'Untitled'}`;
}

/** Anki tags cannot hold spaces. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_');
}

export function ankiNotes(articles: readonly ExportArticle[]): AnkiNote[] {
  const decks = new Map<string, number>();
  for (const a of articles) decks.set(deckNameOf(a.meta.state.title), (decks.get(deckNameOf(a.meta.state.title)) ?? 0) + 1);
  return inStableOrder(articles).flatMap((article) => {
    // Two articles with one title still get a deck each.
    const name = deckNameOf(article.meta.state.title);
    const deck = (decks.get(name) ?? 0) > 1 ? `${name} (${article.meta.id.slice(0, 8)})` : name;
    const articleTags = article.meta.state.tags.map(ankiTag).filter(Boolean);
    return keptCards(article).map((card) => ({
      guid: ankiGuid(card.id),
      ...noteFields(card),
      deck,
      articleId: article.meta.id,
      tags: [...new Set([...articleTags, card.kind])],
      suspended: card.suspended,
    }));
  });
}

function noteFields(card: StudyCard): { type: AnkiNoteType; fields: readonly [string, string] } {
  // An edited cloze card no longer matches its cloze text: it goes as the Basic card the reader wrote.
  if (card.kind === 'cloze' && card.cloze && /\{\{c\d+::/.test(card.cloze) && !card.edited) {
    return { type: 'cloze', fields: [html(card.cloze), ''] };
  }
  return { type: 'basic', fields: [html(questionOf(card)), `${html(card.back)}<br>${html(card.source.text)}`] };
}

function html(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>').replace(/\t/g, ' ');
}

/** The cloze numbers a Cloze note's text uses: one Anki card each. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const match of text.matchAll(/\{\{c(\d+)::/g)) {
    const n = Number(match[1]);
    if (n > 0) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

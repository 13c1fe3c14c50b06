// Exported cards as Anki notes, shared by the text and the package export. Cloze cards become
// Cloze notes (Text, Back Extra), an edited one too while its front keeps one gap; every other
// kind a Basic note (Front, Back) with the source sentence on the back. GUIDs come from the card
// ID, so importing again updates instead of duplicating.
import { CLOZE_BLANK } from '../../shared/cloze.js';
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
  /** The Lectern card the note was made from (its schedule and ID). */
  readonly card: StudyCard;
  /** A cloze the reader wrote with several gap numbers is one Lectern card per number (as in
   * Anki): the card of each number, whose schedule its Anki card takes. */
  readonly gapCards?: ReadonlyMap<number, StudyCard>;
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
    const notes: AnkiNote[] = [];
    const byCloze = new Map<string, { note: AnkiNote; cards: Map<number, StudyCard> }>();
    for (const card of keptCards(article)) {
      // Anki marks its own leeches with the tag "leech".
      const tags = [...new Set([...articleTags, card.kind, ...(card.leech ? ['leech'] : [])])];
      const sibling = card.kind === 'cloze' && card.gap !== undefined && card.cloze ? byCloze.get(card.cloze) : undefined;
      if (sibling) {
        sibling.cards.set(card.gap!, card);
        continue;
      }
      const note: AnkiNote = { guid: ankiGuid(card.id), ...noteFields(card), deck, articleId: article.meta.id, tags, suspended: card.suspended, card };
      if (card.kind === 'cloze' && card.gap !== undefined && card.cloze) {
        const cards = new Map([[card.gap, card]]);
        byCloze.set(card.cloze, { note, cards });
        notes.push({ ...note, fields: [html(card.cloze), ''], type: 'cloze', gapCards: cards });
      } else notes.push(note);
    }
    return notes;
  });
}

/** The gap a cloze card's front shows (src/core/cards/cloze.ts). */
const GAP = CLOZE_BLANK;

function noteFields(card: StudyCard): { type: AnkiNoteType; fields: readonly [string, string] } {
  if (card.kind === 'cloze') {
    const text = card.edited ? editedCloze(card) : card.cloze && /\{\{c\d+::/.test(card.cloze) ? html(card.cloze) : null;
    if (text) return { type: 'cloze', fields: [text, ''] };
  }
  return { type: 'basic', fields: [html(questionOf(card)), `${html(card.back)}<br>${html(card.source.text)}`] };
}

/** An edited cloze card as Anki cloze text: the reader's front with its one gap filled by their
 * answer. Null (a Basic note) when the front no longer has exactly one gap, or the answer holds
 * what cloze syntax reserves ("::" starts a hint, "}}" ends the deletion). */
function editedCloze(card: StudyCard): string | null {
  const parts = card.front.split(GAP);
  const answer = card.back.trim();
  if (parts.length !== 2 || !answer || /::|\}\}|\{\{/.test(answer)) return null;
  return `${html(parts[0]!)}{{c1::${html(answer)}}}${html(parts[1]!)}`;
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

// How the card browser's table sorts: one comparator per column, descending the exact reverse of
// ascending (ties broken by card ID, so every order is total and stable). Here in shared/
// because the renderer sorts what the browse call returned without asking again.
import { CARD_KINDS, CARD_STATES, type StudyCard } from './study.js';

export const CARD_SORT_KEYS = ['article', 'kind', 'front', 'state', 'due', 'interval', 'difficulty', 'lapses', 'created'] as const;
export type CardSortKey = (typeof CARD_SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface CardSort {
  readonly key: CardSortKey;
  readonly direction: SortDirection;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A column's value; null (a new card has no due time, interval or difficulty yet) sorts after
 * every number going up, and so before them going down. */
function valueOf(card: StudyCard, key: Exclude<CardSortKey, 'article' | 'front'>): number | null {
  const s = card.schedule;
  const scheduled = s.state !== 'New';
  switch (key) {
    case 'kind':
      return CARD_KINDS.indexOf(card.kind);
    case 'state':
      return CARD_STATES.indexOf(s.state);
    case 'due':
      return scheduled ? Date.parse(s.due) : null;
    case 'interval':
      return scheduled ? s.scheduledDays : null;
    case 'difficulty':
      return scheduled ? s.difficulty : null;
    case 'lapses':
      return s.lapses;
    case 'created':
      return Date.parse(card.createdAt);
  }
}

function compareNumbers(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** A comparator for the column; `titleOf` names a card's article (for the Article column). */
export function cardComparator(sort: CardSort, titleOf: (articleId: string) => string): (a: StudyCard, b: StudyCard) => number {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { key } = sort;
  const primary =
    key === 'article'
      ? (a: StudyCard, b: StudyCard) => collator.compare(titleOf(a.articleId), titleOf(b.articleId))
      : key === 'front'
        ? (a: StudyCard, b: StudyCard) => collator.compare(a.front, b.front)
        : (a: StudyCard, b: StudyCard) => compareNumbers(valueOf(a, key), valueOf(b, key));
  return (a, b) => sign * (primary(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function sortCards(cards: readonly StudyCard[], sort: CardSort, titleOf: (articleId: string) => string): StudyCard[] {
  return [...cards].sort(cardComparator(sort, titleOf));
}

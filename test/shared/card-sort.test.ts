import { describe, expect, it } from 'vitest';
import { CARD_SORT_KEYS, sortCards, type CardSortKey } from '../../src/shared/card-sort.js';
import type { CardKind, CardStateName, StudyCard } from '../../src/shared/study.js';
import { keptCard, sourceCard } from '../core/study/helpers.js';

function card(id: string, articleId: string, kind: CardKind, front: string, state: CardStateName, due: string, days: number, difficulty: number, lapses: number, created: string): StudyCard {
  const base = keptCard(sourceCard(id, { kind, front }), articleId, new Date(created));
  return { ...base, schedule: { ...base.schedule, state, due, scheduledDays: days, difficulty, lapses } };
}

const TITLES: Record<string, string> = { a1: 'Beta', a2: 'alpha', a3: 'Gamma' };
const titleOf = (id: string) => TITLES[id] ?? id;
const CARDS = [
  card('c1', 'a1', 'qa', 'Zebra', 'Review', '2024-03-05T00:00:00.000Z', 10, 6.5, 2, '2024-01-03T00:00:00.000Z'),
  card('c2', 'a2', 'cloze', 'apple', 'New', '2024-01-01T00:00:00.000Z', 0, 0, 0, '2024-01-01T00:00:00.000Z'),
  card('c3', 'a3', 'quote', 'Mango', 'Learning', '2024-03-01T00:10:00.000Z', 0, 3.1, 0, '2024-01-02T00:00:00.000Z'),
  card('c4', 'a1', 'choice', 'banana 10', 'Relearning', '2024-03-02T00:00:00.000Z', 1, 8.2, 5, '2024-01-05T00:00:00.000Z'),
  card('c5', 'a2', 'identity', 'banana 9', 'Review', '2024-04-01T00:00:00.000Z', 30, 4.0, 1, '2024-01-04T00:00:00.000Z'),
];
const ids = (key: CardSortKey, direction: 'ascending' | 'descending' = 'ascending') => sortCards(CARDS, { key, direction }, titleOf).map((c) => c.id);

describe('sorting the card table', () => {
  it('sorts each column ascending by what the column shows', () => {
    expect(ids('article')).toEqual(['c2', 'c5', 'c1', 'c4', 'c3']); // alpha, alpha, Beta, Beta, Gamma; ties by ID
    expect(ids('kind')).toEqual(['c2', 'c3', 'c4', 'c5', 'c1']);
    expect(ids('front')).toEqual(['c2', 'c5', 'c4', 'c3', 'c1']); // case-blind, numbers as numbers
    expect(ids('state')).toEqual(['c2', 'c3', 'c1', 'c5', 'c4']);
    expect(ids('due')).toEqual(['c3', 'c4', 'c1', 'c5', 'c2']); // a new card has no due time: last
    expect(ids('interval')).toEqual(['c3', 'c4', 'c1', 'c5', 'c2']);
    expect(ids('difficulty')).toEqual(['c3', 'c5', 'c1', 'c4', 'c2']);
    expect(ids('lapses')).toEqual(['c2', 'c3', 'c5', 'c1', 'c4']);
    expect(ids('created')).toEqual(['c2', 'c3', 'c1', 'c5', 'c4']);
  });

  it('sorts descending as the exact reverse, for every column', () => {
    for (const key of CARD_SORT_KEYS) expect(ids(key, 'descending')).toEqual(ids(key).reverse());
  });

  it('leaves the input alone', () => {
    const before = CARDS.map((c) => c.id);
    ids('front', 'descending');
    expect(CARDS.map((c) => c.id)).toEqual(before);
  });
});

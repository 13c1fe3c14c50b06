import { describe, expect, it } from 'vitest';
import { buildQueue, dueCounts, gradeCard, type CardStateName, type ReviewLogEntry, type StudyCard } from '../../../src/core/study/index.js';
import { SETTINGS, at, keptCard, sentenceCard } from './helpers.js';

const NOW = at('2024-03-09T10:00:00Z');

function inState(card: StudyCard, state: CardStateName, due: string): StudyCard {
  return {
    ...card,
    schedule: { ...card.schedule, state, due, stability: 5, difficulty: 5, scheduledDays: state === 'Review' ? 3 : 0, reps: 3, lastReview: '2024-03-01T10:00:00.000Z' },
  };
}

const review = (id: string, sentence: number, due: string, articleId = 'a1') => inState(keptCard(sentenceCard(id, sentence, articleId), articleId), 'Review', due);
const learning = (id: string, sentence: number, due: string) => inState(keptCard(sentenceCard(id, sentence)), 'Learning', due);
const fresh = (id: string, sentence: number, articleId = 'a1') => keptCard(sentenceCard(id, sentence, articleId), articleId);

function logged(cardId: string, reviewedAt: string, stateBefore: CardStateName): ReviewLogEntry {
  return { id: `${cardId}@${Date.parse(reviewedAt)}`, cardId, reviewedAt, grade: 3, stateBefore, elapsedDays: 0, scheduledDays: 1 };
}

const ids = (cards: readonly StudyCard[]) => cards.map((c) => c.id);

describe('buildQueue', () => {
  it('orders due learning cards first, then reviews by due, then new cards, then learning due soon', () => {
    const cards = [
      fresh('n1', 1),
      review('r2', 2, '2024-03-09T09:00:00.000Z'),
      learning('l-soon', 3, '2024-03-09T10:05:00.000Z'),
      review('r1', 4, '2024-03-08T09:00:00.000Z'),
      learning('l1', 5, '2024-03-09T09:55:00.000Z'),
      fresh('n2', 6),
    ];
    const queue = buildQueue(cards, [], NOW, SETTINGS);
    expect(ids(queue.cards)).toEqual(['l1', 'r1', 'r2', 'n1', 'n2', 'l-soon']);
    expect(queue.counts).toEqual({ new: 2, learning: 2, review: 2 });
    expect(queue.buried).toBe(0);
  });

  it('includes reviews due later in the same study day but not after the rollover', () => {
    const cards = [review('today', 1, '2024-03-10T03:59:00.000Z'), review('tomorrow', 2, '2024-03-10T04:00:00.000Z')];
    expect(ids(buildQueue(cards, [], NOW, SETTINGS).cards)).toEqual(['today']);
    // In CET (+60) the day ends at 03:00Z, so neither is due today.
    expect(ids(buildQueue(cards, [], NOW, SETTINGS, { utcOffset: 60 }).cards)).toEqual([]);
  });

  it('leaves out untriaged, dropped and suspended cards', () => {
    const cards = [
      { ...fresh('u', 1), status: 'untriaged' as const },
      { ...fresh('d', 2), status: 'dropped' as const },
      { ...review('s', 3, '2024-03-08T00:00:00.000Z'), suspended: true, leech: true },
      fresh('k', 4),
    ];
    expect(ids(buildQueue(cards, [], NOW, SETTINGS).cards)).toEqual(['k']);
  });

  it('limits new cards to what is left of today\'s limit, counting cards introduced today in the log', () => {
    const cards = [1, 2, 3, 4, 5].map((n) => fresh(`n${n}`, n));
    const settings = { ...SETTINGS, newPerDay: 3 };
    expect(buildQueue(cards, [], NOW, settings).counts.new).toBe(3);
    const log = [
      logged('x1', '2024-03-09T05:00:00.000Z', 'New'),
      logged('x1', '2024-03-09T05:10:00.000Z', 'Learning'), // same card again: not a second new card
      logged('x2', '2024-03-09T06:00:00.000Z', 'New'),
      logged('old', '2024-03-08T12:00:00.000Z', 'New'), // yesterday
    ];
    const queue = buildQueue(cards, log, NOW, settings);
    expect(ids(queue.cards)).toEqual(['n1']);
    expect(buildQueue(cards, [...log, logged('x3', '2024-03-09T07:00:00.000Z', 'New')], NOW, settings).cards).toEqual([]);
  });

  it('limits reviews to what is left of today\'s review limit, counting reviews done today', () => {
    const cards = [1, 2, 3, 4].map((n) => review(`r${n}`, n, `2024-03-0${n}T00:00:00.000Z`));
    const settings = { ...SETTINGS, reviewsPerDay: 3 };
    expect(ids(buildQueue(cards, [], NOW, settings).cards)).toEqual(['r1', 'r2', 'r3']);
    const log = [logged('done', '2024-03-09T08:00:00.000Z', 'Review'), logged('lrn', '2024-03-09T08:01:00.000Z', 'Relearning')];
    expect(ids(buildQueue(cards, log, NOW, settings).cards)).toEqual(['r1', 'r2']);
  });

  it('counts a review at 03:00 for the previous day when the day rolls over at 4 am', () => {
    const cards = [fresh('n1', 1), fresh('n2', 2)];
    const settings = { ...SETTINGS, newPerDay: 1 };
    const at3am = [logged('x', '2024-03-09T03:00:00.000Z', 'New')];
    expect(ids(buildQueue(cards, at3am, NOW, settings).cards)).toEqual(['n1']);
    const at5am = [logged('x', '2024-03-09T05:00:00.000Z', 'New')];
    expect(ids(buildQueue(cards, at5am, NOW, settings).cards)).toEqual([]);
    // At 03:30 the next morning it is still the 9th's study day.
    expect(ids(buildQueue(cards, at5am, at('2024-03-10T03:30:00Z'), settings).cards)).toEqual([]);
    expect(ids(buildQueue(cards, at5am, at('2024-03-10T04:30:00Z'), settings).cards)).toEqual(['n1']);
  });

  it('buries siblings within the queue: one card per sentence a day', () => {
    const cards = [
      review('r-s1', 1, '2024-03-08T00:00:00.000Z'),
      fresh('n-s1', 1),
      fresh('n-s2a', 2),
      fresh('n-s2b', 2),
      fresh('other-article-s2', 2, 'a2'),
    ];
    const queue = buildQueue(cards, [], NOW, SETTINGS);
    expect(ids(queue.cards)).toEqual(['r-s1', 'n-s2a', 'other-article-s2']);
    expect(queue.buried).toBe(2);
  });

  it('buries siblings of cards already graded today, but never the learning card itself', () => {
    const base = fresh('a', 1);
    const graded = gradeCard(base, 3, at('2024-03-09T09:00:00Z'), SETTINGS); // learning, due 09:10
    const cards = [graded.card, fresh('b', 1), review('c', 1, '2024-03-08T00:00:00.000Z'), fresh('d', 2)];
    const queue = buildQueue(cards, [graded.log], NOW, SETTINGS);
    expect(ids(queue.cards)).toEqual(['a', 'd']);
    expect(queue.buried).toBe(2);
    // The next study day the siblings come back.
    const tomorrow = buildQueue([fresh('b', 1)], [graded.log], at('2024-03-10T10:00:00Z'), SETTINGS);
    expect(ids(tomorrow.cards)).toEqual(['b']);
  });

  it('studies one article when scoped, with the daily limits still global', () => {
    const cards = [fresh('a1-n', 1, 'a1'), fresh('a2-n', 1, 'a2'), review('a2-r', 2, '2024-03-08T00:00:00.000Z', 'a2')];
    expect(ids(buildQueue(cards, [], NOW, SETTINGS, { articleId: 'a2' }).cards)).toEqual(['a2-r', 'a2-n']);
    const log = [logged('a1-x', '2024-03-09T05:00:00.000Z', 'New')];
    expect(buildQueue(cards, log, NOW, { ...SETTINGS, newPerDay: 1 }, { articleId: 'a2' }).counts.new).toBe(0);
  });
});

describe('dueCounts', () => {
  it('counts due learning and review cards per article and in all, not new or suspended ones', () => {
    const cards = [
      review('r1', 1, '2024-03-08T00:00:00.000Z', 'a1'),
      review('r2', 2, '2024-03-09T20:00:00.000Z', 'a1'),
      review('r3', 1, '2024-03-09T09:00:00.000Z', 'a2'),
      review('later', 3, '2024-03-12T09:00:00.000Z', 'a2'),
      { ...review('s', 4, '2024-03-08T00:00:00.000Z', 'a2'), suspended: true },
      learning('l', 5, '2024-03-09T09:00:00.000Z'),
      fresh('n', 6),
    ];
    expect(dueCounts(cards, NOW, SETTINGS)).toEqual({ total: 4, byArticle: { a1: 3, a2: 1 } });
  });
});

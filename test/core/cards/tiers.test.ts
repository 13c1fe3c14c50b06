// The first ten cards of a text: kinds and answers judges seldom keep come after the rest, in the
// quality model's order within each tier.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { byTier, CHOICE, STRONG, tierOf, WEAK, type TierCard } from '../../../src/core/cards/tiers.js';
import { loadFixture } from './helpers.js';

const card = (kind: TierCard['kind'], answerType: TierCard['features']['answerType'], sentenceScore: number, answerCount = 2, back = 'x'): TierCard => ({
  kind,
  back,
  features: { answerType, sentenceScore, answerCount },
});

describe('tiers', () => {
  it('puts a plain cloze before a choice card, and a side date or an untyped name after both', () => {
    expect(tierOf(card('cloze', 'person', 1), 1)).toBe(STRONG);
    expect(tierOf(card('quote', 'person', 0.5), 1)).toBe(STRONG);
    expect(tierOf(card('choice', 'number', 0.9), 1)).toBe(CHOICE);
    expect(tierOf(card('choice', 'number', 1), 1)).toBe(STRONG);
    expect(tierOf(card('identity', 'person', 1), 1)).toBe(CHOICE);
    expect(tierOf(card('cloze', 'date', 0.6), 1)).toBe(WEAK);
    expect(tierOf(card('cloze', 'date', 0.9, 2, '1754'), 1)).toBe(STRONG);
    expect(tierOf(card('cloze', 'date', 0.9, 2, 'April 5, 1754'), 1)).toBe(WEAK);
    expect(tierOf(card('cloze', 'date', 0.9, 2, '28 February 2008'), 1)).toBe(WEAK);
    expect(tierOf(card('cloze', 'date', 0.97, 2, 'April 5, 1754'), 1)).toBe(STRONG);
    expect(tierOf(card('cloze', 'term', 0.7), 1)).toBe(WEAK);
    expect(tierOf(card('cloze', 'name', 1), 1)).toBe(WEAK);
    expect(tierOf(card('cloze', 'person', 1, 1), 1)).toBe(WEAK);
    expect(tierOf(card('quote', 'person', 1, 1), 1)).toBe(STRONG);
    expect(tierOf(card('cloze', 'place', 1, 3, 'Europe'), 1)).toBe(WEAK);
    expect(tierOf(card('cloze', 'place', 1, 3, 'Wyoming'), 1)).toBe(STRONG);
  });

  it('keeps the given order within a tier', () => {
    const items = [card('choice', 'number', 0.9), card('cloze', 'name', 1), card('cloze', 'person', 0.9), card('cloze', 'term', 1), card('choice', 'person', 0.9)];
    expect(byTier(items, (c) => c).map((c) => items.indexOf(c))).toEqual([2, 3, 0, 4, 1]);
  });

  it('orders a generated set by tier', () => {
    for (const name of ['encyclopedia-entry.md', 'wire-story.txt', 'science-explainer.md']) {
      const { cards } = generateCards(loadFixture(name), { wordsPerCard: 10 });
      const best = Math.max(...cards.map((c) => c.features.sentenceScore));
      const tiers = cards.map((c) => tierOf(c, best));
      expect(tiers, name).toEqual([...tiers].sort((a, b) => a - b));
      expect(cards.map((c) => c.features.rank)).toEqual(cards.map((_, i) => i));
    }
  });
});

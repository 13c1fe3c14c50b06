// The decks that deal an article's choice cards their answer's place and rank: every value as
// often as the others, even when a card cannot take the value dealt.
import { describe, expect, it } from 'vitest';
import { balancedDeck } from '../../../src/core/cards/rng.js';

describe('a balanced deck', () => {
  it('deals two of each value per round of eight', () => {
    for (let i = 0; i < 50; i++) {
      const deck = balancedDeck(4, `deal ${i}`);
      const counts = [0, 0, 0, 0];
      for (let n = 0; n < 8; n++) counts[deck.take()!]!++;
      expect(counts).toEqual([2, 2, 2, 2]);
    }
  });

  it('falls back outward when a card refuses the value dealt, so the middle values come no more often than chance', () => {
    // A card that can only be the smallest or the second-smallest ("20" among values on a grid of tens).
    const taken = [0, 0, 0, 0];
    for (let i = 0; i < 800; i++) taken[balancedDeck(4, `low ${i}`).take((v) => v <= 1)!]!++;
    // Dealt 1 a quarter of the time, it takes 1 only then; falling back to the next value in the round took it half the time.
    expect(taken[1]! / 800, taken.join('/')).toBeLessThan(0.3);
    expect(taken[0]! + taken[1]!).toBe(800);
    // Likewise at the top: a card that can only be third or fourth is third only when dealt third.
    const high = [0, 0, 0, 0];
    for (let i = 0; i < 800; i++) high[balancedDeck(4, `high ${i}`).take((v) => v >= 2)!]!++;
    expect(high[2]! / 800, high.join('/')).toBeLessThan(0.3);
  });

  it('keeps a value a card refused in the round for the cards after it', () => {
    for (let i = 0; i < 50; i++) {
      const deck = balancedDeck(4, `carry ${i}`);
      const counts = [0, 0, 0, 0];
      counts[deck.take((v) => v === 0)!]!++;
      for (let n = 1; n < 8; n++) counts[deck.take()!]!++;
      expect(counts).toEqual([2, 2, 2, 2]);
    }
  });

  it('gives null only when the card takes no value at all', () => {
    const deck = balancedDeck(4, 'none');
    expect(deck.take(() => false)).toBeNull();
    expect(deck.take((v) => v === 3)).toBe(3);
  });
});

// A share near the top of its range (92% has only 8 points above it) takes every rank among its
// options as often as any figure does: "always pick the largest" must not pay on shares.
import { describe, expect, it } from 'vitest';
import { valueDistractors } from '../../../src/core/cards/numeric-distractors.js';
import { balancedDeck } from '../../../src/core/cards/rng.js';

const valueOf = (text: string): number => Number(/\d+(?:\.\d+)?/.exec(text)![0]);

/** How often the answer is the smallest, second, third and largest of the four values. */
function ranks(texts: readonly string[]): number[] {
  const counts = [0, 0, 0, 0];
  texts.forEach((text, i) => {
    const made = valueDistractors(text, 'number', `share-${i}`, balancedDeck(4, `share-deck-${i}`));
    if (!made) return;
    const answer = valueOf(text);
    counts[made.filter((option) => valueOf(option) < answer).length]! += 1;
  });
  return counts;
}

describe('the rank of a share among its options', () => {
  it('is near uniform for shares high in their range, whole or with a decimal', () => {
    const texts = Array.from({ length: 480 }, (_, i) =>
      i % 2 === 0 ? `Turnout in the ward reached ${60 + (i % 38)}% this spring.` : `Bookings rose ${(60 + ((i * 7) % 390) / 10).toFixed(1)} percent in the season.`,
    );
    const counts = ranks(texts);
    const total = counts.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(400);
    for (const count of counts) {
      expect(count / total).toBeGreaterThan(0.19);
      expect(count / total).toBeLessThan(0.31);
    }
  });
});

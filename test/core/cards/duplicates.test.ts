// One fact under two wordings makes one card: a figure rounded twice, a term and its longer name (duplicates.ts).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { sameAnswer } from '../../../src/core/cards/duplicates.js';
import { articleFrom } from './helpers.js';

describe('answers that are one fact', () => {
  it('tells one fact in two wordings from two facts', () => {
    expect(sameAnswer('$31.2 million', '$31 million')).toBe(true);
    expect(sameAnswer('black holes', 'supermassive black holes')).toBe(true);
    expect(sameAnswer('$31.2 million', '$35 million')).toBe(false);
    expect(sameAnswer('$31 million', '31 million')).toBe(false);
    expect(sameAnswer('1756', '1763')).toBe(false);
    expect(sameAnswer('holes', 'black holes')).toBe(false);
  });

  it('keeps one card on a figure the text gives twice, rounded differently', () => {
    const text =
      'Port budget\n\nThe harbour authority of Rotterdam spent $31.2 million on new cranes last year, according to its annual report published on Monday.\n\n' +
      'Dock workers at the Port of Antwerp said the cranes cost about $31 million and were delivered late by the Finnish maker Konecranes.\n\n' +
      'The authority said the Port of Antwerp had bought the same cranes in 2019 for its container terminal.\n';
    const backs = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards.map((c) => c.back);
    expect(backs.filter((b) => /^\$31/.test(b))).toHaveLength(1);
  });
});

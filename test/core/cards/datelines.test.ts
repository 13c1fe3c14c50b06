// A card on a news story's first sentence leaves off the dateline before it ("HARWICK, 12 March
// 2024 — "): it says where and when the story was filed, not what it tells, and its place can give
// a blanked name away ("HARWICK … a former treasurer of [Harwick Rowing Club]"). Invented text.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

const TEXT =
  'HARWICK, 12 March 2024 — A former treasurer of Harwick Rowing Club was jailed for four years at Carlow Crown Court after admitting that he stole £412,000 from the club over nine years.\n\n' +
  'Graham Petts, 61, used the money to pay for holidays and a second home in Cornwall, the court heard. The losses came to light in August 2022 when the bank refused a payment for a new boathouse roof.';

describe('a dateline', () => {
  it('is left off the front and the cloze text of a card on its sentence', () => {
    const article = articleFrom(`Treasurer jailed\n\n${TEXT}\n`);
    const cards = generateCards(article, { wordsPerCard: 1, quality: null }).cards;
    expectWellFormed(article, cards);
    const lede = cards.filter((c) => c.source.text.startsWith('HARWICK'));
    expect(lede.length).toBeGreaterThan(0);
    for (const c of lede) {
      expect(c.front.startsWith('A former treasurer') || c.front.startsWith('[...] former')).toBe(true);
      expect(c.cloze ?? '').not.toContain('HARWICK');
    }
  });
});

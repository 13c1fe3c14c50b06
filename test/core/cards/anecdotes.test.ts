// A blank in the writer's first-person story or inside a long quotation is an anecdote's detail: no card (anecdotes.ts).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { inPersonalAccount } from '../../../src/core/cards/anecdotes.js';
import { articleFrom } from './helpers.js';

describe('personal accounts', () => {
  it('tells an anecdote from a fact', () => {
    expect(inPersonalAccount('I switched my account, which I opened in [...], to a business one.')).toBe(true);
    expect(inPersonalAccount('"Walking to the station was a [...] minute trip as I had to stop," the patient said.')).toBe(true);
    expect(inPersonalAccount('Feather lung is a type of "[...]" in which the airways swell.')).toBe(false);
    expect(inPersonalAccount('"I find the figures reasonable," said [...], a professor of history.')).toBe(false);
    expect(inPersonalAccount('The site now counts [...] monthly users.')).toBe(false);
  });

  it('makes no card on a detail of the writer\'s own story', () => {
    const text =
      'Profiles\n\nI switched my personal Flickr account, which I opened in 2011, to a business one several weeks ago.\n\n' +
      'The photo site Flickr now counts 90 million monthly users, according to its owner SmugMug.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.back === '2011')).toEqual([]);
  });
});

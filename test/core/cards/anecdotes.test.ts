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

  it('reads the numeral "I" of a name as no first person ("World War I", "Elizabeth I", "Phase I")', () => {
    expect(inPersonalAccount('At the end of World War I, the valley was subject to the [...].')).toBe(false);
    expect(inPersonalAccount('Elizabeth I was crowned in [...] at the age of twenty-five.')).toBe(false);
    expect(inPersonalAccount('The Phase I trial enrolled [...] patients across four sites.')).toBe(false);
    expect(inPersonalAccount('When I was young, [...] was still the capital.')).toBe(true);
    expect(inPersonalAccount('Then I moved to [...] for a year.')).toBe(true);
    const text =
      'Rivers\n\nAt the end of World War I, the Rhine valley was subject to the Treaty of Versailles, which the allies signed in Paris.\n\n' +
      'The treaty ordered that the valley be occupied by the allies until 1935, and demilitarised after that year.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.map((c) => c.back)).toContain('Treaty of Versailles');
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

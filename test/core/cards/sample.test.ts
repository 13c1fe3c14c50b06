// The spec on the sample article (resources/samples): facts the default cards must test, and
// cards that must never appear.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { cardFor, expectWellFormed, loadSample } from './helpers.js';

const article = loadSample();
const { cards, supported } = generateCards(article);

const FACTS: Record<string, { front?: RegExp; back: RegExp; source?: RegExp }> = {
  'who said there is "a profound difference … between risk reduction and decoupling"': { front: /profound difference/, back: /^Antony Blinken$/ },
  'who is Qin Gang': { front: /Qin Gang/, back: /^Chinese Foreign Minister$/ },
  'who is head of the Foreign Affairs Commission of the CPC': { front: /head of the Foreign Affairs Commission/, back: /^Wang Yi$/ },
  'whose August 2022 visit to Taipei is mentioned': { back: /^Nancy Pelosi$/, source: /Taipei in August 2022/ },
  'when Biden took office': { back: /^2021$/, source: /Biden took office/ },
  'what Xi said state-to-state interactions should be based on': { back: /^mutual respect and sincerity$/ },
  'the leading cause of death for people aged 18 to 45 in the US, per Blinken': { back: /^Fentanyl$/i, source: /leading cause of death/ },
  'who is Xi Jinping': { front: /Xi Jinping/, back: /^Chinese President$/ },
  'who is Antony Blinken': { front: /Antony Blinken/, back: /Secretary of State/ },
  'who said China will not deliver lethal aid to Russia': { front: /lethal aid to Russia/, back: /^Antony Blinken$/ },
  'what Wang asked Washington to respect': { back: /^sovereignty and territorial integrity$/ },
};

describe('generateCards on the sample', () => {
  it('supports the English sample and keeps every card well formed', () => {
    expect(supported).toBe(true);
    expectWellFormed(article, cards);
  });

  it.each(Object.entries(FACTS))('tests: %s', (_name, fact) => {
    expect(cardFor(cards, fact), cards.map((c) => `${c.front} → ${c.back}`).join('\n')).toBeDefined();
  });

  it('makes as many cards as the text has facts worth one, at most one per 30 words by default', () => {
    const words = article.blocks.filter((b) => b.type === 'paragraph').reduce((n, b) => n + b.text.split(/\s+/).length, 0);
    expect(cards.length).toBeGreaterThanOrEqual(Math.floor(words / 120));
    expect(cards.length).toBeLessThanOrEqual(Math.ceil(words / 30));
  });

  it('tests the fentanyl working group when asked for denser cards', () => {
    const dense = generateCards(article, { wordsPerCard: 40 }).cards;
    expect(cardFor(dense, { back: /fentanyl and chemical precursors|task force|working group|joint effort/, source: /task force|working group/ })).toBeDefined();
  });

  it('never blanks "the", a caption, a teaser line, or offers a distractor equal to the answer', () => {
    for (const card of cards) {
      expect(card.back.toLowerCase()).not.toBe('the');
      expect(card.source.text).not.toMatch(/^\((?:We recommend|In context|Keep reading|Also read|You can read)/);
      expect(card.source.text).not.toBe('Antony Blinken gives a press conference after his visit to China.');
      expect(card.source.text).not.toBe('Images of victims of fentanyl in the United States.');
      if (card.choices) expect(card.choices.filter((c) => c.toLowerCase() === card.back.toLowerCase())).toHaveLength(1);
    }
  });

  it('never offers another name of the same person as a wrong choice', () => {
    for (const card of cards.filter((c) => c.kind === 'choice')) {
      const surname = card.back.split(' ').at(-1)!;
      for (const choice of card.choices!) if (choice !== card.back) expect(choice.split(' ')).not.toContain(surname);
    }
  });

  it('never blanks a partial name', () => {
    for (const card of cards) expect(['Blinken', 'Antony', 'Xi', 'Qin', 'Wang', 'Biden', 'Pelosi']).not.toContain(card.back);
  });

  it('gives the same ids on every run, and respects max', () => {
    expect(generateCards(article).cards.map((c) => c.id)).toEqual(cards.map((c) => c.id));
    expect(generateCards(article, { max: 3 }).cards.map((c) => c.id)).toEqual(cards.slice(0, 3).map((c) => c.id));
    expect(generateCards(article, { wordsPerCard: 200 }).cards.length).toBeLessThan(cards.length);
  });

  it('exports ranking features, best card first', () => {
    // The rules' own order; the default order blends in the quality model (test/core/cards/quality).
    const scores = generateCards(article, { quality: null }).cards.map((c) => c.features.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(cards.map((c) => c.features.rank)).toEqual(cards.map((_, i) => i));
  });
});

// A blank holding a loose phrase, not a term to learn, makes no card (vague-blanks.ts).
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { vagueBlank } from '../../../src/core/cards/vague-blanks.js';
import { articleFrom } from './helpers.js';

describe('vague blanks', () => {
  it('tells a loose phrase from a term', () => {
    expect(vagueBlank('Landers built by these [...] will deliver rovers.', 'partner companies')).toBe(true);
    expect(vagueBlank('Another [...], drawn up in 2009, produced the terminal.', 'master plan')).toBe(true);
    expect(vagueBlank('The deal led to several [...] for both firms.', 'quarters of sales growth')).toBe(true);
    expect(vagueBlank('The findings lead to [...] of thinking.', 'new ways')).toBe(true);
    expect(vagueBlank('The gas came back, creating a [...] of outflow and inflow.', 'feedback loop')).toBe(false);
    expect(vagueBlank('The river is known for its many [...].', 'castles and vineyards')).toBe(false);
    expect(vagueBlank('Built by these [...] in 2019.', 'Nordhaus Group')).toBe(false);
  });

  it('makes no card that blanks a noun with its "of" phrase', () => {
    const text =
      'Retail\n\nThe chain Nordhaus opened its first store in Bremen in 1994 and now runs forty shops across northern Germany.\n\n' +
      'A supply deal between Nordhaus and the grocer Edeka began last spring and led to several quarters of sales growth for both firms.\n\n' +
      'The renovated flagship store in Hamburg created a mix of styles from different decades, critics in Berlin wrote.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => / of /.test(c.back))).toEqual([]);
  });
});

describe('numbers that label a thing', () => {
  it('makes no card whose answer is a treaty\'s number', () => {
    const text =
      'Labour law in Malvia\n\nMalvia has ratified Convention No. 87 on the freedom of association and Convention No. 98 on collective bargaining in industry.\n\n' +
      'The Ministry of Labour of Malvia employed 1,200 labour inspectors in 2010, up from 300 in 2001.\n\n' +
      'Malvia joined the International Labour Organization in 1962, two years after independence.\n';
    const cards = generateCards(articleFrom(text), { wordsPerCard: 5, quality: null }).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.back === '87' || c.back === '98')).toEqual([]);
  });
});

describe('single words that are hollow only in a phrase', () => {
  it('keeps a comparative, a degree noun or a health word that stands alone as the term', () => {
    expect(vagueBlank('The pitch of a note depends on its [...].', 'frequency')).toBe(false);
    expect(vagueBlank('The minister of [...] resigned after the hospital report.', 'health')).toBe(false);
    expect(vagueBlank('High in the hills, water boils at a [...] temperature than by the sea.', 'lower')).toBe(false);
    expect(vagueBlank('The council asked the band to [...] its new songs first.', 'show')).toBe(false);
    // The same words together are still filler.
    expect(vagueBlank('Walking daily has been linked to a [...] of back pain.', 'decreased frequency')).toBe(true);
    expect(vagueBlank('Cook at home more often to promote [...].', 'healthier eating habits')).toBe(true);
  });
});

describe('terms with an "of" phrase', () => {
  it('keeps a term whose head is no measure or collection', () => {
    expect(vagueBlank('Darwin set out the [...] in 1859.', 'theory of evolution')).toBe(false);
    expect(vagueBlank('The Cold War rested on a [...] between two blocs.', 'balance of power')).toBe(false);
  });
});

// A passage about a concept states its facts in the main clause's noun phrases rather than in
// names: what a thing is ("a mechanical process"), what a process yields ("angular fragments"),
// what it is contrasted with ("Unlike chemical weathering"). On such a passage those phrases are
// answers, whole, and the passage, short as it is, gets a card from most of its sentences.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../src/core/cards/index.js';
import { articleFrom, cardFor, expectWellFormed } from './helpers.js';

// Invented for the spec: a short passage about a process, with one name and no cue words for
// most of its facts.
const FROST =
  'Frost weathering\n\n' +
  'Frost weathering is a mechanical process that breaks rock apart through repeated freezing and thawing of water. ' +
  'Water seeps into narrow cracks during the day and expands by about nine percent when it freezes at night. ' +
  'Over many winters the expanding ice splits the rock into angular fragments, which gather at the foot of steep slopes. ' +
  'Unlike chemical weathering, which alters the minerals themselves, frost weathering leaves the composition of the rock unchanged. ' +
  'The process is strongest in alpine climates, where the temperature crosses the freezing point on most days of the year. ' +
  'Porous sandstone is damaged more quickly than dense granite, since its pores hold far more water. ' +
  'The same effect troubles road engineers in Canada, as frozen ground lifts the pavement and opens deep potholes. ' +
  'Geologists measure its pace by counting the fresh fragments that fall onto marked plots below a cliff.\n';

describe('a passage about a concept', () => {
  const article = articleFrom(FROST);
  const cards = generateCards(article).cards;
  const listing = cards.map((c) => `${c.front} → ${c.back}`).join('\n');

  it('blanks the whole noun phrases of its main clauses: what the process yields and what it is set against', () => {
    expectWellFormed(article, cards);
    expect(cardFor(cards, { back: /^angular fragments$/ }), listing).toBeDefined();
    expect(cardFor(cards, { back: /^chemical weathering$/ }), listing).toBeDefined();
  });

  it('reads as dense: most of its sentences give a card, within one card per 30 words', () => {
    const sentences = new Set(cards.map((c) => c.source.start));
    expect(sentences.size, listing).toBeGreaterThanOrEqual(4);
    const words = article.blocks.filter((b) => b.type === 'paragraph').reduce((n, b) => n + b.text.split(/\s+/).length, 0);
    expect(cards.length).toBeLessThanOrEqual(Math.round(words / 30));
  });

  it('never blanks a gerund with its object or half a phrase', () => {
    for (const c of cards) expect(c.back, listing).not.toMatch(/^(?:\w+ing \w+|fragments|weathering)$/);
  });
});

// Issue 14, "density that follows the text": a fact-dense passage (most sentences hold a draft)
// keeps its level facts and a short sentence's second fact; a thin text is selected as before.
// Drafts are built from made-up sentences with the scores the ranking would give them.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/core/cards/context.js';
import { isFactDense } from '../../../src/core/cards/density.js';
import { selectCards, type Ranked } from '../../../src/core/cards/select.js';
import { generateCards } from '../../../src/core/cards/index.js';
import type { ParsedArticle } from '../../../src/shared/types.js';

function sentence(index: number, text: string): Draft['sentence'] {
  return { index, block: index, start: 0, end: text.length, text, tokens: [] };
}

function gap(index: number, text: string, back: string, score: number): Ranked {
  const draft: Draft = {
    kind: 'cloze',
    front: text.replace(back, '[...]'),
    back,
    cloze: text.replace(back, '[...]'),
    sentence: sentence(index, text),
    answerType: 'term',
    fact: back.toLowerCase(),
    answerCount: 1,
    weight: 1,
  };
  return { draft, score };
}

// Twelve short sentences, each a fact; the first two hold a second one (a year beside a cause).
const FACTS: readonly [string, string, number][] = [
  ['The second fleet sailed for Norland in 1402 and sank in a sudden gale.', 'sudden gale', 1.2],
  ['The old canal was closed in 1881 and filled in by 1899.', '1881', 1.1],
  ['The guild of glassmakers met in the Amber Hall.', 'Amber Hall', 0.9],
  ['Its charter was signed by Duke Orlen.', 'Duke Orlen', 0.85],
  ['The first bridge over the Vell was built of oak.', 'oak', 0.8],
  ['The lighthouse on Carrow Point burns whale oil.', 'whale oil', 0.75],
  ['The town mint struck silver marks.', 'silver marks', 0.7],
  ['The market moved to Tallow Square.', 'Tallow Square', 0.65],
  ['The abbey library held the Green Codex.', 'Green Codex', 0.62],
  ['Its first printer was Ada Renn.', 'Ada Renn', 0.58],
  ['The harbour chain was forged in Ostmark.', 'Ostmark', 0.56],
  ['The salt road ended at Kessel Ford.', 'Kessel Ford', 0.55],
];

function denseDrafts(): Ranked[] {
  const ranked = FACTS.map(([text, back, score], i) => gap(i, text, back, score));
  ranked.push(gap(0, FACTS[0]![0], '1402', 1.0), gap(1, FACTS[1]![0], '1899', 0.8));
  return ranked.sort((a, b) => b.score - a.score);
}

const backs = (chosen: readonly Ranked[]): string[] => chosen.map((r) => r.draft.back);

describe('fact-dense selection', () => {
  it('calls a text dense when most of its sentences hold a draft, not when few do', () => {
    const ranked = denseDrafts();
    expect(isFactDense(ranked, FACTS.length)).toBe(true);
    // The same drafts in a text three times as long (quotes, scene, attribution): not dense.
    expect(isFactDense(ranked, FACTS.length * 3)).toBe(false);
    // A short text whose few sentences all hold a draft is small, not dense.
    expect(isFactDense(ranked.filter((r) => r.draft.sentence.index < 5), 5)).toBe(false);
  });

  it('keeps a dense text\'s level facts below the usual share of the best card', () => {
    const chosen = backs(selectCards(denseDrafts(), 30, true));
    // 0.58–0.55 are under 0.56 × 1.2 but are facts like the others.
    expect(chosen).toEqual(expect.arrayContaining(['Ada Renn', 'Ostmark', 'Kessel Ford']));
  });

  it('gives a short dense sentence its strong second fact', () => {
    const chosen = backs(selectCards(denseDrafts(), 30, true));
    expect(chosen).toEqual(expect.arrayContaining(['sudden gale', '1402', '1881', '1899']));
  });

  it('gives every sentence of a dense text that holds a fact a card, however weak beside the best, and only last', () => {
    // A thirteenth sentence whose one draft scores a quarter of the best: a fact like the others.
    const weak = gap(12, 'The toll house was kept by Brother Anselm.', 'Brother Anselm', 0.3);
    const ranked = [...denseDrafts(), weak];
    const chosen = selectCards(ranked, 30, true);
    expect(backs(chosen)).toContain('Brother Anselm');
    expect(backs(chosen).at(-1)).toBe('Brother Anselm');
    // When the count binds, it never takes a stronger card's place.
    expect(backs(selectCards(ranked, 14, true))).not.toContain('Brother Anselm');
    // A text that is not dense keeps its floor.
    expect(backs(selectCards(ranked, 30, false))).not.toContain('Brother Anselm');
  });

  it('gives a short dense sentence a weak second fact too, once every sentence had its card', () => {
    // Under 24 words and well under the best: a second fact all the same.
    const second = gap(2, FACTS[2]![0], 'glassmakers', 0.3);
    const ranked = [...denseDrafts(), second];
    expect(backs(selectCards(ranked, 30, true)).at(-1)).toBe('glassmakers');
    // The twelve first cards and the two strong seconds fill a count of 14: no room for it.
    expect(backs(selectCards(ranked, 14, true))).not.toContain('glassmakers');
    expect(backs(selectCards(ranked, 30, false))).not.toContain('glassmakers');
  });

  it('selects a text that is not dense as before: one card per short sentence, the usual floor', () => {
    const chosen = backs(selectCards(denseDrafts(), 30, false));
    expect(chosen).not.toContain('1402');
    expect(chosen).not.toContain('Kessel Ford');
    expect(chosen).toContain('sudden gale');
  });

  it('never lets a weaker fact displace a stronger second card when the count binds', () => {
    // Room for the twelve sentences' first cards and one more: the strong second fact wins it.
    const chosen = backs(selectCards(denseDrafts(), 9, true));
    expect(chosen).toContain('Green Codex');
    expect(chosen).not.toContain('Ada Renn');
    const ten = backs(selectCards(denseDrafts(), 10, true));
    expect(ten).toContain('1402');
    expect(ten).not.toContain('Ada Renn');
  });

  it('reads a passage of one paragraph as dense: each sentence that holds a fact gets a card, under the same word limit', () => {
    // An encyclopedia paragraph (HotpotQA's and SQuAD's kind): the same sentences in two paragraphs are read as a story's, with its floor.
    const sentences = [
      'Ole Martin Brekke (born March 3, 1961) is the current harbour master of Lindvik Harbour on the west coast of Norway.',
      'He is also a former fisherman who sailed on trawlers out of Bergen and Tromsø for most of the 1980s.',
      'During his two years at the maritime college in Ålesund (1983 and 1984), he studied navigation, starting the 1984 course as the youngest student in his class.',
      'At the end of the 1984 course, he moved to Lindvik, where he took a job on the ferry to Sandoy as a deckhand, sitting out the herring season under the old union rules.',
      'His older brother, Anders, also worked on the ferry in 1985-1990 and is the owner of the boatyard at Lindvik.',
      'His youngest brother, Jens, formerly sailed as a mate for the Hurtigruten line.',
    ];
    const article = (blocks: string[]): ParsedArticle => ({ title: 'Ole Brekke', byline: null, published: null, language: 'en', blocks: blocks.map((text) => ({ type: 'paragraph', text })), removed: [], format: 'text', encoding: 'utf-8' });
    const one = generateCards(article([sentences.join(' ')])).cards;
    const two = generateCards(article([sentences.slice(0, 3).join(' '), sentences.slice(3).join(' ')])).cards;
    expect(one.length).toBeGreaterThan(two.length);
    expect(one.length).toBeLessThanOrEqual(Math.round(sentences.join(' ').split(/\s+/).length / 30));
  });
});

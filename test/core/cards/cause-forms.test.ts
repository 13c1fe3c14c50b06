// Cause and effect asked as questions from the sentence's own causal words: "The causes of X
// include …" and "X was caused by Y". Texts written for the spec.
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/core/cards/context.js';
import { buildFormCards } from '../../../src/core/cards/forms.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';

function formsOf(texts: readonly string[], title = 'River Towns'): { front: string; back: string }[] {
  const blocks = texts.map((text) => ({ type: 'paragraph' as const, text }));
  const analysis = analyzeBlocks(blocks);
  const ctx = buildContext(analysis, blocks, title);
  return analysis.sentences.flatMap((s) => buildFormCards(ctx, s)).map(({ front, back }) => ({ front, back }));
}

describe('cause and effect forms', () => {
  it('asks for the listed causes of a thing, the list as the answer', () => {
    const cards = formsOf(['The causes of soil erosion include heavy rainfall, the clearing of forests and poor farming methods.']);
    expect(cards).toContainEqual({ front: 'What are the causes of soil erosion?', back: 'heavy rainfall, the clearing of forests and poor farming methods' });
  });

  it('keeps the tense and the adjective of the causes', () => {
    const cards = formsOf(['The main effects of the drought were failed harvests, rising grain prices and the flight of farmers to the towns.']);
    expect(cards).toContainEqual({ front: 'What were the main effects of the drought?', back: 'failed harvests, rising grain prices and the flight of farmers to the towns' });
  });

  it('asks what caused a thing from "X was caused by Y"', () => {
    const cards = formsOf(['The great flood of the lower valley was caused by a sudden thaw of the mountain snow, and many towns were lost.']);
    expect(cards).toContainEqual({ front: 'What caused the great flood of the lower valley?', back: 'a sudden thaw of the mountain snow' });
  });

  it('asks nothing when the causes are not named or the subject points back', () => {
    const cards = formsOf([
      'The causes of the collapse are unclear to most of the historians who have studied the period.',
      'A fire broke out in the mill in the spring. The fire was caused by a lamp left burning in the store room.',
      'It was caused by a lamp left burning in the store room of the old mill.',
    ]);
    expect(cards.filter((c) => /^What (?:are|were|caused|causes) /.test(c.front))).toEqual([]);
  });
});

describe('a why-question on what someone claims', () => {
  it('asks about the claim, not the claiming, with or without "that" (set W judges: malformed)', () => {
    const cards = formsOf(['The consumer groups claim franchisees are prevented from switching to rivals because the chain makes them sign long contracts.']);
    const why = cards.filter((c) => c.front.startsWith('Why'));
    expect(why.length).toBeGreaterThan(0);
    expect(why.map((c) => c.front).join('|')).not.toMatch(/claim/);
  });
});

// Encyclopedia prose names works with their year in brackets and pairs names with a slash: the
// first is prose, not a reference entry; the second joins two halves of one phrase.
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { isReference } from '../../../src/core/cards/sentence-rules.js';
import { articleFrom } from './helpers.js';

// Invented for the spec.
const COMPOSER =
  'The composer\n\n' +
  'Mara Quill wrote the music for the radio serial for twenty years and became its best-known composer.\n\n' +
  'Quill wrote 300 scores for the serial over those years, the last of them for Salt Lanterns (1979).\n\n' +
  'The serial\'s music of the Alden Voss/Piet Marr years was recorded for the national radio service in Northgate.\n';

describe('encyclopedia prose', () => {
  it('takes a sentence ending on a work and its year in brackets as prose, an entry still as a reference', () => {
    expect(isReference('Her last score for the serial was The Salt Lanterns (1979).')).toBe(false);
    expect(isReference('Haldane, K. (2019). The bridges of the Carran estuary.')).toBe(true);
    expect(isReference('Kettley (2019). The bridges of the Carran estuary.')).toBe(true);
    const cards = generateCards(articleFrom(COMPOSER), { quality: null, wordsPerCard: 1 }).cards;
    expect(cards.some((c) => c.source.text.startsWith('Quill wrote 300')), cards.map((c) => c.back).join(' | ')).toBe(true);
  });

  it('never blanks one half of a pair of names joined by a slash', () => {
    const article = articleFrom(COMPOSER);
    const analysis = analyzeBlocks(article.blocks);
    const ctx = buildContext(analysis, article.blocks, article.title);
    const answers = analysis.sentences.flatMap((s) => answersOf(ctx, s).map((a) => a.text));
    expect(answers).not.toContain('Alden Voss');
    expect(answers).not.toContain('Piet Marr');
    expect(answers).toContain('Mara Quill');
  });
});

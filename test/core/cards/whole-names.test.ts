// Whole names the tagger splits or lists: two names joined by "and" are one answer, and a name
// with "of" inside ("the Battle of Hollow Creek") is blanked whole, never half. Texts written for the spec.
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { ofNamesOf } from '../../../src/core/cards/of-names.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

/** Every answer span the rules find in a text of one paragraph per entry. */
function answersIn(texts: readonly string[], title = 'The Valley Kingdom'): string[] {
  const blocks = texts.map((text) => ({ type: 'paragraph' as const, text }));
  const analysis = analyzeBlocks(blocks);
  const ctx = buildContext(analysis, blocks, title);
  return analysis.sentences.flatMap((s) => answersOf(ctx, s).map((a) => a.text));
}

describe('two names joined by "and"', () => {
  it('blanks the pair as one answer where either name alone would be one item of a list', () => {
    const answers = answersIn(['Royal tutors such as Tomas Varga and Ilse Brandt held great sway over the first council of the young king in the valley.']);
    expect(answers).toContain('Tomas Varga and Ilse Brandt');
  });

  it('makes no pair out of a longer list, nor out of two untyped one-word names', () => {
    const list = answersIn(['The court drew on the traditions of Tomas Varga, Ilse Brandt and Pavel Kosik when it wrote its first code of laws.']);
    expect(list.filter((a) => / and /.test(a))).toEqual([]);
    const bare = answersIn(['After long talks in the capital, Varga and Brandt agreed to share power in a new unity cabinet.']);
    expect(bare).not.toContain('Varga and Brandt');
  });

  it('gives a pair no multiple choice of single names', () => {
    const article = articleFrom('The Valley Kingdom\n\nRoyal tutors such as Tomas Varga and Ilse Brandt held great sway over the first council of the young king in the valley. The court met in the old fortress above the river every spring for many years.\n');
    const cards = generateCards(article, { wordsPerCard: 5, quality: null }).cards;
    expectWellFormed(article, cards);
    const pair = cards.find((c) => c.back === 'Tomas Varga and Ilse Brandt');
    expect(pair?.kind).toBe('cloze');
  });
});

describe('names with "of" inside', () => {
  it('blanks "the Battle of Hollow Creek" whole, letters with marks included', () => {
    const answers = answersIn([
      'The northern army routed the raiders at the Battle of Hollow Creek in the final days of the long campaign.',
      'The southern fleet was later sunk at the Battle of Tấn Lộc by a sudden storm off the rocky cape.',
    ]);
    expect(answers).toContain('Battle of Hollow Creek');
    expect(answers).toContain('Battle of Tấn Lộc');
    expect(answers.some((a) => a === 'Battle' || a === 'Hollow Creek' || a === 'Battle of T')).toBe(false);
  });

  it('blanks a work\'s title with its "The", and leaves a name that runs on past the end alone', () => {
    const answers = answersIn([
      'Years later the old playwright wrote The Ghost of the Mill, a comedy first staged in the late spring of that year.',
      'Farmers who reject the plan have banded together in the Caucus of River Farmers on Water and Soil to press their case.',
    ]);
    expect(answers).toContain('The Ghost of the Mill');
    expect(answers).not.toContain('Caucus of River Farmers');
  });

  it('never reads a role ("Governor of …") or the text\'s own subject as such a name', () => {
    const texts = [
      'The old port was rebuilt by the Governor of Westmark after the great fire had destroyed most of the wooden docks.',
      'Trade along the coast grew quickly after the founding of the Kingdom of the Valley by three families of merchants.',
      'Trade along the coast grew quickly after the Treaty of Westmark was signed by three families of merchants.',
    ];
    const blocks = texts.map((text) => ({ type: 'paragraph' as const, text }));
    const analysis = analyzeBlocks(blocks);
    const ctx = buildContext(analysis, blocks, 'The Kingdom of the Valley');
    expect(analysis.sentences.flatMap((s) => ofNamesOf(ctx, s).map((n) => n.text))).toEqual(['Treaty of Westmark']);
  });
});

describe('names with "of" inside, in a news story', () => {
  it('leaves the tail of a longer name and an expert\'s employer alone', () => {
    const answers = answersIn([
      'A spokesman for the Attorney’s Office for the Eastern District of Vermont announced on Friday that the fraud case was closed.',
      '"The numbers seem plausible to me," said Irene Salcedo, a lecturer in economics at the University of Lakeport.',
    ], 'Fraud case');
    expect(answers).not.toContain('Eastern District of Vermont');
    expect(answers).not.toContain('University of Lakeport');
  });
});

describe('a name the tagger cut at "of the" or at a possessive', () => {
  it('gives no half of "the Hermetic Order of the Golden Dawn" as an answer', () => {
    const answers = answersIn([
      'The poet Maud Carrow was ushered into the Hermetic Order of the Golden Dawn by her friend Yeats, which she joined in 1901.',
      'The Hermetic Order of the Golden Dawn, devoted to the study of the occult, was founded in London in 1888.',
    ]);
    expect(answers).not.toContain('Hermetic Order');
    expect(answers).not.toContain('Golden Dawn');
  });

  it('gives no half of "the Murdoch Children’s Research Institute" as an answer', () => {
    const answers = answersIn(['She directs the allergy research centre at the Murdoch Children’s Research Institute in Melbourne, where the trial of the patch was run.']);
    expect(answers).not.toContain('Murdoch Children');
    expect(answers).not.toContain('Research Institute');
  });

  it('still blanks a university that owns the institute ("[Stanford University]’s Center on Poverty")', () => {
    const answers = answersIn([
      "A report released on Monday by Stanford University's Center on Poverty and Inequality calls that claim into question.",
      'The centre has studied the pay of workers in the valley for twenty years.',
    ]);
    expect(answers).toContain('Stanford University');
  });

  it('still blanks a person named before "of the" ("Ilse Brandt of the Harbour Trust")', () => {
    const answers = answersIn(['The plan was drawn up by Ilse Brandt of the Harbour Trust, who had led the port for twelve years before the flood.']);
    expect(answers).toContain('Ilse Brandt');
  });
});

describe('a name after a cue word ("written by")', () => {
  it('ends where a number in words follows it, not with "two weeks" inside the answer', () => {
    const answers = answersIn(['A letter written by Marsh two weeks after her famous flight over the valley sold for £10,000.']);
    expect(answers.some((a) => /two weeks/.test(a))).toBe(false);
  });
});

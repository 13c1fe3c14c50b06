// rankKeyPoints, on invented text: the ranking behind keyPoints exposes each candidate's rules'
// score and features (for scripts/train-key-points.mjs), and selecting on its own scores gives
// exactly the key points.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { KEY_POINT_FEATURES, keyPoints, learnedScore, rankKeyPoints } from '../../../src/core/summary/key-points.js';

const PARAGRAPHS = [
  'The town council of Lindvik voted on Tuesday to build a road bridge across the river to replace the ferry.',
  'The council says the river bridge will cost 40 million crowns and should open to traffic in the spring of 2029.',
  'Farmers on the far bank of the river have asked the council for a bridge for more than twenty years.',
  '"We have waited long enough for this bridge," said one farmer who crosses the river every single day.',
  'Will the new bridge bring heavy traffic through the narrow streets of the old town centre?',
  'The council will ask engineers to present designs for the river bridge to residents in March.',
];
const sentences = analyzeText(PARAGRAPHS).sentences;

describe('rankKeyPoints', () => {
  it('selects on the learned model\'s values of its features exactly the key points', () => {
    const ranking = rankKeyPoints(sentences, () => true);
    for (const count of [1, 3, 5]) expect(ranking.select(ranking.features.map(learnedScore), count)).toEqual(keyPoints(sentences, () => true, count));
  });

  it('weighs a caption run into the text and half a quotation down on top of the model, as the rules did', () => {
    const plain = new Array(KEY_POINT_FEATURES.length).fill(0);
    plain[KEY_POINT_FEATURES.indexOf('lead')] = 1;
    const runOn = [...plain];
    runOn[KEY_POINT_FEATURES.indexOf('runOn')] = 1;
    const halfQuote = [...plain];
    halfQuote[KEY_POINT_FEATURES.indexOf('partOfQuote')] = 1;
    expect(learnedScore(runOn)).toBeLessThan(learnedScore(plain) / 2);
    expect(learnedScore(halfQuote)).toBeLessThan(learnedScore(plain) * 0.6);
  });

  it('gives every candidate one value per feature, the rules score first and the lead prior 1 for the opening', () => {
    const { pool, scores, features } = rankKeyPoints(sentences, () => true);
    expect(features).toHaveLength(pool.length);
    for (const [i, x] of features.entries()) {
      expect(x).toHaveLength(KEY_POINT_FEATURES.length);
      expect(x[0]).toBe(scores[i]);
    }
    const at = (name: (typeof KEY_POINT_FEATURES)[number]) => KEY_POINT_FEATURES.indexOf(name);
    expect(features[0]![at('lead')]).toBe(1);
    const quote = pool.findIndex((s) => s.text.startsWith('"'));
    const question = pool.findIndex((s) => s.text.endsWith('?'));
    expect(features[quote]![at('quote')]).toBe(1);
    expect(features[question]![at('question')]).toBe(1);
    expect(features[1]![at('number')]).toBe(1);
  });

  it('picks by the scores it is given, so another scorer can be tried on the same candidates', () => {
    const ranking = rankKeyPoints(sentences, () => true);
    const last = ranking.pool.length - 1;
    const favourLast = ranking.scores.map((_, i) => (i === last ? 10 : 0));
    expect(ranking.select(favourLast, 1).map((s) => s.text)).toEqual([ranking.pool[last]!.text]);
  });
});

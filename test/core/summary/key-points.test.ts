// Key point selection on small hand-made texts: fragments left by the sentence splitter are
// never chosen, and a point count is honoured.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { keyPointCount, keyPoints } from '../../../src/core/summary/key-points.js';

const paragraphs = [
  'A Vermont woman admitted on Tuesday to sending threats to a state senator in a string of emails.',
  ', the attorney general’s bureau for the northern counties of the state said on Tuesday.',
  'The woman faces up to five years in jail and a fine of up to $100,000 when she is sentenced in June.',
  'Officers found two crossbows, a hunting knife and a stack of printed emails at her flat after the arrest.',
  '$100,000 is the largest fine the court can impose on the woman for the threatening emails.',
  'Her lawyer said the woman never meant to hurt the senator she threatened in the emails.',
];
const text = analyzeText(paragraphs);
const chosen = (count: number) => keyPoints(text.sentences, () => true, count).map((s) => s.text);

describe('keyPoints', () => {
  it('never picks a fragment that starts with punctuation or a lower-case word', () => {
    for (const point of chosen(5)) expect(point).not.toMatch(/^[,a-z]/);
  });

  it('still accepts a sentence that starts with a currency sign', () => {
    expect(chosen(5)).toContainEqual(expect.stringMatching(/^\$100,000 is the largest fine/));
  });

  it('gives as many points as asked when there are enough sentences, in reading order', () => {
    const points = keyPoints(text.sentences, () => true, 3);
    expect(points).toHaveLength(3);
    const order = points.map((s) => text.sentences.indexOf(s));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives 3 points to a short article and 7 to a long one', () => {
    expect(keyPointCount(200)).toBe(3);
    expect(keyPointCount(5000)).toBe(7);
  });
});

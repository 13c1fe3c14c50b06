// Key point selection on small hand-made texts: fragments left by the sentence splitter are
// never chosen, and a point count is honoured.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { keyPointCount, keyPoints } from '../../../src/core/summary/key-points.js';

const paragraphs = [
  'A New York man pleaded guilty on Monday to threatening to kill a member of Congress in a phone call.',
  ', the federal prosecutor’s office for the western district of the state announced on Monday.',
  'The man faces up to ten years in prison and a fine of up to $250,000 when he is sentenced in February.',
  'Police found a loaded handgun, three rifles and two shotguns at his home after the phone call.',
  '$250,000 is the largest fine the court can impose on the man for the threatening phone call.',
  'His lawyer said the man never intended to harm the member of Congress he threatened on the phone.',
];
const text = analyzeText(paragraphs);
const chosen = (count: number) => keyPoints(text.sentences, () => true, count).map((s) => s.text);

describe('keyPoints', () => {
  it('never picks a fragment that starts with punctuation or a lower-case word', () => {
    for (const point of chosen(5)) expect(point).not.toMatch(/^[,a-z]/);
  });

  it('still accepts a sentence that starts with a currency sign', () => {
    expect(chosen(5)).toContainEqual(expect.stringMatching(/^\$250,000 is the largest fine/));
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

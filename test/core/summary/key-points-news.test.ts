// Key points of a news story whose paragraph breaks were lost: the text arrives as one line and
// reaches the summary as short groups of sentences. The lead carries the story, as news is
// written top-down; a question, a caption run into the text and half of a quote that spans two
// sentences do not read as points of their own. (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const STORY = [
  'A small coastal town in Norway has voted to ban cars from its harbour district after a year-long trial cut noise and air pollution by almost half.',
  'The town council of Lindvik approved the plan on Tuesday by 21 votes to 6, and the ban will take effect in the harbour district on 1 June.',
  'It follows a trial that closed four harbour streets to cars for twelve months and found that shops in the closed streets took more money, not less.',
  'Scroll down for video The harbour district of Lindvik was closed to cars during the trial Residents said the streets felt calmer and safer for children.',
  '"We were worried that the shops in the harbour would suffer.',
  'Instead the harbour streets have never been busier," said the mayor, Kari Holm.',
  'Delivery vans will still be allowed into the harbour district before ten in the morning.',
  'Some residents oppose the ban and say the town council ignored older people who depend on cars.',
  'Will other towns follow Lindvik and ban cars from their harbour streets?',
  'Two neighbouring towns have asked the council for the results of the trial.',
];

/** The one-line text, split into sentences and regrouped two to a paragraph. */
function breaklessArticle() {
  const sentences = analyzeText([STORY.join(' ')]).sentences.map((s) => s.text);
  const blocks = [];
  for (let i = 0; i < sentences.length; i += 2) blocks.push({ type: 'paragraph' as const, text: sentences.slice(i, i + 2).join(' ') });
  return { blocks };
}

describe('key points of a news story without paragraph breaks', () => {
  const article = breaklessArticle();
  const points = (count: number) => summarizeArticle(article, { points: count }).keyPoints.map((p) => p.text);

  it('are the three lead sentences when asked for three, even the one that opens with "It"', () => {
    expect(points(3)).toEqual(STORY.slice(0, 3));
  });

  it('never take the question, the caption run into the text or half of a quote before a plain statement', () => {
    const five = points(5);
    expect(five).toHaveLength(5);
    for (const bad of [STORY[3], STORY[4], STORY[5], STORY[8]]) expect(five).not.toContain(bad);
  });

  it('name the paragraph each point comes from', () => {
    for (const point of summarizeArticle(article, { points: 3 }).keyPoints) expect(article.blocks[point.paragraph]!.text).toContain(point.text);
  });
});

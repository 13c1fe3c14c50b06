// Joining a quotation the sentence splitter cut at a stop inside it, on invented text.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { keyPoints } from '../../../src/core/summary/key-points.js';
import { joinQuotedPassages } from '../../../src/core/summary/quoted-passages.js';

const TITLE = 'The town’s “Drive less. Walk more.” campaign has drawn complaints from shop owners along the harbour since it began on Monday.';
const SHOUT = '“Hands up! Show me your hands!” the officer shouted at the driver of the stopped car.';
const texts = (paragraphs: readonly string[]) => joinQuotedPassages(analyzeText([...paragraphs]).sentences).map((s) => s.text);

describe('joinQuotedPassages', () => {
  it('joins a quoted title cut at its stop into the sentence it belongs to', () => {
    expect(texts([TITLE])).toEqual([TITLE]);
  });

  it('joins a quotation of several sentences with its attribution', () => {
    expect(texts([SHOUT])).toEqual([SHOUT]);
  });

  it('keeps the joined sentence’s words, each at its own offset in the paragraph', () => {
    const [s] = joinQuotedPassages(analyzeText([TITLE]).sentences);
    expect(s!.start).toBe(0);
    expect(s!.end).toBe(TITLE.length);
    for (const t of s!.tokens) expect(TITLE.slice(t.start, t.end)).toBe(t.text);
    expect(s!.tokens.map((t) => t.text)).toContain('campaign');
  });

  it('leaves closed quotations and plain sentences as they are', () => {
    const plain = ['The officer said “stop” twice.', 'The driver stopped the car at the harbour.'];
    expect(texts([plain.join(' ')])).toEqual(plain);
  });

  it('does not join across paragraphs', () => {
    expect(texts(['The mayor wrote: “We will keep the ban.', 'Shops open at nine.” on the notice.'])).toHaveLength(2);
  });
});

describe('a key point with a quoted title', () => {
  it('is the whole sentence, not the piece after the title’s stop', () => {
    const body = [
      TITLE,
      'Shop owners on the harbour say the campaign has cost them customers who used to drive in from the farms.',
      'The council says the campaign will run until the new bus line to the harbour opens in the spring.',
      'A survey of residents found that most of them support the campaign and walk to the harbour more often.',
    ];
    const points = keyPoints(analyzeText(body).sentences, () => true, 3).map((s) => s.text);
    expect(points[0]).toBe(TITLE);
  });
});

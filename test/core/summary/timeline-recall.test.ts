// Dated events the timeline used to miss: a day and month whose year the text gave before, a
// date in an appositive or relative clause or a participle opening the sentence, and clauses it
// dropped for a word it misread. (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const eventsAt = (published: string | null, ...texts: string[]) =>
  summarizeArticle({ ...(published ? { published } : {}), blocks: texts.map(paragraph) }).timeline.map((t) => `${t.date} ${t.event}`);
const events = (...texts: string[]) => eventsAt(null, ...texts);

describe('timeline recall', () => {
  it('reads "the stock exchange" as a thing named in full, not "the stock" of something named before', () => {
    expect(events('In 1987 Delmar listed on the stock exchange.')).toEqual(['1987 Delmar listed on the stock exchange']);
    expect(events('The cannery was floated on the stock market in 1962.')).toEqual(['1962 The cannery was floated on the stock market']);
  });
});

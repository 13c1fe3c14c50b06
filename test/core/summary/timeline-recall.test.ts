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

  it('dates a day and month without a year by the year the text named just before', () => {
    const story = ['The Delmar cannery opened in Hull in 1921.', 'On 14 April the crews refused to unload the trawlers. The strike ended on 3 May, when the owners agreed to a new wage.'];
    expect(events(...story)).toEqual(['1921 The Delmar cannery opened in Hull', '1921-04-14 The crews refused to unload the trawlers', '1921-05-03 The strike ended']);
    // With a publication date, a day and month are the last such day before it, as before.
    expect(eventsAt('2024-06-01', ...story)).toContain('2024-04-14 The crews refused to unload the trawlers');
  });

  it('leaves a day and month undated when no year was named near it', () => {
    // The year is three paragraphs back.
    const out = events('The Delmar cannery opened in Hull in 1921.', 'The crews were paid by the catch.', 'The owners lived in London.', 'On 14 April the crews refused to unload the trawlers.');
    expect(out).toEqual(['1921 The Delmar cannery opened in Hull']);
    // A year in brackets is an aside, not the story's year.
    expect(events('The cannery owner Tom Hale (1881–1950) was a hard man. On 14 April the crews refused to unload the trawlers.')).toEqual([]);
    // What is still to come is no day of a year named before.
    expect(events('The Delmar cannery opened in Hull in 1921.', 'A reunion of its crews will be held on 14 April.')).toEqual(['1921 The Delmar cannery opened in Hull']);
    expect(events('The Delmar cannery opened in Hull in 1921.', 'Some say the first catch could have landed on 14 April.')).toEqual(['1921 The Delmar cannery opened in Hull']);
    // A paragraph that runs through several years sets no year for the next one.
    const career = events('Ruth Hale joined the cannery in 1961 and ran it from 1975.', 'Hale died at her home in Hull on 2 October.');
    expect(career.filter((e) => /-10-02/.test(e))).toEqual([]);
  });

  it('puts a subordinate clause\'s event as a statement of its own, opening on a capital', () => {
    expect(events('After the factory flooded in 2012, the company moved production to Leeds.')).toContain('2012 The factory flooded');
  });
});

// A story kept as one line turns its lost line breaks into " . ": the byline and time stamps
// at its head must not become the title ("By ."), and are kept as removed blocks.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';
import { parseStamp, readLostHead } from '../../../src/core/parse/lost-head.js';

const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });

const STORY =
  'A small town council voted on Tuesday to close its only library after a long debate about the budget. The vote was five to four, and the mayor cast no vote. ' +
  'Residents said they would appeal the decision at the next meeting of the council in May. The library has served the town since 1921 and holds ten thousand books. ' +
  'Its two librarians will move to the county branch, which opens on Saturdays only. A group of parents has started collecting signatures to keep the doors open. ' +
  'They hope to reach a thousand names before the council meets again, one of them said.';

describe('a story whose head lost its line breaks', () => {
  it('takes its title from the story, and keeps byline and time stamps as removed blocks', () => {
    const article = parse(`By . Jane Roe . PUBLISHED: . 08:44 EST, 21 March 2014 . | . UPDATED: . 09:12 EST, 21 March 2014 . ${STORY}`);
    expect(article.title).toBe('A small town council voted on Tuesday to close its only library after a long debate about the budget.');
    expect(article.byline).toBe('Jane Roe');
    expect(article.published).toBe('2014-03-21T08:44');
    expect(article.removed.slice(0, 2)).toEqual([
      { text: 'By . Jane Roe', rule: 'byline', reason: 'byline, shown as the article’s author', before: 0 },
      { text: 'PUBLISHED: . 08:44 EST, 21 March 2014 . | . UPDATED: . 09:12 EST, 21 March 2014', rule: 'dateline', reason: 'publication date, shown as the article’s date', before: 0 },
    ]);
    expect(article.blocks.map((b) => b.text).join(' ')).toBe(STORY);
  });

  it('reads a second name and a "Last updated at" stamp', () => {
    const article = parse(`By . Jane Roe . and Press Staff Reporter . Last updated at 5:47 PM on 6th October 2011 . ${STORY}`);
    expect(article.title.startsWith('A small town council')).toBe(true);
    expect(article.byline).toBe('Jane Roe and Press Staff Reporter');
    expect(article.published).toBe('2011-10-06T17:47');
    expect(article.removed.map((r) => r.rule).slice(0, 2)).toEqual(['byline', 'dateline']);
  });

  it('leaves a story that only opens with the word "By" alone', () => {
    const article = parse(`By Tuesday evening the water had gone from the square. ${STORY}`);
    expect(article.title).toBe('By Tuesday evening the water had gone from the square.');
    expect(article.removed).toEqual([]);
    expect(readLostHead('By . the river . the town grew.')).toBeNull();
  });
});

describe('parseStamp', () => {
  it('reads a clock time before the date, with or without its label', () => {
    expect(parseStamp('08:44 EST, 21 March 2014')).toBe('2014-03-21T08:44');
    expect(parseStamp('Last updated at 5:47 PM on 6th October 2011')).toBe('2011-10-06T17:47');
    expect(parseStamp('21 March 2014')).toBe('2014-03-21');
    expect(parseStamp('08:44 EST, the day after')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';

const BODY = 'The committee met on Tuesday and agreed, after a long debate, to publish its findings next month.';
const parse = (head: string) => parseText(`Headline of the story\n\n${head}\n\n${BODY}`, { format: 'text', encoding: 'utf-8' });

describe('article metadata from plain text', () => {
  it('splits a byline and a date written on one line', () => {
    const article = parse('By Ana Ruiz on May 3, 2024 at 4:30 p.m.');
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.published).toBe('2024-05-03T16:30');
    expect(article.removed.map((r) => r.rule)).toEqual(['byline']);
  });

  it('reads day-first and weekday dates, leaving out zone names it cannot turn into an offset', () => {
    expect(parse('Published 4 March 2024 10:30 GMT').published).toBe('2024-03-04T10:30');
    expect(parse('Tue, Nov 19 2019 7:05 AM').published).toBe('2019-11-19T07:05');
  });

  it('leaves a line that only starts like a byline in the body', () => {
    const article = parse('By the end of the week, the river had fallen by a metre and the ferries ran again.');
    expect(article.byline).toBeNull();
    expect(article.blocks).toHaveLength(2);
  });

  it('keeps the title out of the blocks, and removes a later repeat of it', () => {
    const article = parseText(`Headline of the story\n\n${BODY}\n\nHeadline of the story\n\n${BODY.replace('Tuesday', 'Friday')}`, {
      format: 'text',
      encoding: 'utf-8',
    });
    expect(article.title).toBe('Headline of the story');
    expect(article.removed).toEqual([{ text: 'Headline of the story', rule: 'title', reason: 'repeats the title', before: 1 }]);
    expect(article.blocks).toHaveLength(2);
  });
});

// A quick pre-check that spares a costly pattern on most sentences must never rule out what the
// pattern itself would find; a month's pattern built once still reads every form of the month.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { relativeDates } from '../../../src/core/summary/relative-dates.js';
import { isoDateOf, keyNumbers } from '../../../src/core/summary/timeline.js';

describe('pre-checks before costly summary patterns', () => {
  it('a relative day is still dated in every form it takes', () => {
    const dated = (text: string) => relativeDates(analyzeText([text]).sentences, '2023-06-14').map((r) => r.date);
    expect(dated('The council met on Monday to vote.')).toEqual(['2023-06-12']);
    expect(dated('The council met last FRIDAY to vote.')).toEqual(['2023-06-09']);
    expect(dated('The council will meet next Sunday to vote.')).toEqual(['2023-06-18']);
    expect(dated('The council met yesterday to vote.')).toEqual(['2023-06-13']);
    expect(dated('The council will meet Tomorrow to vote.')).toEqual(['2023-06-15']);
    expect(dated('The council met last November to vote.')).toEqual(['2022-11']);
    expect(dated('The council will meet this September to vote.')).toEqual(['2023-09']);
  });

  it('a date is read with its month written out or cut short', () => {
    expect(isoDateOf('September 3, 2021')).toBe('2021-09-03');
    expect(isoDateOf('Sept. 3, 2021')).toBe('2021-09-03');
    expect(isoDateOf('Sep 2021')).toBe('2021-09');
    expect(isoDateOf('DECEMBER 2019')).toBe('2019-12');
    expect(isoDateOf('May 2020')).toBe('2020-05');
  });

  it('a measure written in words is still a key number', () => {
    const values = keyNumbers(analyzeText(['The ministers held a two-day summit at the harbour to settle the quarrel over fishing rights.'])).map((n) => n.value);
    expect(values).toEqual(['two-day']);
  });
});


// A key number is found in the shapes that news prose gives its headline figures: a sentence that
// opens on a word of estimate, a verb the tagger reads as a noun, a subject the sentence states
// before an aside or a participle, a "he"/"she"/"it" whose referent is plain, a list, a duration,
// a score. What it measures still reads on its own, and names the right person or thing.
// (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const numbers = (...texts: string[]) => summarizeArticle({ blocks: texts.map(paragraph) }).numbers;

describe('a key number in a sentence that opens on a word of estimate', () => {
  it('is kept, the word of estimate with the figure ("About 9,000 people work for …")', () => {
    expect(numbers('About 9,000 people work for the Lindvik ferry company.')).toContainEqual({ value: 'about 9,000', what: '… people work for the Lindvik ferry company' });
    expect(numbers('Around 300 homes were evacuated along the harbour.')).toContainEqual({ value: 'around 300', what: '… homes were evacuated along the harbour' });
    expect(numbers('Nearly 40 percent of voters stayed at home in Lindvik.')).toContainEqual({ value: 'nearly 40 percent', what: '… of voters stayed at home in Lindvik' });
  });

  it('still leaves out a figure that a capitalised word labels ("Route 66")', () => {
    expect(numbers('Route 66 bookings filled every berth of the ferry.')).toEqual([]);
  });
});

describe('a key number after a verb the tagger reads as a noun', () => {
  it('is kept after a past "cost", with or without an object', () => {
    expect(numbers('The harbour repairs cost £1.8 million.')).toContainEqual({ value: '£1.8 million', what: 'The harbour repairs cost …' });
    expect(numbers('The ferry strike cost Lindvik £30 million.')).toContainEqual({ value: '£30 million', what: 'The ferry strike cost Lindvik …' });
  });
});

describe('a key number whose subject is a pronoun', () => {
  it('names the organisation that the sentence before opens on, for "It"', () => {
    expect(numbers('Harbour Foods is based in Lindvik. It employs 450 people.')).toContainEqual({ value: '450', what: 'Harbour Foods employs … people' });
  });

  it('is left out when "It" has no plain referent', () => {
    expect(numbers('The harbour choir was founded in the old fish market. It has 48 members.')).toEqual([]);
  });

  it('reads past "it emerged that" and names the person "he" stands for', () => {
    const out = numbers('The leader of the Lindvik harbour board, Tom Arvel, resigned on Monday after it emerged that he had claimed £18,400 in expenses.', 'Arvel said he was sorry.');
    expect(out).toContainEqual({ value: '£18,400', what: 'Tom Arvel had claimed … in expenses' });
  });
});

describe('a key number in or after an aside', () => {
  it('is told of the subject before the aside ("The prize, worth £25,000, goes …")', () => {
    expect(numbers('The harbour prize, worth £25,000, goes to the best ferry design.')).toContainEqual({ value: '£25,000', what: 'The harbour prize is worth …' });
    expect(numbers('Ferry sales, which reached £300 million last year, fell this spring.')).toContainEqual({ value: '£300 million', what: 'Ferry sales reached … last year' });
  });

  it('after the aside, is told with the subject before it ("Arvel, 52, said …")', () => {
    const out = numbers('Arvel, 52, said the new pier would cost £3 million.');
    expect(out).toContainEqual({ value: '52', what: 'age of Arvel' });
    expect(out).toContainEqual({ value: '£3 million', what: 'Arvel said the new pier would cost …' });
    expect(numbers('The harbour board, which has a budget of £1.1 billion, has 70 members.')).toEqual([
      { value: '£1.1 billion', what: 'The harbour board has a budget of …' },
      { value: '70', what: 'The harbour board has … members' },
    ]);
  });

  it('is left out when the words before the aside are no subject', () => {
    expect(numbers('In the spring, after the storm, cost £3 million.')).toEqual([]);
  });
});

describe('a key number in a participle after the main clause', () => {
  it('is told with the main clause’s subject, in the past', () => {
    expect(numbers('Ferrand won the harbour vote, taking 54.2 percent of the ballots.')).toContainEqual({ value: '54.2 percent', what: 'Ferrand took … of the ballots' });
    expect(numbers('The fire moved quickly, destroying 46 houses.')).toContainEqual({ value: '46', what: 'The fire destroyed … houses' });
  });

  it('is left out after a condition or a clause with no subject', () => {
    expect(numbers('If the ferry sails, carrying 40 passengers, the harbour will open.')).toEqual([]);
  });
});

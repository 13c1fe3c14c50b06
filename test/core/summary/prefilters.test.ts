// A quick pre-check that spares a costly pattern on most sentences must never rule out what the
// pattern itself would find; a month's pattern built once still reads every form of the month.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core/nlp/index.js';
import { relativeDates } from '../../../src/core/summary/relative-dates.js';
import { isoDateOf, keyNumbers } from '../../../src/core/summary/timeline.js';
import { extraFigures } from '../../../src/core/summary/key-numbers-recall.js';

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

  it('a count of people in words, a duration and a score are still found behind their pre-checks', () => {
    const found = (text: string) => {
      const analysis = analyzeText([text]);
      const s = analysis.sentences[0]!;
      return extraFigures(analysis, []).map((f) => s.text.slice(f.start - s.start, f.end - s.start));
    };
    const words = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds', 'dozens'];
    for (const word of [...words, 'a hundred', 'Twelve', 'FORTY']) {
      // (A year too: a sentence with neither a digit nor one of the commoner number words is not read at all.)
      expect(found(`The police said ${word} workers were hurt at the harbour in the storm of 2019.`), word).toEqual([word]);
    }
    for (const word of ['seven', 'Eleven', 'dozens']) {
      expect(found(`In the storm 40 people were hurt and ${word} died at the harbour.`), word).toEqual([word]);
    }
    expect(found('The crossing took 3 hours, 12 minutes and 5 seconds in the storm.')).toEqual(['3 hours, 12 minutes and 5 seconds']);
    expect(found('The harbour side won 3-1 against the visitors on the night of the storm.')).toEqual(['3-1']);
  });

  it('a measure written in words is still a key number', () => {
    const values = keyNumbers(analyzeText(['The ministers held a two-day summit at the harbour to settle the quarrel over fishing rights.'])).map((n) => n.value);
    expect(values).toEqual(['two-day']);
  });
});


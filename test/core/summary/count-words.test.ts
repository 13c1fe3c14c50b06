// countWords is a hand-written scan standing in for `match(/\S+/g)`: it must count the same.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/summary/summarize.js';

describe('countWords', () => {
  it('counts runs of non-whitespace as the regex does', () => {
    const texts = ['', '  ', 'one', ' two  words ', 'a\u00a0b\u2009c\u3000d\ufeffe\u2028f\u1680g', 'zero\u200bwidth', '😀 \ud800 é', 'tab\tnew\nline\r\nend'];
    for (const text of texts) expect(countWords(text), text).toBe(text.match(/\S+/g)?.length ?? 0);
  });
});

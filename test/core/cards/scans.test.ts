// Hand-written scans standing in for regexes on the hot path (wordCount on every gap card's
// front, norm on every draft the selection looks at, quotesBalanced on every sentence): each
// must give exactly what its regex version gives.
import { describe, expect, it } from 'vitest';
import { quotesBalanced, wordCount } from '../../../src/core/cards/context.js';
import { norm } from '../../../src/core/cards/select.js';
import { isTeaser } from '../../../src/core/cards/sentence-rules.js';
import { endsWithStop } from '../../../src/core/cards/words.js';

const byRegex = (text: string) => text.match(/(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu)?.length ?? 0;

describe('wordCount', () => {
  it('counts whitespace-separated words holding a letter or digit, as the regex does', () => {
    const texts = [
      '',
      '   ',
      'Blinken’s stay in Beijing culminated on Monday.',
      '“We have cut the deficit in half,” he said — and left.',
      'A [...] of 1,900-mile-wide ([...] kilometers) craters.',
      '- — – … ! ?',
      'café naïve Ωmega 中文 ٣ ² 𝐀 😀 x\u0301',
      'a\u00a0b\u2009c\u3000d\ufeffe\u2028f\u1680g\u200bh',
      '\ud800 lone \udc00 surrogates',
      '$53 million, 18 to 45 percent',
    ];
    for (const text of texts) expect(wordCount(text), text).toBe(byRegex(text));
  });
});

const TEXTS = [
  '',
  'Blinken’s stay in Beijing — “a half-hour meeting” (not on the agenda).',
  'ÉCOLE Straße İstanbul ΣΟΦΊΑ ǅemal ﬀ 中文 ٣ ² 𝐀 😀 x\u0301',
  '\ud800 lone \udc00 surrogates, "straight" and “curly” quotes',
];

describe('norm', () => {
  it('lowercases and joins the letter-and-digit runs with single spaces, as the regex does', () => {
    for (const text of TEXTS) expect(norm(text), text).toBe(text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  });
});

describe('quotesBalanced', () => {
  it('counts curly and straight quotes as the regexes do', () => {
    const byRegex = (t: string) => (t.match(/“/g) ?? []).length === (t.match(/”/g) ?? []).length && (t.match(/"/g) ?? []).length % 2 === 0;
    for (const text of [...TEXTS, '“open', 'close”', '"one', '“a” "b"']) expect(quotesBalanced(text), text).toBe(byRegex(text));
  });
});

describe('cardId', () => {
  it('is the 64-bit FNV-1a of kind, position and answer, as the BigInt version computes it', async () => {
    const { cardId } = await import('../../../src/core/cards/id.js');
    const byBigInt = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const char of text) hash = ((hash ^ BigInt(char.codePointAt(0)!)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    for (const answer of ['', 'Antony Blinken', '$2.4 billion', 'café 中文 😀', '\uffff\u0100 x']) {
      expect(cardId('cloze', 7, 123, answer)).toBe(byBigInt(`cloze|7|123|${answer}`));
    }
  });
});

const ENDINGS = [
  '',
  'He left.',
  'He left.  \n',
  'He said: “We left.”',
  'He said (we left.)',
  "It was 'over.'’ ",
  'No stop here',
  'Really?',
  'Wait…',
  'Wait...”',
  'Odd ending.x',
  '“Quote”',
  '.',
  ')',
];

describe('endsWithStop', () => {
  it('is the sentence-end regex on the trimmed text', () => {
    for (const text of ENDINGS) expect(endsWithStop(text), text).toBe(/[.!?…][”"’')]*$|[.!?][”"’']?\)?$/u.test(text.trimEnd()));
  });
});

describe('isTeaser', () => {
  it('is the trailing-ellipsis regex on the trimmed text', () => {
    for (const text of [...ENDINGS, 'More to come …', 'More to come… ”', 'More to come…”  ', 'Cut off...', 'Cut off..']) {
      expect(isTeaser(text), text).toBe(/(?:…|\.\.\.)[”"’']?\s*$/.test(text.trimEnd()));
    }
  });
});

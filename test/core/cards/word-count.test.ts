// wordCount is a hand-written scan standing in for a regex (it runs on every gap card's front):
// it must count exactly what the regex counts.
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../src/core/cards/context.js';

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

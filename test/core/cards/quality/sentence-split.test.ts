// splitSentences replaces a RegExp split of the salience facts: it must cut exactly where the
// pattern did, whatever the quotes, brackets, spaces and scripts around a stop.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../src/core/cards/quality/sentence-split.js';
import { norm, normWords, wordCount } from '../../../../src/core/cards/words.js';

const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u;

describe('splitSentences', () => {
  it('cuts where the sentence-end pattern does', () => {
    const texts = [
      'The port reopened. Dockers voted on Friday! A ship docked? Yes.',
      '“It works.” Then it stopped. (It did.) “Quite so.” 2019 was bad.',
      'No cut before lower case. here. Nor after a comma, Then.',
      'Spaces\u00a0 after a stop.\u2003Élan counts, as does 𝐀 astral.  “Opened’ quote.',
      'Ends on a stop. ',
      ' Leading space. Then more.',
      '',
      'A stop and two closers.”) Then this.',
    ];
    for (const text of texts) expect(splitSentences(text)).toEqual(text.split(SENTENCE_END));
  });

  it('matches the pattern on random strings of the characters it reads', () => {
    const alphabet = ['a', 'B', '.', '!', '?', '"', '”', '’', ')', '(', '“', '‘', ' ', '\n', '\u00a0', '1', 'É', '𝐀', ','];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(splitSentences(text)).toEqual(text.split(SENTENCE_END));
    }
  });
});

describe('word scans', () => {
  it('normWords are the words of norm', () => {
    for (const text of ['', '  ', 'Ünïcode—dash “quoted” … end', 'a-b c’d 12.5%']) expect(normWords(text)).toEqual(norm(text).split(' ').filter((w) => w !== ''));
  });

  it('counts words around dashes and curly quotes as the pattern does', () => {
    for (const text of ['“Hello” — she said…', 'a–b ‘c’ —', '\u2028line\u2029para']) {
      expect(wordCount(text)).toBe(text.match(/(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu)?.length ?? 0);
    }
  });
});

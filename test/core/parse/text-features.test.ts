import { describe, expect, it } from 'vitest';
import { wordCount, words } from '../../../src/core/parse/text-features.js';

// The same words as /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu after spacing out each Han/Kana
// character (the definition the scanner replaces).
const byRegex = (text: string): string[] =>
  text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' $& ').match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];

describe('words', () => {
  it('keeps an apostrophe inside a word and drops it at the edges', () => {
    expect(words("Don't 'tis dogs' l’été rock'n'roll a''b")).toEqual(["Don't", 'tis', 'dogs', 'l’été', "rock'n'roll", 'a', 'b']);
  });

  it('counts each Han or Kana character as a word, and breaks Latin words around it', () => {
    expect(words('東京タワーへ行く abc漢def')).toEqual(['東', '京', 'タ', 'ワ', 'ー', 'へ', '行', 'く', 'abc', '漢', 'def']);
    expect(wordCount('日本語のテキスト')).toBe(8);
  });

  it('reads letters and digits of every script, astral ones included, and nothing else', () => {
    expect(words('Ωμέγα 123 Жук ١٢٣ 𝐀𝐁 😀 — ½ x\u0301y')).toEqual(['Ωμέγα', '123', 'Жук', '١٢٣', '𝐀𝐁', '½', 'x', 'y']);
  });

  it('agrees with the regular-expression definition on mixed text', () => {
    const samples = ["It's 3 o’clock in 東京, 'quoted' — ok", "a'漢 漢'a ⺀x々y 〇 ㋐ Ⅻ", '\ud800 lone\udc00surrogate', ''];
    for (const text of samples) {
      expect(words(text)).toEqual(byRegex(text));
      expect(wordCount(text)).toBe(byRegex(text).length);
    }
  });
});

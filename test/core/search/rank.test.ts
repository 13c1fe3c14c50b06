// Folding and ranking for search: offsets stay one-to-one with the text, so marks and
// snippets cut from the folded text line up with the original.
import { describe, expect, it } from 'vitest';
import { fold, queryTerms, rankItems } from '../../../src/core/search/index.js';

/** The plain definition: each character on its own, without case or accent, same length. */
function foldSlowly(text: string): string {
  let out = '';
  for (const ch of text) {
    const base = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

describe('fold', () => {
  it.each([
    'Plain ASCII, Upper and lower 123.',
    'Café “Crème” — São Paulo’s Ærø and Łódź',
    'İstanbul and DİYARBAKIR keep their length',
    'Straße, ŒUVRE, ǅemal, ﬁne ligatures',
    'Emoji 🎉 and 𝐁𝐨𝐥𝐝 math letters',
    'ΑΘΗΝΑ Ελλάδα, Москва, 東京',
  ])('keeps offsets one-to-one and matches the one-character-at-a-time definition: %s', (text) => {
    const folded = fold(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe(foldSlowly(text));
  });

  it('drops accents and case', () => {
    expect(fold('Crème Brûlée À LA CARTE')).toBe('creme brulee a la carte');
  });

  it('lowers a word-final Greek sigma as a typed query is lowered (ς), so the word is found', () => {
    expect(fold('ΟΔΟΣ ΑΘΗΝΩΝ')).toBe('οδος αθηνων');
    expect(rankItems([{ kind: 'text', text: 'ΟΔΟΣ ΑΘΗΝΩΝ 12', paragraph: 0 }], '', queryTerms('οδος '))).toHaveLength(1);
  });
});

describe('rankItems', () => {
  const items = [
    { kind: 'text' as const, text: 'The café on the corner opened in 1921.', paragraph: 0 },
    { kind: 'text' as const, text: 'Nothing to see here.', paragraph: 1 },
    { kind: 'note' as const, text: 'Ask about the CAFE’s founder.', paragraph: null },
  ];

  it('finds a word typed without its accent, marks it in the snippet, and skips items without it', () => {
    const hits = rankItems(items, 'Old town', queryTerms('cafe '));
    expect(hits.map((h) => h.item.paragraph)).toEqual([null, 0]);
    const text = hits.find((h) => h.item.paragraph === 0)!;
    expect(text.marks.map(([s, e]) => text.snippet.slice(s, e))).toEqual(['café']);
  });

  it('takes the last word as a prefix only while it is being typed', () => {
    expect(rankItems(items, 'Old town', queryTerms('cor'))).toHaveLength(1);
    expect(rankItems(items, 'Old town', queryTerms('cor '))).toHaveLength(0);
  });
});

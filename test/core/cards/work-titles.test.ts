// Titles set beside their work noun; the quick pattern that gates the Unicode one must never hide
// a title, however it opens (an article, a capital above ASCII).
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/nlp/index.js';
import { workTitlesOf } from '../../../src/core/cards/work-titles.js';

const sentence = (text: string): Sentence => ({ index: 0, block: 0, start: 10, end: 10 + text.length, text, tokens: [] });
const titles = (text: string) => workTitlesOf(sentence(text)).map((t) => t.text);

describe('workTitlesOf', () => {
  it('finds a title in apposition and one right after its noun', () => {
    expect(titles('The second episode, A Frozen Harbour, shows the crew.')).toEqual(['A Frozen Harbour']);
    expect(titles('She read the novel Bleak House.')).toEqual(['Bleak House']);
  });

  it('finds titles that open on a capital above ASCII', () => {
    expect(titles('He starred in the film Ámbar Días.')).toEqual(['Ámbar Días']);
  });

  it('gives block offsets', () => {
    const [t] = workTitlesOf(sentence('She read the novel Bleak House.'));
    expect(t).toMatchObject({ start: 10 + 19, end: 10 + 30 });
  });

  it('leaves out one-word titles and sentences naming no work', () => {
    expect(titles('She read the novel Emma.')).toEqual([]);
    expect(titles('The council met on Monday in Harlow.')).toEqual([]);
  });
});

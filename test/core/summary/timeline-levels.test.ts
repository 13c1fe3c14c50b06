// The level a figure stood at in a year is a key number, not a dated event of the story: "The
// workforce peaked at 6,800 in 1917" stays in the numbers with its year and leaves the timeline.
// (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../../src/core/summary/index.js';

const summary = (...texts: string[]) => summarizeArticle({ blocks: texts.map((text) => ({ type: 'paragraph' as const, text })) });

describe('a figure’s level in a year', () => {
  it('is no timeline event, and stays a key number', () => {
    const s = summary('The Calder yard was founded in 1838 by Archibald Calder. The workforce peaked at 6,800 in 1917, and completions averaged 410 a year in the 1920s.', 'By 2020 the Calder Society had some 260 members. The yard closed in 1987.');
    expect(s.timeline.map((t) => `${t.date} ${t.event}`)).toEqual(['1838 The Calder yard was founded by Archibald Calder', '1987 The yard closed']);
    expect(s.numbers.map((n) => n.value)).toEqual(expect.arrayContaining(['6,800', '410', '260']));
  });

  it('keeps an event whose figure is its object', () => {
    const s = summary('The Calder yard launched 12 ships in 1871 and employed 900 men by then.');
    expect(s.timeline.map((t) => t.date)).toEqual(['1871']);
  });
});

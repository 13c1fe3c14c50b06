import { describe, expect, it } from 'vitest';
import { toBlockRanges, toTextOffset } from '../../../src/core/annotations/index.js';

const title = 'Title';
const blocks = [{ text: 'First paragraph.' }, { text: 'Second one here.' }, { text: 'Third.' }];
const clean = `${title}\n\n${blocks.map((b) => b.text).join('\n\n')}`;

describe('clean-text offsets and block offsets', () => {
  it('map a range inside one block', () => {
    const start = clean.indexOf('one here');
    expect(toBlockRanges(title, blocks, start, start + 8)).toEqual([{ paragraph: 1, start: 7, end: 15 }]);
  });

  it('split a range across blocks, skipping the gaps', () => {
    const start = clean.indexOf('paragraph.');
    const end = clean.indexOf('Third') + 3;
    expect(toBlockRanges(title, blocks, start, end)).toEqual([
      { paragraph: 0, start: 6, end: 16 },
      { paragraph: 1, start: 0, end: 16 },
      { paragraph: 2, start: 0, end: 3 },
    ]);
  });

  it('turn a block position back into a clean-text offset', () => {
    expect(clean.slice(toTextOffset(title, blocks, 2, 0), toTextOffset(title, blocks, 2, 6))).toBe('Third.');
  });
});

// Wrong values of a figure written with thousands separators are written like it, with its own
// number of decimals, whichever figures were given options before it (the formats are reused).
import { describe, expect, it } from 'vitest';
import { valueDistractors } from '../../../src/core/cards/numeric-distractors.js';

const options = (figure: string): string[] => {
  for (let seed = 0; seed < 50; seed++) {
    const made = valueDistractors(figure, 'number', `figure-options-${seed}`);
    if (made) return made;
  }
  throw new Error(`no options for ${figure}`);
};

describe('options of a grouped figure', () => {
  it('keep its separators and its decimals, one figure after another', () => {
    for (const [figure, shape] of [
      ['1,200.75', /^\d{1,3}(?:,\d{3})*\.\d{2}$/],
      ['250,000', /^\d{1,3}(?:,\d{3})*$/],
      ['3,456.5', /^\d{1,3}(?:,\d{3})*\.\d$/],
      ['1,234,567', /^\d{1,3}(?:,\d{3})*$/],
    ] as const) {
      const made = options(figure);
      expect(made, figure).toHaveLength(3);
      for (const option of made) expect(option, figure).toMatch(shape);
    }
  });
});

// Wrong values of a figure written with thousands separators are written like it, with its own
// number of decimals, whichever figures were given options before it (the formats are reused).
import { describe, expect, it } from 'vitest';
import { valueDistractors } from '../../../src/core/cards/numeric-distractors.js';
import { frameOf } from '../../../src/core/cards/value-frame.js';

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

describe('options of a shop price', () => {
  it('end as the price does (".99", ".95", ".50"), so the one real-looking price is not the answer', () => {
    for (const [price, ending] of [
      ['$169.99', /\.99$/],
      ['$24.95', /\.95$/],
      ['$12.50', /\.50$/],
      ['£1,299.99', /,?\d{3}\.99$/],
    ] as const) {
      let sets = 0;
      for (let seed = 0; seed < 20; seed++) {
        const made = valueDistractors(price, 'number', `price-${seed}`);
        if (!made) continue;
        sets++;
        for (const option of made) expect(option, price).toMatch(ending);
      }
      expect(sets, price).toBeGreaterThan(10);
    }
    // A length is no price: its wrong values need not end in ".50".
    const lengths = Array.from({ length: 20 }, (_, seed) => valueDistractors('2.50 metres', 'number', `length-${seed}`) ?? []).flat();
    expect(lengths.some((option) => !/\.50 metres$/.test(option))).toBe(true);
  });
});

describe('options of a figure on a coarse grid', () => {
  it('never space the three wrong values evenly with the answer off their spacing ("$1.8 | $2.0 | $2.2 trillion" beside "$1.5 trillion")', () => {
    const value = (option: string): number => Number(option.replace(/[^\d.]/g, ''));
    const gaps = (values: number[]): number[] => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted.slice(1).map((v, i) => Math.round((v - sorted[i]!) * 1e6));
    };
    const even = (gs: number[]): boolean => gs.every((g) => g === gs[0]);
    let made = 0;
    for (const figure of ['$1.5 trillion', '$125 billion', '2.1', '16', '$399']) {
      for (let seed = 0; seed < 200; seed++) {
        const wrong = valueDistractors(figure, 'number', `odd-one-out-${seed}`);
        if (!wrong) continue;
        made++;
        const values = wrong.map(value);
        expect(even(gaps(values)) && !even(gaps([...values, value(figure)])), `${figure}: ${wrong.join(' | ')}`).toBe(false);
      }
    }
    expect(made).toBeGreaterThan(500);
  });
});

describe('options a front rules out by what it measures', () => {
  it('keep a person\'s age within a lifetime ("died in 1994 aged [...]")', () => {
    for (const front of ['Mr Nogar, who died in 1994 aged [...], always made two tapes of each session.', 'The [...]-year-old engineer always made two tapes.']) {
      const frame = frameOf(front, '72');
      for (let seed = 0; seed < 20; seed++) {
        const options = valueDistractors('72', 'number', `age-${seed}`, undefined, frame) ?? [];
        for (const option of options) expect(Number(option)).toBeLessThanOrEqual(105);
      }
    }
  });

  it('keep a latitude within 90 degrees (set Z judges: 93 and 99 were offered)', () => {
    const frame = frameOf('Depending on winds, the flight may reach [...] degrees south latitude, but other times 71 degrees.', '55');
    let seen = 0;
    for (let seed = 0; seed < 20; seed++) {
      const options = valueDistractors('55', 'number', `latitude-${seed}`, undefined, frame) ?? [];
      seen += options.length;
      for (const option of options) expect(Number(option)).toBeLessThanOrEqual(90);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('are not made for a range whose other end is in words ("between 700,000 and one million")', () => {
    expect(valueDistractors('700,000 and one million', 'number', 'range')).toBeNull();
  });
});

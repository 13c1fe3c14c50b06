// Training the logistic regression: it lowers the loss it minimises, finds the direction of a
// toy signal, and the AUC counts pairs the way a reader would.
import { describe, expect, it } from 'vitest';
import { auc, loss, predict, train, type Example } from '../../../../src/core/cards/quality/index.js';

/** Feature 0 decides the label (with a little noise), feature 1 is noise. */
function toy(): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < 60; i++) {
    const a = i % 2;
    const noise = (i * 7) % 5 === 0 ? 1 - a : a;
    out.push({ x: [a, (i * 13) % 3], y: noise });
  }
  return out;
}

describe('train', () => {
  it('decreases the loss on a toy set and finds the feature that matters', () => {
    const data = toy();
    const start = { bias: 0, w: [0, 0] };
    const fit = train(data, 2, { l2: 0.01 });
    expect(loss(fit, data, 0.01)).toBeLessThan(loss(start, data, 0.01) - 0.1);
    expect(fit.w[0]).toBeGreaterThan(1);
    expect(Math.abs(fit.w[1]!)).toBeLessThan(fit.w[0]! / 3);
    expect(predict(fit, [1, 0])).toBeGreaterThan(predict(fit, [0, 0]));
  });

  it('with a prior, a strong L2 keeps the weights near it', () => {
    const prior = { bias: 0, w: [-2, 0] };
    const fit = train(toy(), 2, { l2: 100, prior });
    expect(fit.w[0]).toBeCloseTo(-2, 1);
  });
});

describe('auc', () => {
  it('is 1 when every positive outscores every negative, 0.5 for ties, and counts pairs', () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(auc([0.9, 0.3, 0.5, 0.1], [1, 1, 0, 0])).toBe(0.75);
  });
});

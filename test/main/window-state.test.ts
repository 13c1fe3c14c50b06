import { describe, expect, it } from 'vitest';
import { restoreBounds } from '../../src/main/window-state.js';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoring the window', () => {
  it('puts it back where it was on a display that still exists', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: false };
    expect(restoreBounds(saved, [laptop, monitor])).toEqual(saved.bounds);
  });

  it('does not restore onto a display that is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true };
    expect(restoreBounds(saved, [laptop])).toBeNull();
  });

  it('pulls a window that hangs off the edge back inside, and shrinks one too large', () => {
    const saved = { bounds: { x: 1200, y: -50, width: 2000, height: 1200 }, maximized: false };
    const r = restoreBounds(saved, [laptop])!;
    expect(r.x + r.width).toBeLessThanOrEqual(laptop.width);
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.height).toBeLessThanOrEqual(laptop.height);
  });

  it('ignores a missing or nonsensical saved state', () => {
    expect(restoreBounds(null, [laptop])).toBeNull();
    expect(restoreBounds({ bounds: { x: NaN, y: 0, width: 100, height: 100 }, maximized: false }, [laptop])).toBeNull();
  });
});

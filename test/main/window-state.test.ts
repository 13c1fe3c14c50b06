import { describe, expect, it, vi } from 'vitest';
import { debounced, restoreBounds } from '../../src/main/window-state.js';

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

describe('saving the window state while it moves', () => {
  it('writes once after the last move or resize, and at once on close', () => {
    vi.useFakeTimers();
    try {
      let writes = 0;
      const save = debounced(() => writes++, 500);
      for (let i = 0; i < 30; i++) {
        save(); // a drag fires an event per step, on Linux as on macOS and Windows
        vi.advanceTimersByTime(20);
      }
      expect(writes).toBe(0);
      vi.advanceTimersByTime(500);
      expect(writes).toBe(1);
      save();
      save.flush();
      expect(writes).toBe(2);
      save.flush(); // nothing pending
      vi.advanceTimersByTime(1000);
      expect(writes).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

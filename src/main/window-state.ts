// Remembering the window: size, position and maximised state, restored only onto a display
// that still exists (a window saved on an unplugged monitor opens on the primary one). Pure.

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Rect;
  readonly maximized: boolean;
}

/** How much of the window must be on a display to count as on it. */
const MIN_VISIBLE = 100;
const MIN_SIZE = { width: 640, height: 480 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/**
 * The bounds to open with: the saved ones when enough of the window lies on one of the
 * current displays' work areas (clamped to fit it), else null (let the app centre a default).
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null;
  const { bounds } = saved;
  if (![bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite)) return null;
  const home = workAreas.find((area) => {
    const o = overlap(bounds, area);
    return o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE;
  });
  if (!home) return null;
  const width = Math.max(MIN_SIZE.width, Math.min(bounds.width, home.width));
  const height = Math.max(MIN_SIZE.height, Math.min(bounds.height, home.height));
  const x = Math.min(Math.max(bounds.x, home.x), home.x + home.width - width);
  const y = Math.min(Math.max(bounds.y, home.y), home.y + home.height - height);
  return { x, y, width, height };
}

/**
 * Calls `run` once the calls stop for `ms` (a window being dragged or resized fires many move
 * and resize events; the state is written once, after the last). `flush` runs a pending call
 * now (on close). Timers are injected so it is tested without waiting.
 */
export function debounced(run: () => void, ms: number, timers: { set: (f: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = { set: (f, t) => setTimeout(f, t), clear: (h) => clearTimeout(h as NodeJS.Timeout) }): { (): void; flush(): void } {
  let handle: unknown = null;
  const call = () => {
    if (handle !== null) timers.clear(handle);
    handle = timers.set(() => {
      handle = null;
      run();
    }, ms);
  };
  call.flush = () => {
    if (handle === null) return;
    timers.clear(handle);
    handle = null;
    run();
  };
  return call;
}

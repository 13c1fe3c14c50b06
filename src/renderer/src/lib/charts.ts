// Small helpers for the hand-made SVG charts: round axis ticks and short day labels.

/** Up to about `count` round tick values from 0 to at least `max`. */
export function ticks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const top = Math.ceil(max / step) * step;
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += Math.max(1, step)) out.push(Math.round(v));
  return out;
}

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** "3 Dec" for a study day "YYYY-MM-DD". */
export function shortDay(day: string): string {
  const date = new Date(`${day}T12:00:00`);
  return Number.isNaN(date.getTime()) ? day : dayLabel.format(date);
}

/** Indices of about `count` evenly spaced labels over `n` slots, always with the last. */
export function labelIndices(n: number, count = 6): number[] {
  if (n <= 0) return [];
  const step = Math.max(1, Math.ceil(n / count));
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i -= step) out.unshift(i);
  return out;
}

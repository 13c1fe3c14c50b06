// Wrong options for a figure or a year with no pattern a reader could exploit: the answer's rank
// among the four sorted values is dealt uniformly, the gaps between values are irregular, and
// every value keeps the answer's unit, precision and plausible range (a share stays within
// 0–100, a year within a few years of the answer). When that cannot be done, no choice card.
import { lengthFair } from './option-lengths.js';
import { OPEN_FRAME, type ValueFrame } from './value-frame.js';
import { balancedDeck, seededRandom, shuffled, type Deck } from './rng.js';

/** Ladders tried at one rank for sound options whose lengths are fair too; then for sound ones alone. */
const ATTEMPTS = 8;
const FAIR_ATTEMPTS = 16;

/**
 * No option further than this factor from the answer: "5" beside "40" men, "7 billion" beside
 * "46 billion" is dismissed without reading.
 */
const SPREAD = 2.5;

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/;

/** Significant digits of a written figure ("250,000" → 2, "44.2" → 3, "406" → 3). */
function significant(digits: string): number {
  const plain = digits.replace(/,/g, '');
  if (plain.includes('.')) return plain.replace('.', '').replace(/^0+/, '').length;
  return Math.max(1, plain.replace(/^0+/, '').replace(/0+$/, '').length);
}

function roundTo(n: number, sig: number, decimals: number): number {
  if (n === 0) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const unit = Math.max(10 ** (magnitude - sig + 1), 10 ** -decimals);
  return Math.round(n / unit) * unit;
}

/** Trailing zeros of a whole figure as written ("250,000" → 4, "406" → 0). */
function trailingZeros(digits: string): number {
  return /0*$/.exec(digits.replace(/,/g, ''))![0].length;
}

/**
 * The roundness wrong values keep (sameRoundness), read once per answer: 10 to the power of its
 * trailing zeros, or 0 when any value will do. A bare digit ("7") is as round as any whole number;
 * but a round figure ("20", "500") among odd ones ("11 | 13 | 17") is the answer at a glance, so it
 * too gets neighbours as round as itself — or, when its range holds too few, no choice card (the
 * caller makes a cloze).
 */
function roundnessUnit(digits: string, decimals: number): number {
  return decimals > 0 || (significant(digits) < 2 && trailingZeros(digits) === 0) ? 0 : 10 ** trailingZeros(digits);
}

/**
 * A wrong value as round as the answer: exactly as many trailing zeros. Among "$200,000 |
 * $160,000 | $240,000 | $250,000" or "18 | 22 | 24 | 20 billion" the odd one out in roundness
 * is the answer; a student picks it without reading.
 */
function sameRoundness(v: number, unit: number, random: () => number): number {
  if (unit === 0) return v;
  let steps = Math.max(1, Math.round(v / unit));
  // One step more or less when the value would be rounder than the answer ("200,000" beside "250,000").
  if (steps % 10 === 0) steps += random() < 0.5 && steps > 1 ? -1 : 1;
  return steps * unit;
}

/**
 * A shop price's ending ("$169.99", "$24.95", "$12.50"), or null: wrong prices end the same way, else the
 * only ".99" among "$138.40 | $208.31 | $169.99 | $93.73" is the answer at a glance (both blind
 * judges of unseen news caught it).
 */
function priceEnding(text: string, digits: string): number | null {
  const m = /\.(99|98|95|49|50|00)$/.exec(digits);
  // ".50" and ".00" are a price's only beside a currency sign ("2.50 metres" is no price).
  if (!m || (Number(m[1]) % 50 === 0 && !/[$£€¥]/.test(text))) return null;
  return Number(m[1]) / 100;
}

/** `v` with the answer's price ending, if it has one. */
function withCents(v: number, cents: number | null): number {
  return cents === null ? v : Math.floor(v) + cents;
}

/** What `toLocaleString('en-US', …)` makes afresh on every call, made once per number of decimals. */
const grouped = new Map<number, Intl.NumberFormat>();

function format(n: number, like: string, decimals: number): string {
  const fixed = n.toFixed(decimals);
  if (!like.includes(',')) return fixed;
  let formatter = grouped.get(decimals);
  if (!formatter) grouped.set(decimals, (formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return formatter.format(Number(fixed));
}

/** Values `below` under and `3 - below` over the answer, irregularly spaced by `gapDown()` and `gapUp()`. */
function ladder(value: number, below: number, gapDown: () => number, gapUp: () => number = gapDown): number[] {
  const out: number[] = [];
  let down = value;
  let up = value;
  for (let i = 0; i < below; i++) out.push((down -= gapDown()));
  for (let i = below; i < 3; i++) out.push((up += gapUp()));
  return out;
}

function yearDistractors(text: string, seed: string, deck: Deck, frame: ValueFrame): string[] | null {
  const m = YEAR.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const random = seededRandom(`year|${seed}`);
  const below = deck.take()!;
  const used = new Set([year]);
  // "From 1754 to [...]" never offers 1754: a year the front states is stepped past, outward, so the rank holds.
  const years = ladder(year, below, () => 1 + Math.floor(random() * 4)).map((y, i) => {
    while (frame.stated.has(y) || used.has(y)) y += i < below ? -1 : 1;
    used.add(y);
    return y;
  });
  return years.map((y) => text.slice(0, m.index) + String(y) + text.slice(m.index + m[0].length));
}

/**
 * How many of the four ranks a figure can take among its options: the values on its grid of
 * `step` (shown to `decimals` places) that `allowed` admits, counted below and above it. A figure
 * with room for fewer than three ("20" on a grid of tens has one value below it, 10, so it can
 * only be smallest or second-smallest) gives itself away by its rank however the ranks are dealt.
 */
function reachableRanks(value: number, step: number, decimals: number, allowed: (v: number) => boolean, sound: (v: number) => boolean = allowed): number {
  const room = (direction: 1 | -1): number => {
    let n = 0;
    // Rounded as shown: decimal steps (0.1) do not add up exactly in binary. A value within range
    // that is no option ("100" beside a round "70") is stepped over, not an end of the room.
    for (let k = 1; n < 3 && k <= 30; k++) {
      const v = Number((value + direction * k * step).toFixed(decimals));
      if (!allowed(v)) break;
      if (sound(v)) n++;
    }
    return n;
  };
  const below = room(-1);
  const above = room(1);
  return [0, 1, 2, 3].filter((b) => b <= below && 3 - b <= above).length;
}

/**
 * A figure led by a capitalised word ("Euro 2020", "Windows 10", "Apollo 11") numbers a name, it
 * does not count anything: other values make names that do not exist. A currency code leads a sum.
 */
const NAME_NUMBER = /^(?!(?:US|USD|EUR|GBP|CHF|Rs|Rp|R|C|A|NZ|HK|S)\$?\s)\p{Lu}[\p{L}'’-]*\s+\d/u;

/** Gaps between consecutive values, smallest value first. */
function gaps(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.slice(1).map((v, i) => v - sorted[i]!);
}

/**
 * The three wrong values are evenly spaced and the answer is not on their spacing ("$1.8 | $2.0 |
 * $2.2 trillion" beside "$1.5 trillion", "171 | 197 | 223" beside "125"): the odd one out is the
 * answer. Rounding makes equal gaps often on a coarse grid. Four evenly spaced values ("5 | 6 | 7
 * | 8") single nothing out.
 */
function oddOneOut(wrong: readonly number[], answer: number, step: number): boolean {
  const even = (gs: readonly number[]): boolean => gs.every((g) => Math.abs(g - gs[0]!) < step / 2);
  return even(gaps(wrong)) && !even(gaps([...wrong, answer]));
}

/** The other end of a range written in words: "700,000 and one million", "5 to ten". */
const WORDED_END = /\d\D*\b(?:and|to|or)\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred|half a)\b/i;

function figureDistractors(text: string, seed: string, deck: Deck, frame: ValueFrame): string[] | null {
  if (NAME_NUMBER.test(text)) return null;
  const groups = text.match(NUMBER) ?? [];
  // One figure only: a range ("18 to 45"), a ratio ("6/8") or a time has no single value to vary.
  // … and one whose other end is in words ("between 700,000 and one million").
  if (groups.length !== 1 || /\d\s*[/:]\s*\d/.test(text) || WORDED_END.test(text)) return null;
  const digits = groups[0]!;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value) || value <= 0) return null;
  const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
  const share = /%|percent|per cent/i.test(text);
  // The frame's bound holds for the answer too, else the front was misread and only 0–100 for a share holds.
  const most = value <= frame.room ? Math.min(frame.room, share ? 100 : Infinity) : share ? 100 : Infinity;
  const least = value >= frame.least ? frame.least : -Infinity;
  /** A wrong value the answer's range admits: positive, within the front's bounds and within SPREAD of the answer. */
  const allowed = (v: number): boolean => v > 0 && v >= least && v <= most && v * SPREAD >= value && v <= value * SPREAD;
  /** How far the wrong values may reach below and above the answer. */
  const roomBelow = value - Math.max(0, least, value / SPREAD);
  const roomAbove = Math.min(most, value * SPREAD) - value;
  const sig = Math.max(2, significant(digits));
  const random = seededRandom(`figure|${seed}`);
  // The smallest step between values: one of the answer's last digit, or for a round one-digit
  // figure one of its roundness ("20" moves in tens), else its neighbours could not reach the ranks
  // above or below it and the answer would sit second-smallest more often than by chance.
  const step = decimals > 0 ? 10 ** -decimals : significant(digits) < 2 ? 10 ** trailingZeros(digits) : 1;
  const unit = roundnessUnit(digits, decimals);
  const cents = priceEnding(text, digits);
  const shownAnswer = format(value, digits, decimals);
  /**
   * Options with the answer at rank `below` among the four values, or null when none sound is
   * found; when `strict`, only options whose lengths do not single the answer out ("11" among
   * "5 | 7 | 8"), which matter more than the rank: a rank that allows none is dealt to a later card.
   */
  const at = (below: number, strict: boolean): string[] | null => {
    let fallback: string[] | null = null;
    for (let attempt = 0; attempt < (strict ? FAIR_ATTEMPTS : ATTEMPTS); attempt++) {
      const base = value * (0.1 + 0.2 * random());
      // Each side's steps shrink to the room that side has: "92%" has 8 points above it, and
      // steps sized to the figure alone overran 100 at every try, so such shares fell back to
      // being the largest option and "pick the largest" won on shares (37% over many, not 25%).
      // A side with only a few values on the figure's grid ("97%" has 98, 99, 100) takes distinct
      // ones among them at random; random steps would collide there at every try.
      const gapWithin = (room: number, steps: number): (() => number) => {
        const slots = Math.floor(room / step + 1e-9);
        if (steps > 0 && slots < 4 * steps) {
          const picked = shuffled(Array.from({ length: slots }, (_, k) => k + 1), random).slice(0, steps).sort((a, b) => a - b);
          let at = 0;
          return () => (picked[at] === undefined ? room + step : (picked[at]! - (picked[at++ - 1] ?? 0)) * step);
        }
        const size = Math.min(base, room / (steps + 0.5));
        return () => Math.max(step, size * (0.55 + 0.9 * random()));
      };
      const values = ladder(value, below, gapWithin(roomBelow, below), gapWithin(roomAbove, 3 - below)).map((v) => withCents(sameRoundness(roundTo(v, sig, decimals), unit, random), cents));
      const seen = new Set([shownAnswer]);
      const ok = values.every((v) => {
        const shown = format(v, digits, decimals);
        const fresh = !seen.has(shown);
        seen.add(shown);
        return fresh && allowed(v) && !frame.stated.has(v);
      });
      // Rounding must not carry a value across the answer: the rank dealt is the rank shown.
      if (!ok || values.filter((v) => v < value).length !== below || oddOneOut(values, value, step)) continue;
      const options = values.map((v) => text.replace(digits, format(v, digits, decimals)));
      if (!options.every(frame.reads)) continue;
      if (lengthFair(text, options)) return options;
      fallback ??= options;
    }
    return strict ? null : fallback;
  };
  // Asked as a cloze rather than with options whose order would name the answer: a figure that
  // cannot take every rank (a share near 100, a round "90" whose only round neighbour above is
  // 100, which sameRoundness refuses) falls back to the ranks it can take, and over many cards
  // "pick the largest" would pay. A wrong value as round as the answer's next power is no option.
  const sound = (v: number): boolean => allowed(v) && !(unit > 0 && Math.round(v / unit) % 10 === 0);
  if (reachableRanks(value, step, decimals, allowed, sound) < 4) return null;
  let made: string[] | null = null;
  if (deck.take((below) => (made = at(below, true)) !== null) === null) deck.take((below) => (made = at(below, false)) !== null);
  return made;
}

/**
 * Three wrong values for a date (by its year) or a figure, or null when none sound can be made.
 * The answer's rank among the four values is dealt by `ranks` (one deck per article, so that its
 * cards put the answer at every rank equally often), else drawn uniformly for this card alone.
 * Values stay within what the front allows (`frame`, see value-frame.ts) and a share within 100.
 */
export function valueDistractors(text: string, type: 'date' | 'number', seed: string, ranks: Deck = balancedDeck(4, `rank|${seed}`), frame: ValueFrame = OPEN_FRAME): string[] | null {
  return type === 'date' ? yearDistractors(text, seed, ranks, frame) : figureDistractors(text, seed, ranks, frame);
}

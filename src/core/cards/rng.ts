// A small deterministic random source: the same seed gives the same sequence, so regenerating
// an article's cards gives the same options in the same order (and card ids stay stable).

/** 32-bit FNV-1a of a string. */
function hash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32 seeded by the string: numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The four options: the answer at `at` (dealt by a `Deck`, so that an article's cards use every
 * place equally often) or else at a uniformly chosen position, the distractors around it.
 */
export function placeAnswer(answer: string, distractors: readonly string[], seed: string, at?: number): string[] {
  const random = seededRandom(`position|${seed}`);
  const rest = shuffled(distractors, random);
  const place = at ?? Math.floor(random() * (rest.length + 1));
  return [...rest.slice(0, place), answer, ...rest.slice(place)];
}

/** Values 0..k−1 dealt so that every value comes equally often. */
export interface Deck {
  /**
   * The next value if `accept` takes it; else the outermost value it takes (the one furthest
   * from the middle of 0..k−1), from this round first; null when it takes none.
   */
  take(accept?: (value: number) => boolean): number | null;
}

/** How far a value lies from the middle of 0..k−1: refused values fall back outward first. */
const outwardness = (k: number) => (value: number) => Math.abs(value - (k - 1) / 2);

/**
 * A seeded deck of 0..k−1, two of each per round: independent draws leave a few dozen cards far
 * from uniform (the answer third on 20 of 50 cards happens by chance), dealt rounds cannot. Two
 * of each, not one, so that the last card of a round is not known from the others.
 *
 * A card that cannot take the value dealt (a figure on a coarse grid or near a bound has too few
 * neighbours on one side for the rank) takes the outermost value it can, and the value it could
 * not take stays in the round for a later card. Such limits only ever push a rank inward, so
 * falling back to the nearest or the next value would crowd the middle ranks ("20" on a grid of
 * tens can only be smallest or second-smallest): outward, no value comes more often than chance.
 */
export function balancedDeck(k: number, seed: string): Deck {
  const random = seededRandom(`deck|${seed}`);
  const values = [...Array(k).keys()];
  const out = outwardness(k);
  // Stable sort: equally outer values keep their (seeded) order.
  const outwardFirst = (list: readonly number[]): number[] => [...list].sort((a, b) => out(b) - out(a));
  let round: number[] = [];
  return {
    take(accept = () => true) {
      if (round.length === 0) round = shuffled([...values, ...values], random);
      if (accept(round[0]!)) return round.shift()!;
      const tried = new Set([round[0]!]);
      for (const v of outwardFirst(round)) {
        if (tried.has(v)) continue;
        tried.add(v);
        if (accept(v)) return round.splice(round.indexOf(v), 1)[0]!;
      }
      // None left in this round fits this card: any value that does, not counted against the round.
      return outwardFirst(shuffled(values, random)).find((v) => !tried.has(v) && accept(v)) ?? null;
    },
  };
}

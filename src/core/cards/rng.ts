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
  /** The next value `accept` takes (the first of this round that it takes), or null when it takes none. */
  take(accept?: (value: number) => boolean): number | null;
}

/**
 * A seeded deck of 0..k−1, two of each per round: independent draws leave a few dozen cards far
 * from uniform (the answer third on 20 of 50 cards happens by chance), dealt rounds cannot. Two
 * of each, not one, so that the last card of a round is not known from the others.
 */
export function balancedDeck(k: number, seed: string): Deck {
  const random = seededRandom(`deck|${seed}`);
  const values = [...Array(k).keys()];
  let round: number[] = [];
  return {
    take(accept = () => true) {
      if (round.length === 0) round = shuffled([...values, ...values], random);
      const i = round.findIndex(accept);
      if (i >= 0) return round.splice(i, 1)[0]!;
      // None left in this round fits this card: any value that does, not counted against the round.
      return shuffled(values, random).find(accept) ?? null;
    },
  };
}

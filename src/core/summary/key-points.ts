// Key points: the article's most important sentences, extracted whole. A TextRank graph over
// sentence similarity (TF-IDF of content lemmas) gives centrality; a lead prior favours early
// sentences, as news is written top-down; selection by maximal marginal relevance keeps two
// near-identical sentences from both being chosen. 3 points for a short article, up to 7.
import type { Sentence } from '../nlp/index.js';

const DAMPING = 0.85;
const ITERATIONS = 40;
/** Weight of relevance against novelty when picking the next point (0.7 → 0.6 after
 * scripts/eval-summary.mjs: a little more novelty covered more of the hand-written summaries). */
const MMR_LAMBDA = 0.6;
const PRONOUN_START = /^(he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|also|however|meanwhile)\b/i;
const QUOTE_START = /^["“‘']/;
/** A sentence that starts lower-case, or with punctuation other than an opening quote or bracket,
 * is the tail of one the splitter cut short (", the U.S. Attorney's Office said Monday.").
 * Scripts without case (Chinese, Arabic, …) and a currency sign ("$53 million …") pass. */
const FRAGMENT_START = /^(?:\p{Ll}|[^\p{L}\p{N}\p{Sc}"“‘'«„‹(\[¿¡])/u;

export interface KeyPointCandidate {
  readonly sentence: Sentence;
  readonly score: number;
}

function vectors(sentences: readonly Sentence[]): Map<string, number>[] {
  const df = new Map<string, number>();
  const bags = sentences.map((s) => {
    const bag = new Map<string, number>();
    for (const t of s.tokens) if (!t.stop && /^(NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.pos)) bag.set(t.lemma.toLowerCase(), (bag.get(t.lemma.toLowerCase()) ?? 0) + 1);
    for (const lemma of bag.keys()) df.set(lemma, (df.get(lemma) ?? 0) + 1);
    return bag;
  });
  const n = sentences.length;
  return bags.map((bag) => {
    const v = new Map<string, number>();
    for (const [lemma, tf] of bag) v.set(lemma, tf * Math.log(1 + n / (df.get(lemma) ?? 1)));
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function textRank(sim: number[][]): number[] {
  const n = sim.length;
  const out = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    rank = rank.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) if (j !== i && out[j]! > 0) sum += (sim[j]![i]! / out[j]!) * rank[j]!;
      return (1 - DAMPING) / n + DAMPING * sum;
    });
  }
  return rank;
}

/** How many key points an article of this length gets. */
export function keyPointCount(words: number): number {
  return Math.max(3, Math.min(7, Math.round(words / 300)));
}

/** Sentences that can stand alone as a point: a real statement of reasonable length. */
function eligible(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT').length;
  const text = s.text.trim();
  return words >= 8 && words <= 60 && !PRONOUN_START.test(text) && !FRAGMENT_START.test(text) && /[.!?]["”’]?$/.test(text);
}

/** The chosen sentences, in the order they appear. `paragraphs` marks which blocks are paragraphs. */
export function keyPoints(sentences: readonly Sentence[], isParagraph: (block: number) => boolean, count: number): Sentence[] {
  const pool = sentences.filter((s) => isParagraph(s.block) && eligible(s));
  if (pool.length === 0) return [];
  const vecs = vectors(pool);
  const sim = vecs.map((a, i) => vecs.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const rank = textRank(sim);
  const maxRank = Math.max(...rank);
  const scores = pool.map((s, i) => {
    const position = i / pool.length;
    const lead = 1 + 0.6 * Math.exp(-6 * position); // the first sentences matter most in news
    const quoted = QUOTE_START.test(s.text) ? 0.8 : 1; // a statement reads better than a quote
    return (rank[i]! / maxRank) * lead * quoted;
  });
  const chosen: number[] = [];
  while (chosen.length < Math.min(count, pool.length)) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((_, i) => {
      if (chosen.includes(i)) return;
      const redundancy = chosen.length ? Math.max(...chosen.map((j) => sim[i]![j]!)) : 0;
      const value = MMR_LAMBDA * scores[i]! - (1 - MMR_LAMBDA) * redundancy;
      if (value > bestValue) (bestValue = value), (best = i);
    });
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b).map((i) => pool[i]!);
}

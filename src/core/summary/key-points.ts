// Key points: the article's most important sentences, extracted whole, chosen by a learned model
// over the features below (key-point-model.ts; history at the end of this comment). A TextRank
// graph over sentence similarity (TF-IDF of content lemmas) gives centrality; a lead prior added
// to it favours early sentences, as news is written top-down; sentences that do not read as a
// statement on their own (quotes cut across sentences, captions run into the text, questions, a
// leading pronoun) weigh less, and a dateline, a closing attribution of fact ("…, a survey has
// revealed.") and a picture pointer ("(pictured)") are left off (sentence-form.ts); selection by
// maximal marginal relevance keeps two near-identical sentences from both being chosen. 3 points
// for a short article, up to 7.
//
// The weights were set on the `tune` half of scripts/devset-split.json with
// scripts/eval-summary.mjs (news against the publisher's highlights, web articles against
// hand-written summaries) and kept round: the sets are small, so a weight is only changed when
// the change makes sense for text at large, not to win one article. The lead weight and decay
// were checked at half a step either side (0.8–1.25, 1.5–2.5): news stays above Lead-3 on tune
// throughout, so the choice is not balanced on one article. Measured once on the held-out half
// afterwards (2026-12-04): news kp@3 .425/.192/.275 against Lead-3 .424/.198/.283, so ROUGE-1
// matches and ROUGE-2/L are still short; a stronger lead prior would close the gap only by
// copying Lead-3, and it loses to Lead-3 on the tune half, so it was not taken. Then the lead
// counted from the story's first sentence (past a byline split into sentences), closing
// attributions of fact and picture pointers left off the points (tune .452/.201/.283 against
// .427/.183/.265): held-out .428/.197/.272 against Lead-3 .424/.198/.283, ROUGE-2 and L still
// short (2026-12-04, the second look at held-out). A stronger lead prior, a preference for
// shorter sentences and other MMR weights did not do better on tune, so they were not taken.
// Then a quotation the splitter cut at a stop inside it joined back (quoted-passages.ts) and a
// short bracketed aside ("(CLPS)", "(D-Minn.)") left off: web clean text on tune .431/.151/.246
// against Lead-3 .427/.150/.243 (was .420/.145/.238, below it), news unchanged (its pages quote
// in single quotes). Held-out, the third look (2026-12-04): news unchanged, ROUGE-2/L still short;
// web clean .389/.101/.223 against .383/.100/.215, unchanged. Tried on tune and not taken:
// trimming closing attributions ("…, police said.": news highlights keep them, news fell),
// PACSUM-style directed centrality and a centroid score (news fell), a smooth length weight
// (web clean rose, raw pages fell as much).
// Then a relative day left off the chosen points (relativeDays in sentence-form.ts): tune news
// .453/.205/.284 (was .452/.201/.283, two texts up, one down), web unchanged; held-out, the
// fourth look (2026-12-05): unchanged, news ROUGE-2/L still short of Lead-3. Tried on tune and
// not taken, each judged by bootstrap and leave-one-out over the tune texts rather than the mean:
// a stronger lead for news (lead weight 1.5 to 3, the "inverted pyramid" switch: tune news fell
// towards Lead-3 and lost its margin, while web clean rose, the opposite of such a switch);
// points 2 and 3 only from the first third or half (news fell on every metric); a length penalty
// towards the highlights' ~53 words (kp@3 is ~76, Lead-3 ~83: news flat, web fell); cutting a
// dash aside, a relative clause, a leading subordinate clause or a trailing "-ing" clause from the
// chosen points (each moved news by under .005 or lowered it); leaving off a weekday ("on
// Tuesday") too raised web ROUGE-2/L on 4 of 11 tune texts, but it names the day and the specs'
// points keep it, so it is kept.
// A learned scorer in place of the hand weights was tried and not taken (2026-12-05,
// scripts/train-key-points.mjs, tune half only, leave-one-text-out): ridge, logistic and pairwise
// models on the features of rankKeyPoints (the rules' score among them), with sentence ROUGE
// recall, sentence F1 or greedy-oracle targets, pooled or news apart, all kept MMR. None beat the
// rules on news on any figure (best: oracle, logistic .433/.187/.265 and a 50/50 blend
// .443/.193/.279 against .453/.205/.284); recall targets chose long sentences (news R1 −.10).
// Then fitted on stories from outside the dev set (2026-12-06): the FRANK benchmark's 226 other
// CNN/DailyMail test stories with their highlights, split 145 to fit and 81 to choose on. There
// the rules trailed Lead-3 (81 held out: .396/.180/.266 against .409/.191/.262), and the
// greedy-oracle logistic model (key-point-model.ts) was level with Lead-3 and above the rules:
// .411/.200/.269 alone, .404/.188/.267 with the rules' caption and half-quote weights kept on top
// (a reader's requirement ROUGE does not see, so kept). Points are now chosen by that value
// (learnedScore); the rules' score is one of its features. devset/news, which the fit never saw:
// all 24 .441/.201/.277 against Lead-3 .426/.190/.274, the held-out 12 .437/.203/.278 against
// .424/.198/.283 (ROUGE-L still short there); web clean and raw pages still above Lead-3.
// Tried and not taken: weighing a caption run into the next sentence as two candidates split at
// the glue (refitted: val .404/.190/.266, no better, and the rules' own points moved).
import type { Sentence } from '../nlp/index.js';
import { KEY_POINT_MODEL } from './key-point-model.js';
import { joinQuotedPassages } from './quoted-passages.js';
import { FRAGMENT_START, PRONOUN_START, QUESTION_END, QUOTE_START, STATEMENT_END, bracketedAsides, caption, factiveTailStart, furniture, insideQuotes, partOfQuote, picturePointers, relativeDays, runOn, withoutLeadIn } from './sentence-form.js';

const DAMPING = 0.85;
const ITERATIONS = 40;
/** Total rank change under which PageRank has settled. */
const CONVERGED = 1e-9;
/** Weight of relevance against novelty when picking the next point (0.7 → 0.6 after
 * scripts/eval-summary.mjs: a little more novelty covered more of the hand-written summaries). */
const MMR_LAMBDA = 0.6;
/** The lead prior, added to centrality (the TextRank score over the article's highest, 0 to 1):
 * LEAD_WEIGHT·e^(−k/LEAD_DECAY) for the body's k-th sentence (0-based), counted over all
 * sentences so a skipped caption does not move the lead. Added rather than multiplied, so an
 * opening sentence that shares few words with the rest (news often opens on a scene) is still
 * kept: the first sentence starts level with the most central one, the third (0.37) needs a later
 * sentence to be clearly more central to lose its place. News is written top-down, and the first
 * three sentences (Lead-3) are the baseline that unsupervised rankers rarely beat. */
const LEAD_WEIGHT = 1;
const LEAD_DECAY = 2;
/** A long sentence shares more words with the others only for being long, so its centrality
 * overstates it: over LONG_WORDS words its centrality (not its lead prior) weighs less. News often
 * opens on a sentence of 30 to 40 words, and that is no reason to drop it. */
const LONG_WORDS = 30;
const LONG_WEIGHT = 0.8;
/** A sentence opening on a pronoun or connective leans on the one before. It used to be left out
 * altogether, but the second and third sentences of news often start so ("It comes after …")
 * and carry the story; it weighs a little less instead. */
const PRONOUN_WEIGHT = 0.9;
const QUOTE_WEIGHT = 0.8;
const QUESTION_WEIGHT = 0.3;
const RUN_ON_WEIGHT = 0.3;
const PART_QUOTE_WEIGHT = 0.5;

export interface KeyPointCandidate {
  readonly sentence: Sentence;
  readonly score: number;
}

/** A sentence as a sparse TF-IDF vector: lemma numbers in ascending order, their weights, and
 * the vector's length. */
interface SparseVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  readonly norm: number;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

function vectors(sentences: readonly Sentence[]): SparseVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  // Term counts of the current sentence by lemma number, zeroed again after each sentence
  // (cheaper than a Map per sentence).
  const tf: number[] = [];
  const bags = sentences.map((s) => {
    const seen: number[] = [];
    for (const t of s.tokens) {
      if (t.stop || !CONTENT_POS.has(t.pos)) continue;
      // Lemmas are lower case already (types.ts): the token's own string, not a new one per
      // token, so the Map reads a string whose hash is known.
      const lemma = t.lemma;
      let id = ids.get(lemma);
      if (id === undefined) {
        ids.set(lemma, (id = ids.size));
        tf.push(0);
      }
      if (tf[id] === 0) seen.push(id);
      tf[id]! += 1;
    }
    const terms = Int32Array.from(seen).sort();
    const counts = new Int32Array(terms.length);
    for (let k = 0; k < terms.length; k++) counts[k] = tf[terms[k]!]!;
    for (const id of seen) {
      df[id] = (df[id] ?? 0) + 1;
      tf[id] = 0;
    }
    return { terms, counts };
  });
  const n = sentences.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  return bags.map(({ terms, counts }) => {
    const weights = new Float64Array(terms.length);
    for (let k = 0; k < terms.length; k++) weights[k] = counts[k]! * idf[terms[k]!]!;
    return { terms, weights, norm: hypot(weights) };
  });
}

/**
 * `Math.hypot(...weights)` without spreading the weights into arguments (a tenth of the key
 * points' time): V8's own algorithm (builtins/math.tq) — each weight over the largest, squares
 * summed with Kahan's compensation, the root times the largest — so the norm is the same double.
 * Weights are finite and not negative here.
 */
function hypot(weights: Float64Array): number {
  let max = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k]! > max) max = weights[k]!;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < weights.length; k++) {
    const n = weights[k]! / max;
    const summand = n * n - compensation;
    const preliminary = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}

/** Cosine similarity of every pair, as a flat symmetric n×n matrix (row by row) with a zero
 * diagonal. `a`'s weights are spread over a dense array by lemma number, so each pair is one
 * pass over `b`'s terms; terms `a` lacks add an exact zero, so the sum is the same as merging
 * the two sorted lists. */
function similarities(vecs: readonly SparseVector[]): Float64Array {
  const n = vecs.length;
  const sim = new Float64Array(n * n);
  let size = 0;
  for (const v of vecs) if (v.terms.length) size = Math.max(size, v.terms[v.terms.length - 1]! + 1);
  const dense = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const a = vecs[i]!;
    if (!a.norm) continue;
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k]!] = a.weights[k]!;
    for (let j = i + 1; j < n; j++) {
      const b = vecs[j]!;
      if (!b.norm) continue;
      let dot = 0;
      for (let k = 0; k < b.terms.length; k++) {
        const w = dense[b.terms[k]!]!;
        if (w !== 0) dot += w * b.weights[k]!;
      }
      sim[i * n + j] = sim[j * n + i] = dot / (a.norm * b.norm);
    }
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k]!] = 0;
  }
  return sim;
}

/** PageRank over the similarity graph (`sim` flat, n×n); each edge's share of its source's
 * weight is fixed, so it is computed once. Each rank sums its incoming shares in source order,
 * as pushing them out source by source would; only the edges with a weight are kept, in flat
 * arrays (adding a zero share changes no rank). */
function textRank(sim: Float64Array, n: number): number[] {
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let total = 0;
    for (let i = 0; i < n; i++) total += sim[j * n + i]!;
    out[j] = total;
  }
  const share = (i: number, j: number): number => (i !== j && out[j]! > 0 ? sim[j * n + i]! / out[j]! : 0);
  // Incoming edges of sentence i: from[first[i] .. first[i + 1]), ascending source. Each share is
  // worked out once, into arrays sized for every pair, rather than once to count the edges and
  // again to store them.
  const first = new Int32Array(n + 1);
  const from = new Int32Array(n * n);
  const weight = new Float64Array(n * n);
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const w = share(i, j);
      if (w !== 0) (from[k] = j), (weight[k++] = w);
    }
    first[i + 1] = k;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const pushed = new Float64Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let j = 0; j < n; j++) pushed[j] = DAMPING * rank[j]!;
    let change = 0;
    for (let i = 0; i < n; i++) {
      let sum = (1 - DAMPING) / n;
      for (let k = first[i]!, end = first[i + 1]!; k < end; k++) sum += weight[k]! * pushed[from[k]!]!;
      next[i] = sum;
      change += Math.abs(sum - rank[i]!);
    }
    const done = rank;
    rank = next;
    next = done;
    // Converged: further rounds move no rank by more than rounding, so no choice changes.
    if (change < CONVERGED) break;
  }
  return Array.from(rank);
}

/** How many key points an article of this length gets. */
export function keyPointCount(words: number): number {
  return Math.max(3, Math.min(7, Math.round(words / 300)));
}

function wordCount(s: Sentence): number {
  let n = 0;
  for (const t of s.tokens) if (t.pos !== 'PUNCT') n++;
  return n;
}

/** Sentences that can stand alone as a point: a real statement of reasonable length. */
function eligible(s: Sentence): boolean {
  const words = wordCount(s);
  const text = s.text.trim();
  return words >= 8 && words <= 60 && !FRAGMENT_START.test(text) && STATEMENT_END.test(text);
}

/** The sentence without a closing attribution of fact ("…, a new survey has revealed."), which
 * says nothing the rest does not: it ends on a full stop where the attribution began. */
function withoutFactiveTail(s: Sentence): Sentence {
  const at = factiveTailStart(s.text);
  if (at < 0) return s;
  const end = s.start + at;
  return { ...s, end, text: `${s.text.slice(0, at)}.`, tokens: s.tokens.filter((t) => t.end <= end) };
}

/** The sentence without the given spans of its text, and without their words. */
function withoutSpans(s: Sentence, spans: readonly [number, number][]): Sentence {
  if (!spans.length) return s;
  let text = '';
  let from = 0;
  for (const [start, end] of spans) (text += s.text.slice(from, start)), (from = end);
  text += s.text.slice(from);
  const inside = (offset: number) => spans.some(([start, end]) => offset >= s.start + start && offset < s.start + end);
  return { ...s, text, tokens: s.tokens.filter((t) => !inside(t.start)) };
}

/** The sentence without a picture's pointer in brackets ("Dana Orwell (pictured) was …"), then
 * without a short bracketed aside ("(CLPS)", "(D-Minn.)"), which restates what it says; with
 * `relativeDay`, without a relative day too ("… admitted last night that …"), which means nothing
 * once the point is read apart from its story. */
function withoutAsides(s: Sentence, relativeDay: boolean): Sentence {
  // One pass over all kinds, so every span is an offset into the same text; "(pictured)" is two.
  const spans = [...picturePointers(s.text), ...bracketedAsides(s.text), ...(relativeDay ? relativeDays(s.text) : [])].sort((a, b) => a[0] - b[0]);
  return withoutSpans(s, spans.filter((span, k) => k === 0 || span[0] >= spans[k - 1]![1]));
}

/** Per-sentence features of a candidate point, in the order of KEY_POINT_FEATURES. */
export const KEY_POINT_FEATURES = [
  'score', // the rules' score: (lead prior + centrality) × form weights
  'lead', // e^(−k/LEAD_DECAY), k counted from the story's first sentence
  'logPosition', // ln(1 + k)
  'relativePosition', // k over the body's sentences from the opening
  'centrality', // TextRank over the article's highest
  'words', // word count / 30
  'quote',
  'question',
  'pronoun',
  'runOn',
  'partOfQuote',
  'number', // has a number
  'properNoun', // share of the content words that are proper nouns
  'firstSimilarity', // TF-IDF cosine to the story's first eligible sentence (1 for itself)
] as const;

/** The candidates of an article, ranked by the rules, with their features; `select` picks
 * `count` of them by maximal marginal relevance under any score per candidate. */
export interface KeyPointRanking {
  readonly pool: readonly Sentence[];
  readonly scores: readonly number[];
  readonly features: readonly (readonly number[])[];
  select(scores: readonly number[], count: number): Sentence[];
}

/** The candidates of `sentences` (the paragraphs' only), their rules' scores and features. */
export function rankKeyPoints(sentences: readonly Sentence[], isParagraph: (block: number) => boolean): KeyPointRanking {
  // A quotation the splitter cut at a stop inside it is joined first, so it is weighed whole.
  const plain = joinQuotedPassages(sentences.filter((s) => isParagraph(s.block))).map((s) => withoutFactiveTail(withoutLeadIn(s)));
  const body = plain.map((s) => withoutAsides(s, false));
  // A relative day is left off the point as shown, not before ranking: it is a word of when the
  // story was told, and whether a sentence is chosen should not turn on it.
  // Only the chosen few are shown, so only they are trimmed again (from the sentence before its asides left).
  const plainOf = new Map(body.map((s, k) => [s, plain[k]!]));
  // The lead is counted from the story's first sentence: a byline or a time stamp split off as
  // sentences of their own ("By .", "PUBLISHED: .", "08:44 EST, 21 March 2014 .") comes before
  // the story, and counting it would push the story's opening sentences out of the lead.
  let opening = 0;
  while (opening < body.length && furniture(body[opening]!.text)) opening++;
  const position = new Map(body.map((s, k) => [s, k]));
  const quoted = insideQuotes(body);
  const pool = body.filter(eligible);
  const n = pool.length;
  const sim = similarities(vectors(pool));
  const rank = n ? textRank(sim, n) : [];
  const maxRank = Math.max(...rank);
  const features: number[][] = [];
  const scores = pool.map((s, i) => {
    const text = s.text.trim();
    const k = Math.max(0, position.get(s)! - opening);
    const lead = LEAD_WEIGHT * Math.exp(-k / LEAD_DECAY);
    const flags = {
      quote: QUOTE_START.test(text),
      question: QUESTION_END.test(text),
      pronoun: PRONOUN_START.test(text),
      runOn: runOn(text) || caption(text),
      partOfQuote: partOfQuote(text) || quoted[position.get(s)!]!,
    };
    let weight = 1;
    if (flags.quote) weight *= QUOTE_WEIGHT;
    if (flags.question) weight *= QUESTION_WEIGHT;
    if (flags.pronoun) weight *= PRONOUN_WEIGHT;
    if (flags.runOn) weight *= RUN_ON_WEIGHT;
    if (flags.partOfQuote) weight *= PART_QUOTE_WEIGHT;
    const words = wordCount(s);
    const central = rank[i]! / maxRank;
    const score = (lead + central * (words > LONG_WORDS ? LONG_WEIGHT : 1)) * weight;
    let content = 0;
    let proper = 0;
    for (const t of s.tokens) if (CONTENT_POS.has(t.pos)) (content++, t.pos === 'PROPN' && proper++);
    features.push([
      score,
      lead,
      Math.log1p(k),
      k / Math.max(1, body.length - opening),
      central,
      words / 30,
      +flags.quote,
      +flags.question,
      +flags.pronoun,
      +flags.runOn,
      +flags.partOfQuote,
      +s.tokens.some((t) => t.pos === 'NUM'),
      content ? proper / content : 0,
      i === 0 ? 1 : sim[i]!,
    ]);
    return score;
  });
  const select = (values: readonly number[], count: number): Sentence[] => {
    const chosen: number[] = [];
    while (chosen.length < Math.min(count, n)) {
      let best = -1;
      let bestValue = -Infinity;
      pool.forEach((_, i) => {
        if (chosen.includes(i)) return;
        const redundancy = chosen.length ? Math.max(...chosen.map((j) => sim[i * n + j]!)) : 0;
        const value = MMR_LAMBDA * values[i]! - (1 - MMR_LAMBDA) * redundancy;
        if (value > bestValue) (bestValue = value), (best = i);
      });
      chosen.push(best);
    }
    return chosen.sort((a, b) => a - b).map((i) => withoutAsides(plainOf.get(pool[i]!)!, true));
  };
  return { pool, scores, features, select };
}

const RUN_ON_FEATURE = KEY_POINT_FEATURES.indexOf('runOn');
const PART_QUOTE_FEATURE = KEY_POINT_FEATURES.indexOf('partOfQuote');

/**
 * A candidate's value under the learned model (key-point-model.ts), on the rules' scale. A caption
 * run into the text and half of a quotation keep the rules' weights on top: ROUGE, which the model
 * learned from, does not see that "Scroll down for video The harbour …" or "Instead the streets
 * have never been busier," said the mayor" does not read as a point on its own; a reader does.
 */
export function learnedScore(features: readonly number[]): number {
  const value = KEY_POINT_FEATURES.reduce((sum, name, j) => sum + KEY_POINT_MODEL.weights[name] * features[j]!, KEY_POINT_MODEL.bias);
  const form = (features[RUN_ON_FEATURE] ? RUN_ON_WEIGHT : 1) * (features[PART_QUOTE_FEATURE] ? PART_QUOTE_WEIGHT : 1);
  return Math.max(0, value) * form;
}

/** The chosen sentences (a dateline left off), in the order they appear, picked by the learned
 * model's value. `isParagraph` marks which blocks are paragraphs. */
export function keyPoints(sentences: readonly Sentence[], isParagraph: (block: number) => boolean, count: number): Sentence[] {
  const ranking = rankKeyPoints(sentences, isParagraph);
  return ranking.select(ranking.features.map(learnedScore), count);
}

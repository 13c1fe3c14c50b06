// Ranking and selection: score = sentence importance × the card's answer weight; then take the
// best cards, one fact once, about one card per `wordsPerCard` words.
import { wordCount, type CardContext, type Draft } from './context.js';
import { sameAnswer } from './duplicates.js';
import { norm, normWords } from './words.js';
import { salienceFactsOf, sideName } from './quality/salience.js';

export interface Ranked {
  readonly draft: Draft;
  readonly score: number;
}

const SAME_ANSWER_LIMIT = 1;
const SAME_SPEAKER_LIMIT = 2;
/** Quote cards make at most this share of a set: who said what is one kind of fact among several. */
const QUOTE_SHARE = 0.25;
/**
 * Below this score a card is more likely filler than a fact worth keeping: no card rather than a
 * weak one. Scores of a very short text are all low, so the bar is at most a share of the best.
 */
export const MIN_SCORE = 0.6;
const MIN_SHARE_OF_BEST = 0.56;
/**
 * On a fact-dense text (density.ts) the bar is a smaller share of the best: its facts are many and
 * level, so a card well under the best is still one of them rather than filler.
 */
const DENSE_SHARE_OF_BEST = 0.45;
/** On a dense text, a draft this close to the best card may be a sentence's second card whatever its length. */
const DENSE_SECOND_CARD_SHARE = 0.6;

export { norm } from './words.js';

function overlaps(a: string, b: string, normOf: (text: string) => string): boolean {
  const x = normOf(a);
  const y = normOf(b);
  return x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y));
}

/** Who or what a card is about: an identity card and a gap on the same person test one apposition. */
function subject(d: Draft): string {
  return d.fact.replace(/^identity:/, '');
}

function contentWords(text: string): Set<string> {
  return new Set(normWords(text).filter((w) => w.length > 3 && w !== 'said'));
}

/** Most content words of the shorter quote appear in the other. */
export function sameClaim(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.6;
}

/** Two gap cards on one sentence whose blanks overlap test one span twice. */
function spansOverlap(a: Draft, b: Draft): boolean {
  if (!a.cloze || !b.cloze) return false;
  const at = (d: Draft) => d.sentence.text.indexOf(d.back);
  const x = at(a);
  const y = at(b);
  return x >= 0 && y >= 0 && x < y + b.back.length && y < x + a.back.length;
}

/**
 * A question and a blank that each show the other's answer test one link twice ("What is X?" and
 * "[X] is …"). Two blanks always show much of each other's text (a main actor, a country named
 * throughout) without asking one link, so they are left to the other rules.
 */
function reverses(a: Draft, b: Draft, normOf: (text: string) => string): boolean {
  if (isGap(a) && isGap(b)) return false;
  const shows = (front: string, back: string): boolean => {
    const n = normOf(back);
    return n.length > 3 && normOf(front).includes(n);
  };
  return shows(a.front, b.back) && shows(b.front, a.back);
}

/**
 * "Who is the director of games at the firm?" and "“…,” [...], director of games at Kestrel, said":
 * an identity card and a blank on the same person, whose front names the same role beside the
 * blank, both ask who holds that role. The role's first words (its title) are enough to match.
 */
function sameRoleTwice(a: Draft, b: Draft, normOf: (text: string) => string): boolean {
  const [identity, gap] = a.kind === 'identity' ? [a, b] : [b, a];
  if (identity.kind !== 'identity' || !isGap(gap) || normOf(identity.back) !== normOf(gap.back)) return false;
  const role = /^Who (?:is|was) (?:the |a |an )?(.+?)\?$/.exec(identity.front)?.[1];
  if (!role) return false;
  const title = normOf(role).split(' ').slice(0, 3).join(' ');
  return title.length > 3 && normOf(gap.front).includes(title);
}

/** A cloze or choice card: its answer is a span of the sentence. */
const isGap = (d: Draft): boolean => d.kind === 'cloze' || d.kind === 'choice';

/**
 * Where a sentence offers several spans to blank, one on a walk-on name (met in this sentence
 * only, not in the title or lead: salience.ts) weighs this much of its rule weight, so the card
 * the sentence keeps tests its central span. A walk-on that is the sentence's only span keeps its
 * weight: whether that sentence deserves a card is the sentence score's and the model's call.
 */
export const SIDE_NAME_WEIGHT = 0.75;

/** A figure: an amount, a share, a price or a count ("$20 billion", "15.1%", "27 titles"). */
const isFigure = (d: Draft): boolean => d.answerType === 'number';
/** A year, a month or a place: "prices rose [15.1%] over the whole of 2004", "sales of 100,000 in [Europe]". */
const isSetting = (d: Draft): boolean => isGap(d) && ((d.answerType === 'date' && /^(?:(?:early|late|mid)[ -])?(?:\p{L}+ )?\d{4}s?$/u.test(d.back)) || d.answerType === 'place');

/**
 * Where a sentence states a figure, it is the fact: the year it was measured in and the place it
 * was counted in are its setting ("sales fell to 1.6bn euros in [2003]", "sold 100,000 in
 * [Europe]"). Blind judges of sessions 35–39 kept 52% of year blanks beside a figure (69% of
 * the others) and 1 place blank in 10; so there the setting weighs as a walk-on name does.
 * A count is such a figure too ("in [2004] had 27 titles", "compared with 45 in [2003]"): the
 * year cards this moved out of the packets of every labelled set were kept 11 times in 31.
 */
export function rankDrafts(ctx: CardContext, drafts: readonly Draft[]): Ranked[] {
  const facts = salienceFactsOf(ctx.title, ctx.blocks);
  const side = new Map<string, boolean>();
  const sideOf = (d: Draft): boolean => {
    if (!isGap(d)) return false;
    const key = `${d.sentence.index}\u0000${d.back}`;
    let v = side.get(key);
    if (v === undefined) side.set(key, (v = sideName(d.back, facts, d.sentence.text)));
    return v;
  };
  // Sentences with a gap on something other than a walk-on: there the walk-on gives way.
  const central = new Set(drafts.filter((d) => isGap(d) && !sideOf(d)).map((d) => d.sentence.index));
  // Sentences with a gap on a figure: there its year or place gives way.
  const figures = new Set(drafts.filter((d) => isGap(d) && isFigure(d)).map((d) => d.sentence.index));
  const yields = (d: Draft): boolean => (sideOf(d) && central.has(d.sentence.index)) || (figures.has(d.sentence.index) && isSetting(d));
  return drafts
    .map((draft) => ({ draft, score: (ctx.sentenceScore[draft.sentence.index] ?? 0) * draft.weight * (yields(draft) ? SIDE_NAME_WEIGHT : 1) }))
    .sort((a, b) => b.score - a.score || a.draft.sentence.index - b.draft.sentence.index || a.draft.kind.localeCompare(b.draft.kind) || a.draft.back.localeCompare(b.draft.back));
}

/** A sentence this long may carry a second card on another answer, once every sentence had its chance. */
const SECOND_CARD_WORDS = 24;

/**
 * The best cards that test different facts, at most `count`, best first: one card per
 * sentence first, then a second one on long sentences that hold two facts.
 */
export function selectCards(ranked: readonly Ranked[], count: number, dense = false): Ranked[] {
  // Many drafts share a sentence or an answer: normalise each text once, over both passes.
  const normal = new Map<string, string>();
  const normOf = (text: string): string => {
    let n = normal.get(text);
    if (n === undefined) normal.set(text, (n = norm(text)));
    return n;
  };
  // "business account" and "business accounts" are one answer: the key of an answer, made once.
  const keys = new Map<string, string>();
  const answerKeyOf = (back: string): string => {
    let k = keys.get(back);
    if (k === undefined) keys.set(back, (k = normOf(back).replace(/(?<=\p{L}{3})s\b/gu, '')));
    return k;
  };
  const first = selectPass(ranked, count, [], 1, dense, MIN_SHARE_OF_BEST, normOf, answerKeyOf);
  if (first.length >= count) return first;
  const both = selectPass(ranked, count, first, 2, dense, MIN_SHARE_OF_BEST, normOf, answerKeyOf);
  // A dense text's weaker facts come last, so they never displace a stronger card when the count binds.
  const all = dense && both.length < count ? selectPass(ranked, count, both, 2, dense, DENSE_SHARE_OF_BEST, normOf, answerKeyOf) : both;
  // On a dense text each sentence that holds a fact gets a card, however its score compares with
  // the best: a careful student notes every fact of such a passage, and these come last.
  const every = dense && all.length < count ? selectPass(ranked, count, all, 1, dense, 0, normOf, answerKeyOf) : all;
  // Then, budget left, a second fact of any sentence: a short one can hold two ("Between A and B,
  // the [river] flows through the [gorge]").
  const seconds = dense && every.length < count ? selectPass(ranked, count, every, 2, dense, 0, normOf, answerKeyOf, 0) : every;
  return seconds.sort((a, b) => b.score - a.score);
}

function selectPass(
  ranked: readonly Ranked[],
  count: number,
  already: readonly Ranked[],
  perSentence: number,
  dense: boolean,
  floorShare: number,
  normOf: (text: string) => string,
  answerKeyOf: (back: string) => string,
  secondCardWords = SECOND_CARD_WORDS,
): Ranked[] {
  const chosen: Ranked[] = [];
  const facts = new Set<string>();
  const sentenceUse = new Map<number, Draft[]>();
  const sourceTexts = new Map<string, number>();
  const answerUse = new Map<string, number>();
  const best = ranked[0]?.score ?? 0;
  const floor = Math.min(MIN_SCORE, floorShare * best);
  // A short sentence can hold two facts too ("X invaded in 1281 and failed because of a typhoon").
  const secondCardFits = (r: Ranked): boolean => wordCount(r.draft.sentence.text) >= secondCardWords || (dense && r.score >= DENSE_SECOND_CARD_SHARE * best);
  const taken = new Set(already);
  let quotes = 0;
  const accept = (r: Ranked): void => {
    const d = r.draft;
    chosen.push(r);
    if (d.kind === 'quote') quotes++;
    facts.add(d.kind === 'quote' || d.kind === 'identity' ? d.fact : `${d.fact}@${d.sentence.index}`);
    sentenceUse.set(d.sentence.index, [...(sentenceUse.get(d.sentence.index) ?? []), d]);
    sourceTexts.set(normOf(d.sentence.text), d.sentence.index);
    const useKey = `${d.kind === 'quote' ? 'q' : d.kind === 'identity' ? 'i' : 'a'}:${answerKeyOf(d.back)}`;
    answerUse.set(useKey, (answerUse.get(useKey) ?? 0) + 1);
  };
  for (const r of already) accept(r);
  for (const r of ranked) {
    if (chosen.length >= count || r.score < floor) break;
    if (taken.has(r)) continue;
    const d = r.draft;
    if (d.kind === 'quote' && quotes + 1 > Math.max(1, Math.ceil(count * QUOTE_SHARE))) continue;
    const s = d.sentence.index;
    const factKey = d.kind === 'quote' || d.kind === 'identity' ? d.fact : `${d.fact}@${s}`;
    if (facts.has(factKey)) continue;
    const onSentence = sentenceUse.get(s) ?? [];
    // One card per sentence; an identity card may share it when it tests something else.
    const gaps = onSentence.filter((o) => o.kind !== 'identity');
    const roomFor = perSentence > 1 && gaps.length > 0 && d.kind !== 'quote' && gaps.every((o) => o.kind !== 'quote') && secondCardFits(r) ? perSentence : 1;
    const clash = (d.kind !== 'identity' && gaps.length >= roomFor) || onSentence.some((o) => overlaps(o.back, d.back, normOf) || subject(o) === subject(d) || spansOverlap(o, d));
    if (clash) continue;
    // Two quotes of one claim (a pull quote, a claim repeated in the verdict) are one fact.
    if (d.kind === 'quote' && chosen.some((o) => o.draft.kind === 'quote' && sameClaim(o.draft.front, d.front))) continue;
    // The same sentence repeated in the text (a pull quote kept in the body) is one fact.
    const textKey = normOf(d.sentence.text);
    if (sourceTexts.has(textKey) && sourceTexts.get(textKey) !== s) continue;
    const answerKey = answerKeyOf(d.back);
    const limit = d.kind === 'quote' ? SAME_SPEAKER_LIMIT : SAME_ANSWER_LIMIT;
    // A quote tests who said it and an identity card what role someone has: their answers count apart.
    const useKey = `${d.kind === 'quote' ? 'q' : d.kind === 'identity' ? 'i' : 'a'}:${answerKey}`;
    if ((answerUse.get(useKey) ?? 0) >= limit) continue;
    // One fact under two wordings ("$44 million", "$44.2 million"): the better-ranked card only.
    if (isGap(d) && chosen.some((o) => isGap(o.draft) && sameAnswer(o.draft.back, d.back))) continue;
    // Who holds a role, asked by an identity card and again by a blank beside the same role.
    if (chosen.some((o) => sameRoleTwice(o.draft, d, normOf))) continue;
    // One link asked from both ends: each card shows the other's answer, so the second teaches nothing new.
    if (chosen.some((o) => reverses(o.draft, d, normOf))) continue;
    accept(r);
  }
  return chosen;
}

// Which cards a text's first ten should be: a stable re-ordering by tier on top of the quality
// model's order, so that a card of a kind or answer judges seldom keep never sits above one they
// usually keep. Blind judging of the top tens found multiple choice kept less often than a plain
// cloze, and dates blanked in side sentences, untyped capitalised names (a team, a nickname, half
// a title), terms of minor sentences and people named once rejected most as trivia or topic words.
import type { AnswerType, CardKind } from './types.js';

/** What a tier is decided on: the card's kind and the numbers its ranking kept. */
export interface TierCard {
  readonly kind: CardKind;
  readonly back: string;
  readonly features: { readonly answerType: AnswerType; readonly sentenceScore: number; readonly answerCount: number };
}

export const STRONG = 0;
/** Multiple choice (outside the key sentences) and identity: kept less often than a plain cloze. */
export const CHOICE = 1;
/** Likely trivia: ranked after every other card of the text. */
export const WEAK = 2;

/** A date blanked in a sentence under this share of the text's best sentence score is a side detail. */
const SIDE_DATE_SHARE = 0.85;
/** A sentence at or above this share of the best score is one of the text's key sentences. */
const KEY_SHARE = 0.95;
/** A date that names its day: "April 5, 1754", "28 February 2008", "May 28". */
const DAY_DATE = /\b[A-Z][a-z]+\.? \d{1,2}\b(?!\d)|\b\d{1,2} [A-Z][a-z]+\b/;
/** A plain term blanked in a sentence under this share is seldom the point. */
const SIDE_TERM_SHARE = 0.8;

/** Places every reader knows, blanked as filler ("most of [Europe]", "on [Earth]"). */
const WORLD_PLACES = new Set(['earth', 'europe', 'asia', 'africa', 'america', 'north america', 'south america', 'australia', 'antarctica', 'the world']);

export function tierOf(card: TierCard, bestSentenceScore: number): number {
  const { answerType, sentenceScore, answerCount } = card.features;
  const share = bestSentenceScore > 0 ? sentenceScore / bestSentenceScore : 1;
  // A capitalised name the tagger could not type: a team, a nickname, a piece of a title, the subject itself.
  if (answerType === 'name') return WEAK;
  if (answerType === 'date' && share < SIDE_DATE_SHARE) return WEAK;
  // "April 5, 1754", "May 28": the day of an event is seldom what a reader keeps, outside the text's key sentences.
  if (answerType === 'date' && DAY_DATE.test(card.back) && share < KEY_SHARE) return WEAK;
  if (answerType === 'term' && share < SIDE_TERM_SHARE) return WEAK;
  // A person the text names once, in a cloze: a minor figure (a pollster, a founder in passing).
  if (answerType === 'person' && answerCount <= 1 && (card.kind === 'cloze' || card.kind === 'choice')) return WEAK;
  if (answerType === 'place' && WORLD_PLACES.has(card.back.toLowerCase())) return WEAK;
  // A choice card on one of the text's key sentences (the lede's figure) is kept with the best.
  if (card.kind === 'choice' && share >= KEY_SHARE) return STRONG;
  return card.kind === 'choice' || card.kind === 'identity' ? CHOICE : STRONG;
}

/** `items` by tier, keeping their order within a tier (Array.prototype.sort is stable). */
export function byTier<T>(items: readonly T[], cardOf: (item: T) => TierCard): T[] {
  let best = 0;
  for (const item of items) best = Math.max(best, cardOf(item).features.sentenceScore);
  const tiers = new Map<T, number>();
  for (const item of items) tiers.set(item, tierOf(cardOf(item), best));
  return [...items].sort((a, b) => tiers.get(a)! - tiers.get(b)!);
}

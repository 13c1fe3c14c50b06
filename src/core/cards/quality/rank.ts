// Filtering and ranking generated cards with the quality model: the one call the generator makes
// after its rules have chosen the cards (core/cards/index.ts), and the order a library shows its
// untriaged cards in once it has learnt from the reader.
import { inputsFromFeatures, qualityInputs, withInputs, type QualityArticle, type QualityCard } from './features.js';
import { probabilityOf, type QualityModel } from './model.js';
import { SHIPPED_MODEL } from './shipped.js';

/** How the model is used: its weights, the probability below which a card is dropped, the blend. */
export interface QualityRanking {
  readonly model: QualityModel;
  readonly threshold: number;
  readonly blend: number;
}

export const SHIPPED_RANKING: QualityRanking = { model: SHIPPED_MODEL, threshold: SHIPPED_MODEL.threshold, blend: SHIPPED_MODEL.blend };

/** The largest share of the rules' cards the model's filter may drop. */
export const MAX_DROPPED_SHARE = 0.5;

type Scored<T> = { item: T; p: number | null; rule: number; at: number };

function ruleScore(features: Readonly<Record<string, unknown>> | undefined): number {
  const score = features?.['score'];
  return typeof score === 'number' && Number.isFinite(score) ? score : 0;
}

/** The sentence a card was made from, when the item says (a stored card read back may not). */
function sentenceOf(item: unknown): string | undefined {
  const source = (item as { source?: { paragraph?: unknown; start?: unknown; text?: unknown } }).source;
  return source === undefined ? undefined : `${String(source.paragraph)}:${String(source.start ?? source.text)}`;
}

/**
 * Best first by blend·p + (1−blend)·(rule score ÷ best rule score); items without inputs rank by
 * rule score alone.
 */
function ordered<S extends Scored<unknown>>(scored: readonly S[], blend: number): S[] {
  const best = Math.max(1e-9, ...scored.map((s) => s.rule));
  const value = (s: S): number => (s.p === null ? s.rule / best : blend * s.p + (1 - blend) * (s.rule / best));
  return [...scored].sort((a, b) => value(b) - value(a) || a.at - b.at);
}

/**
 * A sentence's second card comes after every sentence's first, the order otherwise kept: judges
 * kept such cards less often (on the held-out dev halves and set U1, 47 of 93 verdicts against 284
 * of 446), so past the first ten they give way to another sentence's fact.
 */
function firstPerSentence<S extends { readonly item: unknown }>(byValue: readonly S[]): S[] {
  const seen = new Set<string>();
  const firsts: S[] = [];
  const seconds: S[] = [];
  for (const s of byValue) {
    const sentence = sentenceOf(s.item);
    (sentence !== undefined && seen.has(sentence) ? seconds : firsts).push(s);
    if (sentence !== undefined) seen.add(sentence);
  }
  return firsts.concat(seconds);
}

/**
 * The generated cards, each with its model inputs and probability (`quality`) added to its
 * features, without those under the threshold (but never more than MAX_DROPPED_SHARE of them),
 * best first; `rank` is renumbered.
 */
export function rankByQuality<C extends QualityCard & { readonly features: object }>(
  cards: readonly C[],
  article: QualityArticle,
  ranking: QualityRanking = SHIPPED_RANKING,
): C[] {
  const scored = cards.map((card, at) => {
    const inputs = qualityInputs(card, article);
    return { item: card, inputs, p: probabilityOf(ranking.model, inputs), rule: ruleScore(card.features as Record<string, unknown>), at };
  });
  // The filter drops at most half of the rules' cards: a library's model taught by a run of drops
  // could otherwise hide every card of the next article, and then never see one to learn it was wrong.
  const floor = Math.ceil(cards.length * (1 - MAX_DROPPED_SHARE));
  // Each kept card's features are built once, in one object (spreading ~30 keys twice per card
  // was a third of the generator's time, most of it garbage).
  // (The filter reads the order by value: which cards stay does not depend on their sentences.)
  return firstPerSentence(ordered(scored, ranking.blend).filter((s, i) => s.p! >= ranking.threshold || i < floor))
    .map((s, rank) => ({ ...s.item, features: withInputs(s.item.features, s.inputs, s.p!, rank) }));
}

/** Stored cards (untriaged ones, say) in the order a library's model puts them; nothing is dropped. */
export function orderByQuality<T extends { readonly features?: object }>(items: readonly T[], ranking: QualityRanking): T[] {
  const scored = items.map((item, at) => {
    const features = item.features as Readonly<Record<string, unknown>> | undefined;
    const inputs = inputsFromFeatures(features);
    return { item, p: inputs ? probabilityOf(ranking.model, inputs) : null, rule: ruleScore(features), at };
  });
  return firstPerSentence(ordered(scored, ranking.blend)).map((s) => s.item);
}

// Filtering and ranking with the model: cards under the threshold go, the rest are ordered by
// the blend of the model's probability and the rules' score, and `max` takes the best of those.
import { describe, expect, it } from 'vitest';
import { generateCards } from '../../../../src/core/cards/index.js';
import { rankByQuality, SHIPPED_MODEL, SHIPPED_RANKING, type QualityModel } from '../../../../src/core/cards/quality/index.js';
import { loadSample } from '../helpers.js';

const article = loadSample();
const rules = generateCards(article, { quality: null }).cards;
/** A model that only likes quote cards. */
const quoteLover: QualityModel = { id: 'test', bias: -1, weights: { 'kind=quote': 3 } };
const quality = (c: { features: object }) => (c.features as Record<string, number>)['quality']!;

describe('rankByQuality', () => {
  it('with the model alone (blend 1), orders cards by its probability and renumbers their rank', () => {
    const ranked = rankByQuality(rules, article, { model: quoteLover, threshold: 0, blend: 1 });
    expect(ranked).toHaveLength(rules.length);
    const quotes = rules.filter((c) => c.kind === 'quote').length;
    expect(quotes).toBeGreaterThan(0);
    expect(ranked.slice(0, quotes).every((c) => c.kind === 'quote')).toBe(true);
    expect(ranked.map((c) => c.features.rank)).toEqual(ranked.map((_, i) => i));
  });

  it('with the rules alone (blend 0), keeps the rules’ order, each sentence’s first card before any second', () => {
    const key = (c: (typeof rules)[number]) => `${c.source.paragraph}:${c.source.start}`;
    const firstOf = new Map<string, string>();
    for (const c of rules) if (!firstOf.has(key(c))) firstOf.set(key(c), c.id);
    const firsts = rules.filter((c) => firstOf.get(key(c)) === c.id);
    const seconds = rules.filter((c) => firstOf.get(key(c)) !== c.id);
    expect(rankByQuality(rules, article, { model: quoteLover, threshold: 0, blend: 0 }).map((c) => c.id)).toEqual([...firsts, ...seconds].map((c) => c.id));
  });

  it('puts a sentence’s second card after every sentence’s first, the order otherwise kept', () => {
    const sentenceOf = (c: (typeof rules)[number]) => `${c.source.paragraph}:${c.source.start}`;
    const all = { model: { id: 'all', bias: 5, weights: {} }, threshold: 0, blend: 0.5 };
    // Two cards on the first card's sentence: made by cutting a copy with another answer.
    const twin = { ...rules[0]!, id: 'twin', back: 'twin', features: { ...rules[0]!.features, score: rules[0]!.features.score } };
    const ranked = rankByQuality([rules[0]!, twin, ...rules.slice(1)], article, all);
    const seen = new Set<string>();
    const repeats = ranked.map((c) => { const again = seen.has(sentenceOf(c)); seen.add(sentenceOf(c)); return again; });
    expect(repeats.filter(Boolean).length).toBeGreaterThan(0);
    // Every repeat comes after every first.
    expect(repeats.indexOf(true)).toBe(repeats.lastIndexOf(false) + 1);
    expect(ranked.at(-1)!.id === 'twin' || repeats.at(-1)).toBe(true);
  });

  it('drops the cards under the threshold, but never more than half of them', () => {
    const ranked = rankByQuality(rules, article, { model: quoteLover, threshold: 0.5, blend: 1 });
    expect(ranked.length).toBe(Math.ceil(rules.length / 2));
    const quotes = ranked.filter((c) => c.kind === 'quote');
    expect(quotes.length).toBe(rules.filter((c) => c.kind === 'quote').length);
    expect(ranked.slice(0, quotes.length)).toEqual(quotes);
    const noneLiked = rankByQuality(rules.slice(0, 4), article, { model: { id: 'none', bias: -5, weights: {} }, threshold: 0.5, blend: 1 });
    expect(noneLiked).toHaveLength(2);
  });

  it('keeps every card the model rates above the threshold', () => {
    const liked = rankByQuality(rules, article, { model: { id: 'all', bias: 5, weights: {} }, threshold: 0.5, blend: 0.5 });
    expect(liked).toHaveLength(rules.length);
  });

  it('is what generateCards does by default, with the shipped weights; max takes the best after it', () => {
    const cards = generateCards(article).cards;
    expect(cards.map((c) => c.id)).toEqual(rankByQuality(rules, article, SHIPPED_RANKING).map((c) => c.id));
    expect(cards.every((c) => quality(c) >= SHIPPED_MODEL.threshold)).toBe(true);
    expect(generateCards(article, { max: 3 }).cards.map((c) => c.id)).toEqual(cards.slice(0, 3).map((c) => c.id));
  });
});

// Learning from the reader: each triage decision is one step toward the reader's taste, pulled
// back toward the shipped weights; a reader who drops every quote and every number card sees
// fewer of them at the top of the next article. (scripts/simulate-reader.mjs measures it on the dev set.)
import { describe, expect, it } from 'vitest';
import { generateCards, type Card } from '../../../../src/core/cards/index.js';
import {
  decisionLabel,
  exampleOf,
  inputsFromFeatures,
  learnDecision,
  learnDecisions,
  orderByQuality,
  probabilityOf,
  SHIPPED_MODEL,
  SHIPPED_RANKING,
  standingDecisions,
  startReaderModel,
  type DecisionRecord,
  type QualityModel,
} from '../../../../src/core/cards/quality/index.js';
import { loadFixture, loadSample } from '../helpers.js';

/** The simulated reader: no cards about numbers. */
function keeps(card: Card): boolean {
  return !inputsFromFeatures(card.features as unknown as Record<string, unknown>)!.isNumber;
}

function decide(card: Card): DecisionRecord {
  return { decision: keeps(card) ? 'keep' : 'drop', features: card.features as unknown as Record<string, unknown> };
}

// Dense generation, for more decisions to learn from; the fixtures make number cards but no quotes.
const seen = [loadFixture('wire-story.txt'), loadFixture('science-explainer.md'), loadFixture('encyclopedia-entry.md')].flatMap((a) => generateCards(a, { wordsPerCard: 25 }).cards);
const next = generateCards(loadSample(), { quality: { ...SHIPPED_RANKING, threshold: 0 } }).cards;

describe('decisions as labels', () => {
  it('keep and edit are 1, drop is 0; a card without model inputs or made by the reader teaches nothing', () => {
    expect([decisionLabel('keep'), decisionLabel('edit'), decisionLabel('drop'), decisionLabel('undo')]).toEqual([1, 1, 0, null]);
    expect(exampleOf({ decision: 'keep', features: { score: 1 } })).toBeNull();
    expect(exampleOf({ decision: 'keep', features: { ...seen[0]!.features, madeByReader: true } as unknown as Record<string, unknown> })).toBeNull();
  });
});

describe('standingDecisions', () => {
  it('an undo takes back the latest labelled decision on its own card, and nothing else', () => {
    const journal: DecisionRecord[] = [
      { decision: 'drop', cardId: 'a' },
      { decision: 'keep', cardId: 'b' },
      { decision: 'keep', cardId: 'a' },
      { decision: 'undo', cardId: 'a' },
      { decision: 'undo', cardId: 'c' },
    ];
    expect(standingDecisions(journal)).toEqual([journal[0], journal[1]]);
    expect(standingDecisions([...journal, { decision: 'undo', cardId: 'a' }])).toEqual([journal[1]]);
  });
});

describe('learnDecision', () => {
  it('moves the probability of the decided card toward the decision, and counts it', () => {
    const start = startReaderModel(SHIPPED_MODEL);
    const x = inputsFromFeatures(seen[0]!.features as unknown as Record<string, unknown>)!;
    const dropped = learnDecision(start, SHIPPED_MODEL, x, 0);
    const kept = learnDecision(start, SHIPPED_MODEL, x, 1);
    expect(probabilityOf(dropped, x)).toBeLessThan(probabilityOf(start, x));
    expect(probabilityOf(kept, x)).toBeGreaterThan(probabilityOf(start, x));
    expect([start.decisions, dropped.decisions]).toEqual([0, 1]);
    expect(dropped.prior).toBe(SHIPPED_MODEL.id);
  });

  it('moves the ranking of an unseen article toward the reader’s taste', () => {
    const records = seen.map(decide);
    expect(records.filter((r) => r.decision === 'drop').length).toBeGreaterThan(2);
    const learnt = learnDecisions(startReaderModel(SHIPPED_MODEL), SHIPPED_MODEL, records);
    expect(learnt.decisions).toBe(records.length);
    const p = (model: QualityModel, c: Card) => probabilityOf(model, inputsFromFeatures(c.features as unknown as Record<string, unknown>)!);
    // On the next article, every card this reader would drop falls against the cards they keep
    // (on average: a kept card of the same kind as a dropped one, a cloze on a name beside a
    // cloze on a date, teaches that the kind is fine, and may hold one pair where it was).
    const dropped = next.filter((c) => !keeps(c));
    const kept = next.filter(keeps);
    expect(dropped.length).toBeGreaterThan(0);
    const meanGap = (model: QualityModel, d: Card) => kept.reduce((n, k) => n + p(model, d) - p(model, k), 0) / kept.length;
    for (const d of dropped) expect(meanGap(learnt, d)).toBeLessThan(meanGap(SHIPPED_MODEL, d));
    const rankOf = (model: QualityModel) => orderByQuality(next, { ...SHIPPED_RANKING, model, blend: 1 }).findIndex((c) => !keeps(c));
    expect(rankOf(learnt)).toBeGreaterThan(rankOf(SHIPPED_MODEL));
  });

  it('stays near the shipped weights for what the reader never judged', () => {
    const quotes = next.filter((c) => c.kind === 'quote').map((c) => ({ decision: 'drop', features: c.features as unknown as Record<string, unknown> }));
    expect(quotes.length).toBeGreaterThan(0);
    const learnt = learnDecisions(startReaderModel(SHIPPED_MODEL), SHIPPED_MODEL, quotes);
    expect(learnt.weights['kind=quote']!).toBeLessThan(SHIPPED_MODEL.weights['kind=quote']! - 0.05);
    expect(learnt.weights['kind=identity']).toBeCloseTo(SHIPPED_MODEL.weights['kind=identity'] ?? 0, 1);
  });
});

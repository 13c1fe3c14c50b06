import { describe, expect, it } from 'vitest';
import {
  applyTriage, buildQueue, CardNotFoundError, gradeCard, keepAll, mergeRegenerated, newStudyCard, SOURCE_CHANGED, StudyError,
  type SourceCard, type StudyCard,
} from '../../../src/core/study/index.js';
import { SETTINGS, T0, daysAfter, sentenceCard, sourceCard } from './helpers.js';

const LATER = daysAfter(T0, 3);

function generate(cards: readonly SourceCard[], articleId = 'a1'): StudyCard[] {
  return mergeRegenerated([], cards, articleId, T0).cards;
}

const byId = (cards: readonly StudyCard[], id: string): StudyCard => {
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error(`no ${id}`);
  return card;
};

describe('triage', () => {
  it('starts generated cards untriaged and keeps them out of study until kept', () => {
    const cards = generate([sentenceCard('c1', 1), sentenceCard('c2', 2)]);
    expect(cards.map((c) => c.status)).toEqual(['untriaged', 'untriaged']);
    expect(buildQueue(cards, [], T0, SETTINGS).cards).toEqual([]);
    const { cards: after } = applyTriage(cards, { type: 'keep', cardId: 'c2' }, T0);
    expect(buildQueue(after, [], T0, SETTINGS).cards.map((c) => c.id)).toEqual(['c2']);
  });

  it('records every decision with the card kind and features', () => {
    const card = sourceCard('c1', { kind: 'qa', features: { score: 0.8, answerType: 'person', rank: 0, nested: { no: 1 } } });
    const { decisions } = applyTriage(generate([card]), { type: 'drop', cardId: 'c1' }, LATER);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ cardId: 'c1', articleId: 'a1', decision: 'drop', kind: 'qa', at: LATER.toISOString() });
    expect(decisions[0]?.features).toMatchObject({ score: 0.8, answerType: 'person', rank: 0, paragraph: 0 });
    expect(decisions[0]?.features).not.toHaveProperty('nested');
  });

  it('edits keep the card, mark it edited and remember the generator\'s text', () => {
    const { cards, decisions } = applyTriage(generate([sourceCard('c1')]), { type: 'edit', cardId: 'c1', front: ' Who? ', back: 'Me' }, T0);
    expect(cards[0]).toMatchObject({ status: 'kept', edited: true, front: 'Who?', back: 'Me', original: { front: 'Front of c1 [...]', back: 'answer c1' } });
    expect(decisions[0]?.decision).toBe('edit');
    expect(() => applyTriage(cards, { type: 'edit', cardId: 'c1', front: '', back: 'x' }, T0)).toThrow(StudyError);
  });

  it('keeps all untriaged cards of an article, one decision each, leaving dropped ones dropped', () => {
    let cards = [...generate([sentenceCard('c1', 1), sentenceCard('c2', 2), sentenceCard('c3', 3)]), ...generate([sentenceCard('x', 1, 'a2')], 'a2')];
    cards = applyTriage(cards, { type: 'drop', cardId: 'c2' }, T0).cards;
    const result = keepAll(cards, T0, 'a1');
    expect(result.cards.map((c) => [c.id, c.status])).toEqual([['c1', 'kept'], ['c2', 'dropped'], ['c3', 'kept'], ['x', 'untriaged']]);
    expect(result.decisions.map((d) => d.cardId)).toEqual(['c1', 'c3']);
  });

  it('throws a named error for an unknown card', () => {
    expect(() => applyTriage([], { type: 'keep', cardId: 'nope' }, T0)).toThrow(CardNotFoundError);
  });
});

describe('mergeRegenerated', () => {
  /** c1 kept and reviewed, c2 dropped, c3 untriaged; sentences 1, 2, 3. */
  function studied(): StudyCard[] {
    let cards = generate([sentenceCard('c1', 1), sentenceCard('c2', 2), sentenceCard('c3', 3)]);
    cards = applyTriage(cards, { type: 'keep', cardId: 'c1' }, T0).cards;
    cards = applyTriage(cards, { type: 'drop', cardId: 'c2' }, T0).cards;
    const graded = gradeCard(byId(cards, 'c1'), 3, T0, SETTINGS).card;
    return cards.map((c) => (c.id === 'c1' ? graded : c));
  }

  it('keeps the schedule, status and history of a card generated again with the same id', () => {
    const before = studied();
    const result = mergeRegenerated(before, [sentenceCard('c1', 1), sentenceCard('c2', 2), sentenceCard('c3', 3)], 'a1', LATER);
    expect(byId(result.cards, 'c1')).toStrictEqual(byId(before, 'c1'));
    expect(result.kept).toEqual(['c1', 'c2', 'c3']);
    expect(result.added).toEqual([]);
    expect(result.flagged).toEqual([]);
  });

  it('never brings a dropped card back as untriaged, whether regenerated or not', () => {
    const before = studied();
    const again = mergeRegenerated(before, [sentenceCard('c2', 2)], 'a1', LATER);
    expect(byId(again.cards, 'c2').status).toBe('dropped');
    const gone = mergeRegenerated(before, [], 'a1', LATER);
    expect(byId(gone.cards, 'c2').status).toBe('dropped');
    const back = mergeRegenerated(gone.cards, [sentenceCard('c2', 2)], 'a1', daysAfter(LATER, 1));
    expect(byId(back.cards, 'c2').status).toBe('dropped');
    expect(back.added).toEqual([]);
  });

  it('recognises a card whose id changed because its sentence moved, by kind, sentence and answer', () => {
    const before = studied();
    const moved: SourceCard = { ...sentenceCard('c1-new-id', 1), back: 'answer c1', source: { paragraph: 4, start: 7, end: 27, text: 'Sentence 1 of a1.' } };
    const droppedMoved: SourceCard = { ...sentenceCard('c2-new-id', 2), back: 'answer c2', source: { paragraph: 5, start: 0, end: 20, text: 'Sentence 2 of a1.' } };
    const result = mergeRegenerated(before, [moved, droppedMoved], 'a1', LATER);
    const c1 = byId(result.cards, 'c1');
    expect(c1.schedule).toStrictEqual(byId(before, 'c1').schedule);
    expect(c1.source).toEqual(moved.source);
    expect(byId(result.cards, 'c2').status).toBe('dropped');
    expect(result.cards.map((c) => c.id)).not.toContain('c1-new-id');
    expect(result.cards.map((c) => c.id)).not.toContain('c2-new-id');
  });

  it('flags a kept card whose source sentence is gone instead of removing it', () => {
    const before = studied();
    const result = mergeRegenerated(before, [sentenceCard('fresh', 9)], 'a1', LATER);
    const c1 = byId(result.cards, 'c1');
    expect(c1).toMatchObject({ flagged: true, flagReason: SOURCE_CHANGED, status: 'kept' });
    expect(c1.schedule).toStrictEqual(byId(before, 'c1').schedule);
    expect(result.flagged).toEqual(['c1']);
    expect(result.added).toEqual(['fresh']);
    // The untriaged card had no history: the new generation replaces it.
    expect(result.removed).toEqual(['c3']);
    expect(result.kept).toEqual(['c1', 'c2']);
    expect(result.cards.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'fresh']);
  });

  it('keeps a kept card unflagged when its sentence still exists, even if the generator chose other cards from it', () => {
    const before = studied();
    const sibling: SourceCard = { ...sentenceCard('sib', 1), kind: 'qa', back: 'other answer', source: { paragraph: 2, start: 3, end: 23, text: 'Sentence 1 of a1.' } };
    const result = mergeRegenerated(before, [sibling], 'a1', LATER);
    const c1 = byId(result.cards, 'c1');
    expect(c1.flagged).toBe(false);
    expect(c1.source).toEqual(sibling.source);
    expect(result.flagged).toEqual([]);
  });

  it('unflags a "source changed" card whose sentence comes back, and keeps user edits', () => {
    let cards = studied();
    cards = applyTriage(cards, { type: 'edit', cardId: 'c1', front: 'My front', back: 'My back' }, T0).cards;
    const flagged = mergeRegenerated(cards, [], 'a1', LATER).cards;
    expect(byId(flagged, 'c1').flagged).toBe(true);
    const restored = mergeRegenerated(flagged, [{ ...sentenceCard('c1', 1), front: 'New front [...]' }], 'a1', LATER);
    expect(byId(restored.cards, 'c1')).toMatchObject({ flagged: false, flagReason: null, front: 'My front', back: 'My back', edited: true });
    expect(byId(restored.cards, 'c1').original).toEqual({ front: 'New front [...]', back: 'answer c1' });
  });

  it('leaves other articles\' cards alone and adds new cards as untriaged, created now', () => {
    const other = newStudyCard(sentenceCard('x', 1, 'a2'), 'a2', T0);
    const result = mergeRegenerated([other, ...studied()], [sentenceCard('c4', 4)], 'a1', LATER);
    expect(result.cards[0]).toBe(other);
    expect(byId(result.cards, 'c4')).toMatchObject({ status: 'untriaged', createdAt: LATER.toISOString(), articleId: 'a1' });
    expect(byId(result.cards, 'c4').schedule).toMatchObject({ state: 'New', due: LATER.toISOString(), reps: 0 });
  });
});

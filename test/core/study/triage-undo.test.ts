// Taking back triage decisions: each step returns its cards exactly as they were, leaves an
// `undo` decision in the log, and is refused when the card changed since.
import { describe, expect, it } from 'vitest';
import { applyTriage, gradeCard, keepAll, mergeRegenerated, UndoError, undoTriage, type StudyCard } from '../../../src/core/study/index.js';
import { daysAfter, SETTINGS, sentenceCard, T0 } from './helpers.js';

const cards: StudyCard[] = mergeRegenerated([], [sentenceCard('c1', 1), sentenceCard('c2', 2), sentenceCard('c3', 3)], 'a1', T0).cards;
const LATER = daysAfter(T0, 1);

describe('undoing triage', () => {
  it('returns a dropped card to the triage exactly as it was, in several steps', () => {
    const drop1 = applyTriage(cards, { type: 'drop', cardId: 'c1' }, T0);
    const edit2 = applyTriage(drop1.cards, { type: 'edit', cardId: 'c2', front: 'Who?', back: 'Me' }, T0);
    const back2 = undoTriage(edit2.cards, edit2.undo, LATER);
    expect(back2.cards).toEqual(drop1.cards);
    expect(back2.decisions).toEqual([expect.objectContaining({ cardId: 'c2', decision: 'undo', at: LATER.toISOString() })]);
    const back1 = undoTriage(back2.cards, drop1.undo, LATER);
    expect(back1.cards).toEqual(cards);
  });

  it('takes back "keep all" as one step', () => {
    const some = applyTriage(cards, { type: 'drop', cardId: 'c2' }, T0);
    const all = keepAll(some.cards, T0, 'a1');
    expect(all.undo.after.map((c) => c.id)).toEqual(['c1', 'c3']);
    const back = undoTriage(all.cards, all.undo, LATER);
    expect(back.cards).toEqual(some.cards);
    expect(back.decisions.map((d) => [d.cardId, d.decision])).toEqual([['c1', 'undo'], ['c3', 'undo']]);
  });

  it('refuses to undo a keep once the card was studied, and changes nothing', () => {
    const kept = applyTriage(cards, { type: 'keep', cardId: 'c1' }, T0);
    const studied = kept.cards.map((c) => (c.id === 'c1' ? gradeCard(c, 3, LATER, SETTINGS).card : c));
    expect(() => undoTriage(studied, kept.undo, LATER)).toThrow(UndoError);
  });

  it('refuses when the card is gone', () => {
    const dropped = applyTriage(cards, { type: 'drop', cardId: 'c3' }, T0);
    expect(() => undoTriage(dropped.cards.filter((c) => c.id !== 'c3'), dropped.undo, LATER)).toThrow(/no longer there/);
  });
});

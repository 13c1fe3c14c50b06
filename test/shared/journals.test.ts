// The journal schemas accept exactly what the study code writes, and nothing that is not one.
import { describe, expect, it } from 'vitest';
import { applyTriage, gradeCard, undoTriage } from '../../src/core/study/index.js';
import { decodeReviewLine, isReviewLogEntry, isTriageDecision, isUndoMarker } from '../../src/shared/journals.js';
import { keptCard, SETTINGS, sourceCard, T0 } from '../core/study/helpers.js';

const ARTICLE = '0123456789abcdef';

describe('journal schemas', () => {
  it('accept the reviews grading writes, with and without a duration', () => {
    const first = gradeCard(keptCard(sourceCard('c1'), ARTICLE), 1, T0, SETTINGS, { durationMs: 5000 });
    const second = gradeCard(first.card, 3, new Date(T0.getTime() + 60_000), SETTINGS);
    for (const log of [first.log, second.log]) {
      expect(isReviewLogEntry(log)).toBe(true);
      expect(decodeReviewLine(JSON.parse(JSON.stringify(log)))).toEqual(log);
    }
  });

  it('tell an undo marker from a review and refuse lines that are neither', () => {
    const undo = decodeReviewLine({ undo: 'c1@1' });
    expect(undo && isUndoMarker(undo)).toBe(true);
    const { log } = gradeCard(keptCard(sourceCard('c1'), ARTICLE), 3, T0, SETTINGS);
    expect(decodeReviewLine({ cardId: 'x' })).toBeUndefined();
    expect(decodeReviewLine({ ...log, grade: 5 })).toBeUndefined();
    expect(decodeReviewLine({ ...log, stateBefore: 'Suspended' })).toBeUndefined();
    expect(decodeReviewLine({ ...log, reviewedAt: 'yesterday' })).toBeUndefined();
  });

  it('accept the decisions triage writes (keep, drop, edit, undo) and refuse others', () => {
    const card = { ...keptCard(sourceCard('c1', { features: { score: 0.5 } }), ARTICLE), status: 'untriaged' as const };
    const dropped = applyTriage([card], { type: 'drop', cardId: 'c1' }, T0);
    const edited = applyTriage([card], { type: 'edit', cardId: 'c1', front: 'F [...]', back: 'B' }, T0);
    const undone = undoTriage(dropped.cards, dropped.undo, T0);
    const decisions = [...dropped.decisions, ...edited.decisions, ...undone.decisions];
    expect(new Set(decisions.map((d) => d.decision))).toEqual(new Set(['drop', 'edit', 'undo']));
    for (const d of decisions) expect(isTriageDecision(d)).toBe(true);
    const [d] = dropped.decisions;
    expect(isTriageDecision({ ...d, decision: 'maybe' })).toBe(false);
    expect(isTriageDecision({ ...d, kind: 'essay' })).toBe(false);
    expect(isTriageDecision({ ...d, articleId: '../x' })).toBe(false);
    expect(isTriageDecision({ decision: 'keep' })).toBe(false);
  });
});

// Triage: new cards wait until the user keeps, drops or edits them (or keeps all). Every decision
// is returned as a `TriageDecision` for the store to append to its decision log.
import { decisionFeatures, editedCard } from './card.js';
import { CardNotFoundError, UndoError } from './errors.js';
import type { StudyCard, TriageAction, TriageChoice, TriageDecision, TriageResult, TriageUndoEntry } from '../../shared/study.js';

function decide(card: StudyCard, decision: TriageChoice, now: Date): TriageDecision {
  return { cardId: card.id, articleId: card.articleId, decision, kind: card.kind, features: decisionFeatures(card), at: now.toISOString() };
}

function applied(card: StudyCard, action: TriageAction, now: Date): StudyCard {
  switch (action.type) {
    case 'keep':
      return { ...card, status: 'kept' };
    case 'drop':
      return { ...card, status: 'dropped' };
    case 'edit':
      return { ...editedCard(card, action, now), status: 'kept' };
  }
}

/**
 * Applies one decision. Keep and edit put the card into study (edit keeps it too); drop keeps the
 * card, with status `dropped`, so that regeneration knows not to bring it back. A decision may
 * also change an earlier one (un-dropping from the card browser).
 */
export function applyTriage(cards: readonly StudyCard[], action: TriageAction, now: Date): TriageResult & { undo: TriageUndoEntry } {
  const index = cards.findIndex((c) => c.id === action.cardId);
  const card = cards[index];
  if (!card) throw new CardNotFoundError(`No card ${action.cardId}.`);
  const next = [...cards];
  const after = applied(card, action, now);
  next[index] = after;
  return { cards: next, decisions: [decide(card, action.type, now)], undo: { articleId: card.articleId, before: [card], after: [after] } };
}

/**
 * Takes back one triage step: each card returns to its state before it, with an `undo`
 * decision in the log. Refused (nothing changes) when a card changed since, e.g. it was
 * graded, so that undo never throws away a later review or edit.
 */
export function undoTriage(cards: readonly StudyCard[], entry: TriageUndoEntry, now: Date): TriageResult {
  const next = [...cards];
  const decisions: TriageDecision[] = [];
  for (const [i, after] of entry.after.entries()) {
    const index = next.findIndex((c) => c.id === after.id);
    const current = next[index];
    if (!current) throw new UndoError('Nothing to undo: that card is no longer there.');
    if (JSON.stringify(current) !== JSON.stringify(after)) throw new UndoError('That card changed since (it was studied or edited), so its triage cannot be undone.');
    next[index] = entry.before[i]!;
    decisions.push(decide(current, 'undo', now));
  }
  return { cards: next, decisions };
}

/** Keeps every untriaged card (of one article when `articleId` is given), one decision each. */
export function keepAll(cards: readonly StudyCard[], now: Date, articleId?: string): TriageResult & { undo: TriageUndoEntry } {
  const decisions: TriageDecision[] = [];
  const before: StudyCard[] = [];
  const after: StudyCard[] = [];
  const next = cards.map((card) => {
    if (card.status !== 'untriaged' || (articleId !== undefined && card.articleId !== articleId)) return card;
    decisions.push(decide(card, 'keep', now));
    const kept = { ...card, status: 'kept' as const };
    before.push(card);
    after.push(kept);
    return kept;
  });
  return { cards: next, decisions, undo: { articleId: articleId ?? before[0]?.articleId ?? '', before, after } };
}

/** The decisions recorded for cards the reader wrote in the editor: kept as they are made, with
 * the card's own features (`madeByReader` among them, so the card model does not learn from
 * the reader's own cards). */
export function keptByReader(cards: readonly StudyCard[], now: Date): TriageDecision[] {
  return cards.map((card) => ({ cardId: card.id, articleId: card.articleId, decision: 'keep', kind: card.kind, features: { ...card.features }, at: now.toISOString() }));
}

// Triage: new cards wait until the user keeps, drops or edits them (or keeps all). Every decision
// is returned as a `TriageDecision` for the store to append to its decision log.
import { decisionFeatures } from './card.js';
import { CardNotFoundError, StudyError } from './errors.js';
import type { StudyCard, TriageAction, TriageChoice, TriageDecision, TriageResult } from '../../shared/study.js';

function decide(card: StudyCard, decision: TriageChoice, now: Date): TriageDecision {
  return { cardId: card.id, articleId: card.articleId, decision, kind: card.kind, features: decisionFeatures(card), at: now.toISOString() };
}

function applied(card: StudyCard, action: TriageAction, now: Date): StudyCard {
  switch (action.type) {
    case 'keep':
      return { ...card, status: 'kept' };
    case 'drop':
      return { ...card, status: 'dropped' };
    case 'edit': {
      const front = action.front.trim();
      const back = action.back.trim();
      if (!front || !back) throw new StudyError('A card needs both a front and a back.');
      const original = card.original ?? { front: card.front, back: card.back };
      return { ...card, front, back, status: 'kept', edited: true, original, editedAt: now.toISOString() };
    }
  }
}

/**
 * Applies one decision. Keep and edit put the card into study (edit keeps it too); drop keeps the
 * card, with status `dropped`, so that regeneration knows not to bring it back. A decision may
 * also change an earlier one (un-dropping from the card browser).
 */
export function applyTriage(cards: readonly StudyCard[], action: TriageAction, now: Date): TriageResult {
  const index = cards.findIndex((c) => c.id === action.cardId);
  const card = cards[index];
  if (!card) throw new CardNotFoundError(`No card ${action.cardId}.`);
  const next = [...cards];
  next[index] = applied(card, action, now);
  return { cards: next, decisions: [decide(card, action.type, now)] };
}

/** Keeps every untriaged card (of one article when `articleId` is given), one decision each. */
export function keepAll(cards: readonly StudyCard[], now: Date, articleId?: string): TriageResult {
  const decisions: TriageDecision[] = [];
  const next = cards.map((card) => {
    if (card.status !== 'untriaged' || (articleId !== undefined && card.articleId !== articleId)) return card;
    decisions.push(decide(card, 'keep', now));
    return { ...card, status: 'kept' as const };
  });
  return { cards: next, decisions };
}

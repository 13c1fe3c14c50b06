// Siblings: cards that test the same sentence (same article, same source paragraph/start/end).
import type { StudyCard } from '../../shared/study.js';

export function siblingKey(card: Pick<StudyCard, 'articleId' | 'source'>): string {
  const { paragraph, start, end } = card.source;
  return `${card.articleId}\u0000${paragraph}\u0000${start}\u0000${end}`;
}

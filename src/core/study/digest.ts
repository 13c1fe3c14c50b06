// What the library list shows of an article's cards, kept in its record so the list never reads
// every cards file: how many wait for triage, how many are in study, and when those due.
import type { StudyCard } from '../../shared/study.js';
import { isInStudy } from './due.js';

export interface StudyDigest {
  readonly untriaged: number;
  readonly inStudy: number;
  readonly newInStudy: number;
  /** Due times of cards in study that are past the New state. */
  readonly due: string[];
}

export function studyDigest(cards: readonly StudyCard[]): StudyDigest {
  const inStudy = cards.filter(isInStudy);
  return {
    untriaged: cards.filter((c) => c.status === 'untriaged').length,
    inStudy: inStudy.length,
    newInStudy: inStudy.filter((c) => c.schedule.state === 'New').length,
    due: inStudy.filter((c) => c.schedule.state !== 'New').map((c) => c.schedule.due),
  };
}

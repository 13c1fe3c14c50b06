// The study digest an article's record keeps for the library list (core/study/digest.ts).
import { describe, expect, it } from 'vitest';
import { newStudyCard, studyDigest } from '../../../src/core/study/index.js';
import type { StudyCard } from '../../../src/shared/study.js';

const NOW = new Date('2026-12-04T10:00:00Z');

function card(id: string, change: (c: StudyCard) => StudyCard = (c) => c): StudyCard {
  const base = newStudyCard({ id, kind: 'cloze', front: `A [...] ${id}`, answer: id, source: { paragraph: 0, start: 0, end: 5, text: 'Hello' } } as never, 'a', NOW);
  return change(base);
}

describe('the study digest', () => {
  it('counts untriaged cards, cards in study, new ones among them, and the due times of the rest', () => {
    const kept = (c: StudyCard): StudyCard => ({ ...c, status: 'kept' });
    const reviewed = (c: StudyCard): StudyCard => ({ ...kept(c), schedule: { ...c.schedule, state: 'Review', due: '2026-12-06T10:00:00.000Z' } });
    const digest = studyDigest([card('u1'), card('u2'), card('k1', kept), card('r1', reviewed), card('d1', (c) => ({ ...c, status: 'dropped' }))]);
    expect(digest).toEqual({ untriaged: 2, inStudy: 2, newInStudy: 1, due: ['2026-12-06T10:00:00.000Z'] });
  });

  it('is empty for an article without cards', () => {
    expect(studyDigest([])).toEqual({ untriaged: 0, inStudy: 0, newInStudy: 0, due: [] });
  });
});

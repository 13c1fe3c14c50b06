// Which cards an export carries: `kept` (kept in triage, or already studied) or `all` (adds the
// untriaged ones); a dropped card never goes out.
import { describe, expect, it } from 'vitest';
import { untriagedLeftOut, withCardPolicy } from '../../../src/core/export/index.js';
import { newStudyCard } from '../../../src/core/study/index.js';
import type { CardStatus, StudyCard } from '../../../src/shared/study.js';
import { AT, bareArticle } from './bare-article.js';

function card(id: string, status: CardStatus, reps = 0): StudyCard {
  const fresh = newStudyCard({ id, kind: 'qa', front: `Q ${id}`, back: 'A', source: { paragraph: 0, start: 0, end: 5, text: 'Body.' } }, '0123456789abcdef', AT);
  return { ...fresh, status, schedule: { ...fresh.schedule, reps } };
}

const cards = [card('kept', 'kept'), card('new', 'untriaged'), card('studied', 'untriaged', 2), card('gone', 'dropped'), card('gone-studied', 'dropped', 3)];
const article = bareArticle({}, { cards });
const ids = (policy: 'kept' | 'all') => withCardPolicy(article, policy).cards.map((c) => c.id);

describe('the card policy of an export', () => {
  it('kept: the kept cards and any card already studied', () => {
    expect(ids('kept')).toEqual(['kept', 'studied']);
    expect(untriagedLeftOut(article, 'kept')).toBe(1);
  });

  it('all: every card but the dropped ones, leaving nothing out', () => {
    expect(ids('all')).toEqual(['kept', 'new', 'studied']);
    expect(untriagedLeftOut(article, 'all')).toBe(0);
  });
});

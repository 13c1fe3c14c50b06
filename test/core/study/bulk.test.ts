import { describe, expect, it } from 'vitest';
import { applyBulk, gradeCard, isDue, type StudyCard } from '../../../src/core/study/index.js';
import { SETTINGS, T0, at, keptCard, sentenceCard } from './helpers.js';

const NOW = at('2024-03-09T10:00:00Z');
const reviewed = (id: string): StudyCard => gradeCard(keptCard(sentenceCard(id, 1)), 3, T0, SETTINGS).card;

describe('applyBulk', () => {
  const cards = [reviewed('a'), keptCard(sentenceCard('b', 2)), reviewed('c')];
  const only = (...ids: string[]) => new Set(ids);

  it('changes only the selected cards and reports how many changed', () => {
    const out = applyBulk(cards, only('a', 'b'), { type: 'suspend' }, NOW, SETTINGS);
    expect(out.cards.map((c) => c.suspended)).toEqual([true, true, false]);
    expect(out.changed).toBe(2);
    expect(out.touched.map((c) => c.id)).toEqual(['a', 'b']);
    const again = applyBulk(out.cards, only('a', 'c'), { type: 'unsuspend' }, NOW, SETTINGS);
    expect(again.cards.map((c) => c.suspended)).toEqual([false, true, false]);
    expect(again.changed).toBe(1);
  });

  it('deletes by dropping', () => {
    const out = applyBulk(cards, only('c'), { type: 'delete' }, NOW, SETTINGS);
    expect(out.cards.map((c) => c.status)).toEqual(['kept', 'kept', 'dropped']);
  });

  it('adds and removes tags without duplicates (ignoring case)', () => {
    const tagged = applyBulk(cards, only('a', 'b'), { type: 'tag', add: ['Hard', 'verbs'], remove: [] }, NOW, SETTINGS).cards;
    const retagged = applyBulk(tagged, only('a'), { type: 'tag', add: ['hard', 'irregular'], remove: ['VERBS'] }, NOW, SETTINGS).cards;
    expect(retagged.map((c) => c.tags)).toEqual([['Hard', 'irregular'], ['Hard', 'verbs'], undefined]);
  });

  it('reschedules to the start of a study day in the user\'s time, or to now, and leaves new cards new', () => {
    const out = applyBulk(cards, only('a', 'b'), { type: 'reschedule', date: '2024-03-12' }, NOW, SETTINGS, 60);
    expect(out.cards[0]!.schedule.due).toBe('2024-03-12T03:00:00.000Z'); // 04:00 CET
    expect(cards[0]!.schedule.state).toBe('Learning');
    expect(out.cards[0]!.schedule).toMatchObject({ state: 'Review', learningSteps: 0 }); // as Anki's Set due date
    expect(out.cards[1]).toBe(cards[1]);
    expect(out.skipped).toBe(1);
    expect(isDue(out.cards[0]!, at('2024-03-12T02:59:00Z'), SETTINGS, 60)).toBe(false);
    expect(isDue(out.cards[0]!, at('2024-03-12T03:00:00Z'), SETTINGS, 60)).toBe(true);
    const today = applyBulk(cards, only('c'), { type: 'reschedule', date: 'today' }, NOW, SETTINGS).cards[2]!;
    expect(today.schedule.due).toBe(NOW.toISOString());
    expect(isDue(today, NOW, SETTINGS)).toBe(true);
  });

  it('resets to New with a clean schedule and clears the leech mark', () => {
    const leech = { ...cards[0]!, leech: true, suspended: true };
    const out = applyBulk([leech, cards[1]!], only('a', 'b'), { type: 'reset' }, NOW, SETTINGS);
    expect(out.cards[0]!.schedule).toMatchObject({ state: 'New', reps: 0, lapses: 0, lastReview: null, due: NOW.toISOString() });
    expect(out.cards[0]!.leech).toBe(false);
    expect(out.cards[0]!.suspended).toBe(true);
    expect(out.changed).toBe(1);
  });
});

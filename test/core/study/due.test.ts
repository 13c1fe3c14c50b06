import { describe, expect, it } from 'vitest';
import { buildQueue, dueCounts, dueHorizon, isDue, isDueBy, type CardStateName, type StudyCard } from '../../../src/core/study/index.js';
import { SETTINGS, at, keptCard, sentenceCard } from './helpers.js';

const NOW = at('2024-03-09T10:00:00Z'); // study day ends 2024-03-10T04:00Z at UTC, rollover 4

function inState(id: string, state: CardStateName, due: string, extra: Partial<StudyCard> = {}): StudyCard {
  const card = keptCard(sentenceCard(id, Number(id.replace(/\D/g, '')) || 1));
  return { ...card, ...extra, schedule: { ...card.schedule, state, due, stability: 5, difficulty: 5, reps: 2, lastReview: '2024-03-01T10:00:00.000Z' } };
}

describe('due: one definition', () => {
  it('is a review card due before the end of the study day, or a (re)learning card due within the learn-ahead window', () => {
    expect(isDue(inState('r1', 'Review', '2024-03-10T03:59:59.000Z'), NOW, SETTINGS)).toBe(true);
    expect(isDue(inState('r2', 'Review', '2024-03-10T04:00:00.000Z'), NOW, SETTINGS)).toBe(false);
    expect(isDue(inState('x4', 'Relearning', '2024-03-01T00:00:00.000Z'), NOW, SETTINGS)).toBe(true);
    const ahead = SETTINGS.learnAheadMinutes * 60_000;
    expect(isDue(inState('l3', 'Learning', new Date(NOW.getTime() + ahead).toISOString()), NOW, SETTINGS)).toBe(true);
    // A step an hour away is not studied now, though it falls today.
    expect(isDue(inState('l5', 'Learning', '2024-03-09T11:00:00.000Z'), NOW, SETTINGS)).toBe(false);
    expect(buildQueue([inState('l5', 'Learning', '2024-03-09T11:00:00.000Z')], [], NOW, SETTINGS).cards).toEqual([]);
  });

  it('leaves out new, suspended, untriaged and dropped cards whatever their due time', () => {
    const past = '2024-03-01T00:00:00.000Z';
    expect(isDue(inState('n1', 'New', past), NOW, SETTINGS)).toBe(false);
    expect(isDue(inState('s2', 'Review', past, { suspended: true }), NOW, SETTINGS)).toBe(false);
    expect(isDue(inState('u3', 'Review', past, { status: 'untriaged' }), NOW, SETTINGS)).toBe(false);
    expect(isDue(inState('d4', 'Review', past, { status: 'dropped' }), NOW, SETTINGS)).toBe(false);
  });

  it('follows the user\'s day: rollover hour and time zone', () => {
    const card = inState('r1', 'Review', '2024-03-10T03:30:00.000Z');
    expect(isDue(card, NOW, SETTINGS, 0)).toBe(true);
    expect(isDue(card, NOW, SETTINGS, 60)).toBe(false); // CET: the day ends at 03:00Z
    expect(isDue(card, NOW, { ...SETTINGS, rolloverHour: 2 }, 0)).toBe(false);
  });

  it('is what the digest count, the badge counts and the queue agree on', () => {
    const cards = [
      inState('r1', 'Review', '2024-03-08T09:00:00.000Z'),
      inState('r2', 'Review', '2024-03-10T03:00:00.000Z'),
      inState('r3', 'Review', '2024-03-11T09:00:00.000Z'),
      inState('l4', 'Learning', '2024-03-09T10:05:00.000Z'),
      inState('n5', 'New', '2024-03-01T00:00:00.000Z'),
    ];
    const horizon = dueHorizon(NOW, SETTINGS);
    const byDigest = cards.filter((c) => c.schedule.state !== 'New').filter((c) => isDueBy(c.schedule.due, horizon)).map((c) => c.id);
    const byCard = cards.filter((c) => isDue(c, NOW, SETTINGS)).map((c) => c.id);
    expect(byDigest).toEqual(['r1', 'r2', 'l4']);
    expect(byCard).toEqual(byDigest);
    expect(dueCounts(cards, NOW, SETTINGS).total).toBe(3);
    const queue = buildQueue(cards, [], NOW, SETTINGS);
    expect(queue.cards.filter((c) => c.schedule.state !== 'New').map((c) => c.id).sort()).toEqual([...byCard].sort());
    expect(queue.counts).toEqual({ new: 1, learning: 1, review: 2 });
  });
});

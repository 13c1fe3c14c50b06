import { describe, expect, it } from 'vitest';
import {
  gradeCard, previewIntervals, undoGrade, formatInterval, NotStudiableError, UndoError,
  type Grade, type StudyCard, type ReviewLogEntry,
} from '../../../src/core/study/index.js';
import { SETTINGS, T0, daysAfter, keptCard, minutesAfter, sourceCard } from './helpers.js';

const DAY = 86_400_000;

/** Grades a card through learning into review with Good, returning it and the review time. */
function graduated(retention: number): { card: StudyCard; now: Date } {
  const settings = { ...SETTINGS, retention };
  let card = keptCard(sourceCard('c1'));
  let now = T0;
  while (card.schedule.state !== 'Review') {
    card = gradeCard(card, 3, now, settings).card;
    now = new Date(card.schedule.due);
  }
  return { card, now };
}

function intervalMs(card: StudyCard): number {
  return Date.parse(card.schedule.due) - Date.parse(card.schedule.lastReview!);
}

describe('gradeCard', () => {
  it('takes a new card graded Good into learning for minutes, then into review for days', () => {
    const first = gradeCard(keptCard(sourceCard('c1')), 3, T0, SETTINGS);
    expect(first.card.schedule.state).toBe('Learning');
    expect(Date.parse(first.card.schedule.due) - T0.getTime()).toBe(10 * 60_000);
    expect(first.log.stateBefore).toBe('New');
    expect(first.log.scheduledDays).toBe(0);

    const second = gradeCard(first.card, 3, minutesAfter(T0, 10), SETTINGS);
    expect(second.card.schedule.state).toBe('Review');
    expect(second.card.schedule.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(second.log.stateBefore).toBe('Learning');
    expect(second.card.schedule.reps).toBe(2);
  });

  it('gives shorter intervals for a higher desired retention', () => {
    const strict = graduated(0.95);
    const lax = graduated(0.8);
    expect(intervalMs(strict.card)).toBeLessThan(intervalMs(lax.card));
    // And on the next review too.
    const strictNext = gradeCard(strict.card, 3, strict.now, { ...SETTINGS, retention: 0.95 }).card;
    const laxNext = gradeCard(lax.card, 3, lax.now, { ...SETTINGS, retention: 0.8 }).card;
    expect(intervalMs(strictNext)).toBeLessThan(intervalMs(laxNext));
  });

  it('logs the review apart from the content: card id, time, grade, state before, elapsed and scheduled days', () => {
    const { card } = graduated(0.9);
    const later = daysAfter(new Date(card.schedule.lastReview!), 7);
    const { log, card: after } = gradeCard(card, 2, later, SETTINGS, { durationMs: 4200 });
    expect(log).toEqual({
      id: `c1@${later.getTime()}`,
      cardId: 'c1',
      reviewedAt: later.toISOString(),
      grade: 2,
      stateBefore: 'Review',
      elapsedDays: 7,
      scheduledDays: after.schedule.scheduledDays,
      durationMs: 4200,
    });
    expect(JSON.stringify(log)).not.toContain(card.front);
  });

  it('keeps the schedule JSON-serialisable', () => {
    const { card } = gradeCard(keptCard(sourceCard('c1')), 3, T0, SETTINGS);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
    expect(card.schedule.lastReview).toBe(T0.toISOString());
    expect(typeof card.schedule.learningSteps).toBe('number');
  });

  it('refuses cards that are not in study', () => {
    const untriaged = { ...keptCard(sourceCard('c1')), status: 'untriaged' as const };
    expect(() => gradeCard(untriaged, 3, T0, SETTINGS)).toThrow(NotStudiableError);
    const suspended = { ...keptCard(sourceCard('c1')), suspended: true };
    expect(() => gradeCard(suspended, 3, T0, SETTINGS)).toThrow(NotStudiableError);
  });

  it('marks a card a leech and suspends it on its 8th lapse, with a notice', () => {
    let { card, now } = graduated(0.9);
    for (let lapse = 1; lapse <= 8; lapse++) {
      const lapsed = gradeCard(card, 1, now, SETTINGS);
      expect(lapsed.card.schedule.lapses).toBe(lapse);
      if (lapse < 8) {
        expect(lapsed.leechNotice).toBeUndefined();
        expect(lapsed.card.leech).toBe(false);
        expect(lapsed.card.suspended).toBe(false);
      } else {
        expect(lapsed.card.leech).toBe(true);
        expect(lapsed.card.suspended).toBe(true);
        expect(lapsed.leechNotice).toMatchObject({ cardId: 'c1', lapses: 8 });
        expect(lapsed.leechNotice?.message).toMatch(/leech/);
      }
      card = lapsed.card;
      // Relearn back into review.
      now = new Date(card.schedule.due);
      while (lapse < 8 && card.schedule.state !== 'Review') {
        card = gradeCard(card, 3, now, SETTINGS).card;
        now = new Date(card.schedule.due);
      }
    }
  });

  it('honours a lower leech threshold from the settings', () => {
    const { card, now } = graduated(0.9);
    const result = gradeCard(card, 1, now, { ...SETTINGS, leechLapses: 1 });
    expect(result.card.leech).toBe(true);
    expect(result.leechNotice?.lapses).toBe(1);
  });
});

describe('previewIntervals', () => {
  it('labels the buttons of a new card 1m, 6m, 10m and 8d (FSRS defaults)', () => {
    const preview = previewIntervals(keptCard(sourceCard('c1')), T0, SETTINGS);
    expect([preview[1].label, preview[2].label, preview[3].label, preview[4].label]).toEqual(['1m', '6m', '10m', '8d']);
    expect(preview[3].due).toBe(minutesAfter(T0, 10).toISOString());
  });

  it('predicts exactly what grading will do, fuzz included', () => {
    const settings = { ...SETTINGS, fuzz: true };
    let card = keptCard(sourceCard('c1'));
    let now = T0;
    for (const grade of [3, 3, 3, 3, 2, 1, 3, 4] as Grade[]) {
      const preview = previewIntervals(card, now, settings);
      card = gradeCard(card, grade, now, settings).card;
      expect(card.schedule.due).toBe(preview[grade].due);
      now = new Date(card.schedule.due);
    }
  });

  it('orders the intervals Again ≤ Hard ≤ Good ≤ Easy for a review card', () => {
    const { card, now } = graduated(0.9);
    const preview = previewIntervals(card, now, SETTINGS);
    const dues = ([1, 2, 3, 4] as const).map((g) => Date.parse(preview[g].due));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(dues[3]! - now.getTime()).toBeGreaterThan(DAY);
  });
});

describe('formatInterval', () => {
  it.each([
    [30_000, '30s'],
    [60_000, '1m'],
    [10 * 60_000, '10m'],
    [90 * 60_000, '1.5h'],
    [DAY, '1d'],
    [3 * DAY, '3d'],
    [29 * DAY, '29d'],
    [63 * DAY, '2.1mo'],
    [400 * DAY, '1.1y'],
  ])('formats %i ms as %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe('undoGrade', () => {
  it('restores the exact previous card and removes the log entry', () => {
    const { card, now } = graduated(0.9);
    const earlier: ReviewLogEntry[] = [];
    const result = gradeCard(card, 1, now, SETTINGS);
    const log = [...earlier, result.log];
    const undone = undoGrade(result.undo, log);
    expect(undone.card).toStrictEqual(card);
    expect(undone.reviewLog).toEqual([]);
  });

  it('undoes a leech: the card is unsuspended and no longer a leech', () => {
    const { card, now } = graduated(0.9);
    const result = gradeCard(card, 1, now, { ...SETTINGS, leechLapses: 1 });
    expect(result.card.suspended).toBe(true);
    const undone = undoGrade(result.undo, [result.log]);
    expect(undone.card.suspended).toBe(false);
    expect(undone.card.leech).toBe(false);
  });

  it('undoes a stack of grades in reverse order, leaving other cards\' entries alone', () => {
    const a = keptCard(sourceCard('a'));
    const b = keptCard(sourceCard('b'));
    const g1 = gradeCard(a, 3, T0, SETTINGS);
    const g2 = gradeCard(b, 1, minutesAfter(T0, 1), SETTINGS);
    const g3 = gradeCard(g1.card, 3, minutesAfter(T0, 11), SETTINGS);
    let log = [g1.log, g2.log, g3.log];
    const stack = [g1.undo, g2.undo, g3.undo];

    const u3 = undoGrade(stack.pop()!, log);
    expect(u3.card).toStrictEqual(g1.card);
    log = u3.reviewLog;
    expect(log).toEqual([g1.log, g2.log]);
    const u2 = undoGrade(stack.pop()!, log);
    expect(u2.card).toStrictEqual(b);
    expect(u2.reviewLog).toEqual([g1.log]);
  });

  it('refuses to undo a review that is gone or not the card\'s latest', () => {
    const a = keptCard(sourceCard('a'));
    const g1 = gradeCard(a, 3, T0, SETTINGS);
    const g2 = gradeCard(g1.card, 3, minutesAfter(T0, 10), SETTINGS);
    expect(() => undoGrade(g1.undo, [g1.log, g2.log])).toThrow(UndoError);
    expect(() => undoGrade(g1.undo, [])).toThrow(UndoError);
  });
});

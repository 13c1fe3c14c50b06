// The interval on each grade button is the interval that grade applies: the preview made when
// the card was shown and the grade given a little later agree, for every kind of card state.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS, formatInterval, gradeCard, GRADES, previewIntervals, type Grade, type StudyCard } from '../../../src/core/study/index.js';
import { keptCard, sentenceCard, T0 } from './helpers.js';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SETTINGS = { ...DEFAULT_STUDY_SETTINGS, fuzz: true };

/** A card with a random history: up to 12 grades at random moments after it fell due. */
function randomState(next: () => number, index: number): { card: StudyCard; now: Date } {
  let card = keptCard(sentenceCard(`c${index}`, index % 40), 'a1', T0);
  let now = T0;
  const reviews = Math.floor(next() * 13);
  for (let i = 0; i < reviews; i++) {
    const late = next() * 3 * 86_400_000;
    now = new Date(Math.max(now.getTime() + 60_000, Date.parse(card.schedule.due) + late));
    card = gradeCard(card, (1 + Math.floor(next() * 4)) as Grade, now, SETTINGS).card;
  }
  now = new Date(Math.max(now.getTime() + 60_000, Date.parse(card.schedule.due) + next() * 5 * 86_400_000));
  return { card, now };
}

function appliedLabel(card: StudyCard, grade: Grade, at: Date): string {
  const due = Date.parse(gradeCard(card, grade, at, SETTINGS).card.schedule.due);
  return formatInterval(due - at.getTime());
}

describe('grade buttons', () => {
  it('show the interval the grade applies, for 500 random card states and all four grades', () => {
    const next = random(16);
    const states = new Set<string>();
    let checked = 0;
    for (let i = 0; i < 500; i++) {
      const { card, now } = randomState(next, i);
      states.add(card.schedule.state);
      const preview = previewIntervals(card, now, SETTINGS);
      // The grade comes when the user has thought a while (up to two minutes), within the same UTC day.
      const dayLeft = 86_400_000 - (now.getTime() % 86_400_000) - 1;
      const later = new Date(now.getTime() + Math.min(dayLeft, Math.floor(next() * 120_000)));
      for (const grade of GRADES) {
        expect({ i, grade, label: appliedLabel(card, grade, now) }).toEqual({ i, grade, label: preview[grade].label });
        expect({ i, grade, due: gradeCard(card, grade, now, SETTINGS).card.schedule.due }).toEqual({ i, grade, due: preview[grade].due });
        expect({ i, grade, label: appliedLabel(card, grade, later) }).toEqual({ i, grade, label: preview[grade].label });
        checked++;
      }
    }
    expect(checked).toBe(2000);
    expect([...states].sort()).toEqual(['Learning', 'New', 'Relearning', 'Review']);
  });

  it('still spread cards of the same state: the fuzz differs from card to card', () => {
    const days = new Set<string>();
    for (let i = 0; i < 20; i++) {
      let card = keptCard(sentenceCard(`spread${i}`, i), 'a1', T0);
      let now = T0;
      for (const g of [3, 3, 3, 3] as const) {
        now = new Date(Math.max(now.getTime() + 60_000, Date.parse(card.schedule.due)));
        card = gradeCard(card, g, now, SETTINGS).card;
      }
      days.add(previewIntervals(card, new Date(Date.parse(card.schedule.due)), SETTINGS)[3].label);
    }
    expect(days.size).toBeGreaterThan(1);
  });
});

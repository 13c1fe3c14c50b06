// The bridge to ts-fsrs: stored `Schedule` JSON <-> ts-fsrs `Card`, and a scheduler built from
// the user's settings. Nothing else in the study core imports ts-fsrs's card type.
import { createEmptyCard, fsrs, State, StrategyMode, type Card as FsrsCard, type FSRS, type TSeedStrategy } from 'ts-fsrs';
import { SettingsError } from './errors.js';
import type { CardStateName, Schedule, StudySettings } from '../../shared/study.js';

const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: 'New',
  [State.Learning]: 'Learning',
  [State.Review]: 'Review',
  [State.Relearning]: 'Relearning',
};

export const STATE_NUMBERS: Record<CardStateName, State> = {
  New: State.New,
  Learning: State.Learning,
  Review: State.Review,
  Relearning: State.Relearning,
};

export function toSchedule(card: FsrsCard): Schedule {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The field of a ts-fsrs card that carries our card's ID, for the fuzz seed. */
const SEED_KEY = 'lecternCardId';

/**
 * The fuzz seed: the card's ID and its state before the review, never the clock. ts-fsrs's own
 * seed includes the review time to the millisecond, so the interval previewed on a button when
 * the card was shown and the one applied a few seconds later came from different fuzz.
 */
const seedOfCard: TSeedStrategy = function () {
  const { reps, difficulty, stability } = this.current;
  return `${String(Reflect.get(this.current, SEED_KEY) ?? '')}_${reps}_${difficulty * stability}`;
};

export function toFsrsCard(schedule: Schedule, cardId?: string): FsrsCard {
  const card: FsrsCard = {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: STATE_NUMBERS[schedule.state],
  };
  if (schedule.lastReview !== null) card.last_review = new Date(schedule.lastReview);
  if (cardId !== undefined) Reflect.set(card, SEED_KEY, cardId);
  return card;
}

/** A never-reviewed card, due at `now`. */
export function emptySchedule(now: Date): Schedule {
  return toSchedule(createEmptyCard(now));
}

export function validateSettings(settings: StudySettings): void {
  const { retention, newPerDay, reviewsPerDay, rolloverHour, leechLapses } = settings;
  if (!(retention > 0 && retention < 1)) throw new SettingsError(`Desired retention must be between 0 and 1, not ${retention}.`);
  for (const [name, value] of [['New cards per day', newPerDay], ['Reviews per day', reviewsPerDay]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new SettingsError(`${name} must be a whole number of 0 or more, not ${value}.`);
  }
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new SettingsError(`The day rollover hour must be 0–23, not ${rolloverHour}.`);
  }
  if (!Number.isInteger(leechLapses) || leechLapses < 1) throw new SettingsError(`Leech lapses must be 1 or more, not ${leechLapses}.`);
}

export function schedulerFor(settings: StudySettings): FSRS {
  validateSettings(settings);
  return fsrs({ request_retention: settings.retention, enable_fuzz: settings.fuzz }).useStrategy(StrategyMode.SEED, seedOfCard);
}

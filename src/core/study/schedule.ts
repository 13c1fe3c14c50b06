// The bridge to ts-fsrs: stored `Schedule` JSON <-> ts-fsrs `Card`, and a scheduler built from
// the user's settings. Nothing else in the study core imports ts-fsrs's card type.
import { createEmptyCard, fsrs, State, type Card as FsrsCard, type FSRS } from 'ts-fsrs';
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

export function toFsrsCard(schedule: Schedule): FsrsCard {
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
  return fsrs({ request_retention: settings.retention, enable_fuzz: settings.fuzz });
}

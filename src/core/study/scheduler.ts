// Grading with FSRS: one grade gives the card's next schedule, a review-log entry, an undo entry
// and, on the leech threshold, a notice. Undo restores the snapshot taken before the grade.
import { dateDiffInDays } from 'ts-fsrs';
import { NotStudiableError, UndoError } from './errors.js';
import { formatInterval } from './interval.js';
import { GRADES, type Grade, type GradeResult, type IntervalPreview, type LeechNotice, type ReviewLogEntry, type StudyCard, type StudySettings, type UndoEntry } from '../../shared/study.js';
import { schedulerFor, toFsrsCard, toSchedule } from './schedule.js';

export interface GradeOptions {
  /** Time spent on the card, for the review log. */
  readonly durationMs?: number;
}

function assertStudiable(card: StudyCard): void {
  if (card.status !== 'kept') throw new NotStudiableError(`Card ${card.id} is ${card.status}, not kept for study.`);
  if (card.suspended) throw new NotStudiableError(`Card ${card.id} is suspended.`);
}

/** Leech at the threshold, then again every half threshold (Anki's rule): 8, 12, 16, … */
function isLeechLapse(lapsesBefore: number, lapsesAfter: number, threshold: number): boolean {
  if (lapsesAfter <= lapsesBefore || lapsesAfter < threshold) return false;
  return (lapsesAfter - threshold) % Math.max(1, Math.ceil(threshold / 2)) === 0;
}

export function gradeCard(card: StudyCard, grade: Grade, now: Date, settings: StudySettings, options: GradeOptions = {}): GradeResult {
  assertStudiable(card);
  if (!GRADES.includes(grade)) throw new NotStudiableError(`Grade must be 1–4, not ${String(grade)}.`);
  const next = schedulerFor(settings).next(toFsrsCard(card.schedule, card.id), now, grade).card;
  const schedule = toSchedule(next);
  const leech = isLeechLapse(card.schedule.lapses, schedule.lapses, settings.leechLapses);
  const graded: StudyCard = { ...card, schedule, ...(leech ? { leech: true, suspended: true } : {}) };
  const log: ReviewLogEntry = {
    id: `${card.id}@${now.getTime()}`,
    cardId: card.id,
    reviewedAt: now.toISOString(),
    grade,
    stateBefore: card.schedule.state,
    elapsedDays: card.schedule.lastReview === null ? 0 : Math.max(0, dateDiffInDays(new Date(card.schedule.lastReview), now)),
    scheduledDays: schedule.scheduledDays,
    ...(options.durationMs === undefined ? {} : { durationMs: Math.round(options.durationMs) }),
  };
  const undo: UndoEntry = { before: card, log };
  if (!leech) return { card: graded, log, undo };
  const leechNotice: LeechNotice = {
    cardId: card.id,
    lapses: schedule.lapses,
    message: `This card was forgotten ${schedule.lapses} times, so it was marked a leech and suspended. Edit or rewrite it, then unsuspend it.`,
  };
  return { card: graded, log, undo, leechNotice };
}

/** What each grade would do, for the buttons: the same result as `gradeCard` at the same `now`,
 * and the same interval at any later moment of the same UTC day (the fuzz seed has no clock in it). */
export function previewIntervals(card: StudyCard, now: Date, settings: StudySettings): Record<Grade, IntervalPreview> {
  const preview = schedulerFor(settings).repeat(toFsrsCard(card.schedule, card.id), now);
  const item = (grade: Grade): IntervalPreview => {
    const due = preview[grade].card.due;
    return { due: due.toISOString(), label: formatInterval(due.getTime() - now.getTime()) };
  };
  return { 1: item(1), 2: item(2), 3: item(3), 4: item(4) };
}

/**
 * Undoes a grade: returns the card exactly as it was before and the log without that grade's
 * entry. Only the newest entry of that card may be undone (the caller keeps a stack).
 */
export function undoGrade(entry: UndoEntry, reviewLog: readonly ReviewLogEntry[]): { card: StudyCard; reviewLog: ReviewLogEntry[] } {
  const index = reviewLog.findIndex((e) => e.id === entry.log.id);
  if (index < 0) throw new UndoError('Nothing to undo: that review is no longer in the log.');
  const later = reviewLog.slice(index + 1).some((e) => e.cardId === entry.log.cardId);
  if (later) throw new UndoError('Only the latest review of a card can be undone.');
  return { card: entry.before, reviewLog: [...reviewLog.slice(0, index), ...reviewLog.slice(index + 1)] };
}

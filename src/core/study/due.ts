// What "due" means, once for the whole app: a card in study (kept, not suspended), past the New
// state, whose due time falls before the end of the current study day (the user's rollover hour
// in their time zone) — except a learning or relearning card, whose steps are minutes apart: it
// is due once its time is within the learn-ahead window (Anki's "learn ahead limit"), so a step
// of an hour is not studied at once. The header's count, the card browser's Due filter, the
// statistics forecast and the study queue all ask isDue; the library's badges, which keep only
// due times, count by the day (isDueBy).
import type { StudyCard, StudySettings, UtcOffset } from '../../shared/study.js';
import { endOfStudyDay } from './day.js';

/** Kept and not suspended: the only cards that can be studied (flagged cards stay in study). */
export function isInStudy(card: StudyCard): boolean {
  return card.status === 'kept' && !card.suspended;
}

/** The instant (ms) before which a card's due time makes it due: the end of today's study day. */
export function dueHorizon(now: Date, settings: Pick<StudySettings, 'rolloverHour'>, utcOffset: UtcOffset = 0): number {
  return endOfStudyDay(now, settings.rolloverHour, utcOffset).getTime();
}

/** Whether a due time (ISO) falls before the horizon — for digests that keep only due times of
 * cards in study past New (the library list counts without reading card files). */
export function isDueBy(due: string, horizon: number): boolean {
  return Date.parse(due) < horizon;
}

/** Whether a card is due (new cards never are: they wait for the daily new limit). */
export function isDue(card: StudyCard, now: Date, settings: Pick<StudySettings, 'rolloverHour' | 'learnAheadMinutes'>, utcOffset: UtcOffset = 0): boolean {
  if (!isInStudy(card) || card.schedule.state === 'New') return false;
  if (card.schedule.state === 'Learning' || card.schedule.state === 'Relearning') return Date.parse(card.schedule.due) <= now.getTime() + settings.learnAheadMinutes * 60_000;
  return isDueBy(card.schedule.due, dueHorizon(now, settings, utcOffset));
}

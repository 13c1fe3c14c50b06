// A Lectern card's FSRS state and review log in Anki's own columns (schema 11), so studied cards
// arrive in Anki studied, not new. Anki's rules, as its scheduler reads them:
//   cards.type   0 new, 1 learning, 2 review, 3 relearning
//   cards.queue  -1 suspended, 0 new, 1 learning due within the day, 2 review, 3 learning due
//                on a later day
//   cards.due    new: position; queue 1: a Unix time in seconds; queues 2 and 3: days since the
//                collection's creation (`col.crt`)
//   cards.ivl    days (review and relearning cards), 0 otherwise
//   cards.data   {"s": stability, "d": difficulty}: the FSRS memory state Anki's FSRS reads
//   revlog       id = review time in ms, ease 1-4, ivl/lastIvl in days (negative: seconds, for a
//                learning step), factor (permille), time (ms, at most 60 s), type 0 learn,
//                1 review, 2 relearn
// Ease factors are SM-2's and have no FSRS counterpart: cards past learning get Anki's starting
// ease (2500), as Anki gives a card that graduates; the FSRS state travels in `data`.
import type { CardStateName, ReviewLogEntry, StudyCard } from '../../shared/study.js';

const DAY_S = 86_400;
export const STARTING_EASE = 2500;
/** Anki records at most a minute per answer (the deck option "maximum answer seconds"). */
const MAX_ANSWER_MS = 60_000;

export interface AnkiCardSchedule {
  readonly type: 0 | 1 | 2 | 3;
  readonly queue: -1 | 0 | 1 | 2 | 3;
  readonly due: number;
  readonly ivl: number;
  readonly factor: number;
  readonly reps: number;
  readonly lapses: number;
  /** Learning steps left (Anki's `left`): one, since Lectern keeps no step count per card. */
  readonly left: number;
  readonly data: string;
}

export interface AnkiRevlogRow {
  readonly id: number;
  readonly ease: number;
  readonly ivl: number;
  readonly lastIvl: number;
  readonly factor: number;
  readonly time: number;
  readonly type: 0 | 1 | 2;
}

const CARD_TYPES: Readonly<Record<CardStateName, AnkiCardSchedule['type']>> = { New: 0, Learning: 1, Review: 2, Relearning: 3 };
const REVLOG_TYPES: Readonly<Record<CardStateName, AnkiRevlogRow['type']>> = { New: 0, Learning: 0, Review: 1, Relearning: 2 };

/** `col.crt`: the start (UTC) of the day of the earliest moment the package dates. Every due day
 * then counts up from it, never below 0. */
export function collectionCreation(moments: readonly number[]): number {
  return Math.floor(Math.min(...moments) / 1000 / DAY_S) * DAY_S;
}

/** Days since the collection's creation of a moment (ms). */
export function ankiDay(ms: number, crt: number): number {
  return Math.floor((ms / 1000 - crt) / DAY_S);
}

/** The card's columns; `position` orders new cards. */
export function ankiSchedule(card: StudyCard, crt: number, position: number): AnkiCardSchedule {
  const s = card.schedule;
  const type = CARD_TYPES[s.state];
  const dueMs = Date.parse(s.due);
  let queue: AnkiCardSchedule['queue'];
  let due: number;
  if (type === 0) [queue, due] = [0, position];
  else if (type === 2) [queue, due] = [2, ankiDay(dueMs, crt)];
  // A (re)learning step due on a later day is Anki's day-learning queue, counted in days.
  else if (s.scheduledDays >= 1) [queue, due] = [3, ankiDay(dueMs, crt)];
  else [queue, due] = [1, Math.floor(dueMs / 1000)];
  // A relearning card keeps the interval it will return to; FSRS's stability is that interval
  // at 90 % retention, the nearest thing Lectern stores.
  const ivl = type === 2 ? Math.max(1, s.scheduledDays) : type === 3 ? Math.max(1, Math.round(s.stability)) : 0;
  return {
    type,
    queue: card.suspended ? -1 : queue,
    due,
    ivl,
    factor: type === 0 || type === 1 ? 0 : STARTING_EASE,
    reps: s.reps,
    lapses: s.lapses,
    left: type === 1 || type === 3 ? 1 : 0,
    data: type === 0 ? '' : JSON.stringify({ s: round(s.stability), d: round(s.difficulty) }),
  };
}

/**
 * The card's reviews as revlog rows, oldest first. A review into a (re)learning step logs no
 * step length: the step is the time to the card's due date for its latest review, else the time
 * until it was next reviewed. `taken` holds revlog IDs already used in the package (the primary
 * key): a clash moves a row by a millisecond.
 */
export function ankiRevlog(card: StudyCard, log: readonly ReviewLogEntry[], taken: Set<number>): AnkiRevlogRow[] {
  const entries = log.filter((e) => e.cardId === card.id).sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));
  let lastIvl = 0;
  return entries.map((entry, i) => {
    const at = Date.parse(entry.reviewedAt);
    let ivl = entry.scheduledDays;
    if (ivl <= 0) {
      const until = i === entries.length - 1 ? Date.parse(card.schedule.due) : Date.parse(entries[i + 1]!.reviewedAt);
      ivl = -Math.max(1, Math.round((until - at) / 1000));
    }
    let id = at;
    while (taken.has(id)) id += 1;
    taken.add(id);
    const type = REVLOG_TYPES[entry.stateBefore];
    const row: AnkiRevlogRow = {
      id,
      ease: entry.grade,
      ivl,
      lastIvl,
      factor: type === 0 && ivl < 0 ? 0 : STARTING_EASE,
      time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(entry.durationMs ?? 0))),
      type,
    };
    lastIvl = ivl;
    return row;
  });
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

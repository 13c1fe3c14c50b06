// Exporting the review log for the FSRS optimiser (github.com/open-spaced-repetition/fsrs-optimizer),
// whose CSV columns are:
//   card_id          the card's id (ours are hex strings; the optimiser only groups by it)
//   review_time      milliseconds since the Unix epoch
//   review_rating    1 Again, 2 Hard, 3 Good, 4 Easy
//   review_state     state before the review: 0 New, 1 Learning, 2 Review, 3 Relearning
//   review_duration  milliseconds spent, empty when unknown
// Rows are in time order.
import type { ReviewLogEntry } from '../../shared/study.js';
import { STATE_NUMBERS } from './schedule.js';

export const REVIEW_LOG_CSV_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function inTimeOrder(entries: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  return [...entries].sort((a, b) => Date.parse(a.reviewedAt) - Date.parse(b.reviewedAt));
}

export function reviewLogToCsv(entries: readonly ReviewLogEntry[]): string {
  const rows = inTimeOrder(entries).map((e) =>
    [csvField(e.cardId), Date.parse(e.reviewedAt), e.grade, STATE_NUMBERS[e.stateBefore], e.durationMs ?? ''].join(','),
  );
  return [REVIEW_LOG_CSV_HEADER, ...rows].join('\n') + '\n';
}

// Exporting the review log for the FSRS optimiser (github.com/open-spaced-repetition/fsrs-optimizer),
// whose CSV columns are:
//   card_id          the card's id (ours are hex strings; the optimiser only groups by it)
//   review_time      milliseconds since the Unix epoch
//   review_rating    1 Again, 2 Hard, 3 Good, 4 Easy
//   review_state     state before the review: 0 New, 1 Learning, 2 Review, 3 Relearning
//   review_duration  milliseconds spent, empty when unknown
// Rows are in time order. JSON lines carry our full entries and read back with validation.
import { z } from 'zod';
import { ReviewLogFormatError } from './errors.js';
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

export function reviewLogToJsonLines(entries: readonly ReviewLogEntry[]): string {
  return inTimeOrder(entries).map((e) => JSON.stringify(e) + '\n').join('');
}

const entrySchema = z.object({
  id: z.string().min(1),
  cardId: z.string().min(1),
  reviewedAt: z.iso.datetime(),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  stateBefore: z.enum(['New', 'Learning', 'Review', 'Relearning']),
  elapsedDays: z.number().min(0),
  scheduledDays: z.number().min(0),
  durationMs: z.number().min(0).optional(),
});

export function parseReviewLogJsonLines(text: string): ReviewLogEntry[] {
  const entries: ReviewLogEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new ReviewLogFormatError(`Review log line ${i + 1} is not JSON.`);
    }
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) throw new ReviewLogFormatError(`Review log line ${i + 1} is not a review: ${parsed.error.issues[0]?.message ?? 'invalid'}.`);
    const { durationMs, ...rest } = parsed.data;
    entries.push(durationMs === undefined ? rest : { ...rest, durationMs });
  });
  return entries;
}

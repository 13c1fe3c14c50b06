// The one schema of each journal entry (<home>/journal/reviews, …/decisions). The store's
// readers, the JSON backup's restore and the exports all check entries against these, so an
// entry one of them accepts the others accept too.
import { z } from 'zod';
import { articleId } from './contract.js';
import { CARD_KINDS, CARD_STATES, GRADES, TRIAGE_CHOICES, type ReviewLogEntry, type TriageDecision } from './study.js';

const isoTime = z.string().min(10).max(40);
const features = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));

export const reviewLogEntrySchema = z.object({
  id: z.string().min(1),
  cardId: z.string().min(1),
  reviewedAt: z.iso.datetime({ offset: true }),
  grade: z.literal(GRADES),
  stateBefore: z.enum(CARD_STATES),
  elapsedDays: z.number().min(0),
  scheduledDays: z.number().min(0),
  durationMs: z.number().min(0).optional(),
}) satisfies z.ZodType<ReviewLogEntry>;

/** A line of the review journal that takes back the review of that log ID (undo). */
export const undoMarkerSchema = z.object({ undo: z.string().min(1) });
export type UndoMarker = z.infer<typeof undoMarkerSchema>;

export const triageDecisionSchema = z.object({
  cardId: z.string().min(1),
  articleId,
  decision: z.enum(TRIAGE_CHOICES),
  kind: z.enum(CARD_KINDS),
  features,
  at: isoTime,
}) satisfies z.ZodType<TriageDecision>;

/** A review-journal line as what it is, or undefined when it is neither a review nor an undo. */
export function decodeReviewLine(value: unknown): ReviewLogEntry | UndoMarker | undefined {
  const review = reviewLogEntrySchema.safeParse(value);
  if (review.success) return review.data as ReviewLogEntry;
  const undo = undoMarkerSchema.safeParse(value);
  return undo.success ? undo.data : undefined;
}

export function isUndoMarker(entry: ReviewLogEntry | UndoMarker): entry is UndoMarker {
  return 'undo' in entry;
}

export function isReviewLogEntry(value: unknown): value is ReviewLogEntry {
  return reviewLogEntrySchema.safeParse(value).success;
}

export function isTriageDecision(value: unknown): value is TriageDecision {
  return triageDecisionSchema.safeParse(value).success;
}

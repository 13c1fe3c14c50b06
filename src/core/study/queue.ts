// The study queue for "study all due" or "study this article", and due counts for badges.
//
// Order: learning/relearning cards already due (by due), then review cards due today (by due,
// at most what is left of today's review limit), then new cards (oldest first, at most what is
// left of today's new limit), then learning cards due within the learn-ahead window. Which cards are due is
// due.ts's one definition.
// Today's usage is read from the review log: a new card is "introduced" by its first grade
// (state before = New); a review is a grade of a card in Review state (each card counted once).
// Siblings: a review or new card is buried when a sibling was graded today or an earlier card
// in the queue is a sibling. Learning cards are never buried (they are mid-study).
import { studyDay } from './day.js';
import { isDue, isInStudy } from './due.js';
import type { DueCounts, QueueOptions, ReviewLogEntry, StudyCard, StudyQueue, StudySettings, UtcOffset } from '../../shared/study.js';
import { siblingKey } from './siblings.js';

const isLearning = (c: StudyCard): boolean => c.schedule.state === 'Learning' || c.schedule.state === 'Relearning';
const dueMs = (c: StudyCard): number => Date.parse(c.schedule.due);
const byDue = (a: StudyCard, b: StudyCard): number => dueMs(a) - dueMs(b) || a.id.localeCompare(b.id);

/** Today's grades: cards introduced, cards reviewed, and every card graded. */
export function todaysUsage(reviewLog: readonly ReviewLogEntry[], now: Date, settings: StudySettings, utcOffset: UtcOffset = 0) {
  const today = studyDay(now, settings.rolloverHour, utcOffset);
  const introduced = new Set<string>();
  const reviewed = new Set<string>();
  const graded = new Set<string>();
  for (const entry of reviewLog) {
    if (studyDay(new Date(entry.reviewedAt), settings.rolloverHour, utcOffset) !== today) continue;
    graded.add(entry.cardId);
    if (entry.stateBefore === 'New') introduced.add(entry.cardId);
    if (entry.stateBefore === 'Review') reviewed.add(entry.cardId);
  }
  return { introduced: introduced.size, reviewed: reviewed.size, graded };
}

export function buildQueue(
  cards: readonly StudyCard[],
  reviewLog: readonly ReviewLogEntry[],
  now: Date,
  settings: StudySettings,
  options: QueueOptions = {},
): StudyQueue {
  const offset = options.utcOffset ?? 0;
  const usage = todaysUsage(reviewLog, now, settings, offset);
  const gradedToday = new Set(cards.filter((c) => usage.graded.has(c.id)).map(siblingKey));
  const pool = cards.filter((c) => isInStudy(c) && (options.articleId === undefined || c.articleId === options.articleId));
  const nowMs = now.getTime();
  const due = pool.filter((c) => isDue(c, now, settings, offset));

  const learning = due.filter((c) => isLearning(c) && dueMs(c) <= nowMs).sort(byDue);
  const ahead = due.filter((c) => isLearning(c) && dueMs(c) > nowMs).sort(byDue);
  const reviews = due.filter((c) => c.schedule.state === 'Review').sort(byDue);
  const fresh = pool
    .filter((c) => c.schedule.state === 'New')
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Date.parse(a.c.createdAt) - Date.parse(b.c.createdAt) || a.i - b.i)
    .map(({ c }) => c);

  const claimed = new Set([...learning, ...ahead].map(siblingKey));
  let buried = 0;
  const take = (candidates: readonly StudyCard[], limit: number): StudyCard[] => {
    const taken: StudyCard[] = [];
    for (const card of candidates) {
      const key = siblingKey(card);
      if (gradedToday.has(key) || claimed.has(key)) buried += 1;
      else if (taken.length < limit) {
        taken.push(card);
        claimed.add(key);
      }
    }
    return taken;
  };
  const dueReviews = take(reviews, Math.max(0, settings.reviewsPerDay - usage.reviewed));
  const newCards = take(fresh, Math.max(0, settings.newPerDay - usage.introduced));

  return {
    cards: [...learning, ...dueReviews, ...newCards, ...ahead],
    counts: { new: newCards.length, learning: learning.length + ahead.length, review: dueReviews.length },
    buried,
  };
}

/**
 * Learning and review cards due now, per article and in all: the raw backlog for badges, before
 * daily limits and burying (use `buildQueue(...).counts` for what a session will show).
 */
export function dueCounts(cards: readonly StudyCard[], now: Date, settings: StudySettings, utcOffset: UtcOffset = 0): DueCounts {
  const byArticle: Record<string, number> = {};
  let total = 0;
  for (const card of cards) {
    if (!isDue(card, now, settings, utcOffset)) continue;
    byArticle[card.articleId] = (byArticle[card.articleId] ?? 0) + 1;
    total += 1;
  }
  return { total, byArticle };
}

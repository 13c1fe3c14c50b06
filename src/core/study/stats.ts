// The numbers behind the statistics charts, from the cards and the review log. Pure.
import type { ReviewLogEntry, StudyCard, StudySettings, StudyStats, UtcOffset } from '../../shared/study.js';
import { startOfStudyDay, studyDay } from './day.js';
import { isInStudy } from './due.js';

const DAY_MS = 86_400_000;

export function studyStats(
  cards: readonly StudyCard[],
  log: readonly ReviewLogEntry[],
  now: Date,
  settings: StudySettings,
  utcOffset: UtcOffset,
  days: number,
): StudyStats {
  const dayOf = (at: Date) => studyDay(at, settings.rolloverHour, utcOffset);
  const todayStart = startOfStudyDay(now, settings.rolloverHour, utcOffset).getTime();
  // Noon of each study day names it safely across daylight-saving shifts.
  const past = Array.from({ length: days }, (_, i) => dayOf(new Date(todayStart - (days - 1 - i) * DAY_MS + DAY_MS / 2)));
  const future = Array.from({ length: days }, (_, i) => dayOf(new Date(todayStart + i * DAY_MS + DAY_MS / 2)));

  const reviews = new Map(past.map((day) => [day, { day, again: 0, hard: 0, good: 0, easy: 0 }]));
  const articleOf = new Map(cards.map((c) => [c.id, c.articleId]));
  const perArticle = new Map<string, { reviews: number; seen: number; kept: number }>();
  const recalled = new Map(past.map((day) => [day, { seen: 0, kept: 0 }]));
  for (const entry of log) {
    const day = dayOf(new Date(entry.reviewedAt));
    const row = reviews.get(day);
    if (!row) continue;
    const key = (['again', 'hard', 'good', 'easy'] as const)[entry.grade - 1]!;
    row[key] += 1;
    const articleId = articleOf.get(entry.cardId);
    const article = articleId ? (perArticle.get(articleId) ?? { reviews: 0, seen: 0, kept: 0 }) : null;
    if (articleId && article) {
      article.reviews += 1;
      if (entry.stateBefore === 'Review') {
        article.seen += 1;
        if (entry.grade > 1) article.kept += 1;
      }
      perArticle.set(articleId, article);
    }
    if (entry.stateBefore === 'Review') {
      const r = recalled.get(day)!;
      r.seen += 1;
      if (entry.grade > 1) r.kept += 1;
    }
  }

  const forecast = new Map(future.map((day) => [day, 0]));
  const states = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 };
  for (const card of cards) {
    if (card.status !== 'kept') continue;
    if (card.suspended) {
      states.suspended += 1;
      continue;
    }
    states[card.schedule.state.toLowerCase() as 'new' | 'learning' | 'review' | 'relearning'] += 1;
    if (!isInStudy(card) || card.schedule.state === 'New') continue;
    const due = Math.max(Date.parse(card.schedule.due), now.getTime());
    const day = dayOf(new Date(due));
    if (forecast.has(day)) forecast.set(day, forecast.get(day)! + 1);
  }

  return {
    reviews: [...reviews.values()],
    retention: [...recalled.entries()].map(([day, r]) => ({ day, value: r.seen ? r.kept / r.seen : null })),
    forecast: [...forecast.entries()].map(([day, value]) => ({ day, value })),
    states,
    totalReviews: log.length,
    desiredRetention: settings.retention,
    perArticle: [...perArticle.entries()]
      .map(([articleId, a]) => ({ articleId, title: articleId, reviews: a.reviews, retention: a.seen ? a.kept / a.seen : null }))
      .sort((a, b) => b.reviews - a.reviews || a.articleId.localeCompare(b.articleId)),
  };
}

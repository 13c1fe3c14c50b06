// One action on many cards (the card browser's selection): suspend, unsuspend, delete, tag,
// reschedule, reset. Pure: the service groups the ids by article and writes each article's
// cards once with what `applyBulk` returns.
import type { BulkAction, StudyCard, StudySettings, UtcOffset } from '../../shared/study.js';
import { deletedCard, suspendedCard } from './card.js';
import { startOfStudyDate } from './day.js';
import { emptySchedule } from './schedule.js';

const DAY_MS = 86_400_000;

export interface BulkOutcome {
  /** Every card given, changed or not, in the same order. */
  readonly cards: StudyCard[];
  /** The selected cards as they are after the action. */
  readonly touched: StudyCard[];
  readonly changed: number;
  readonly skipped: number;
}

/** What the action makes of one card, or null when it does not apply to it. */
export function bulkChange(card: StudyCard, action: BulkAction, now: Date, settings: Pick<StudySettings, 'rolloverHour'>, utcOffset: UtcOffset = 0): StudyCard | null {
  switch (action.type) {
    case 'suspend':
      return suspendedCard(card, true);
    case 'unsuspend':
      return suspendedCard(card, false);
    case 'delete':
      return deletedCard(card);
    case 'tag': {
      const drop = new Set(action.remove.map((t) => t.toLowerCase()));
      const kept = (card.tags ?? []).filter((t) => !drop.has(t.toLowerCase()));
      const tags = [...kept];
      for (const tag of action.add) if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
      const { tags: _old, ...rest } = card;
      return tags.length ? { ...rest, tags } : rest;
    }
    case 'reschedule': {
      if (card.schedule.state === 'New') return null;
      const due = action.date === 'today' ? now : startOfStudyDate(action.date, settings.rolloverHour, utcOffset);
      const last = card.schedule.lastReview === null ? null : Date.parse(card.schedule.lastReview);
      const scheduledDays = last === null ? card.schedule.scheduledDays : Math.max(0, Math.round((due.getTime() - last) / DAY_MS));
      // As Anki's "Set due date": a card given a day leaves its (re)learning steps for review.
      const state = card.schedule.state === 'Learning' || card.schedule.state === 'Relearning' ? 'Review' : card.schedule.state;
      return { ...card, schedule: { ...card.schedule, due: due.toISOString(), scheduledDays, state, learningSteps: state === card.schedule.state ? card.schedule.learningSteps : 0 } };
    }
    case 'reset':
      if (card.schedule.state === 'New') return card;
      return { ...card, schedule: emptySchedule(now), leech: false };
    default:
      return assertNever(action);
  }
}

export function applyBulk(
  cards: readonly StudyCard[],
  ids: ReadonlySet<string>,
  action: BulkAction,
  now: Date,
  settings: Pick<StudySettings, 'rolloverHour'>,
  utcOffset: UtcOffset = 0,
): BulkOutcome {
  let changed = 0;
  let skipped = 0;
  const touched: StudyCard[] = [];
  const out = cards.map((card) => {
    if (!ids.has(card.id)) return card;
    const next = bulkChange(card, action, now, settings, utcOffset);
    if (next === null) skipped += 1;
    else if (JSON.stringify(next) !== JSON.stringify(card)) changed += 1;
    touched.push(next ?? card);
    return next ?? card;
  });
  return { cards: out, touched, changed, skipped };
}

function assertNever(value: never): never {
  throw new Error(`lectern: unknown bulk action ${JSON.stringify(value)}`);
}

// The card browser's filter over study cards. Which cards are due is not decided here: the
// caller passes the ids of "study all due"'s queue (buildQueue), so the Due filter shows what
// the header counts.
import type { CardFilter, StudyCard } from '../../shared/study.js';

export function matchesFilter(card: StudyCard, filter: CardFilter, dueIds: ReadonlySet<string> | null): boolean {
  if ((card.status === 'dropped') !== (filter.dropped === true)) return false;
  if (filter.articleId && card.articleId !== filter.articleId) return false;
  if (filter.kind && card.kind !== filter.kind) return false;
  if (filter.state && card.schedule.state !== filter.state) return false;
  if (filter.suspended !== undefined && card.suspended !== filter.suspended) return false;
  if (filter.leech !== undefined && card.leech !== filter.leech) return false;
  if (filter.flagged !== undefined && card.flagged !== filter.flagged) return false;
  if (filter.untriaged !== undefined && (card.status === 'untriaged') !== filter.untriaged) return false;
  if (filter.due !== undefined && dueIds !== null && dueIds.has(card.id) !== filter.due) return false;
  if (filter.text) {
    const needle = filter.text.toLowerCase();
    const haystack = `${card.front}\n${card.back}\n${card.source.text}\n${(card.tags ?? []).join('\n')}`.toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

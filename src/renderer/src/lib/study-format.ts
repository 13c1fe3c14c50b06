// How cards and their schedules read in the UI.
import { CLOZE_BLANK, clozeParts, type ClozePart } from '../../../shared/cloze';
import { CARD_STATES, type CardKind, type CardStateName, type StudyCard } from '../../../shared/study';

export const KIND_LABELS: Readonly<Record<CardKind, string>> = {
  cloze: 'Cloze',
  quote: 'Quote',
  choice: 'Multiple choice',
  identity: 'Who is',
  qa: 'Question',
};

export const STATE_NAMES: readonly CardStateName[] = CARD_STATES;

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** "due now", "due in 8 min", "due in 3 h", "due 12 Dec". */
export function formatDue(iso: string, now: Date = new Date()): string {
  const ms = Date.parse(iso) - now.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return 'due now';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `due in ${Math.max(1, minutes)} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `due in ${hours} h`;
  return `due ${dayFormat.format(new Date(iso))}`;
}

/** "New", "Learning · due in 8 min", "Review · due 12 Dec". */
export function describeSchedule(card: StudyCard, now: Date = new Date()): string {
  const { state, due } = card.schedule;
  return state === 'New' ? 'New' : `${state} · ${formatDue(due, now)}`;
}

/** A cloze front cut around its gap, so the gap can be drawn as a blank. */
export function splitCloze(front: string): { before: string; after: string } | null {
  const at = front.indexOf(CLOZE_BLANK);
  return at < 0 ? null : { before: front.slice(0, at), after: front.slice(at + CLOZE_BLANK.length) };
}

/**
 * A cloze card's front as text and gaps, each gap with its answer: a card the reader wrote asks
 * the gaps of its own number (c1, c2: one card each, as in Anki) and shows the others filled in;
 * an older card has one `[...]` answered by its back. Null for other kinds.
 */
export function clozeView(card: Pick<StudyCard, 'kind' | 'front' | 'back' | 'cloze' | 'gap'>): ClozePart[] | null {
  if (card.kind !== 'cloze') return null;
  if (card.cloze && card.gap !== undefined) return clozeParts(card.cloze, card.gap);
  const split = splitCloze(card.front);
  return split ? [{ text: split.before }, { gap: card.back, hint: null }, { text: split.after }] : null;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

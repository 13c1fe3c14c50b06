// Turning a generated card into a study card, and the features recorded with triage decisions.
import { choiceProblem, CLOZE_BLANK } from '../../shared/cloze.js';
import { StudyError } from './errors.js';
import type { Features, FeatureValue, SourceCard, StudyCard } from '../../shared/study.js';
import { emptySchedule } from './schedule.js';

/** The generator's number/string/boolean features (anything else is left out). */
export function primitiveFeatures(features: object | undefined): Features {
  const out: Record<string, FeatureValue> = {};
  for (const [name, value] of Object.entries(features ?? {})) {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') out[name] = value;
  }
  return out;
}

/** The card's content fields, taken from a generated card (shared by new and merged cards). */
export function contentOf(card: SourceCard): Pick<StudyCard, 'kind' | 'front' | 'back' | 'choices' | 'cloze' | 'gap' | 'source' | 'features'> {
  return {
    kind: card.kind,
    front: card.front,
    back: card.back,
    ...(card.choices === undefined ? {} : { choices: [...card.choices] }),
    ...(card.cloze === undefined ? {} : { cloze: card.cloze }),
    ...(card.gap === undefined ? {} : { gap: card.gap }),
    source: { ...card.source },
    features: primitiveFeatures(card.features),
  };
}

export function newStudyCard(card: SourceCard, articleId: string, now: Date): StudyCard {
  return {
    id: card.id,
    articleId,
    ...contentOf(card),
    status: 'untriaged',
    schedule: emptySchedule(now),
    suspended: false,
    leech: false,
    flagged: false,
    flagReason: null,
    edited: false,
    createdAt: now.toISOString(),
  };
}

/** Features for the ranker: the generator's own, plus a few the card itself shows. */
export function decisionFeatures(card: StudyCard): Features {
  return {
    ...card.features,
    frontChars: card.front.length,
    backChars: card.back.length,
    sourceChars: card.source.text.length,
    paragraph: card.source.paragraph,
  };
}

export interface CardWording {
  readonly front: string;
  readonly back: string;
  /** A multiple-choice card's options (they must hold `back`). */
  readonly choices?: readonly string[];
}

/**
 * The card with the reader's wording. A multiple-choice card keeps its answer among its options;
 * a cloze card's Anki text follows a changed front (its one `[...]` filled with the back), or is
 * left out when the front no longer has exactly one gap (it then exports as a Basic note).
 */
export function editedCard(card: StudyCard, wording: CardWording, now: Date): StudyCard {
  const front = wording.front.trim();
  const back = wording.back.trim();
  if (!front || !back) throw new StudyError('A card needs both a front and a back.');
  if (wording.choices && card.kind !== 'choice') throw new StudyError('Only a multiple-choice card has options.');
  const choices = wording.choices?.map((c) => c.trim()) ?? card.choices;
  // Options are checked when they or the answer change (a generated card's own are left as they are).
  if (card.kind === 'choice' && choices && (wording.choices || back !== card.back)) {
    const problem = choiceProblem(choices, back);
    if (problem) throw new StudyError(problem);
  }
  const { cloze: _cloze, gap: _gap, ...rest } = card;
  const changed = front !== card.front || back !== card.back;
  const parts = front.split(CLOZE_BLANK);
  const cloze = !changed || card.kind !== 'cloze' ? { ...(card.cloze === undefined ? {} : { cloze: card.cloze }), ...(card.gap === undefined ? {} : { gap: card.gap }) }
    : card.kind === 'cloze' && parts.length === 2 && !/::|\{\{|\}\}/.test(back) ? { cloze: `${parts[0]}{{c1::${back}}}${parts[1]}` }
    : {};
  return {
    ...rest,
    front,
    back,
    ...(choices === undefined ? {} : { choices: [...choices] }),
    ...cloze,
    edited: true,
    original: card.original ?? { front: card.front, back: card.back },
    editedAt: now.toISOString(),
  };
}

/** The card taken out of study (or put back) without changing its schedule. */
export function suspendedCard(card: StudyCard, suspended: boolean): StudyCard {
  return { ...card, suspended };
}

/** The card flagged for a look later, keeping the generator's reason if it gave one; unflagging
 * clears the reason. */
export function flaggedCard(card: StudyCard, flagged: boolean): StudyCard {
  return { ...card, flagged, flagReason: flagged ? (card.flagReason ?? 'flagged by you') : null };
}

/** Deleting a card drops it: it leaves study and the browser, and regeneration never brings it
 * back (a dropped card is kept for that). */
export function deletedCard(card: StudyCard): StudyCard {
  return { ...card, status: 'dropped', suspended: false };
}

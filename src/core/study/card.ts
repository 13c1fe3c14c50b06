// Turning a generated card into a study card, and the features recorded with triage decisions.
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
export function contentOf(card: SourceCard): Pick<StudyCard, 'kind' | 'front' | 'back' | 'choices' | 'cloze' | 'source' | 'features'> {
  return {
    kind: card.kind,
    front: card.front,
    back: card.back,
    ...(card.choices === undefined ? {} : { choices: [...card.choices] }),
    ...(card.cloze === undefined ? {} : { cloze: card.cloze }),
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

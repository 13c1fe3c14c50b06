// Fixtures for the study specifications: fixed instants, generated cards and settings.
import { DEFAULT_STUDY_SETTINGS, newStudyCard, type SourceCard, type StudyCard, type StudySettings } from '../../../src/core/study/index.js';

/** A fixed instant; never the real clock. */
export const T0 = new Date('2024-03-01T10:00:00Z');

export function at(iso: string): Date {
  return new Date(iso);
}

export function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Fuzz off, so intervals are exact. */
export const SETTINGS: StudySettings = { ...DEFAULT_STUDY_SETTINGS, fuzz: false };

export function sourceCard(id: string, overrides: Partial<SourceCard> = {}): SourceCard {
  return {
    id,
    kind: 'cloze',
    front: `Front of ${id} [...]`,
    back: `answer ${id}`,
    source: { paragraph: 0, start: 0, end: 20, text: `Sentence for ${id}.` },
    ...overrides,
  };
}

/** A card of sentence `sentence` (paragraph = sentence number) of `articleId`. */
export function sentenceCard(id: string, sentence: number, articleId = 'a1'): SourceCard {
  return sourceCard(id, { source: { paragraph: sentence, start: 0, end: 20, text: `Sentence ${sentence} of ${articleId}.` } });
}

export function keptCard(source: SourceCard, articleId = 'a1', createdAt = T0): StudyCard {
  return { ...newStudyCard(source, articleId, createdAt), status: 'kept' };
}

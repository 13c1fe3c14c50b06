// Card types. The JSON shape of `Card` is the contract's (../shared/CLI-CONTRACT.md, `quiz`);
// `features` is an added field for a later learned ranker. Kinds and sources are shared with study.

import type { CardKind, CardSource, QuizCard } from '../../shared/study.js';
import type { QualityRanking } from './quality/rank.js';

export type { CardKind, CardSource };

/** What the answer is: a named entity's type, a value, or a plain key term. */
export type AnswerType = 'person' | 'organization' | 'place' | 'name' | 'date' | 'number' | 'term' | 'role';

/** The numbers the ranking used, kept so a learned ranker can train on them later. */
export interface CardFeatures {
  readonly score: number;
  readonly sentenceScore: number;
  readonly answerType: AnswerType;
  /** How often the answer's entity or term occurs in the article. */
  readonly answerCount: number;
  readonly sentenceWords: number;
  /** Position of the source paragraph, 0 (first) to 1 (last). */
  readonly position: number;
  /** Rank of the card in this set, 0 = best. */
  readonly rank: number;
}

/** The contract's Card, with the numbers its ranking used. */
export interface Card extends QuizCard {
  readonly features: CardFeatures;
}

export interface CardSet {
  readonly supported: boolean;
  /** Why no cards were made, when `supported` is false. */
  readonly reason?: string;
  readonly cards: readonly Card[];
}

export interface GenerateOptions {
  /** At most this many cards. */
  readonly max?: number;
  /** At most one card per this many words of clean text (default 30; fewer when the text has fewer facts worth a card). */
  readonly wordsPerCard?: number;
  /** The quality model that filters and ranks the rules' cards (default: the shipped one; null: rules only). */
  readonly quality?: QualityRanking | null;
}

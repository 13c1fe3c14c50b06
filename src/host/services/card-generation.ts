// Generating an article's cards into its folder: at import (so the card browser, due counts
// and exports have them at once) and again on "Regenerate" or a generator upgrade. New cards
// are merged into the stored ones (core/study/merge.ts), so history is never lost. Generation
// itself is core/study/generate.ts: at import it runs in the parse worker, and only the merge
// and the write happen here.
import type { QualityRanking } from '../../core/cards/quality/index.js';
import { generateArticleCards, type CardRequest, type GeneratedCards } from '../../core/study/generate.js';
import { DEFAULT_STUDY_SETTINGS, mergeRegenerated, studyDigest, type MergeResult, type SourceCard, type StudySettings } from '../../core/study/index.js';
import type { ParsedArticle } from '../../shared/types.js';
import { cardsFile, STORE_VERSION, type CardsFile } from '../store/file-kinds.js';
import type { LibraryStore } from '../store/library-store.js';
import { ReaderModelService } from './reader-model.js';

/** Bump when the generator changes enough that stored cards should be regenerated. */
export const GENERATOR_VERSION = 18;

export function studySettingsOf(store: LibraryStore): StudySettings {
  return { ...DEFAULT_STUDY_SETTINGS, ...store.settings()?.study };
}

/** Makes an article's cards from plain data: in the parse worker (as openHost wires it) or here. */
export type CardMaker = (request: CardRequest) => Promise<GeneratedCards>;

export const cardsInProcess: CardMaker = async (request) => generateArticleCards(request);

export interface Generated {
  readonly file: CardsFile;
  readonly added: number;
  readonly flagged: number;
  readonly removed: number;
  /** Why the generator made no cards (e.g. not English), or null. */
  readonly unsupported: string | null;
}

/** What the generator needs for one article, as plain data (it may be sent to the parse worker). */
export function cardRequest(article: ParsedArticle, settings: StudySettings, ranking: QualityRanking): CardRequest {
  return { article, wordsPerCard: 100 / settings.cardsPer100Words, ranking };
}

/** The library's card ranking now: its quality model as the reader's decisions taught it. */
export function libraryRanking(store: LibraryStore, now: Date): QualityRanking {
  return new ReaderModelService(store, () => now).ranking().ranking;
}

/** Generates the article's cards, ranked by the library's quality model, and merges them into its card file. */
export function generateStoredCards(store: LibraryStore, articleId: string, settings: StudySettings, now: Date, ranking: QualityRanking = libraryRanking(store, now)): Generated {
  const { article } = store.parsed('articles', articleId);
  return storeGeneratedCards(store, articleId, generateArticleCards(cardRequest(article, settings, ranking)), now);
}

/** Merges cards generated for the article (here or in the parse worker) into its card file.
 * `premerged`: the merge into a card file that was absent, made beforehand (see below). */
export function storeGeneratedCards(store: LibraryStore, articleId: string, set: GeneratedCards, now: Date, premerged?: MergeResult): Generated {
  const generated = sourceCards(articleId, set);
  let counts = { added: 0, flagged: 0, removed: 0 };
  const file = store.updateArticleFile(
    cardsFile,
    articleId,
    (current) => {
      const merged = premerged && current === null ? premerged : mergeRegenerated(current?.cards ?? [], generated, articleId, now, set.sentences);
      counts = { added: merged.added.length, flagged: merged.flagged.length, removed: merged.removed.length };
      return { schema: STORE_VERSION, generator: GENERATOR_VERSION, cards: merged.cards };
    },
    (cards) => ({ study: studyDigest(cards.cards) }),
  );
  return { file, ...counts, unsupported: set.unsupported };
}

/** `storeGeneratedCards` for a new article on the host's thread, with a turn for other calls
 * between the merge and the write (each ~100 ms for a long book). The merge is made before
 * the lock, for an article with no card file yet; should one appear meanwhile (the reader
 * opened its cards), the merge is made again under the lock. */
export async function storeGeneratedCardsInSteps(store: LibraryStore, articleId: string, set: GeneratedCards, now: Date, between: () => Promise<void>): Promise<void> {
  const premerged = store.articleFile(cardsFile, 'articles', articleId) === null ? mergeRegenerated([], sourceCards(articleId, set), articleId, now, set.sentences) : undefined;
  await between();
  await store.whenUnlocked();
  storeGeneratedCards(store, articleId, set, now, premerged);
}

function sourceCards(articleId: string, set: GeneratedCards): SourceCard[] {
  return set.cards.map((card) => ({ ...card, id: `${articleId}-${card.id}` }));
}

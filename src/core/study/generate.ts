// What an article's card file is made from, as plain data: the generator's cards ranked by the
// library's quality model, and every sentence of the article's paragraphs (where kept cards may
// have moved to). Pure, so that it can run wherever the host sends it (the parse worker, or in
// process) and give the same result for the same article, settings and model.
import { generateCards } from '../cards/index.js';
import type { QualityRanking } from '../cards/quality/index.js';
import { analyzeBlocks } from '../nlp/index.js';
import type { ParsedArticle } from '../../shared/types.js';
import type { CardSource, SourceCard } from '../../shared/study.js';

/** The inputs of one article's card generation: all plain data (a worker receives a copy). */
export interface CardRequest {
  readonly article: ParsedArticle;
  readonly wordsPerCard: number;
  readonly ranking: QualityRanking;
}

export interface GeneratedCards {
  /** The generator's cards, best first, with the generator's own IDs (not yet the article's). */
  readonly cards: readonly SourceCard[];
  readonly sentences: readonly CardSource[];
  /** Why the generator made no cards (e.g. not English), or null. */
  readonly unsupported: string | null;
}

export function generateArticleCards({ article, wordsPerCard, ranking }: CardRequest): GeneratedCards {
  const set = generateCards(article, { wordsPerCard, quality: ranking });
  return { cards: set.cards, sentences: articleSentences(article), unsupported: set.supported ? null : (set.reason ?? null) };
}

/** Every sentence of the article's paragraphs, as card sources. */
function articleSentences(article: ParsedArticle): CardSource[] {
  const { sentences } = analyzeBlocks(article.blocks);
  return sentences.filter((s) => article.blocks[s.block]?.type === 'paragraph').map((s) => ({ paragraph: s.block, start: s.start, end: s.end, text: s.text }));
}

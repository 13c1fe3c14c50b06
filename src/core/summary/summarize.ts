// The summary note of one article, written offline from its clean text.
import { analyzeBlocks } from '../nlp/index.js';
import type { Summary } from '../../shared/notes.js';
import type { ParsedArticle } from '../../shared/types.js';
import { keyPointCount, keyPoints } from './key-points.js';
import { keyNumbers, timeline } from './timeline.js';
import { whosWho } from './whos-who.js';

export interface SummaryOptions {
  /** How many key points (default: 3 for a short article up to 7 for a long one). */
  readonly points?: number;
}

export function summarizeArticle(article: Pick<ParsedArticle, 'blocks'>, options: SummaryOptions = {}): Summary {
  const text = analyzeBlocks(article.blocks);
  const words = article.blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);
  const count = options.points ?? keyPointCount(words);
  const points = keyPoints(text.sentences, (block) => article.blocks[block]?.type === 'paragraph', count);
  return {
    keyPoints: points.map((s) => ({ text: s.text, paragraph: s.block })),
    ...whosWho(text),
    timeline: timeline(text),
    numbers: keyNumbers(text),
  };
}

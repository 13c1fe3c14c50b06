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

const SPACE = /\s/;

/** `text.match(/\S+/g)?.length ?? 0`, counted without building the array of words. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text.charAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The article's blocks, and its publication date when known (it dates "on Monday" in the timeline). */
export type SummarySource = Pick<ParsedArticle, 'blocks'> & Partial<Pick<ParsedArticle, 'published'>>;

export function summarizeArticle(article: SummarySource, options: SummaryOptions = {}): Summary {
  const text = analyzeBlocks(article.blocks);
  const words = article.blocks.reduce((n, b) => n + countWords(b.text), 0);
  const count = options.points ?? keyPointCount(words);
  const points = keyPoints(text.sentences, (block) => article.blocks[block]?.type === 'paragraph', count);
  return {
    keyPoints: points.map((s) => ({ text: s.text, paragraph: s.block })),
    ...whosWho(text),
    timeline: timeline(text, article.published ?? null),
    numbers: keyNumbers(text),
  };
}

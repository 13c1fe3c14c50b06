// The clean text of the CLI contract: title, blank line, blocks separated by one blank line.
import type { ParsedArticle } from '../../shared/types.js';
import { wordCount } from './text-features.js';

export function cleanText(article: Pick<ParsedArticle, 'title' | 'blocks'>): string {
  return [article.title, ...article.blocks.map((block) => block.text)].join('\n\n');
}

/** Words of the clean text (see text-features' `words` for what a word is). */
export function countWords(article: Pick<ParsedArticle, 'title' | 'blocks'>): number {
  return wordCount(cleanText(article));
}

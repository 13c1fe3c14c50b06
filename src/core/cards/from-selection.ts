// A card the reader makes from a selection: a cloze of the selected words in their sentence.
// The selection is widened to whole words and must stay inside one sentence; the card keeps
// its source like a generated one, so "show in article" and regeneration treat it the same.
import type { ParsedArticle } from '../../shared/types.js';
import { ValidationError } from '../errors.js';
import { analyzeText } from '../nlp/index.js';
import { cardId } from './id.js';
import type { Card } from './types.js';

export class SelectionError extends ValidationError {
  override name = 'SelectionError';
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

export function cardFromSelection(article: Pick<ParsedArticle, 'blocks'>, paragraph: number, start: number, end: number): Card {
  const block = article.blocks[paragraph];
  if (!block || block.type !== 'paragraph') throw new SelectionError('Cards are made from paragraphs, not headings.');
  const text = block.text;
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  while (e < text.length && isWordChar(text[e]) && isWordChar(text[e - 1])) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  const answer = text.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(answer)) throw new SelectionError('Select a word or a phrase to make a card.');
  const sentence = analyzeText([text]).sentences.find((x) => x.start <= s && e <= x.end);
  if (!sentence) throw new SelectionError('Select words inside one sentence to make a card.');
  if (e - s >= sentence.end - sentence.start - 1) throw new SelectionError('Select part of a sentence: the rest of it is the question.');
  const before = text.slice(sentence.start, s);
  const after = text.slice(e, sentence.end);
  return {
    id: cardId('cloze', paragraph, sentence.start, `selection:${answer}`),
    kind: 'cloze',
    front: `${before}[...]${after}`,
    back: answer,
    cloze: `${before}{{c1::${answer}}}${after}`,
    source: { paragraph, start: sentence.start, end: sentence.end, text: text.slice(sentence.start, sentence.end) },
    features: { score: 1, sentenceScore: 1, answerType: 'term', answerCount: 1, sentenceWords: sentence.text.split(/\s+/).length, position: paragraph / Math.max(1, article.blocks.length - 1), rank: 0 },
  };
}

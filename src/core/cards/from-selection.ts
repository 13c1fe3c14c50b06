// Cards the reader makes from a selection. `draftFromSelection` reads any selection inside one
// block — a word, a phrase, a whole sentence, a paragraph — as the sentence(s) around it and
// where the selected words are in them, for the card editor to start from. `cardsFromContent`
// turns what the reader wrote in the editor into cards linked to that source, so "show in
// article" and regeneration treat them like generated ones.
import { clozeBack, clozeFront, clozeNumbers, clozeProblem, choiceProblem } from '../../shared/cloze.js';
import type { CardContent, CardDraft } from '../../shared/study.js';
import type { ParsedArticle } from '../../shared/types.js';
import { ValidationError } from '../errors.js';
import { analyzeText } from '../nlp/index.js';
import { cardId } from './id.js';
import type { Card, CardFeatures } from './types.js';

export class SelectionError extends ValidationError {
  override name = 'SelectionError';
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

type Blocks = Pick<ParsedArticle, 'blocks'>;

function blockText(article: Blocks, paragraph: number): string {
  const block = article.blocks[paragraph];
  if (!block) throw new SelectionError(`The article has no block ${paragraph}.`);
  return block.text;
}

/** The selection widened to whole words, without the spaces (a triple-click's trailing line
 * break) at either end. */
function wordSpan(text: string, start: number, end: number): { s: number; e: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(text.length, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  while (e < text.length && isWordChar(text[e]) && isWordChar(text[e - 1])) e++;
  return { s, e };
}

export function draftFromSelection(article: Blocks, paragraph: number, start: number, end: number): CardDraft {
  const text = blockText(article, paragraph);
  const { s, e } = wordSpan(text, start, end);
  const selected = text.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(selected)) throw new SelectionError('Select a word, a phrase, a sentence or a paragraph to make a card.');
  const sentences = analyzeText([text]).sentences.filter((x) => x.start < e && s < x.end);
  let from = Math.min(s, sentences[0]?.start ?? s);
  let to = Math.max(e, sentences.at(-1)?.end ?? e);
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  while (from < to && /\s/.test(text[from]!)) from++;
  // The gap leaves out closing punctuation; a selection that is all of its sentences has none.
  let gapEnd = e;
  while (gapEnd > s && /[\s.,;:!?]/.test(text[gapEnd - 1]!)) gapEnd--;
  let sourceEnd = to;
  while (sourceEnd > from && /[\s.,;:!?"”’)]/.test(text[sourceEnd - 1]!)) sourceEnd--;
  const whole = s <= from && gapEnd >= sourceEnd;
  return {
    source: { paragraph, start: from, end: to, text: text.slice(from, to) },
    selected,
    gap: whole ? null : { start: s - from, end: gapEnd - from },
  };
}

function featuresOf(article: Blocks, paragraph: number, sourceText: string): CardFeatures {
  return { score: 1, sentenceScore: 1, answerType: 'term', answerCount: 1, sentenceWords: sourceText.split(/\s+/).filter(Boolean).length, position: paragraph / Math.max(1, article.blocks.length - 1), rank: 0 };
}

/**
 * The cards a reader's editor content makes, linked to `text[start, end)` of the block: a
 * cloze one per gap number (each asks its own gaps and shows the others, as Anki does), a
 * question one, a multiple-choice card one. Content is checked again here (the contract's
 * schema checks it first): the core never trusts its caller.
 */
export function cardsFromContent(article: Blocks, range: { paragraph: number; start: number; end: number }, content: CardContent): Card[] {
  const { paragraph, start, end } = range;
  const text = blockText(article, paragraph);
  if (!(start < end && end <= text.length)) throw new SelectionError('The card’s source is not in the article any more: select it again.');
  const sourceText = text.slice(start, end);
  const source = { paragraph, start, end, text: sourceText };
  const features = featuresOf(article, paragraph, sourceText);
  switch (content.kind) {
    case 'cloze': {
      const cloze = content.text.trim();
      const problem = clozeProblem(cloze);
      if (problem) throw new SelectionError(problem);
      return clozeNumbers(cloze).map((n) => ({
        id: cardId('cloze', paragraph, start, `editor:c${n}:${cloze}`),
        kind: 'cloze',
        front: clozeFront(cloze, n),
        back: clozeBack(cloze, n),
        cloze,
        gap: n,
        source,
        features,
      }));
    }
    case 'qa': {
      const front = content.front.trim();
      const back = content.back.trim();
      if (!front || !back) throw new SelectionError('A card needs both a question and an answer.');
      return [{ id: cardId('qa', paragraph, start, `editor:${front}\n${back}`), kind: 'qa', front, back, source, features }];
    }
    case 'choice': {
      const front = content.front.trim();
      const choices = content.choices.map((c) => c.trim());
      const back = choices[content.answer];
      if (!front) throw new SelectionError('A multiple-choice card needs a question.');
      const problem = back === undefined ? 'Mark which option is the answer.' : choiceProblem(choices, back);
      if (problem || back === undefined) throw new SelectionError(problem ?? 'Mark which option is the answer.');
      return [{ id: cardId('choice', paragraph, start, `editor:${front}\n${choices.join('\n')}`), kind: 'choice', front, back, choices, source, features }];
    }
  }
}

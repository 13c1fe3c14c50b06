// Whether a text is fact-dense: most of its sentences hold a fact worth a card. An encyclopedia
// passage states a fact in nearly every sentence, often two in a short one; a news story spends
// many sentences on quotes, scene and attribution. On a dense text the selection may go further
// (select.ts): a flat run of facts has no single standout card to measure the others against.
import type { Ranked } from './select.js';

/**
 * At least this share of all the text's sentences hold a draft (all, not only the eligible ones:
 * a story's quotes and one-line paragraphs are part of what makes it less dense).
 */
const DENSE_SENTENCE_SHARE = 0.45;
/** …and at least this many of them: a short text with a few drafts is small, not dense. */
const DENSE_MIN_SENTENCES = 10;

/**
 * A passage about concepts (concept-text.ts) states a fact in nearly every sentence however short
 * it is: there the bar is this many sentences with a draft, not DENSE_MIN_SENTENCES.
 */
const CONCEPT_MIN_SENTENCES = 4;

export function isFactDense(ranked: readonly Ranked[], sentences: number, concept = false): boolean {
  const withDraft = new Set(ranked.map((r) => r.draft.sentence.index)).size;
  return withDraft >= (concept ? CONCEPT_MIN_SENTENCES : DENSE_MIN_SENTENCES) && withDraft >= DENSE_SENTENCE_SHARE * sentences;
}

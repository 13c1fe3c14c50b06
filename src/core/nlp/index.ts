// Lectern's shared NLP layer: sentences with exact block offsets, tokens with part of speech and
// lemma, typed names (people, organisations, places), dates and numbers, and role phrases.
//
// Design (measured on the ~1,300-word sample, see the cards report): wink-nlp reads the whole
// text in one pass (~5 ms) for sentences, tokens, POS, lemmas, dates and numbers. Names are
// our own rules over wink's tokens (capitalised runs, built-in lists, title and apposition
// patterns) — compromise was measured at ~12× wink's time per article and still missed the
// sample's main people ("Antony Blinken", "Qin Gang", "Xi Jinping"), so it is not used.
//
// Usage: `analyzeText(article.blocks.map(b => b.text))`, then read `sentences`, `mentions`
// (each with `canonical`, the full form of the name it refers to), `roles` and `entities`.
import { appositionRoles } from './roles.js';
import { findNames, resolveNames } from './names.js';
import { tokenizeBlocks } from './tokens.js';
import type { AnalyzedText, Entity, Mention } from './types.js';
import { valueMentions } from './values.js';

export type { AnalyzedText, Entity, Mention, MentionType, NameType, Pos, RoleMention, Sentence, Token, ValueType } from './types.js';
export { wink } from './wink.js';
export { isClockTime, isPhoneNumberPart, isRaceDistance, SPAN_OF_TIME } from './values.js';
export { PRONOUNS, SPEECH_VERBS, COUNTRIES, CITIES, ROLE_NOUNS, MONTHS, NATIONALITIES, ORG_WORDS } from './lexicon.js';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** Analyses the blocks of one text (headings and paragraphs, in order). Pure; no I/O. */
export function analyzeText(blocks: readonly string[]): AnalyzedText {
  const { sentences, values } = tokenizeBlocks(blocks);
  const raws = sentences.flatMap(findNames);
  const { mentions: names, roles: titles } = resolveNames(sentences, raws);
  const mentions: Mention[] = [...names, ...valueMentions(sentences, values)].sort((a, b) => a.sentence - b.sentence || a.tokenStart - b.tokenStart);
  const roles = [...titles, ...appositionRoles(sentences, names)].sort((a, b) => a.sentence - b.sentence);

  const entities = new Map<string, Entity>();
  for (const m of names) {
    const prior = entities.get(m.canonical);
    const aliases = prior ? (prior.aliases.includes(m.text) ? prior.aliases : [...prior.aliases, m.text]) : [m.text];
    entities.set(m.canonical, { canonical: m.canonical, type: prior?.type === 'person' ? 'person' : (m.type as Entity['type']), aliases, count: (prior?.count ?? 0) + 1, subtype: m.subtype ?? prior?.subtype ?? '' });
  }
  const lemmaCounts = new Map<string, number>();
  for (const s of sentences) {
    for (const t of s.tokens) if (CONTENT.has(t.pos) && !t.stop) lemmaCounts.set(t.lemma, (lemmaCounts.get(t.lemma) ?? 0) + 1);
  }
  return { blocks, sentences, mentions, roles, entities, lemmaCounts };
}

const analyses = new WeakMap<readonly object[], AnalyzedText>();

/**
 * The analysis of an article's blocks, computed once per blocks array: the cards and the
 * summary of one article share a single pass.
 */
export function analyzeBlocks(blocks: readonly { readonly text: string }[]): AnalyzedText {
  let analysis = analyses.get(blocks);
  if (!analysis) {
    analysis = analyzeText(blocks.map((b) => b.text));
    analyses.set(blocks, analysis);
  }
  return analysis;
}

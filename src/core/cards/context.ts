// What every card builder needs to know about one article: its analysis, which sentences may
// carry a card, how important each sentence is, and the rules a card's wording must pass.
import type { AnalyzedText, Entity, Mention, Sentence } from '../nlp/index.js';
import { PRONOUNS, SPEECH_VERBS } from '../nlp/index.js';
import type { Block } from '../../shared/types.js';
import type { AnswerType, CardKind } from './types.js';

export const MIN_WORDS = 8;
export const MAX_WORDS = 45;

/** A card before ranking and selection. */
export interface Draft {
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly choices?: readonly string[];
  readonly cloze?: string;
  readonly sentence: Sentence;
  readonly answerType: AnswerType;
  /** The entity or term tested; two cards with one fact key test the same fact. */
  readonly fact: string;
  readonly answerCount: number;
  /** Kind- and answer-specific weight, multiplied with the sentence's score. */
  readonly weight: number;
}

export interface CardContext {
  readonly analysis: AnalyzedText;
  readonly blocks: readonly Block[];
  readonly mentionsOf: (sentence: number) => readonly Mention[];
  readonly entityOf: (mention: Mention) => Entity | undefined;
  readonly sentenceScore: readonly number[];
  /** Mentions of people, organisations, places and other names in the whole text. */
  readonly totalNames: number;
  /** How many sentences contain this word (whole word, any case); cached. */
  readonly spread: (word: string) => number;
  /** A sentence from a paragraph, of study length, not a question. */
  readonly eligible: (s: Sentence) => boolean;
}

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'that']);
const OPENING = /^[“"‘'(\s]+/;

/** True when a pronoun stands as the sentence's subject ("He also recalled…", "…,” he said."). */
export function hasPronounSubject(s: Sentence): boolean {
  const firstWord = s.tokens.find((t) => !OPENING.test(t.text));
  if (firstWord && SUBJECT_PRONOUNS.has(firstWord.text.toLowerCase())) return true;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (SUBJECT_PRONOUNS.has(t.text.toLowerCase()) && SPEECH_VERBS.has(s.tokens[i + 1]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

export function buildContext(analysis: AnalyzedText, blocks: readonly Block[]): CardContext {
  const bySentence = new Map<number, Mention[]>();
  for (const m of analysis.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const lastBlock = Math.max(1, blocks.length - 1);
  const sentenceScore = analysis.sentences.map((s) => {
    const content = s.tokens.filter((t) => !t.stop && /^(NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.pos));
    if (content.length === 0) return 0;
    const salience = content.reduce((sum, t) => sum + Math.min(analysis.lemmaCounts.get(t.lemma) ?? 1, 6) / 6, 0) / content.length;
    const mentions = bySentence.get(s.index) ?? [];
    const facts = Math.min(3, mentions.filter((m) => m.type !== 'name').length) * 0.12;
    const position = 1 - 0.25 * (s.block / lastBlock);
    return (0.5 + salience + facts) * position;
  });
  const spreadCache = new Map<string, number>();
  const lowered = analysis.sentences.map((s) => s.text.toLowerCase());
  return {
    analysis,
    blocks,
    totalNames: analysis.mentions.filter((m) => m.type !== 'date' && m.type !== 'number').length,
    spread: (word) => {
      const key = word.toLowerCase();
      let n = spreadCache.get(key);
      if (n === undefined) {
        n = lowered.filter((text) => text.includes(key) && containsWord(text, key)).length;
        spreadCache.set(key, n);
      }
      return n;
    },
    mentionsOf: (i) => bySentence.get(i) ?? [],
    entityOf: (m) => analysis.entities.get(m.canonical),
    sentenceScore,
    eligible: (s) => {
      if (blocks[s.block]?.type !== 'paragraph') return false;
      // A fragment the splitter cut off ("who mentioned …") is not a sentence to study.
      if (!/^[“"‘'(]?[\p{Lu}\p{N}]/u.test(s.text)) return false;
      // A line without final punctuation is a caption, a source line or a heading in disguise.
      if (!/[.!?…][”"’')]*$|[.!?][”"’']?\)?$/u.test(s.text.trimEnd())) return false;
      const words = wordCount(s.text);
      return words >= MIN_WORDS && words <= MAX_WORDS && !s.text.trimEnd().endsWith('?');
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive occurrence. */
const wordPatterns = new Map<string, RegExp>();

export function containsWord(haystack: string, needle: string): boolean {
  if (!needle.trim()) return false;
  // A cheap substring test first; the compiled pattern (cached) only confirms word boundaries.
  if (!haystack.toLowerCase().includes(needle.toLowerCase())) return false;
  let pattern = wordPatterns.get(needle);
  if (!pattern) {
    if (wordPatterns.size > 5000) wordPatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'iu');
    wordPatterns.set(needle, pattern);
  }
  return pattern.test(haystack);
}

/**
 * The forms of an answer that must not appear on the card's front: the answer itself, every
 * alias of its entity, and each longer word of a multi-word name ("Blinken" for "Antony Blinken").
 */
export function giveaways(answer: string, entity?: Entity): string[] {
  const forms = new Set<string>([answer]);
  for (const alias of entity?.aliases ?? []) forms.add(alias);
  if (entity) forms.add(entity.canonical);
  for (const form of [...forms]) {
    const words = form.split(/\s+/);
    if (words.length > 1) for (const w of words) if (w.length >= 3 && /^[A-Z]/.test(w) && !PRONOUNS.has(w.toLowerCase())) forms.add(w);
  }
  return [...forms];
}

export function givesAway(front: string, answer: string, entity?: Entity): boolean {
  return giveaways(answer, entity).some((form) => containsWord(front, form));
}

// The quality model's inputs: a few interpretable facts about a generated card and its article
// (its kind, what its answer is, how its source sentence reads), computed the same way at
// generation, in training and from a journalled triage decision.
//
//   qualityInputs(card, article) → QualityInputs   raw, readable values (stored with the card)
//   encodeInputs(inputs)          → number[]        the model's vector, named by FEATURE_NAMES
//
// The raw inputs travel in the card's `features` under a `q.` prefix, so every triage decision
// (which journals the card's features) carries what the model needs to learn from it.
import type { ParsedArticle } from '../../../shared/types.js';
// Whitespace-separated pieces holding a letter or a digit, counted in one scan.
import { blockWordCounts, norm, wordCount } from '../words.js';
import { answerInApposition } from './apposition.js';
import { leadOverlap, salienceFactsOf, sideName, type SalienceFacts } from './salience.js';

/** The part of a card the inputs are read from. */
export interface QualityCard {
  readonly kind: string;
  readonly front: string;
  readonly back: string;
  readonly choices?: readonly string[];
  readonly source: { readonly paragraph: number; readonly text: string };
  readonly features?: object;
}

/** The part of an article the inputs are read from. */
export type QualityArticle = Pick<ParsedArticle, 'title' | 'blocks'>;

export interface QualityInputs {
  readonly kind: string;
  /** The generator's answer type (person, date, number, term…), or "other". */
  readonly answerType: string;
  readonly answerWords: number;
  readonly frontWords: number;
  readonly sentenceWords: number;
  /** The sentence opens on a pronoun or determiner whose referent is elsewhere ("Its …", "They …"). */
  readonly pronounStart: boolean;
  /** Every content word of the answer is in the title: the text's own topic. */
  readonly answerInTitle: boolean;
  readonly isNumber: boolean;
  /** Position of the source paragraph, 0 (first) to 1 (last). */
  readonly position: number;
  /** The generator's sentence importance (0 when it gave none). */
  readonly sentenceScore: number;
  /** How often the answer occurs in the article's paragraphs. */
  readonly answerFreq: number;
  readonly quoteMarks: boolean;
  /** A short paragraph without a closing stop, or a photo credit: a caption. */
  readonly captionLike: boolean;
  /** A citation, reference-list or correction line. */
  readonly referenceLike: boolean;
  /** The blank opens the front ("[...] said …"). */
  readonly blankAtStart: boolean;
  readonly saysVerb: boolean;
  /** First person in the sentence: an interview or a personal essay. */
  readonly firstPerson: boolean;
  readonly answerCapitalized: boolean;
  /** The sentence starts in lower case or has no closing stop: a splitter's fragment. */
  readonly fragment: boolean;
  /** The answer is inside an apposition describing someone ("X, a professor at [Y], said"). */
  readonly answerInApposition: boolean;
  /** The answer names someone or something met in this sentence only, not in the title or lead (salience.ts). */
  readonly sideName: boolean;
  /** Content words the sentence shares with the title and lead (first paragraph, up to three sentences): its tie to the story (salience.ts). */
  readonly leadOverlap: number;
}

export const INPUT_PREFIX = 'q.';

const KINDS = ['cloze', 'choice', 'quote', 'identity', 'qa'] as const;
const ANSWER_TYPES = ['person', 'organization', 'place', 'name', 'date', 'number', 'term', 'role'] as const;

/** The model's features, in vector order. Names say what a positive weight rewards. */
export const FEATURE_NAMES: readonly string[] = [
  ...KINDS.map((k) => `kind=${k}`),
  ...ANSWER_TYPES.map((t) => `answer=${t}`),
  'answer words (log, 1 = 10+)',
  'front words (log, 1 = 60+)',
  'sentence words (log, 1 = 60+)',
  'pronoun/determiner start',
  'answer in title',
  'answer is a number',
  'paragraph position',
  'sentence score',
  'answer frequency (log, 1 = 20+)',
  'quote marks',
  'caption-like source',
  'reference/correction line',
  'blank at start',
  'speech verb',
  'first person',
  'answer capitalised',
  'fragment',
  'answer in an apposition',
  'answer named in this sentence only',
  'sentence shares the lead\'s words (log, 1 = 6+)',
];

const PRONOUN_START = /^(?:it|its|it's|this|these|those|that|they|their|them|he|his|she|her|him|we|our|such|both|the latter|the former|the same|another|other)\b/iu;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion|dozen|half)\b/iu;
const QUOTE_MARKS = /["“”]|(?:^|\s)[‘'][^'’]+[’'](?:\s|[.,;:!?]|$)/u;
const CREDIT = /\b(?:photo|image|credit|getty images|reuters|associated press|ap photo|courtesy of|illustration)\b/iu;
const REFERENCE = /\b(?:retrieved|doi|isbn|et al\.|pp\.|vol\.|correction|an earlier version|clarification|corrected)\b|\^/iu;
const SAYS = /\b(?:said|says|say|told|tells|according to|stated|added|wrote|asked|explained)\b/iu;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|we're|we’re|our|us)\b/u;
const CLOSING_STOP = /[.!?…]["'”’)\]]*$/u;


/** Lower case, letter-and-digit runs joined by single spaces, padded with one space each side. */
function normal(text: string): string {
  return ` ${norm(text)} `;
}

/**
 * Matches of `needle` in `haystack`, each next one searched from the last character of the one
 * before. The needle is a space-padded answer (` ${norm} `): its rest after the first character
 * is looked for, then the character before it checked. Looked for whole, it opened on a space,
 * which the body has before every word, and each call tried most of them.
 */
function occurrences(haystack: string, needle: string): number {
  if (needle.trim() === '') return 0;
  const first = needle.charAt(0);
  const rest = needle.slice(1);
  let n = 0;
  // `at` is where `rest` starts; a match of the whole needle starts one before it.
  for (let at = haystack.indexOf(rest, 1); at >= 1; ) {
    if (haystack.charAt(at - 1) === first) {
      n++;
      at = haystack.indexOf(rest, at - 1 + needle.length);
    } else at = haystack.indexOf(rest, at + 1);
  }
  return n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** What every card of an article reads from it, computed once per blocks array (per card, the
 * normalised body was the generator's costliest line). */
interface ArticleFacts {
  readonly body: string;
  /** The title as given, and normalised. */
  readonly rawTitle: string;
  readonly title: string;
  readonly blockWords: readonly number[];
  /** Whether each paragraph reads as a caption, filled as cards ask (several cards share a paragraph). */
  readonly captions: Map<number, boolean>;
  /** Mentions and lead words, for the answer's and the sentence's tie to the story. */
  readonly salience: SalienceFacts;
}
const facts = new WeakMap<QualityArticle['blocks'], ArticleFacts>();
function factsOf(article: QualityArticle): ArticleFacts {
  let f = facts.get(article.blocks);
  if (f === undefined || f.rawTitle !== article.title) {
    const salience = salienceFactsOf(article.title, article.blocks);
    f = {
      // normal() of the paragraphs joined: the salience facts have those words already.
      body: salience.body,
      rawTitle: article.title,
      title: normal(article.title),
      blockWords: blockWordCounts(article.blocks),
      captions: new Map(),
      salience,
    };
    facts.set(article.blocks, f);
  }
  return f;
}

/** The raw inputs of one card: deterministic, from the card and its article only. */
export function qualityInputs(card: QualityCard, article: QualityArticle): QualityInputs {
  const generated = (card.features ?? {}) as Record<string, unknown>;
  const sentence = card.source.text.trim();
  const block = article.blocks[card.source.paragraph];
  const paragraph = block?.text ?? sentence;
  const known = factsOf(article);
  const { body, title, blockWords } = known;
  const answer = normal(card.back);
  const answerContent = answer.trim().split(' ').filter((w) => w.length > 2);
  const lastBlock = Math.max(1, article.blocks.length - 1);
  let captionLike = block ? known.captions.get(card.source.paragraph) : undefined;
  if (captionLike === undefined) {
    const paragraphWords = block ? blockWords[card.source.paragraph]! : wordCount(sentence);
    captionLike = (paragraphWords < 15 && !CLOSING_STOP.test(paragraph.trim())) || (paragraphWords < 25 && CREDIT.test(paragraph));
    if (block) known.captions.set(card.source.paragraph, captionLike);
  }
  return {
    kind: card.kind,
    answerType: typeof generated['answerType'] === 'string' ? generated['answerType'] : 'other',
    answerWords: wordCount(card.back),
    frontWords: wordCount(card.front),
    sentenceWords: wordCount(sentence),
    pronounStart: PRONOUN_START.test(sentence.replace(/^["“‘'(]+/u, '')),
    answerInTitle: answerContent.length > 0 && answerContent.every((w) => title.includes(` ${w} `)),
    isNumber: NUMBER.test(card.back),
    position: round(Math.min(1, Math.max(0, card.source.paragraph / lastBlock))),
    sentenceScore: typeof generated['sentenceScore'] === 'number' ? round(generated['sentenceScore']) : 0,
    answerFreq: occurrences(body, answer),
    quoteMarks: QUOTE_MARKS.test(sentence),
    captionLike,
    referenceLike: REFERENCE.test(sentence),
    blankAtStart: /^\s*["“‘']?\[\.\.\.\]/u.test(card.front),
    saysVerb: SAYS.test(sentence),
    firstPerson: FIRST_PERSON.test(sentence),
    // A capital that only opens the sentence says nothing about the answer being a name.
    answerCapitalized: /^\p{Lu}/u.test(card.back.trim()) && !sentence.startsWith(card.back.trim()),
    fragment: /^\p{Ll}/u.test(sentence) || !CLOSING_STOP.test(sentence),
    answerInApposition: answerInApposition(card.back, sentence),
    sideName: sideName(card.back, known.salience, sentence),
    leadOverlap: leadOverlap(card.back, sentence, known.salience),
  };
}

const bit = (b: boolean): number => (b ? 1 : 0);

/**
 * A count on a log scale, 1 at `cap` and above: every feature stays within about 0–1, so one
 * online step spreads over the features a card has rather than over its word counts.
 */
function scaledLog(n: number, cap: number): number {
  return Math.min(1, Math.log1p(Math.max(0, n)) / Math.log1p(cap));
}

/** The model's vector for the inputs, in FEATURE_NAMES order. */
export function encodeInputs(x: QualityInputs): number[] {
  return [
    ...KINDS.map((k) => bit(x.kind === k)),
    ...ANSWER_TYPES.map((t) => bit(x.answerType === t)),
    scaledLog(x.answerWords, 10),
    scaledLog(x.frontWords, 60),
    scaledLog(x.sentenceWords, 60),
    bit(x.pronounStart),
    bit(x.answerInTitle),
    bit(x.isNumber),
    x.position,
    x.sentenceScore,
    scaledLog(x.answerFreq, 20),
    bit(x.quoteMarks),
    bit(x.captionLike),
    bit(x.referenceLike),
    bit(x.blankAtStart),
    bit(x.saysVerb),
    bit(x.firstPerson),
    bit(x.answerCapitalized),
    bit(x.fragment),
    bit(x.answerInApposition),
    bit(x.sideName),
    scaledLog(x.leadOverlap, 6),
  ];
}

/** The inputs as `features` entries of a card (primitive values under the `q.` prefix). */
export function inputsAsFeatures(x: QualityInputs): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [`${INPUT_PREFIX}${k}`, v as string | number | boolean]));
}

/** A generated card's features with its model inputs, probability (`quality`) and `rank` added, built in one object. */
export function withInputs<F extends object>(features: F, x: QualityInputs, p: number, rank: number): F {
  const out = Object.assign({}, features) as Record<string, unknown>;
  for (const key of INPUT_KEYS) out[key.prefixed] = x[key.name];
  out['quality'] = Math.round(p * 1000) / 1000;
  out['rank'] = rank;
  return out as F;
}

/** The type of each input, by example. */
const EXAMPLE: QualityInputs = {
  kind: 'cloze', answerType: 'other', answerWords: 0, frontWords: 0, sentenceWords: 0, pronounStart: false, answerInTitle: false, isNumber: false,
  position: 0, sentenceScore: 0, answerFreq: 0, quoteMarks: false, captionLike: false, referenceLike: false, blankAtStart: false,
  saysVerb: false, firstPerson: false, answerCapitalized: false, fragment: false,
  answerInApposition: false, sideName: false, leadOverlap: 0,
};

/** Inputs added after cards were first stored with inputs, read as absent (false) on a stored card
 * that lacks them: it still teaches the model everything else. */
const LATER: Partial<QualityInputs> = { answerInApposition: false, sideName: false, leadOverlap: 0 };

/** Each input's name and its key in a card's features, made once. */
const INPUT_KEYS = (Object.keys(EXAMPLE) as (keyof QualityInputs)[]).map((name) => ({ name, prefixed: `${INPUT_PREFIX}${name}` }));

/**
 * The inputs back from a card's (or a journalled decision's) features, or null when the card was
 * made before the model existed or by the reader: such a card says nothing the model can use.
 */
export function inputsFromFeatures(features: Readonly<Record<string, unknown>> | undefined): QualityInputs | null {
  if (!features) return null;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(EXAMPLE) as (keyof QualityInputs)[]) {
    const value = features[`${INPUT_PREFIX}${key}`] ?? LATER[key];
    if (typeof value !== typeof EXAMPLE[key]) return null;
    out[key] = value;
  }
  return out as unknown as QualityInputs;
}


// What every card builder needs to know about one article: its analysis, which sentences may
// carry a card, how important each sentence is, and the rules a card's wording must pass.
import type { AnalyzedText, Entity, Mention, Sentence } from '../nlp/index.js';
import { PRONOUNS, SPEECH_VERBS } from '../nlp/index.js';
import type { Block } from '../../shared/types.js';
import { looksLikeCaption } from '../parse/cleanup/captions.js';
import { hasLeftoverMarker, isCaptionRunOn, isCorrection, isPictureLine, isReference, isTeaser } from './sentence-rules.js';
import type { AnswerType, CardKind } from './types.js';
import { endsWithStop, isPunctuationMark, wordCount } from './words.js';

export const MIN_WORDS = 8;
export const MAX_WORDS = 45;

/** A card before ranking and selection. */
export interface Draft {
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly choices?: readonly string[];
  readonly cloze?: string;
  /** For a cloze that may become a choice card: the four options, or null when no three sound distractors exist. */
  readonly makeChoices?: () => readonly string[] | null;
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
  /** A sentence from a paragraph, of study length, whole (not a fragment), not a question or caption. */
  readonly eligible: (s: Sentence) => boolean;
  /** Sentences that mention an entity (by canonical name), for "is this also correct?" checks. */
  readonly sentencesOf: (canonical: string) => ReadonlySet<number>;
  /** Words of the article's multi-word names: "Webb" alone is part of "Tyrone Webb", never a whole answer. */
  readonly nameWords: ReadonlySet<string>;
  /** Names seen at least once inside a sentence, where a capital means a name. */
  readonly midSentence: ReadonlySet<string>;
  /** The article's title ("" when none). */
  readonly title: string;
  /** The article writes this word in lower case somewhere (a common word, not only a name). */
  readonly writtenLower: (word: string) => boolean;
  /** The article's own subject: the answer is its topic word or its most-named entity, guessed without reading. */
  readonly isTopic: (answer: string, entity?: Entity) => boolean;
  /**
   * Key terms found by lighter repetition (answers.ts): 'phrases' on a text about concepts (few
   * names), a phrase in two sentences; 'terms' when the strict rules found almost no card, a
   * single technical noun too.
   */
  readonly relaxed?: 'phrases' | 'terms';
  /** In the relaxed pass of an expository concept passage (concept-text.ts): its main clauses' noun phrases are answers too. */
  readonly concept?: boolean;
  /** A reference text (reference-prose.ts): its main clauses' noun phrases, subject included, are answers too. */
  readonly reference?: boolean;
}

/** A title or party tag a splitter wrongly ends a sentence on: "Rep.", "R-W.". */
const ABBREVIATION_END = /(?:^|[\s(])(?:Rep|Sen|Gov|Gen|Capt|Prof|Dr|Mr|Mrs|Ms|Lt|Col|Sgt|St)\.$|-[A-Z]\.$/u;
/** An initial or a short capitalised label ("D.C.", "W.", "ID."): a sentence end only when what follows reads like a new sentence. */
const INITIAL_END = /(?:^|[\s(.])(?:[A-Z]|[A-Z]{2,3})\.$/u;
/** "Corin Ashdale is a senior editor at GADGETLY covering …": the author's bio line, not the story. */
const AUTHOR_BIO = /^(?:[A-Z][\p{L}'’.-]+\s){1,3}is an?\s(?:[\p{L}-]+\s){0,3}(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|producer)\b(?:\s(?:at|for|with)\b)?/iu;
/** A sales pitch left in the page: "Join CLUBPASS.", "Get access to … for as little as Rs 450". */
const PROMO = /^(?:If you (?:enjoyed|liked|like|value)\b|(?:Join|Subscribe|Sign up|Get access|Click|Download|Register|Follow us|Support us|Donate)\b)/i;
/** "… is out now", "available now on …": a plug for a book or a product, not the story. */
const PLUG = /\b(?:is|are) (?:out|available) now\b|\bon sale now\b/i;
/** "WASHINGTON (Reuters) - …": a wire dateline opens the sentence; what follows is a lede fused with a label. */
const DATELINE = /^[A-Z][A-Z .,'-]{2,}\s*\((?:Reuters|AP|AFP|CNN|UPI|Bloomberg|dpa)\)\s*[-–—]/;
const isPromo = (text: string): boolean => PROMO.test(text) || PLUG.test(text) || DATELINE.test(text) || text.includes('for as little as');
/** A piece left after such a split: "Va., visited …". */
const ABBREVIATION_START = /^(?:[A-Z][a-z]{0,4}\.)+,/u;

/** Quotation marks open and close within the sentence (a quote opened earlier makes it a fragment). */
export function quotesBalanced(text: string): boolean {
  let open = 0;
  let close = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open++;
    else if (c === 0x201d) close++;
    else if (c === 0x22) straight++;
  }
  return open === close && straight % 2 === 0;
}

export { wordCount } from './words.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'that']);
const OPENING = /^[“"‘'(\s]+/;

/**
 * True when a pronoun stands as the sentence's subject ("He also recalled…", "…,” he said.").
 * With `speakerOnly`, only the speaker of a quote counts (an opening pronoun is given context instead).
 */
export function hasPronounSubject(s: Sentence, speakerOnly = false): boolean {
  const firstWord = s.tokens.find((t) => !OPENING.test(t.text));
  if (!speakerOnly && firstWord && SUBJECT_PRONOUNS.has(firstWord.text.toLowerCase())) return true;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // No subject pronoun is longer than five letters: most tokens are passed without lower-casing them.
    // "…, it continued to evolve", "they added to the pile": a verb of saying followed by "to" says nothing.
    if (t.text.length <= 5 && SUBJECT_PRONOUNS.has(t.text.toLowerCase()) && SPEECH_VERBS.has(s.tokens[i + 1]?.text.toLowerCase() ?? '') && s.tokens[i + 2]?.text.toLowerCase() !== 'to') return true;
  }
  return false;
}

const EMPTY: ReadonlySet<number> = new Set();
/** Parts of speech that carry a sentence's content, for its score. */
const SCORED_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

export function buildContext(analysis: AnalyzedText, blocks: readonly Block[], title = ''): CardContext {
  const bySentence = new Map<number, Mention[]>();
  for (const m of analysis.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const lastBlock = Math.max(1, blocks.length - 1);
  const sentenceScore = analysis.sentences.map((s) => {
    // One pass over the tokens, no array of the content ones (this runs on every sentence).
    let content = 0;
    let sum = 0;
    for (const t of s.tokens) {
      if (t.stop || !SCORED_POS.has(t.pos)) continue;
      content++;
      sum += Math.min(analysis.lemmaCounts.get(t.lemma) ?? 1, 6) / 6;
    }
    if (content === 0) return 0;
    const salience = sum / content;
    const mentions = bySentence.get(s.index) ?? [];
    const facts = Math.min(3, mentions.filter((m) => m.type !== 'name').length) * 0.12;
    const position = 1 - 0.25 * (s.block / lastBlock);
    return (0.5 + salience + facts) * position;
  });
  const sentencesByEntity = new Map<string, Set<number>>();
  for (const m of analysis.mentions) {
    let set = sentencesByEntity.get(m.canonical);
    if (!set) sentencesByEntity.set(m.canonical, (set = new Set()));
    set.add(m.sentence);
  }
  const midSentence = new Set<string>();
  // Whether each sentence is prose, tested once per sentence rather than once per mention.
  const prose = new Map<number, boolean>();
  for (const m of analysis.mentions) {
    // Sentences of paragraphs only: a title-case heading or link line capitalises every word.
    const sentence = analysis.sentences[m.sentence]!;
    const prev = sentence.tokens[m.tokenStart - 1];
    if (!prev || /^[“"‘'(\[—–:-]$/.test(prev.text)) continue;
    let isProse = prose.get(m.sentence);
    if (isProse === undefined) prose.set(m.sentence, (isProse = blocks[sentence.block]?.type === 'paragraph' && /[.!?…][”"’')]*$/u.test(sentence.text)));
    if (isProse) midSentence.add(m.canonical);
  }
  const nameWords = new Set<string>();
  for (const e of analysis.entities.values()) {
    const words = e.canonical.split(' ');
    if (words.length > 1) for (const w of words) nameWords.add(w);
  }
  const sentences = analysis.sentences;
  /** Cut by the splitter at an abbreviation, on either side. */
  const fragment = (s: Sentence): boolean => {
    const prev = sentences[s.index - 1];
    const next = sentences[s.index + 1];
    // Goes on mid-sentence: lower case, a bare figure ("5 diesel buses"), or a name in capitals followed by lower case.
    const continues = (t: Sentence) => ABBREVIATION_START.test(t.text) || /^[\p{Ll}]|^\d+\s+\p{Ll}|^[A-Z]{2,}(?:\s+[A-Z0-9][\p{L}\d]*)*\s+\p{Ll}/u.test(t.text);
    if (ABBREVIATION_START.test(s.text) || (prev?.block === s.block && ABBREVIATION_END.test(prev.text))) return true;
    if (prev?.block === s.block && INITIAL_END.test(prev.text) && continues(s)) return true;
    return next?.block === s.block && (ABBREVIATION_END.test(s.text) || (INITIAL_END.test(s.text) && continues(next)));
  };
  const eligibleCache = new Map<number, boolean>();
  // A paragraph is a teaser or not once, whichever of its sentences asks.
  const teasers = new Map<number, boolean>();
  const teaserBlock = (block: number): boolean => {
    let known = teasers.get(block);
    if (known === undefined) teasers.set(block, (known = isTeaser(blocks[block]!.text)));
    return known;
  };
  const spreadCache = new Map<string, number>();
  // All sentences in one lower-case string: a word's spread is the whole-word hits in it, each
  // mapped back to its sentence by offset.
  const lowered = analysis.sentences.map((s) => s.text.toLowerCase());
  const joined = lowered.join('\n');
  const starts: number[] = [];
  lowered.reduce((at, text) => (starts.push(at), at + text.length + 1), 0);
  // Where each word (a maximal run of word characters) of `joined` starts, built on first use:
  // a whole-word hit of a key that opens with a word character starts exactly where the key's
  // first word stands whole, so only those offsets are checked instead of scanning the text
  // once per key (termAnswers asks for hundreds of keys per article).
  let wordStarts: Map<string, number[]> | undefined;
  // The text as written (case kept), joined on first use: few sentences ask for it.
  let original: string | undefined;
  const wordIndex = (): Map<string, number[]> => {
    if (wordStarts) return wordStarts;
    wordStarts = new Map();
    let at = -1;
    for (let i = 0; i <= joined.length; i++) {
      const word = i < joined.length && isWordUnit(joined, i);
      if (word && at < 0) at = i;
      else if (!word && at >= 0) {
        const w = joined.slice(at, i);
        const list = wordStarts.get(w);
        if (list) list.push(at);
        else wordStarts.set(w, [at]);
        at = -1;
      }
    }
    return wordStarts;
  };
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const topic = topicOf(analysis, title);
  const topicCache = new Map<string, boolean>();
  const lowerCache = new Map<string, boolean>();
  return {
    analysis,
    blocks,
    isTopic: (answer, entity) => {
      if (entity && topic.entity && entity.canonical === topic.entity) return true;
      const known = topicCache.get(answer);
      if (known !== undefined) return known;
      const words = answer.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w));
      // One word: the title's or one of the two most used nouns. Several: all from the title ("Tarrow Basin" is not "Tarrow").
      const pool = words.length === 1 ? topic.words : topic.titleWords;
      const isTopic = words.length > 0 && words.every((w) => pool.has(stem(w)));
      topicCache.set(answer, isTopic);
      return isTopic;
    },
    totalNames: analysis.mentions.filter((m) => m.type !== 'date' && m.type !== 'number').length,
    spread: (word) => {
      const key = word.toLowerCase();
      let n = spreadCache.get(key);
      if (n === undefined) {
        // Whole-word hits, in text order.
        const hits: number[] = [];
        let first = 0;
        while (first < key.length && isWordUnit(key, first)) first++;
        if (first > 0) {
          for (const at of wordIndex().get(key.slice(0, first)) ?? []) {
            if (joined.startsWith(key, at) && !(at + key.length < joined.length && isWordUnit(joined, at + key.length))) hits.push(at);
          }
        } else {
          for (let at = key ? joined.indexOf(key) : -1; at >= 0; at = joined.indexOf(key, at + 1)) {
            const before = joined.charAt(at - 1);
            const after = joined.charAt(at + key.length);
            if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) hits.push(at);
          }
        }
        // Hits in text order have their sentences in order too: count each sentence once.
        n = 0;
        let last = -1;
        for (const at of hits) {
          const sentence = sentenceAt(at);
          if (sentence !== last) (n += 1), (last = sentence);
        }
        spreadCache.set(key, n);
      }
      return n;
    },
    writtenLower: (word) => {
      const key = word.toLowerCase();
      let known = lowerCache.get(key);
      if (known === undefined) {
        original ??= analysis.sentences.map((s) => s.text).join('\n');
        lowerCache.set(key, (known = containsLowerWord(original, key)));
      }
      return known;
    },
    mentionsOf: (i) => bySentence.get(i) ?? [],
    sentencesOf: (canonical) => sentencesByEntity.get(canonical) ?? EMPTY,
    nameWords,
    midSentence,
    title,
    entityOf: (m) => analysis.entities.get(m.canonical),
    sentenceScore,
    eligible: (s) => {
      let known = eligibleCache.get(s.index);
      if (known === undefined) eligibleCache.set(s.index, (known = isEligible(s)));
      return known;
    },
  };
  function isEligible(s: Sentence): boolean {
    if (blocks[s.block]?.type !== 'paragraph') return false;
    // A fragment the splitter cut off ("who mentioned …") is not a sentence to study.
    if (!/^[“"‘'(]?[\p{Lu}\p{N}]/u.test(s.text)) return false;
    // A line without final punctuation is a caption, a source line or a heading in disguise.
    if (!endsWithStop(s.text)) return false;
    // The length and the question mark first: the cheapest tests.
    const words = wordCount(s.text);
    if (words < MIN_WORDS || words > MAX_WORDS || s.text.trimEnd().endsWith('?')) return false;
    if (!quotesBalanced(s.text) || fragment(s) || looksLikeCaption(s.text) || AUTHOR_BIO.test(s.text) || isPromo(s.text)) return false;
    // A caption run into the body, or a cut-off teaser of another article, is no sentence to study.
    if (isCaptionRunOn(s.text) || hasLeftoverMarker(s.text) || teaserBlock(s.block)) return false;
    return !isReference(s.text) && !isCorrection(s.text) && !isPictureLine(s.text) && !tableRow(s);
  }
}

/**
 * A row of a table written as a line ("DL Myles Garrett 57 77% 1 tackle (1 combined)."): two
 * figures side by side, one per column, and not one article or preposition — no sentence of
 * prose. Blanks in it are cells, read without their column's heading.
 */
function tableRow(s: Sentence): boolean {
  const tokens = s.tokens;
  let adjacent = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'DET' || t.pos === 'ADP') return false;
    const next = tokens[i + 1];
    if (next && /^\d[\d,.]*$/.test(t.text) && /^\d[\d,.]*$/.test(next.text)) adjacent = true;
  }
  return adjacent;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'from', 'de']);
/** "landers" and "lander" are one word for the topic test. */
const stem = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/**
 * What the article is about: the content words of its title, its two most used nouns, and the
 * name it mentions far more than any other. Blanking these tests nothing a reader learned.
 */
function topicOf(analysis: AnalyzedText, title: string): { words: ReadonlySet<string>; titleWords: ReadonlySet<string>; entity?: string } {
  const titleWords = new Set<string>();
  for (const w of title.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 1 && !FUNCTION_WORDS.has(w)) titleWords.add(stem(w));
  const words = new Set(titleWords);
  const nouns = new Map<string, number>();
  for (const s of analysis.sentences) {
    for (const t of s.tokens) {
      if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || t.stop) continue;
      const w = stem(t.text.toLowerCase());
      nouns.set(w, (nouns.get(w) ?? 0) + 1);
    }
  }
  const top = [...nouns].filter(([, n]) => n >= 4).sort((a, b) => b[1] - a[1]).slice(0, 2);
  for (const [w] of top) words.add(w);
  const names = [...analysis.entities.values()].sort((a, b) => b.count - a.count);
  const total = names.reduce((n, e) => n + e.count, 0);
  const first = names[0];
  const second = names[1]?.count ?? 0;
  // The most named entity, when clearly ahead: Coty in a piece on Coty, the congresswoman threatened in a piece on the threat.
  const entity = first && first.count >= 3 && first.count >= 1.25 * second && first.count / total >= 0.08 ? first.canonical : undefined;
  return entity ? { words, titleWords, entity } : { words, titleWords };
}

/** `WORD_CHAR.test(text.charAt(i))`, with ASCII answered without the regex. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return !isPunctuationMark(c) && WORD_CHAR.test(text.charAt(i));
}

/** `needle` (lowercase) occurs in `haystack` (lowercase) as whole words. */
export function containsLowerWord(haystack: string, needle: string): boolean {
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
    at = haystack.indexOf(needle, at + 1);
  }
  return false;
}

/** Whole-word, case-insensitive occurrence. */
export function containsWord(haystack: string, needle: string): boolean {
  const key = needle.trim().toLowerCase();
  return key !== '' && containsLowerWord(haystack.toLowerCase(), key);
}

/**
 * The forms of an answer that must not appear on the card's front: the answer itself, every
 * alias of its entity, and each longer word of a multi-word name ("Blinken" for "Antony Blinken").
 */
export function giveaways(answer: string, entity?: Entity): string[] {
  const forms = new Set<string>([answer]);
  for (const alias of entity?.aliases ?? []) forms.add(alias);
  if (entity) forms.add(entity.canonical);
  // A person's surname alone gives them away; a place's word does not ("Tarrow" beside "[Upper Tarrow]").
  if (entity?.type === 'person') for (const form of [...forms]) {
    const words = form.split(/\s+/);
    if (words.length > 1) for (const w of words) if (w.length >= 3 && /^[A-Z]/.test(w) && !PRONOUNS.has(w.toLowerCase())) forms.add(w);
  }
  // A name of three words or more whose tail the front writes: "also known as the [Littlewoods FA
  // Charity Shield]" beside "the 74th FA Charity Shield" (both set R judges: gives-away).
  const words = answer.trim().split(/\s+/);
  if (words.length >= 3 && words.every((w) => /^[\p{Lu}\d]/u.test(w))) forms.add(words.slice(1).join(' '));
  // … and the name inside a phrase ("the [city of Cedar Rapids]" on a card about the Cedar Rapids Ice Arena; both set S judges).
  else if (/^\p{Ll}/u.test(answer)) for (const m of answer.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu)) forms.add(m[0]);
  return [...forms];
}

export function givesAway(front: string, answer: string, entity?: Entity): boolean {
  // containsWord for each form, with the front lowercased once.
  const lower = front.toLowerCase();
  return giveaways(answer, entity).some((form) => {
    const key = form.trim().toLowerCase();
    return key !== '' && containsLowerWord(lower, key);
  });
}

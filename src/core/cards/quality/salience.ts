// How tied a card's answer and its sentence are to what the article is about (issue 14's
// "trivia": a blank on a peripheral slot while the story goes untested). Two article-level
// measures, general to any text rather than patterns of one:
//
//   sideName     the answer names someone or something the article mentions in this sentence only
//                and never in its title or lead: a running back the ball was thrown to, a stopover
//                country, a commentator's employer — a walk-on, not a part of the story.
//   leadOverlap  how many content words the sentence (without its answer) shares with the title
//                and the lead (the first paragraph, at most three sentences): a sentence on the
//                story's own people and things, rather than an aside, an anecdote or background.
import { normWords } from '../words.js';
import { splitSentences } from './sentence-split.js';

/** What every card of an article is measured against, built once per article. */
/** The part of an article's block the facts are read from. */
export interface ArticleBlock {
  readonly type: string;
  readonly text: string;
}

export interface SalienceFacts {
  /** For each word, the number of the article's sentences that hold it. */
  readonly sentencesWith: ReadonlyMap<string, number>;
  /** Content words (stemmed) of the title and the lead (the first paragraph's first sentences). */
  readonly lead: ReadonlySet<string>;
  /** The lead's normalised text, padded with spaces, for whole-answer tests. */
  readonly leadText: string;
  /**
   * The paragraphs' normalised text (norm of them joined), padded with a space each side: the
   * words counted above in order, so the quality inputs need no second normalisation of the text.
   */
  readonly body: string;
}

// Function words and the reporting verbs every news sentence has: sharing them ties nothing.
const STOP = new Set(
  ('the a an of in on at to for and or by with from as is was were are be been being that this its their his her it ' +
    'said says say told has have had will would could should can may might not but also more than which who whom whose ' +
    'when where they them there these those into over about after before other some such only just most very what your ' +
    'you our out one two new year years time first last').split(' '),
);

/** At most this many sentences of the first paragraph make the lead. */
const LEAD_SENTENCES = 3;

/** A word's stem for overlap: plural and tense endings off ("landers" and "lander" are one). */
function stem(word: string): string {
  // The ending /(?:ing|ed|es|s)$/ tested without a RegExp: stemming runs on every word of every card's sentence.
  if (word.length <= 4) return word;
  if (word.endsWith('ing')) return word.slice(0, -3);
  if (word.endsWith('ed') || word.endsWith('es')) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function contentWords(text: string): string[] {
  return normWords(text)
    .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d/u.test(w))
    .map(stem);
}

/** The facts of an article: its paragraphs (in order) and its title. */
export function salienceFacts(title: string, paragraphs: readonly string[]): SalienceFacts {
  // Sentences split at a stop, then a capital or an opening quote (splitSentences): mentions need
  // no exact sentence boundaries, only a count of separate places the article names something.
  // A word counts once per sentence: each word's count and the number of the sentence that last
  // counted it, in one entry (one Map lookup per word rather than a Set per sentence).
  const counts = new Map<string, { n: number; last: number }>();
  // The sentences are cut at whitespace, so their words in order are the paragraphs' words.
  const words: string[] = [];
  let sentence = 0;
  for (const paragraph of paragraphs)
    for (const text of splitSentences(paragraph)) {
      sentence++;
      for (const w of normWords(text)) {
        words.push(w);
        const entry = counts.get(w);
        if (entry === undefined) counts.set(w, { n: 1, last: sentence });
        else if (entry.last !== sentence) (entry.n++, (entry.last = sentence));
      }
    }
  const sentencesWith = new Map<string, number>();
  for (const [w, { n }] of counts) sentencesWith.set(w, n);
  // The lead is the first paragraph, but at most its first sentences: a text whose breaks were
  // lost is one paragraph, and a lead of the whole text would tie everything to it.
  const opening = splitSentences(paragraphs[0] ?? '').slice(0, LEAD_SENTENCES);
  const leadSource = `${title} ${opening.join(' ')}`;
  return { sentencesWith, lead: new Set(contentWords(leadSource)), leadText: ` ${normWords(leadSource).join(' ')} `, body: ` ${words.join(' ')} ` };
}

const factsByBlocks = new WeakMap<readonly ArticleBlock[], { readonly title: string; readonly facts: SalienceFacts }>();

/**
 * salienceFacts of an article's paragraph blocks, made once per blocks array and title: the
 * generator's walk-on weighting (select.ts) and the quality inputs (features.ts) read the same
 * facts, and each building them cost a normalisation of every sentence. Like features.ts's own
 * facts, this assumes a blocks array is not changed once cards are made from it.
 */
export function salienceFactsOf(title: string, blocks: readonly ArticleBlock[]): SalienceFacts {
  const known = factsByBlocks.get(blocks);
  if (known !== undefined && known.title === title) return known.facts;
  const facts = salienceFacts(title, blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
  factsByBlocks.set(blocks, { title, facts });
  return facts;
}

const MONTH_OR_DAY =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?$/iu;

/**
 * A name: ends on a capitalised word ("Ada Quill", "the nurse Ellen Marsh") and holds no digit or
 * month (a date or figure is not someone).
 */
function isName(answer: string): boolean {
  const words = answer.split(/\s+/u);
  return /^\p{Lu}/u.test(words.at(-1) ?? '') && !/\d/u.test(answer) && !words.some((w) => MONTH_OR_DAY.test(w));
}

/** Where a name's head ends: "Office of Western Medicine" is an office, "X and Y" two names. */
const CONNECTOR = new Set(['of', 'for', 'and', 'de', 'del', 'on', 'in', 'at', 'to', 'the']);

/** Times the article names something: by its head word, or by its initials ("European Union": EU). */
function mentions(words: readonly string[], facts: SalienceFacts): { count: number; inLead: boolean } {
  const cut = words.findIndex((w, i) => i > 0 && CONNECTOR.has(w));
  const core = (cut > 0 ? words.slice(0, cut) : words).filter((w) => w.length > 1);
  const head = core.at(-1);
  const initials = core.length > 1 ? core.map((w) => w[0]).join('') : '';
  const keys = [head, initials].filter((k): k is string => k !== undefined && k.length > 1);
  return {
    count: Math.max(0, ...keys.map((k) => facts.sentencesWith.get(k) ?? 0)),
    inLead: keys.some((k) => facts.leadText.includes(` ${k} `)),
  };
}

/** Escapes a text for use inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The name is the doer of its sentence's event, after "by" ("popularised by the biologist X",
 * "designed by X"): who did it is then the sentence's point, however rarely the text names them.
 */
function isAgent(answer: string, sentence: string): boolean {
  // The pattern needs both "by " and the answer as they stand: most sentences have neither, and
  // building a RegExp for every card was most of this module's time.
  if (!sentence.includes('by ') || !sentence.includes(answer)) return false;
  return new RegExp(`\\bby (?:(?:the|a|an) )?(?:[\\p{Ll}-]+ ){0,2}${literal(answer)}`, 'u').test(sentence);
}

/**
 * The answer names someone or something the article mentions in one sentence only, and neither
 * its title nor its lead names: its head word (a surname, an organisation's noun) or its initials
 * are counted, so "Mark Diffley" later called "Diffley" is mentioned twice, and the "European
 * Union" of a text that says "EU" is no walk-on. Given its sentence, the doer named after "by" is
 * no walk-on either.
 */
export function sideName(answer: string, facts: SalienceFacts, sentence = ''): boolean {
  const trimmed = answer.trim();
  // The agent test builds a RegExp, so it is asked last, of the few names the counts leave as walk-ons.
  return walkOnName(trimmed, facts) && !isAgent(trimmed, sentence);
}

/** walkOnName's answers by article: many drafts and cards blank the same name. */
const walkOns = new WeakMap<SalienceFacts, Map<string, boolean>>();

/** The (trimmed) answer is a name the article mentions once, and not in its title or lead; its sentence aside. */
function walkOnName(trimmed: string, facts: SalienceFacts): boolean {
  let known = walkOns.get(facts);
  if (!known) walkOns.set(facts, (known = new Map()));
  let walkOn = known.get(trimmed);
  if (walkOn === undefined) known.set(trimmed, (walkOn = countsAsWalkOn(trimmed, facts)));
  return walkOn;
}

function countsAsWalkOn(trimmed: string, facts: SalienceFacts): boolean {
  if (!isName(trimmed)) return false;
  const words = normWords(trimmed);
  if (words.length === 0) return false;
  const { count, inLead } = mentions(words, facts);
  // Named in the title or the lead (this sentence may be the lead): part of the story.
  return !inLead && count <= 1;
}

/** Content words of the sentence, its answer left out, that the title or the lead also holds. */
export function leadOverlap(answer: string, sentence: string, facts: SalienceFacts): number {
  const answerWords = new Set(contentWords(answer));
  let shared = 0;
  for (const w of new Set(contentWords(sentence))) if (!answerWords.has(w) && facts.lead.has(w)) shared++;
  return shared;
}

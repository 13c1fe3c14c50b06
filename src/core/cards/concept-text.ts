// Whether a text is about concepts (a process, a theory, a doctrine) rather than actors: it names
// fewer people, places and bodies than it has sentences. The strict card rules are built around
// names, numbers and cue words; such a text gets a relaxed second pass (index.ts, answers.ts) and
// is read as fact-dense (density.ts).
import type { Sentence } from '../nlp/index.js';
import type { CardContext } from './context.js';

/** Sentences that may carry a card: fewer and it is a snippet, not a passage. (Three: one
 * encyclopedia paragraph is often four long sentences, and at six such a passage never counted.) */
const MIN_ELIGIBLE = 3;
const NAMES_PER_SENTENCE = 1;

/** At most this share of sentences quote someone: a text that quotes people is a story about them. */
const QUOTED_SHARE = 0.1;

/**
 * Names fewer than the sentences fit for a card; or, in a text that quotes almost no one, fewer
 * than all its paragraph sentences: an encyclopedia passage's long sentences (past the card
 * length) are as much about its concepts as the short ones, and counting only the short ones made
 * a passage with many long ones look name-heavy. A story's quotes and scene-setting lines would
 * dilute its names the same way, hence the quote test.
 */
export function isConceptText(ctx: CardContext): boolean {
  const sentences = ctx.analysis.sentences;
  const eligible = sentences.filter(ctx.eligible).length;
  if (eligible < MIN_ELIGIBLE) return false;
  if (isStory(ctx)) return false;
  if (ctx.totalNames < NAMES_PER_SENTENCE * eligible) return true;
  const prose = sentences.filter((s) => ctx.blocks[s.block]?.type === 'paragraph');
  const quoted = prose.filter((s) => /[“”"]/.test(s.text)).length;
  return quoted <= QUOTED_SHARE * prose.length && realNames(ctx) < NAMES_PER_SENTENCE * prose.length;
}

/**
 * Names, without the untyped ones that only open a sentence ("Engineers studied …", "Loose sand
 * is …"): the tagger takes a common word capitalised by the sentence start for a name, and a
 * passage about concepts opens most sentences on one.
 */
function realNames(ctx: CardContext): number {
  return ctx.analysis.mentions.filter((m) => m.type !== 'date' && m.type !== 'number' && !(m.type === 'name' && m.tokenStart === 0 && !ctx.midSentence.has(m.canonical))).length;
}

/** Words that report what someone said or announced: a story's, not an explanation's. */
const REPORTING = /\b(?:said|says|told|tells|according to|reported|announced|tweeted|wrote|explained)\b/i;
const QUOTES = /[“”"]/;
/** First or second person: a writer or a reader in the text (a review, a column, a how-to of one's own). */
const PERSON = /\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|us|me)\b/;
/** A day told from the writing day, a weekday or a calendar day: an event of a story. */
const DATED =
  /\b(?:yesterday|today|tonight|recently|last\s+(?:night|week|month|year)|(?:this|next)\s+(?:week|month|year)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b/;

/** More than this share of prose sentences with a story signal (reporting, quotes, person, dated day): a story. */
const STORY_SIGNAL_SHARE = 0.15;
/** More than this share of prose sentences whose first verb is past: events told, not a process explained. */
const PAST_SHARE = 0.5;
const PAST_FORMS = new Set(['was', 'were', 'had', 'did']);
const PRESENT_FORMS = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'can', 'may', 'must']);

/** Whether the sentence's first verb is past ('was', 'rose'), present ('is', 'breaks'), or neither (a modal, none). */
function tenseOf(s: Sentence): 'past' | 'present' | null {
  const v = s.tokens.find((t) => t.pos === 'AUX' || t.pos === 'VERB');
  if (!v) return null;
  const w = v.text.toLowerCase();
  if (PAST_FORMS.has(w) || (v.pos === 'VERB' && w.endsWith('ed') && w !== v.lemma)) return 'past';
  if (PRESENT_FORMS.has(w) || (v.pos === 'VERB' && (w === v.lemma || w === `${v.lemma}s` || w === `${v.lemma}es`))) return 'present';
  return null;
}

/**
 * A story rather than an explanation, whatever its names: it reports what people said, quotes
 * them, speaks as a writer or to a reader, dates its events by the day, or tells them mostly in the
 * past. An expository passage explains what something is or how it works in the general present.
 * A name-light news item, health story or product review passes the name test and its phrases
 * are filler.
 */
function isStory(ctx: CardContext): boolean {
  const prose = ctx.analysis.sentences.filter((s) => ctx.blocks[s.block]?.type === 'paragraph' && s.tokens.length >= 6);
  if (prose.length === 0) return false;
  // Counted only until the share is passed: a story passes it within its first sentences, and the
  // four patterns on every sentence were most of this test's time.
  const enough = STORY_SIGNAL_SHARE * prose.length;
  let signalled = 0;
  for (const s of prose) {
    if (REPORTING.test(s.text) || QUOTES.test(s.text) || PERSON.test(s.text) || DATED.test(s.text)) signalled++;
    if (signalled > enough) return true;
  }
  let past = 0;
  let present = 0;
  for (const s of prose) {
    const tense = tenseOf(s);
    if (tense === 'past') past++;
    else if (tense === 'present') present++;
  }
  return past > PAST_SHARE * (past + present);
}

/** A quotation of five words or more: someone's words, not a term in scare quotes (so called "horizontal" effect). */
const SPEECH = /["“](?:[^"”\s]+\s+){4,}[^"”]*["”]/;
/** Sentences that report someone's words before a text counts as a news story (voicedStory)… */
const VOICED_SENTENCES = 2;
/** …and paragraphs it runs over. */
const STORY_PARAGRAPHS = 3;

/**
 * A story told through what people said: at least two of its sentences quote someone or report
 * speech ("said", "told", "according to"); a term in quotation marks is no one's words. An encyclopedia paragraph on a war is told in the past
 * like a story (isStory) but reports no one's words.
 */
export function voicedStory(ctx: CardContext): boolean {
  // A story runs over paragraphs; one paragraph is an excerpt (an encyclopedia passage citing a scholar).
  if (ctx.blocks.filter((b) => b.type === 'paragraph').length < STORY_PARAGRAPHS) return false;
  let voiced = 0;
  for (const s of ctx.analysis.sentences) {
    if (ctx.blocks[s.block]?.type !== 'paragraph' || !(SPEECH.test(s.text) || REPORTING.test(s.text))) continue;
    if (++voiced >= VOICED_SENTENCES) return true;
  }
  return false;
}

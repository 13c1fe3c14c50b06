// Whether a text reads like a reference work (an encyclopedia entry, a handbook's chapter): it is
// titled by its subject, and states facts about it in the third person, reporting no one. Names and tense do not
// tell it apart from a story — a history entry is full of names and told in the past — but a news
// story attributes what it says ("said", "told", "according to"), dates its events by the day, or
// speaks as a writer or to a reader. A reference passage states a fact in nearly every sentence,
// and readers are asked about its noun phrases (what a sentence defines, what causes what, who did
// it, what something is called), not only about its names and figures.
import type { Sentence, Token } from '../nlp/index.js';
import type { CardContext } from './context.js';

/** Fewer paragraph sentences than this is a snippet: too little to tell. */
const MIN_PROSE = 8;
/** At most this share of sentences attribute what they say: a reference text states it… */
const MAX_REPORTING_SHARE = 0.05;
/** …though a few may cite a source ("According to the chronicle, …") however short the entry. */
const MAX_REPORTING_FEW = 3;
/** At most this share of sentences speak as a writer or to a reader ("I", "we", "you"). */
const MAX_PERSON_SHARE = 0.2;
/** At most this share of sentences date an event by its day or from the writing day. */
const MAX_DATED_SHARE = 0.2;
/** At most this share of sentences hold dialogue: a story's characters speak, an entry does not. */
const MAX_DIALOGUE_SHARE = 0.1;
/**
 * At most this share of sentences tell what "he", "she" or "they" did: a story follows its people
 * from sentence to sentence; an entry names its subject again (a history entry is told in the past
 * too, so the tense does not tell them apart).
 */
const MAX_NARRATIVE_SHARE = 0.3;

/**
 * Words that report what someone said, wrote or claimed: a story's or a press release's ("…, he
 * added", "police warned that …"), not an entry's. Shared with answers.ts, where a sentence that
 * reports a remark gives no clause answer.
 */
export const REPORTING =
  /\b(?:said|says|told|tells|according to|reported|announced|tweeted|wrote|explained|added|warned|insisted|urged|confirmed|claimed|admitted|denied|accused|replied|asked)\b/i;
/** First or second person; not a regnal numeral ("Harald I", "Mary I of Scotland"). */
const PERSON = /(?<!\p{Lu}\p{L}*\s)\bI\b|\b(?:[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|us|me)\b/u;
/** A day told from the writing day or a weekday or a calendar day without its year ("on March 3"): a story's; "On April 12, 1612" is a history's date. */
const DATED =
  /\b(?:yesterday|today|tonight|recently|last\s+(?:night|week|month|year)|(?:this|next)\s+(?:week|month|year)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s+\d{3,4}\b))/;
/**
 * Quoted speech: a sentence that opens on a quotation ending on its own punctuation (“Come in,” she
 * said) or closes on one (She called out, “Come in!”). Not a quoted title ("Blue Moon") nor a
 * document quoted inside a sentence, as an entry quotes a creed or a ruling.
 */
const DIALOGUE = /^[“"][^“”"]{2,400}[,.!?…][”"]|[,:]\s+[“"][^“”"]{2,400}[.!?…][”"]$/;
/** A sentence that tells what a person or people did: "He sailed …", "Then she …", "…, they …". */
const NARRATIVE = /^(?:(?:[A-Z][a-z]+(?:\s+\w+){0,3},\s+)?(?:[Hh]e|[Ss]he|[Tt]hey)\s+\w+)|,\s+(?:he|she)\s+\w+/;

/** A reference entry is titled by its subject: a short noun phrase ("Prime number", "University of Tarrow"). */
const MAX_TITLE_WORDS = 5;
/** …which the text keeps naming: its head word in at least this many sentences. */
const MIN_TITLE_SENTENCES = 3;
/** "World War II", "Henry VIII": a numeral after the head. */
const ROMAN = /^[IVXLC]+$/;

/**
 * The title's subject, without a site's name after a separator ("Prime number - Encyclopedia"), a
 * subtitle ("Salt: a history"), a bracket ("Salt War (1612–1615)"); and its head word, lower
 * case: the first noun before "of" ("Siege of Dunmere" → siege), else the last word that is no
 * numeral ("World War II" → war), without a plural's s ("Prime numbers", not "gas", "virus").
 */
export function titleSubject(title: string): { words: string[]; head: string } | null {
  const subject = title.split(/\s+[-–—|]\s+|:\s+/)[0]!.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
  const words = subject.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const of = words.findIndex((w, i) => i > 0 && /^of$/i.test(w));
  const body = of > 0 ? words.slice(0, of) : words;
  const content = body.filter((w) => !ROMAN.test(w) && !/^\d+$/.test(w));
  const last = content.at(-1);
  if (!last) return null;
  let head = last.toLowerCase().replace(/['’]s$/, '');
  if (head.length > 4 && /[^su]s$/.test(head)) head = head.slice(0, -1);
  return { words, head };
}

/**
 * The title names a subject, as an entry's does, rather than telling a story as a headline does:
 * a few words, no verb-like punctuation, its head word named again and again in the text.
 */
function subjectTitle(ctx: CardContext): boolean {
  const subject = titleSubject(ctx.title);
  if (!subject) return false;
  const { words, head } = subject;
  if (words.length > MAX_TITLE_WORDS || /[!?;"“”]/.test(words.join(' ')) || !words.every((w) => /^[\p{L}\d][\p{L}\d.'’-]*$/u.test(w))) return false;
  if (head.length < 3 || !/^\p{L}[\p{L}.'’-]*$/u.test(head)) return false;
  const named = new RegExp(`\\b${head.replace(/[.'’-]/g, '\\$&')}(?:s|es)?\\b`, 'i');
  return ctx.analysis.sentences.filter((x) => ctx.blocks[x.block]?.type === 'paragraph' && named.test(x.text)).length >= MIN_TITLE_SENTENCES;
}

export function isReferenceProse(ctx: CardContext): boolean {
  if (!subjectTitle(ctx)) return false;
  const prose = ctx.analysis.sentences.filter((s) => ctx.blocks[s.block]?.type === 'paragraph' && s.tokens.length >= 6);
  if (prose.length < MIN_PROSE) return false;
  const count = (re: RegExp): number => prose.filter((s) => re.test(s.text)).length;
  const share = (re: RegExp): number => count(re) / prose.length;
  return (
    count(REPORTING) <= Math.max(MAX_REPORTING_FEW, MAX_REPORTING_SHARE * prose.length) &&
    share(PERSON) <= MAX_PERSON_SHARE &&
    share(DATED) <= MAX_DATED_SHARE &&
    share(DIALOGUE) <= MAX_DIALOGUE_SHARE &&
    share(NARRATIVE) <= MAX_NARRATIVE_SHARE
  );
}

/** Words a subject may open on that point back or stand for something named before: no term then. */
const POINTING = /^(?:this|these|that|those|it|its|their|his|her|they|he|she|such|which|who|one|some|many|most|all|each|both|other|others|another|several|any|no)$/i;
/** Words a subject phrase skips at its start. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** At most this many words in a subject phrase: longer, it is a description, not a term to recall. */
const MAX_SUBJECT_WORDS = 6;
/** An opening phrase before the subject ("In 1993,", "Over time,") is at most this many tokens. */
const MAX_OPENER = 6;

const isWordy = (t: Token | undefined): boolean => !!t && /^[\p{L}][\p{L}'’]*$/u.test(t.text);
const isContent = (t: Token | undefined): boolean => !!t && /^(?:ADJ|NOUN|PROPN)$/.test(t.pos) && isWordy(t) && !t.stop;
const isNoun = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
/** "lipid-bilayer", "Miller–Rabin": a dash with no space either side joins two words into one. */
const innerDash = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  return !!t && /^[-–]$/.test(t.text) && i > 0 && t.start === tokens[i - 1]!.end && tokens[i + 1]?.start === t.end && isWordy(tokens[i + 1]);
};

/** "… that surround", "… which shelter": a relative clause opens at token i (its verb may be tagged a noun, "that shelter/NOUN the harbour"). */
const relativeClause = (tokens: readonly Token[], i: number): boolean =>
  /^(?:that|which|who)$/i.test(tokens[i]?.text ?? '') && (/^(?:VERB|AUX|ADV)$/.test(tokens[i + 1]?.pos ?? '') || (tokens[i + 1]?.pos === 'NOUN' && tokens[i + 2]?.pos === 'DET'));

/** "The mixing layer [controls] how much …": a word in -s after a noun, before a word no noun phrase goes on with, is a verb the tagger took for a plural. */
const missedVerb = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.pos === 'NOUN' &&
  /[^s]s$/.test(tokens[i]!.text) &&
  isNoun(tokens[i - 1]) &&
  /^(?:DET|ADV|PRON|SCONJ)$/.test(tokens[i + 1]?.pos ?? '') &&
  // "The inner [membranes] that surround …": a plural noun with its relative clause.
  !relativeClause(tokens, i + 1);

/**
 * The end (exclusive) of the noun phrase a sentence opens on at token a: content words, a count
 * ("two innermost membranes"), a possessive name ("Brandt's law"), words joined by a dash, one
 * "of" join ("the theorem of arithmetic"); it ends on a noun. -1 when there is none.
 */
function subjectEnd(tokens: readonly Token[], a: number): number {
  let b = a;
  let joined = false;
  let words = 0;
  while (b < tokens.length && words < MAX_SUBJECT_WORDS) {
    const t = tokens[b]!;
    if (isContent(t) || (b === a && t.pos === 'NUM' && /^(?:two|three|four|five|six|seven|eight|nine|ten)$/i.test(t.text))) (b++, words++);
    else if (innerDash(tokens, b) && b > a) b += 2;
    // "Brandt's law": a possessive inside a name of a rule or a work.
    else if (/^['’]s$/.test(t.text) && b > a && tokens[b - 1]!.pos === 'PROPN' && isContent(tokens[b + 1])) b++;
    else if (!joined && t.text === 'of' && b > a && isNoun(tokens[b - 1]) && (isContent(tokens[b + 1]) || (ARTICLES.has(tokens[b + 1]?.text.toLowerCase() ?? '') && isContent(tokens[b + 2])))) {
      joined = true;
      b += ARTICLES.has(tokens[b + 1]!.text.toLowerCase()) ? 2 : 1;
    } else break;
  }
  if (b - a > 1 && missedVerb(tokens, b - 1)) b--;
  while (b > a && !isNoun(tokens[b - 1])) b--;
  if (b === a) return -1;
  return b;
}

/** Words after which a word in -s is a noun rather than a verb: "the salt works [near] Brill" (and a relative clause: "the water works [that supplied]"). */
const AFTER_NOUN = /^(?:near|of)$/i;
/** …or "in", "at", "on" where a verb still follows: "The salt works in Brill [were] closed". */
const AFTER_NOUN_PLACE = /^(?:in|at|on)$/i;
const FINITE = /^(?:is|are|was|were|has|have|had|did|does|do|can|could|will|would|may|might|must|should)$/i;

/**
 * "The royal water [works] that supplied …": a word in -s the tagger took for a verb is the end of
 * a compound noun when what follows is a relative clause or a place rather than an object. The
 * subject would be cut in half; the sentence gets no subject answer.
 */
function compoundNoun(tokens: readonly Token[], v: number): boolean {
  if (!/[^s]s$/.test(tokens[v]!.text)) return false;
  const next = tokens[v + 1]?.text ?? '';
  if (AFTER_NOUN.test(next) || relativeClause(tokens, v + 1)) return true;
  if (!AFTER_NOUN_PLACE.test(next)) return false;
  for (let k = v + 2; k < tokens.length && tokens[k]!.text !== ',' && !/^(?:that|which|who)$/i.test(tokens[k]!.text); k++) if (FINITE.test(tokens[k]!.text)) return true;
  return false;
}

/** Words that open a clause inside a sentence; its subject follows ("…, when [two teams] sequenced …"). */
const CLAUSE_OPENERS = new Set(['when', 'because', 'while', 'whereas', 'although', 'though', 'since', 'after', 'before', 'until', 'once']);

/** The subject phrase from token a when a verb follows it (perhaps after an adverb or a "that …" clause), or -1. */
function subjectAt(tokens: readonly Token[], a: number): number {
  if (ARTICLES.has(tokens[a]?.text.toLowerCase() ?? '')) a++;
  if (!tokens[a] || POINTING.test(tokens[a]!.text) || tokens[a]!.pos === 'PRON') return -1;
  const b = subjectEnd(tokens, a);
  if (b < 0) return -1;
  // "The [river] flows …" of one plain word: a lone everyday noun is rarely the term asked for.
  if (b - a === 1 && tokens[a]!.pos !== 'PROPN' && tokens[a]!.text.length < 8) return -1;
  let v = b;
  // "… [theorem] therefore states", "… [membranes] that surround all chloroplasts correspond": the verb after an adverb or a restrictive clause.
  if (tokens[v]?.pos === 'ADV' && /ly$|^(?:therefore|also|thus|often|still|then|later|first|now)$/i.test(tokens[v]!.text)) v++;
  else if (relativeClause(tokens, v)) return b;
  const verb = tokens[v];
  if (!verb || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.text)) || missedVerb(tokens, v))) return -1;
  if (verb.pos !== 'AUX' && compoundNoun(tokens, v)) return -1;
  return b;
}

/**
 * The noun phrases that are the subjects of a sentence's clauses, when the verb follows: "The
 * [fundamental theorem of arithmetic] establishes …", "In 1990, the [Kessler effect] was named …",
 * "…, when [two survey teams] mapped …". What a reference sentence is about and asserts something
 * of — what it defines, what causes, states or compares — is what readers are asked to name. Not a
 * phrase that opens on a pointing word ("This rule", "Its members"): its referent is elsewhere.
 */
export interface SubjectSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The clause is passive ("… is carried by …"). */
  readonly passive: boolean;
}

export function subjectSpansOf(s: Sentence): SubjectSpan[] {
  const tokens = s.tokens;
  const out: SubjectSpan[] = [];
  const add = (a: number): void => {
    const b = subjectAt(tokens, a);
    if (b < 0) return;
    // "The sand … is carried by longshore currents": the verb is passive, its agent or complement carries the fact.
    const passive = /^(?:is|are|was|were|be|been|being)$/i.test(tokens[b]?.text ?? '') && tokens[b + 1]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[b + 1]!.text);
    out.push({ tokenStart: ARTICLES.has(tokens[a]!.text.toLowerCase()) ? a + 1 : a, tokenEnd: b, passive });
  };
  let a = 0;
  // "In 1993,", "Over time,": a short opening phrase without a verb, closed by a comma.
  const comma = tokens.findIndex((t) => t.text === ',');
  // A lone adverb ("However,") or a phrase closed on its noun ("In 1993,", "Long ago,"); not "Often a second, …", a phrase cut at a comma.
  if (comma > 0 && comma <= MAX_OPENER && /^(?:ADP|ADV|SCONJ)$/.test(tokens[0]!.pos) && (comma === 1 || /^(?:NOUN|PROPN|NUM|ADV)$/.test(tokens[comma - 1]!.pos)) && tokens.slice(0, comma).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')) a = comma + 1;
  add(a);
  for (let i = a + 1; i < tokens.length - 1; i++) if (CLAUSE_OPENERS.has(tokens[i]!.text.toLowerCase())) add(i + 1);
  return out;
}

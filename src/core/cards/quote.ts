// "Who said: '…'?" cards. The speaker is the named subject of the attribution, or — for "he
// said", "the diplomat stressed" — the person the surrounding text is about; no card otherwise.
import type { Mention, Sentence } from '../nlp/index.js';
import { PRONOUNS, SPEECH_VERBS } from '../nlp/index.js';
import { opensInQuote, quoteMask, quotesCommentator, relaysStory } from './answers.js';
import { containsWord, giveaways, type CardContext, type Draft } from './context.js';
import { genericQuote } from './generic-quotes.js';
import { inLead, mainPeople } from './main-actors.js';
import { quotesAcquaintance } from './speaker-asides.js';

const QUOTE_MIN_WORDS = 8;
const QUOTE_MAX_WORDS = 32;
/** A speaker among the text's three most named people, named at least this often, is one of its people. */
const QUOTED_MAIN_COUNT = 2;
const OPEN = /[“"]/;
const CLOSE = /[”"]/;

interface Attribution {
  readonly quote: string;
  /** The speaker phrase as written ("he", "the diplomat", "Blinken"). */
  readonly speaker: string;
  /** Block offsets of the speaker phrase. */
  readonly speakerStart: number;
}

function speechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}

/** `“Q,” he said.` / `“Q,” said X.` / `X said: “Q”` — the quote and who the text says spoke. */
export function findAttribution(s: Sentence): Attribution | null {
  const text = s.text;
  // Both forms need a quotation mark: most sentences have none and skip the searches below.
  if (!text.includes('"') && !text.includes('“') && !text.includes('”')) return null;
  // Quote first, attribution after: the quote may have opened in an earlier sentence.
  const close = text.search(/[”"](?=[^”"]*$)/);
  if (close > 0) {
    const openAt = text.slice(0, close).search(OPEN);
    // A quote opened in an earlier sentence: only its tail is here, not a whole claim.
    if (openAt < 0) return null;
    const quote = text.slice(openAt >= 0 ? openAt + 1 : 0, close).replace(/[,.]\s*$/, '').trim();
    const tail = text.slice(close + 1);
    // `, he said.` or `, said the minister.`
    const after = /^\s*,?\s*(?<s>[^,.;“”"]{2,60}?)\s+(?<v>[a-z]+)\s*(?:[.,;]|$)/u.exec(tail);
    const before = /^\s*,?\s*(?<v>[a-z]+)\s+(?<s>[^,.;“”"]{2,60}?)\s*(?:[.,;]|$)/u.exec(tail);
    for (const m of [after, before]) {
      const verb = m?.groups?.['v'] ?? '';
      const speaker = (m?.groups?.['s'] ?? '').trim();
      if (speechVerb(verb) && speaker && !speechVerb(speaker.split(' ')[0]!)) return { quote, speaker, speakerStart: s.start + close + 1 + tail.indexOf(speaker) };
    }
  }
  // Attribution first: `X said that “Q”.`
  const open = text.search(OPEN);
  if (open > 0) {
    const head = text.slice(0, open);
    const m = /^(?<s>[^,;“”"]{2,60}?)\s+(?<v>[a-z]+)(?:\s+that)?\s*[:,]?\s*$/u.exec(head);
    const closeAt = text.slice(open + 1).search(CLOSE);
    if (m?.groups && speechVerb(m.groups['v']!) && closeAt > 0) {
      const quote = text.slice(open + 1, open + 1 + closeAt).replace(/[,.]\s*$/, '').trim();
      return { quote, speaker: m.groups['s']!.trim(), speakerStart: s.start };
    }
  }
  return null;
}

/** The person the text is about just before `sentence`: the first person of the nearest sentence naming one. */
function recentPerson(ctx: CardContext, sentence: number): string | null {
  const here = ctx.analysis.sentences[sentence]!;
  for (let i = sentence - 1; i >= 0 && i >= sentence - 4; i--) {
    const s = ctx.analysis.sentences[i]!;
    if (here.block - s.block > 2) break;
    // "So he is full of admiration for … Maldini and Costacurta": the sentence is about the same
    // "he", so the people it names are not him; the one he stands for is named further back.
    if (pronounSubject(s)) continue;
    // A person named inside someone's quotation is talked about, not the one talking.
    const quoted = quoteMask(s.tokens, opensInQuote(ctx.blocks[s.block]!.text, s.start));
    // A one-word name before a common noun ("the Tory leader", "the Tory party") describes the
    // noun; it names no one (a quote went to the slogan "Vote Tory", read as a person).
    const people = ctx.mentionsOf(i).filter((m) => m.type === 'person' && quoted[m.tokenStart] !== 1 && !(m.tokenEnd - m.tokenStart === 1 && isModifier(s, m.tokenEnd)));
    // "Mr Brown liked to rattle off …, the Tory leader said." reports someone's words: the "he" who
    // goes on is the one who said them, named in that tail or not (the quote went to Mr Brown).
    const tail = REPORTED_BY.exec(s.text);
    // "…, he told MSPs.": the same "he", named further back.
    if (tail && /^,\s+(?:he|she)\s/i.test(tail[0])) continue;
    if (tail) {
      const from = s.start + tail.index;
      return people.find((m) => m.start >= from)?.canonical ?? null;
    }
    // "President Castro's chief aide said …": the one named owns the speaker, who is someone else.
    if (people.length > 0 && OWNS_SPEAKER.test(s.text.slice(people[0]!.end - s.start))) return null;
    if (new Set(people.map((m) => m.canonical)).size > 1) return null;
    if (people.length > 0) return people[0]!.canonical;
    // "The musical's director is Matthew Warchus. '…,' he said": a full name the analysis could
    // not type is as likely the "he" as anyone named further back (the quote went to a musical
    // named two sentences before).
    if (ctx.mentionsOf(i).some((m) => m.type === 'name' && quoted[m.tokenStart] !== 1 && UNTYPED_FULL_NAME.test(m.text))) return null;
    // "The affair still rankles with the Dutchman": someone named by a description is nearer than
    // the person named further back (Stam's line was credited to Ferguson, named a sentence before).
    if (DESCRIBED_PERSON.test(s.text)) return null;
    // "Andrew doesn't remember …" where the analysis knows no person "Andrew": the nearer actor
    // is one it cannot name, so "he" is not the person named further back (a quote of the
    // interviewee was credited to the interviewer, named a paragraph before).
    if (unknownSubject(ctx, s)) return null;
  }
  return null;
}

/** The token at `at` is a lower-case common noun: the name before it modifies it. */
const isModifier = (s: Sentence, at: number): boolean => s.tokens[at]?.pos === 'NOUN' && /^\p{Ll}/u.test(s.tokens[at]!.text);

/** A sentence that ends by saying who said it: ", the Tory leader said.", ", Mr Howard added." */
const REPORTED_BY = /,\s+(?:[\p{L}'’.-]+\s+){1,4}(?:said|says|added|adds|told\s+[^,.]{1,40}|argued|claimed|warned|insisted|explained|stressed)\.?["”]?\s*$/u;

/** Two or three capitalised words, the first a given name's shape ("Matthew Warchus", "AR Rahman" is not). */
const UNTYPED_FULL_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\.?)?(?: \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

/** A possessive and a role after a name: "'s chief aide", "'s spokesman", "'s wife". */
const OWNS_SPEAKER = /^['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+/u;

/** A person named by a description: "the Dutchman", "the 32-year-old", "the defender". */
const DESCRIBED_PERSON = /\bthe (?:\d+-year-old|[A-Z][a-z]+(?:man|woman)|defender|striker|midfielder|goalkeeper|winger|player|coach|veteran|singer|actor|actress|rapper|star|teenager|boxer|driver)\b/;

/** The sentence's subject is "he" or "she", after at most a linking word ("So he …", "But she …"). */
function pronounSubject(s: Sentence): boolean {
  const words = s.tokens.filter((t) => t.pos !== 'PUNCT').map((t) => t.text.toLowerCase());
  const at = /^(?:so|but|and|then|now|still|yet|also|later)$/.test(words[0] ?? '') ? 1 : 0;
  return words[at] === 'he' || words[at] === 'she';
}

/** A sentence shortly before `sentence` brings in someone by `noun` without a name: "one legal expert", "an analyst". */
function introducedUnnamed(ctx: CardContext, sentence: number, noun: string): boolean {
  const unnamed = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[a-z-]+\\s+){0,2}${noun}\\b`, 'i');
  for (let i = sentence - 1; i >= 0 && i >= sentence - 4; i--) if (unnamed.test(ctx.analysis.sentences[i]!.text)) return true;
  return false;
}

/** The sentence opens on a proper noun no typed mention covers, then a verb: an actor the analysis does not know. */
function unknownSubject(ctx: CardContext, s: Sentence): boolean {
  const [first, second] = s.tokens;
  if (!first || first.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  // A name of no known type ("Andrew" alone) is as unknown as none; a place or an organisation is no "he".
  if (ctx.mentionsOf(s.index).some((m) => m.start <= first.start && m.end >= first.end && m.type !== 'name')) return false;
  return second?.pos === 'VERB' || second?.pos === 'AUX';
}

/** Resolves the speaker phrase to a person's full name, or null. */
export function resolveSpeaker(ctx: CardContext, s: Sentence, a: Attribution): string | null {
  const inPhrase = ctx.mentionsOf(s.index).filter((m: Mention) => m.start >= a.speakerStart && m.end <= a.speakerStart + a.speaker.length + 1);
  const named = inPhrase.find((m) => m.type === 'person');
  if (named) return named.canonical;
  if (inPhrase.length > 0) return null; // an organisation or place spoke: not a person card
  const phrase = a.speaker.replace(/^(?:the|a|an)\s+/i, '').toLowerCase();
  if (PRONOUNS.has(phrase)) return phrase === 'he' || phrase === 'she' ? recentPerson(ctx, s.index) : null;
  // A role the article gave someone: "the US Secretary of State".
  const owners = new Set(ctx.analysis.roles.filter((r) => r.role.toLowerCase() === phrase || r.role.toLowerCase().endsWith(` ${phrase}`)).map((r) => r.person));
  if (owners.size === 1) return [...owners][0]!;
  if (owners.size > 1) return null;
  // A plain description ("the diplomat"): the person the text is about, if it is one word —
  // unless the text brought in someone unnamed by that word ("said one legal expert" … "the
  // expert warned"): then the speaker has no name to ask for.
  if (/^[a-z]+$/.test(phrase) && /^(?:the|a)\s/i.test(a.speaker)) return introducedUnnamed(ctx, s.index, phrase) ? null : recentPerson(ctx, s.index);
  return null;
}

export function buildQuoteCard(ctx: CardContext, s: Sentence): Draft | null {
  if (ctx.blocks[s.block]?.type !== 'paragraph') return null;
  const a = findAttribution(s);
  if (!a) return null;
  const words = a.quote.split(/\s+/).filter(Boolean);
  // A whole claim: long enough to be worth knowing, and not a phrase picked out of one
  // (“say you’ve got to …”, lowercase, often put in someone else's mouth).
  if (words.length < QUOTE_MIN_WORDS || !/^[\p{Lu}\p{N}$]/u.test(a.quote)) return null;
  // A line of feeling ("really cool", "such a gift") could be anyone's: no "who said" card.
  if (genericQuote(a.quote)) return null;
  // Someone introduced as "a friend" of the writer is named for an anecdote, not as an actor.
  if (quotesAcquaintance(s.text)) return null;
  const speaker = resolveSpeaker(ctx, s, a);
  if (!speaker) return null;
  // A lawyer's or a witness's line: who relayed it is trivia. A spokesperson speaks for an actor
  // of the story (blind judges kept "who said" cards of spokespeople), so their lines stay.
  if (relaysStory(ctx, speaker, false) || quotesCommentator(ctx, s, speaker)) return null;
  // Which of several outside voices (an analyst, an economist, a player of a side match) said a
  // line is trivia: judges of unseen pages kept 5 of 17 "who said" cards, mostly those of the
  // people the story is about — its most named, or named where it opens. The claim itself is
  // still asked by the sentence's other cards. (Named twice is enough here: in a short story of
  // two sides, each side's one voice is one of its people.)
  if (!mainPeople(ctx, QUOTED_MAIN_COUNT).has(speaker) && !inLead(ctx, speaker)) return null;
  const entity = ctx.analysis.entities.get(speaker);
  const shown = words.length > QUOTE_MAX_WORDS ? `${words.slice(0, QUOTE_MAX_WORDS).join(' ')} …` : a.quote;
  const front = `Who said: “${shown}”?`;
  if (giveaways(speaker, entity).some((form) => containsWord(front, form))) return null;
  return { kind: 'quote', front, back: speaker, sentence: s, answerType: 'person', fact: `quote:${a.quote.slice(0, 40).toLowerCase()}`, answerCount: entity?.count ?? 1, weight: 0.95 };
}

/**
 * Quote cards only where the reader must tell speakers apart: in an interview or profile where
 * every quote is one person's, "Who said …?" is answered without reading.
 */
export function keepQuoteCards(ctx: CardContext, drafts: readonly Draft[]): Draft[] {
  const speakers = new Set(drafts.filter((d) => d.kind === 'quote').map((d) => d.back));
  if (speakers.size !== 1) return [...drafts];
  // One voice among few people: an interview, a profile. A news story quoting one of many actors keeps its quotes.
  const people = [...ctx.analysis.entities.values()].filter((e) => e.type === 'person' && e.count >= 2);
  const quotes = drafts.filter((d) => d.kind === 'quote').length;
  if (quotes >= 2 && people.length <= 2) return drafts.filter((d) => d.kind !== 'quote');
  return [...drafts];
}

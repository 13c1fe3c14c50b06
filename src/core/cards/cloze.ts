// Cloze and choice cards: an important sentence with one whole answer blanked.
import { closeFigure } from '../../shared/card-heading.js';
import { CLOZE_BLANK } from '../../shared/cloze.js';
import type { Entity, Sentence, Token } from '../nlp/index.js';
import { answersOf, type Answer } from './answers.js';
import { addressPart, brokenBlank, countryNamedOnFront, otherNumberOnFront, splitsCoordination, withoutTrailingMark } from './blank-form.js';
import { givesAway, hasPronounSubject, quotesBalanced, wordCount, type CardContext, type Draft } from './context.js';
import { choicesFor, PERSON_SHAPE } from './distractors.js';
import { inPersonalAccount } from './anecdotes.js';
import { adjectiveOfPlace, hintsAnswer } from './front-hints.js';
import { sideDetail } from './side-details.js';
import { locatesAPlace } from './locating-places.js';
import { labelNumber, overPrecise, periodEnd, relativeSpan, vagueBlank } from './vague-blanks.js';
import { opensWithPointer, startsMidToken } from './sentence-rules.js';
import { onlyOneCalled, personBefore } from '../summary/timeline.js';
import { leadInLength } from '../summary/sentence-form.js';
import { subjectName } from '../summary/named-subject.js';
import { unnamedDescriptor, unnamedPerson, vagueThing } from './unnamed-referents.js';
import { introducesAcquaintance } from './speaker-asides.js';

/** The blank a cloze front shows: one constant for the generator, the editor, study and export. */
export const GAP = CLOZE_BLANK;

/** Who a "he"/"she" subject stands for, written after it on the card ("she (Ruth Amsel) joined
 * …"), and where (block offset of the pronoun's end). */
interface Naming {
  readonly at: number;
  readonly name: string;
}

/** The sentence with the answer blanked by `fill`, and the named subject's name after its pronoun;
 * without a dateline before it ("HARWICK, 12 March 2024 — "), which says where the story was filed,
 * not what it tells, and whose place can give a blanked name away. */
function blank(s: Sentence, a: Answer, fill: string, naming: Naming | null = null): string {
  const text = naming && (naming.at <= a.start || naming.at >= a.end) ? `${s.text.slice(0, naming.at - s.start)} (${naming.name})${s.text.slice(naming.at - s.start)}` : s.text;
  const shift = naming && naming.at <= a.start && text !== s.text ? naming.name.length + 3 : 0;
  const front = text.slice(0, a.start - s.start + shift) + fill + text.slice(a.end - s.start + shift);
  const lead = leadInLength(s.text);
  return lead && a.start - s.start >= lead && (!naming || naming.at - s.start >= lead) ? front.slice(lead) : front;
}

/**
 * "Born in Whitby in 1937, she won a scholarship …", "She joined Siemens in 2004": a card on a
 * sentence whose subject is only "he" or "she" does not say whom it is about. The person the
 * pronoun stands for, found as the timeline finds it (the name the sentences before go on calling
 * so, summary/timeline.ts), is written after it; null when the sentence names its own subject
 * first or the pronoun stands for no one the text names for sure.
 */
export function namedSubject(ctx: CardContext, s: Sentence): Naming | null {
  let known = namings.get(s);
  if (known === undefined) namings.set(s, (known = findNamedSubject(ctx, s)));
  return known;
}

/**
 * namedSubject per sentence: both passes over the article ask it of every sentence, and the answer
 * reads only the sentence, its analysis and its mentions, which the passes' contexts share.
 */
const namings = new WeakMap<Sentence, Naming | null>();

/** A "he" or "she" token (the length first: most tokens are longer). */
const isHeOrShe = (t: Token): boolean => (t.text.length === 2 || t.text.length === 3) && (t.text === 'she' || t.text === 'he' || t.text === 'She' || t.text === 'He');

function findNamedSubject(ctx: CardContext, s: Sentence): Naming | null {
  // "The arena (Robins Center) hosted the [...] tournament": a subject "The <noun>" that the text
  // named before, or opened by defining (summary/named-subject.ts, as the timeline names it).
  if (s.tokens[0]?.text === 'The') {
    const named = subjectName(ctx.analysis, s, s.text);
    if (named) return { at: s.start + named.length, name: named.name.replace(/^The /, '') };
  }
  const k = s.tokens.findIndex(isHeOrShe);
  const pronoun = s.tokens[k];
  // The subject: a verb follows (maybe after an adverb), and no person is named before it.
  if (!pronoun || !/^(?:VERB|AUX|ADV)$/.test(s.tokens[k + 1]?.pos ?? '')) return null;
  // A name the analysis left untyped counts too when it has a person's shape: "It was not until
  // Robert Koch's 1891 proofs, for which he was awarded …" is Koch, not the Pasteur of the sentence before.
  if (ctx.mentionsOf(s.index).some((m) => m.start < pronoun.start && (m.type === 'person' || (m.type === 'name' && ctx.entityOf(m)?.type !== 'organization' && ctx.entityOf(m)?.type !== 'place' && PERSON_SHAPE.test(m.canonical))))) return null;
  // Only where one person of the text is called so: with two, the chain may take the wrong one
  // ("Penhale taught him. He finished his first guitar …": he is the pupil), and a card naming the
  // wrong person is worse than one naming no one.
  if (!onlyOneCalled(ctx.analysis, /^she$/i.test(pronoun.text) ? 'she' : 'he')) return null;
  const name = personBefore(ctx.analysis, s.index, pronoun.start, pronoun.text);
  if (!name || othersCalledSo(ctx, s.index, name, pronoun.text)) return null;
  // The writer's friend, named to tell their story: the card shows the sentence that says so
  // (contextFor), where the rule on such anecdotes sees it (speaker-asides.ts).
  if (ctx.analysis.sentences.some((x) => x.index < s.index && introducesAcquaintance(x.text, name))) return null;
  return { at: pronoun.end, name };
}

/** The last sentence before `index` that names `person` says "him" after the name: a second man
 * the text does not name as a person ("Penhale taught him …"), whom a later "he" may mean. */
function othersCalledSo(ctx: CardContext, index: number, person: string, pronoun: string): boolean {
  if (!/^he$/i.test(pronoun)) return false;
  for (let k = index - 1; k >= 0; k--) {
    const named = ctx.mentionsOf(k).filter((m) => m.canonical === person);
    if (!named.length) continue;
    const after = Math.min(...named.map((m) => m.end));
    return ctx.analysis.sentences[k]!.tokens.some((t) => t.start >= after && /^(?:him|himself)$/i.test(t.text));
  }
  return false;
}

/**
 * The sentence before, when this one opens on a pronoun or pointing word ("It", "During this
 * time") and that one, in the same paragraph, names what it points to; "" when no context is
 * needed; null when the referent cannot be given (no card then).
 */
export function contextFor(ctx: CardContext, s: Sentence): string | null {
  // "his claims" with no one named before it needs a person from the sentence before, not just any sentence.
  const person = unnamedPerson(s, ctx.mentionsOf(s.index)) || unnamedDescriptor(s, ctx.mentionsOf(s.index));
  if (!opensWithPointer(s) && !person && !vagueThing(s)) return '';
  const prev = ctx.analysis.sentences[s.index - 1];
  // The sentence before must start where a sentence starts: a piece cut from a name or a number is no context.
  if (!prev || prev.block !== s.block || opensWithPointer(prev) || startsMidToken(ctx.blocks[prev.block]!.text, prev.start) || wordCount(prev.text) > 40 || prev.text.trimEnd().endsWith('?')) return null;
  if (person && !ctx.mentionsOf(prev.index).some((m) => m.type === 'person')) return null;
  // Part of a quotation that opens or closes in another sentence ('… few quarters," Vincent Koen
  // told …'): shown as context it is a piece of someone's words with a stray mark.
  if (!quotesBalanced(prev.text)) return null;
  return prev.text;
}

/**
 * What a second pass over the same sentences (index.ts's relaxed pass) takes over from the first
 * instead of working it out again: each sentence's context (null: no card), and the answers whose
 * front failed a check or passed them all. Both depend only on the sentence, the answer's span,
 * text, type and entity, and the analysis, which the passes share (only the answer finders read
 * `relaxed`).
 */
export interface GapMemo {
  readonly contexts: Map<number, string | null>;
  /** Rejected answers by sentence, span and text, with their entity (the checks read it too). */
  readonly rejected: Map<string, Entity | undefined>;
  /**
   * Answers whose front passed every check, by sentence, span, text and type, with their entity.
   * The relaxed pass meets most of them again (on the bench's articles, every card it adds), and
   * the checks were a third of the time spent on its answers.
   */
  readonly passed: Map<string, Entity | undefined>;
}

export const gapMemo = (): GapMemo => ({ contexts: new Map(), rejected: new Map(), passed: new Map() });

function gapContext(ctx: CardContext, s: Sentence, memo: GapMemo | undefined): string | null {
  let context = memo?.contexts.get(s.index);
  if (context === undefined) {
    context = !ctx.eligible(s) || hasPronounSubject(s, true) ? null : contextFor(ctx, s);
    memo?.contexts.set(s.index, context);
  }
  return context;
}

const sharesYear = (name: string, answer: string): boolean => [...name.matchAll(/\b\d{4}\b/g)].some((m) => new RegExp(`\\b${m[0]}\\b`).test(answer));

/** Words that point back to something the sentence before names (a he/she named on the card does not). */
const POINTS_BACK = /\b(?:this|that|these|those|it|its|they|them|their|there|such|then|same|later)\b/i;

const EMPTY_MARKS = /(?:""|“”|‘’|\(\s*\)|\b(?:the|an?)\s+[.,;:)](?!\d))/i;

/** The front fails a check: it gives the answer away, blanks a vague or side detail, or leaves too little. */
function rejects(front: string, answer: Answer): boolean {
  // Enough context left to have one answer. Tested first: it is the cheapest test and the one
  // that fails most often (the others rarely do, and cost some twenty times as much).
  if (wordCount(front) - 1 < 7) return true;
  // A name the page lost, leaving its quotes or brackets empty ('Developed by "" series'
  // co-creators …') or its article alone ('has taught the subject at the .'): both set R and
  // both set S judges, malformed.
  if (EMPTY_MARKS.test(front)) return true;
  if (givesAway(front, answer.text, answer.entity) || hintsAnswer(front, answer.text)) return true;
  return vagueBlank(front, answer.text) || relativeSpan(front, answer.text) || periodEnd(front, answer.text) || labelNumber(front, answer.text) || overPrecise(answer.text) || inPersonalAccount(front) || sideDetail(front, answer.text) || locatesAPlace(front, answer.type);
}

/** The front names the answer another way: the country by another name, the phrase in its other number, the country by a place in it, the figure by one within 5% of it. */
function givenOnFront(front: string, answer: Answer): boolean {
  return countryNamedOnFront(front, answer.text) || otherNumberOnFront(front, answer.text) || (answer.type === 'place' && addressPart(front, GAP)) || (answer.type === 'number' && closeFigure(front.replace(GAP, ' '), answer.text));
}

/** Cloze drafts; a name or a number becomes a choice card when selected, if three sound distractors exist. */
/** `answers` lets a second pass reuse what the first found (index.ts); by default the sentence's own. */
export function buildGapCards(ctx: CardContext, s: Sentence, answers: (s: Sentence) => readonly Answer[] = (x) => answersOf(ctx, x), memo?: GapMemo): Draft[] {
  const naming = namedSubject(ctx, s);
  // A subject named on the card needs no sentence before it ("She (Ruth Amsel) joined …",
  // "In 2014 she (Ruth Amsel) was elected …"), unless what comes before it points back too ("During this time she …").
  const context = naming && !POINTS_BACK.test(s.text.slice(0, naming.at - s.start)) ? (ctx.eligible(s) && !hasPronounSubject(s, true) ? '' : null) : gapContext(ctx, s, memo);
  if (context === null) return [];
  const lead = context ? `${context} ` : '';
  const drafts: Draft[] = [];
  for (const found of answers(s)) {
    const answer = withoutTrailingMark(found);
    // The name put after the subject holds the answer's year ("The match (1996 FA Charity Shield)
    // was played on [11 August 1996]"): it would give it away, and without it the card says not which match.
    if (naming && sharesYear(naming.name, answer.text)) continue;
    const key = `${s.index}:${answer.start}:${answer.end}:${answer.text}`;
    if (memo?.rejected.has(key) && memo.rejected.get(key) === answer.entity) continue;
    const front = lead + blank(s, answer, GAP, naming);
    // The checks read the front (the context and the blanked span), the sentence, and the answer's text, type and entity.
    const passedKey = `${key}:${answer.type}`;
    const passed = memo?.passed.has(passedKey) === true && memo.passed.get(passedKey) === answer.entity;
    if (!passed) {
      // The title a card is studied under counts as its front for the answer's adjective: "France"
      // under "French wine gets 70m euro top-up" is the topic, asked without reading.
      if (rejects(front, answer) || brokenBlank(s, answer) || splitsCoordination(s, answer) || givenOnFront(front, answer) || adjectiveOfPlace(ctx.title, answer.text)) {
        memo?.rejected.set(key, answer.entity);
        continue;
      }
      memo?.passed.set(passedKey, answer.entity);
    }
    const wantsChoice = !answer.pair && (answer.type === 'person' || answer.type === 'organization' || answer.type === 'number' || (answer.type === 'place' && answer.entity?.subtype));
    // Distractors are costly to find: only the cards that are selected look for them.
    const choices = wantsChoice
      ? (): readonly string[] | null => choicesFor(ctx, answer, front, s.index)
      : undefined;
    // One object literal of one shape: spreading a base object and an optional part was the costliest line here.
    const draft: Draft = { sentence: s, answerType: answer.type, fact: answer.fact, answerCount: answer.count, back: answer.text, kind: 'cloze', front, cloze: lead + blank(s, answer, `{{c1::${answer.text}}}`, naming), weight: answer.weight * (wantsChoice ? 1 : 0.97) * (context ? 0.95 : 1), makeChoices: choices };
    drafts.push(draft);
  }
  return drafts;
}

// Wrong options for choice cards, of the answer's fine type: a person among people the article
// treats as people, an organisation among organisations of its kind (universities, companies,
// government bodies …), a place among places of its kind and part of the world — from the
// article first, then curated pools — and for figures and years, values from numeric-distractors.
// A candidate that is another form of the answer, or that the article also states in the same
// context (and so would be correct too), is never offered. No three sound options → null, and
// the card stays a cloze.
import { SPEECH_VERBS } from '../nlp/index.js';
import { REGIONS } from '../nlp/lexicon.js';
import type { Entity } from '../nlp/index.js';
import { containsLowerWord, containsWord, type CardContext } from './context.js';
import type { Answer } from './answers.js';
import { valueDistractors } from './numeric-distractors.js';
import { frameOf } from './value-frame.js';
import { fitsArticle, fitsIndefinite } from './article-fit.js';
import { bracketLength } from './option-lengths.js';
import { placePool, SAME_PLACE, UK_NATIONS } from './pools.js';
import { balancedDeck, placeAnswer, seededRandom, shuffled, type Deck } from './rng.js';

const ACRONYM = /^[A-Z][A-Z0-9&.]+$/;

/** The kind of an organisation, by its head words: a university is never offered beside a company. */
const ORG_KINDS: readonly [string, RegExp][] = [
  ['academic', /\b(?:University|College|School|Institute|Academy|Laboratory|Laboratories|Observatory|Hospital|Museum|Foundation|Society)\b/],
  ['party', /\b(?:Party|Democrats|Republicans|Conservatives|Tories|Liberals|Socialists)\b/],
  ['media', /\b(?:Times|Post|Journal|News|Network|Press|Magazine|Herald|Tribune)\b/],
  ['force', /\b(?:Army|Navy|Police|Guard|Force|Forces)\b/],
  ['sport', /\b(?:Club|Team|League|Federation|FC)\b/],
  ['company', /\b(?:Company|Corporation|Corp|Inc|Ltd|LLC|Motors|Airlines|Technologies|Systems|Studios|Records|Group|Bank)\b/],
  ['public', /\b(?:Commission|Committee|Ministry|Department|Agency|Council|Congress|Senate|Parliament|Legislature|Court|Administration|Authority|Bureau|Office|Assembly|Board|Service|Services)\b/],
  ['centre', /\b(?:Center|Centre|Association)\b/],
];

function orgKind(name: string): string {
  if (ACRONYM.test(name)) return 'acronym';
  return ORG_KINDS.find(([, re]) => re.test(name))?.[0] ?? '';
}

/** Reads as a person's name: two or three capitalised words, no group plural ("Nestorian Christians"). */
export const PERSON_SHAPE = /^(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.)(?: (?:[A-Z][\p{Ll}'’-]+|[A-Z]\.|(?:de|van|von|da|di|le|la|bin|al)))* [A-Z][\p{Ll}'’-]+$/u;
const GROUP_PLURAL = /(?:ans|ists|ites|ese|ers)$/;

/** `b` is another form of the entity whose alias words are `aw` (its canonical name `a`). */
function sameEntity(a: string, aw: ReadonlySet<string>, b: Entity): boolean {
  if (a === b.canonical) return true;
  return b.aliases.some((x) => x.split(' ').some((w) => w.length > 2 && aw.has(w)));
}

/** The content lemmas of the card's sentence outside the answer: what alsoCorrect compares other sentences by. */
function frontLemmas(ctx: CardContext, answer: Answer, sentence: number): ReadonlySet<string> {
  const s = ctx.analysis.sentences[sentence]!;
  return new Set(s.tokens.filter((t) => !t.stop && /^(NOUN|VERB|PROPN|ADJ)$/.test(t.pos) && (t.start < answer.start || t.start >= answer.end)).map((t) => t.lemma));
}

/**
 * True when the article puts `name` in another sentence that shares most of this front's words
 * (`words`, the sentence's frontLemmas: made once per card, not once per candidate name).
 */
function alsoCorrect(ctx: CardContext, words: ReadonlySet<string>, sentence: number, name: string): boolean {
  if (words.size === 0) return false;
  for (const index of ctx.sentencesOf(name)) {
    if (index === sentence) continue;
    const other = ctx.analysis.sentences[index]!;
    const shared = other.tokens.filter((t) => words.has(t.lemma)).length;
    if (shared / words.size >= 0.5) return true;
  }
  return false;
}

/** Named in the body of the article (a sentence fit for a card), not only in a menu line or a heading. */
function inBody(ctx: CardContext, canonical: string): boolean {
  for (const index of ctx.sentencesOf(canonical)) if (ctx.eligible(ctx.analysis.sentences[index]!)) return true;
  return false;
}

/**
 * The article treats the name as a person: it has a role or title, or speaks. A capitalised pair
 * typed a person on weaker evidence ("Middle Rhine", "Collegiate Gothic") is never offered.
 */
function surelyPerson(ctx: CardContext, e: Entity): boolean {
  if (!PERSON_SHAPE.test(e.canonical) || GROUP_PLURAL.test(e.canonical)) return false;
  if (ctx.analysis.roles.some((r) => r.person === e.canonical)) return true;
  for (const index of ctx.sentencesOf(e.canonical)) {
    const s = ctx.analysis.sentences[index]!;
    for (const m of ctx.mentionsOf(index)) {
      if (m.canonical !== e.canonical) continue;
      const near = [s.tokens[m.tokenEnd], s.tokens[m.tokenStart - 1], s.tokens[m.tokenEnd + 1]];
      if (near.some((t) => t && SPEECH_VERBS.has(t.text.toLowerCase()))) return true;
    }
  }
  return false;
}

/** Titles of office holders: a politician is never offered beside an athlete or an artist, nor the other way round. */
const OFFICE = /\b(?:President|Vice President|Prime Minister|Minister|Secretary|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Mayor|Chancellor|King|Queen|Premier|Congressman|Congresswoman|MP|lawmaker|politician)\b/;

/**
 * Posts of those who run an organisation: a club's or a firm's officials are never offered beside
 * the people who play or work for it ("Ferrari president Sergio Marchionne" and "technical director
 * James Allison" as the driver Williams could lose: both set U judges, implausible).
 */
const POST = /\b(?:head|president|chairman|chairwoman|chair|director|chief|executive|CEO|boss|principal|manager|coach|owner|founder|spokes(?:man|woman|person))\b/i;

/** The article gives the person a title of this kind: in a role, or written right before the name. */
function titled(title: RegExp): (ctx: CardContext, canonical: string) => boolean {
  return (ctx, canonical) => {
    if (ctx.analysis.roles.some((r) => r.person === canonical && title.test(r.role))) return true;
    for (const index of ctx.sentencesOf(canonical)) {
      const s = ctx.analysis.sentences[index]!;
      for (const m of ctx.mentionsOf(index)) {
        if (m.canonical === canonical && title.test(s.text.slice(Math.max(0, m.start - s.start - 25), m.start - s.start))) return true;
      }
    }
    return false;
  };
}

/**
 * What a test says of one entity of one article, asked by every choice card that weighs it as a
 * distractor: answered once per article (each answer scans the entity's sentences).
 */
function memo(test: (ctx: CardContext, canonical: string) => boolean): (ctx: CardContext, canonical: string) => boolean {
  const known = new WeakMap<CardContext, Map<string, boolean>>();
  return (ctx, canonical) => {
    let byName = known.get(ctx);
    if (!byName) known.set(ctx, (byName = new Map()));
    let answer = byName.get(canonical);
    if (answer === undefined) byName.set(canonical, (answer = test(ctx, canonical)));
    return answer;
  };
}

/**
 * What a person does and a place (nor a government called by its capital: "Washington said")
 * does not: "Washington returned", "Washington learned of the retreat".
 */
const PERSON_VERBS = new Set('learned|learnt|returned|travelled|traveled|married|died|resigned|escaped|fled|hoped|believed|thought|knew|felt'.split('|'));
/** The blank is the subject of what a government does: wants, insists, agrees, warns, said (not "officials in [...] said"). */
const GOVERNMENT_ACTS = /(?<!\b(?:in|at|from|of|to|near|outside|across|around|for|with)\s)\[\.\.\.\]\s+(?:(?:is|was|are|were|has|had|have|would|will|also|then|now|still|has been)\s+)*(?:said|says|wants?|wanted|insist(?:s|ed|ing)?|agree(?:s|d|ing)?|refus(?:es|ed|ing)|balk(?:s|ed|ing)?|demand(?:s|ed|ing)?|warn(?:s|ed|ing)?|accus(?:es|ed|ing)|blam(?:es|ed|ing)|reject(?:s|ed|ing)?|den(?:y|ies|ied|ying)|announc(?:es|ed|ing)|urg(?:es|ed|ing)|threaten(?:s|ed|ing)?|seeks?|sought|vow(?:s|ed)?|pledg(?:es|ed))\b/u;
/** The blank stands for a government called by its capital ("But [...] is balking at …", "[...] wants …"). */
export function actsAsGovernment(front: string): boolean {
  return GOVERNMENT_ACTS.test(front);
}

/** A date before the common era: "in 430 BC", "around 2000 BCE", "the 5th century B.C.". */
const ANCIENT = /\b\d+(?:st|nd|rd|th)?(?:\s+century)?\s*(?:BC|BCE|B\.C\.?)(?![\p{L}])/u;

/** The blank is the side a team played: "Chelsea have not played [...]", "lost to [...]", "the tie against [...]". */
const PLAYED_AGAINST = /\b(?:play(?:s|ed|ing)?|beat(?:s|en|ing)?|fac(?:e|es|ed|ing)|drew with|draws? with|lost to|los(?:e|es|ing) to|defeat(?:s|ed|ing)?|thrash(?:es|ed|ing)?|knock(?:s|ed|ing)? out|eliminat(?:es|ed|ing)|(?:match|game|tie|fixture|clash|final|win|victory|defeat|draw|loss)\s+(?:against|over|to|with))\s+\[\.\.\.\]/iu;
/** The blank stands for a club called by its city ("Barcelona", "Milan"): other cities are no clubs, and "Milan | Amsterdam | Prague" beside "Barcelona" is the wrong kind of option. */
export function playsAsTeam(front: string): boolean {
  return PLAYED_AGAINST.test(front);
}

/** Words that may stand between a subject and its verb ("Washington had returned", "Washington then led"). */
const BETWEEN = new Set(['had', 'has', 'have', 'was', 'would', 'then', 'also', 'later', 'soon', 'first']);

/**
 * The article uses the place's name for a person: a person of the article is called by it
 * ("Washington" beside "George Washington"), or it does what people do ("Washington had returned
 * to Williamsburg"). A person among cities is the wrong type of option.
 */
function namesPerson(ctx: CardContext, canonical: string): boolean {
  for (const e of ctx.analysis.entities.values()) if (e.type === 'person' && e.canonical.endsWith(` ${canonical}`)) return true;
  for (const index of ctx.sentencesOf(canonical)) {
    const tokens = ctx.analysis.sentences[index]!.tokens;
    for (const m of ctx.mentionsOf(index)) {
      if (m.canonical !== canonical) continue;
      let at = m.tokenEnd;
      while (tokens[at] && BETWEEN.has(tokens[at]!.text.toLowerCase())) at++;
      const verb = tokens[at]?.text.toLowerCase() ?? '';
      if (PERSON_VERBS.has(verb)) return true;
    }
  }
  return false;
}

const inBodyOnce = memo(inBody);
const namesPersonOnce = memo(namesPerson);
const holdsOfficeOnce = memo(titled(OFFICE));
const holdsPostOnce = memo(titled(POST));
const surelyPersonOnce = memo((ctx, canonical) => surelyPerson(ctx, ctx.analysis.entities.get(canonical)!));

const latestYears = new WeakMap<CardContext['analysis'], number | undefined>();

/**
 * The latest year the article's body dates something by, or undefined when it dates nothing. Only
 * date mentions count: a count that looks like a year ("1500 people") must not set a modern text
 * in colonial times.
 */
function latestYearOnce(ctx: CardContext): number | undefined {
  if (!latestYears.has(ctx.analysis)) {
    let latest: number | undefined;
    for (const m of ctx.analysis.mentions) {
      if (m.type === 'date' && m.value !== undefined && ctx.eligible(ctx.analysis.sentences[m.sentence]!)) latest = Math.max(latest ?? 0, m.value);
    }
    latestYears.set(ctx.analysis, latest);
  }
  return latestYears.get(ctx.analysis);
}

function samePlaceGroup(a: string, b: string): boolean {
  return SAME_PLACE.some((g) => g.includes(a) && g.includes(b));
}

/**
 * Three names of the answer's kind. The answer's rank among the four sorted alphabetically is dealt
 * by `order` (see choicesFor), and taken when the candidates have enough names on each side of
 * it: left to the candidates' order it was not chance, as an article's names named equally often
 * come alphabetically, and in an article naming many people once each the answer came last on
 * 45% of cards. An answer with too few candidates on one side ("Vietnam", last of its pool, in
 * a text naming no other country) takes the nearest rank it can.
 */
function nameDistractors(ctx: CardContext, answer: Answer, front: string, sentence: number, order: Deck): string[] | null {
  const entity = answer.entity;
  if (!entity) return null;
  const subtype = entity.subtype;
  if (entity.type === 'person' && (!PERSON_SHAPE.test(entity.canonical) || GROUP_PLURAL.test(entity.canonical))) return null;
  const kind = entity.type === 'organization' ? orgKind(entity.canonical) : '';
  // A place the built-in lists do not know ("Rhine Gorge") has no kind to match: no choice card.
  if (entity.type === 'place' && (!subtype || namesPersonOnce(ctx, entity.canonical))) return null;
  // "downtown [...], Australia": the place it lies in rules out every option elsewhere, and the lists
  // do not say which city lies where: a cloze.
  if (entity.type === 'place' && placeNamedAfter(ctx, answer, sentence)) return null;
  // "But [...] is balking at committing …": a government called by its capital. Other capitals are
  // no party to the story ("Bangkok | Taipei | Tokyo" beside "Beijing"), so the answer is picked
  // without reading: a cloze.
  if (entity.type === 'place' && actsAsGovernment(front)) return null;
  // "Chelsea have not played [...]": a club called by its city; other cities are no clubs.
  if (entity.type === 'place' && subtype === 'city' && playsAsTeam(front)) return null;
  // "the plague of [...] in 430 BC": the lists hold today's cities and states, no match for an
  // ancient one ("Geneva | Vienna | Stockholm" beside Athens): a cloze.
  if (entity.type === 'place' && ANCIENT.test(front)) return null;
  const aliasWords = new Set(entity.aliases.flatMap((x) => x.split(' ')));
  const lowerFront = front.toLowerCase();
  const answerHoldsOffice = entity.type === 'person' && holdsOfficeOnce(ctx, entity.canonical);
  const answerHoldsPost = entity.type === 'person' && holdsPostOnce(ctx, entity.canonical);
  const ukNation = UK_NATIONS.includes(entity.canonical);
  const fits = (e: Entity): boolean => {
    if (e.type !== entity.type || sameEntity(entity.canonical, aliasWords, e) || e.aliases.some((a) => containsLowerWord(lowerFront, a.toLowerCase()))) return false;
    // The article's own subject ("Kenya" in a piece on Kenya) is no plausible wrong answer about it.
    if (ctx.isTopic(e.canonical, e)) return false;
    if (entity.type === 'person') return surelyPersonOnce(ctx, e.canonical) && holdsOfficeOnce(ctx, e.canonical) === answerHoldsOffice && holdsPostOnce(ctx, e.canonical) === answerHoldsPost;
    if (entity.type === 'organization') return e.canonical.includes(' ') || ACRONYM.test(e.canonical) ? orgKind(e.canonical) === kind && kind !== '' : false;
    // "Rhine Delta" among deltas, "Lake Constance" among lakes: a place named by its kind keeps to it.
    const head = entity.canonical.split(' ').at(-1)!;
    if (subtype === 'region' && !REGIONS.has(entity.canonical) && e.canonical.split(' ').at(-1) !== head) return false;
    return e.subtype === subtype && UK_NATIONS.includes(e.canonical) === ukNation && !samePlaceGroup(e.canonical, entity.canonical) && !namesPersonOnce(ctx, e.canonical);
  };
  let lemmas: ReadonlySet<string> | undefined;
  const fromArticle = [...ctx.analysis.entities.values()]
    .filter(fits)
    .filter((e) => inBodyOnce(ctx, e.canonical) && !alsoCorrect(ctx, (lemmas ??= frontLemmas(ctx, answer, sentence)), sentence, e.canonical))
    .sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical))
    .map((e) => e.canonical);
  const pool = entity.type === 'place' ? placePool(entity.canonical, subtype, latestYearOnce(ctx)) : [];
  const random = seededRandom(`pool|${answer.text}`);
  const extra = shuffled(pool, random).filter(
    (n) => n !== entity.canonical && !entity.aliases.includes(n) && !samePlaceGroup(n, entity.canonical) && (entity.type !== 'place' || UK_NATIONS.includes(n) === ukNation) && !containsWord(front, n) && !fromArticle.includes(n) && !ctx.analysis.entities.has(n) && !namesPersonOnce(ctx, n),
  );
  // The article's most named candidates, in a seeded order: taking always the top three would make
  // the options' lengths and prominence a pattern of their own.
  const likely = shuffled(fromArticle.slice(0, 6), seededRandom(`names|${answer.text}|${sentence}`));
  // A country's options agree with the "the" (or its absence) before the blank, like the answer does,
  // and every option with an "a" or "an" before it ("an [...] man": Ohio, never Texas).
  const reads = (name: string): boolean => (subtype !== 'country' || fitsArticle(front, name)) && (!fitsIndefinite(front, answer.text) || fitsIndefinite(front, name));
  const candidates = [...likely, ...fromArticle.slice(6), ...extra].filter(reads);
  const ranks = [0, 1, 2, 3].map((below) => namesAtRank(answer.text, candidates, below));
  const below = nearestRank(ranks, order.take()!, seededRandom(`order|${answer.text}|${sentence}`));
  if (below === null) return null;
  // The answer's length must not single it out: swap a pick for a candidate that brackets it, on
  // the same side of the answer alphabetically, so that the rank dealt is the rank shown.
  const sideOk = (name: string, others: readonly string[]): boolean => others.filter((o) => sortsBefore(o, answer.text)).length + (sortsBefore(name, answer.text) ? 1 : 0) === below;
  return bracketLength(answer.text, ranks[below]!, candidates, (name, others) => !others.some((o) => samePlaceGroup(o, name)) && sideOk(name, others));
}

/** The answer is followed by ", <a place>" — the region or country it lies in ("Sydney, Australia"). */
function placeNamedAfter(ctx: CardContext, answer: Answer, sentence: number): boolean {
  const s = ctx.analysis.sentences[sentence];
  if (!s) return false;
  const after = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)/u.exec(s.text.slice(answer.end - s.start))?.[1];
  return !!after && ctx.analysis.entities.get(after.replace(/\.$/, ''))?.type === 'place';
}

/** Options are read in alphabetical order when they are names (as the fairness measure sorts them). */
const sortsBefore = (a: string, b: string): boolean => a.localeCompare(b) < 0;

/**
 * Three names with the answer `below` of them alphabetically before it: the first candidates on
 * each side, in the candidates' order of preference; null when one side has too few.
 */
function namesAtRank(answer: string, candidates: readonly string[], below: number): string[] | null {
  const picks: string[] = [];
  let lower = 0;
  for (const name of candidates) {
    if (picks.length === 3) break;
    const isLower = sortsBefore(name, answer);
    if (isLower ? lower >= below : picks.length - lower >= 3 - below) continue;
    if (picks.some((o) => samePlaceGroup(o, name))) continue;
    picks.push(name);
    if (isLower) lower++;
  }
  return picks.length === 3 ? picks : null;
}

/**
 * The rank dealt when the candidates allow it, else the nearest one they allow (a tie broken at
 * random), or null when none. Names of an article come in no order that says which is the answer,
 * so taking the nearest rank keeps the ranks uniform; falling back outward, as figures do, would not.
 */
function nearestRank(ranks: readonly (readonly string[] | null)[], dealt: number, random: () => number): number | null {
  const open = [0, 1, 2, 3].filter((r) => ranks[r] !== null);
  if (open.length === 0) return null;
  const distance = Math.min(...open.map((r) => Math.abs(r - dealt)));
  const nearest = open.filter((r) => Math.abs(r - dealt) === distance);
  return nearest.length === 1 ? nearest[0]! : nearest[Math.floor(random() * nearest.length)]!;
}

/**
 * Three distractors for the answer, or null when three good ones cannot be found. `ranks` deals
 * the answer's rank among the four: by value for a figure or a year (see valueDistractors),
 * alphabetically for a name; without it, a rank drawn for this card alone.
 */
export function distractorsFor(ctx: CardContext, answer: Answer, front: string, sentence: number, ranks?: Deck): string[] | null {
  switch (answer.type) {
    case 'person':
    case 'organization':
    case 'place':
      return nameDistractors(ctx, answer, front, sentence, ranks ?? balancedDeck(4, `order|${sentence}|${answer.text}`));
    case 'date':
    case 'number':
      return valueDistractors(answer.text, answer.type, `${sentence}|${answer.text}`, ranks, frameOf(front, answer.text));
    default:
      return null;
  }
}

/** An article's decks: where its choice cards put the answer, a figure's rank among its values, a name's among its names. */
interface Decks {
  readonly position: Deck;
  readonly rank: Deck;
  readonly order: Deck;
}

// Keyed by the analysis, which a relaxed second pass over the article shares with the first.
const decks = new WeakMap<CardContext['analysis'], Decks>();

function decksOf(ctx: CardContext): Decks {
  let d = decks.get(ctx.analysis);
  if (!d) {
    const seed = `${ctx.title}|${ctx.analysis.sentences[0]?.text ?? ''}`;
    decks.set(ctx.analysis, (d = { position: balancedDeck(4, `position|${seed}`), rank: balancedDeck(4, `rank|${seed}`), order: balancedDeck(4, `order|${seed}`) }));
  }
  return d;
}

/**
 * The four options of a choice card, or null when three good distractors cannot be found. Each
 * card alone puts the answer anywhere with equal chance; dealt from the article's decks, its cards
 * also do so in equal numbers, by position and by rank: among the values for figures and years,
 * alphabetically among the names for people, organisations and places.
 */
export function choicesFor(ctx: CardContext, answer: Answer, front: string, sentence: number): string[] | null {
  const { position, rank, order } = decksOf(ctx);
  const distractors = distractorsFor(ctx, answer, front, sentence, answer.type === 'date' || answer.type === 'number' ? rank : order);
  return distractors ? placeAnswer(answer.text, distractors, `${sentence}|${answer.text}`, position.take()!) : null;
}

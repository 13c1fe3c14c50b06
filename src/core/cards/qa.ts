// Short-answer wh-questions, only from shapes that transform reliably:
//   NAME VERBed OBJECT in|on DATE      → "When did NAME VERB OBJECT?"
//   NAME VERBed REST.  (sentence start) → "Who VERBed REST?"
//   NAME VERBed OBJECT in PLACE.        → "Where did NAME VERB OBJECT?"  (a known place, closing the clause)
//   NAME VERBed N UNIT REST.            → "How many UNIT did NAME VERB REST?"  (an exact count in digits)
import type { Mention, Sentence, Token } from '../nlp/index.js';
import { PRONOUNS } from '../nlp/index.js';
import { containsWord, giveaways, type CardContext, type Draft } from './context.js';

const isPast = (text: string, lemma: string) => text.toLowerCase() !== lemma && !/s$/.test(text) && !/ing$/.test(text);
const BAD_IN_PREDICATE = new Set(['“', '”', '"', '(', ')', ':', ';']);

const CLAUSE_END = /^[,.;:!?]$/;
/** A plain object: words only, no verb, pronoun or clause break. */
const plainWords = (tokens: readonly Token[]) =>
  tokens.every((t) => /^[\p{L}-]+$/u.test(t.text) && t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'SCONJ' && !PRONOUNS.has(t.text.toLowerCase()));

/** "Where did NAME VERB OBJECT?" when the clause ends on "in PLACE" (", PLACE" allowed: "in Stuttgart, Germany"). */
function whereCard(ctx: CardContext, s: Sentence, m: Mention, verb: Token): Draft | null {
  const tokens = s.tokens;
  const mentions = ctx.mentionsOf(s.index);
  const place = mentions.find((p) => p.type === 'place' && p.subtype && p.tokenStart > m.tokenEnd + 1 && p.tokenStart - m.tokenEnd <= 8);
  if (!place || tokens[place.tokenStart - 1]?.text !== 'in') return null;
  let end = place.tokenEnd;
  const second = mentions.find((p) => p.type === 'place' && p.tokenStart === end + 1 && tokens[end]?.text === ',');
  if (second) end = second.tokenEnd;
  if (end < tokens.length && !CLAUSE_END.test(tokens[end]!.text)) return null;
  const object = tokens.slice(m.tokenEnd + 1, place.tokenStart - 1);
  if (!plainWords(object)) return null;
  const back = s.text.slice(place.start - s.start, tokens[end - 1]!.end - s.start);
  const front = `Where did ${m.canonical} ${verb.lemma}${object.length ? ` ${object.map((t) => t.text).join(' ')}` : ''}?`;
  if (containsWord(front, back)) return null;
  return { kind: 'qa', front, back, sentence: s, answerType: 'place', fact: back.toLowerCase(), answerCount: 1, weight: 1.01 };
}

/** "How many UNIT did NAME VERB REST?" for `NAME VERBed N UNIT REST.`, N an exact count in digits. */
function howManyCard(ctx: CardContext, s: Sentence, m: Mention, verb: Token): Draft | null {
  const tokens = s.tokens;
  const n = ctx.mentionsOf(s.index).find((x) => x.type === 'number' && x.tokenStart === m.tokenEnd + 1);
  // An exact integer ("14", "2,300"), not a range, an estimate or a sum of money.
  if (!n || !/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(n.text) || n.tokenEnd - n.tokenStart !== 1) return null;
  let u = n.tokenEnd;
  while (u < tokens.length && u - n.tokenEnd < 3 && (tokens[u]!.pos === 'ADJ' || tokens[u]!.pos === 'NOUN') && /^[a-z-]+$/.test(tokens[u]!.text)) u++;
  while (u > n.tokenEnd && tokens[u - 1]!.pos !== 'NOUN') u--;
  if (u === n.tokenEnd) return null;
  // The rest of the clause, plain words only, so the question reads whole.
  let r = u;
  while (r < tokens.length && !CLAUSE_END.test(tokens[r]!.text)) r++;
  const rest = tokens.slice(u, r);
  if (rest.length > 8 || (rest.length > 0 && !plainWords(rest.filter((t) => t.pos !== 'ADP' && t.pos !== 'DET')))) return null;
  const unit = tokens.slice(n.tokenEnd, u).map((t) => t.text).join(' ');
  const front = `How many ${unit} did ${m.canonical} ${verb.lemma}${rest.length ? ` ${rest.map((t) => t.text).join(' ')}` : ''}?`;
  return { kind: 'qa', front, back: n.text, sentence: s, answerType: 'number', fact: n.text, answerCount: 1, weight: 1.01 };
}

/** "…, The Daily Courier reported": who passed the fact on, not part of it; a question keeps the fact alone. */
const REPORTED_BY = /,\s+(?:according to [^,]{2,60}|(?:the\s+)?\p{Lu}[\p{L}.’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,5}\s+(?:reported|reports|said|says))$/u;

/** Verbs that say nothing without what follows them ("showed that …", "found that …"). */
const NEEDS_OBJECT = /^(?:show|find|reveal|say|argue|claim|suggest|prove|demonstrate|conclude|report|note|estimate|announce|predict|propose|state|write|describe|discover|establish|observe)$/i;

/** The name ends a noun phrase that is the object of a preposition or a verb ("… thinness of the
 * 12-inch MacBook released in 2015"): a past form after it is a participle describing it, not the
 * name's own verb. */
function notSubject(tokens: readonly Token[], nameStart: number): boolean {
  let k = nameStart - 1;
  let determiner = false;
  for (; k >= 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'NOUN' || tokens[k]!.text === '-'); k--) {
    if (tokens[k]!.pos === 'DET') determiner = true;
  }
  // A determiner marks the words before the name as its phrase; "In 2019 Smith released …" has none.
  return determiner && k >= 0 && (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'VERB');
}

/** Verbs of saying: when someone said a thing asks nothing about what happened. */
const SAYING = /^(?:tell|say|state|add|claim|reply|remark)$/;

export function buildQaCards(ctx: CardContext, s: Sentence): Draft[] {
  if (!ctx.eligible(s)) return [];
  const drafts: Draft[] = [];
  const tokens = s.tokens;
  const mentions = ctx.mentionsOf(s.index);
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'organization') continue;
    const verb = tokens[m.tokenEnd];
    if (!verb || verb.pos !== 'VERB' || !isPast(verb.text, verb.lemma)) continue;
    // "the 12-inch MacBook released in 2015": a participle that describes the name — no one did
    // anything ("When did MacBook Pros release?" asked nothing true).
    if (notSubject(tokens, m.tokenStart)) continue;
    const entity = ctx.analysis.entities.get(m.canonical);
    // When: up to six plain words, then "in"/"on" and a dated mention.
    const date = mentions.find((d) => d.type === 'date' && d.value !== undefined && d.tokenStart > m.tokenEnd && d.tokenStart - m.tokenEnd <= 8);
    if (date) {
      const prep = tokens[date.tokenStart - 1];
      const object = tokens.slice(m.tokenEnd + 1, date.tokenStart - 1);
      const plain = plainWords(object);
      // "When did Henrik Maas show?" of "Maas showed in 1979 that …": a verb that needs what it
      // showed or found asks nothing without it.
      // Nor one date of a list ("won … in 1960, 1961, and 1962": "1960" alone is wrong), nor when
      // someone told or said something (set Q's judges: "When did Yoshiaki Tsutsumi tell a weekly magazine?").
      const listed = /^,?\s*(?:and\s+)?(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/.test(s.text.slice(date.end - s.start));
      if (prep && (prep.text === 'in' || prep.text === 'on') && plain && !(object.length === 0 && NEEDS_OBJECT.test(verb.lemma)) && !listed && !SAYING.test(verb.lemma)) {
        const front = `When did ${m.canonical} ${verb.lemma}${object.length ? ` ${object.map((t) => t.text).join(' ')}` : ''}?`;
        if (!containsWord(front, date.text)) {
          drafts.push({ kind: 'qa', front, back: date.text, sentence: s, answerType: 'date', fact: date.text.toLowerCase(), answerCount: 1, weight: 1.02 });
        }
      }
    }
    const where = whereCard(ctx, s, m, verb);
    if (where) drafts.push(where);
    const howMany = howManyCard(ctx, s, m, verb);
    if (howMany) drafts.push(howMany);
    // Who: the sentence opens with the full name and a past verb; the rest carries no pronoun.
    if (m.tokenStart === 0 && m.text === m.canonical && m.type === 'person') {
      const rest = tokens.slice(m.tokenEnd, tokens.length - (tokens.at(-1)!.pos === 'PUNCT' ? 1 : 0));
      const clean = rest.every((t) => !PRONOUNS.has(t.text.toLowerCase()) && !BAD_IN_PREDICATE.has(t.text));
      if (clean && rest.length >= 4 && rest.length <= 22) {
        const predicate = s.text.slice(rest[0]!.start - s.start, rest.at(-1)!.end - s.start).replace(REPORTED_BY, '');
        const front = `Who ${predicate}?`;
        if (!giveaways(m.canonical, entity).some((f) => containsWord(front, f))) {
          drafts.push({ kind: 'qa', front, back: m.canonical, sentence: s, answerType: 'person', fact: m.canonical.toLowerCase(), answerCount: entity?.count ?? 1, weight: 0.98 });
        }
      }
    }
  }
  return drafts;
}

// Sentences that lean, past their opening, on someone or something named only before them:
// "… would have helped his chances …" with no person on the card, "they hauled away most of
// the stuff". sentence-rules.ts `opensWithPointer` looks at the opening only; these point from
// inside the sentence. A card on one shows the sentence before (when it names the referent) or
// is not made (cloze.ts `contextFor`).
import type { Mention, Sentence } from '../nlp/index.js';
import { NATIONALITIES } from '../nlp/lexicon.js';

/** Pronouns that stand for a person: "his", "him", "her", "hers". */
const PERSON_PRONOUNS = new Set(['his', 'him', 'her', 'hers']);
const SUBJECTS = new Set(['he', 'she']);

/**
 * A personal pronoun with nobody before it to stand for: "Officials handed her a fine",
 * "… helped his chances …" after only companies. Somebody is there when the sentence opens on a
 * definite subject ("The Dane regained his rhythm", "The robot … its reach"), names a person,
 * or holds a proper noun that is no organisation, place, date or number.
 */
export function unnamedPerson(s: Sentence, mentions: readonly Mention[]): boolean {
  const at = s.tokens.findIndex((t, i) => i > 0 && PERSON_PRONOUNS.has(t.text.toLowerCase()));
  if (at < 0 || /^[“"‘']?The\s/.test(s.text)) return false;
  // "Sir Joshua painted him": the object of the verb a named person is the subject of is someone
  // else (the same person would be "himself"), named only before the sentence.
  if (s.tokens[at]!.text.toLowerCase() === 'him' && s.tokens[at - 1]?.pos === 'VERB' && mentions.some((m) => (m.type === 'person' || m.type === 'name') && m.tokenEnd === at - 1)) return true;
  if (mentions.some((m) => m.type === 'person' && m.tokenStart < at)) return false;
  // "She then reported a fault on herself after her foot slipped": "his" is the "he" before it, whose own referent opensWithPointer seeks.
  if (s.tokens.slice(0, at).some((t) => SUBJECTS.has(t.text.toLowerCase()))) return false;
  const notPeople = mentions.filter((m) => m.type !== 'person' && m.type !== 'name');
  const inNotPerson = (i: number): boolean => notPeople.some((m) => i >= m.tokenStart && i < m.tokenEnd);
  return !s.tokens.slice(0, at).some((t, i) => t.pos === 'PROPN' && !inNotPerson(i));
}

/** Nouns that only ever point back: "the stuff", "the thing" stand for something named elsewhere ("the former" is left out: it is also an adjective, "the former host").
 * So do "the endeavour", "the effort", "the issue" ("working on the endeavour for more than a decade": both set U judges, dangling);
 * not "the show", "the project" or "the idea", which the dev set's judges read by the title or a clause of their own. */
// Followed by its own clause ("the thing that matters", "the matter of pay") the noun says what it is.
const VAGUE_THING = /\bthe (?:stuff|thing|things|matter|endeavou?r|effort|efforts|scheme|issue|move|incident)\b(?!\s+(?:that|which|who|of|to)\b)/i;

/** "… as a lifeboat for these functions": a demonstrative past the opening points back to what the
 * sentence before listed (followed by its own clause, "those who stayed", it says what it is). */
const POINTING_PHRASE = /(?<!^[“"‘']?)\b(?:these|those)\s+(?:[a-z]+\s+)?[a-z]+s\b(?!\s+(?:that|which|who|of|to)\b)/;

/** "At least 10% of that amount cannot be recovered", "during that period": a sum or a time the sentence before gave (set V's and W's judges, dangling). */
// (Not "this figure", which mostly points to a figure of its own sentence: "the vote was 51.6% …, this figure did not …".)
const POINTED_FIGURE = /\b(?:that|this)\s+(?:amount|sum|total|period)\b/i;

export function vagueThing(s: Sentence): boolean {
  return VAGUE_THING.test(s.text) || POINTING_PHRASE.test(s.text) || POINTED_FIGURE.test(s.text);
}

/**
 * Someone the sentence calls only by age or origin, as news does after naming them once: "the
 * 21-year-old told Cadena Cope", "And the South African has been appointed …". The descriptor is
 * followed by a verb or a stop (not "the 21-year-old striker Jose Reyes"), and no person is named
 * before it in the sentence: on a card alone, any player could be meant.
 */
export function unnamedDescriptor(s: Sentence, mentions: readonly Mention[]): boolean {
  for (const m of s.text.matchAll(DESCRIPTOR)) {
    if (!m[1]!.includes('-year-old') && !NATIONALITIES.has(m[1]!) && !NATIONALITIES.has(m[1]!.split(' ').at(-1)!)) continue;
    // A person named before it is who it describes, as is a name it is set beside ("Reyes, the
    // 21-year-old, …"); not one named inside the words it says ("'I wish I was playing for Real
    // Madrid,' the 21-year-old told …").
    const at = s.start + m.index!;
    const quoted = (x: Mention): boolean => /^[^"“”]*["“][^"“”]*$/.test(s.text.slice(0, x.start - s.start));
    if (mentions.some((x) => x.type === 'person' && x.start < at && !quoted(x)) || /\p{Lu}\p{Ll}+,\s*$/u.test(s.text.slice(0, m.index))) continue;
    const end = at + m[0].length;
    const next = s.tokens.find((t) => t.start >= end);
    if (!next || next.pos === 'VERB' || next.pos === 'AUX' || /^[,.;:!?]$/.test(next.text)) return true;
  }
  return false;
}

/** "the 21-year-old", "the South African", "the Brazilian": a person's age or origin after "the". */
const DESCRIPTOR = /\bthe\s+(\d+-year-old|(?:South |North |New )?\p{Lu}\p{Ll}+)(?![\p{L}-])/gu;

// Where a passage about a concept states its facts: in the main clause's noun phrases, not in
// names. "Gout is [a form of inflammatory arthritis]", "it can trigger [a trophic cascade]",
// "Unlike [necrosis], …", "sinkholes, also called [dolines]". This module only finds the spans
// (whole noun phrases, determiners left out); answers.ts decides which are answers.
import type { Sentence, Token } from '../nlp/index.js';

/** Words of time after a preposition: "in summer", "at night", "during the winter". */
const TIME_WORDS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'morning', 'evening', 'night', 'day', 'daytime', 'week', 'weekend', 'month', 'year', 'season', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export type ConceptSlot = 'named' | 'object' | 'complement' | 'subject';

export interface ConceptSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly slot: ConceptSlot;
}

const SKIPPED = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/** Verbs that report or judge rather than state a fact: what follows them is a clause, not a term. */
const REPORTING = new Set(['argue', 'note', 'say', 'claim', 'contend', 'believe', 'suggest', 'think', 'show', 'mean', 'make', 'have', 'take', 'give', 'get', 'do', 'use', 'need', 'allow']);
/** Prepositions that say what an object becomes or where it goes: "turns X into Y", "converts X to Y". */
const RESULT_PREPOSITIONS = new Set(['into', 'to', 'from', 'with', 'as']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Words that name what follows: "called", "known as", "termed". */
const NAMING = /\b(?:called|named|termed|dubbed|known as)\s*$/i;
const MAX_WORDS = 6;

const isContent = (t: Token | undefined): boolean => !!t && /^(?:ADJ|NOUN|PROPN)$/.test(t.pos) && /^[\p{L}][\p{L}'’]*$/u.test(t.text);
/**
 * A past participle may open a term ("programmed cell death", "reduced kidney function") when a
 * noun follows; an -ing form there is mostly a gerund with its object ("avoids damaging tissue").
 */
const isModifierVerb = (t: Token | undefined, next: Token | undefined): boolean => !!t && t.pos === 'VERB' && /ed$/.test(t.text) && isContent(next);
const isNoun = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');

/**
 * Token i is a noun the tagger took for a verb, closing a phrase before a punctuation mark: one in
 * -ing after a content word ("chemical weathering,"), a plural after an adjective ("unpredictable pauses,").
 */
function gerundHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== 'VERB' || !/^[,.;:]$/.test(tokens[i + 1]?.text ?? '.')) return false;
  const prev = tokens[i - 1];
  return (/^[a-z]+ing$/.test(t.text) && /^[a-z]/.test(prev?.text ?? '')) || (/^[a-z]+s$/.test(t.text) && prev?.pos === 'ADJ');
}

/** The whole noun phrase from token a (after its determiner), or -1: ends on a noun, one "of" join at most. */
function phraseEnd(tokens: readonly Token[], a: number): number {
  let b = a;
  let joined = false;
  while (b < tokens.length && b - a < MAX_WORDS) {
    const t = tokens[b]!;
    if (isContent(t) || (b === a && isModifierVerb(t, tokens[b + 1]))) b++;
    // "Henderson–Hasselbalch equation": two names joined by a dash with no space are one word.
    else if (/^[-–]$/.test(t.text) && b > a && t.start === tokens[b - 1]!.end && tokens[b + 1]?.start === t.end && /^[A-Z]/.test(tokens[b - 1]!.text) && /^[A-Z]/.test(tokens[b + 1]!.text)) b++;
    // "form [of] inflammatory arthritis", "base [of the] big toe": one join into a second phrase.
    else if (!joined && t.text === 'of' && b > a && isNoun(tokens[b - 1]) && (isContent(tokens[b + 1]) || (SKIPPED.has(tokens[b + 1]?.text ?? '') && isContent(tokens[b + 2])))) {
      joined = true;
      b += SKIPPED.has(tokens[b + 1]!.text) ? 2 : 1;
    } else break;
  }
  // "chemical [weathering]," : a noun in -ing the tagger took for a verb, closing the phrase.
  if (b > a && isContent(tokens[b - 1]) && gerundHead(tokens, b)) b++;
  while (b > a && !isNoun(tokens[b - 1]) && !(b - 1 > a && gerundHead(tokens, b - 1))) b--;
  if (b === a || /^(?:of|the|a|an)$/.test(tokens[b - 1]!.text)) return -1;
  // Cut inside a longer word or phrase ("needle-shaped", a phrase past six words): not a whole term.
  const next = tokens[b];
  if (next && (isContent(next) || /^[-–]$/.test(next.text))) return -1;
  // "the need [to free …]": the phrase runs on into its own clause.
  if (next?.text === 'to' && tokens[b + 1]?.pos === 'VERB') return -1;
  // "from the ceiling deposits minerals": a plural noun inside a run of nouns is a verb the tagger missed.
  if (tokens.slice(a, b - 1).some((t, k) => t.pos === 'NOUN' && t.lemma !== t.text.toLowerCase() && isNoun(tokens[a + k + 1]))) return -1;
  return b;
}

/** An item of a list ("drugs, [colchicine] or corticosteroids"): any other item fits the blank as well. */
function inList(tokens: readonly Token[], a: number, b: number): boolean {
  const before = tokens[a - 1]?.text ?? '';
  const after = tokens[b]?.text ?? '';
  const c = SKIPPED.has(tokens[b + 1]?.text.toLowerCase() ?? '') ? b + 2 : b + 1;
  const listAfter = (after === ',' || after === 'and' || after === 'or') && (isContent(tokens[c]) || isModifierVerb(tokens[c], tokens[c + 1]));
  const listBefore = (before === ',' || before === 'and' || before === 'or') && isNoun(tokens[a - 2]);
  return listAfter || listBefore;
}

/**
 * "purines, substances [found] in …": a participle right after a noun, once the sentence has had
 * its verb, opens a relative clause, not the main one ("The doctrine [originated] in" is the main verb).
 */
function reducedRelative(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.pos === 'VERB' && t.lemma !== t.text.toLowerCase() && !/(?:s|ing)$/.test(t.text) && tokens[i - 1]?.pos === 'NOUN' && tokens.slice(0, i - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
}

/** Where a term may open after token i (the slot's last word), with the slot, or null. */
function slotAfter(s: Sentence, i: number): ConceptSlot | null {
  const tokens = s.tokens;
  const t = tokens[i]!;
  const word = t.text.toLowerCase();
  if (NAMING.test(s.text.slice(Math.max(0, t.start - s.start - 10), t.end - s.start))) return 'named';
  // "Unlike [necrosis]", "such as [allopurinol]": the contrasted or named example.
  if (word === 'unlike' || (word === 'as' && tokens[i - 1]?.text.toLowerCase() === 'such')) return 'object';
  if (COPULAS.has(word) && i > 0) return 'complement';
  // A participle after a determiner or preposition ("from decaying matter") describes; it opens no object.
  // "and [reduced] kidney function": a participle before its noun describes it; it opens nothing.
  const reduced = reducedRelative(tokens, i) || (isModifierVerb(t, tokens[i + 1]) && /^(?:CCONJ|PUNCT)$/.test(tokens[i - 1]?.pos ?? ''));
  if (t.pos === 'VERB' && !REPORTING.has(t.lemma) && !reduced && !/^(?:DET|ADP)$/.test(tokens[i - 1]?.pos ?? '')) return 'object';
  // "results [from]", "associated [with]", "regard it [as]": a verb, perhaps its pronoun object, then a preposition.
  if (t.pos === 'ADP' || t.text === 'to') {
    const prev = tokens[i - 1];
    const verb = prev?.pos === 'PRON' && /^(?:it|them)$/i.test(prev.text) ? tokens[i - 2] : prev;
    // Not "relieves programmers [of]": a verb's "of" follows its object.
    const relative = !!prev && verb === prev && reducedRelative(tokens, i - 1);
    if (verb?.pos === 'VERB' && !REPORTING.has(verb.lemma) && !relative && word !== 'by' && word !== 'of') return 'object';
    // "is distinct [from] adverse selection", "are vulnerable [to] pollution": an adjective after a
    // form of "be" predicates a relation, and what it relates the subject to is the fact.
    const linked = COPULAS.has(tokens[i - 2]?.text.toLowerCase() ?? '') || (tokens[i - 2]?.pos === 'ADV' && COPULAS.has(tokens[i - 3]?.text.toLowerCase() ?? ''));
    // Not a time ("are high [in] summer"): when something holds is no relation of the subject's.
    if (prev?.pos === 'ADJ' && linked && word !== 'of' && word !== 'by' && !TIME_WORDS.has(tokens[i + 1]?.text.toLowerCase() ?? '') && !TIME_WORDS.has(tokens[i + 2]?.text.toLowerCase() ?? '')) return 'object';
    // "consumed [by] the conjugate base": the agent of a passive is what acts.
    if (verb?.pos === 'VERB' && word === 'by' && /ed$/.test(verb.text)) return 'object';
    // "splits the rock [into] angular fragments": where the verb's object ends up.
    let object = i - 1;
    while (object > i - 5 && isContent(tokens[object])) object--;
    if (SKIPPED.has(tokens[object]?.text.toLowerCase() ?? '')) object--;
    if (RESULT_PREPOSITIONS.has(word) && isNoun(prev) && tokens[object]?.pos === 'VERB' && !REPORTING.has(tokens[object]!.lemma)) return 'object';
  }
  return null;
}

/** The noun phrases of a sentence in the slots that carry a concept text's facts. */
export function conceptSpansOf(s: Sentence): ConceptSpan[] {
  const tokens = s.tokens;
  const out: ConceptSpan[] = [];
  const taken = new Set<number>();
  const add = (a: number, slot: ConceptSlot): void => {
    // "avoids [damaging] tissue", "from [destroying] forests": an -ing word right after a verb or a
    // preposition is a gerund with its object, whatever its tag.
    if (/ing$/.test(tokens[a]?.text ?? '') && /^(?:VERB|ADP)$/.test(tokens[a - 1]?.pos ?? '')) return;
    while (a < tokens.length && SKIPPED.has(tokens[a]!.text.toLowerCase())) a++;
    // "is [considered] garbage": after a copula a participle is the verb, not a modifier.
    if (taken.has(a) || !(isContent(tokens[a]) || (slot !== 'complement' && isModifierVerb(tokens[a], tokens[a + 1])))) return;
    const b = phraseEnd(tokens, a);
    if (b < 0 || inList(tokens, a, b)) return;
    // "where the [ground] collapses", "the observation [that] …": the subject of a clause that follows.
    if (slot !== 'subject' && /^(?:VERB|AUX)$/.test(tokens[b]?.pos ?? '')) return;
    // A lone noun is whole only where a punctuation mark, a preposition or "and" follows ("a [position] closer to", "the [observation] that").
    if (b - a === 1 && slot !== 'named' && tokens[b] && !/^(?:PUNCT|ADP|CCONJ)$/.test(tokens[b]!.pos)) return;
    // "poses a [hazard]", "from the [atmosphere]": a lone noun with an article is mostly an everyday
    // word; a concept is named bare ("Unlike [necrosis]", "borrowed from [architecture]").
    if (b - a === 1 && slot !== 'named' && SKIPPED.has(tokens[a - 1]?.text.toLowerCase() ?? '')) return;
    // "the [predatory starfish Pisaster] …": a name run into a description is neither whole.
    if (tokens.slice(a + 1, b).some((x, k) => /^[A-Z]/.test(x.text) && /^[a-z]/.test(tokens[a + k]!.text))) return;
    // "his [doctor]", "their [home]": a lone noun someone owns is an everyday thing, not a term.
    if (b - a === 1 && /^(?:his|her|their|its|my|our|your)$/i.test(tokens[a - 1]?.text ?? '')) return;
    taken.add(a);
    out.push({ tokenStart: a, tokenEnd: b, slot });
  };
  // The term a sentence defines: the phrase it opens on, before "is a", "are an" ("Uric acid is
  // a …"). Other subjects are mostly the passage's running topic or a heading-like phrase.
  const first = SKIPPED.has(tokens[0]?.text.toLowerCase() ?? '') ? 1 : 0;
  const subjectEnd = isContent(tokens[first]) ? phraseEnd(tokens, first) : -1;
  if (subjectEnd > 0 && COPULAS.has(tokens[subjectEnd]?.text ?? '') && /^(?:a|an)$/i.test(tokens[subjectEnd + 1]?.text ?? '')) add(first, 'subject');
  for (let i = 0; i < tokens.length - 1; i++) {
    const slot = slotAfter(s, i);
    if (slot) add(i + 1, slot);
  }
  return out;
}

/** "the [deposition of] monosodium urate crystals": a process noun with its object; the term is the object. */
const PROCESS_OF = /^[\p{L}-]+(?:tion|sion|ment|ance|ence|al)\s+of\s/u;
/** "a Dutch [term] for …": a head that says only that a word follows. */
const WORD_HEAD = /\s(?:term|terms|word|words|name|names|expression|label)$/i;
/** "an [intense immune response]", "the height of [such ledges]": a degree word or one pointing back. */
const LOOSE_WORD = /\b(?:intense|severe|significant|considerable|substantial|marked|profound|such|these|those)\b/i;
/** One word any field's prose uses for its own things: "Closely related [fields]", "restricted
 * [resources]", "imposing [restrictions]" test a word, not the passage (its terms are narrower). */
const GENERIC_NOUN = /^(?:fields?|areas?|resources?|restrictions?|methods?|ways?|factors?|aspects?|issues?|problems?|things?|types?|forms?|kinds?|sorts?|parts?|elements?|features?|properties|property|conditions?|measures?|effects?|changes?|activit(?:y|ies)|stud(?:y|ies)|results?|uses?|means|purposes?|roles?|levels?|amounts?|numbers?|groups?|members?|cases?|examples?|situations?|questions?|approach(?:es)?|processes|process|systems?|structures?|functions?|components?|materials?|products?|techniques?|practices?|principles?|ideas?|concepts?|theor(?:y|ies)|models?|terms?)$/i;
/** "[sinkholes], also called dolines": the first of two names for one thing; the second, on the front, gives it away. */
const SYNONYM_NEXT = /^\s*,?\s*(?:also\s+|or\s+|otherwise\s+)?(?:called|known\s+as|termed|named)\b/i;
const stem = (w: string): string => w.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * Whether a term blank on a concept passage is loose rather than a whole term: a process noun with
 * its object, a head that only says "word", a degree word, the genus of a definition ("X is a [...]
 * in which" — 'procedure', 'tactic' fit as well), a term whose every word the front says again in a
 * parallel ("a [weak acid] and its conjugate base, or a weak base and its conjugate acid"), the
 * first of two synonyms, or a gerund cut from its object ("the [idea of hijacking] the process").
 */
export function looseTermBlank(front: string, back: string): boolean {
  const at = front.indexOf('[...]');
  if (at < 0) return false;
  const before = front.slice(0, at);
  const after = front.slice(at + 5);
  if (PROCESS_OF.test(back) || WORD_HEAD.test(back) || LOOSE_WORD.test(back) || GENERIC_NOUN.test(back)) return true;
  if (/\b(?:is|are)\s+(?:a|an)\s+$/i.test(before) && /^\s+(?:in|under|by|through)\s+which\b/i.test(after)) return true;
  if (SYNONYM_NEXT.test(after)) return true;
  if (/ing$/.test(back) && /^\s+(?:the|a|an|its|their)\s/i.test(after)) return true;
  const words = back.split(/\s+/).filter((w) => /^\p{L}{3,}$/u.test(w));
  const rest = new Set(`${before} ${after}`.split(/[^\p{L}]+/u).filter(Boolean).map(stem));
  return words.length > 1 && words.every((w) => rest.has(stem(w)));
}

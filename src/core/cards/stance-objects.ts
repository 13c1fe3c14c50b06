// The object of a verb of stance or use ("The church opposes [conscription]", "the party
// supported [the temperance movement]", "uses [unfermented grape juice]"): what a body stands
// for, against or uses is the point of such a sentence, whether or not the text repeats it.
import type { Sentence, Token } from '../nlp/index.js';
import { PRONOUNS } from '../nlp/index.js';

/** Lemmas of verbs whose object is a position taken or a thing adopted. */
const STANCE_VERBS = new Set(['support', 'oppose', 'use', 'adopt', 'reject', 'ban', 'prohibit', 'forbid', 'promote', 'favour', 'favor', 'advocate', 'endorse', 'condemn', 'uphold', 'embrace', 'abolish', 'practise', 'practice', 'outlaw', 'denounce']);
const ARTICLES = new Set(['the', 'a', 'an']);
const CHUNK = new Set(['ADJ', 'NOUN']);
/** Adjectives that judge or count rather than name the thing ("many", "new"): no term starts with them. */
const VAGUE = /^(?:new|old|other|many|several|same|different|such|more|most|much|some|any|all|various|certain|own|good|bad|great|big|small|large|important|main|major)$/;
/** A single-noun object is a term only when it is this long ("conscription", not "war" or "money"). */
const LONE_LENGTH = 8;

export interface ObjectSpan {
  /** Token range of the object phrase. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * Object phrases of stance or use verbs: adjectives and nouns right after the verb (an article
 * may come between), ending on a noun, and ending where the phrase ends — a phrase followed by
 * "of" or by another noun is only the head of a longer one, and is left out.
 */
export function stanceObjectsOf(s: Sentence, generic: ReadonlySet<string>): ObjectSpan[] {
  const tokens = s.tokens;
  const out: ObjectSpan[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]!;
    if (verb.pos !== 'VERB' || !STANCE_VERBS.has(verb.lemma)) continue;
    // "Using X, the machine can …": a participle opening the sentence gives the means; the main clause holds the point.
    if (v === 0 && /ing$/i.test(verb.text)) continue;
    // "was used by", "is opposed to": a passive verb's object is not what follows it.
    if (/^(?:is|are|was|were|be|been|being)$/i.test(tokens[v - 1]?.text ?? '')) continue;
    let a = v + 1;
    if (ARTICLES.has(tokens[a]?.text.toLowerCase() ?? '')) a++;
    let b = a;
    while (b < tokens.length && CHUNK.has(tokens[b]!.pos) && /^[a-z][a-z-]*$/.test(tokens[b]!.text)) b++;
    const words: Token[] = tokens.slice(a, b);
    if (words.length === 0 || words.length > 4 || words.at(-1)!.pos !== 'NOUN') continue;
    const next = tokens[b];
    if (next && (next.text === 'of' || /^[A-Z\d]/.test(next.text) || next.text === '-' || next.text === "'s" || next.text === '’s')) continue;
    if (VAGUE.test(words[0]!.text) || words.some((w) => PRONOUNS.has(w.text) || w.stop)) continue;
    if (words.length === 1 && (words[0]!.text.length < LONE_LENGTH || generic.has(words[0]!.text))) continue;
    if (words.every((w) => generic.has(w.text))) continue;
    out.push({ tokenStart: a, tokenEnd: b });
  }
  return out;
}

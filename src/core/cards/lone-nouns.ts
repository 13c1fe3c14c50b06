// "Nearly 300 school districts closed because of the [rally]", "using [technology] from Lucent":
// in a story, a blank on one common lower-case word asks for a word any sentence could hold, while
// the fact stays on the front. Blind judges of unseen news and web pages (sessions 34–36) kept 3
// of 22 such cards. An entry or a concept passage is different: its one-word terms ("created by
// [erosion]", "serve as [pastors]") are what it teaches, and stay. So does a word the sentence
// names as a term ("a problem called [anaphylaxis]").
import { CLOZE_BLANK } from '../../shared/cloze.js';

const ONE_WORD = /^\p{Ll}+$/u;
/** The sentence introduces the word as a name for something. */
const NAMING = /\b(?:called|named|termed|dubbed|known as|referred to as)\s+["“']?$/i;

/** A gap card whose answer is one lower-case word that the front does not introduce as a term. */
export function loneWordBlank(front: string, answer: string): boolean {
  if (!ONE_WORD.test(answer)) return false;
  const at = front.indexOf(CLOZE_BLANK);
  return at >= 0 && !NAMING.test(front.slice(0, at));
}

const PHRASE = /^\p{Ll}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+)+$/u;
/** "because of a [clash of personalities]", "delays due to [engine problems]": a cause the story gives. */
const CAUSE_BEFORE = /\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|thanks\s+to|caused\s+by|blamed\s+on|results?\s+in|resulted\s+in)\s+(?:an?\s+|the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;

/**
 * A gap card whose answer is a lower-case phrase that the front neither quotes, nor names as a
 * term, nor gives as a cause: "launched a [rescue mission]", "ahead of the [flu season]". In news
 * stories blind judges of unseen text (sessions 35–38) kept 82 of 262 verdicts on such blanks
 * (31%), against 26 of 44 quoted ('due to "[extraordinary circumstances]"'), 12 of 16 named
 * ("so-called [grid computing]") and 17 of 38 causes.
 */
export function plainPhraseBlank(front: string, answer: string): boolean {
  if (!PHRASE.test(answer)) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const before = front.slice(0, at);
  const after = front.slice(at + CLOZE_BLANK.length);
  const quoted = /["“‘']\s*(?:an?\s+|the\s+)?$/.test(before) && /^\s*["”’']/.test(after);
  // (NAMING takes "so-called" too: it ends on "called".)
  return !quoted && !NAMING.test(before) && !CAUSE_BEFORE.test(before);
}

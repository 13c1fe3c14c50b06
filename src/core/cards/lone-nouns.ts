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

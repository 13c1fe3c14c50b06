// Blanks that hold a loose phrase rather than a term to learn: many answers fit, and the judge
// cannot tell which the card wants. A lowercase answer (a term, not a name or a figure) is vague
//   after a word pointing back ("these [partner companies]", "Another [master plan]"): what it
//     names was said before, so the blank is a stand-in, not a fact;
//   as a noun with its "of" phrase ("a [mix of elements]", "several [quarters of revenue growth]");
//   on a generic adjective ("[new ways] of thinking").
import { CLOZE_BLANK } from '../../shared/cloze.js';

const POINTING_BEFORE = /\b(?:these|those|this|that|another|such|other|same)\s*$/i;
const GENERIC_ADJECTIVE = /^(?:new|several|many|various|other|different|certain|some|more)\s/;

/** The blank of `front` holds a vague lowercase phrase (`answer`), not a term. */
export function vagueBlank(front: string, answer: string): boolean {
  if (!/^\p{Ll}/u.test(answer) || !answer.includes(' ')) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at >= 0 && POINTING_BEFORE.test(front.slice(Math.max(0, at - 10), at))) return true;
  return / of /.test(answer) || GENERIC_ADJECTIVE.test(answer);
}

// Blanks that hold a loose phrase rather than a term to learn: many answers fit, and the judge
// cannot tell which the card wants. A lowercase answer (a term, not a name or a figure) is vague
//   after a word pointing back ("these [partner companies]", "Another [master plan]"): what it
//     names was said before, so the blank is a stand-in, not a fact;
//   as a noun with its "of" phrase ("a [mix of elements]", "several [quarters of revenue growth]");
//   on a generic adjective ("[new ways] of thinking").
// A number after "No.", "Article" or "Route" labels a thing rather than counting it: no card either.
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

/** "Convention No. [129]", "Route [66]", "Article [5]": a number that labels a thing rather than counts it. */
const LABEL_BEFORE = /\b(?:No\.|Nos\.|Number|Art\.|Article|Section|Route|Resolution|Convention|Chapter|Flight|Highway|Interstate|#)\s*$/;

/** The blank holds a number that names a thing (a treaty's, a road's), a label to look up, not a figure to learn. */
export function labelNumber(front: string, answer: string): boolean {
  if (!/^\d[\d,]*$/.test(answer.trim())) return false;
  const at = front.indexOf(CLOZE_BLANK);
  return at >= 0 && LABEL_BEFORE.test(front.slice(Math.max(0, at - 16), at));
}

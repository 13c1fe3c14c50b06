// "through the [...]" reads as "the Netherlands", never "the France": a country option must take
// the article the front puts before the blank, or none when there is none — otherwise the
// determiner alone picks out the answer among the options.
import { CLOZE_BLANK } from '../../shared/cloze.js';

/** Countries named with "the": plural names and names of a union, republic or kingdom. */
const TAKES_THE = /^(?:United\b|Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros|Gambia|Czech Republic|Dominican Republic|Central African Republic|Democratic Republic|Republic of|Ivory Coast|Vatican)/;

export function takesThe(country: string): boolean {
  return TAKES_THE.test(country);
}

const BEFORE_BLANK = /\bthe\s*$/i;

/** The country reads right in the blank: "the" before it exactly when its name takes one. */
export function fitsArticle(front: string, country: string): boolean {
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return true;
  return BEFORE_BLANK.test(front.slice(Math.max(0, at - 8), at)) === takesThe(country);
}

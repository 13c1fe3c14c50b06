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

const INDEFINITE_BEFORE_BLANK = /\b(an?)\s*$/i;

/**
 * "an" is said before this option: a vowel sound first — a name by its first letter ("an Ohio
 * man"), a figure by its spoken first word ("an 18", "an 80 percent", "an 11,000", but "a 110").
 */
function takesAn(option: string): boolean {
  const figure = /^\d[\d,]*(?:\.\d+)?/.exec(option);
  // An acronym said letter by letter ("an FBI", "an NBA"), unless it is said as a word ("a NASA");
  // "U" mostly as "you" ("a Ugandan").
  if (!figure) return /^[A-Z][B-DF-HJ-NP-TV-Z][A-Z]*\b/.test(option) ? /^[AEFHILMNORSX]/.test(option) : /^(?:[AEIOaeio]|U[lmpz])/.test(option);
  const lead = figure[0].split(/[,.]/)[0]!;
  const group = figure[0].includes(',') ? lead : lead.length > 3 ? lead.slice(0, lead.length % 3 || 3) : lead;
  return group.startsWith('8') || group === '11' || group === '18';
}

/** The option reads right after the "a" or "an" before the blank, as the answer does ("an [...]" never only fits "18"). */
export function fitsIndefinite(front: string, option: string): boolean {
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return true;
  const m = INDEFINITE_BEFORE_BLANK.exec(front.slice(Math.max(0, at - 6), at));
  if (!m) return true;
  return (m[1]!.toLowerCase() === 'an') === takesAn(option);
}

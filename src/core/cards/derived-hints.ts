// More ways a front names its answer in another form (front-hints.ts has demonyms, initials,
// containing names and sums): a word derived from the same stem ("being prime" → [primality]),
// a year's digits inside a name ("the MBH99 reconstruction" → [1999]), an acronym spelled out
// ("the Royal Air Force ([...])" → RAF), and a place name that stands for the body it houses
// ("Holyrood" beside [Scottish Parliament]).
import { CLOZE_BLANK } from '../../shared/cloze.js';

/** Derivational and inflectional endings, longest first: "primality" and "prime" share "prim". */
const SUFFIXES = ['ationally', 'ational', 'alities', 'ality', 'ility', 'ation', 'ition', 'ically', 'ical', 'ness', 'ment', 'ists', 'isms', 'ity', 'ism', 'ist', 'ian', 'ary', 'ous', 'ive', 'ing', 'ies', 'ic', 'al', 'ed', 'es', 'er', 's', 'e', 'y', 'o'];
/** A stem shorter than this says too little: "act" would tie "actor" to "action". */
const MIN_STEM = 4;

function strip(w: string): string {
  for (const suffix of SUFFIXES) if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) return w.slice(0, -suffix.length);
  return w;
}

/** Two passes, so that "quadrangles" and "quadrangle" end on one stem. */
export function stemOf(word: string): string {
  return strip(strip(word.toLowerCase()));
}

/** "quadrangle" and "quadrangles": one word in its plural, which judges let stand beside its answer. */
const inflected = (a: string, b: string): boolean => a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`;

const LOWER_WORD = /^\p{Ll}{5,}$/u;
/** Words any sentence may share with its answer without saying it. */
const FUNCTION = new Set(['about', 'above', 'after', 'again', 'against', 'almost', 'along', 'among', 'around', 'because', 'before', 'being', 'below', 'between', 'during', 'early', 'every', 'first', 'later', 'least', 'little', 'might', 'other', 'their', 'there', 'these', 'those', 'through', 'under', 'until', 'where', 'which', 'while', 'would', 'could', 'should', 'still']);

/**
 * A lowercase word of the answer (a term, not a name: "Rhine" beside [Rhine Delta] is the
 * article's own subject) shares its stem with a word of the front: "[primality]" after "being
 * prime", "[volcanic] ash" beside "the volcano".
 */
function sharesStem(front: string, answer: string): boolean {
  // A figure's unit ("20 [billion]" beside "2 billion years") is no term.
  if (/\d/.test(answer)) return false;
  const stems = new Set(answer.split(/[^\p{L}]+/u).filter((w) => LOWER_WORD.test(w) && !FUNCTION.has(w)).map(stemOf));
  if (stems.size === 0) return false;
  const blankless = front.split(CLOZE_BLANK).join(' ');
  // The same word in another case or number ("Main Quadrangles" beside [six quadrangles]) is no other form: judges let it stand.
  const answerWords = answer.toLowerCase().split(/[^\p{L}]+/u);
  // A word's stem is a prefix of it: a word that starts with none of the answer's stems is not
  // stemmed at all (most words of a front), which saves the suffix search on each.
  const opens = [...stems];
  for (const w of blankless.match(/\p{L}{4,}/gu) ?? []) {
    const lower = w.toLowerCase();
    if (!opens.some((stem) => lower.startsWith(stem))) continue;
    if (stems.has(stemOf(lower)) && !answerWords.some((a) => inflected(a, lower))) return true;
  }
  return false;
}

/** "MBH99", "Euro2016", "COP-21" is no year: letters joined to two or four digits. */
const NAME_WITH_DIGITS = /(?<![\p{L}\d])\p{Lu}[\p{L}]*-?(\d{2}|\d{4})(?![\p{L}\d])/gu;

/** The answer is a year whose digits a name on the front carries ("MBH99" → 1999, "Euro2016" → 2016). */
function yearInName(front: string, answer: string): boolean {
  const year = /^(?:\p{L}+\s+)?(1[5-9]\d{2}|20\d{2})$/u.exec(answer.trim())?.[1];
  if (!year) return false;
  for (const m of front.matchAll(NAME_WITH_DIGITS)) if (m[1] === year || m[1] === year.slice(2)) return true;
  return false;
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du', 'to', '&']);

/** The answer is an acronym whose words the front spells out: "the Royal Air Force ([...])" → RAF. */
function acronymSpelledOut(front: string, answer: string): boolean {
  const acronym = answer.trim();
  if (!/^[A-Z]{2,6}$/.test(acronym)) return false;
  const words = front.split(/[^\p{L}&]+/u).filter((w) => w && !MINOR.has(w.toLowerCase()));
  for (let i = 0; i + acronym.length <= words.length; i++) {
    const run = words.slice(i, i + acronym.length);
    if (run.every((w, k) => /^\p{Lu}/u.test(w) && w[0] === acronym[k])) return true;
  }
  return false;
}

/** Places that stand for the body they house, as the news writes them ("Holyrood voted …"). */
const SEATS: readonly (readonly [string, readonly string[]])[] = [
  ['holyrood', ['scottish parliament', 'scottish government']],
  ['westminster', ['uk parliament', 'british parliament', 'house of commons']],
  ['stormont', ['northern ireland assembly', 'northern ireland executive']],
  ['senedd', ['welsh parliament', 'welsh assembly']],
  ['downing street', ['prime minister']],
  ['capitol hill', ['congress']],
  ['the kremlin', ['russian government']],
  ['the pentagon', ['defense department', 'department of defense']],
  ['foggy bottom', ['state department']],
  ['the elysée', ['french president']],
];

/** Every seat (without its "the") and body: an answer that holds none of them names no seat or body. */
const SEAT_WORDS: readonly string[] = SEATS.flatMap(([seat, bodies]) => [seat.replace(/^the /, ''), ...bodies]);

/** One side names a body, the other the place that stands for it ("Holyrood" / [Scottish Parliament]). */
function seatForBody(front: string, answer: string): boolean {
  const a = answer.toLowerCase();
  // Each test needs the answer to hold a seat or a body, and most answers hold none: the front is then never read.
  if (!SEAT_WORDS.some((phrase) => a.includes(phrase))) return false;
  const f = front.toLowerCase();
  const has = (text: string, phrase: string): boolean => new RegExp(`(?<![\\p{L}])${phrase}(?![\\p{L}])`, 'u').test(text);
  for (const [seat, bodies] of SEATS) {
    const bare = seat.replace(/^the /, '');
    for (const body of bodies) {
      if (a.includes(body) && f.includes(bare) && has(f, bare)) return true;
      if (a.includes(bare) && f.includes(body) && has(f, body)) return true;
    }
  }
  return false;
}

/** "[...]'s (MPAA)", "the [...] (WHO)": an acronym in brackets right after the blank. */
const ACRONYM_AFTER_BLANK = new RegExp(`${CLOZE_BLANK.replace(/[.[\]]/g, '\\$&')}(?:['’]s)?\\s*\\(([A-Z]{2,6})\\)`, 'u');

/** The blank's answer is spelled out by the acronym after it: its first and last words' initials
 * open and close it ("[...]'s (MPAA)" → Motion Picture Association of America). */
function acronymAfterBlank(front: string, answer: string): boolean {
  const acronym = ACRONYM_AFTER_BLANK.exec(front)?.[1];
  const capitals = answer.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return !!acronym && capitals.length >= 2 && acronym[0] === capitals[0]![0] && acronym.at(-1) === capitals.at(-1)![0];
}

/** The front gives the answer away through a derived form, a year in a name, a spelled-out acronym or a seat. */
export function derivedHint(front: string, answer: string): boolean {
  return sharesStem(front, answer) || yearInName(front, answer) || acronymSpelledOut(front, answer) || acronymAfterBlank(front, answer) || seatForBody(front, answer);
}

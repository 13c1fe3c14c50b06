// Where wink-nlp's sentence boundary detection cuts a sentence in two, and the two pieces must be
// read as one. wink breaks after some abbreviations ("Then came Rev. | Smith, who spoke.",
// "Rep. Owen Maddox, R-W. | Va., toured the mine") and between a quote and its attribution
// ("“Got him!” | a deputy said."); every such piece then becomes a card's source, a key point
// or a highlight's sentence on its own. The rules below only ever join, never split, and each
// rests on something a sentence cannot do, rather than on a list of examples.

import { ORG_WORDS } from './lexicon.js';

/**
 * Titles written before a name that never end a sentence: "Rev." is always followed by the
 * person. Left out on purpose, because they do end sentences: "Jr." and "Sr." ("…said John
 * Smith Jr."), "Inc." and "Co." ("…sold to Acme Inc."), "St." (also "Street": "…on Main St.")
 * and "No." (the answer "No."). Those are joined only when the next piece starts lowercase.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Adm', 'Capt', 'Cmdr', 'Col', 'Cpl', 'Dr', 'Fr', 'Gen', 'Gov', 'Hon', 'Lt', 'Maj', 'Messrs', 'Mr', 'Mrs', 'Ms', 'Prof', 'Rep', 'Reps', 'Rev', 'Sen', 'Sens', 'Sgt', 'Supt',
]);

/** Country abbreviations that stand before a title ("U.S. Rep. Rhea Calloway"), but also end sentences ("…moved to the U.S."). */
const COUNTRY_BEFORE_TITLE = /(?:^|[^\p{L}.])(?:U\.S\.|U\.K\.)$/u;

/** Abbreviations that number what follows ("Op. 26", "Vol. 2"): opus, volume, figure, chapter,
 * section, article, part, book. The key numbers read the figure after one as a label too. */
export const NUMBERING_ABBREVIATION = String.raw`(?:Op|Opp|Vol|Vols|Fig|Figs|Ch|Chap|Sec|Art|Pt|Bk)\.`;
/** A lower-case abbreviation that comes before a figure: "(est. | 2.3 billion)", "c. | 1850", "approx. | 40". */
const ESTIMATE = /(?:^|[^\p{L}.])(?:est|approx|c|ca|circa|pop|incl|avg)\.$/u;
const NUMBERING = new RegExp(String.raw`(?:^|[^\p{L}.])${NUMBERING_ABBREVIATION}$`, 'u');

/** A degree cut at its inner stop: "a Ph. | D. in Urban Geography", "an Ed. | D.", "a D. | Phil." never end there. */
const DEGREE_CUT = /(?:^|[^\p{L}.])(?:Ph|Ed|Sc|Th|Litt|Mus|D)\.$/u;
/** An abbreviation inside a company's name ("Warner Bros. | Records", "Acme Co. | Records"): joined when the next piece opens on a word such names go on with. */
const NAME_ABBREVIATION = /(?:^|[^\p{L}.])(?:Bros|Co|Corp|Intl|Natl)\.$/u;
/** The name's next word, when a name, not a sentence, goes on after it ("Records, and …", "Records in 1982"; not "Records show …"). */
const NAME_GOES_ON = /^(\p{Lu}\p{L}+)(?=[,;:)]|\s+(?:\p{Lu}|of\b|and\b|in\b|for\b|on\b))/u;

/** The last word of a piece when it is an abbreviation with its stop ("Rev." → "Rev"). */
const LAST_ABBREVIATION = /(?:^|[^\p{L}.])(\p{Lu}\p{Ll}{0,5})\.$/u;
/**
 * The most of a piece's end LAST_ABBREVIATION can match: a boundary character, six letters and the
 * stop, each letter maybe two code units (13 + 2). A longer tail's start can never be where a
 * match begins, so the pattern finds the same on it as on the whole piece.
 */
const ABBREVIATION_TAIL = 16;
/** The first word of a piece when it is an abbreviation with its stop. */
const FIRST_ABBREVIATION = /^(\p{Lu}\p{Ll}{0,5})\.(?=\s|$)/u;

/**
 * True when `next` cannot begin a sentence, so wink's cut between `previous` and `next` (two
 * consecutive pieces of one block) is wrong:
 * - `next` starts with , ; : or ) — these only ever continue a sentence ("(D-Ore.) | , the…");
 * - `next` starts with an all-lowercase word ("…open the gate!” | a guard shouts.");
 *   a word with a capital inside ("iPhone", "eBay", "eZ") can start a sentence, so it does not count;
 * - `next` starts with an abbreviation followed by a comma, as a US state after a party
 *   ("R-W. | Va., toured"): no sentence opens on "Va.,";
 * - `previous` ends with a title from TITLE_ABBREVIATIONS ("Then came Rev. | Smith");
 * - `previous` ends with "U.S." or "U.K." and `next` opens with such a title ("U.S. | Rep. Rhea Calloway");
 * - a time of day written with a stop was cut at it ("left at 4. | 15pm"): no sentence opens on "15pm";
 * - `previous` ends with a numbering abbreviation and `next` opens with its number ("his Rondo Op. |
 *   1.", "wrote Op. | 10 in 1833"): "Op." and "Vol." are never a sentence's last word before a figure;
 * - `previous` ends with a lower-case abbreviation of estimate or count and `next` opens with a
 *   figure ("world population (est. | 2.3 billion)").
 */
export function continuesSentence(previous: string, next: string): boolean {
  if (/^[,;:)]/.test(next)) return true;
  if (/^\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu.test(next) && /(?:^|[^\d.])\d{1,2}\.$/.test(previous)) return true;
  if (/^\p{Ll}+(?![\p{L}\p{N}])/u.test(next)) return true;
  if (/^\p{Lu}\p{Ll}{0,4}\.,/u.test(next)) return true;
  if (NUMBERING.test(previous.slice(-ABBREVIATION_TAIL)) && /^\d/.test(next)) return true;
  if (ESTIMATE.test(previous.slice(-ABBREVIATION_TAIL)) && /^[\d$£€~]/.test(next)) return true;
  if (DEGREE_CUT.test(previous.slice(-ABBREVIATION_TAIL)) && /^\p{Lu}\p{Ll}?\.(?=[\s,;)]|$)/u.test(next)) return true;
  if (NAME_ABBREVIATION.test(previous.slice(-ABBREVIATION_TAIL)) && ORG_WORDS.has(NAME_GOES_ON.exec(next)?.[1] ?? '')) return true;
  // Both end patterns are read on the piece's tail: scanning a long piece for them was the cost.
  const last = LAST_ABBREVIATION.exec(previous.slice(-ABBREVIATION_TAIL))?.[1];
  if (last !== undefined && TITLE_ABBREVIATIONS.has(last)) return true;
  if ((previous.endsWith('U.S.') || previous.endsWith('U.K.')) && COUNTRY_BEFORE_TITLE.test(previous)) {
    const first = FIRST_ABBREVIATION.exec(next)?.[1];
    if (first !== undefined && TITLE_ABBREVIATIONS.has(first)) return true;
  }
  return false;
}

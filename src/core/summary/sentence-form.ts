// The form of a sentence, as the key point ranker reads it: whether it can stand alone as a
// point or leans on its neighbours (a leading pronoun, part of a quote), or is page furniture run
// into the text (a photo caption). Pure string tests, no ranking.

export const PRONOUN_START = /^(he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|also|however|meanwhile)\b/i;
export const QUOTE_START = /^["“‘']/;
/** A sentence that starts lower-case, or with punctuation other than an opening quote or bracket,
 * is the tail of one the splitter cut short (", the U.S. Attorney's Office said Monday.").
 * Scripts without case (Chinese, Arabic, …) and a currency sign ("$53 million …") pass. */
export const FRAGMENT_START = /^(?:\p{Ll}|[^\p{L}\p{N}\p{Sc}"“‘'«„‹(\[¿¡])/u;

export const QUESTION_END = /\?["”’']?$/;
/** A statement ends on a stop, perhaps inside a closing quote: curly, or straight as British
 * news sets its single quotes ("… every game as a 'final.'"). */
export const STATEMENT_END = /[.!?]["”’']?$/;

/** Two sentences run together without a stop, as a photo caption glued to the next sentence
 * ("… was beheaded It is the latest …", "Scroll down for video Scottish …"): a lower-case word
 * followed by a capitalised function word. */
const RUN_ON_WORD = /\s(?:The|A|An|It|He|She|They|We|I|This|These|Those|His|Her|Their|In|On|At|When|After|But|And|As|If|Scroll)\s/g;
const RUN_ON_BEFORE = /(?:\p{Ll}|\d)[’'"”)]?\s*$/u;

export function runOn(text: string): boolean {
  // The capitalised word first (rare), then what precedes it: far cheaper than one regex that
  // tries every lower-case letter of the sentence.
  for (const m of text.matchAll(RUN_ON_WORD)) if (RUN_ON_BEFORE.test(text.slice(Math.max(0, m.index! - 3), m.index! + 1))) return true;
  return false;
}
export const CAPTION = /\b(?:scroll down|pictured|\((?:left|right|centre|center|above|below|top|bottom)\))/i;

/** A quote that opens in one sentence and closes in another: this sentence is only part of it.
 * Straight and curly quotes; an apostrophe inside a word ("don’t") is no quote mark. */
export function partOfQuote(text: string): boolean {
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“') opens++;
    else if (c === '”') closes++;
    else if (c === '‘' || c === "'" || c === '"' || c === '’') {
      const before = i > 0 ? text[i - 1]! : ' ';
      if (c !== '’' && (before === ' ' || before === '(' || i === 0)) opens++;
      else if (c !== '‘' && /[\p{L}\p{N}.,!?;:…—-]/u.test(before) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) closes++;
    }
  }
  return opens !== closes;
}

// Small measurements of a block's text that several cleanup rules share.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words of a text: runs of letters and digits (an apostrophe inside a word keeps it whole).
 * Chinese and Japanese do not put spaces between words, so each Han, Hiragana or Katakana
 * character counts as one word.
 */
export function words(text: string): string[] {
  return text.replace(CJK, ' $& ').match(WORD) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

const CLOSERS = /["'”’»)\]]+$/u;

/** True when the text ends like a sentence (. ! ? …), ignoring closing quotes and brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]$/u.test(text.trim().replace(CLOSERS, ''));
}

/** Number of sentence ends inside the text (a period, ! or ? followed by a space and more). */
export function sentenceCount(text: string): number {
  const inner = text.match(/[.!?…]["'”’»)]*\s+(?=["'“‘«(]?\p{Lu})/gu)?.length ?? 0;
  return inner + (endsLikeSentence(text) ? 1 : 0);
}

/** A paragraph of running prose: long enough and punctuated like sentences. */
export function isProse(text: string): boolean {
  const n = wordCount(text);
  return n >= 12 && (endsLikeSentence(text) || sentenceCount(text) >= 1 || /[,;]/.test(text));
}

/** Lowercased words only: for comparing texts regardless of case, quotes and punctuation. */
export function comparable(text: string): string {
  return words(text.toLowerCase()).join(' ');
}

export function hasQuote(text: string): boolean {
  return /["“”«»]|(^|\s)[‘']\p{L}/u.test(text);
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

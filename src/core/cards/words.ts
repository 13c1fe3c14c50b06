// Word counts and sentence-end tests of card texts: single scans, no regex match arrays (they run
// on every sentence and every card).

const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * U+2010–U+2027: dashes, curly quotes, bullets and the ellipsis, neither whitespace nor letter or
 * digit. The commonest characters above ASCII in news text, told apart without a RegExp.
 */
export function isPunctuationMark(code: number): boolean {
  return code >= 0x2010 && code <= 0x2027;
}

/**
 * Whitespace-separated words that hold a letter or a digit — what
 * `/(?<!\S)[^\s\p{L}\p{N}]*[\p{L}\p{N}]/gu` matches, counted in one pass without building the
 * match array (it runs on every gap card's front). ASCII is classified without a regex.
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let space: boolean;
    let letter: boolean;
    if (c < 128) {
      space = c === 32 || (c >= 9 && c <= 13);
      letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    } else if (isPunctuationMark(c)) {
      space = false;
      letter = false;
    } else {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      space = SPACE.test(ch);
      letter = !space && LETTER_OR_DIGIT.test(ch);
    }
    if (space) inWord = false;
    else {
      if (!inWord) (inWord = true), (counted = false);
      if (letter && !counted) (n++, (counted = true));
    }
  }
  return n;
}

/** Closing marks that may follow a sentence's final stop. */
const CLOSERS = new Set(['”', '"', '’', "'", ')']);

/**
 * The text, trailing whitespace aside, ends on a stop (. ! ? …) and any closing quotes or
 * brackets — `/[.!?…][”"’')]*$/u` on the trimmed text, read from the end instead of tried at
 * every offset.
 */
export function endsWithStop(text: string): boolean {
  let i = text.trimEnd().length - 1;
  while (i >= 0 && CLOSERS.has(text.charAt(i))) i--;
  const c = text.charAt(i);
  return c === '.' || c === '!' || c === '?' || c === '…';
}

/**
 * Lower case, every run of characters other than letters and digits made one space, ends
 * trimmed — `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, i.e. the lowercased
 * text's letter-and-digit runs joined by spaces, found in one scan (ASCII without a regex).
 */
export function norm(text: string): string {
  return normWords(text).join(' ');
}

/**
 * The words of `norm(text)` as an array (`norm(text).split(' ')` without its empty word): for
 * callers that want the words, not the joined text.
 */
export function normWords(text: string): string[] {
  const lower = text.toLowerCase();
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    let size = 1;
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (isPunctuationMark(c)) letter = false;
    else {
      const cp = lower.codePointAt(i)!;
      if (cp > 0xffff) size = 2;
      letter = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    }
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) runs.push(lower.slice(start, i)), (start = -1);
    i += size;
  }
  if (start >= 0) runs.push(lower.slice(start));
  return runs;
}

const blockWords = new WeakMap<readonly { readonly text: string }[], readonly number[]>();

/**
 * wordCount of each block, once per blocks array: the card limit (index.ts) and the quality
 * inputs (features.ts) both count the words of every block. Like the other per-article caches,
 * this assumes a blocks array is not changed once cards are made from it.
 */
export function blockWordCounts(blocks: readonly { readonly text: string }[]): readonly number[] {
  let counts = blockWords.get(blocks);
  if (counts === undefined) blockWords.set(blocks, (counts = blocks.map((b) => wordCount(b.text))));
  return counts;
}

/** Numbers written as words, each at its value's index ("two" is NUMBER_WORDS[2]). */
export const NUMBER_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

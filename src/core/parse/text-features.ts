// Small measurements of a block's text that several cleanup rules share.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// What a character is to the word scanner. The cleanup rules count the words of every block
// several times over, and a scan by character code is several times faster than the
// equivalent Unicode regex (/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu after spacing out CJK).
const OTHER = 0; // breaks a word
const WORD_CHAR = 1; // a letter or digit
const CJK_WORD = 2; // a Han, Hiragana or Katakana letter or digit: a word of its own
const CJK_OTHER = 3; // a Han/Kana symbol: breaks a word, is none

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  const wordChar = LETTER_OR_DIGIT.test(char);
  if (CJK.test(char)) return wordChar ? CJK_WORD : CJK_OTHER;
  return wordChar ? WORD_CHAR : OTHER;
}

/** Classes of the first 0x3000 code points (Latin, Greek, Cyrillic, …), filled when first needed. */
const TABLE_SIZE = 0x3000;
let table: Uint8Array | null = null;
/** Classes of the rarer code points met so far (a pure function's memo, bounded by Unicode). */
const rare = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < TABLE_SIZE) {
    if (table === null) {
      table = new Uint8Array(TABLE_SIZE);
      for (let cp = 0; cp < TABLE_SIZE; cp++) table[cp] = classify(cp);
    }
    return table[codePoint] ?? OTHER;
  }
  let found = rare.get(codePoint);
  if (found === undefined) {
    found = classify(codePoint);
    rare.set(codePoint, found);
  }
  return found;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** Calls `take(start, end)` for each word of the text, in order. */
function scanWords(text: string, take: (start: number, end: number) => void): void {
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const kind = classOf(cp);
    if (kind === WORD_CHAR) {
      if (start < 0) start = i;
    } else if (start >= 0 && isApostrophe(cp) && i + 1 < text.length && classOf(text.codePointAt(i + 1) ?? 0) === WORD_CHAR) {
      // an apostrophe between letters keeps the word whole ("don't", "l’été")
    } else {
      if (start >= 0) take(start, i);
      start = -1;
      if (kind === CJK_WORD) take(i, i + size);
    }
    i += size;
  }
  if (start >= 0) take(start, text.length);
}

/**
 * Words of a text: runs of letters and digits (an apostrophe inside a word keeps it whole).
 * Chinese and Japanese do not put spaces between words, so each Han, Hiragana or Katakana
 * character counts as one word.
 */
export function words(text: string): string[] {
  const found: string[] = [];
  scanWords(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

export function wordCount(text: string): number {
  let n = 0;
  scanWords(text, () => n++);
  return n;
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

// Sentences of a paragraph for counting mentions: what `text.split(SENTENCE_END)` gives for
// SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u, found by one scan of the
// whitespace runs (the RegExp split, tried at every offset, cost as much as the counting itself).

const SPACE = /\s/u;
const UPPER = /\p{Lu}/u;
const STOPS = '.!?';
const CLOSERS = '"”’)';
const OPENERS = '"“‘(';

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}

/** A capital letter (any script, astral ones too) or an ASCII digit at offset i. */
function isUpperOrDigit(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** A sentence ends at i (where whitespace starts): a stop right before, or a stop and one closing mark. */
function endsBefore(text: string, i: number): boolean {
  const prev = text.charAt(i - 1);
  if (prev !== '' && STOPS.includes(prev)) return true;
  return prev !== '' && CLOSERS.includes(prev) && i >= 2 && STOPS.includes(text.charAt(i - 2));
}

export function splitSentences(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 1; i < text.length; i++) {
    if (!isSpace(text, i) || isSpace(text, i - 1)) continue;
    let j = i;
    while (j < text.length && isSpace(text, j)) j++;
    if (endsBefore(text, i) && (isUpperOrDigit(text, j) || (OPENERS.includes(text.charAt(j)) && j < text.length && isUpperOrDigit(text, j + 1)))) {
      pieces.push(text.slice(from, i));
      from = j;
    }
    i = j - 1;
  }
  pieces.push(text.slice(from));
  return pieces;
}

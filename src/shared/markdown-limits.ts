// Structural caps on Markdown, checked before marked sees the text. marked recurses once per
// nesting level (a list 3,000 deep exhausts the heap) and its emphasis parser is quadratic in
// the delimiters of one paragraph (markedjs/marked#4099: 60 KB of `*a_` takes half a minute).
// Real writing stays far below both caps. Pure, so the importer and the note preview share it.

/** Deepest nesting of lists and block quotes accepted (each level ≈ 2–4 columns of indent). */
export const MAX_MARKDOWN_DEPTH = 64;
/** Most emphasis delimiters (`*`, `_`, `~`) in one paragraph: ~60 ms of marked's time. */
export const MAX_DELIMITERS_PER_BLOCK = 1_000;

const MARKER = /[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/y;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Nesting a line opens: its list and quote markers, plus its indentation at four columns a
 * level (generous: an item nested under another is indented 2–4 columns). */
function lineDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(line); m !== null && m[0].length > 0; m = MARKER.exec(line)) {
    markers += 1;
    if (markers > MAX_MARKDOWN_DEPTH) return markers;
  }
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === ' ') indent += 1;
    else if (ch === '\t') indent += 4;
    else if (ch !== '>' && ch !== '-' && ch !== '+' && ch !== '*' && !(ch! >= '0' && ch! <= '9') && ch !== '.' && ch !== ')') break;
  }
  return markers + Math.floor(indent / 4);
}

/** Why this Markdown is refused, in one line for people, or null when it is within the caps. */
export function markdownLimitProblem(text: string): string | null {
  let fence: string | null = null;
  let delimiters = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      continue; // code is not parsed for emphasis
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (line.trim() === '') {
      delimiters = 0;
      continue;
    }
    if (lineDepth(line) > MAX_MARKDOWN_DEPTH) {
      return `The Markdown is nested deeper than ${MAX_MARKDOWN_DEPTH} levels (line ${lineNo}); Lectern does not read it.`;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c === 42 || c === 95 || c === 126) delimiters += 1; // * _ ~
    }
    if (delimiters > MAX_DELIMITERS_PER_BLOCK) {
      return `A paragraph of the Markdown holds over ${MAX_DELIMITERS_PER_BLOCK} emphasis marks (* _ ~, near line ${lineNo}); Lectern does not read it.`;
    }
  }
  return null;
}

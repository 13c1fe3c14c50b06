// A quotation the sentence splitter cut in two: a stop inside double quotes ends a sentence for
// the splitter, so a quoted title or a quoted passage ("Maine's “Trash. Take it home.”
// campaign …", "“Stop! Put the bag down!” a guard shouted.") comes out as pieces that
// each read as a fragment. Joined again, the passage is one statement a key point can stand on.
// Double quotes only: a single straight quote is as often an apostrophe ("the players' union").
import type { Sentence } from '../nlp/index.js';

/** The double quote marks of `text` in order: 1 for one that opens a quote, −1 for one that
 * closes it. A straight mark opens at the start or after a space or a bracket, else it closes. */
function doubleQuoteMarks(text: string): number[] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“') marks.push(1);
    else if (c === '”') marks.push(-1);
    else if (c === '"') marks.push(i === 0 || /[\s([]/.test(text[i - 1]!) ? 1 : -1);
  }
  return marks;
}

/** The two as one sentence. The gap between them becomes as many spaces, so an offset into the
 * text still counts from the sentence's start as in the paragraph (its tokens are found by it). */
function joined(a: Sentence, b: Sentence): Sentence {
  return { ...a, end: b.end, text: `${a.text}${' '.repeat(Math.max(0, b.start - a.end))}${b.text}`, tokens: [...a.tokens, ...b.tokens] };
}

/** The sentences with each one that leaves a double quote open joined to the next ones of its
 * block while they go on with that quote (their first mark closes it), so the quotation is whole. */
export function joinQuotedPassages(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let k = 0; k < sentences.length; k++) {
    let s = sentences[k]!;
    let open = doubleQuoteMarks(s.text).reduce((a, b) => a + b, 0);
    while (open > 0 && k + 1 < sentences.length && sentences[k + 1]!.block === s.block) {
      const marks = doubleQuoteMarks(sentences[k + 1]!.text);
      if (marks[0] !== -1) break;
      s = joined(s, sentences[++k]!);
      open += marks.reduce((a, b) => a + b, 0);
    }
    out.push(s);
  }
  return out;
}

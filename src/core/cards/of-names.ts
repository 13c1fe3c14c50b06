// Names with "of" inside: "the [Battle of Harlow Ridge]", "wrote [The Song of the Tides]",
// "the [Council of Trent]". The tagger cuts them at "of" into a bare head ("Battle") and a
// tail it may even call a person ("Harlow Ridge"); either half alone is half a name. The whole
// name of a battle, treaty or work is what a reader of an encyclopedia passage is asked about.
import type { Sentence, Token } from '../nlp/index.js';
import { ROLE_NOUNS } from '../nlp/index.js';
import { TITLE_WORDS } from '../nlp/lexicon.js';
import { containsWord, type CardContext } from './context.js';

export interface OfName {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Capitalised words in a row, letters with their marks ("Bạch Đằng", "Weng-Chiang"). */
const TAIL = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/u;
const wordsIn = (text: string): number => text.split(/\s+/).length;
const capital = (t: Token | undefined): boolean => !!t && /^\p{Lu}[\p{L}'’-]*$/u.test(t.text);

/**
 * Every "Head of (the) Tail" name of the sentence: capitalised words, "of", an optional "the",
 * capitalised words, nothing capitalised running on either side. Heads that are a title or role
 * ("President of France", "Governor of …") are roles, not names, and are left to the role rules.
 */
export function ofNamesOf(ctx: CardContext, s: Sentence): OfName[] {
  const tokens = s.tokens;
  const out: OfName[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== 'of' || !capital(tokens[i - 1])) continue;
    // The head: capitalised words before "of", with a capitalised "The" only mid-sentence ("wrote The Song of …").
    let a = i;
    while (a > 0 && capital(tokens[a - 1])) a--;
    // At the sentence start a capital proves nothing ("Most of Europe …"), except after "The".
    if (a === 0) {
      if (tokens[0]!.text !== 'The') continue;
      a = 1;
    }
    const head = tokens.slice(a, i).map((t) => t.text);
    if (head.length === 1 && head[0] === 'The') continue;
    if (head.some((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w.toLowerCase()))) continue;
    let b = i + 1;
    if (tokens[b]?.text === 'the') b++;
    if (!capital(tokens[b]) && !/^\p{Lu}/u.test(tokens[b]?.text ?? '')) continue;
    // The tail read on the text, not the tokens: a tokenizer may cut a word at a letter it does not know ("Bạch").
    const tail = TAIL.exec(s.text.slice(tokens[b]!.start - s.start));
    if (!tail) continue;
    const end = tokens[b]!.start + tail[0].length;
    const rest = s.text.slice(end - s.start);
    // A further "of", "and", "on" or a possessive may carry the name on past this end ("Board of Coastal
    // Towns [on Fisheries and Tourism]"): not sure where the name ends, no answer.
    if (/^(?:['’]|\s+(?:of|and|&|on|for|in|to|at|de|du|von|van)\s+\p{Lu}|[-–]|\s+\d)/u.test(rest) || wordsIn(tail[0]) + (i - a) > 8) continue;
    const start = tokens[a]!.start;
    const text = s.text.slice(start - s.start, end - s.start);
    // The article's own subject ("University of Chicago" in a piece on it) is guessed, not learned.
    if (containsWord(ctx.title, text) || ctx.isTopic(text)) continue;
    out.push({ start, end, text });
  }
  return out;
}

// Photo captions run into text that lost its paragraph breaks. A news page copied as one line
// keeps its captions, but without their own full stop: "… the sea wall gave way. Harbour master
// Tom Reed inspects the breach this morning The council will meet on Friday …". The sentence
// splitter then sees caption and sentence as one. A caption sits between a sentence's stop and
// a run-on boundary (a lower-case word or number, a space, a capitalised sentence opener); it is
// cut off and kept as a removed block. Only for text without breaks: in ordinary paragraphs a
// sentence has its stop, and a capitalised word after a lower-case one is a name.
import type { Removal } from '../draft.js';
import { wordCount } from '../text-features.js';

/**
 * Words that open a sentence and rarely a name, kept short on purpose. "I" is left out (it
 * follows a lower-case word inside any sentence: "and then I saw"), and so are "A", "One", "Mr"
 * ("her husband Mr Reed", "Division One", "Plan A").
 */
const OPENERS = 'The|It|He|She|They|This|These|His|Her|Their|When|After|But|In|On|At|As|If';
/**
 * The run-on boundary: a word ending in a lower-case letter or a digit, or an acronym ("… say
 * NATO The new …"), perhaps with a closing quote or bracket, one space, an opener, one space.
 * The opener is captured with the word after it.
 */
const RUN_ON = new RegExp(`(?<=(?:[\\p{Ll}\\p{N}]|(?<!\\S)\\p{Lu}{2,})["'”’)\\]]?) (${OPENERS}) (\\S+)`, 'gu');
/**
 * Words after which a capitalised word continues the clause: a preposition, a conjunction, an
 * article, a verb of saying or naming, or a verb that takes a title or a name as its object
 * ("according to The Elmsby Gazette", "who edited The Harbour Times").
 */
const CONTINUES = new Set(
  (
    'to of in on at by for from with and or but nor if whether than that the a an as into onto about via like per ' +
    'said says say told tells tell according called named titled dubbed nicknamed including against between versus vs ' +
    'under over before after during until since near is was are were be been being became become becomes now then not also ' +
    'joined joins edited edits hosted hosts presented presents starred stars played plays visited visits watched watch read ' +
    'reads wrote writes supported supports beat beats left leaves founded bought sold where which who whom what when while because so'
  ).split(' '),
);
/**
 * A caption is a line or two under a picture: the longest in the news set this was tuned on ran
 * under 30 words. At most 40 words leaves room for that; a longer stretch without a stop is as
 * likely body text that lost one, and losing body text costs more than keeping a caption.
 * Below 5 words the "caption" is more likely a clause ending on a verb ("He joined The …").
 */
const MAX_WORDS = 40;
const MIN_WORDS = 5;
/**
 * A caption is written in sentence case. A stretch mostly of capitalised words is a headline, a
 * menu or a list of names ("The three are: North Quay Ltd, Elmsby, Harbour Marine Works, …").
 */
const isMostlyCapitalised = (text: string): boolean => {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length >= 0.5 * words.length;
};
/** The sentence after the caption ends on its stop (perhaps inside a closing quote or bracket). */
const ENDS_WITH_STOP = /[.!?…]["'”’)\]]*$/u;
/** "Scroll down for video": the page's pointer to a player, run in before a caption or a sentence. */
const SCROLL_PROMPT = /^Scroll down for (?:the )?videos?\s+(?=\p{Lu})/u;

export const RUN_IN_CAPTION: Removal = { rule: 'caption', reason: 'photo caption run into the text without a full stop' };
export const SCROLL_PROMPT_REMOVAL: Removal = { rule: 'navigation', reason: '“Scroll down for video”: a pointer to the page’s video' };

/** A piece of a sentence in reading order: kept text, or text taken out with its reason. */
export interface Piece {
  readonly text: string;
  readonly removal: Removal | null;
}

type QuoteKind = 'single' | 'double';

/**
 * Which quotations are open, across sentences (a quote often runs over several). A quote mark
 * opens after a space or bracket and closes after a letter or punctuation; an apostrophe inside
 * a word is none, and a closing mark with no quote of its kind open is a possessive
 * ("the Hales' café"). A paragraph that goes on quoting reopens with a mark and no close
 * before it, as British news sets it: that mark continues the quote rather than nesting.
 */
class Quotes {
  private readonly open: QuoteKind[] = [];
  private sentencesOpen = 0;

  get isOpen(): boolean {
    return this.open.length > 0;
  }

  /** Reads one sentence; returns the state after each character (true when a quote is open). */
  read(sentence: string): boolean[] {
    // A quote that never closes is a lost mark: after a dozen sentences stop trusting it.
    this.sentencesOpen = this.isOpen ? this.sentencesOpen + 1 : 0;
    if (this.sentencesOpen > 12) this.open.length = 0;
    const states: boolean[] = [];
    for (let i = 0; i < sentence.length; i++) {
      const c = sentence[i]!;
      const before = i > 0 ? sentence[i - 1]! : ' ';
      const after = sentence[i + 1] ?? ' ';
      const kind: QuoteKind | null = c === '"' || c === '“' || c === '”' ? 'double' : c === "'" || c === '‘' || c === '’' ? 'single' : null;
      if (kind !== null) {
        const opens = c === '“' || c === '‘' || ((c === '"' || c === "'") && /[\s(\[]/u.test(before) && /\S/u.test(after));
        const closes = !opens && c !== '“' && c !== '‘' && /[\p{L}\p{N}.,!?;:…—-]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
        if (opens && !(i === 0 && this.open.at(-1) === kind)) this.open.push(kind);
        else if (closes && this.open.at(-1) === kind) this.open.pop();
      }
      states.push(this.isOpen);
    }
    return states;
  }
}

/** The word before offset `at` (a space): scanned back to the previous space, so finding it costs its length, not the sentence's. */
function wordBefore(sentence: string, at: number): string {
  let from = at;
  while (from > 0 && !/\s/u.test(sentence[from - 1]!)) from--;
  return sentence.slice(from, at);
}

/**
 * The boundaries in a sentence where a caption may end, as offsets of the space before the
 * opener, in order. Lazy: the caller stops at the first stretch that is no caption, so a long
 * line is read once.
 */
function* boundaries(sentence: string, quoted: readonly boolean[]): Generator<number> {
  for (const m of sentence.matchAll(RUN_ON)) {
    const at = m.index ?? 0;
    const opener = m[1] ?? '';
    const next = m[2] ?? '';
    if (quoted[at]) continue; // inside a quotation: "‘… before it cracked It was …’", "a film titled 'When It Rains'"
    const previous = wordBefore(sentence, at);
    const bare = previous.replace(/["'”’)\]]+$/u, '');
    if (CONTINUES.has(bare.toLowerCase())) continue;
    // A possessive wants its noun, which may be a title: "… a copy of Reed's The Sea Walls of Kent".
    if (/\p{L}['’]s$/u.test(previous) || (/s['’]$/u.test(previous) && !/^['‘"“]/u.test(previous))) continue;
    if (!/^\p{Ll}/u.test(next)) {
      // Before a capitalised word an opener is more often part of a name ("This Morning",
      // "It Follows", "In Bruges", "Her Majesty"); only "The" goes on to a proper noun as
      // captions do, and only after a capitalised word: a caption ending on a place or a name
      // ("… in Elmsby The Harbour Trust says …"). After a lower-case word "The" and a name are
      // a title the word introduces ("the band The …", "the newspaper The …", in any script),
      // and after an acronym a name too ("on the BBC The … Show").
      const acronym = /^\p{Lu}{2,}$/u.test(bare);
      if (opener !== 'The' || acronym || !/^["'“‘(]?\p{Lu}/u.test(previous)) continue;
    }
    yield at;
  }
}

/**
 * A sentence (as the splitter gives it) cut into the captions run in at its start and the
 * sentence itself. Captions are taken from the start while each is caption-sized, outside a
 * quotation and followed by an opener; the rest stays whole. Every piece's text is trimmed.
 */
function cutSentence(sentence: string, quotes: Quotes, first: boolean): Piece[] {
  const quotedBefore = quotes.isOpen;
  const quoted = quotes.read(sentence);
  const pieces: Piece[] = [];
  let start = 0;
  const prompt = SCROLL_PROMPT.exec(sentence);
  if (prompt) {
    pieces.push({ text: prompt[0].trim(), removal: SCROLL_PROMPT_REMOVAL });
    start = prompt[0].length;
  }
  // A text's first sentence may be its headline run into the story; the title rules read it.
  if (!first && ENDS_WITH_STOP.test(sentence) && !(start > 0 ? quoted[start - 1] : quotedBefore)) {
    for (const at of boundaries(sentence, quoted)) {
      if (at <= start) continue;
      const caption = sentence.slice(start, at).trim();
      const n = wordCount(caption);
      if (n < MIN_WORDS || n > MAX_WORDS || !/^["'“‘]?[\p{Lu}\p{N}]/u.test(caption) || isMostlyCapitalised(caption)) break;
      pieces.push({ text: caption, removal: RUN_IN_CAPTION });
      start = at + 1;
    }
  }
  const rest = sentence.slice(start).trim();
  if (rest !== '') pieces.push({ text: rest, removal: null });
  return pieces;
}

/**
 * The sentences of a text without breaks, with the captions run in among them cut out as
 * removed pieces, in reading order. `sentences` are the splitter's, in order.
 */
export function cutRunInCaptions(sentences: readonly string[]): Piece[] {
  const quotes = new Quotes();
  return sentences.flatMap((sentence, i) => cutSentence(sentence, quotes, i === 0));
}

// The form of a sentence, as the key point ranker reads it: whether it can stand alone as a
// point or leans on its neighbours (a leading pronoun, part of a quote), or is page furniture run
// into the text (a photo caption). Pure string tests, no ranking.
import type { Sentence } from '../nlp/index.js';
import { DATELINE_DAY, DATELINE_PLACE } from '../parse/dates.js';

export const PRONOUN_START = /^(he|she|it|they|this|that|these|those|his|her|its|their|but|and|so|also|however|meanwhile)\b/i;
export const QUOTE_START = /^["“‘']/;
/** A sentence that starts lower-case, or with punctuation other than an opening quote or bracket,
 * is the tail of one the splitter cut short (", the county sheriff's office said Friday.").
 * Scripts without case (Chinese, Arabic, …) and a currency sign ("$53 million …") pass. */
export const FRAGMENT_START = /^(?:\p{Ll}|[^\p{L}\p{N}\p{Sc}"“‘'«„‹(\[¿¡])/u;

export const QUESTION_END = /\?["”’']?$/;
/** A statement ends on a stop, perhaps inside a closing quote: curly, or straight as British
 * news sets its single quotes ("… each match as a 'cup tie.'"). */
export const STATEMENT_END = /[.!?]["”’']?$/;

/** Two sentences run together without a stop, as a photo caption glued to the next sentence
 * ("… was flooded It is the second …", "Scroll down for video Welsh …"): a lower-case word
 * followed by a capitalised function word. */
const RUN_ON_WORD = /\s(?:The|A|An|It|He|She|They|We|I|This|These|Those|His|Her|Their|In|On|At|When|After|But|And|As|If|Scroll)\s/g;
const RUN_ON_BEFORE = /(?:\p{Ll}|\d)[’'"”)]?\s*$/u;

export function runOn(text: string): boolean {
  // The capitalised word first (rare), then what precedes it: far cheaper than one regex that
  // tries every lower-case letter of the sentence. `exec` on the pattern itself rather than
  // matchAll, which copies the pattern on every call (this runs on every sentence, twice or more);
  // a failed `exec` leaves lastIndex at 0 again.
  RUN_ON_WORD.lastIndex = 0;
  for (let m = RUN_ON_WORD.exec(text); m !== null; m = RUN_ON_WORD.exec(text)) {
    if (RUN_ON_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index + 1))) {
      RUN_ON_WORD.lastIndex = 0;
      return true;
    }
  }
  return false;
}
/** "(left)" needs no word boundary before it: `\b(` only matched a bracket glued to a word. */
const CAPTION_WORDS = /\b(?:scroll down|pictured|(?:photo|photograph|picture|image)s?(?: credit)?:)|\((?:left|right|centre|center|above|below|top|bottom)\)/i;
/** A caption's label and a colon before a capitalised word: opening the sentence, up to three
 * words of which the first is capitalised ("Calm streets: The harbour …"); or run on after a
 * lower-case word, one or two capitalised words ("… steel frame Built-to-last: The base …").
 * After an article, a preposition or a verb of saying the colon introduces a quote or a list
 * instead ("told the BBC: The …"), and a longer opening is a clause ("The report had one
 * conclusion: Britain …"). */
const CAPTION_LABEL = /^\p{Lu}[\p{L}’'-]*(?: \p{Ll}[\p{L}’'-]*){0,2}: ["“‘']?\p{Lu}|(?<!\b(?:the|a|an|to|told|tells|said|says|of|from|by|at|on|in|with|for|and|or) )(?<=(?:^|\s)\p{Ll}[\p{Ll}’'-]*[’'"”)]? )\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)?: \p{Lu}/u;

/** A photo caption run into the text: caption words ("pictured", "(left)", "Photo:") or a
 * caption's label. */
export function caption(text: string): boolean {
  return CAPTION_WORDS.test(text) || (text.includes(': ') && CAPTION_LABEL.test(text));
}

/** The quote marks of a sentence in order: 1 for one that opens a quote, −1 for one that
 * closes it. Straight and curly quotes; an apostrophe inside a word ("don’t") is no quote mark. */
function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“') marks.push(1);
    else if (c === '”') marks.push(-1);
    else if (c === '‘' || c === "'" || c === '"' || c === '’') {
      const before = i > 0 ? text[i - 1]! : ' ';
      if (c !== '’' && (before === ' ' || before === '(' || i === 0)) marks.push(1);
      else if (c !== '‘' && /[\p{L}\p{N}.,!?;:…—-]/u.test(before) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' ')) marks.push(-1);
    }
  }
  return marks;
}

/** A quote that opens in one sentence and closes in another: this sentence is only part of it. */
export function partOfQuote(text: string): boolean {
  let balance = 0;
  for (const mark of quoteMarks(text)) balance += mark;
  return balance !== 0;
}

/** For each sentence, in reading order, whether it begins inside a quote opened by an earlier
 * sentence and does not reopen it: the middle of a quoted passage, which reads as someone's words
 * cut loose ("Every match is a test." between "'We are heading …" and "… after that,' she said.").
 * The last mark of a sentence decides whether a quote is left open; a new block starts outside,
 * so a stray apostrophe taken for a quote mark cannot run on past its paragraph. */
export function insideQuotes(sentences: readonly { readonly text: string; readonly block: number }[]): boolean[] {
  let open = false;
  let block = -1;
  return sentences.map((s) => {
    if (s.block !== block) (open = false), (block = s.block);
    const inside = open && !QUOTE_START.test(s.text.trim());
    const marks = quoteMarks(s.text);
    if (marks.length) open = marks[marks.length - 1] === 1;
    return inside;
  });
}

/** What a news page puts before the first sentence's first word, kept on it when the text was
 * copied: a dateline ("LINDVIK, Norway (Reuters) -- ", "OSLO — ", "OSLO, 12 March 2024 — ", "(CNN)", "Feb. 23, 2015 -- "), a time stamp
 * ("Last updated at 10:15 on 3 May 2013 "). A dateline's place is in capitals and ends on a dash
 * (a hyphen only with spaces around it: "US-China" is a word); an agency in brackets stands at
 * the very start; a time stamp runs to its year. Each is followed by a capital, as a sentence. */
const LEAD_IN = [
  new RegExp(String.raw`^${DATELINE_PLACE}(?:, [\p{L}.'’ ]{2,30}?)?(?:, ${DATELINE_DAY})?(?: \([\p{L}.& ]{1,30}\))?(?: ?(?:--|[—–]) ?| - )(?=["“‘']?\p{Lu})`, 'u'),
  /^\(\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*){0,2}\)(?: ?(?:--|[—–]) ?| - | )?(?=["“‘']?\p{Lu})/u,
  // The date alone before a dash, as a health or trade site sets it: "Feb. 23, 2015 -- Life-threatening …".
  new RegExp(String.raw`^${DATELINE_DAY} ?(?:--|[—–]) ?(?=["“‘']?\p{Lu})`, 'u'),
  /^(?:[Ll]ast |LAST )?(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED)(?: at| on|:)? [^.!?]{0,60}?\b(?:19|20)\d\d\b[ .|]*(?=["“‘']?\p{Lu})/u,
];

/** How many characters of `text` are datelines or time stamps before the sentence proper. */
export function leadInLength(text: string): number {
  let cut = 0;
  for (let found = true; found; ) {
    found = false;
    for (const pattern of LEAD_IN) {
      const m = pattern.exec(text.slice(cut));
      if (m && m[0].length) (cut += m[0].length), (found = true);
    }
  }
  return cut;
}

/** The sentence without a dateline or time stamp before it, which is no part of what it says (a
 * key point, a dated event), nor are its words. */
export function withoutLeadIn(s: Sentence): Sentence {
  const cut = leadInLength(s.text);
  if (!cut) return s;
  const start = s.start + cut;
  return { ...s, start, text: s.text.slice(cut), tokens: s.tokens.filter((t) => t.start >= start) };
}

/** A byline or time stamp that the sentence splitter cut into pieces of its own, as a copied news
 * page sets them apart with full stops ("By .", "Sam Webb .", "PUBLISHED: .", "08:44 EST, 21 March
 * 2014 .", "| ."): a credit ("By …"), a stamp's label, a clock time, a name of at most four
 * capitalised words, or punctuation alone. Up to eight words: a longer sentence is the story's. */
const FURNITURE = [
  /^(?:by|BY)\b/,
  /^(?:[Ll]ast |LAST )?(?:[Pp]ublished|PUBLISHED|[Uu]pdated|UPDATED|[Pp]osted|POSTED)\b/,
  /\b\d{1,2}:\d{2}\b/,
  /^[^\p{L}\p{N}]*$/u,
];
const CAPITALISED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*,? ?){1,4}[.!]?$/u;

export function furniture(text: string): boolean {
  const t = text.trim();
  if ((t.match(/\S*[\p{L}\p{N}]\S*/gu) ?? []).length > 8) return false;
  return FURNITURE.some((p) => p.test(t)) || CAPITALISED_NAME.test(t.replace(/\s+\.$/, '.'));
}

/** An attribution closing a sentence with a verb that takes what it reports as fact ("…, a new
 * survey has revealed.", "…, it has emerged.", "…, research has found."): it adds no point of its
 * own, and the sentence says the same without it. One that reports a claim ("…, police said.",
 * "…, it has been claimed.") is kept, as leaving it off would state the claim as fact. */
const FACTIVE_TAIL =
  /,\s+(?:(?:it|this)\s+(?:has\s+(?:now\s+)?been|was|is|can\s+(?:now\s+)?be)\s+(?:revealed|confirmed|disclosed)|it\s+(?:has\s+)?emerged(?:\s+(?:today|yesterday|last\s+night|this\s+week))?|(?:an?|the)\s+(?:new\s+|major\s+|recent\s+)?(?:survey|study|poll|report|investigation|analysis)\s+(?:has\s+)?(?:revealed|found|shown|shows|reveals|finds)|(?:new\s+)?(?:research|figures|data|statistics)\s+(?:have\s+|has\s+)?(?:revealed|found|shown|show|shows|reveal|reveals)|\p{Lu}[\p{L}]*\s+can\s+(?:exclusively\s+)?reveal)\s*([.!])$/u;

/** Where a closing attribution of fact starts in `text` (at its comma), or -1. */
export function factiveTailStart(text: string): number {
  const m = FACTIVE_TAIL.exec(text);
  return m ? m.index : -1;
}

/** A photo caption's pointer in brackets inside a sentence of the text ("Dana Orwell (pictured)
 * was …", "the mayor (left) and …"): it points at a picture the key point does not show. */
const PICTURE_POINTER = /\s\((?:(?:not\s+)?pictured|left|right|centre|center|above|below|top|bottom|inset)(?:,?\s+(?:left|right|centre|center|above|below|top|bottom|inset|in\s+\d{4}))?\)/gi;

/** The spans of `text` that are picture pointers, as [start, end) pairs. */
export function picturePointers(text: string): [number, number][] {
  // Every pointer opens a bracket: most sentences have none, and skip matchAll's copy of the pattern.
  if (!text.includes('(')) return [];
  return Array.from(text.matchAll(PICTURE_POINTER), (m) => [m.index!, m.index! + m[0].length]);
}

/** A bracketed aside of one or two words inside a sentence: an abbreviation ("the agency's freight
 * program (OFSP)"), a party and state ("Rep. Rhea Calloway (D-Ore.)"), a date ("Today (Mar. 4),").
 * It restates or dates what the sentence says, so the point reads as well without it and its
 * words only lengthen the point. A longer bracket is a clause of its own and is kept. */
const BRACKETED_ASIDE = /\s\((?:[^()\s]+\s?){1,2}\)(?=[\s,.;:!?])/gu;

/** The spans of `text` that are short bracketed asides, as [start, end) pairs. */
export function bracketedAsides(text: string): [number, number][] {
  // As for picturePointers: no bracket, no aside.
  if (!text.includes('(')) return [];
  return Array.from(text.matchAll(BRACKETED_ASIDE), (m) => [m.index!, m.index! + m[0].length]);
}

/** A relative day inside a sentence ("… admitted last night that …", "… the record yesterday
 * as …", "… in Lisbon this week."): it only means something against the day the story was
 * published, which a key point read on its own (in the notes, an export) does not carry, and the
 * timeline dates it. Lower case only, so a name ("USA Today") is kept; "today's" is a word of its
 * own. A weekday ("on Tuesday") is left: it is as relative, but it names the day, which the
 * reader can still place. */
const RELATIVE_DAY = /\s(?:earlier\s|late\s)?(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week))(?![\p{L}\p{N}’'-])/gu;

/** The spans of `text` that are relative days, as [start, end) pairs. One followed by a comma is
 * kept: it is what a participle has left (", released earlier today,") or opens a clause ("and
 * yesterday, the …"), and without it the sentence would not read. */
export function relativeDays(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(RELATIVE_DAY)) if (text[m.index! + m[0].length] !== ',') spans.push([m.index!, m.index! + m[0].length]);
  return spans;
}

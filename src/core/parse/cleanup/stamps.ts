// The page's own stamps left inside or under the story once the head is read: a second byline
// ("By Mara Quellan"), a time stamp ("Mar. 4, 2021, 9:17 AM UTC", "Updated: …"), a word count.
import { isKept, remove, type Draft } from '../draft.js';
import { parseDateLine } from '../dates.js';
import { endsLikeSentence, words, wordCount } from '../text-features.js';

const STAMP_LABEL = /^(?:published|updated|posted|last (?:updated|modified)|first published)\s*(?:on|at)?\s*:?\s*/iu;
const COUNT_LINE = /^(?:word ?count|words|reading time|read time|lesezeit|tiempo de lectura)\s*:\s*\d+(?:\s*(?:min(?:ute)?s?|words))?$/iu;
const TIME_ONLY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu;
/** A time of day in a date line: what a page stamps, where a story's own date line ("March 3, 2020") has none. */
const HAS_TIME = /\d{1,2}[:.]\d{2}|T\d{2}:\d{2}/u;
/** "Dana Whitlow - Mar 4, 2021, 6:05 pm CST": a name, a dash or bar, then a date. */
const NAME_THEN_DATE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*)\s+[-–—|·•]\s+(.+)$/u;
/** Names after "By" are capitalised words, joined by commas or "and", perhaps with a stamp: "By Oren Talbot, Priya Vance 2021-03-04T14:22:09Z". */
const NAME_WORD = /^(?:[\p{Lu}\p{N}]|and$|&$)/u;

function isBylineLine(text: string): boolean {
  if (!/^by\s/iu.test(text) || endsLikeSentence(text)) return false;
  const names = words(text).slice(1);
  return names.length >= 2 && names.every((w) => NAME_WORD.test(w));
}

/** A date line the page stamped: labelled, or carrying a time of day. */
function isTimeStamp(text: string): boolean {
  if (TIME_ONLY.test(text)) return true;
  if (!parseDateLine(text)) return false;
  return STAMP_LABEL.test(text) || HAS_TIME.test(text);
}

function isNameAndDate(text: string): boolean {
  const match = NAME_THEN_DATE.exec(text);
  return match?.[2] !== undefined && parseDateLine(match[2]) !== null;
}

/**
 * Runs after the head was read (the byline and date next to the title are the article's and
 * already taken); what is left is a copy the page repeats, or another story's stamp.
 */
export function markStamps(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (!isKept(draft) || wordCount(draft.text) > 16) continue;
    const text = draft.text;
    if (isBylineLine(text) || isNameAndDate(text)) remove(draft, 'byline', 'byline outside the article’s head');
    else if (isTimeStamp(text)) remove(draft, 'dateline', 'time stamp of the page');
    else if (COUNT_LINE.test(text)) remove(draft, 'boilerplate', 'word count or reading time');
  }
}

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

/** A clock time or a date in figures: "5:45 AM", "11/19/2019", "11.15.2019". */
const CLOCK_OR_FIGURE_DATE = /\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b/u;
/** Words a stamp may hold beside its figures: a meridiem, a zone, a month or weekday, "at", "Updated". */
const STAMP_WORD = /^(?:[ap]m|\p{Lu}{2,5}|at|on|um|jan\p{L}*|feb\p{L}*|mar\p{L}*|apr\p{L}*|may|jun\p{L}*|jul\p{L}*|aug\p{L}*|sep\p{L}*|oct\p{L}*|nov\p{L}*|dec\p{L}*|mon\p{L}*|tue\p{L}*|wed\p{L}*|thu\p{L}*|fri\p{L}*|sat\p{L}*|sun\p{L}*|published|updated|posted|last|modified)$/iu;
const READING_TIME = /^[•·|–-]?\s*\d+\s*min(?:ute)?s?\s+read$/iu;
const HANDLE = /^@\w{2,}$/u;

/**
 * A line of the page's head that only stamps the article, in any of the shapes pages print:
 * a byline, a name and a date, a labelled or timed date, a reading time, an @handle, or
 * figures of a date and time with their labels ("5:45 AM PST 11/19/2019",
 * "Published Tue, Nov 19 20197:05 AM EST"). For finding the headline next to it: the head's
 * stamps mark where the article begins.
 */
export function isPageStamp(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > 16) return false;
  if (isBylineLine(t) || isNameAndDate(t) || isTimeStamp(t) || COUNT_LINE.test(t) || READING_TIME.test(t) || HANDLE.test(t)) return true;
  if (STAMP_LABEL.test(t) && /\b(?:19|20)\d\d|\d{1,2}:\d{2}/u.test(t)) return true;
  if (!CLOCK_OR_FIGURE_DATE.test(t)) return false;
  return words(t).every((w) => /^[\p{N}:./-]+$/u.test(w) || STAMP_WORD.test(w) || /^\d/u.test(w));
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

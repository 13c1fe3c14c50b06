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
const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/iu;
/** Words a stamp may hold beside its figures, a month or a weekday: a meridiem, "at", "Updated". */
const STAMP_WORD = /^(?:[ap]m|at|on|um|published|updated|posted|last|modified)$/iu;
/** A time zone: "GMT", "PST" (capitals as written). */
const ZONE = /^\p{Lu}{2,5}$/u;
const stampWord = (w: string): boolean => /^\d/u.test(w) || MONTH_OR_DAY.test(w) || STAMP_WORD.test(w) || ZONE.test(w);
const READING_TIME = /^[•·|–-]?\s*\d+\s*min(?:ute)?s?\s+read$/iu;
const AGO = /^(?:updated:?\s+)?\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago$/iu;
const HANDLE = /^@\w{2,}$/u;

/** A line that is only a date or a time, in any shape ("Tuesday 5 March 2024", "5:45 AM PST 11/19/2019"): figures with month, weekday, zone or stamp words, nothing else. */
export function isDateOnly(text: string): boolean {
  const list = words(text);
  return list.length > 0 && list.length <= 8 && /\d/u.test(text) && list.some((w) => MONTH_OR_DAY.test(w) || /^\d/u.test(w)) && list.every(stampWord) && (CLOCK_OR_FIGURE_DATE.test(text) || list.some((w) => MONTH_OR_DAY.test(w)));
}

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
  if (isBylineLine(t) || isNameAndDate(t) || isTimeStamp(t) || COUNT_LINE.test(t) || READING_TIME.test(t) || AGO.test(t) || HANDLE.test(t) || isDateOnly(t)) return true;
  // A label, then a date however it is glued ("Published Tue, Nov 19 20197:05 AM EST"); not a
  // headline that opens on the word ("Updated guidance for 2024").
  const rest = t.replace(STAMP_LABEL, '');
  return rest !== t && /\b(?:19|20)\d\d|\d{1,2}:\d{2}/u.test(rest) && (/^\d/u.test(rest) || MONTH_OR_DAY.test(words(rest)[0] ?? ''));
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

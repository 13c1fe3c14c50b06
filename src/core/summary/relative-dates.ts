// Days a text names relative to when it was written: "on Monday", "yesterday", "last November".
// News dates its events so; with the article's publication date they become calendar dates
// (the Monday on or before publication, the last November before it). Pure; no clock is read.
import type { Sentence } from '../nlp/index.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const RELATIVE = new RegExp(
  `\\b(?:(last|this|next|on)\\s+)?(${WEEKDAYS.join('|')})\\b|\\b(yesterday|tomorrow)\\b|\\b(last|this|next)\\s+(${MONTHS.join('|')})\\b`,
  'gi',
);
/** What every RELATIVE match holds, with its case rule: a weekday's or yesterday's "day", "tomorrow", or a month after its qualifier. */
const RELATIVE_HINT = new RegExp(`day|tomorrow|(?:last|this|next)\\s+(?:${MONTHS.join('|')})`, 'i');

export interface RelativeDate {
  readonly sentence: number;
  /** Block offsets of the words that name the day, as `Mention.start`/`end`. */
  readonly start: number;
  readonly end: number;
  readonly date: string;
}

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The publication day as UTC midnight, or null when `published` gives no full date. */
function dayOf(published: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

/** The year of the last `month`/`day` on or before publication ("March 21" in a story of
 * April 2015 is 2015; in one of January 2015, 2014). */
export function resolveYear(published: string, month: number, day: number): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return null;
  const year = Number(m[1]);
  const pubMonth = Number(m[2] ?? 12);
  const pubDay = Number(m[3] ?? 31);
  return String(month < pubMonth || (month === pubMonth && day <= pubDay) ? year : year - 1);
}

/** One date, or null when `published` is not precise enough for this kind of reference. */
export function resolveRelative(words: string, published: string): string | null {
  const lower = words.toLowerCase().trim().split(/\s+/);
  const day = dayOf(published);
  const last = lower.at(-1)!;
  const qualifier = lower.length > 1 ? lower[0] : '';
  const weekday = WEEKDAYS.indexOf(last);
  if (weekday >= 0) {
    if (day === null) return null;
    const today = new Date(day).getUTCDay();
    if (qualifier === 'next') return iso(day + (((weekday - today + 7) % 7) || 7) * DAY_MS);
    const back = (today - weekday + 7) % 7;
    return iso(day - (back === 0 && qualifier === 'last' ? 7 : back) * DAY_MS);
  }
  if (last === 'yesterday' || last === 'tomorrow') return day === null ? null : iso(day + (last === 'yesterday' ? -1 : 1) * DAY_MS);
  const month = MONTHS.indexOf(last);
  const m = /^(\d{4})-(\d{2})/.exec(published);
  if (month < 0 || !m) return null;
  const year = Number(m[1]);
  const pubMonth = Number(m[2]) - 1;
  const y = qualifier === 'next' ? (month > pubMonth ? year : year + 1) : qualifier === 'this' ? year : month < pubMonth ? year : year - 1;
  return `${y}-${String(month + 1).padStart(2, '0')}`;
}

/** Every relative day in the sentences, dated from `published`. */
export function relativeDates(sentences: readonly Sentence[], published: string): RelativeDate[] {
  const out: RelativeDate[] = [];
  for (const s of sentences) {
    // Most sentences name no relative day: a plain test first, the scan only where one may be.
    if (!RELATIVE_HINT.test(s.text)) continue;
    for (const m of s.text.matchAll(RELATIVE)) {
      const date = resolveRelative(m[0], published);
      if (date) out.push({ sentence: s.index, start: s.start + m.index!, end: s.start + m.index! + m[0].length, date });
    }
  }
  return out;
}

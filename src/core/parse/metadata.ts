// The article's title, byline and publication date, read from the lines around the top.
import { remove, type Draft } from './draft.js';
import { parseDateLine } from './dates.js';
import { isNavigationCue } from './cleanup/navigation.js';
import { hasCaptionMark, looksLikeCaption } from './cleanup/captions.js';
import { isDateOnly, isPageStamp } from './cleanup/stamps.js';
import { endsLikeSentence, isProse, wordCount, words } from './text-features.js';

export interface Metadata {
  readonly title: string;
  readonly byline: string | null;
  readonly published: string | null;
}

/** "By …", and the labelled credit of pages in other languages: "Text: …", "Текст: …", "Autor: …". */
const BYLINE = /^(?:(?:by|written by|posted by|words by|story by|von|por|par)\s+|(?:text|texte|texto|testo|текст|автор|author|autor|auteur|autore)\s*:\s*)(.+)$/iu;
/** A separator, then a year: what follows the name is its date even when parseDateLine cannot read it ("Ирина Соколова·3 марта 2021"). */
const DATE_AFTER_NAME = /\s*[|·•]\s*[^|·•]*\b(?:19|20)\d\d\b[^|·•]*$/u;

/** "By Ana Ruiz" → "Ana Ruiz"; also splits off a date written on the same line. */
export function parseByline(text: string): { name: string; date: string | null } | null {
  const match = BYLINE.exec(text.trim());
  if (!match?.[1]) return dateThenByline(text.trim());
  let name = match[1];
  let date: string | null = null;
  // "Ana Ruiz on May 3, 2024", "Ana Ruiz | 3 May 2024": try every separator, first to last.
  for (const split of name.matchAll(/\s+on\s+|\s*[|·•—–]\s*|,\s+/gu)) {
    const found = parseDateLine(name.slice((split.index ?? 0) + split[0].length));
    if (found) {
      date = found;
      name = name.slice(0, split.index);
      break;
    }
  }
  if (!date) name = name.replace(DATE_AFTER_NAME, '');
  return wordCount(name) <= 8 && !endsLikeSentence(name) ? { name: name.trim(), date } : null;
}

/** "Tuesday 15 October 2019 by Bradley M. Kuhn": the date first, then "by" and a name. */
const DATE_THEN_BY = /^(.{6,40}?)\s+by\s+(.+)$/iu;

function dateThenByline(text: string): { name: string; date: string | null } | null {
  const match = DATE_THEN_BY.exec(text);
  const date = match?.[1] ? parseDateLine(match[1]) : null;
  const name = match?.[2]?.trim() ?? '';
  // A name is a few capitalised words ("Bradley M. Kuhn"), not a clause ("… by the council").
  if (!date || !/^(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}$/u.test(name)) return null;
  return { name, date };
}

function firstBodyIndex(drafts: readonly Draft[]): number {
  const i = drafts.findIndex((d) => d.removal === null && isProse(d.text));
  return i < 0 ? drafts.length : i;
}

const isHeadline = (d: Draft): boolean => {
  const n = wordCount(d.text);
  const structural = d.removal === null || ['navigation', 'related', 'duplicate'].includes(d.removal.rule);
  // A line opening with "By" is a byline even when parseByline cannot read its name ("By Nell
  // Ashcombe - Field Notes Contributor 2021-03-04T09:12:40Z Science"): never a headline.
  // Nor does one end on a full stop, inside closing quotes or not: '"… in drugs."' is a quote.
  return structural && n >= 3 && n <= 30 && !/\.["'”’»)\]]*$/u.test(d.text) && !/^by\b/i.test(d.text) && !parseByline(d.text) && !parseDateLine(d.text) && !isNavigationCue(d.text);
};
const isMetaLine = (d: Draft | undefined): boolean =>
  d !== undefined && (parseDateLine(d.text) !== null || parseByline(d.text) !== null || /^by\b/i.test(d.text) || isPageStamp(d.text));

/**
 * Words too common to tell one story from another, left out when a line is compared with the
 * lead (with every word under four letters): English, and the commonest of the other languages
 * whose pages are read, so "sich" or "dans" is no shared word.
 */
const COMMON = new Set(
  ('that this were have from with they what when will would after over into about more than says said just also been their there which could should ' +
    'sich nicht eine einer einem einen dass oder aber auch wird werden wurde sind nach über unter wenn noch schon dans pour avec sont mais plus cette comme elle ' +
    'para como pero esta este sobre entre desde porque cuando')
    .split(' '),
);
/** A line's content words, each cut to its first five letters: a crude stem that finds "vote" in "voted", "drug" in "drugs". */
const contentWords = (text: string): string[] =>
  words(text.toLowerCase()).filter((w) => w.length >= 4 && !COMMON.has(w)).map((w) => w.slice(0, 5));

/** The stems of a text, and their four-letter beginnings, so that a four-letter word is found
 * in a longer one: a line's stem is shared when the set has it. */
function stemsOf(texts: readonly string[]): Set<string> {
  const stems = new Set<string>();
  for (const text of texts) for (const w of contentWords(text)) stems.add(w).add(w.slice(0, 4));
  return stems;
}

/** How many of a line's content words the story's opening paragraphs use too, and their share. */
function leadOverlap(drafts: readonly Draft[], line: number, after: number): { shared: number; share: number } {
  const own = contentWords(drafts[line]!.text);
  if (own.length === 0) return { shared: 0, share: 0 };
  const opening: string[] = [];
  for (let i = after + 1; i < drafts.length && opening.length < 3; i++) {
    const d = drafts[i]!;
    if (d.removal === null && isProse(d.text)) opening.push(d.text);
  }
  const lead = stemsOf(opening);
  const shared = own.filter((w) => lead.has(w)).length;
  return { shared, share: shared / own.length };
}

/** A headline shares with the story's opening two of its words, or half of them (a short one). */
const relevant = ({ shared, share }: { shared: number; share: number }): boolean => shared >= 2 || (shared >= 1 && share >= 0.5);

/** A picture's caption: marked as one, ending on its source in brackets after a full stop
 * ("… campaign. (onmeth.com)"), or followed by its credit ("Image: …", "… /Getty Images"). */
const isCaption = (text: string, next: string | undefined): boolean =>
  hasCaptionMark(text) || looksLikeCaption(text) || /^(?:image|photo|picture|video) (?:caption|source)\b/iu.test(text) || /[.!?]["'”’]?\s*\([^()]{2,60}\)$/u.test(text) || (next !== undefined && wordCount(next) <= 8 && hasCaptionMark(next));

/** What a page's toolbar and social prompts open with. */
const PROMPT = /^(?:follow|share|listen|save|print|e-?mail|subscribe|sign up|log in|comment|download|watch|read more|bookmark|about)\b/iu;
/** How far below a headline its byline or date may stand (a standfirst, a toolbar between). */
const STAMP_BELOW = 6;
/** A line this long under a shorter headline is a standfirst. */
const STANDFIRST_WORDS = 12;

/**
 * A web page's headline, found by the stamps of its head (byline, date, time, reading time)
 * near the body's start: among the headline-like lines there that share words with the story's
 * opening (a menu entry, a section label, a promotion shares few; a caption or a date line is
 * never one), a line the page prints twice (its title and its heading); else the last line
 * before the first paragraph with a stamp a few lines below it — the headline stands over its
 * byline, under any date, teaser or section label above — unless it is the longer restatement
 * of the line just over it (a standfirst); else the first line just under a stamp ("Posted on
 * … / headline"). -1 when the page has no such head.
 */
function headlineByStamps(drafts: readonly Draft[], body: number): number {
  const stamps: number[] = [];
  for (let i = Math.max(0, body - 12); i < Math.min(drafts.length, body + 8); i++) if (isMetaLine(drafts[i])) stamps.push(i);
  if (stamps.length === 0) return -1;
  const candidates: number[] = [];
  // Not below the story's first paragraph: a subheading there is the story's.
  for (let i = Math.max(0, stamps[0]! - STAMP_BELOW); i <= Math.min(body, drafts.length - 1); i++) {
    const d = drafts[i]!;
    if (stamps.includes(i) || !isHeadline(d) || PROMPT.test(d.text) || isDateOnly(d.text) || isCaption(d.text, drafts[i + 1]?.text)) continue;
    // A headline long enough to pass for the first paragraph, right over its byline or date, is
    // one whatever its words (a question: "What is …?").
    if ((i === body && stamps.includes(i + 1)) || relevant(leadOverlap(drafts, i, i))) candidates.push(i);
  }
  const printedTwice = candidates.find((i) => candidates.some((j) => j !== i && drafts[j]!.text === drafts[i]!.text));
  if (printedTwice !== undefined) return printedTwice;
  // The headline stands over its byline or date (a standfirst or a toolbar may come between),
  // under any date, teaser or section label above: the last line with a stamp a few lines below.
  const below = (i: number): boolean => stamps.some((s) => s > i && s <= i + STAMP_BELOW);
  const signed = candidates.filter(below);
  const nearest = signed.at(-1);
  const underStamp = candidates.find((i) => stamps.some((s) => s < i && s >= i - 3));
  if (nearest === undefined) return underStamp ?? -1;
  // Only menu entries between a line and the stamp under it ("Site name / Home / About /
  // Posted on … / headline"): the line is the site's name, and the headline stands right under
  // the stamp.
  const stampBelow = stamps.find((s) => s > nearest)!;
  const menuBetween = stampBelow - nearest > 1 && drafts.slice(nearest + 1, stampBelow).every((d) => wordCount(d.text) <= 3 && !isProse(d.text));
  if (menuBetween && underStamp !== undefined && underStamp > stampBelow && stamps.includes(underStamp - 1)) return underStamp;
  // A long line just under a shorter one that also stands over the stamp is its standfirst.
  const over = nearest - 1;
  const standfirst = wordCount(drafts[nearest]!.text) >= STANDFIRST_WORDS && signed.includes(over) && wordCount(drafts[over]!.text) < wordCount(drafts[nearest]!.text);
  return standfirst ? over : nearest;
}

/**
 * Plain text: the first line, unless the page opens with navigation (a menu cue, a prompt such as
 * "Subscribe", a date, or more than five blocks before the first prose). Then a web page's
 * headline found by the stamps of its head (byline, date), where it has them; else the
 * headline-like line just before the article, preferring one that a byline or date follows.
 */
export function findTitleIndex(drafts: readonly Draft[]): number {
  const body = firstBodyIndex(drafts);
  const first = drafts[0];
  if (!first) return -1;
  const page = isNavigationCue(first.text) || body > 5 || isMetaLine(first) || (first.removal !== null && first.removal.rule !== 'navigation');
  if (!page) return 0;
  const headline = headlineByStamps(drafts, body);
  if (headline >= 0) return headline;
  if (body <= 5 && !isNavigationCue(first.text)) return 0;
  const window = drafts.map((d, i) => ({ d, i })).slice(Math.max(0, body - 12), body).filter(({ d }) => isHeadline(d));
  const signed = window.filter(({ i }) => isMetaLine(drafts[i + 1]) || isMetaLine(drafts[i + 2]) || isMetaLine(drafts[i + 3]));
  return (signed.at(-1) ?? window.at(-1))?.i ?? 0;
}

/** Reads byline and date lines between the title and the body, and removes them as metadata. */
export function readHead(drafts: readonly Draft[], titleIndex: number): { byline: string | null; published: string | null } {
  let byline: string | null = null;
  let published: string | null = null;
  // A web page may put the byline just inside the article, after a standfirst.
  const end = Math.min(firstBodyIndex(drafts) + 3, titleIndex + 12, drafts.length);
  for (let i = titleIndex + 1; i < end; i++) {
    const d = drafts[i];
    if (!d || d.isTitle || wordCount(d.text) > 20) continue;
    const date = parseDateLine(d.text);
    const by = parseByline(d.text) ?? (/^by$/i.test(d.text) && drafts[i + 1] ? parseByline(`By ${drafts[i + 1]?.text ?? ''}`) : null);
    if (date && !published) {
      published = date;
      d.removal = null;
      remove(d, 'dateline', 'publication date, shown as the article’s date');
    } else if (by && !byline) {
      byline = by.name;
      published ??= by.date;
      d.removal = null;
      remove(d, 'byline', 'byline, shown as the article’s author');
      const next = drafts[i + 1];
      if (/^by$/i.test(d.text) && next) {
        next.removal = null;
        remove(next, 'byline', 'byline, shown as the article’s author');
        i++;
      }
    }
  }
  return { byline, published };
}

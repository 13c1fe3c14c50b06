// Fronts that hint at their answer in another form than its own words (context.ts `givesAway`
// catches the words themselves): a demonym or adjective of it ("the Dutch-German border" →
// Netherlands, "lunar surface" beside "moon"), its initials ("EU countries" → European Union),
// a name that contains it ("University of Chicago" → "University of Chicago Press Club"), a
// sum the front spells out ("five companies join nine others … [...] firms" → 14), or a span
// whose two ends it gives ("for [...], from 1321 to 1323" → two years).

import { coinedFromName } from './coined-names.js';
import { derivedHint } from './derived-hints.js';
import { listedCount } from './listed-counts.js';
import { containsLowerWord, containsWord } from './context.js';
import { NUMBER_WORDS } from './words.js';
import { CLOZE_BLANK } from '../../shared/cloze.js';
import { convertedAfter, restatesFigureBefore } from '../nlp/values.js';
import { PLACE_HEADS } from '../nlp/lexicon.js';
import { MONTH_NAME } from './vague-blanks.js';

/** An adjective or people's name and the places or things it names. */
const FORMS: readonly (readonly [string, readonly string[]])[] = [
  ['dutch', ['netherlands', 'holland']],
  ['german', ['germany']],
  ['french', ['france']],
  ['british', ['britain', 'united kingdom']],
  ['english', ['england']],
  ['scottish', ['scotland']],
  ['scots', ['scotland']],
  ['irish', ['ireland']],
  ['welsh', ['wales']],
  ['american', ['america', 'united states']],
  ['chinese', ['china']],
  ['japanese', ['japan']],
  ['korean', ['korea', 'south korea', 'north korea']],
  ['russian', ['russia']],
  ['indian', ['india']],
  ['italian', ['italy']],
  ['spanish', ['spain']],
  ['mexican', ['mexico']],
  ['canadian', ['canada']],
  ['european', ['europe', 'european union']],
  ['australian', ['australia']],
  ['israeli', ['israel']],
  ['iranian', ['iran']],
  ['iraqi', ['iraq']],
  ['syrian', ['syria']],
  ['egyptian', ['egypt']],
  ['turkish', ['turkey']],
  ['greek', ['greece']],
  ['polish', ['poland']],
  ['swedish', ['sweden']],
  ['brazilian', ['brazil']],
  ['vietnamese', ['vietnam']],
  ['mongol', ['mongolia']],
  ['mongolian', ['mongolia']],
  ['ukrainian', ['ukraine']],
  ['pakistani', ['pakistan']],
  ['afghan', ['afghanistan']],
  ['libyan', ['libya']],
  ['kenyan', ['kenya']],
  ['nigerian', ['nigeria']],
  ['tibetan', ['tibet']],
  ['cuban', ['cuba']],
  ['argentine', ['argentina']],
  ['argentinian', ['argentina']],
  ['chilean', ['chile']],
  ['peruvian', ['peru']],
  ['colombian', ['colombia']],
  ['venezuelan', ['venezuela']],
  ['thai', ['thailand']],
  ['indonesian', ['indonesia']],
  ['filipino', ['philippines']],
  ['portuguese', ['portugal']],
  ['norwegian', ['norway']],
  ['danish', ['denmark']],
  ['finnish', ['finland']],
  ['swiss', ['switzerland']],
  ['austrian', ['austria']],
  ['belgian', ['belgium']],
  ['hungarian', ['hungary']],
  ['czech', ['czech republic', 'czechia']],
  ['romanian', ['romania']],
  ['serbian', ['serbia']],
  ['croatian', ['croatia']],
  ['ethiopian', ['ethiopia']],
  ['sudanese', ['sudan']],
  ['moroccan', ['morocco']],
  ['lebanese', ['lebanon']],
  ['taiwanese', ['taiwan']],
  ['saudi', ['saudi arabia']],
  ['hawaiian', ['hawaii']],
  ['texan', ['texas']],
  ['californian', ['california']],
  ['alaskan', ['alaska']],
  ['floridian', ['florida']],
  ['chechen', ['chechnya']],
  ['glaswegian', ['glasgow']],
  ['glaswegians', ['glasgow']],
  ['londoner', ['london']],
  ['londoners', ['london']],
  ['parisian', ['paris']],
  ['parisians', ['paris']],
  ['mancunian', ['manchester']],
  ['mancunians', ['manchester']],
  ['lunar', ['moon']],
  ['solar', ['sun']],
  ['martian', ['mars']],
];

const WORD = /[\p{L}]+/gu;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/** Each multi-word phrase of FORMS as a whole-word pattern, compiled once rather than per card. */
const PHRASES: ReadonlyMap<string, RegExp> = new Map(
  FORMS.flatMap(([adjective, nouns]) => [adjective, ...nouns])
    .filter((phrase) => phrase.includes(' '))
    .map((phrase) => [phrase, new RegExp(`\\b${phrase}\\b`)]),
);

/** The one-word forms of FORMS, to tell at once whether an answer holds any form. */
const SINGLE_WORD_FORMS: ReadonlySet<string> = new Set(FORMS.flatMap(([adjective, nouns]) => [adjective, ...nouns]).filter((phrase) => !phrase.includes(' ')));

function hasPhrase(lower: string, lowerWords: Set<string>, phrase: string): boolean {
  if (!phrase.includes(' ')) return lowerWords.has(phrase);
  return PHRASES.get(phrase)!.test(lower);
}

/** The text (lowercased, and its words) holds some form of FORMS; a pattern runs only where its phrase is written. */
function holdsForm(lower: string, lowerWords: Set<string>): boolean {
  for (const w of lowerWords) if (SINGLE_WORD_FORMS.has(w)) return true;
  for (const [phrase, pattern] of PHRASES) if (lower.includes(phrase) && pattern.test(lower)) return true;
  return false;
}

/** One side names the answer's place or thing, the other its adjective ("Dutch" / Netherlands). */
function sharesForm(front: string, answer: string): boolean {
  const a = answer.toLowerCase();
  const aw = words(answer);
  // Each test needs the answer to hold a form, and most answers hold none: the front is then never read.
  if (!holdsForm(a, aw)) return false;
  const f = front.toLowerCase();
  const fw = words(front);
  for (const [adjective, nouns] of FORMS) {
    for (const noun of nouns) {
      if (hasPhrase(f, fw, adjective) && hasPhrase(a, aw, noun)) return true;
      if (hasPhrase(a, aw, adjective) && hasPhrase(f, fw, noun)) return true;
    }
  }
  return false;
}

const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'du']);

/**
 * The answer is the very place whose adjective `text` holds: "France" under the title "French wine
 * gets 70m euro top-up" is the story's topic. A longer name holding the place ("National Gallery of
 * Scotland" under "Scottish Parliament") is not given by it.
 */
export function adjectiveOfPlace(text: string, answer: string): boolean {
  const place = answer.toLowerCase().replace(/^the\s+/, '');
  if (!SINGLE_WORD_FORMS.has(place) && !PHRASES.has(place)) return false;
  const lower = text.toLowerCase();
  const lowerWords = words(text);
  return FORMS.some(([adjective, nouns]) => nouns.includes(place) && hasPhrase(lower, lowerWords, adjective));
}

/** "European Union" → EU: written as a word of the front ("EU countries", "U.S.-Mexico"). */
function initialsOnFront(front: string, answer: string): boolean {
  const parts = answer.split(/\s+/).filter((w) => !MINOR.has(w));
  if (parts.length < 2 || !parts.every((w) => /^[A-Z]/.test(w))) return false;
  const initials = parts.map((w) => w[0]).join('');
  // "the [...] (Caf)": the short form in brackets beside the blank, written in any case (set U's judges).
  if (front.toLowerCase().includes(`(${initials.toLowerCase()})`)) return true;
  // Neither form written at all (the usual case): no pattern to compile for this card.
  if (!front.includes(initials) && !front.includes(parts.map((w) => `${w[0]}.`).join(''))) return false;
  const dotted = parts.map((w) => `${w[0]}\\.`).join('');
  return new RegExp(`(?<![\\p{L}.])(?:${initials}|${dotted})(?![\\p{L}])`, 'u').test(front);
}

/** The front holds a name the answer extends: its first words, most of it ("University of Chicago" in "University of Chicago School …"). */
function containingName(front: string, answer: string): boolean {
  const parts = answer.split(/\s+/);
  if (parts.length < 3 || !/^[A-Z]/.test(parts[0]!)) return false;
  for (let n = parts.length - 1; n >= 2; n--) {
    const prefix = parts.slice(0, n);
    if (!/^[A-Z]/.test(prefix.at(-1)!) || n / parts.length < 0.4) continue;
    const name = prefix.join(' ');
    // The pattern only adds word edges to the literal name: no need to compile it when the name is absent.
    if (front.includes(name) && new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(front)) return true;
  }
  return false;
}


/** Small whole numbers written on the front, in digits or words; years and the like are left out. */
function smallNumbers(front: string): number[] {
  const out: number[] = [];
  for (const w of front.toLowerCase().match(/[\p{L}]+|\d+(?:,\d{3})*(?:\.\d+)?/gu) ?? []) {
    const word = NUMBER_WORDS.indexOf(w);
    if (word >= 2) out.push(word);
    else if (/^\d{1,3}$/.test(w)) out.push(Number(w));
  }
  return out;
}

/** A count the front adds up: "five … join nine others, bringing the total to [...]" → 14. */
function sumOnFront(front: string, answer: string): boolean {
  if (!/^\d{1,3}$/.test(answer.trim())) return false;
  const target = Number(answer);
  const values = smallNumbers(front);
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (values[i]! + values[j]! === target) return true;
  return false;
}

/** A figure in digits on the front, with whether it is a share; years ("1998") are left out. */
function figuresOn(front: string): { value: number; share: boolean }[] {
  const out: { value: number; share: boolean }[] = [];
  for (const m of front.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,]*\d)(\s*(?:%|per ?cent\b))?/giu)) {
    if (!m[2] && /^(?:1[5-9]|20)\d\d$/.test(m[1]!)) continue;
    out.push({ value: Number(m[1]!.replace(/,/g, '')), share: Boolean(m[2]) });
  }
  return out;
}

/**
 * A figure the front lets a student work out instead of recall: the share left when the others
 * are given ("60 percent sand, 25 percent slate, [...] soda ash and 5 percent limestone" → 10),
 * a share of two stated amounts ("a limit of 2,000 and a balance of 1,800, your use is [...]" →
 * 90 percent), the whole a stated share of it gives ("a balance of 1,800 … your use is 90 percent"
 * → 2,000), a difference ("five short of the 38 needed" → 33) or a product ("14 two-member
 * constituencies" → 28), or a sum written out before it ("10^5 * 300 = [...]"); a change in per
 * cent between the two ends given ("rose by [...], from 0.90 percent to 1.23 percent" → 37 percent).
 */
function workedOutOnFront(front: string, answer: string): boolean {
  const own = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|per ?cent))?$/i.exec(answer.trim());
  if (!own) return false;
  // "a total of 10^5 * 300 = [...]": the sum is written out before the blank.
  if (/\d\s*[-+*×x/^]\s*\d[\d,.^]*\s*=\s*\[\.\.\.\]/u.test(front)) return true;
  const target = Number(own[1]!.replace(/,/g, ''));
  const figures = figuresOn(front);
  const shares = figures.filter((f) => f.share).map((f) => f.value);
  const amounts = figures.filter((f) => !f.share).map((f) => f.value);
  const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;
  if (own[2]) {
    if (shares.length >= 2 && near(shares.reduce((x, y) => x + y, 0) + target, 100, 0.01)) return true;
    // "rose by [...], from 0.90 percent to 1.23 percent" → 37 percent: the change between the two ends.
    for (const m of front.matchAll(/\bfrom\s+\$?(\d+(?:\.\d+)?)\s*(?:%|per ?cent)?\s+to\s+\$?(\d+(?:\.\d+)?)/giu)) {
      const [from, to] = [Number(m[1]), Number(m[2])];
      if (from > 0 && near((100 * Math.abs(to - from)) / from, target, 1)) return true;
    }
    for (const a of amounts) for (const b of amounts) if (a < b && near((100 * a) / b, target, 0.5)) return true;
    return false;
  }
  for (const p of shares) for (const a of amounts) if (p > 0 && p < 100 && near((100 * a) / p, target, target * 0.01)) return true;
  // A difference only where the front says one figure is short of or beyond the other, and a
  // product only of a count by an "N-member" kind: elsewhere two figures may make the answer by chance.
  const small = [...smallNumbers(front), ...amounts.filter((a) => Number.isInteger(a))];
  if (/\b(?:short of|fewer than|less than|more than|ahead of|behind)\b/i.test(front)) {
    for (const a of small) for (const b of small) if (a - b === target && b >= 2) return true;
  }
  for (const m of front.toLowerCase().matchAll(/\b(\d{1,3}(?:,\d{3})*)\s+(\w+)-(?:member|seat|person|strong|player|man|woman)\b/g)) {
    const count = Number(m[1]!.replace(/,/g, ''));
    const each = /^\d+$/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS.indexOf(m[2]!);
    if (each >= 2 && count * each === target) return true;
  }
  return false;
}

/** Words whose opposite on the front names the answer by contrast. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['north', 'south'], ['east', 'west'], ['northern', 'southern'], ['eastern', 'western'], ['northward', 'southward'], ['eastward', 'westward'],
  ['northbound', 'southbound'], ['eastbound', 'westbound'], ['upper', 'lower'], ['inner', 'outer'], ['inbound', 'outbound'], ['upstream', 'downstream'],
  ['minimum', 'maximum'], ['male', 'female'], ['import', 'export'], ['imports', 'exports'],
];

/**
 * The other half of a pair the front already names: "breeding, [...], wintering and northward
 * migration" → "southward migration"; "the upper chamber … and the [...]" → "lower chamber". The
 * answer with one word swapped for its opposite is on the front.
 */
function oppositeOnFront(front: string, answer: string): boolean {
  const words = answer.toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  const lower = front.toLowerCase();
  return words.some((w, i) => {
    const pair = OPPOSITES.find(([a, b]) => a === w || b === w);
    if (!pair) return false;
    const other = [...words];
    other[i] = pair[0] === w ? pair[1] : pair[0];
    return containsLowerWord(lower, other.join(' '));
  });
}

const DURATION = /^(\w+)\s+years?$/i;

/**
 * A length of time the front spans with its two ends: "ruled for only [...], from 1321 to 1323"
 * → two years. Counted either way (1321 to 1323 is two years, or three counting both ends).
 */
function spanOnFront(front: string, answer: string): boolean {
  const length = DURATION.exec(answer.trim())?.[1]?.toLowerCase();
  if (!length) return false;
  const n = /^\d{1,3}$/.test(length) ? Number(length) : NUMBER_WORDS.indexOf(length);
  if (n < 1) return false;
  const years = (front.match(/(?<![\d,.])\d{4}(?!\d|[,.]\d)/g) ?? []).map(Number);
  for (let i = 0; i < years.length; i++) for (let j = i + 1; j < years.length; j++) if (Math.abs(Math.abs(years[j]! - years[i]!) - n) <= 1) return true;
  return false;
}

/**
 * A place named by a compass point before a name the front already holds: "Sudan … rebels in
 * neighbouring [...]" → South Sudan. The student has only to add the direction.
 */
function compassPlaceOnFront(front: string, answer: string): boolean {
  const rest = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)\s+(\p{Lu}[\p{L}'’-]{3,}(?:\s+\p{Lu}[\p{L}'’-]+)*)$/u.exec(answer.trim())?.[1];
  return !!rest && containsWord(front, rest);
}

/**
 * A century whose years the front gives: "Bernhard Bötel (1883–1953) … in the [...]" → 20th
 * century. Counting the hundreds is no recall.
 */
function centuryOnFront(front: string, answer: string): boolean {
  const century = /^(?:(?:the|early|late|mid|mid-)[ -]?)*(\d{1,2})(?:st|nd|rd|th)[ -]century$/i.exec(answer.trim())?.[1];
  if (!century) return false;
  return [...front.matchAll(/(?<![\d.,])(\d{3,4})(?![\d.,])/g)].some((m) => Math.floor((Number(m[1]) - 1) / 100) + 1 === Number(century));
}

/**
 * The figure's conversion is on the front: "[...] km/h (11.56 mph)" or "18.6 km/h ([...] mph)".
 * Multiplying by the units' ratio is no recall (both set U judges).
 */
function convertedOnFront(front: string, answer: string): boolean {
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const before = front.slice(0, at);
  const after = front.slice(at + CLOZE_BLANK.length);
  // A sum in another currency, in brackets after the amount: "10,000 roubles (£107; [...])" → $167.
  // … or its worth in today's money: "2 shillings: approximately [...] in 2014)" (set Z's judges, trivia).
  if (/^[A-Z]{0,3}[$£€¥]\s?\d/.test(answer.trim())) return CURRENCY_CONVERSION.test(before) || (TODAYS_WORTH_BEFORE.test(before) && /^\s*in\s+\d{4}\s*\)/.test(after));
  // (… and the year of that worth: "approximately $1.17 in [...])".)
  if (/^\d{4}$/.test(answer.trim()) && /\([^()]*\b(?:approximately|about|around|roughly|equivalent\s+to|worth)\s+[A-Z]{0,3}[$£€¥]\s?\d[\d,.]*\s+in\s+$/i.test(before)) return true;
  if (!/^\d[\d,.]*$/.test(answer.trim())) return false;
  return convertedAfter(after) || restatesFigureBefore(before, after);
}

const TODAYS_WORTH_BEFORE = /\([^()]*\b(?:approximately|about|around|roughly|equivalent\s+to|worth)\s+$/i;
const CURRENCY_CONVERSION = /\d[\d,.]*\s*(?:m|bn|million|billion|\p{L}+)?\s*\(\s*(?:[A-Z]{0,3}[$£€¥]\s?\d[\d,.]*\s*(?:m|bn|million|billion)?\s*[;,/]\s*)*$/u;

/**
 * A year the front gives as another year and the time between: "in 1924 and 1928 … the [...]
 * edition, after an 84-year absence" → 2012 (both set U judges).
 */
function yearFromSpanOnFront(front: string, answer: string): boolean {
  if (!/^(?:1[5-9]|20)\d\d$/.test(answer.trim())) return false;
  const target = Number(answer);
  // An offset from the other year: "an 84-year absence", "20 years later" (in lower case: "Seven
  // Years" names a war). Not a span told with both its ends ("in six years, from 1754 to [...]"):
  // the dev set's judges kept those, and people asked for that end year (devset/expository).
  const spans = [...front.matchAll(/\b(\d{1,3}|[a-z]+)(?:-years?\b|\s+years?\s+(?:later|after|earlier|before|on)\b)/g)]
    .map((m) => (/^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS.indexOf(m[1]!.toLowerCase())))
    .filter((n) => n >= 2);
  if (!spans.length) return false;
  const years = (front.match(/(?<![\d,.])(?:1[5-9]|20)\d\d(?![\d]|[,.]\d)/g) ?? []).map(Number);
  return years.some((y) => spans.some((n) => Math.abs(target - y) === n));
}

const MONTH = new RegExp(`\\b${MONTH_NAME}\\b`, 'i');

/**
 * A full date whose year the front already writes: "his second no-hitter in 2011 … on [...]" →
 * May 7, 2011. Only the day is left to recall, trivia beside the year (both set U judges).
 */
function yearOfDateOnFront(front: string, answer: string): boolean {
  const year = /\b((?:1[5-9]|20)\d\d)\b/.exec(answer)?.[1];
  // (A day and a month: "[February 2015]" beside "October 8, 2015" still asks which month, and the dev set's judges kept it.)
  if (!year || !MONTH.test(answer) || !/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(answer.replace(year, ''))) return false;
  return new RegExp(`(?<![\\d,.])${year}(?!\\d)`).test(front.replace(CLOZE_BLANK, ' '));
}

/**
 * Two of the answer's words written elsewhere on the front: "the 2017 [...] … during this year's
 * Nations Cup" → Africa Cup of Nations; "set up a [...], The Institute for Genomic Research" →
 * private research institute (both set U judges). The student has only to fill in the rest.
 */
function answerWordsOnFront(front: string, answer: string): boolean {
  // (A figure's unit is no part of a name: "nine per cent - a [...] drop" → 25 per cent.)
  if (/\d/.test(answer)) return false;
  const own = new Set(answer.toLowerCase().match(WORD)?.filter((w) => w.length >= 3 && !MINOR.has(w)));
  if (own.size < 2) return false;
  const shown = words(front.replace(CLOZE_BLANK, ' '));
  const given = [...own].filter((w) => shown.has(w)).length;
  // More than half of them: two common words of a longer name ("Drum", "Dance" of "Coloured Box
  // Drum Dance" beside "the drum" and "Hwajeontae Dance") leave its own words to recall.
  return given >= 2 && given > own.size / 2;
}

/** Capitals the news names for their countries' governments, and cities known the world over: the country is known from them. */
const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['Sydney', 'Australia'], ['Melbourne', 'Australia'], ['Auckland', 'New Zealand'], ['Wellington', 'New Zealand'], ['Toronto', 'Canada'], ['Montreal', 'Canada'],
  ['Vancouver', 'Canada'], ['Mumbai', 'India'], ['Shanghai', 'China'], ['Istanbul', 'Turkey'], ['Rio de Janeiro', 'Brazil'], ['Osaka', 'Japan'],
  ['Manila', 'Philippines'], ['Beijing', 'China'], ['Tokyo', 'Japan'], ['Seoul', 'South Korea'], ['Pyongyang', 'North Korea'], ['Hanoi', 'Vietnam'],
  ['Bangkok', 'Thailand'], ['Jakarta', 'Indonesia'], ['New Delhi', 'India'], ['Islamabad', 'Pakistan'], ['Kabul', 'Afghanistan'], ['Tehran', 'Iran'],
  ['Baghdad', 'Iraq'], ['Damascus', 'Syria'], ['Riyadh', 'Saudi Arabia'], ['Ankara', 'Turkey'], ['Cairo', 'Egypt'], ['Moscow', 'Russia'],
  ['Kiev', 'Ukraine'], ['Kyiv', 'Ukraine'], ['Warsaw', 'Poland'], ['Berlin', 'Germany'], ['Paris', 'France'], ['Madrid', 'Spain'], ['Rome', 'Italy'],
  ['Athens', 'Greece'], ['Lisbon', 'Portugal'], ['Dublin', 'Ireland'], ['Ottawa', 'Canada'], ['Canberra', 'Australia'], ['Brasilia', 'Brazil'],
  ['Buenos Aires', 'Argentina'], ['Mexico City', 'Mexico'], ['Havana', 'Cuba'], ['Caracas', 'Venezuela'], ['Nairobi', 'Kenya'], ['Tripoli', 'Libya'],
]);

/** "Tensions between Beijing and Manila … after the [...] arrested …" → Philippines (both set V judges); "Sydney octopuses off [...]'s east coast" → Australia (set Z's). */
function capitalOnFront(front: string, answer: string): boolean {
  const country = answer.trim().replace(/^the\s+/i, '');
  for (const [capital, of] of CAPITALS) if (of === country && containsWord(front, capital)) return true;
  return false;
}

/** Kinds of place a name ends on: "Matagorda Bay", "Alamo Mission" (nlp PLACE_HEADS, and sites). */
const SITE_HEADS = new Set([...[...PLACE_HEADS].map((w) => w.toLowerCase()), 'mission', 'fort', 'castle', 'palace', 'cathedral', 'church', 'abbey', 'bridge', 'dam', 'tower', 'station', 'stadium', 'arena']);

/**
 * A place named for something the front already names, with only its kind to add: "near
 * Matagorda" → [Matagorda Bay], "the Battle of the Alamo … occupied the [...]" → Alamo Mission
 * (set W's judges).
 */
function placeOfNameOnFront(front: string, answer: string): boolean {
  const parts = answer.trim().split(/\s+/);
  if (parts.length !== 2 || !parts.every((w) => /^\p{Lu}/u.test(w))) return false;
  const [name, kind] = [parts[0]!, parts[1]!.toLowerCase()];
  return SITE_HEADS.has(kind) && containsWord(front.replace(CLOZE_BLANK, ' '), name);
}

/** The front gives the answer away in another form than its own words. */
export function hintsAnswer(front: string, answer: string): boolean {
  return centuryOnFront(front, answer) || sharesForm(front, answer) || derivedHint(front, answer) || initialsOnFront(front, answer) || containingName(front, answer) || sumOnFront(front, answer) || workedOutOnFront(front, answer) || oppositeOnFront(front, answer) || spanOnFront(front, answer) || compassPlaceOnFront(front, answer) || listedCount(front, answer) || coinedFromName(front, answer) || convertedOnFront(front, answer) || yearFromSpanOnFront(front, answer) || yearOfDateOnFront(front, answer) || answerWordsOnFront(front, answer) || capitalOnFront(front, answer) || placeOfNameOnFront(front, answer);
}

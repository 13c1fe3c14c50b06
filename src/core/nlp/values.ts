// Dates and numbers: wink-nlp finds them; we keep the ones a student can learn (a year, a day
// of a month, a figure written in digits), join ranges ("18 to 45") and attach the unit.
import { MONTHS } from './lexicon.js';
import type { ValueSpan } from './tokens.js';
import type { Mention, Sentence } from './types.js';

const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;
const MAGNITUDES = new Set(['percent', '%', 'million', 'billion', 'trillion', 'thousand', 'hundred']);
const RANGE_JOINS = new Set(['to', 'and', '-', '–']);
/** Units written as abbreviations or symbols, which the tagger does not call nouns. */
const UNIT_ABBREVIATIONS = new Set(['m', 'km', 'cm', 'mm', 'ft', 'mi', 'kg', 'g', 'mg', 'lb', 'lbs', 'oz', 't', 'BP', 'BC', 'BCE', 'AD', 'CE', 'mph', 'kph', 'km/h', 'ha', 'sq', 'kWh', 'MW', 'GW', 'kW', 'hp', 'GB', 'TB', 'MB', '°C', '°F', 'K', 'Hz', 'GHz', 'MHz', 'ppm']);

/**
 * A standard race distance that names the event, not a length: "one of the 800 metres
 * favourites", "400m runners", "the 1500m title". Blind judges of set P took "[800] metres" with
 * options 900, 1300 and 1400 as obvious, and "400m" and "800" in the key numbers as race names.
 */
export function isRaceDistance(value: string, after: string, before = ''): boolean {
  const m = /^(\d[\d,]*)(m)?$/.exec(value.trim());
  if (!m || !RACE_DISTANCES.has(m[1]!.replace(/,/g, ''))) return false;
  // A blank's answer without its glued "m" ("the [200]m in Sydney").
  if (!m[2] && /^m(?![\p{L}\p{N}])/u.test(after)) return isRaceDistance(`${m[1]}m`, after.slice(1), before);
  if ((m[2] ? RACE_WORD : RACE_AFTER).test(after)) return true;
  // The second of a pair of races: "fourth and sixth in the 1500m and [5,000m]" (set W's facts judge).
  if (m[2] && /\b\d[\d,]*m\s*(?:,|and|or|&)\s*$/.test(before)) return true;
  // One of a pair or list of races: "the individual 100m and 200m events".
  const next = /^\s*(?:,|and|or|&)\s*(\d[\d,]*m?)(?![\p{L}\p{N}])/u.exec(after);
  if (next && isRaceDistance(next[1]!, after.slice(next[0].length))) return true;
  // "the 200m in Sydney", "Olympic 100m champion": a distance written glued to its "m" after a
  // word that names a race's field, with no noun it measures after it ("the 200m tower").
  return !!m[2] && RACE_FIELD_BEFORE.test(before) && /^\s*(?:$|[,.;:!?)]|(?:in|at|on|and|or|final|heats?)\b)/iu.test(after);
}

/** The unit, then a word of the race ("metres favourites", "m hurdles"), not of a length ("metres of rope"). */
const RACE_WORD = /^\s+(?:\p{L}+\s+)?(?:runners?|race|final|title|champion\p{L}*|favou?rites?|hurdles|relay|record|events?|gold|silver|bronze|medal\p{L}*|heats?|specialists?|freestyle|breaststroke|backstroke|butterfly|individual|personal best|season'?s best|best|times?|sprint\p{L}*|dash)\b/iu;
const RACE_AFTER = new RegExp(String.raw`^\s?(?:m|metres|meters)` + RACE_WORD.source.slice(1), 'iu');
/** Words before a distance that make it a race: "the 200m", "Olympic 100m", "men's 400m". */
const RACE_FIELD_BEFORE = /\b(?:the|individual|Olympic|world|European|Commonwealth|indoor|outdoor|men['’]s|women['’]s|his|her)\s+$/iu;

const RACE_DISTANCES: ReadonlySet<string> = new Set(['60', '100', '110', '200', '400', '800', '1500', '3000', '5000', '10000']);

/** A span of time in words or digits ("four days", "a few weeks", "12 months"): counted from the day
 * of writing after "In"/"Within", it dates nothing once the text is read later. */
export const SPAN_OF_TIME = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|\d+)\s+(?:days?|weeks?|months?|years?|hours?)`;

/** A unit of measure one system writes where another writes its own: what a bracketed conversion restates. */
const MEASURE_UNIT = String.raw`(?:km\/h|kph|mph|km|kms|kilomet(?:re|er)s?|mi|miles?|m|metres?|meters?|cm|mm|ft|feet|foot|in|inch(?:es)?|yards?|yd|kg|kilograms?|g|grams?|lbs?|pounds?|oz|ounces?|st|stone|t|tonnes?|tons?|ha|hectares?|acres?|sq\s?(?:km|mi|ft|m)|square\s+(?:kilomet(?:re|er)s|miles|feet|metres|meters)|l|litres?|liters?|gallons?|gal|°[CF]|degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?|knots?|kn|hp|kW|bhp|PS|nautical\s+miles?|nmi)`;

/**
 * The figure restates the one before its bracket in other units: the "11.56" of "18.6 km/h
 * (11.56 mph)", the "5,150" of "3,200 miles (5,150 km)". `before` and `after` are the text either
 * side of the figure (or of a blank on it). The same amount twice: one key number, not two.
 */
export function restatesFigureBefore(before: string, after: string): boolean {
  return CONVERSION_BEFORE.test(before) && UNIT_AFTER.test(after);
}

/** The figure's conversion follows it in brackets: the "18.6" of "18.6 km/h (11.56 mph)". */
export function convertedAfter(after: string): boolean {
  return CONVERSION_AFTER.test(after);
}
/** The bracket a conversion opens with, and a word of estimate it may start on. */
const CONVERSION_OPEN = String.raw`\(\s*(?:about\s+|around\s+|approximately\s+|c\.\s*|~\s*)?`;
const CONVERSION_BEFORE = new RegExp(String.raw`\d[\d,.]*\s*${MEASURE_UNIT}\s*${CONVERSION_OPEN}$`, 'iu');
const UNIT_AFTER = new RegExp(String.raw`^\s*${MEASURE_UNIT}(?![\p{L}])`, 'iu');
const CONVERSION_AFTER = new RegExp(String.raw`^\s*${MEASURE_UNIT}\s*${CONVERSION_OPEN}\d[\d,.]*\s*${MEASURE_UNIT}(?![\p{L}])`, 'iu');

/** A time of day in 24-hour digits: four digits then a time zone or "hrs" ("from 1900 GMT", "by 0900 GMT"), not a year or a count. */
export function isClockTime(value: string, after: string): boolean {
  return /^[0-2]\d[0-5]\d$/.test(value) && /^\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs|hours|h)\b/.test(after);
}

/**
 * A group of digits in a telephone number ("on 0845 8 505 505"): three groups or more of bare
 * digits, nine digits or more, joined by spaces or hyphens. No figure: a key number or a blank
 * on it tests a phone number's fragment (a blind facts judge found six on one story).
 */
export function isPhoneNumberPart(before: string, value: string, after: string): boolean {
  const run = `${/\d[\d -]*$/.exec(before)?.[0] ?? ''}${value}${/^[\d -]*\d/.exec(after)?.[0] ?? ''}`;
  const groups = run.split(/[ -]+/).filter(Boolean);
  return groups.length >= 3 && groups.every((g) => /^\d+$/.test(g)) && run.replace(/\D/g, '').length >= 9;
}

function numeric(text: string): number | undefined {
  const n = Number(text.replace(/[,$€£]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

export function valueMentions(sentences: readonly Sentence[], spans: readonly ValueSpan[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Set<string>();
  for (const span of spans) {
    const s = sentences[span.sentence]!;
    const tokens = s.tokens;
    let a = span.tokenStart;
    let b = span.tokenEnd;
    const words = tokens.slice(a, b).map((t) => t.text);
    let type: 'date' | 'number';
    let value: number | undefined;
    let unit = '';
    if (span.type === 'DATE' && /^\d[\d,.]*$/.test(words[0] ?? '') && /^years?$/i.test(words[1] ?? '') && /^ago$/i.test(words[2] ?? '')) {
      // "22,000 years ago": a span of time back from now, a figure with its unit.
      type = 'number';
      value = numeric(words[0]!);
      unit = 'year';
      b = a + 3;
    } else if (span.type === 'DATE') {
      const year = words.find((w) => YEAR.test(w));
      const monthDay = words.some((w) => MONTHS.has(w)) && words.some((w) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(w));
      if (!year && !monthDay) continue;
      // "In January 25 people … were jailed": a count after "in" and a month, its comma lost (a day takes "on").
      if (!year && (/^in$/i.test(tokens[a]?.text ?? '') || /^in$/i.test(tokens[a - 1]?.text ?? '')) && tokens[b]?.pos === 'NOUN' && (tokens[b]!.text !== tokens[b]!.lemma || /^people$/i.test(tokens[b]!.text))) continue;
      // Drop relative words wink includes ("last", "this"); keep "August 2022", "June 5, 2023".
      // … and a preposition or determiner capitalised at the sentence start ("By 1929", "In March 2019").
      while (a < b && (!/^[A-Z0-9]/.test(tokens[a]!.text) || tokens[a]!.pos === 'ADP' || tokens[a]!.pos === 'DET')) a++;
      type = 'date';
      value = year ? Number(year) : undefined;
    } else if (span.type === 'CARDINAL' || span.type === 'MONEY' || span.type === 'PERCENT') {
      if (!words.some((w) => /\d/.test(w))) continue;
      if (words.length === 1 && YEAR.test(words[0]!) && span.type === 'CARDINAL') continue;
      // A number that is part of a name ("the S&P 500 index", "Apollo 11", "Windows 10"): a proper
      // noun right before it, not opening the sentence. Blanked, it is half of the name.
      if (span.type === 'CARDINAL' && a > 1 && tokens[a - 1]!.pos === 'PROPN' && tokens[a - 1]!.end < tokens[a]!.start && /^\d+$/.test(words[0] ?? '')) continue;
      // A currency sign the tagger left out of the span ("some $156 billion" read as "156 billion").
      while (a > 0 && /^[$€£¥]$/.test(tokens[a - 1]!.text) && tokens[a - 1]!.end === tokens[a]!.start) a--;
      type = 'number';
      value = numeric(words.find((w) => /\d/.test(w)) ?? '');
      // "18 to 45": join a range written with two numbers.
      // (Not a change "by" one figure "to" another: "grew by 1.4 million to 44.9 million".)
      if (RANGE_JOINS.has(tokens[b]?.text ?? '') && tokens[b + 1]?.pos === 'NUM' && !(tokens[b]!.text === 'to' && /^by$/i.test(tokens[a - 1]?.text ?? ''))) b += 2;
      while (b < tokens.length && MAGNITUDES.has(tokens[b]!.text.toLowerCase())) b++;
      // "per cent" is a unit; a lone "per" ("$44.2 million per week") is not part of the figure.
      if (tokens[b]?.text.toLowerCase() === 'per' && tokens[b + 1]?.text.toLowerCase() === 'cent') b += 2;
      const next = tokens[b];
      if (next && UNIT_ABBREVIATIONS.has(next.text)) unit = next.text;
      else if (next && next.pos === 'NOUN') unit = next.lemma;
      else if (a > 0 && tokens[a - 1]!.pos === 'NOUN') unit = tokens[a - 1]!.lemma;
    } else continue;
    if (a >= b) continue;
    if (taken.has(`${span.sentence}:${a}`)) continue;
    for (let k = a; k < b; k++) taken.add(`${span.sentence}:${k}`);
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    const text = s.text.slice(first.start - s.start, last.end - s.start);
    out.push({ type, text, sentence: span.sentence, start: first.start, end: last.end, tokenStart: a, tokenEnd: b, canonical: text, ...(value === undefined ? {} : { value }), unit });
  }
  return out;
}

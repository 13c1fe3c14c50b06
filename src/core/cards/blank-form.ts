// The form of a blank: what a page left glued to an answer, and blanks that are not a whole term.
import type { Sentence } from '../nlp/index.js';
import { MONTHS, NATIONALITIES, PARTY_LABELS, TITLE_WORDS, WEEKDAYS } from '../nlp/lexicon.js';
import type { Answer } from './answers.js';

/**
 * A footnote call, a bracketed abbreviation or a bracketed share after the answer ("64% of
 * respondents (7)", "factor 2 (XF-2)", "11,888 votes (32.1 per cent)"): the page's reference or a
 * restatement, never part of what is asked (a blank over both asks two figures at once).
 */
const TRAILING_MARK = /\s*(?:\(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\)|\[\d{1,3}\]|\([\p{Lu}\d][\p{Lu}\d.&/-]{1,9}\)|\(\d[\d.,]*\s*(?:%|per ?cent)\))$/u;

/** The answer without a trailing footnote call or bracketed abbreviation; the same answer when it has none. */
export function withoutTrailingMark(answer: Answer): Answer {
  const m = TRAILING_MARK.exec(answer.text);
  if (!m || m.index === 0) return answer;
  const text = answer.text.slice(0, m.index);
  return { ...answer, text, end: answer.start + text.length };
}

/** A word that never ends a whole term: an article, a preposition, a conjunction. Lowercase only: "Vitamin A", "Group A" are whole. */
const FUNCTION_END = /\s(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|as|that|which|who|its|their|his|her)$/;
/** A stop and a capitalised word inside the answer: the blank runs on into the next sentence ("Group D. The"). */
const RUNS_INTO_SENTENCE = /[.!?]["”’)]?\s+(?:The|A|An|In|On|At|It|Its|He|His|She|Her|They|Their|We|Our|There|This|That|These|Those|But|And|After|Before|When|While)\b/;

/** Words that measure or order: the figure after one is its value ("at age [34]", "Category [4]", "Stage [3]"). */
const MEASURING_WORD =
  /^(?:age|aged|ages|category|level|stage|phase|grade|round|step|page|pages|chapter|number|size|class|tier|rank|week|day|month|lap|game|match|season|floor|room|row|seat|gate|platform|track|volume|vol|issue|part|act|scene|verse|figure|table|item|question|hole|mile|minute|hour|position|degree|degrees|magnitude|scale|version|edition)$/i;

/**
 * A blank is one whole term: it does not end on a function word or run over a sentence's end,
 * and a bare figure is not cut from the name it numbers ("growth-like factor [2]",
 * "Gemini [4]": the number is half of a name, not a quantity).
 */
/** A change in figures: "fell 3.38% to $55.12" moves from one value to another, no range. */
const CHANGE_BEFORE = /\b(?:rose|risen|rise|rises|fell|fallen|falls|dropped|drops|increased|decreased|declined|grew|climbed|jumped|slipped|slumped|plunged|soared|surged|lost|gained|added|cut|raised|reduced|up|down)\b[^.;]{0,25}$/i;
/** The kind of a figure: a share, a sum in one currency, a count in one scale, or a bare number. */
export function figureKind(figure: string): string {
  if (/%|per ?cent|percent/i.test(figure)) return 'share';
  const money = /^(?:[$£€¥]|pounds|dollars|euros)/i.exec(figure.trim())?.[0].toLowerCase();
  const scale = /\d\s*(k|m|bn|tn|thousand|million|billion|trillion)\b/i.exec(figure)?.[1]?.toLowerCase() ?? '';
  return money ? `money ${money} ${scale}` : scale ? `scale ${scale}` : 'bare';
}
const FIG = String.raw`(?:[$£€¥]|(?:pounds|dollars|euros)\s)?\d[\d,.]*(?:\s?(?:%|per ?cent|k|m|bn|tn|thousand|million|billion|trillion)\b)?`;
const TO_AFTER = new RegExp(String.raw`^\s+to\s+(?:more than\s+|over\s+|about\s+|under\s+)?(${FIG})`, 'i');
const TO_BEFORE = new RegExp(String.raw`(${FIG})\s+to\s+(?:more than\s+|over\s+|about\s+|under\s+)?$`, 'i');

/** "from [50 million] to more than 80 million", "pounds 30 to [pounds 40]": one end of a range of one kind of figure, not a change ("fell 3.4% to [$55]"). */
function rangeTo(before: string, answer: string, after: string): boolean {
  const next = TO_AFTER.exec(after);
  if (next && figureKind(next[1]!) === figureKind(answer) && !CHANGE_BEFORE.test(before)) return true;
  const prev = TO_BEFORE.exec(before);
  return !!prev && figureKind(prev[1]!) === figureKind(answer) && !CHANGE_BEFORE.test(before.slice(0, prev.index));
}

/** A name's last word that is an abbreviation written with a stop ("Warner Bros.", "Acme Co."). */
const CUT_AT_ABBREVIATION = /(?:^|\s)(?:Bros|Co|Corp|Inc|Ltd|Jr|Sr|St|Mt|Ft|Intl|Natl|Assn|Dept|Univ)$/;

export function brokenBlank(s: Sentence, answer: Answer): boolean {
  const text = answer.text.trim();
  if (FUNCTION_END.test(text) || RUNS_INTO_SENTENCE.test(text)) return true;
  // One end of a range ("an [8%]-10% rise", "pounds 30 to [pounds 40]", "from [50 million] to
  // more than 80 million"): half of one figure.
  if (/^\d/.test(text) || /^[$£€]|^(?:pounds|dollars|euros)\s\d/i.test(text) || DAY_OF_MONTH.test(text)) {
    const textAfter = s.text.slice(answer.end - s.start);
    const textBefore = s.text.slice(0, answer.start - s.start);
    // (Also a range written with spaces or a double hyphen: "from [June 16] -- 22": set Q2's judges, half-term.)
    if (/^\s?(?:--|[-–—])\s?[$£€]?\d/.test(textAfter) || /\d%?\s?(?:--|[-–—])\s?$/.test(textBefore)) return true;
    if (rangeTo(textBefore, text, textAfter)) return true;
  }
  // A span that starts or ends inside a token ("8[GB of RAM]"): half of a written unit; or
  // opens on the unit of the figure before it ("8.69 [GW of Korean] production lines").
  if (/[\p{L}\p{N}]/u.test(s.text[answer.start - s.start - 1] ?? '') || /[\p{L}\p{N}]/u.test(s.text[answer.end - s.start] ?? '')) return true;
  // (A figure after a bare point is its decimals: "a .22 calibre rifle".)
  if (/^\d/.test(text) && s.text[answer.start - s.start - 1] === '.') return true;
  if (UNIT_OPENING.test(text) && /\d\s$/.test(s.text.slice(0, answer.start - s.start))) return true;
  // "[OS]/2": half of a name written with a slash; "with [Sire Records and Warner Bros]. Records,
  // and released …": a name cut at an abbreviation's stop, the sentence going on (set P's judges: half-term, malformed).
  const rest = s.text.slice(answer.end - s.start);
  if (/^\/[\p{L}\p{N}]/u.test(rest) || (/^\.\s+\S/.test(rest) && CUT_AT_ABBREVIATION.test(text))) return true;
  if (numberedName(s, answer) || changeOfFigures(s, answer) || partOfQuotedName(s, answer) || halfName(s, answer) || nameRunsOn(answer, rest)) return true;
  // "[Mazda of Japan--who]": a word glued on by a double hyphen written for a dash (set V's judges, malformed).
  if (/--/.test(text)) return true;
  // "world No. [1 ranking]": a number that labels, with the word after it (set W's judges, malformed).
  if (/^\d+\s+\p{L}/u.test(text) && /\bNo\.\s*$/.test(s.text.slice(0, answer.start - s.start))) return true;
  if (!/^\d[\d,.]*$/.test(text)) return false;
  const before = s.tokens.filter((t) => t.end <= answer.start).at(-1);
  const after = s.tokens.find((t) => t.start >= answer.end);
  // Adjacent: only a space between the word and the figure; a figure before a noun counts it ("a town 85 miles away").
  const counts = after !== undefined && after.start - answer.end <= 1 && after.pos === 'NOUN';
  // "the year [1066]" names no thing: the year is the fact.
  if (before === undefined || /^(?:year|years|AD|BC|BCE|CE)$/i.test(before.text)) return false;
  // A word that measures or orders takes its figure as a value, not as half of a name ("at age [34]", "Category [4]").
  if (MEASURING_WORD.test(before.text)) return false;
  return !counts && answer.start - before.end <= 1 && (before.pos === 'NOUN' || before.pos === 'PROPN') && /^\p{L}/u.test(before.text);
}

/** A written unit of measure, as the first word of a span. */
const LINKED_SURNAME = /^\s+(?:d['’]\p{Lu}|(?:de|du|del|della|di|da|des|dos)\s+\p{Lu})/u;

/**
 * A blank on a capitalised name that the text's name goes on past: "European [Indoor
 * Championships]" (a capitalised word glued before it), "21 & [Up]", "[Grand Mosque] d'Alger"
 * (an "of"/"for" tail is name-fragments.ts's). Both set R judges: half-term. Not a title or a
 * nationality before a person ("President [Jacques Chirac]"), a party, a day or a month.
 */
function halfName(s: Sentence, answer: Answer): boolean {
  const text = answer.text.trim();
  if (!/^\p{Lu}/u.test(text)) return false;
  const before = s.text.slice(0, answer.start - s.start);
  const after = s.text.slice(answer.end - s.start);
  if (/&\s*$/.test(before) || /^\s*&\s*\S/.test(after) || LINKED_SURNAME.test(after)) return true;
  const k = s.tokens.findIndex((t) => t.start >= answer.start);
  const prev = k > 1 ? s.tokens[k - 1] : undefined;
  // (Also the end of a hyphened word: "a third successive post-World [Cup Grand Slam]": set Z's judges, half-term.)
  if (!prev || answer.start - prev.end !== 1 || !/(?:^|-)\p{Lu}\p{Ll}+$/u.test(prev.text)) return false;
  const word = prev.text.replace(/^.*-/, '');
  if (word === 'The' || TITLE_WORDS.has(word) || PARTY_LABELS.has(word) || MONTHS.has(word) || WEEKDAYS.has(word)) return false;
  return answer.type !== 'person' || !NATIONALITIES.has(word);
}

/**
 * A name that goes on past the blank: "commissioned by [education technology charity Tablets] for
 * Schools", "headed by [Barbie Clarke of the Family], Kids and Youth research group" (set V's
 * judges, malformed). Not a list of names ("[Leeds] and Hull").
 */
function nameRunsOn(answer: Answer, after: string): boolean {
  if (!/\p{Lu}[\p{L}'’-]*$/u.test(answer.text.trim())) return false;
  // (A description that ends on the name's first word: "a poll by [Ipsos Mori] for BBC Scotland" is whole.)
  if (/^\p{Ll}/u.test(answer.text) && /^\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/u.test(after)) return true;
  return / of the \p{Lu}[\p{L}'’-]*$/u.test(answer.text.trim()) && /^,\s+\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)*\s+(?:and|&)\s+\p{Lu}/u.test(after);
}

/** A day of a month, either way round: "June 16", "16 June". */
const DAY_OF_MONTH = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))$/;

const UNIT_OPENING = /^(?:[kMGT]W|[kMGT]Wh|GB|MB|TB|Mbps|Gbps|km|kg|cm|mm|mph|ft|lbs?|oz|MHz|GHz)(?![\p{L}])/u;

/**
 * Part of a name in quotation marks: 'dubbed "Jerry's Guide to the [World Wide Web]"'. The quoted
 * words are a title (no verb, at most ten words, its other words capitalised but the small ones),
 * and the blank is less than all of it: the rest of the title on the front gives the answer away.
 */
function partOfQuotedName(s: Sentence, answer: Answer): boolean {
  const text = s.text;
  const from = answer.start - s.start;
  const to = answer.end - s.start;
  const open = Math.max(text.lastIndexOf('"', from - 1), text.lastIndexOf('“', from - 1));
  if (open < 0 || (text.slice(0, open).match(/["“”]/g) ?? []).length % 2 !== 0 || /["”]/.test(text.slice(open + 1, from))) return false;
  const close = text.slice(to).search(/["”]/);
  if (close < 0) return false;
  const end = to + close;
  const inside = s.tokens.filter((t) => t.start - s.start > open && t.end - s.start <= end);
  const rest = inside.filter((t) => t.end - s.start <= from || t.start - s.start >= to);
  // A title capitalises its words but the small ones; "respect China's [sovereignty …]" is a phrase quoted.
  const words = rest.filter((t) => /^\p{L}/u.test(t.text) && !TITLE_SMALL_WORDS.test(t.text));
  return inside.length <= 10 && !inside.some((t) => t.pos === 'VERB' || t.pos === 'AUX') && words.length > 0 && words.every((t) => /^\p{Lu}/u.test(t.text));
}

/** Words a title leaves in lower case. */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|to|in|on|at|for|and|or|but|by|with|from|s)$/;

/**
 * The mirror of a figure cut from its name: a name cut from the figure that numbers it
 * ("[British Standard] 1212, first published in 1945", "[Apollo] 11"). The figure right after
 * the name, and counting nothing after it, belongs to the name.
 */
function numberedName(s: Sentence, answer: Answer): boolean {
  const last = s.tokens.filter((t) => t.end <= answer.end && t.start >= answer.start).at(-1);
  if (!last || last.pos !== 'PROPN' || !/^\p{Lu}/u.test(last.text)) return false;
  const i = s.tokens.findIndex((t) => t.start >= answer.end);
  const figure = s.tokens[i];
  const next = s.tokens[i + 1];
  if (!figure || figure.start - answer.end > 1 || !/^\d+$/.test(figure.text)) return false;
  // "[Acme] 40 per cent" is a share, "[Leeds] 2 Hull 1" a score: the figure then measures or counts.
  return !next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || /^(?:%|per|percent)$/i.test(next.text));
}

/** "rates rose from [0.1% to 5.25%]": both ends of a change in one blank are two facts, not one term. */
function changeOfFigures(s: Sentence, answer: Answer): boolean {
  if (!/^[£$€]?\d[\d,.]*\s*(?:%|per ?cent|[\p{L}]+)?\s+to\s+[£$€]?\d/u.test(answer.text)) return false;
  return /\bfrom\s+$/i.test(s.text.slice(0, answer.start - s.start));
}

/**
 * A blank that takes the shared head from a coordination ("sudden social and [financial
 * pressures]"): the modifier left before "and" has lost its noun, so the blank is half of the term
 * "social and financial pressures".
 */
export function splitsCoordination(s: Sentence, answer: Answer): boolean {
  // "scheduled for [February 16] and 17", "[March 3]-5": a day the next day or range shares the month with.
  if (answer.type === 'date' && /(?:^|\D)\d{1,2}$/.test(answer.text) && DAY_GOES_ON.test(s.text.slice(answer.end - s.start))) return true;
  const i = s.tokens.findIndex((t) => t.start >= answer.start);
  const first = s.tokens[i];
  const conj = s.tokens[i - 1];
  const modifier = s.tokens[i - 2];
  if (!first || !conj || !modifier || first.start >= answer.end) return false;
  if (!/^(?:and|or)$/i.test(conj.text) || modifier.pos !== 'ADJ' || first.pos !== 'ADJ') return false;
  // The answer goes on to the noun both modifiers share.
  return s.tokens.some((t) => t.start > first.start && t.end <= answer.end && t.pos === 'NOUN');
}

/** After a date that ends on its day: "and 17", "or 18", "-19", "to 21" — days that share its month. */
const DAY_GOES_ON = /^\s*(?:(?:and|or|to|through)\s+|[-–]\s*)\d{1,2}\b(?!\s*(?:%|percent|per cent|people|of))/u;

/** Names a country goes by side by side in the same text: any one on the front names the answer. */
const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['Netherlands', 'Holland'],
  ['Myanmar', 'Burma'],
  ['Czech Republic', 'Czechia'],
  ['Ivory Coast', "Côte d'Ivoire"],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words that make a country's name part of another place's ("Latin America", "New Holland"). */
const LONGER_NAME = '(?:Latin|South|North|Central|Middle|Meso|Anglo|Ibero|Spanish|Portuguese|British|French|New|Little|Greater)';

/** Another name of the answer country stands on the front ("envoy to Britain praised the [UK]"): the card answers itself. */
export function countryNamedOnFront(front: string, answer: string): boolean {
  const group = COUNTRY_NAMES.find((names) => names.includes(answer.trim().replace(/^the\s+/i, '')));
  if (!group) return false;
  // Case kept: "US" is the country, "us" the pronoun.
  // Not inside a longer name: "Latin America", "New Britain" name other places.
  // A name not written on the front at all (most of the group) needs no pattern compiled for it.
  return group.some((name) => front.includes(name) && new RegExp(`(?<![\\p{L}.])(?<!${LONGER_NAME}\\s)${escape(name)}(?![\\p{L}])`, 'u').test(front));
}

/** The answer phrase is on the front in its other number ("the inner kidney tubule … both [kidney tubules]"). */
export function otherNumberOnFront(front: string, answer: string): boolean {
  const a = answer.trim().toLowerCase();
  // A lowercase phrase of two words or more: one plural word beside its singular is often another thing ("courts" of a "court").
  if (!/^\p{Ll}/u.test(a) || !a.includes(' ')) return false;
  const forms = a.endsWith('s') ? [a.slice(0, -1), a.replace(/es$/, '')] : [`${a}s`, `${a}es`];
  const lower = front.toLowerCase();
  // The plain substring test first: most fronts lack the form, and compiling a pattern per answer
  // was the costliest line of card generation. Only a front that has it is checked for whole words.
  return forms.some((f) => f !== a && lower.includes(f) && new RegExp(`(?<![\\p{L}])${escape(f)}(?![\\p{L}])`, 'u').test(lower));
}

/** "the Alberta, [...], resident": a place named, then the blank set off by commas and a lowercase word. */
const ADDRESS_GAP = /(?<![,;]|,\s)\s\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2},\s$/u;

/**
 * A country or region blanked in an address ("the Alberta, [...], resident", "moved to Hollywood,
 * [...] in 1948") is answered by the place before it, from general knowledge, not from the text.
 */
export function addressPart(front: string, gap: string): boolean {
  const at = front.indexOf(gap);
  if (at < 0) return false;
  const after = front.slice(at + gap.length);
  // (Or the address ends there: "moved to Hollywood, [...] in 1948", both set S and set T judges: general knowledge.)
  return ADDRESS_GAP.test(front.slice(0, at)) && (/^,\s+(?!(?:and|or|but)\b)\p{Ll}/u.test(after) || /^(?:\s+(?:in|on|at|to|from|for|where|when|with|since|until|before|after)\b|\s*[.;:!?]|\s*$)/u.test(after));
}

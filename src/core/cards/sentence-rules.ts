// Sentences a careful student would not study from, whatever the answer: a reference-list
// entry, a picture caption or credit, a correction notice, and sentences that open on a
// pronoun or a pointing word ("It", "This", "During this time") whose referent lies outside.
import { hasCaptionMark } from '../parse/cleanup/captions.js';
import { SPEECH_VERBS, type Sentence } from '../nlp/index.js';

/** "Smith, J. (2019). Title. Journal, 12(3), 45–67.", "Retrieved 4 May 2020", "doi:10.…". */
const REFERENCE = /\bdoi:|\bdoi\.org\b|\bISBN\b|\bRetrieved (?:on )?\d|\bet al\.|\bpp?\.\s?\d|\bVol\.\s?\d|^\s*(?:\[\d+\]|\^|\d+\.\s+[A-Z][\p{L}-]+,\s+[A-Z]\.)|^[A-Z][\p{L}-]+,\s+(?:[A-Z]\.\s?){1,3}(?:,|&|and|\()/u;
/**
 * A paragraph of references: several "(2019)."-style years or "Journal, 12(3)" volume marks. A
 * year in brackets that ends the sentence is prose naming a work ("… closing with The Lamps of
 * Arlow (1984)."); in an entry the title follows it.
 */
const CITATION_MARK = /\((?:19|20)\d{2}[a-z]?\)\.(?=\s*\S)|\b\d+\(\d+\)[,:]\s?\d+/;

/** Corrections, editor's notes and update stamps: about the article, not its subject. */
const CORRECTION = /^(?:Correction|Clarification|Editor['’]s note|Update|Updated)\b\s*[:(—–-]|^(?:An?|The) (?:earlier|previous) version of this (?:story|article|report|post)\b|^This (?:story|article|report|post) (?:has been|was) (?:updated|corrected|amended)\b/i;

/** A video or photo described, or its credit ("A video showing …", "(Photo: …)"); a line that points at a picture ("Dana Orwell (pictured) was …") is its caption. */
const PICTURE = /^(?:An?|The)\s+(?:new\s+)?(?:video|photo|photograph|image|picture|clip|footage|screenshot)\s+(?:shows|showing|of|depicting|released|posted|taken)\b|\((?:Photo|Image|Credit|Picture)\b[^)]*\)|\((?:(?:left|right|centre|center|above|below|top|bottom|inset)(?:,\s*|\s+and\s+))?(?:not\s+)?pictured\b[^)]*\)|\b(?:Getty Images|AP Photo|Shutterstock)\b/i;

export function isReference(text: string): boolean {
  return REFERENCE.test(text) || CITATION_MARK.test(text);
}

export function isCorrection(text: string): boolean {
  return CORRECTION.test(text.trim());
}

/** Words without which a line is no picture line: the full caption rules run only when one is there. */
const PICTURE_HINT = /photo|image|picture|credit|getty|shutterstock|istock|video|clip|footage|screenshot|\b(?:AP|AFP|EPA|EFE|dpa|Reuters|file|archive|archivo|foto)\b/i;

/** "The individual scutes as shown above have …", "(see Figure 3)": a sentence that reads off a figure the card cannot show (set V's judges). */
const FIGURE_REFERENCE = /\b(?:as\s+(?:shown|seen|illustrated|pictured)\s+(?:above|below|here|in\s+(?:the\s+)?(?:figure|diagram|image|table|photo)))\b|\((?:see\s+)?(?:fig(?:ure)?\.?|table|diagram)\s*\d*\)/i;

export function isPictureLine(text: string): boolean {
  if (FIGURE_REFERENCE.test(text)) return true;
  if (!PICTURE_HINT.test(text)) return false;
  return PICTURE.test(text.trim()) || hasCaptionMark(text);
}

/**
 * A picture caption run into the body, as some pages print them: a short label and a colon
 * opening the sentence ("Under arrest: The drivers …") or inside it ("… was filmed Street band:
 * The Lanterns …"), or a second sentence glued on without its full stop ("… after the bridge collapsed
 * It is the second incident", "… her post in 2016 Managing director …"), also after a name or a
 * closing quote ("… on 'Grey Gull' The new pier is …"; "The" only before two lower-case words, so a
 * title such as "The Hague" or "The Portmere Courier" is no run-on).
 */
const CAPTION_LABEL = /(?:^[“"‘']?|[\p{Ll}\d]\s)([A-Z][\p{Ll}'’-]+(?:\s[\p{Ll}'’-]+){0,2}):\s+[“"‘']?[A-Z]/gu;
const RUN_ON = /\p{L}\p{Ll}[’'"”)]?\s(?:It|He|She|They|We|This|These|Those|However)\s[\p{Ll}]|\p{L}\p{Ll}[’'"”)]?\sThe\s[\p{Ll}]{2,}\s[\p{Ll}]|\b(?:1[89]|20)\d{2}\s(?:A|An|The|It|He|She|They)\s[\p{Ll}]|\b(?:1[89]|20)\d{2}\s(?:A|An)\s\p{Lu}|\b(?:1[89]|20)\d{2}\s[A-Z][\p{Ll}]+\s[\p{Ll}]+\s[A-Z][\p{Ll}]+\s[A-Z]/u;

/**
 * What every RUN_ON match holds: one of its capitalised words between spaces, or a year and a
 * space. Without /u and with no letter class it is ~10× quicker, and few sentences hold one.
 */
const RUN_ON_HINT = /\s(?:It|He|She|They|We|This|These|Those|However|The)\s|(?:1[89]|20)\d\d\s/;

export function isCaptionRunOn(text: string): boolean {
  if (RUN_ON_HINT.test(text) && RUN_ON.test(text)) return true;
  // A label needs its colon: most sentences have none, and the scan for one is the cost.
  if (!text.includes(':')) return false;
  // "Mara Okafor said: 'The vote …'" introduces a quote: a label holds no speech verb.
  for (const m of text.matchAll(CAPTION_LABEL)) if (!m[1]!.split(' ').some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return true;
  return false;
}

/**
 * Page furniture left inside a sentence: an update stamp ("[update]"), a wire credit
 * ("(Reuters) -"), an ad slot's label ("Advertisement"), a read-more link. The sentence around
 * it is two things glued together, not one to study.
 */
const LEFTOVER_MARKER = /\[(?:update|updated|edit|editor['’]s note)\b[^\]]*\]|\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa)\)\s*[-–—]|\bAdvertisement\b|\b(?:Story continues below|Continue reading|Read more|READ MORE)\b/;

export function hasLeftoverMarker(text: string): boolean {
  return LEFTOVER_MARKER.test(text);
}

/** "Bakery chain set to open in October …": a teaser of another article, cut off by the page. */
export function isTeaser(text: string): boolean {
  // `/(?:…|\.\.\.)[”"’']?\s*$/` on the trimmed text, read from its end.
  let t = text.trimEnd();
  if (/[”"’']/.test(t.charAt(t.length - 1))) t = t.slice(0, -1);
  return t.endsWith('…') || t.endsWith('...');
}

/** Words that, opening a sentence, point back to something said before. */
const POINTING = new Set(['he', 'she', 'it', 'they', 'we', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'such', 'there']);
/** Openings that point back through a phrase: "During this time", "At that point", "In the same year". */
/** "The office referred …", "The company said …": a bare common noun standing for an actor named before. */
const STAND_IN = /^The (?:[A-Z][a-z]+\s+)?(?:office|company|firm|agency|group|man|woman|boy|girl|suspect|victim|couple|pair|department|official|officer|organi[sz]ation|team|giant|bank|city|state|country|board|court|plan|deal|move|report|study|letter|video|statement|decision)\s+(?!of\b|for\b|in\b|at\b|that\b|who\b|which\b)[a-z]+/;
const POINTING_PHRASE = /^(?:[A-Z][a-z]+\s+)?(?:this|that|these|those|such)\b|^(?:[A-Z][a-z]+\s+)?the (?:same|latter|former)\b|^The (?:same|latter|former)\b|^(?:Both|Neither)\s+(?:of\s+)?(?:them|these|those)\b|^(?:One|Some|Many|Most|All|Each)\s+of\s+(?:them|these|those|it)\b|^(?:Thus|Therefore|Hence|Consequently|Instead)\b/;
const OPENING = /^[“"‘'(\s]+/;

/**
 * The sentence opens on a pronoun or a pointing word, so read alone it leaves its subject
 * unclear: "It is a UNESCO site", "Its code is licensed", "During this time, …".
 * "There is/are" is an existential opening, not a pointer, and is let through.
 */
export function opensWithPointer(s: Sentence): boolean {
  let known = pointerOpenings.get(s);
  if (known === undefined) pointerOpenings.set(s, (known = pointerOpening(s)));
  return known;
}

/** Asked of one sentence by several card builders: answered once per sentence object. */
const pointerOpenings = new WeakMap<Sentence, boolean>();

function pointerOpening(s: Sentence): boolean {
  const text = s.text.replace(OPENING, '');
  const first = s.tokens.find((t) => !OPENING.test(t.text));
  if (!first) return false;
  const word = first.text.toLowerCase();
  if (word === 'there') return false;
  if (POINTING.has(word)) {
    // "That the river flooded …" is rare; "This is why …" and "These changes …" both point back.
    return true;
  }
  if (POINTING_PHRASE.test(text) || STAND_IN.test(text)) return true;
  return pointsThroughOpening(text);
}

/** A year counts as a word of the phrase ("In 2014 she was elected …"); a participle opens one too ("Going into the final she is …"). */
const PHRASE_THEN_PRONOUN = /^(?:In|On|At|During|After|Before|Since|By|For|With|Without|Under|Over|Through|Within|[A-Z][a-z]+ing)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}(?:he|she|it|they|we)\s+[\p{Ll}]/u;
/** "In the spring of 1908, they widened …": an opening phrase with its comma, then a pronoun subject, a
 * pointing one ("On the new model, that area is …") or a stand-in ("With the speaker, the company created …"). */
const PHRASE_COMMA_PRONOUN = /^(?:In|On|At|During|After|Before|Since|By|For|With|Without|Under|Over|Through|Within|Until|From)\s+[^,;:—–]{2,80},\s+(?:(?:he|she|it|they|we)(?:['’](?:s|re|ll|d|ve))?|(?:this|that|these|those)\s+\p{Ll}+|the (?:company|firm)\b(?!\s+(?:of|for|in|at|that|who|which)\b))\s+[\p{Ll}]/u;
/** "Since it was published in March it has sold …": a clause of time or cause whose own subject points back (set V's judges). */
const CLAUSE_OF_PRONOUN = /^(?:Since|When|After|Before|Although|Though|While|As|If|Because|Once|Until)\s+(?:he|she|it|they|we)\s+\p{Ll}/u;
/** A connective that may open a sentence before its subject ("However, this name …"). */
const CONNECTIVE = /^(?:However|But|And|Yet|Still|Also|Meanwhile|Moreover|Furthermore|Nevertheless|Besides|Then|Later|Now|So)\b,?\s+/;
/** A comma-delimited piece that can only be an opening: a phrase, a clause of time or cause, a participle, a connective. */
const INTRO_PIECE = /^(?:in|on|at|during|after|before|since|by|for|with|without|under|over|through|within|until|from|when|while|as|because|although|though|if|once|having|however|then|later|still|instead|meanwhile|now|today|yet|so|but|and|also|[a-z]+ing)\b/i;
/** Pieces before a pronoun subject after a comma: the pronoun is the last piece's first word. */
const PIECES_THEN_PRONOUN = /^([^;:—–]{3,240}?),\s+(?:he|she|it|they|we)(?:['’](?:s|re|ll|d|ve))?\s+\p{Ll}/u;

/**
 * "In 1961, having programmed the equations into the computer, he found …", "In 2009, however,
 * when Congress passed the bill, he called it …": several opening pieces, each a phrase, a
 * clause or a connective, then a pronoun subject — the sentence's actor is named before it.
 */
function introsThenPronoun(text: string): boolean {
  const pieces = PIECES_THEN_PRONOUN.exec(text)?.[1]?.split(',');
  return !!pieces && pieces.length >= 2 && pieces.every((p) => INTRO_PIECE.test(p.trim()));
}

/** A pointing determiner or object pronoun inside an opening phrase ("On one of those mornings", "Among them"). */
const POINTER_INSIDE = /\b(?:this|that|these|those|such|them|it|him|her)\b/i;

/**
 * The referent is hidden behind the sentence's opening: a connective before a pointing word
 * ("However, this name is …"), or an opening phrase, up to its comma or dash, that itself points
 * back ("On one of those mornings — June 3 — they found …", "Of these, two …").
 */
function pointsThroughOpening(text: string): boolean {
  // "In dry weather they lose water": an opening phrase without its comma, then a pronoun subject.
  if (PHRASE_THEN_PRONOUN.test(text) || PHRASE_COMMA_PRONOUN.test(text) || introsThenPronoun(text) || CLAUSE_OF_PRONOUN.test(text)) return true;
  const afterConnective = text.replace(CONNECTIVE, '');
  if (afterConnective !== text) {
    const word = /^[\p{L}']+/u.exec(afterConnective)?.[0]?.toLowerCase() ?? '';
    if (word !== 'there' && POINTING.has(word)) return true;
  }
  const opening = /^([^,—–;:]{3,60})\s*[,—–]/u.exec(text)?.[1];
  if (!opening || opening.split(/\s+/).length > 8) return false;
  // "Like Pinterest chief Lena Voss, …" opens on a name, not a pointer; "In that regard, …" does point.
  return POINTER_INSIDE.test(opening) && !/^(?:That|This)\s+(?:is|was)\b/.test(opening);
}

/** "The EQ. CITY ROVER …": a short capitalised name with its dot, then more of the name in capitals. */
const SHORT_NAME_DOT = /(?:^|\s)[A-Z]{1,3}\.\s+$/;
const CAPITALS_WORD = /^[A-Z]{3,}\b/;

/**
 * The splitter cut the sentence out of a token or a name: it starts right after a dot with no
 * space (".45-caliber handgun" → "45-caliber handgun"), or after a short name's dot and goes on in
 * capitals ("The EQ. CITY ROVER …" → "CITY ROVER …"). Read alone, it starts mid-thing.
 */
export function startsMidToken(blockText: string, start: number): boolean {
  if (start === 0) return false;
  const before = blockText.slice(Math.max(0, start - 12), start);
  if (!/\s$/.test(before)) return true;
  return SHORT_NAME_DOT.test(before) && CAPITALS_WORD.test(blockText.slice(start, start + 20));
}

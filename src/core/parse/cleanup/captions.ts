// Photo captions and picture credits.
import { isKept, remove, type Draft } from '../draft.js';
import { looksLikeHeading } from '../headings.js';
import { endsLikeSentence, hasQuote, sentenceCount, wordCount } from '../text-features.js';

const CAPTION_LABEL = /^(?:photo|photograph|image|picture|pictured|illustration|graphic|foto|fotografía|imagen|bild)\s*(?:credit)?\s*[:|]/iu;
const CREDIT_SUFFIX =
  /(?:\((?:[^()]*\b(?:getty images|photo|photograph|shutterstock|istock|file|archive|archivo|foto)\b[^()]*|ap|afp|reuters|epa|efe|dpa)\)|(?:photo(?:graph)?|image|picture|foto)s?(?: credit)?\s*:\s*[^.]{2,60}|credit\s*(?::|\.\.\.)\s*[^.]{2,80}|(?:photo|photograph|image) by [^.]{2,60}|getty images(?: for [^.]{2,40})?|shutterstock|istockphoto|\/\s*(?:ap|afp|reuters|getty)(?:\s+(?:file|images|photo|pool))?)\s*\.?$/iu;
/** "… view of the glacier. (USGS/NOAA/UCLA)": a sentence, then the picture's sources joined by slashes. */
const SLASHED_CREDIT = /[.!?]\s*\(\p{Lu}[\p{L}.&'’ -]*(?:\/\s*\p{Lu}[\p{L}.&'’ -]*)+\)\s*$/u;
/**
 * "… glow warmest (yellow), while …", "The old mill (left) and the new dam (right) …": a key that
 * points into a picture by colour or position. A story's sentence names a colour or a side in its
 * words, not in a bare parenthesis.
 */
const PICTURE_KEY =
  /\((?:(?:in|shown in|seen in|shown|seen|circled in|marked in|top|bottom|far|centre|center|upper|lower)\s+)?(?:red|blue|green|yellow|orange|purple|pink|white|black|grey|gray|left|right|centre|center|top|bottom|middle|inset|pictured|above|below|foreground|background)(?:\s+(?:left|right|circle|circles|arrow|arrows|line|lines|dot|dots|box|boxes|area|areas))?\)/iu;
/**
 * "… the last crossing of the season Anna Holm / Coastal Press Agency": a photographer and an
 * agency joined by a slash, glued to the caption's end with no full stop after it.
 */
const TRAILING_SLASH_CREDIT = /\s(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*\/\s*\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|via|for|and))*\s*$/u;
/** A gallery's counter: "Image 1 of 5", or the bare "1 / 5" of a slideshow. */
const GALLERY_COUNTER = /^(?:(?:image|photo|picture|slide|foto|bild)\s+\d+\s+(?:of|\/|de|von)\s+\d+|\d{1,3}\s*\/\s*\d{1,3})$/iu;
/** A pointer to a map, chart or video set beside the text: "Map: Where the flood water reached". */
const MEDIA_POINTER = /^(?:map|graphic|chart|infographic|interactive|video|gallery|photos|audio)\s*:\s*\S[^.!?]{0,100}$/iu;

/** Words that show a short paragraph is reported speech or narrative, not a caption. */
const BODY_CUES =
  /\b(?:said|says|told|tells|added|adds|according to|stressed|announced|explained|noted|argued|asked|wrote|insisted|claimed|warned|reported|believes|thinks|dijo|afirmó|según|explicó|sagte|erklärte|laut|a déclaré|selon)\b/iu;
const PRONOUNS =
  /\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Ii]t|[Tt]hem|us|me|him|[Ww]hich|[Éé]l|[Ee]lla|[Ee]llos|[Nn]osotros|[Ee]r|[Ww]ir|[Ii]ch|[Ii]l|[Ee]lle|[Nn]ous)\b/u;
const CONNECTIVE = /^(?:but|and|so|yet|also|however|meanwhile|still|then|instead|in addition|moreover|pero|y|además|aber|und|auch|mais|et)\b/iu;

/** "An artist's rendering of …", "A depiction of …", "Image of …": a noun phrase naming a picture. */
const PICTURE_PHRASE = /^(?:an?\s+|the\s+|this\s+|these\s+)?(?:artist['’]s\s+)?(?:illustration|rendering|artist['’]s concept|concept art|depiction|visualization|visualisation|photo|photograph|image|screenshot|still|view)s?\s+(?:of|shows?|showing|depicting)\b/iu;
/**
 * "Sen. Rhea Calloway, D-Ore., waves to supporters in Salem on April 8, 2021.": a present-tense picture
 * verb and the picture's date — how wire photos are captioned; a news sentence tells the past.
 */
const PICTURE_ACTION =
  /^[\p{Lu}][^!?]{0,120}?\s(?:speaks|talks|poses|pose|gestures|looks on|listens|arrives|arrive|walks|waves|stands|sit|sits|holds|attends|delivers|addresses|leaves|departs|is seen|are seen|is pictured|are pictured|takes part|participates|reacts|testifies|smiles|celebrates|celebrate|prays|march|marches|rally|rallies|wait|waits)\b[^!?]*\b(?:on|in)\s+(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}|\d{4})\s*\.$/u;

/** A sentence shaped like a picture caption, whatever surrounds it. Shared with the card rules. */
export function looksLikeCaption(text: string): boolean {
  const t = text.trim();
  if (!PICTURE_PHRASE.test(t) && !(/\d{4}\s*\.$/.test(t) && PICTURE_ACTION.test(t))) return false;
  return wordCount(t) <= 35 && !hasQuote(t) && !BODY_CUES.test(t);
}

export function hasCaptionMark(text: string): boolean {
  return (
    GALLERY_COUNTER.test(text) ||
    MEDIA_POINTER.test(text) ||
    (wordCount(text) <= 45 && (CAPTION_LABEL.test(text) || CREDIT_SUFFIX.test(text) || SLASHED_CREDIT.test(text))) ||
    (wordCount(text) <= 45 && !endsLikeSentence(text) && TRAILING_SLASH_CREDIT.test(text) && !BODY_CUES.test(text))
  );
}

/** A short paragraph that keys a picture by colour or position and reports nobody's words. */
export function hasPictureKey(text: string): boolean {
  return wordCount(text) <= 45 && sentenceCount(text) <= 2 && PICTURE_KEY.test(text) && !hasQuote(text) && !BODY_CUES.test(text);
}

/**
 * A caption without a label: one sentence ending in a period, at most 20 words, with no quote,
 * no reporting verb, no personal pronoun (possessives are fine: "after his visit") and no connective tying it to the story — it describes a
 * picture ("X gives a press conference after …", "Images of …", a noun phrase) rather than
 * carrying the narrative. Only where a picture sits: just before a heading, or straight after
 * a removed teaser (both common places for a photo in copied pages).
 */
function isUnlabelledCaption(text: string): boolean {
  return (
    wordCount(text) <= 20 &&
    /\.$/.test(text) &&
    sentenceCount(text) === 1 &&
    /^\p{Lu}/u.test(text) &&
    !hasQuote(text) &&
    !BODY_CUES.test(text) &&
    !PRONOUNS.test(text) &&
    !CONNECTIVE.test(text)
  );
}

export function markCaptions(drafts: readonly Draft[]): void {
  drafts.forEach((draft, i) => {
    if (!isKept(draft) || draft.kind === 'heading') return;
    if (hasCaptionMark(draft.text) || hasPictureKey(draft.text) || (sentenceCount(draft.text) <= 1 && looksLikeCaption(draft.text))) {
      remove(draft, 'caption', 'photo caption or credit');
      return;
    }
    const previous = drafts[i - 1];
    // Under "Image 2 of 6" comes that picture's caption, whatever its wording.
    if (previous !== undefined && GALLERY_COUNTER.test(previous.text) && wordCount(draft.text) <= 45 && !hasQuote(draft.text)) {
      remove(draft, 'caption', 'caption of a gallery picture');
      return;
    }
    if (!endsLikeSentence(draft.text) || !isUnlabelledCaption(draft.text)) return;
    const afterTeaser = previous?.removal?.rule === 'teaser' || previous?.removal?.rule === 'related';
    const rest = drafts.slice(i + 1).filter(isKept);
    const [next, afterNext] = rest;
    const beforeHeading =
      next !== undefined && (next.kind === 'heading' || (next.kind === 'unknown' && looksLikeHeading(next) && afterNext !== undefined && !looksLikeHeading(afterNext)));
    if (afterTeaser || beforeHeading) remove(draft, 'caption', 'photo caption');
  });
}

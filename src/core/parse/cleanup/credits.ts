// Desk and agency credits at the foot of a story ("Reporting by …; Editing by …",
// "*With information from AFP and EFE", a desk name in capitals).
import { isKept, remove, type Draft } from '../draft.js';
import { endsLikeSentence, isAllCaps, isProse, wordCount } from '../text-features.js';

const CREDIT_CUE =
  /^\*?\s*(?:with (?:information|reporting|files|contributions) from|(?:additional )?reporting by|(?:editing|edited|writing|written|compiled|produced|graphics|photos?|images?|text) by|sources?:|con información de|mit material von|avec (?:l'afp|afp)|\(?(?:afp|ap|efe|reuters|dpa|ansa|xinhua|upi|bloomberg|europa press)\)?\.?$)/iu;

function isCreditLine(line: string): boolean {
  return CREDIT_CUE.test(line) || (isAllCaps(line) && wordCount(line) <= 4) || /^\*[^*]+$/.test(line);
}

/** "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR": the writer's bio set in capitals under the story. */
const CAPS_BIO = /^(?:\p{Lu}[\p{Lu}'’.-]*\s+){1,3}IS (?:THE|AN?)\s+(?:[\p{Lu}\p{N}'’&.-]+\s+){0,6}(?:WRITER|REPORTER|EDITOR|CORRESPONDENT|JOURNALIST|CONTRIBUTOR|COLUMNIST)\b/u;

/** True for a block that reads as a credit: a cue line, short lines that all look like credits, or a bio in capitals. */
export function isCreditBlock(draft: Draft): boolean {
  if (wordCount(draft.text) > 40) return false;
  if (isAllCaps(draft.text) && CAPS_BIO.test(draft.text)) return true;
  if (/^(?:\(?\s*)?(?:additional )?reporting by\b.*(?:editing|writing) by\b/iu.test(draft.text)) return true;
  const short = draft.lines.every((line) => wordCount(line) <= 8);
  return short && draft.lines.some((line) => CREDIT_CUE.test(line)) && draft.lines.every(isCreditLine);
}

/**
 * Credits are looked for only after the last paragraph of prose, so a line in capitals or a
 * sentence that starts "Reporting by" in the middle of a story is left alone.
 */
export function markCredits(drafts: readonly Draft[]): void {
  let last = -1;
  drafts.forEach((d, i) => {
    if (isKept(d) && isProse(d.text) && !isCreditBlock(d)) last = i;
  });
  for (const draft of drafts.slice(last + 1)) {
    if (isKept(draft) && isCreditBlock(draft)) remove(draft, 'credits', 'credits of the writers and agencies');
  }
}

/** "Follow him on Twitter @name", "Email Jane Roe at jroe@…": how a page invites you to its writer. */
const CONTACT_CUE =
  /\bfollow (?:him|her|them|us|me)(?: on (?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin)| @\w)|^e-?mail \p{Lu}\S*(?: \p{Lu}\S*){0,2} at \S+@\S+/iu;
/** "Jane Roe is a Staff Writer at …", "… is a senior reporter for …": the writer's bio under a story. */
const BIO_OPENING =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}is an? (?:[\p{L}-]+\s+){0,3}(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Cc]orrespondent|[Jj]ournalist|[Cc]ontributor|[Cc]olumnist)\s+(?:at|for|with)\b/u;

/**
 * Notes about the writer: a contact invitation anywhere (a story does not tell its reader to
 * follow someone on Twitter), or a bio that opens "X is a staff writer" in the second half of
 * the page, where the page puts it; earlier, such a sentence may introduce a person of the story.
 */
export function markAuthorNotes(drafts: readonly Draft[]): void {
  drafts.forEach((draft, i) => {
    if (!isKept(draft) || wordCount(draft.text) > 80) return;
    const bio = i >= drafts.length / 2 && BIO_OPENING.test(draft.text);
    if (bio || CONTACT_CUE.test(draft.text)) remove(draft, 'credits', 'note about the writer');
  });
}

/** "Researched by: …", "Edited by: …": a labelled credit, which a story's sentences never are. */
const LABELLED_CREDIT = /^(?:researched|edited|reported|written|reviewed|fact[- ]checked|produced|compiled) by\s*:\s*\S/iu;
const SOURCES_HEADER = /^(?:our )?(?:sources|references|bibliography|fuentes|quellen)\s*:?$/iu;

/**
 * Labelled credits anywhere, and the citation list under a "Sources:" header once the story's
 * prose has begun: the lines up to the next sentence (citations end on a date or a title, not
 * on a full stop).
 */
export function markSourceLists(drafts: readonly Draft[]): void {
  let seenProse = false;
  let inSources = false;
  for (const draft of drafts) {
    if (!isKept(draft)) continue;
    const text = draft.text;
    if (LABELLED_CREDIT.test(text) && wordCount(text) <= 12) {
      remove(draft, 'credits', 'credits of the writers and editors');
    } else if (seenProse && SOURCES_HEADER.test(text)) {
      inSources = true;
      remove(draft, 'credits', 'list of sources');
    } else if (inSources && !endsLikeSentence(text)) {
      remove(draft, 'credits', 'list of sources');
    } else {
      inSources = false;
      seenProse ||= isProse(text);
    }
  }
}

/**
 * "— Jane Roe on Friday, March 5th, 2021 in a speech to county officials": a dash and a name
 * that attribute the quotation above them (a pull quote, a fact-check's claim, an epigraph).
 * A sentence of the story does not open on a dash and end without a stop.
 */
const DASH_ATTRIBUTION = /^[—–―]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\S+){0,29}$/u;

export function markAttributions(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (!isKept(draft) || draft.lines.length !== 1 || endsLikeSentence(draft.text)) continue;
    if (DASH_ATTRIBUTION.test(draft.text)) remove(draft, 'credits', 'attribution of a quotation');
  }
}

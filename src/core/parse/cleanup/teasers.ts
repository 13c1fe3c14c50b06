// Teasers for other stories: "(Also read: …)", "Read more: …", and the related-story lists
// that follow a "You may also like" / "Related stories" header at the end of a page.
import { isKept, remove, type Draft, type Removal } from '../draft.js';
import { isProse, wordCount } from '../text-features.js';

/** A whole paragraph in parentheses that opens with a short label and a colon. */
const PAREN_TEASER = /^\(\s*[\p{L}][\p{L}\s'’-]{0,30}:\s*\S[\s\S]*\)\.?$/u;
const LABELS = String.raw`read more|read also|also read|learn more|more|related|see also|recommended|must read|don'?t miss|keep reading|continue reading|you can read|you might like|read next|watch|listen|more on this|further reading|lea también|lee también|te puede interesar|ver también|mehr zum thema|lesen sie auch|auch interessant|à lire aussi|lire aussi`;
const LABELLED_TEASER = new RegExp(String.raw`^(?:${LABELS})\s*[:»>|–—-]\s*\S`, 'iu');
const BARE_TEASER = new RegExp(String.raw`^(?:${LABELS}|click here.*|read the full story|read full article)\s*[.:»>…]*$`, 'iu');

const RELATED_HEADER =
  /^(?:you (?:may|might) also (?:like|enjoy)|related(?: (?:articles?|stories|posts?|content|coverage|reading|news|links|tags|topics))?|more (?:from|in|on) \S+(?: \S+){0,2}|more (?:stories|news|to explore|like this)|more (?:great |top |recent )?\S+ (?:stories|articles)|popular (?:on|at|in) \S+(?: \S+)?|read (?:this )?next|what to read next|recommended(?: for you| stories| articles| reading)?|most (?:popular|read|viewed|shared)(?: (?:stories|articles|news|now|today))?|trending(?: now| stories| in .*)?|popular (?:posts|stories|articles|now)|latest (?:news|stories|articles|posts|videos?)|other (?:stories|articles)|top stories(?: (?:in|from|on) .*)?|further reading|on our radar|sponsored stories|around the web|from our partners|también te puede interesar|lo más leído|mehr zum thema|das könnte sie auch interessieren|à lire aussi|sur le même sujet)\s*:?$/iu;

export function isTeaserLine(text: string): boolean {
  return (PAREN_TEASER.test(text) && wordCount(text) <= 60) || ((LABELLED_TEASER.test(text) || BARE_TEASER.test(text)) && wordCount(text) <= 30);
}

/** The link a cut-off excerpt of another page ends on. */
const MORE_LINK = /^(?:read more|read full (?:article|story)|read the full (?:article|story)|continue reading|keep reading)\s*(?:[.:»>…→]+|\.\.\.)?$/iu;

/**
 * An excerpt whose last line is a bare "Read More" link: the opening of another page's story
 * (a sidebar or "most popular" list), cut off and linked — or, alone, the article's own opening
 * above a paywall's "Continue reading" (see markTeasers).
 */
export function isLinkedExcerpt(draft: Draft): boolean {
  const last = draft.lines[draft.lines.length - 1];
  return draft.lines.length > 1 && last !== undefined && MORE_LINK.test(last);
}

export const OWN_MORE_LINK: Removal = { rule: 'navigation', reason: 'read-more link under the article’s own text' };

/**
 * Teaser lines, and excerpts of other stories cut off with a read-more link. Another story's
 * excerpt comes in a list: it is taken out only where the page holds two such blocks or more,
 * and never when it is the article's first prose block. An excerpt that stays is the article's
 * own text: it keeps its lines and only the link goes, recorded as a removed block of its own
 * (not as a teaser, so the paragraph after it is not read as a caption under a teaser).
 */
export function markTeasers(drafts: Draft[]): void {
  const excerpts = drafts.filter((d) => isKept(d) && isLinkedExcerpt(d)).length;
  const firstProse = drafts.findIndex((d) => isKept(d) && isProse(d.text));
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]!;
    if (!isKept(draft)) continue;
    if (isTeaserLine(draft.text)) remove(draft, 'teaser', 'teaser for another story');
    else if (isLinkedExcerpt(draft)) {
      if (excerpts >= 2 && i !== firstProse) {
        remove(draft, 'teaser', 'excerpt of another story with its link');
        continue;
      }
      const lines = draft.lines.slice(0, -1);
      const link: Draft = { ...draft, text: draft.lines[draft.lines.length - 1]!, lines: draft.lines.slice(-1), removal: OWN_MORE_LINK };
      drafts.splice(i, 1, { ...draft, text: lines.join(' '), lines }, link);
      i++;
    }
  }
}

/**
 * A related-stories header starts a list that runs to the end of the page; the list is cut
 * only when what follows holds no stretch of running prose (three prose paragraphs in a row),
 * so an article that merely has a section named "Related work" keeps it, header and all.
 */
export function markRelatedSections(drafts: readonly Draft[]): void {
  const firstProse = drafts.findIndex((d) => isKept(d) && isProse(d.text));
  if (firstProse < 0) return;
  for (let i = firstProse + 1; i < drafts.length; i++) {
    const header = drafts[i];
    if (!header || !isKept(header) || !RELATED_HEADER.test(header.text)) continue;
    let run = 0;
    let end = drafts.length;
    for (let j = i + 1; j < drafts.length; j++) {
      const d = drafts[j];
      if (!d) continue;
      // A linked excerpt is another story's opening: the prose around it is a list's, not the article's.
      if (isLinkedExcerpt(d)) run = 0;
      if (!isKept(d)) continue;
      run = isProse(d.text) && !/…$|\.\.\.$/.test(d.text) ? run + 1 : 0;
      if (run >= 3) {
        end = -1;
        break;
      }
    }
    if (end < 0) continue; // prose follows: a section of the article, not a list
    for (const d of drafts.slice(i)) remove(d, 'related', 'list of other stories');
    return;
  }
}

/**
 * A paragraph that is one link and nothing else, shaped as a headline (a few words, no sentence
 * end): a link to another story that the page set between its paragraphs ("Tunisia’s Islamists
 * get a sobering lesson in governing", "[Bardo museum houses Roman treasures]"). `linked` is the
 * share of the paragraph's letters inside links. A linked sentence ("The council voted on …")
 * is the article's own text and stays.
 */
export function isLinkedHeadline(text: string, linked: number): boolean {
  const words = wordCount(text);
  return linked >= 0.9 && words >= 3 && words <= 20 && !/[.!?:;…]["”’)\]]*$/u.test(text.replace(/[\]\s]+$/u, ''));
}

export function markLinkedHeadlines(drafts: readonly Draft[], linked: readonly number[]): void {
  drafts.forEach((d, i) => {
    if (isKept(d) && d.kind !== 'heading' && isLinkedHeadline(d.text, linked[i] ?? 0)) remove(d, 'teaser', 'link to another story');
  });
}

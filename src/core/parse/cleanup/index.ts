// The order cleanup rules run in. Pattern rules (that recognise a line by its words) go first,
// then the structural ones that judge a block by its place among the others.
import type { Draft } from '../draft.js';
import { markCaptions } from './captions.js';
import { markAttributions, markAuthorNotes, markCredits, markSourceLists } from './credits.js';
import { markHeadlineRuns, markLabelledHeadlines } from './headlines.js';
import { markBoxLabels } from './labels.js';
import { markLegal } from './legal.js';
import { markNavigationCues, markOutsideMainRegion, markShortLineRuns } from './navigation.js';
import { markPullQuotes, markRepeats } from './repeats.js';
import { markSocial } from './social.js';
import { markStamps } from './stamps.js';
import { markRelatedSections, markTeasers } from './teasers.js';

/** Rules that need no title: everything about page furniture. */
export function markPageFurniture(drafts: Draft[], structural: boolean): void {
  markBoxLabels(drafts);
  markTeasers(drafts);
  markSocial(drafts);
  markLegal(drafts);
  markCredits(drafts);
  markAuthorNotes(drafts);
  markSourceLists(drafts);
  markAttributions(drafts);
  if (!structural) return;
  markNavigationCues(drafts);
  markRelatedSections(drafts);
  markOutsideMainRegion(drafts);
  markShortLineRuns(drafts);
}

/** Rules that compare blocks with each other and with the title. */
export function markRepeatedText(drafts: readonly Draft[], title: string, structural: boolean): void {
  markRepeats(drafts, title);
  if (structural) {
    markCaptions(drafts);
    // After captions: a caption is looked for after a removed teaser, and the sentence after a
    // run of headlines ("Originally published on …") is the story's, not a picture's.
    markLabelledHeadlines(drafts);
    markHeadlineRuns(drafts);
  }
  markStamps(drafts);
  markPullQuotes(drafts);
}

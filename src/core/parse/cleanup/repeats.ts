// Text that a page shows twice: pull quotes (a sentence of the body set apart in large type)
// and repeated blocks (a headline or teaser shown again further down).
import { isKept, remove, type Draft } from '../draft.js';
import { comparable } from '../text-features.js';

const padded = (text: string): string => ` ${text} `;

/**
 * A standalone paragraph whose words also appear, in order, inside a longer paragraph is a
 * pull quote; the longer paragraph is the body and stays. Compared ignoring case, quotation
 * marks and punctuation.
 */
export function markPullQuotes(drafts: readonly Draft[]): void {
  // Padded once per block: the search below compares every pair.
  const kept = drafts.filter(isKept).map((draft) => {
    const words = comparable(draft.text);
    return { draft, words, padded: padded(words) };
  });
  for (const candidate of kept) {
    if (candidate.words.split(' ').length < 6) continue;
    const container = kept.find(
      (other) => other !== candidate && other.words.length > candidate.words.length && other.padded.includes(candidate.padded),
    );
    if (container) remove(candidate.draft, 'pull-quote', 'pull quote repeating a sentence of the article');
  }
}

/** A block of three words or more that repeats an earlier kept block, or repeats the title. */
export function markRepeats(drafts: readonly Draft[], title: string): void {
  const seen = new Set<string>();
  const titleWords = comparable(title);
  for (const draft of drafts) {
    if (!isKept(draft)) continue;
    const words = comparable(draft.text);
    if (words !== '' && words === titleWords) remove(draft, 'title', 'repeats the title');
    else if (seen.has(words) && words.split(' ').length >= 3) remove(draft, 'duplicate', 'repeats an earlier block');
    seen.add(words);
  }
}

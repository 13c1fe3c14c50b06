// Headlines of other stories that a page sets inside or under the article without a header of
// their own: several title-case lines in a row ("12 Striking Photos of Glaciers", "Reef Watch:
// Coral Survey Results Explained"), or the lines under a bare "Related" label.
import { isKept, remove, type Draft } from '../draft.js';
import { endsLikeSentence, isProse, words } from '../text-features.js';

/** Short words a headline leaves in lower case ("of", "the", "to"); every other word is capitalised. */
const MINOR_WORD = /^(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|with|from|as|vs|via|into|onto|over|per|is|are|be)$/iu;

/**
 * One line in headline case: four to twenty words, no sentence end, at most one comma, and at least four in five of
 * the words that a headline would capitalise start with a capital or a digit.
 */
export function isHeadlineLine(draft: Draft): boolean {
  if (draft.lines.length !== 1 || endsLikeSentence(draft.text) || /[:,;]$/u.test(draft.text)) return false;
  // "Harrow Robotics, Dayton, Ohio": an item of the story's own list (a name and a place), not a headline.
  if ((draft.text.match(/,/g) ?? []).length >= 2) return false;
  const all = words(draft.text);
  if (all.length < 4 || all.length > 20) return false;
  const major = all.filter((w, i) => i === 0 || !MINOR_WORD.test(w));
  const capitalised = major.filter((w) => /^[\p{Lu}\p{N}]/u.test(w));
  return capitalised.length >= 0.8 * major.length;
}

/**
 * Three headline lines in a row, once the story's prose has begun, are a list of other stories: a
 * story's own section heading comes alone, followed by its text (the menu above the story is
 * other rules' business).
 */
export function markHeadlineRuns(drafts: readonly Draft[], minRun = 3): void {
  const kept = drafts.filter(isKept);
  let run: Draft[] = [];
  let afterProse = false; // any prose so far
  const flush = (): void => {
    if (afterProse && run.length >= minRun) for (const d of run) remove(d, 'related', 'headlines of other stories run together');
    run = [];
  };
  for (const draft of kept) {
    if (isHeadlineLine(draft)) {
      run.push(draft);
      continue;
    }
    flush();
    afterProse ||= isProse(draft.text);
  }
  flush();
}

/** A bare label such as "Related" or "Read more" that cleanup removed as a teaser heads the lines under it. */
export function markLabelledHeadlines(drafts: readonly Draft[]): void {
  let underLabel = false;
  for (const draft of drafts) {
    if (draft.removal?.rule === 'teaser' && !/[:»>|–—-]\s*\S/u.test(draft.text)) underLabel = true;
    else if (!isKept(draft)) continue;
    else if (underLabel && isHeadlineLine(draft)) remove(draft, 'teaser', 'headline of another story under a "related" label');
    else underLabel = false;
  }
}

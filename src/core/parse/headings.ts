// Headings of plain text: a short standalone line without sentence punctuation that is
// followed by body text. Markdown headings come marked already.
import { isKept, type Draft } from './draft.js';
import { wordCount } from './text-features.js';

/** A line short enough and unpunctuated enough to be a heading. */
export function looksLikeHeading(draft: Draft): boolean {
  const text = draft.text;
  const n = wordCount(text);
  return (
    draft.lines.length === 1 &&
    n >= 1 &&
    n <= 14 &&
    text.length <= 110 &&
    !/[.!;:,…"”’)]$/u.test(text) &&
    !/^["“‘«(*#]/u.test(text)
  );
}

/** Decides heading or paragraph for every kept block plain text left 'unknown'. */
export function classifyHeadings(drafts: readonly Draft[]): Map<Draft, 'heading' | 'paragraph'> {
  const kept = drafts.filter(isKept);
  const kinds = new Map<Draft, 'heading' | 'paragraph'>();
  kept.forEach((draft, i) => {
    if (draft.kind !== 'unknown') {
      kinds.set(draft, draft.kind);
      return;
    }
    const next = kept[i + 1];
    const followedByBody = next !== undefined && next.kind !== 'heading' && !looksLikeHeading(next);
    kinds.set(draft, looksLikeHeading(draft) && followedByBody ? 'heading' : 'paragraph');
  });
  return kinds;
}

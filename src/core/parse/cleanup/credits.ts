// Desk and agency credits at the foot of a story ("Reporting by …; Editing by …",
// "*With information from AFP and EFE", a desk name in capitals).
import { isKept, remove, type Draft } from '../draft.js';
import { isAllCaps, isProse, wordCount } from '../text-features.js';

const CREDIT_CUE =
  /^\*?\s*(?:with (?:information|reporting|files|contributions) from|(?:additional )?reporting by|(?:editing|edited|writing|written|compiled|produced|graphics|photos?|images?|text) by|sources?:|con información de|mit material von|avec (?:l'afp|afp)|\(?(?:afp|ap|efe|reuters|dpa|ansa|xinhua|upi|bloomberg|europa press)\)?\.?$)/iu;

function isCreditLine(line: string): boolean {
  return CREDIT_CUE.test(line) || (isAllCaps(line) && wordCount(line) <= 4) || /^\*[^*]+$/.test(line);
}

/** True for a block that reads as a credit: a cue line, or short lines that all look like credits. */
export function isCreditBlock(draft: Draft): boolean {
  if (wordCount(draft.text) > 40) return false;
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

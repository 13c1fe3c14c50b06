// The title of a work named right after the noun that says what it is ("the second album, A
// Quiet Harbour, shows …", "the novel Salt Harbour"): the tagger drops a title's opening article
// and cuts it at small words, so the whole title, article and all, is found here.
import type { Sentence } from '../nlp/index.js';

/** Nouns for works that carry a title. */
const WORK_NOUNS = 'serial|episode|novel|book|film|movie|album|song|single|play|poem|opera|painting|series|story|sermon|treatise|essay|symphony|musical|show|programme|program|game|report|hymn';
/** Small words a title may hold between its capitalised words. */
const SMALL = 'of|the|and|in|on|a|an|to|for|with|at|from|by';
const TITLE = new RegExp(`\\b(?:${WORK_NOUNS})s?(,?)\\s+((?:(?:A|An|The)\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:${SMALL})\\s+)*\\p{Lu}[\\p{L}'’-]*)*)`, 'gu');
/**
 * TITLE's opening with any capital (A–Z or any character above ASCII, which holds every \p{Lu})
 * and no /u: every sentence where TITLE matches has a match of this, and most sentences have
 * none, so the costlier Unicode pattern runs only where it can match.
 */
const TITLE_HINT = new RegExp(`\\b(?:${WORK_NOUNS})s?,?\\s+(?:(?:A|An|The)\\s+)?[A-Z\\u0080-\\uffff]`);

export interface TitleSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Titles set beside their work noun, in block offsets: between commas ("album, A Quiet
 * Harbour,") or right after the noun and closed by punctuation ("the novel Salt Harbour."). A title
 * of one word is too easily any name, and one the sentence runs on from is cut short: both are left out.
 */
export function workTitlesOf(s: Sentence): TitleSpan[] {
  const out: TitleSpan[] = [];
  if (!TITLE_HINT.test(s.text)) return out;
  for (const match of s.text.matchAll(TITLE)) {
    const title = match[2]!;
    if (!/\s/.test(title.replace(/^(?:A|An|The)\s+/, ''))) continue;
    const offset = match.index + match[0].length - title.length;
    const after = s.text.slice(offset + title.length);
    // Apposition closes with a comma; a title right after its noun, with any punctuation or a bracket.
    if (match[1] ? !/^,/.test(after) : !/^\s*[,.;:(]/.test(after)) continue;
    out.push({ start: s.start + offset, end: s.start + offset + title.length, text: title });
  }
  return out;
}

// Tags written inline in a note ("worth a card #economy #to-quiz"), read the way Obsidian reads
// them: a # at the start of a word, then letters, digits, _ - or /, not only digits (so "#1"
// and "issue #42" are not tags). Headings ("# Title"), URL fragments and code spans are skipped.

const TAG = /(?<=^|[\s([{,;])#([\p{L}\p{N}_/-]+)/gu;
const CODE = /`[^`]*`/g;

/** The inline #tags of `text`, without the #, in order of first appearance, each once
 * (case-insensitively). */
export function inlineTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.replace(CODE, ' ').matchAll(TAG)) {
    const tag = match[1]!.replace(/[/-]+$/, '');
    if (!tag || /^\d+$/.test(tag) || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

// Box labels: "Summary", "Key takeaways", "Bottom line" set above or before the text of a box.
// The page set the label apart by style, which plain text loses, so it ends up as the first
// line of its paragraph or glued to its first sentence. The label comes off, on record.
import type { Draft, Removal } from '../draft.js';

/** The label words exactly as a box label; not "In summary" or "Takeaway", which open prose. */
const LABEL = String.raw`(?:Summary|SUMMARY|Bottom [Ll]ine|The [Bb]ottom [Ll]ine|BOTTOM LINE|Key [Tt]akeaways?|KEY TAKEAWAYS|Takeaways|TAKEAWAYS|TL;DR)`;
/** The label alone on its line ("Key takeaways:"); with a colon the singular is a label too. */
const LABEL_LINE = new RegExp(String.raw`^(?:${LABEL}:?|Takeaway:)$`, 'u');
/** The label glued before the sentence it heads, after a colon or a space. */
const GLUED_LABEL = new RegExp(String.raw`^(?:${LABEL}:?|Takeaway:)(?=\s)`, 'u');

export const BOX_LABEL: Removal = { rule: 'boilerplate', reason: 'label of a box (“Summary”, “Bottom line”) set before its text' };

/**
 * What follows the label reads as a new sentence: a capitalised word, a lower-case one and
 * more, in sentence case, ending on a stop. A title after the label ("Takeaways From the
 * Debate in Ohio") is in title case with no stop, and a sentence that merely opens with the
 * word ("Summary judgments are rare …") has a lower-case word straight after it.
 */
function readsAsSentence(text: string): boolean {
  if (!/^["“‘]?[A-Z][\p{L}'’-]*\s+\p{Ll}+(?:\s+\S+){3}/u.test(text) || !/[.!?…]["'”’)\]]*$/u.test(text)) return false;
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length < 0.5 * words.length;
}

/**
 * Takes box labels off the blocks they head, each as a removed block of its own just before
 * the block. Never the document's first block (its title line) nor a heading.
 */
export function markBoxLabels(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const draft = drafts[i]!;
    const first = draft.lines[0];
    if (draft.removal !== null || draft.isTitle || draft.kind === 'heading' || first === undefined) continue;
    let label: string;
    let lines: string[];
    if (LABEL_LINE.test(first) && draft.lines.length > 1) {
      label = first;
      lines = draft.lines.slice(1);
    } else {
      const m = GLUED_LABEL.exec(first);
      if (!m) continue;
      label = m[0];
      lines = [first.slice(m[0].length).trim(), ...draft.lines.slice(1)].filter((line) => line !== '');
    }
    const text = lines.join(' ');
    if (!readsAsSentence(text)) continue;
    drafts.splice(i, 1, { ...draft, text: label, lines: [label], removal: BOX_LABEL }, { ...draft, text, lines });
    i++;
  }
}

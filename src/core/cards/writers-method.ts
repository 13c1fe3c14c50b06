// A fact-check or data story explains its own working: "We chose to rely on the average fare quoted by
// the [...] transit authority", "for rents, we took figures from the [...]". Which source or date
// the writer's sum leaned on is methodology, not the finding a reader should remember.

const QUOTED = /[“"][^”"]*[”"]/g;
/** The writer, in the first person plural, choosing or applying a source or a method. */
const WRITER_AT_WORK = /\b[Ww]e\s+(?:decided|chose|used|relied|drew|calculated|divided|multiplied|took|applied|adopted|assumed)\b/;

/** The front narrates the writer's own method outside any quotation. */
export function writersMethod(front: string): boolean {
  return WRITER_AT_WORK.test(front.replace(QUOTED, ' '));
}

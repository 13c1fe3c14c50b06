// Option lengths that give nothing away: a reader who always picks the longest (or the shortest)
// option of a choice card should do no better than chance. The answer is written as the text
// has it and distractors are of its kind, so its length is often the odd one out ("United
// States" among "Panama | Guatemala | Cuba", "11" among "5 | 7 | 8").

/** The answer is neither strictly the longest nor strictly the shortest of the options. */
export function lengthFair(answer: string, distractors: readonly string[]): boolean {
  const n = answer.length;
  return distractors.some((d) => d.length >= n) && distractors.some((d) => d.length <= n);
}

/**
 * `picked` made length-fair when a candidate allows it: one pick (the last first, as the picks
 * come best first) is swapped for the earliest candidate that brackets the answer's length and
 * that `compatible` accepts beside the other picks. Unchanged when no swap helps.
 */
export function bracketLength(answer: string, picked: readonly string[], candidates: readonly string[], compatible: (name: string, others: readonly string[]) => boolean): string[] {
  if (lengthFair(answer, picked)) return [...picked];
  for (let k = picked.length - 1; k >= 0; k--) {
    const others = picked.filter((_, i) => i !== k);
    for (const c of candidates) {
      if (picked.includes(c) || !compatible(c, others)) continue;
      const next = [...picked.slice(0, k), c, ...picked.slice(k + 1)];
      if (lengthFair(answer, next)) return next;
    }
  }
  return [...picked];
}

// An answer inside an apposition that describes a source — "X, a professor at [Y], said",
// "the study's co-author, [Z], who works for …" — asks who a source is, not what the text claims:
// the judges' most common "trivia" (a minor source's job or affiliation).

// ", a professor at Y," / ", the group's co-founder," / ", who leads Y,": a description set off
// by commas, ending at the next comma, a dash or the sentence's end.
const APPOSITION = /,\s+(?:a|an|the|who|one of|its|his|her|their|\p{Lu}[\p{L}'’]+['’]s)\s[^,;:.!?]{2,90}?(?:,|—|–|\.$|$)/gu;

/** Whether the answer's words lie inside such a description in the sentence. */
export function answerInApposition(answer: string, sentence: string): boolean {
  const trimmed = answer.trim();
  // Every description opens on a comma: a sentence without one skips matchAll's copy of the pattern.
  if (trimmed === '' || !sentence.includes(',')) return false;
  for (const m of sentence.matchAll(APPOSITION)) if (m[0].includes(trimmed)) return true;
  return false;
}

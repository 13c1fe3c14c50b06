// A figure written as notation ("a [6/8] feel", "a [50/50] split", "[24/7] service") is a label of
// a technique or a turn of phrase, not an amount the text reports: a card on it tests jargon
// trivia. Dates written with slashes are made into cards elsewhere as words, never this way.

const SLASHED = /^\d{1,3}\/\d{1,3}$/;

/** The answer is a number in slash notation (a time signature, a ratio written as a label). */
export function notationAnswer(answer: string): boolean {
  return SLASHED.test(answer.trim());
}

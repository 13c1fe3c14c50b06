// What a test-wise student who does not read the article gets right on a choice card, by
// strategies that use only the options' form: each returns the expected share right (a tie or no
// pick counts as a guess among the tied options). Shared by scripts/eval-choice-fairness.mjs
// (dev-set cards) and scripts/sim-choice-fairness.mjs (invented articles).

/** Picking the longest option, a tie broken at random. */
export function longest(choices, answer) {
  const max = Math.max(...choices.map((o) => o.length));
  return answer.length === max ? 1 / choices.filter((o) => o.length === max).length : 0;
}

/** Surface features an option can share with the others. */
const FEATURES = [
  (o) => o.trim().charAt(0).toLowerCase(), // first letter: Serbia / Slovakia / Slovenia
  (o) => o.trim().split(/\s+/).length, // number of words
  (o) => o.trim().slice(-2).toLowerCase(), // ending: -ia, -an
  (o) => /\d/.test(o), // has a figure
  (o) => /^\p{Lu}/u.test(o.trim()), // starts with a capital
];

/** Picking the odd one out: the first surface feature on which three options agree and one
 * does not gives that one; with no such feature, a blind guess. */
export function oddOneOut(choices, answer) {
  if (choices.length !== 4) return 1 / choices.length;
  for (const feature of FEATURES) {
    const values = choices.map(feature);
    const odd = values.findIndex((v, i) => {
      const others = new Set(values.filter((_, j) => j !== i));
      return others.size === 1 && !others.has(v);
    });
    if (odd >= 0) return choices[odd] === answer ? 1 : 0;
  }
  return 1 / choices.length;
}

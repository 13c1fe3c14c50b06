// "the border near McAllen, [...], …", "the Alberta, [...], resident", "the Keck Observatory in
// [...]": a place named only to locate another named place is its postal address. Which state a
// town or which country a province lies in is known without the text (or looked up in a second);
// the town, the site, what happened there is the fact.

const B = '\\[\\.\\.\\.\\]';
/** "Town, [...]," or "Town, [...] resident": the blank is the region written after a place name. */
const AFTER_PLACE = new RegExp(`\\b[A-Z][\\w.'’-]*,\\s+${B}(?=\\s*(?:,|\\.|$|\\s+(?:resident|native|man|woman|couple|family)\\b))`);
/** A named site, then where it stands. */
const SITE = new RegExp(
  `\\b[A-Z][\\w.'’-]*\\s+(?:Observatory|University|Institute|Museum|Hospital|Airport|Stadium|Zoo|Laboratory|Cathedral|Palace|Castle)\\s+(?:in|at|near)\\s+${B}`,
);

/** The place answer only gives where another named place lies. */
export function locatesAPlace(front: string, answerType: string): boolean {
  return answerType === 'place' && (AFTER_PLACE.test(front) || SITE.test(front));
}

// "the border near McAllen, [...], …", "the Alberta, [...], resident", "the Keck Observatory in
// [...]": a place named only to locate another named place is its postal address. Which state a
// town or which country a province lies in is known without the text (or looked up in a second);
// the town, the site, what happened there is the fact.

const B = '\\[\\.\\.\\.\\]';
/** "Town, [...]," or "Town, [...] resident": the blank is the region written after a place name. */
const AFTER_PLACE = new RegExp(`\\b[A-Z][\\w.'’-]*,\\s+${B}(?=\\s*(?:,|\\.|$|\\s+(?:resident|native|man|woman|couple|family)\\b))`, 'g');
/** A word that opens a sentence or links it to the one before is no place ("However, [...], the capital, …"). */
const CONNECTIVE = /^(?:However|Meanwhile|Moreover|Furthermore|Instead|Still|Yet|Also|Indeed|Nevertheless|Nonetheless|Thus|Hence|Therefore|Today|Yesterday|Now|Then|Later|Earlier|Finally|First|Second|Third|Overall|Similarly|Likewise|Otherwise|Besides|Again|Recently|Currently|Eventually|Here|There|Sadly|Fortunately|Unfortunately|Ultimately|Initially|Originally)$/;

/** "Town, [...]," where Town is a place name: not a sentence's first word, and not one item of a list ("Germany, [...], and Italy"). */
function afterPlace(front: string): boolean {
  for (const m of front.matchAll(AFTER_PLACE)) {
    const word = m[0].slice(0, m[0].indexOf(','));
    const before = front.slice(0, m.index);
    // The first word of a sentence is capitalised whatever it is.
    if (/(?:^|[.!?]["”’)]?\s+)$/.test(before) || CONNECTIVE.test(word)) continue;
    // An item of a list: another "Name," before it, or "and"/"or" and a name or another "Name," after the blank.
    const after = front.slice(m.index! + m[0].length);
    if (/\p{Lu}[\p{L}.'’-]*,\s+$/u.test(before)) continue;
    if (/^,\s+(?:(?:and|or)\s+(?:the\s+)?\p{Lu}|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?,)/u.test(after)) continue;
    return true;
  }
  return false;
}
/** A named site, then where it stands. */
const SITE = new RegExp(
  `\\b[A-Z][\\w.'’-]*\\s+(?:Observatory|University|Institute|Museum|Hospital|Airport|Stadium|Zoo|Laboratory|Cathedral|Palace|Castle)\\s+(?:in|at|near)\\s+${B}`,
);

/**
 * "US crude oil closed up $2.80 at $51.15 in [New York]", "Brent crude also rose in [London]
 * trading", "firms with secondary listings in [New York]": the market a price was set in or a
 * share is listed on, a fact of the trade, not of the story. Blind judges of sessions 38–41
 * rejected all 6 such cards of the labelled packets (12 of 12 verdicts). Left out after the
 * text's density is read (index.ts), so no other card changes.
 */
const MARKET_PLACE = new RegExp(`\\b(?:(?:closed|closing)\\s+(?:up|down|at|higher|lower|flat|unchanged)|trading|traded|trades|listings?|listed|shares|crude|barrel|futures|an\\s+ounce)\\b(?:[^.;]|\\.(?=\\d))*\\bin\\s+${B}|\\bin\\s+${B}\\s+trading\\b`, 'i');

/** A place blank that is the market a price was made in or a share listed on. */
export function marketPlace(front: string): boolean {
  return MARKET_PLACE.test(front);
}

/** "Edinburgh … as the capital of [...]": whose capital a named city is, known without the text (both set U judges). */
const CAPITAL_OF = new RegExp(`\\bcapital\\s+(?:city\\s+)?of\\s+(?:the\\s+)?${B}`, 'i');
/** "Jervis Bay, south of [...]": where a named place lies, by a compass point from another (set Z's judges, trivia). */
const COMPASS_OF = new RegExp(`\\b[A-Z][\\w'’-]*,\\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|(?:northern|southern|eastern|western))\\s+of\\s+${B}`);

/** The place answer only gives where another named place lies. */
export function locatesAPlace(front: string, answerType: string): boolean {
  return answerType === 'place' && (afterPlace(front) || SITE.test(front) || CAPITAL_OF.test(front) || COMPASS_OF.test(front));
}

/**
 * The United States or the United Kingdom as the answer: in the English-language news and
 * reference text Lectern reads, where a story happens or whose market it is, is the setting, and
 * guessed without the text ("visiting the [UK] for promotional purposes", "the first jurisdiction
 * in the [United States]"). Blind judges of sessions 28–39 kept 14 of 64 verdicts on such blanks.
 */
const SETTING_COUNTRY = /^(?:the\s+)?(?:United States(?: of America)?|U\.?S\.?A?\.?|America|United Kingdom|U\.?K\.?|(?:Great\s+)?Britain)$/i;

export function settingCountry(answer: string): boolean {
  return SETTING_COUNTRY.test(answer.trim());
}

// The line a card is studied under: its article's title. A card is one sentence of a story, and
// in a session of due cards from many articles "The hospital moved to Harbour Road in [...]" or
// "By 1901 the works employed [...] men" says nothing about which hospital or works; the title
// ("St Columba's Hospital: from fever house to trauma centre") does, as a deck name does in Anki.
// A title that holds the answer, or all but says it, would give it away: such a card is shown
// without it.

/** Words of an answer too common to give it away when the title has them too. */
const COMMON = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'its', 'his', 'her', 'their', 'as', 'is', 'was', 'be', 'not', 'no', 'more', 'than', 'about', 'per', 'cent', 'percent']);

/** Lowercased words and numbers, a number's thousands separators dropped. */
function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(w) ? w.replace(/,/g, '') : w.replace(/’/g, "'")));
}

const SCALE: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12 };

/** The amounts a text states ("£18m" and "18.4 million" are both about 18 million); shares
 * (with "%" or "per cent") apart from the rest, so "15 tips" is not near "13%". */
function amounts(text: string, shares: boolean): number[] {
  const found: number[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(?<![\p{L}\d.,])(\d[\d,]*(?:\.\d+)?)\s*(k|m|mn|bn|tn|thousand|million|billion|trillion)?\b(\s*(?:%|per ?cent\b))?/giu)) {
    if (Boolean(m[3]) !== shares) continue;
    // A year is no amount: every year of a history is "near" the others.
    if (!m[2] && /^\d{4}$/.test(m[1]!)) continue;
    found.push(Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1));
  }
  return found.filter((n) => Number.isFinite(n) && n > 0);
}

/** Shares said in words ("down by a third", "cuts … by a fifth"), as percentages. */
const FRACTIONS: readonly [RegExp, number][] = [
  [/\b(?:a|one)[ -]half\b|\bhalved\b/i, 50],
  [/\btwo[ -]thirds\b/i, 66.7],
  [/\b(?:a|one)[ -]third\b/i, 33.3],
  [/\bthree[ -]quarters\b/i, 75],
  [/\b(?:a|one)[ -]quarter\b/i, 25],
  [/\b(?:a|one)[ -]fifth\b/i, 20],
  [/\b(?:a|one)[ -]tenth\b/i, 10],
];

/** The title states a figure of the answer's kind close to it, or in words the share an answer's percentage rounds to. */
function nearFigure(title: string, answer: string): boolean {
  return [false, true].some((shares) => {
    const asked = amounts(answer, shares);
    if (!asked.length) return false;
    // "£18m" for 18.4 million; a share only within two points ("40%" does not say 35%).
    if (amounts(title, shares).some((t) => asked.some((a) => Math.abs(t - a) <= (shares ? 2 : a / 6)))) return true;
    return shares && FRACTIONS.some(([re, share]) => re.test(title) && asked.some((a) => Math.abs(a - share) <= 6));
  });
}

/**
 * The text states a figure of the answer's kind within 5% of it: "rose to [7.1%] from 7%", "broke
 * through the [$4 trillion] mark … sales of $4.06 trillion". Shown beside the blank it all but
 * says the answer (or, as options, leaves two that fit): blind judges kept 3 of 18 such cards.
 */
export function closeFigure(text: string, answer: string): boolean {
  return [false, true].some((shares) => {
    const asked = amounts(answer, shares);
    return asked.length > 0 && amounts(text, shares).some((t) => asked.some((a) => Math.abs(t - a) <= 0.05 * a));
  });
}

/** "US" in the title for the answer "United States", "PSP" for "PlayStation Portable": the initials of the answer's capitalised words and of the words run together in one. */
function initials(title: string, answer: string): boolean {
  const caps = (answer.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).flatMap((w) => w.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  if (caps.length < 2) return false;
  const short = caps.map((w) => w[0]).join('');
  return new RegExp(`(?<![\\p{L}.])${short.split('').join('\\.?')}\\.?(?![\\p{L}])`, 'u').test(title);
}

/** "Lib Dems" in the title for the answer "Liberal Democrats", "Man Utd" for "Manchester United": each of its capitalised words clipped to three letters or more, in order. */
function clipped(title: string, answer: string): boolean {
  const caps = (answer.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
  if (caps.length < 2) return false;
  const t = (title.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  // "Lib" for "Liberal"; "Utd" for "United": its first letter, then the rest of its letters in order.
  const inOrder = (short: string, full: string): boolean => {
    let at = 0;
    for (const ch of short) if ((at = full.indexOf(ch, at) + 1) === 0) return false;
    return true;
  };
  const clip = (short: string, full: string): boolean => {
    const stem = short.length > 3 && short.endsWith('s') ? short.slice(0, -1) : short;
    return stem.length >= 3 && stem.length < full.length && stem[0] === full[0] && (full.startsWith(stem) || inOrder(stem, full));
  };
  for (let i = 0; i + caps.length <= t.length; i++) if (caps.every((w, k) => clip(t[i + k]!, w))) return true;
  return false;
}

/** Two words with a common start of five letters or more that leaves at most two letters of the shorter. */
function sharedStem(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= 5 && Math.min(a.length, b.length) - n <= 2;
}

/** The heading a card is shown under, or null: no title, or one that holds or all but says the answer. */
export function cardHeading(title: string | null | undefined, card: { readonly back: string }): string | null {
  const heading = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!heading) return null;
  const titleWords = words(heading);
  const telling = words(card.back).filter((w) => !COMMON.has(w));
  // A word of four letters or more inside another counts as the same word ("Euro" and "Europe",
  // "Porthlevan" and "St Levan"), and so do two that differ only in their ending ("Islamism" and
  // "Islamic", "weavers'" and "weaver").
  // A plural in "-ies" is its singular in "-y" ("Tories" and "Tory").
  const stem = (w: string): string => w.replace(/(?<=\p{L}{2})ies$/u, 'y');
  const alike = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a))) || sharedStem(a, b);
  const same = (a: string, b: string): boolean => alike(a, b) || alike(stem(a), stem(b));
  if (telling.some((w) => titleWords.some((t) => same(t, w)))) return null;
  if (nearFigure(heading, card.back) || initials(heading, card.back) || clipped(heading, card.back)) return null;
  return heading;
}

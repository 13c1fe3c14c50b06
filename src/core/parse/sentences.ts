// Sentence boundaries of running text, by punctuation: enough to break text that lost its
// paragraph breaks and to find a first sentence for a title. (The NLP module has a better
// splitter, but it loads a language model: parsing must stay light.)

/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof st jr sr gen gov sen rep lt col capt cpt sgt maj adm cmdr rev hon pres supt det insp ' +
    'inc ltd co corp bros plc llc vs etc al approx dept est fig no nos vol vols pp ed eds ch sec art ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mt ft ave blvd rd hwy e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a'
  ).split(' '),
);

// A sentence end: . ! ? or … with any closing quotes or brackets, then space, then something
// that can start a sentence (an opening quote or bracket, a capital letter or a digit).
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)\s+(?=["'“‘«(\[]?[\p{Lu}\p{N}])/gu;

/** True when the period at `end` belongs to an abbreviation or an initial ("J. K. Rowling"). */
function isAbbreviation(text: string, end: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, end - 12), end))?.[1] ?? '';
  const word = before.replace(/^\.+/, '').toLowerCase();
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter ("J.") or dotted letters ("U.S", "Ph.D").
  return /^\p{Lu}$/u.test(before) || /^(?:\p{L}\.)+\p{L}$/u.test(before);
}

/** The text's sentences, trimmed, in order; text without sentence ends is one sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    const marks = match[1] ?? '';
    if (marks === '.' && isAbbreviation(text, at)) continue;
    const end = at + marks.length + (match[2]?.length ?? 0);
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = at + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

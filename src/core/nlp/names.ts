// Our own name finder: capitalised sequences (wink tags them PROPN but gives no types), typed by
// built-in lists and cues (titles, organisation and place head words), titles peeled off into
// roles, and short forms ("Blinken", "President Xi") tied to the full name they abbreviate.
import { CELESTIAL, CITIES, COUNTRIES, MONTHS, NATIONALITIES, ORG_WORDS, PARTY_LABELS, PLACE_HEADS, REGIONS, ROLE_NOUNS, THING_HEADS, TITLE_WORDS, US_STATES, WEEKDAYS } from './lexicon.js';
import type { Mention, NameType, RoleMention, Sentence, Token } from './types.js';

const CAPITALISED = /^(?:[A-Z][\p{L}'’.-]*|[A-Z]\.(?:[A-Z]\.)+)$/u;
const OPENERS = new Set(['“', '"', '‘', "'", '(', '[', '—', '–', '-', ':']);
const LEADING_DROP = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those']);
const CONNECTORS = new Set(['of', 'for', 'de', 'the', '&', 'and']);

/** "I", "I’m", "I'd": capitalised by spelling, never a name ("I’m not sure yet", “The Day I Left”). */
const FIRST_PERSON = /^I(?:['’](?:m|d|ll|ve))?$/;

function isCapitalised(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  // Both forms of CAPITALISED open on A–Z: most tokens are told apart by their first letter, without the pattern.
  const first = token.text.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || !CAPITALISED.test(token.text) || FIRST_PERSON.test(token.text)) return false;
  const initial = i === 0 || OPENERS.has(tokens[i - 1]!.text);
  if (!initial) return true;
  // At a sentence start capitals mean nothing; trust the tagger, the stopword list and our lists.
  if (/^[A-Z]{2,}$/.test(token.text) || NATIONALITIES.has(token.text) || TITLE_WORDS.has(token.text)) return true;
  return token.pos === 'PROPN' && !token.stop;
}

export function placeSubtype(name: string): string {
  if (COUNTRIES.has(name)) return 'country';
  if (CITIES.has(name)) return 'city';
  if (REGIONS.has(name)) return 'region';
  if (US_STATES.has(name)) return 'state';
  if (CELESTIAL.has(name)) return 'celestial';
  return '';
}

/** Types a name by its words alone; `null` when only context can tell. */
export function typeByForm(words: readonly string[]): { type: NameType; subtype: string } | null {
  const name = words.join(' ');
  const last = words.at(-1)!;
  const subtype = placeSubtype(name);
  if (subtype) return { type: 'place', subtype };
  if (PLACE_HEADS.has(last)) return { type: 'place', subtype: 'region' };
  if (words.some((w) => ORG_WORDS.has(w))) return { type: 'organization', subtype: '' };
  if (THING_HEADS.has(last)) return { type: 'name', subtype: '' };
  // A lone all-caps word may be an agency (NASA), an abbreviation (DM, AI, CT) or a disease
  // (HIV): the form cannot tell, so it stays a plain name.
  return null;
}

export interface RawName {
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly words: readonly string[];
  /** The title peeled off the front ("Chinese President"), or "". */
  readonly title: string;
}

/** Lower-case particles inside a surname ("Van de Graaff", "Ludwig van Beethoven", "Vasco da Gama"). */
const SURNAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'des', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'bin', 'ibn']);
const QUOTE = /^["“”]$/;

/** How many particle tokens (one or two: "de", "van der") at `j` join the run to the capitalised word after them; 0 when none. */
function surnameParticles(tokens: readonly Token[], j: number): number {
  for (const n of [1, 2]) {
    const particles = tokens.slice(j, j + n);
    if (particles.length === n && particles.every((t) => SURNAME_PARTICLES.has(t.text)) && j + n < tokens.length && isCapitalised(tokens, j + n) && tokens[j - 1]?.end === particles[0]!.start - 1) return n;
  }
  return 0;
}

/** A nickname in quotes between two parts of a name: 'Earvin "Magic" Johnson'. */
function nickname(tokens: readonly Token[], j: number): boolean {
  return QUOTE.test(tokens[j]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(tokens[j + 1]?.text ?? '') && QUOTE.test(tokens[j + 2]?.text ?? '') && j + 3 < tokens.length && isCapitalised(tokens, j + 3);
}

/** Capitalised runs of one sentence, titles peeled off. */
export function findNames(sentence: Sentence): RawName[] {
  const tokens = sentence.tokens;
  const out: RawName[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && isCapitalised(tokens, j)) {
        j++;
        continue;
      }
      // "Secretary of State", "Commission of the Communist Party": connectors inside names.
      let k = j;
      while (k < tokens.length && CONNECTORS.has(tokens[k]!.text) && k - j < 2) k++;
      const run = tokens.slice(i, j).map((t) => t.text);
      const joins = run.some((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w));
      if (k > j && k < tokens.length && isCapitalised(tokens, k) && joins && tokens[j]!.text !== 'and') j = k;
      else {
        const particles = surnameParticles(tokens, j);
        if (particles > 0) j += particles;
        else if (nickname(tokens, j)) j += 3;
        else break;
      }
    }
    // "ambassador to Canada Odile Marchetti": a country run into the name that follows it.
    if (j - i >= 3 && COUNTRIES.has(tokens[i]!.text) && !TITLE_WORDS.has(tokens[i + 1]!.text) && !NATIONALITIES.has(tokens[i + 1]!.text) && !tokens.slice(i, j).some((t) => ORG_WORDS.has(t.text) || CONNECTORS.has(t.text))) j = i + 1;
    // "Parliament Friday", "Congress Monday": a day or month closing a run is not part of the name.
    while (j - i > 1 && (WEEKDAYS.has(tokens[j - 1]!.text) || MONTHS.has(tokens[j - 1]!.text))) j--;
    const touchesHyphen = (i > 0 && tokens[i - 1]!.text === '-') || (j < tokens.length && tokens[j]!.text === '-');
    if (!touchesHyphen) {
      let a = i;
      while (a < j && LEADING_DROP.has(tokens[a]!.text)) a++;
      let titleEnd = a;
      const run = tokens.slice(a, j).map((t) => t.text);
      if (!run.some((w) => ORG_WORDS.has(w)) || run.some((w) => w === 'President' || w === 'Secretary' || w === 'Minister')) {
        // Peel "US Secretary of State", "Chinese President" off the front of a person's name.
        // An agency's acronym before a title is part of it: "NASA Administrator", "FBI Director".
        const agencyTitle = (k: number) => /^[A-Z]{2,}$/.test(tokens[k]!.text) && TITLE_WORDS.has(tokens[k + 1]?.text ?? '');
        while (titleEnd < j - 1 && (TITLE_WORDS.has(tokens[titleEnd]!.text) || NATIONALITIES.has(tokens[titleEnd]!.text) || PARTY_LABELS.has(tokens[titleEnd]!.text) || agencyTitle(titleEnd) || ((tokens[titleEnd]!.text === 'of' || tokens[titleEnd]!.text === 'the') && titleEnd > a))) titleEnd++;
        if (titleEnd > a && ORG_WORDS.has(tokens[titleEnd - 1]!.text) === false && tokens.slice(titleEnd, j).some((t) => ORG_WORDS.has(t.text))) titleEnd = a;
        // "Head of Marine Research": a title ending in "of" names a department, not a person.
        if (titleEnd > a && CONNECTORS.has(tokens[titleEnd - 1]!.text)) titleEnd = a;
        // "Arab League", "Israeli Jewish settlement": a nationality alone is peeled only off a full name.
        if (titleEnd > a && j - titleEnd < 2 && !tokens.slice(a, titleEnd).some((t) => TITLE_WORDS.has(t.text))) titleEnd = a;
      }
      // A nickname in quotes is no word of the name ("William Travis \"Bully\" Van de Graaff").
      let quoted = false;
      const words = tokens
        .slice(titleEnd, j)
        .filter((t) => (QUOTE.test(t.text) ? ((quoted = !quoted), false) : !quoted))
        .map((t) => t.text);
      const demonym = words.length === 1 && (NATIONALITIES.has(words[0]!.replace(/s$/, '')) || /(?:ans|ese)$/.test(words[0]!));
      const skip = demonym || words.length === 0 || (words.length === 1 && words[0]!.length < 2) || (words.length === 1 && (MONTHS.has(words[0]!) || WEEKDAYS.has(words[0]!) || NATIONALITIES.has(words[0]!) || TITLE_WORDS.has(words[0]!)));
      if (!skip && !words.every((w) => TITLE_WORDS.has(w) || NATIONALITIES.has(w) || w === 'of' || w === 'the')) {
        const title = tokens.slice(a, titleEnd).map((t) => t.text).join(' ');
        out.push({ sentence: sentence.index, tokenStart: titleEnd, tokenEnd: j, words, title });
      }
    }
    i = j;
  }
  return out;
}

const NOT_NAME_WORDS = new Set(['About', 'In', 'On', 'At', 'For', 'From', 'With', 'By', 'To', 'Of', 'Our', 'Your', 'My', 'Their', 'His', 'Her', 'Its', 'More', 'Most', 'All', 'Some', 'Any', 'No', 'Not', 'Read', 'Get', 'Sign', 'Follow', 'Share', 'Watch', 'Click', 'Subscribe', 'Related', 'Latest', 'Top', 'Best', 'Great', 'New', 'Why', 'How', 'What', 'When', 'Where']);

const SPEECH_CUE = /^(?:said|says|told|added|stressed|noted|explained|argued|warned|wrote|asked|replied|announced|insisted)$/;

/** "Secretaries", "Ministers", "Directors": a title word in the plural. */
function pluralOfTitle(word: string): boolean {
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : '';
  return singular !== '' && (TITLE_WORDS.has(singular) || ROLE_NOUNS.has(singular.toLowerCase()));
}

/** "(born 1965", "(b. 1965", "(3 May 1921 – 9 October 1998)", "(c. 1120 – 1180)": a person's life dates in brackets. */
const LIFE_DATES = /^\((?:born\b|b\.\s|(?:c\.\s*|circa\s+)?(?:[\p{L}\d, ]{0,20}?\b\d{3,4})\s*[–-]\s*(?:[\p{L}\d, ]{0,20}?\b\d{3,4})\s*\))/u;

/**
 * Types every raw name and ties short forms to full names. A multi-word name that no list
 * types is a person when a title, a speech verb or a later short form supports it.
 */
export function resolveNames(sentences: readonly Sentence[], raws: readonly RawName[]): { mentions: Mention[]; roles: RoleMention[] } {
  const byForm = new Map<string, { type: NameType; subtype: string } | null>();
  const formOf = (w: readonly string[]) => {
    const key = w.join(' ');
    if (!byForm.has(key)) byForm.set(key, typeByForm(w));
    return byForm.get(key)!;
  };
  // A word that also stands alone ("Tarrow") is weak evidence of a person only when no place,
  // organisation or titled thing of the text is built on it ("Tarrow Gorge", "Tarrow Delta").
  const inTypedNames = new Set(raws.filter((r) => r.words.length > 1 && formOf(r.words)).flatMap((r) => r.words));
  const singles = new Set(raws.filter((r) => r.words.length === 1 && !inTypedNames.has(r.words[0]!)).map((r) => r.words[0]!));
  // Strong evidence is a title, a speech verb or a role beside the name; weak, only that a word of
  // it also stands alone somewhere ("Biden"), which brands and places share ("Music City").
  const personEvidence = (r: RawName): 'strong' | 'weak' | null => {
    if (r.title) return 'strong';
    const s = sentences[r.sentence]!;
    const next = s.tokens[r.tokenEnd]?.text ?? '';
    const prev = s.tokens[r.tokenStart - 1]?.text ?? '';
    if (SPEECH_CUE.test(next) || SPEECH_CUE.test(prev)) return 'strong';
    // Apposition with a role: "the then president of …, Mara Okafor" / "Tomas Reyna, head of …".
    const before: string[] = [];
    for (let k = r.tokenStart - 2; k >= 0 && k > r.tokenStart - 10 && s.tokens[k]!.pos !== 'PUNCT'; k--) before.push(s.tokens[k]!.text);
    const after = s.tokens.slice(r.tokenEnd + 1, r.tokenEnd + 4).map((t) => t.text.toLowerCase());
    if (prev === ',' && before.some((w) => ROLE_NOUNS.has(w))) return 'strong';
    // "the biologist Lynn Margulis": a role noun right before the name.
    if (/^[a-z]/.test(prev) && ROLE_NOUNS.has(prev)) return 'strong';
    if (next === ',' && after.some((w) => ROLE_NOUNS.has(w))) return 'strong';
    // An encyclopedia's life dates after the name: "Tyler Bates (born June 5, 1965) is …",
    // "Harold Brennan (3 May 1921 – 9 October 1998) was …" (not a work's year, "Titanic (1997)").
    if (next === '(' && LIFE_DATES.test(s.text.slice(s.tokens[r.tokenEnd]!.start - s.start, s.tokens[r.tokenEnd]!.start - s.start + 60))) return 'strong';
    return r.words.some((w) => singles.has(w)) ? 'weak' : null;
  };
  // Full names of people: multi-word, untyped by form, with some evidence anywhere in the text.
  const people = new Set<string>();
  const seenNames = new Map<string, RawName[]>();
  for (const r of raws) {
    const key = r.words.join(' ');
    // Appended in place: copying the list for each mention was quadratic in a name's mentions.
    const list = seenNames.get(key);
    if (list) list.push(r);
    else seenNames.set(key, [r]);
  }
  for (const [key, list] of seenNames) {
    const first = list[0]!;
    if (first.words.length < 2 || first.words.length > 3 || formOf(first.words)) continue;
    // A function word ("About Gardening", "Read More") makes a menu line or a heading, not a name.
    if (NOT_NAME_WORDS.has(first.words[0]!)) continue;
    // A word in capitals ("Top GIZMO Picks") marks a brand or a headline, not a person.
    if (!first.words.every((w) => /^[A-Z][\p{L}'’-]+$/u.test(w) && !/^[A-Z]{2,}$/.test(w))) continue;
    // "December Democratic", "Israeli Jewish": a date, country or nationality is not in a person's name.
    if (first.words.some((w) => MONTHS.has(w) || WEEKDAYS.has(w) || COUNTRIES.has(w) || NATIONALITIES.has(w))) continue;
    // "Assistant Secretaries", "Deputy Ministers": the plural of an office names a kind of officer, not a person.
    if (pluralOfTitle(first.words.at(-1)!)) continue;
    let strong = false;
    let weak = false;
    for (const r of list) {
      const evidence = personEvidence(r);
      if (evidence === 'strong') {
        strong = true;
        break;
      }
      weak ||= evidence === 'weak';
    }
    // On weak evidence alone the surname must read as a proper noun somewhere: "Music City"
    // (City/NOUN) and "Marketdesk Pro" (Pro/X) are not people.
    if (strong || (weak && list.some((r) => sentences[r.sentence]!.tokens[r.tokenEnd - 1]!.pos === 'PROPN'))) people.add(key);
  }
  // Short form → the one person whose name holds it.
  const shortToPerson = new Map<string, string | null>();
  for (const person of people) {
    for (const word of person.split(' ')) {
      if (word.length < 2) continue;
      shortToPerson.set(word, shortToPerson.has(word) && shortToPerson.get(word) !== person ? null : person);
    }
  }
  const mentions: Mention[] = [];
  const roles: RoleMention[] = [];
  for (const r of raws) {
    const s = sentences[r.sentence]!;
    const key = r.words.join(' ');
    let type: NameType = 'name';
    let subtype = '';
    let canonical = key;
    const form = formOf(r.words);
    if (people.has(key)) type = 'person';
    else if (form) ({ type, subtype } = form);
    else if (r.words.length === 1 && shortToPerson.get(key)) {
      type = 'person';
      canonical = shortToPerson.get(key)!;
    } else if (r.title && r.words.length <= 3 && !pluralOfTitle(r.words.at(-1)!) && !THING_HEADS.has(r.words.at(-1)!)) type = 'person';
    const first = s.tokens[r.tokenStart]!;
    const last = s.tokens[r.tokenEnd - 1]!;
    mentions.push({ type, text: s.text.slice(first.start - s.start, last.end - s.start), sentence: r.sentence, start: first.start, end: last.end, tokenStart: r.tokenStart, tokenEnd: r.tokenEnd, canonical, subtype });
    if (type === 'person' && r.title && /[A-Z]/.test(r.title) && r.title.split(' ').some((w) => TITLE_WORDS.has(w) && !['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.'].includes(w))) {
      roles.push({ person: canonical, role: r.title, sentence: r.sentence, form: 'title' });
    }
  }
  return { mentions, roles };
}

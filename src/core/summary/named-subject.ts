// "The fort was destroyed in 1560": alone, a timeline entry or a figure's "what" does not say
// which fort; the text named it before ("Fort Coligny"). A subject "The <noun>" is put as the one
// name the text gave before it that holds that noun ("Tower Theatre" for "The theater"). With no
// such name, or two, it stays as written. Blind facts judges of unseen passages and news marked
// such entries wrong ("'The fort' = Fort Coligny not named", session 39).
import type { AnalyzedText, Sentence } from '../nlp/index.js';
import { VERBAL } from './event-form.js';

/** British and American spellings of one head noun. */
const SPELLING: Readonly<Record<string, string>> = { theatre: 'theater', centre: 'center', harbour: 'harbor' };

const headOf = (word: string): string => {
  const w = word.toLowerCase();
  return (SPELLING[w] ?? w).replace(/(?<=\p{L}{3})s$/u, '');
};

/** Nouns that come first in a name: "Fort Coligny", "Lake Malawi", "Mount Kenya". */
const LEADING_HEADS: ReadonlySet<string> = new Set(['fort', 'lake', 'mount', 'cape', 'port', 'castle', 'camp', 'river', 'loch', 'bay', 'isle', 'point', 'glen']);

/** "The museum", "The fort's": one lower-case noun after "The", opening the clause. */
const DEFINITE = /^The (\p{Ll}{3,})(['’]s)?(?= )/u;

export function namedSubject(text: AnalyzedText, sentence: Sentence, body: string): string {
  const m = DEFINITE.exec(body);
  if (!m) return body;
  // The noun is the whole subject: a verb (or "'s") follows it, not another noun ("The ferry line").
  const at = sentence.tokens.findIndex((t, j) => t.text === 'The' && sentence.tokens[j + 1]?.text === m[1]);
  const next = sentence.tokens[at + 2];
  if (at < 0 || !next || (!m[2] && !VERBAL.has(next.pos) && next.pos !== 'ADV')) return body;
  const head = headOf(m[1]!);
  const names = new Set<string>();
  for (const mention of text.mentions) {
    if (mention.sentence >= sentence.index) continue;
    if (mention.type !== 'organization' && mention.type !== 'place' && mention.type !== 'name') continue;
    const words = mention.canonical.split(/\s+/);
    // A name of two words at least whose head is the noun: "Victoria and Albert Museum", "Fort
    // Coligny", "University of Warsaw" (not "Trademark Office" for "The trademark").
    if (words.length >= 2 && (headOf(words.at(-1)!) === head || (headOf(words[0]!) === head && (words[1] === 'of' || LEADING_HEADS.has(head))))) names.add(mention.canonical);
  }
  if (names.size !== 1) return body;
  const name = [...names][0]!;
  return everyUseIn(text.blocks, head, name) ? `${name}${m[2] ?? ''}${body.slice(m[0].length)}` : body;
}

/**
 * Every capitalised use of the noun in the text is inside that name, and the name is whole
 * there: "University of Missouri" is not the one university of a text that also writes
 * "University of Missouri–Kansas City" and "the University".
 */
function everyUseIn(blocks: readonly string[], head: string, name: string): boolean {
  for (const block of blocks) {
    const spans: [number, number][] = [];
    for (let at = block.indexOf(name); at >= 0; at = block.indexOf(name, at + 1)) {
      if (!/^[–-]\p{Lu}/u.test(block.slice(at + name.length, at + name.length + 2))) spans.push([at, at + name.length]);
    }
    for (const w of block.matchAll(/\p{Lu}\p{L}+/gu)) {
      if (headOf(w[0]) === head && !spans.some(([from, to]) => w.index! >= from && w.index! < to)) return false;
    }
  }
  return true;
}

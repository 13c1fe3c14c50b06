// A blank in someone's own account is an anecdote's detail, not a fact of the text: the writer's
// first person ("I moved my blog, which I began in [2009]") or a long direct quotation
// ("'Crossing the yard was a [20] minute trek,' the farmer said"). Short quoted terms ("a kind of
// '[delayed onset fatigue]'") are names for things, and stay.
import { CLOZE_BLANK } from '../../shared/cloze.js';

const QUOTED = /[“"]([^”"]*)[”"]/g;
const FIRST_PERSON = /(?:^|[^\p{L}’'])(?:I|my|me|I[’']m|I[’']ve|I[’']d)(?![\p{L}’'])/u;
/**
 * FIRST_PERSON with ASCII letters for any letter: it matches wherever FIRST_PERSON does, and
 * without /u runs ~5× quicker, so the full pattern is tried only on the few fronts it lets through.
 */
const FIRST_PERSON_HINT = /(?:^|[^A-Za-z’'])(?:I|my|me|I[’']m|I[’']ve|I[’']d)(?![A-Za-z’'])/;
/** A quotation this long is someone speaking, not a term in quotation marks. */
const SPEECH_WORDS = 10;

export function inPersonalAccount(front: string): boolean {
  let outside = front;
  // Every quotation opens on “ or ": without one (most fronts), matchAll and its copy of the pattern are skipped.
  if (front.includes('“') || front.includes('"')) for (const m of front.matchAll(QUOTED)) {
    const inner = m[1]!;
    if (inner.includes(CLOZE_BLANK) && inner.split(/\s+/).length >= SPEECH_WORDS) return true;
    outside = outside.replace(m[0], ' ');
  }
  // The writer telling their own story, outside any quotation.
  return FIRST_PERSON_HINT.test(outside) && firstPerson(outside);
}

/** Words that may stand before the first person "I" in capitals: a sentence's opening word. */
const OPENERS = /^(?:then|when|if|but|and|so|as|now|today|here|there|yes|no|well|also|because|since|after|before|while|although|though|once|until|why|what|how|where|who|that|this|at|in|on|for|finally|still|sometimes|perhaps|maybe|actually|honestly|frankly)$/i;

/** The writer's first person — not the numeral "I" of a name ("World War I", "Elizabeth I", "Phase I"). */
function firstPerson(text: string): boolean {
  for (const m of text.matchAll(new RegExp(FIRST_PERSON, 'gu'))) {
    const word = m[0].replace(/^[^\p{L}]/u, '');
    if (word !== 'I') return true;
    const at = m.index + m[0].length - word.length;
    // "I" alone after a capitalised word that is not a sentence's opener is a numeral.
    const before = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(text.slice(0, at));
    if (!before || OPENERS.test(before[1]!)) return true;
  }
  return false;
}

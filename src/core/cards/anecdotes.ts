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
  return FIRST_PERSON_HINT.test(outside) && FIRST_PERSON.test(outside);
}

// A blank on the tail of a longer name tests half a term: "the journal Annual Reviews of the
// [...]", "the protest group Tarrow is [...]". The name visibly goes on past the gap's edge when
//   a capitalised name ends just before it with "of" or "of the" — the blank completes that name;
//   the answer opens on a capitalised small word or auxiliary ("[Being Heard]", "[Without
//     Borders]") — words that start a name only when the name began earlier.
import { CLOZE_BLANK } from '../../shared/cloze.js';

/** "Notices of the ", "Bank of ": a capitalised word and "of" right before the gap. */
const NAME_OF_BEFORE = /(?:^|\s)\p{Lu}[\p{L}’'.-]*\s+of(?:\s+the)?\s*$/u;
/** A sentence may open with "Head of the …" as a plain phrase: the capital must not start the sentence. */
const SENTENCE_START = /(?:^|[.!?]["”’']?\s+)\p{Lu}[\p{L}’'.-]*\s+of(?:\s+the)?\s*$/u;
const SMALL_OPENERS = new Set(['Being', 'Is', 'Are', 'Was', 'Were', 'Not', 'Without', 'With', 'Of', 'For', 'To', 'From', 'By', 'And', 'Or', 'But', 'Has', 'Have', 'Had', 'Does', 'Do']);

/** The answer is the tail of a name the front began before the gap. */
export function continuesName(front: string, answer: string): boolean {
  const first = answer.trim().split(/\s+/)[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const before = front.slice(Math.max(0, at - 40), at);
  if (NAME_OF_BEFORE.test(before) && !SENTENCE_START.test(front.slice(0, at))) return true;
  // "[Being Left Behind]" mid-sentence: a name does not begin on an auxiliary.
  return at > 0 && SMALL_OPENERS.has(first);
}

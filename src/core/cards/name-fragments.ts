// A blank on the tail of a longer name tests half a term: "the journal Annual Reviews of the
// [...]", "the protest group Tarrow is [...]", "the U.S. [Open of Surfing]"; "In [September
// Spears] married …" blanks a month and a name run together. The name visibly goes on past the gap's edge when
//   a capitalised name ends just before it with "of" or "of the" — the blank completes that name;
//   a first name and a middle initial end just before it ("Joseph N. [Grasso]");
//   the answer ends on the head word of a body's name and the name goes on after the gap
//     ("the [Parliamentary Advisory Council] for Transport Safety", "[Joint Committee] on Intelligence");
//   the answer opens on a capitalised small word or auxiliary ("[Being Heard]", "[Without
//     Borders]") — words that start a name only when the name began earlier.
import { CLOZE_BLANK } from '../../shared/cloze.js';

/** "Notices of the ", "Bank of ": a capitalised word and "of" right before the gap. */
const NAME_OF_BEFORE = /(?:^|\s)\p{Lu}[\p{L}’'.-]*\s+of(?:\s+the)?\s*$/u;
/** A sentence may open with "Head of the …" as a plain phrase: the capital must not start the sentence. */
const SENTENCE_START = /(?:^|[.!?]["”’']?\s+)\p{Lu}[\p{L}’'.-]*\s+of(?:\s+the)?\s*$/u;
const SMALL_OPENERS = new Set(['Being', 'Is', 'Are', 'Was', 'Were', 'Not', 'Without', 'With', 'Of', 'For', 'To', 'From', 'By', 'And', 'Or', 'But', 'Has', 'Have', 'Had', 'Does', 'Do']);

/** "the U.S. ", "the U.K. ": a dotted abbreviation right before the gap opens the name ("the U.S. [Open of Surfing]"). */
const DOTTED_BEFORE = /(?:^|\s)(?:\p{Lu}\.){2,}\s+$/u;
const MONTHS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** "In [September Spears] married …": a month and a name the splitter of names ran together after "in". */
const TIME_PREPOSITION_BEFORE = /(?:^|\s)(?:[Ii]n|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)\s+$/;

/** "Joseph N. ": a capitalised first name and a middle initial right before the gap: the surname is the name's tail. */
const INITIAL_BEFORE = /(?:^|\s)\p{Lu}\p{Ll}+\s+\p{Lu}\.\s+$/u;

/** Head words of a body's name that an "of", "for" or "on" phrase often completes. */
// (And offices: "the [Assistant Secretary] for Health", both set R judges: half-term.)
const BODY_HEAD_WORDS = 'Coalition|Committee|Council|Commission|Institute|Association|Foundation|Society|Centre|Center|Office|Department|Ministry|Agency|Board|Authority|League|Alliance|Fund|Trust|Bureau|Federation|Academy|Campaign|Network|Forum|Panel|Tribunal|Court|Party|Secretary|Minister|Commissioner|Undersecretary|Director|Service|School|College|Hospital|Museum|Union';
const BODY_HEADS = new RegExp(`(?:^|\\s)(?:${BODY_HEAD_WORDS})$`);
/** "the Religious Coalition for ": the name's head and its "for"/"on" right before the gap ("of" is NAME_OF_BEFORE's). */
const BODY_HEAD_BEFORE = new RegExp(`(?:^|\\s)\\p{Lu}[\\p{L}’'.-]*\\s+(?:${BODY_HEAD_WORDS})\\s+(?:for|on)(?:\\s+the)?\\s*$`, 'u');
/** " for Transport Safety", " on the Status of …": the name's capitalised "of"/"for"/"on" tail right after the gap. */
const NAME_TAIL_AFTER = /^\s+(?:for|on|of)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;

/** The answer is part of a name that goes on past the gap (before or after it), or a date run into a name. */
export function continuesName(front: string, answer: string): boolean {
  const words = answer.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (!/^\p{Lu}/u.test(first)) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const before = front.slice(Math.max(0, at - 40), at);
  if (NAME_OF_BEFORE.test(before) && !SENTENCE_START.test(front.slice(0, at))) return true;
  if (DOTTED_BEFORE.test(before) || INITIAL_BEFORE.test(before) || BODY_HEAD_BEFORE.test(before)) return true;
  if (words.length === 2 && MONTHS.test(first) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && TIME_PREPOSITION_BEFORE.test(before)) return true;
  if (BODY_HEADS.test(answer.trim()) && NAME_TAIL_AFTER.test(front.slice(at + CLOZE_BLANK.length))) return true;
  // "[Being Left Behind]" mid-sentence: a name does not begin on an auxiliary.
  return at > 0 && SMALL_OPENERS.has(first);
}

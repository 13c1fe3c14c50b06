// Who gave a quote is told in an aside ("said Ana Ruiz, a [...] research fellow"; "…,” said
// [...], a friend who …"): the speaker's employer, or the name of someone the writer knows, is
// the story's credits, not its content; the details of that friend's story are an anecdote. A
// blank on any of them is trivia.
import { CLOZE_BLANK } from '../../shared/cloze.js';

const SPEECH = /\b(?:said|says|told|tells|added|explained|noted|according to)\b/i;
const ROLE = String.raw`(?:fellow|professor|researcher|scientist|analyst|economist|lecturer|engineer|official|spokes(?:man|woman|person)|director|adviser|advisor|consultant|expert|student)`;
/** ", a [...] research fellow": the employer written as the role's adjective. */
const EMPLOYER_ADJECTIVE_BEFORE = /,\s+an?\s+$/;
const EMPLOYER_ADJECTIVE_AFTER = new RegExp(String.raw`^(?:[\s-]+\p{Ll}+){0,2}\s+${ROLE}s?\b`, 'u');
/** "a research fellow at [...]", "an economist with the [...]": the employer after the role. */
const EMPLOYER_AFTER_ROLE = new RegExp(String.raw`\b${ROLE}s?\s+(?:at|with|for)\s+(?:the\s+)?$`, 'u');
const ACQUAINTANCE = String.raw`,\s+(?:a|an|my|our)\s+(?:\p{Ll}+\s+)?(?:friend|neighbou?r|acquaintance|relative|cousin|colleague|classmate|roommate)\b`;
/** The words of ACQUAINTANCE for someone known to the writer: no acquaintance where none is written. */
const KNOWN_PERSON = /friend|neighbou?r|acquaintance|relative|cousin|colleague|classmate|roommate/;
/** "[...], a friend who …": someone known to the writer, named only to tell their story. */
const ACQUAINTANCE_AFTER = new RegExp(`^\\s*${ACQUAINTANCE}`, 'u');
const ACQUAINTANCE_NAMED = new RegExp(String.raw`\p{Lu}[\p{L}’'-]*${ACQUAINTANCE}`, 'u');

/** The blank holds a quoted speaker's employer, or the name of the writer's acquaintance or a detail of their story. */
export function speakerAside(front: string): boolean {
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const after = front.slice(at + CLOZE_BLANK.length, at + CLOZE_BLANK.length + 60);
  // The friend's name, or any detail of the friend's story ("out of [...] followers"). Both
  // patterns need a word for the friend: most fronts have none, and the named pattern is tried
  // at every capital otherwise.
  if (KNOWN_PERSON.test(front) && (ACQUAINTANCE_AFTER.test(after) || ACQUAINTANCE_NAMED.test(front))) return true;
  if (!SPEECH.test(front)) return false;
  const before = front.slice(Math.max(0, at - 60), at);
  return (EMPLOYER_ADJECTIVE_BEFORE.test(before) && EMPLOYER_ADJECTIVE_AFTER.test(after)) || EMPLOYER_AFTER_ROLE.test(before);
}

/** The sentence quotes someone it introduces as the writer's friend or neighbour: their "who said" is the same trivia. */
export function quotesAcquaintance(sentence: string): boolean {
  return SPEECH.test(sentence) && ACQUAINTANCE_NAMED.test(sentence);
}

/** The sentence introduces `name` as the writer's friend or neighbour ("said Tom Reyes, a friend who …"). */
export function introducesAcquaintance(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  return at >= 0 && KNOWN_PERSON.test(sentence) && ACQUAINTANCE_AFTER.test(sentence.slice(at + name.length));
}

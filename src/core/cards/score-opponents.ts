// "Norway beat [...] 3-1 to take the final place", "Chile's 5-0 rout of [...]": in a result with its
// score, the side the sentence reports on (its subject) is the fact a reader follows; the side it
// beat or drew with is a detail of that one match, as the scorer of a goal would be.

const B = '\\[\\.\\.\\.\\]';
const SCORE = /\b\d{1,3}\s*[-–]\s*\d{1,3}\b/;
/** The blank is the object of a result verb: who was beaten, drawn with or played against. */
const OPPONENT = new RegExp(
  `\\b(?:beat|beats|beating|defeated|defeats|defeating|drew|draws|drawing|edged|thrashed|routed|lost to|rout of|win over|victory over|victory against|draw with|draw against|loss to|defeat to|defeat by|win against)\\s+(?:the\\s+)?${B}`,
  'i',
);

/** Words of a vote: a margin in such a sentence counts votes. */
const VOTE = /\b(?:votes?|voted|voting|ballots?|Senate|House|Assembly|Parliament|Congress|council|committee|senators|legislat\w*|lawmakers|bill|amendment|motion|resolution|referendum|jury)\b/i;

/** The answer is the opponent in a reported result with its score. */
export function scoreOpponent(front: string): boolean {
  if (!OPPONENT.test(front)) return false;
  // The score belongs to the blank's own sentence: a fact-line elsewhere on the front does not count.
  const at = front.indexOf('[...]');
  const start = Math.max(0, front.lastIndexOf('. ', at) + 1);
  const stop = front.indexOf('. ', at);
  const sentence = front.slice(start, stop < 0 ? undefined : stop);
  // A vote margin is no score: "The Senate defeated the [...] 52-48" counts votes, not goals.
  return SCORE.test(sentence) && !VOTE.test(sentence);
}

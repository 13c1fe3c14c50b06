// "launch in [...] countries, including United States, Canada, …, Norway, and Finland" → 14: the
// front lists every item it asks the number of, so counting them answers the card (both blind
// judges of unseen news rejected such a card).

import { NUMBER_WORDS } from './words.js';

/** An item of a list: a few words, none of them a clause's (no verb can be told here, so short). */
const ITEM = /^(?:(?:the|and|or)\s+)*[\p{L}\d][\p{L}\d.'’&-]*(?:\s+[\p{L}\d][\p{L}\d.'’&-]*){0,3}$/u;

/** The answer is a count of three or more, and the blank's sentence lists exactly that many items after it. */
export function listedCount(front: string, answer: string): boolean {
  const a = answer.trim().toLowerCase();
  const n = /^\d{1,2}$/.test(a) ? Number(a) : NUMBER_WORDS.indexOf(a);
  if (n < 3) return false;
  const at = front.indexOf('[...]');
  if (at < 0) return false;
  const stop = front.indexOf('. ', at);
  const after = front.slice(at + 5, stop < 0 ? undefined : stop).replace(/[.!?]\s*$/, '');
  // The list starts after "including", "such as", "namely" or a colon, and runs to the sentence's end.
  const start = /(?:\bincluding|\bsuch as|\bnamely|:)\s+/i.exec(after);
  if (!start) return false;
  const items = after
    .slice(start.index + start[0].length)
    .split(/\s*,\s*|\s+and\s+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length === n && items.every((item) => ITEM.test(item));
}

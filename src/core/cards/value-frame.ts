// What a choice card's front already says about the value in its blank: wrong values must not
// contradict it. "Plains cover [...] and dunes 17 percent of the surface" leaves the plains at
// most 83 percent; "[...] of the 40 passengers" is fewer than 40 and "37 of the [...] passengers"
// more than 37; a figure the front states ("from 1754 to [...]") is no option beside the answer.
import { CLOZE_BLANK } from '../../shared/cloze.js';
import { fitsIndefinite } from './article-fit.js';

export interface ValueFrame {
  /** The largest value an option may take. */
  readonly room: number;
  /** The smallest value an option may take. */
  readonly least: number;
  /** Values the front states, never offered. */
  readonly stated: ReadonlySet<number>;
  /** The option reads right in the blank ("an [...]" takes "an 18", never "a 25"). */
  readonly reads: (option: string) => boolean;
}

export const OPEN_FRAME: ValueFrame = { room: Infinity, least: -Infinity, stated: new Set(), reads: () => true };

const SHARE = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/gi;
const FIGURE = /\d[\d,]*(?:\.\d+)?/g;
const BLANK = CLOZE_BLANK.replace(/[.[\]]/g, '\\$&');
/** "[...] of the 40", "[...] out of 12 judges", "[...] of its 300 staff": a part of a stated whole. */
const PART_OF = new RegExp(`${BLANK}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:of|out of)\\s+(?:the|its|their|his|her|all|some)?\\s*(\\d[\\d,]*)\\b(?!\\s*(?:%|percent|per cent))`, 'u');

/** "37 of the [...] passengers", "23 out of [...] crew members": the whole of a stated part. */
const WHOLE_OF = new RegExp(`\\b(\\d[\\d,]*)\\s+(?:of|out of)\\s+(?:the|its|their|his|her|all)?\\s*${BLANK}`, 'u');

const number = (s: string): number => Number(s.replace(/,/g, ''));

/**
 * The most a share in the blank can be beside the other shares its front states, when the answer
 * and the others fit in one whole (sum ≤ 100); shares of different wholes ("up 40%, to 90% of
 * homes") leave a share up to 100.
 */
export function shareRoom(front: string, answer: string): number {
  const own = [...answer.matchAll(SHARE)];
  if (own.length !== 1) return Infinity;
  const others = [...front.matchAll(SHARE)].reduce((sum, m) => sum + Number(m[1]), 0);
  const total = others + Number(own[0]![1]);
  return others > 0 && total <= 100 ? 100 - others : Infinity;
}

/** What the front allows the value in its blank (the answer `answer`) to be. */
export function frameOf(front: string, answer: string): ValueFrame {
  const part = PART_OF.exec(front);
  const whole = part && !/%|percent|per cent/i.test(answer) ? number(part[1]!) - 1 : Infinity;
  const partOf = WHOLE_OF.exec(front);
  const least = partOf && !/%|percent|per cent/i.test(answer) ? number(partOf[1]!) + 1 : -Infinity;
  const stated = new Set([...front.matchAll(FIGURE)].map((m) => number(m[0])));
  // Only when the answer reads right itself: otherwise the front was misread.
  const reads = fitsIndefinite(front, answer) ? (option: string) => fitsIndefinite(front, option) : () => true;
  return { room: Math.min(shareRoom(front, answer), whole), least, stated, reads };
}

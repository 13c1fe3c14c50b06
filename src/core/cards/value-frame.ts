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

// Every tense and the -ing form: "…, slipping to [...] from 2.0%" went unread.
const FALL = String.raw`(?:fell|fallen|falls|falling|dropped|drops|dropping|declined|declines|declining|decreased|decreasing|slipped|slips|slipping|slid|slides|sliding|dipped|dipping|eased|easing|sank|sinking|slumped|slumping|plunged|plunging|tumbled|tumbling|shrank|shrinking|down)`;
const RISE = String.raw`(?:rose|risen|rises|rising|increased|increasing|climbed|climbing|grew|grown|growing|jumped|jumping|soared|soaring|surged|surging|up)`;
/** A figure with its scale, read alike in the blank's answer and beside it ("£173m", "4.2 per cent"). */
const SCALED = String.raw`[£$€]?(\d[\d,]*(?:\.\d+)?)\s*(%|per ?cent|m|bn|million|billion|k)?`;
/** "fell to [...] from £173m", "[...], down from 71": the value in the blank is on one side of the figure it moved from. */
const MOVED_FROM = (verb: string): RegExp => new RegExp(String.raw`\b${verb}\b[^.;]{0,50}?${BLANK}[^.;]{0,30}?\bfrom\s+${SCALED}|${BLANK}[^.;]{0,20}?\b${verb}\s+from\s+${SCALED}`, 'iu');
/** "rose from 71 to [...]": the figure it moved from comes first. */
const MOVED_TO = (verb: string): RegExp => new RegExp(String.raw`\b${verb}\b[^.;]{0,40}?\bfrom\s+${SCALED}\s+to\s+${BLANK}`, 'iu');
/** "[...] points, beating the previous record of 164": a new record is above the old one. */
const RECORD_BEATEN = new RegExp(String.raw`${BLANK}[^.;]{0,60}?\b(?:beat|beats|beating|broke|breaks|breaking|surpass\w*|better\w*|exceed\w*)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?(?:previous\s+|old\s+|former\s+|\w+\s+)?record\s+of\s+${SCALED}`, 'iu');
const FALLS = [MOVED_FROM(FALL), MOVED_TO(FALL)];
const RISES = [MOVED_FROM(RISE), MOVED_TO(RISE), RECORD_BEATEN];
/** "138 times, up from [...]": the blank is the figure moved from, on the other side of the one stated. */
const MOVED_FROM_BLANK = (verb: string): RegExp => new RegExp(String.raw`${SCALED}[^.;\d]{0,40}?\b${verb}\s+from\s+[£$€]?${BLANK}`, 'iu');
/** "fell to £14.2 million from £[...]": the figure it moved to comes first. */
const MOVED_TO_FROM_BLANK = (verb: string): RegExp => new RegExp(String.raw`\b${verb}\s+to\s+${SCALED}\s+from\s+[£$€]?${BLANK}`, 'iu');
const FELL_FROM_BLANK = [MOVED_FROM_BLANK(FALL), MOVED_TO_FROM_BLANK(FALL)];
const ROSE_FROM_BLANK = [MOVED_FROM_BLANK(RISE), MOVED_TO_FROM_BLANK(RISE)];

/** "m" and "million", "%" and "per cent" are one scale. */
function scaleOf(word: string | undefined): string {
  const w = (word ?? '').toLowerCase().replace(/\s/g, '');
  return ({ million: 'm', billion: 'bn', k: 'thousand', percent: '%' } as Record<string, string>)[w] ?? w;
}

/** The figure the blank's value fell or rose from, when the front says so and the scales agree. */
function movedFrom(front: string, answer: string, patterns: readonly RegExp[]): number | null {
  const own = new RegExp(`^${SCALED}$`, 'iu').exec(answer.trim());
  if (!own) return null;
  for (const pattern of patterns) {
    const m = pattern.exec(front);
    if (!m) continue;
    const [value, scale] = m[1] !== undefined ? [m[1], m[2]] : [m[3]!, m[4]];
    if (scaleOf(scale) !== scaleOf(own[2])) return null;
    return number(value);
  }
  return null;
}

/**
 * "growth of 3.6% in 2004 …, slipping to [...] next year": the level it moved from is the last
 * figure of the same scale before the verb, when the front names no "from". Only a figure with a
 * scale ("%", "£m") counts: a bare count before it ("the 30 member countries") measures something else.
 */
function figureBefore(front: string, answer: string, verb: string): number | null {
  const own = new RegExp(`^${SCALED}$`, 'iu').exec(answer.trim());
  const at = new RegExp(String.raw`\b${verb}\s+to\s+[£$€]?${BLANK}`, 'iu').exec(front);
  // "up to [...]" is "as many as", and "down to" no fall from an earlier figure: verbs only.
  if (!own || !own[2] || !at || /^(?:up|down)\b/i.test(at[0])) return null;
  // The scale must end the word: "30 member" is no "30 m".
  const before = [...front.slice(0, at.index).matchAll(new RegExp(String.raw`${SCALED}(?!\p{L})`, 'giu'))].filter((m) => m[2]).at(-1);
  return before && scaleOf(before[2]) === scaleOf(own[2]) ? number(before[1]!) : null;
}

/** What the front allows the value in its blank (the answer `answer`) to be. */
export function frameOf(front: string, answer: string): ValueFrame {
  const part = PART_OF.exec(front);
  const partOf = WHOLE_OF.exec(front);
  // A value that fell from a figure is below it, one that rose above it: an option on the wrong
  // side is ruled out by the front itself ("fell to [...] from £173m" with £190m offered).
  const below = movedFrom(front, answer, FALLS) ?? movedFrom(front, answer, ROSE_FROM_BLANK) ?? figureBefore(front, answer, FALL);
  const above = below === null ? (movedFrom(front, answer, RISES) ?? movedFrom(front, answer, FELL_FROM_BLANK) ?? figureBefore(front, answer, RISE)) : null;
  const whole = Math.min(part && !/%|percent|per cent/i.test(answer) ? number(part[1]!) - 1 : Infinity, below ?? Infinity);
  const least = Math.max(partOf && !/%|percent|per cent/i.test(answer) ? number(partOf[1]!) + 1 : -Infinity, above ?? -Infinity);
  const stated = new Set([...front.matchAll(FIGURE)].map((m) => number(m[0])));
  // Only when the answer reads right itself: otherwise the front was misread.
  const reads = fitsIndefinite(front, answer) ? (option: string) => fitsIndefinite(front, option) : () => true;
  // A person's age ("died in 1994 aged [...]", "at the age of [...]", "a [...]-year-old") stays
  // within a lifetime: 121 and 111 were offered for a man of 72.
  const age = AGE.test(front) && /^\d{1,3}$/.test(answer.trim()) ? MAX_AGE : Infinity;
  // A latitude stays within 90 degrees: 93 and 99 were offered (set Z's judges, implausible).
  const latitude = /\[\.\.\.\]\s*(?:°|degrees?)\s*(?:north|south)?\s*(?:latitude|north|south)\b/i.test(front) ? 90 : Infinity;
  return { room: Math.min(shareRoom(front, answer), whole, age, latitude), least, stated, reads };
}

const AGE = new RegExp(String.raw`\b(?:aged|at the age of|age)\s+${BLANK}|${BLANK}[- ]years?[- ]old\b`, 'iu');
const MAX_AGE = 105;

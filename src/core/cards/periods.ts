// Spans of time the date tagger does not type: a period named by its decade or century ("the
// 1940s", "the mid-18th century") and a duration in words ("in six years"). The tagger types
// years and figures, yet when a change began and how long it took are what readers keep.
import type { Mention, Sentence } from '../nlp/index.js';

export interface PeriodSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A decade ("1940s") or an ordinal century ("18th century"), with an optional "early", "mid" or "late". */
const PERIOD = /\b(?:(?:early|mid|late)[-\s])?(?:\d{1,2}(?:st|nd|rd|th)[-\s]century|1\d{2}0s|20[0-2]0s)(?![\p{L}\p{N}-])/giu;
/**
 * What every PERIOD match holds, with the same flags: its decade's "0s" or "century". Most
 * sentences hold neither, and this plain test is ~15× quicker than the pattern's scan.
 */
const PERIOD_HINT = /0s|century/iu;

/**
 * Periods a sentence names as a time of its own, in block offsets. A period used as a modifier
 * ("1960s music", "19th century philosophers") describes a noun and is left out, as is one a
 * date mention already covers.
 */
export function periodsOf(s: Sentence, mentions: readonly Mention[]): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  if (!PERIOD_HINT.test(s.text)) return out;
  for (const match of s.text.matchAll(PERIOD)) {
    const start = s.start + match.index;
    const end = start + match[0].length;
    const next = s.tokens.find((t) => t.start >= end);
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.start - end <= 1) continue;
    if (mentions.some((m) => (m.type === 'date' || m.type === 'number') && m.start < end && start < m.end && !(m.start >= start && m.end <= end))) continue;
    out.push({ start, end, text: match[0] });
  }
  return out;
}

/** A count in words and a unit of time: "six years", "two decades". Figures in digits are number mentions already. */
const DURATION = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)\s+(?:days|weeks|months|years|decades|centuries)(?![\p{L}\p{N}'’-])/giu;
const WINDOW_BEFORE = /\b(?:first|last|past|previous|final|opening|latest)\s+$/i;
const WINDOW_AFTER = /^\s+(?:to|ending|ended|of)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+year\b)/;
/** What every DURATION match holds, with the same flags: its unit of time. */
const DURATION_HINT = /(?:day|week|month|year|decade|centurie)s/iu;

/**
 * Durations a sentence states, in block offsets. Left out: a capitalised count, the name of an
 * event ("the Seven Years' War"), an age ("six years old"), a time before now ("two years ago"
 * dates nothing a reader can keep) and a duration modifying a noun ("two years imprisonment").
 */
export function durationsOf(s: Sentence): PeriodSpan[] {
  const out: PeriodSpan[] = [];
  if (!DURATION_HINT.test(s.text)) return out;
  for (const match of s.text.matchAll(DURATION)) {
    if (/^[A-Z]/.test(match[0])) continue;
    const start = s.start + match.index;
    const end = start + match[0].length;
    const after = s.text.slice(end - s.start);
    if (/^\s+(?:old|ago|earlier|later|before|after|of age)\b/i.test(after)) continue;
    // A window a figure is measured over ("took £11.5m in its first three days", "a loss for the
    // last three months of 2004", "the three months to 31 December"): the figure is the fact, not
    // the window (judges rejected all 8 verdicts on such blanks).
    // ("The last nine years of his life" is a span of the life, and stays.)
    if ((WINDOW_BEFORE.test(s.text.slice(0, start - s.start)) && !/^\s+of\s/.test(after)) || WINDOW_AFTER.test(after)) continue;
    const next = s.tokens.find((t) => t.start >= end);
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.start - end <= 1) continue;
    out.push({ start, end, text: match[0] });
  }
  return out;
}

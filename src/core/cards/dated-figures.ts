// "In [...], the WHO estimated that nearly 45% of …", "The agency employed 250 inspectors in [...]":
// the year a figure was measured is its footnote. The figure is the fact worth a card; the date
// of the count or the estimate is trivia. So is the year a figure is compared with or changed
// to ("up from 1,380 in [...]", "fell from 38,000 in 2000 to under 9,000 in [...]", "nearly
// double the figure of [...]"), and the date a state is reported "as of". Dates of events
// ("knighted in [...]") are untouched.

const YEAR = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}$/;
const MEASURED = /\b(?:estimated|estimates|surveyed|polled|counted|employed|recorded|tallied|numbered)\b/i;
/** A figure other than a year: a count, a share or an amount. */
const FIGURE = /(?:\d[\d,.]*\s*(?:%|percent|per cent)|(?<![\d,.])(?!1[89]\d\d\b|20\d\d\b)\d[\d,.]*(?![\d,.]))/;

/** Right before the blank: a figure's "from N in", "to N in", or the year of a comparison. */
const COMPARED_IN =
  /(?:\b(?:from|to)\s+(?:about |around |nearly |almost |over |under |more than |less than |some |just )?[£$€]?\d[\d,.]*(?:\s*(?:%|per ?cent|k|m|bn|million|billion))?(?:\s+[\p{Ll}-]+){0,2}\s+in|\b(?:figure|level|total) (?:of|for|in)|\bcompared (?:with|to)|\bthan (?:in|during))\s+$/iu;

/** The answer is the date of a measurement the front reports with its figure, or of a figure's comparison. */
export function datesAFigure(front: string, answer: string): boolean {
  if (!YEAR.test(answer.trim())) return false;
  const at = front.indexOf('[...]');
  // A bare year only: "rising to 57 in [April 2028]" gives the day a rule changes, an event.
  if (at > 0 && /^\d{4}$/.test(answer.trim()) && COMPARED_IN.test(front.slice(Math.max(0, at - 60), at))) return true;
  // "As of [2012], Harvard had a reserve of $159 million": the date a state is reported at.
  if (at >= 0 && /\b[Aa]s (?:of|at)\s+$/.test(front.slice(Math.max(0, at - 10), at))) return true;
  return MEASURED.test(front) && FIGURE.test(front);
}

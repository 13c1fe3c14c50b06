// "In [...], the WHO estimated that nearly 45% of …", "The agency employed 250 inspectors in [...]":
// the year a figure was measured is its footnote. The figure is the fact worth a card; the date
// of the count or the estimate is trivia. Dates of events ("knighted in [...]") are untouched.

const YEAR = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}$/;
const MEASURED = /\b(?:estimated|estimates|surveyed|polled|counted|employed|recorded|tallied|numbered)\b/i;
/** A figure other than a year: a count, a share or an amount. */
const FIGURE = /(?:\d[\d,.]*\s*(?:%|percent|per cent)|(?<![\d,.])(?!1[89]\d\d\b|20\d\d\b)\d[\d,.]*(?![\d,.]))/;

/** The answer is the date of a measurement the front reports with its figure. */
export function datesAFigure(front: string, answer: string): boolean {
  return YEAR.test(answer.trim()) && MEASURED.test(front) && FIGURE.test(front);
}

// "Who said: 'That trip was a dream come true'?": a line of enthusiasm or feeling could come from anyone
// in the story, so "who said it" has no answer to learn from the text. A quote worth a card makes
// a claim; one that calls something cool, a gift, a dream or amazing makes none.

const SENTIMENT = /\b(?:cool|gift|fun|awesome|amazing|exciting|excited|thrilled|thrilling|dream|incredible|wonderful|fantastic|lovely|honou?red|delighted|blessed|grateful|astounding|astonishing|groundbreaking|ground-breaking|boring|proud|heartbroken|devastated)\b/i;

/** Longer than this, a quotation carries more than its feeling ("an amazing result: deaths fell by half …"). */
const MAX_OUTBURST_WORDS = 20;

/** The quotation is an outburst of feeling rather than a claim: a word of feeling, no figure, and short. */
export function genericQuote(quote: string): boolean {
  return SENTIMENT.test(quote) && !/\d/.test(quote) && quote.split(/\s+/).filter(Boolean).length <= MAX_OUTBURST_WORDS;
}

// A blank inside a bracketed unit conversion or size comparison is an aside for readers who think
// in other units ("(there are [...] nanometres in a centimetre)", "(which holds [...] litres, or
// 660 gallons, of water)"): general knowledge or a restatement, not the text's finding. A bracket
// that states a fact of its own ("dunes (covering [...] of the surface)") stays.
import { CLOZE_BLANK } from '../../shared/cloze.js';

const NUMBER = String.raw`\d[\d,.]*`;
/** "in one centimetre", "per mile": a rate between two units. */
const PER_UNIT = /\b(?:in|per)\s+(?:one|a|an|each|every)\s+\p{L}+/u;
/** "…, or 2,500 metric tons": the same amount again in another unit. */
const RESTATED = new RegExp(String.raw`(?:^|[\s,])or\s+(?:about\s+|roughly\s+|nearly\s+)?${NUMBER}\s*\p{L}`, 'u');
/** "there are …", "which contains …": an aside that explains a yardstick. */
const YARDSTICK = /^\s*(?:there\s+(?:are|is)|which\s+(?:contains?|holds?|is|measures?|weighs?)|that's|about\s+the\s+(?:size|weight|length))\b/i;

/** The text of the bracket that holds the blank, or null when the blank is not in brackets. */
function bracketAround(front: string): string | null {
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return null;
  const open = front.lastIndexOf('(', at);
  if (open < 0 || front.lastIndexOf(')', at) > open) return null;
  const close = front.indexOf(')', at);
  return close < 0 ? null : front.slice(open + 1, close);
}

/** The blank sits in a bracketed conversion or yardstick aside. */
export function inConversionAside(front: string): boolean {
  const aside = bracketAround(front);
  if (aside === null) return false;
  return PER_UNIT.test(aside) || RESTATED.test(aside) || YARDSTICK.test(aside);
}

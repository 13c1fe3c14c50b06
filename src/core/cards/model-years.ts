// "The [...] Sentra goes on sale in late January", "the [...] 15-inch i9 MacBook Pro": a year
// standing before a product's name is its model year, part of what the product is called, not
// when anything happened. Blind judges of unseen news kept none of five such cards. A year before
// an event ("the [...] Six-Day War", "the [...] Los Angeles Auto Show", "the [...] Scottish
// devolution referendum") dates the event, and stays.

const YEAR = /^(?:19|20)\d\d$/;
/** What a year names when it stands before it: an event, a season, a law, a document. */
const EVENT =
  /^(?:wars?|games|olympics?|cups?|championships?|elections?|referendums?|referenda|fairs?|expos?|expositions?|shows?|festivals?|awards?|acts?|treat(?:y|ies)|revolutions?|uprisings?|crises|crisis|summits?|conferences?|census|accords?|agreements?|conventions?|marathons?|open|series|tours?|seasons?|budgets?|reports?|survey|study|attacks?|earthquakes?|floods?|massacres?|riots?|protests?|strikes?|coup|campaigns?|prizes?|medals?|disasters?|invasions?|spills?|protocols?|races?|votes?|shootings?|bombings?|fires?|tsunamis?|hurricanes?|outbreaks?|pandemics?|epidemics?|missions?|landings?|launch|finals?|tournaments?|derby|bowl|regatta|meeting|hearings?|trials?|ruling|verdict|scandal|primar(?:y|ies)|caucus(?:es)?|debates?|draft|class|plan|law|constitution|world|grand|super)$/i;

/** The blank holds a year that stands before a product's name. */
export function modelYear(front: string, answer: string): boolean {
  if (!YEAR.test(answer.trim())) return false;
  const at = front.indexOf('[...]');
  if (at < 0) return false;
  // The year follows an article or a possessive ("the", "a", "its", "Nissan's"): it modifies what comes next.
  if (!/(?:\b(?:[Tt]he|[Aa]n?|its|their|[Nn]ew)|['’]s)\s+$/.test(front.slice(0, at))) return false;
  // What comes next: a name (capitalised, or with a digit: "15-inch", "i9"), or "model" itself.
  const after = /^\s+(?:\p{Lu}|\p{L}*\d|models?\b|version\b)/u.exec(front.slice(at + 5));
  if (!after) return false;
  const words = front.slice(at + 5).trim().split(/\s+/).slice(0, 5).map((w) => w.replace(/[^\p{L}\d-]/gu, ''));
  return !words.some((w) => EVENT.test(w));
}

// Blanks that hold a loose phrase rather than a term to learn: many answers fit, and the judge
// cannot tell which the card wants. A lowercase answer (a term, not a name or a figure) is vague
//   after a word pointing back ("these [partner companies]", "Another [master plan]"): what it
//     names was said before, so the blank is a stand-in, not a fact;
//   as a measure or collection with its "of" phrase ("a [mix of elements]", "several [quarters of revenue growth]");
//   on a generic adjective ("[new ways] of thinking");
//   made only of hollow words ("[significant reductions]", "[studies] show").
// A number after "No.", "Article" or "Route" labels a thing rather than counting it: no card either.
import { CLOZE_BLANK } from '../../shared/cloze.js';
import { isRaceDistance, SPAN_OF_TIME } from '../nlp/index.js';
import { ROLE_NOUNS } from '../nlp/lexicon.js';

const POINTING_BEFORE = /\b(?:these|those|this|that|another|such|other|same)\s*$/i;
/** A measure or a collection with its "of" phrase ("mix of elements", "quarters of growth"); "theory of evolution" is a term and stays. */
const VAGUE_HEAD_OF = /^(?:\p{Ll}+\s)?(?:mix|mixture|range|variety|number|set|series|lot|lots|kind|kinds|type|types|sort|sorts|group|groups|part|parts|piece|pieces|bit|bits|amount|amounts|quarters?|years?|months?|weeks?|days?|rounds?|waves?|layers?|levels?|ways?|forms?|aspects?|elements?)\sof\s/u;
const GENERIC_ADJECTIVE = /^(?:new|several|many|various|other|different|certain|some|more)\s/;

/**
 * Words that, alone or together, make no term: a judgement of size or time ("significant",
 * "modern") and the nouns any study or policy sentence uses ("reductions", "understanding",
 * "studies"). An answer made of nothing else ("[significant reductions]", "[studies] show",
 * "[modern understanding]") is filler: many phrasings fit the blank.
 */
const HOLLOW_WORDS = new Set([
  'significant', 'substantial', 'considerable', 'major', 'minor', 'important', 'key', 'modern', 'current', 'recent', 'growing', 'general', 'overall', 'broad', 'wide', 'widespread', 'large', 'small', 'great', 'greater', 'big', 'huge', 'dramatic', 'marked', 'notable', 'further', 'additional', 'increased', 'improved', 'better', 'early', 'initial', 'previous', 'traditional', 'common',
  // Ranks and judgements of the same kind ("the [primary influence]", "the [leading contribution]", "had \"[strong concerns]\"": set V's judges, filler).
  'primary', 'leading', 'principal', 'main', 'strong', 'serious', 'impossible', 'difficult',
  // Who or what any such sentence is about ("transmitted to [humans]", "buyers compare [products]").
  'humans', 'people', 'products', 'goods',
  'study', 'studies', 'research', 'researchers', 'experts', 'scientists', 'evidence', 'data', 'understanding', 'knowledge', 'reduction', 'reductions', 'increase', 'increases', 'decrease', 'decreases', 'improvement', 'improvements', 'change', 'changes', 'effect', 'effects', 'impact', 'impacts', 'benefit', 'benefits', 'result', 'results', 'finding', 'findings', 'concern', 'concerns', 'issue', 'issues', 'problem', 'problems', 'progress', 'gains', 'growth', 'development', 'developments', 'efforts', 'measures', 'ways', 'things', 'factors', 'role',
]);

/**
 * Words hollow only beside other hollow words: alone each is a real term ("the pitch depends on
 * its [frequency]", "the minister of [health]", "boils at a [lower] temperature"), but a phrase
 * of nothing else is filler.
 */
const HOLLOW_IN_PHRASE = new Set([
  // Comparatives and degree nouns say how much, not what ("[decreased frequency]", "to a [greater extent]").
  'decreased', 'reduced', 'lower', 'higher', 'extent', 'degree', 'frequency',
  // The generic source of a claim is not the claim ("[studies show]", "[research suggests]").
  'show', 'shows', 'suggest', 'suggests',
  // Advice that any health or lifestyle page gives ("promote [better health]", "eat [healthy foods]"), and talk about talk ("[widespread speculation]").
  'healthy', 'unhealthy', 'healthier', 'health', 'foods', 'habits', 'behaviors', 'behaviours', 'eating', 'speculation',
  'influence', 'contribution', 'situation', 'find',
]);

/** Every word of the lowercase answer is a hollow word: a phrase, not a term. */
function hollowAnswer(answer: string): boolean {
  const words = answer.toLowerCase().split(/\s+/);
  if (words.length === 1) return HOLLOW_WORDS.has(words[0]!);
  return words.length <= 3 && words.every((w) => HOLLOW_WORDS.has(w) || HOLLOW_IN_PHRASE.has(w));
}

/**
 * An office that stands for its holder ("The [health secretary] said …", "a letter to the
 * [education secretary]") or is a title before a name ("has named [interim coach] Rob Howley"):
 * the holder's name fits the blank as well, and the office is a label, not the fact (set Q2's and
 * Z's judges: ambiguous). An office as what someone became ("was appointed [chief executive]") stays.
 */
function roleForPerson(front: string, answer: string): boolean {
  const head = answer.toLowerCase().split(/\s+/).at(-1)!;
  if (!ROLE_NOUNS.has(head) || answer.split(/\s+/).length > 3) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const before = front.slice(0, at);
  const after = front.slice(at + CLOZE_BLANK.length);
  return /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after) || (/\bthe\s+$/i.test(before) && !/\b(?:as|became|become|becomes|appointed|named|elected|made|was|is)\s+the\s+$/i.test(before));
}

const QUOTED_BLANK = /["“‘]\[\.\.\.\][.,!?]?["”’]/;
const SAYING = /\b(?:said|says|say|told|tells|noting|noted|added|described|warned|called it)\b/i;
const EVALUATIVE = /^(?:worst|best|seamless|rare|strong|impossible|great|huge|real|total|complete|perfect|terrible|serious|clear|deep|grave|major|absolute|unique|fantastic|amazing|incredible|massive|tremendous|historic|good|bad|significant|difficult)\s/i;

/** The blank of `front` holds a vague lowercase phrase (`answer`), not a term. */
export function vagueBlank(front: string, answer: string): boolean {
  if (!/^\p{Ll}/u.test(answer)) return false;
  if (hollowAnswer(answer)) return true;
  if (roleForPerson(front, answer)) return true;
  // The whole of a quoted phrase someone said ('a museum expert has said … is a "[rare find]"',
  // 'told … the US had "[strong concerns]"') or a quoted judgement ('deliver a "[seamless
  // experience]"'): the speaker's wording, which many others would fit (set V's judges, filler).
  // Not a term set in quotes ('a type of "[hypersensitive pneumonitis]"'), which the dev set's judges kept.
  if (answer.includes(' ') && QUOTED_BLANK.test(front) && (SAYING.test(front) || EVALUATIVE.test(answer))) return true;
  if (!answer.includes(' ')) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at >= 0 && POINTING_BEFORE.test(front.slice(Math.max(0, at - 10), at))) return true;
  return VAGUE_HEAD_OF.test(answer) || GENERIC_ADJECTIVE.test(answer);
}

/** "Convention No. [129]", "Route [66]", "Article [5]": a number that labels a thing rather than counts it. */
const LABEL_BEFORE = /\b(?:No\.|Nos\.|Number|Art\.|Article|Section|Route|Resolution|Convention|Chapter|Flight|Highway|Interstate|#)\s*$/;

/** A clock time or a pair of them before "a.m."/"p.m." ("between [5 and 8] a.m."): the hour of a schedule, not a figure to learn. */
const CLOCK = /^\d{1,2}(?:[.:]\d\d)?(?:\s*(?:and|to|-|–)\s*\d{1,2}(?:[.:]\d\d)?)?$/;
const CLOCK_AFTER = /^\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;

const UNIT_AMOUNT = /^[A-Z]{0,3}[$£€¥]\s?1(?:\.0+)?$/;
const KNOWN_EVENT_AFTER = /^\s+(?:global\s+financial\s+crisis|financial\s+crisis|(?:Rio|London|Beijing|Athens|Sydney|Tokyo|Sochi|Vancouver|PyeongChang|Pyeongchang|Atlanta|Barcelona|Seoul)\s+(?:Olympics|Olympic Games|Paralympics|Winter Olympics|Games))\b/;

/** The blank holds a number that names a thing (a treaty's, a road's), a label to look up, not a figure to learn, or a clock time. */
export function labelNumber(front: string, answer: string): boolean {
  const at = front.indexOf(CLOZE_BLANK);
  if (at >= 0 && CLOCK.test(answer.trim()) && CLOCK_AFTER.test(front.slice(at + CLOZE_BLANK.length))) return true;
  // The unit side of a rate ("fixed at C$1.10 = [US$1.00]"): the other side is the fact (both set V judges, trivia).
  if (at >= 0 && UNIT_AMOUNT.test(answer.trim()) && (/=\s*$/.test(front.slice(0, at)) || /^\s*=/.test(front.slice(at + CLOZE_BLANK.length)))) return true;
  // The year of an event every reader dates ("the [2008] global financial crisis", "the [2016] Rio Olympics"): general knowledge (both set V judges).
  if (at >= 0 && /^(?:19|20)\d\d$/.test(answer.trim()) && KNOWN_EVENT_AFTER.test(front.slice(at + CLOZE_BLANK.length))) return true;
  if (!/^\d[\d,]*$/.test(answer.trim())) return false;
  // "one of the [800] metres favourites": the event's name (nlp/values.ts).
  if (at >= 0 && isRaceDistance(answer, front.slice(at + CLOZE_BLANK.length), front.slice(0, at))) return true;
  return at >= 0 && LABEL_BEFORE.test(front.slice(Math.max(0, at - 16), at));
}


/**
 * A figure given to three decimals or more ("yield 1.786%", "the euro at $1.1075", "16.057%"):
 * a market reading no one keeps to that precision, and options a thousandth apart test nothing.
 */
export function overPrecise(answer: string): boolean {
  return /\d\.\d{3,}(?!\d)/u.test(answer);
}

const SPAN = new RegExp(`^${SPAN_OF_TIME}['’]?$`, 'i');
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_OR_YEAR = String.raw`(?:${MONTH_NAME}|\d{4})`;
const MONTH_AND_YEAR = new RegExp(String.raw`^(?:${MONTH_NAME}\s+)?\d{4}$`);
const DATE_RANGE = new RegExp(String.raw`\b(?:from\s+${MONTH_OR_YEAR}[^.;]{0,20}?\s+(?:to|until|through)\s+${MONTH_OR_YEAR}|between\s+${MONTH_OR_YEAR}[^.;]{0,20}?\s+and\s+${MONTH_OR_YEAR})`);

/**
 * A span of time that counts from the day of writing ("In [four days], Unison will start
 * balloting", "in [two weeks'] time"), meaningless when the card is studied, or one the front
 * gives by its dates ("shut in the [three months] from October to December"). Both set R judges
 * rejected one of each (trivia; gives-away).
 */
export function relativeSpan(front: string, answer: string): boolean {
  if (!SPAN.test(answer.trim())) return false;
  const at = front.indexOf(CLOZE_BLANK);
  if (at < 0) return false;
  const before = front.slice(0, at);
  const after = front.slice(at + CLOZE_BLANK.length);
  if (/(?:^|[.!?]\s+)(?:In|Within)\s+$/.test(before) || (/\bin\s+$/i.test(before) && /^['’]?\s+time\b/.test(after))) return true;
  return DATE_RANGE.test(front);
}

/**
 * The end of the period a figure is measured over ("growth, which it forecast at 6.5% in the year
 * to [March 2005]"): the window, not the fact (both set S judges: trivia; "'2005' would also fit").
 */
export function periodEnd(front: string, answer: string): boolean {
  const at = front.indexOf(CLOZE_BLANK);
  return at >= 0 && MONTH_AND_YEAR.test(answer.trim()) && /\b(?:year|years|months|quarter|weeks|period)\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?$/i.test(front.slice(Math.max(0, at - 40), at));
}

// Timeline and key numbers: dated events and the figures an article gives, each with the clause
// of its sentence that says what happened or what the figure counts.
import type { AnalyzedText, Mention, Sentence } from '../nlp/index.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const CLAUSE_OPENERS = /\b(after|since|before|until|when|while|as|because|following)\s+$/i;
const MAX_WORDS = 22;

/** "August 2022" → "2022-08", "June 20, 2023" → "2023-06-20", "2021" → "2021"; null without a year. */
export function isoDateOf(text: string): string | null {
  const year = /\b(1[5-9]\d\d|2\d\d\d)\b/.exec(text)?.[1];
  if (!year) return null;
  const lower = text.toLowerCase();
  const month = MONTHS.findIndex((m) => new RegExp(`\\b(${m}|${m.slice(0, 3)}${m === 'september' ? 't?' : ''})\\b`).test(lower));
  if (month < 0) return year;
  const mm = String(month + 1).padStart(2, '0');
  const day = /\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)/.exec(text.replace(year, ''))?.[1];
  return day && Number(day) >= 1 && Number(day) <= 31 ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The clause of `sentence` around the mention; the mention (with its preposition) is left out,
 * or replaced by `stand` ("…" for numbers, whose clause says what they count). */
function clauseAround(sentence: Sentence, start: number, end: number, stand = ''): string {
  const s = sentence.text;
  const localStart = start - sentence.start;
  const localEnd = end - sentence.start;
  let from = 0;
  const before = s.slice(0, localStart);
  const opener = [...before.matchAll(/\b(after|since|before|until|when|while|following)\b/gi)].at(-1);
  const comma = before.lastIndexOf(', ');
  if (opener && opener.index! > comma) from = opener.index! + opener[0].length;
  else if (comma >= 0 && localStart - comma < 120) from = comma + 2;
  let to = s.length;
  const nextComma = s.indexOf(', ', localEnd);
  // Keep a name that closes the clause after a comma ("…, Nancy Pelosi.").
  if (nextComma >= 0 && !/^,\s+(?:[A-Z][\w'’-]+\s?){1,4}[.!?]?$/.test(s.slice(nextComma))) to = nextComma;
  const head = stand ? s.slice(from, localStart) : s.slice(from, localStart).replace(/\b(in|on|at|of|during|by)\s+$/i, '').replace(CLAUSE_OPENERS, '');
  const clause = `${head}${stand}${s.slice(localEnd, to)}`;
  const words = clause.replace(/\s+/g, ' ').replace(/[\s,;:]+([.!?])?$/, '').replace(/^\W+/, '').trim().split(' ');
  const text = words.slice(0, MAX_WORDS).join(' ').replace(/[.;:,]$/, '');
  return words.length > MAX_WORDS ? `${text}…` : text;
}

export function timeline(text: AnalyzedText): { date: string; event: string }[] {
  const seen = new Set<string>();
  const out: { date: string; event: string }[] = [];
  for (const m of text.mentions) {
    if (m.type !== 'date') continue;
    const date = isoDateOf(m.text);
    const sentence = text.sentences[m.sentence];
    if (!date || !sentence) continue;
    const event = clauseAround(sentence, m.start, m.end);
    const key = `${date}|${event}`;
    if (event.split(' ').length < 3 || seen.has(key)) continue;
    seen.add(key);
    out.push({ date, event });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function isMeaningfulNumber(m: Mention): boolean {
  return m.type === 'number' && !/^(one|a|an)$/i.test(m.text);
}

export function keyNumbers(text: AnalyzedText): { value: string; what: string }[] {
  const out: { value: string; what: string }[] = [];
  for (const m of text.mentions) {
    const sentence = text.sentences[m.sentence];
    if (!isMeaningfulNumber(m) || !sentence) continue;
    const what = clauseAround(sentence, m.start, m.end, '…');
    if (what.split(' ').length >= 3) out.push({ value: m.text, what });
  }
  return out.slice(0, 12);
}

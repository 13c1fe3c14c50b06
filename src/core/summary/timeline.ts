// Timeline and key numbers: dated events and the figures an article gives, each with the clause
// of its sentence that says what happened or what the figure counts. Days the text names only
// relative to when it was written ("on Monday", "yesterday", "last November") are dated from
// the article's publication date when it has one.
import type { AnalyzedText, Mention, Sentence } from '../nlp/index.js';
import { relativeDates, resolveYear } from './relative-dates.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Each month by its name or its abbreviation ("sep" or "sept"), as whole words: built once, not per date. */
const MONTH_NAMES = MONTHS.map((m) => new RegExp(`\\b(${m}|${m.slice(0, 3)}${m === 'september' ? 't?' : ''})\\b`));
const CLAUSE_OPENERS = /\b(after|since|before|until|when|while|as|because|following)\s+$/i;
const MAX_WORDS = 22;

/** "August 2022" → "2022-08", "June 20, 2023" → "2023-06-20", "2021" → "2021"; null without a
 * year, unless `published` (ISO) gives one for a month and day ("March 21" → the last March 21
 * on or before publication). */
export function isoDateOf(text: string, published: string | null = null): string | null {
  const lower = text.toLowerCase();
  const month = MONTH_NAMES.findIndex((pattern) => pattern.test(lower));
  let year = /\b(1[5-9]\d\d|2\d\d\d)\b/.exec(text)?.[1];
  if (!year && month >= 0 && published) {
    const day = /\b([0-3]?\d)(st|nd|rd|th)?\b/.exec(text)?.[1];
    if (day) year = resolveYear(published, month + 1, Number(day)) ?? undefined;
  }
  if (!year) return null;
  if (month < 0) return year;
  const mm = String(month + 1).padStart(2, '0');
  const day = /\b([0-3]?\d)(st|nd|rd|th)?\b(?!\d)/.exec(text.replace(year, ''))?.[1];
  return day && Number(day) >= 1 && Number(day) <= 31 ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

const VERBAL = new Set(['VERB', 'AUX']);

/** "and"/"but" between sentence offsets `from` and `to` (local) that start a new verb clause:
 * the next word, or the one after an adverb ("and actually led"), is a verb. */
function clauseJoins(sentence: Sentence, from: number, to: number): { start: number; end: number }[] {
  const tokens = sentence.tokens;
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    const at = t.start - sentence.start;
    if (at < from || at >= to || !/^(?:and|but)$/i.test(t.text)) continue;
    const next = tokens[k + 1]!;
    const verb = VERBAL.has(next.pos) || (next.pos === 'ADV' && VERBAL.has(tokens[k + 2]?.pos ?? ''));
    if (verb) out.push({ start: at, end: next.start - sentence.start });
  }
  return out;
}

/** The clause of `sentence` around the mention; the mention (with its preposition) is left out,
 * or replaced by `stand` ("…" for numbers, whose clause says what they count). */
function clauseAround(sentence: Sentence, start: number, end: number, stand = '', others: readonly { start: number; end: number }[] = []): string {
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
  // Two dates in one sentence, two events: "finished sixth in 2004 and led in 2007" gives each
  // date its own half, cut at the "and"/"but" between them that joins two verbs' clauses (not
  // at the "and" of "Kenyatta and Ruto").
  for (const o of others) {
    const oStart = o.start - sentence.start;
    const oEnd = o.end - sentence.start;
    if (oStart >= localEnd) {
      const join = clauseJoins(sentence, localEnd, oStart).at(-1);
      if (join) to = Math.min(to, join.start);
    } else if (oEnd <= localStart) {
      const join = clauseJoins(sentence, oEnd, localStart).at(0);
      if (join) from = Math.max(from, join.end);
    }
  }
  // A date that opens the sentence ("On Sunday, the minister met …"): its event follows the comma.
  let nextComma = s.indexOf(', ', localEnd);
  if (nextComma >= 0 && s.slice(localEnd, nextComma).trim() === '' && s.slice(from, localStart).replace(/\b(?:in|on|at|during|by|this|last)\s*$/i, '').trim() === '') nextComma = s.indexOf(', ', nextComma + 2);
  // Keep a name that closes the clause after a comma ("…, Nancy Pelosi.").
  if (nextComma >= 0 && nextComma < to && !/^,\s+(?:[A-Z][\w'’-]+\s?){1,4}[.!?]?$/.test(s.slice(nextComma))) to = nextComma;
  const head = stand ? s.slice(from, localStart) : s.slice(from, localStart).replace(/\b(?:(?:in|on|at|of|during|by)\s+)?(?:this|last|next)?\s*$/i, '').replace(CLAUSE_OPENERS, '');
  const clause = `${head}${stand}${s.slice(localEnd, to)}`;
  const words = clause.replace(/\s+/g, ' ').replace(/[\s,;:]+([.!?])?$/, '').replace(/^\W+/, '').trim().split(' ');
  const text = words.slice(0, MAX_WORDS).join(' ').replace(/[.;:,]$/, '');
  return words.length > MAX_WORDS ? `${text}…` : text;
}

export function timeline(text: AnalyzedText, published: string | null = null): { date: string; event: string }[] {
  const dated: { sentence: number; start: number; end: number; date: string | null }[] = [];
  for (const m of text.mentions) if (m.type === 'date') dated.push({ sentence: m.sentence, start: m.start, end: m.end, date: isoDateOf(m.text, published) });
  if (published) {
    for (const r of relativeDates(text.sentences, published)) {
      const overlaps = dated.some((d) => d.sentence === r.sentence && d.start < r.end && r.start < d.end);
      if (!overlaps) dated.push(r);
    }
  }
  const seen = new Set<string>();
  const out: { date: string; event: string }[] = [];
  for (const d of dated) {
    const sentence = text.sentences[d.sentence];
    if (!d.date || !sentence) continue;
    const others = dated.filter((o) => o !== d && o.sentence === d.sentence && o.date !== d.date);
    const event = clauseAround(sentence, d.start, d.end, '', others);
    // The same event told twice (a lead and its caption) is one entry.
    const key = `${d.date}|${event.toLowerCase()}`;
    if (event.split(' ').length < 3 || seen.has(key)) continue;
    seen.add(key);
    out.push({ date: d.date, event });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

function isMeaningfulNumber(m: Mention): boolean {
  return m.type === 'number' && !/^(one|a|an)$/i.test(m.text);
}

/** A duration or measure written in words ("a two-day visit", "a half-hour meeting"): the NLP
 * layer keeps only figures in digits, but these say how long or how much just the same. */
const WORD_MEASURE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half)-(?:second|minute|hour|day|night|week|month|year|decade|century|mile|game|match|point|seat|storey|story|man|member|page)s?\b/gi;

function wordMeasures(text: AnalyzedText): { sentence: number; start: number; end: number }[] {
  const out: { sentence: number; start: number; end: number }[] = [];
  for (const s of text.sentences) {
    // Every measure holds its hyphen: most sentences have none, and need no scan.
    if (!s.text.includes('-')) continue;
    for (const m of s.text.matchAll(WORD_MEASURE)) out.push({ sentence: s.index, start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  return out;
}

export function keyNumbers(text: AnalyzedText): { value: string; what: string }[] {
  const out: { value: string; what: string }[] = [];
  const seen = new Set<string>();
  const figures = [...text.mentions.filter(isMeaningfulNumber), ...wordMeasures(text)].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  for (const m of figures) {
    const sentence = text.sentences[m.sentence];
    if (!sentence) continue;
    // A currency sign before the figure and a unit letter glued after it ("£446million",
    // "338.5p") belong to the value: without them it does not say what it measures.
    const s = sentence.text;
    let start = m.start;
    let end = m.end;
    while (start > sentence.start && /[$£€¥]/.test(s[start - sentence.start - 1]!)) start--;
    while (end < sentence.end && /[%p]/.test(s[end - sentence.start] ?? '') && !/[\p{L}\p{N}]/u.test(s[end - sentence.start + 1] ?? '')) end++;
    const value = s.slice(start - sentence.start, end - sentence.start);
    const what = clauseAround(sentence, start, end, '…');
    const key = `${value}|${what.toLowerCase()}`;
    if (what.split(' ').length < 3 || seen.has(key)) continue;
    seen.add(key);
    out.push({ value, what });
  }
  return out.slice(0, 12);
}

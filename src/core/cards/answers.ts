// Which span of a sentence is worth blanking: a whole name, a date, a number with its range, or
// a key term (a noun phrase the article keeps returning to, or a short quoted phrase).
import type { Entity, Mention, Sentence, Token } from '../nlp/index.js';
import { PRONOUNS } from '../nlp/index.js';
import type { CardContext } from './context.js';
import type { AnswerType } from './types.js';

export interface Answer {
  readonly type: AnswerType;
  /** Block offsets of the answer in the sentence's block. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly fact: string;
  readonly count: number;
  readonly weight: number;
  readonly mention?: Mention;
  readonly entity?: Entity;
}

const TYPE_WEIGHT: Readonly<Record<AnswerType, number>> = { date: 0.96, number: 0.92, person: 1, organization: 0.9, place: 0.72, name: 0.75, term: 0.62, role: 0.9 };
const GENERIC = new Set(['thing', 'things', 'way', 'time', 'year', 'years', 'people', 'part', 'parts', 'issue', 'issues', 'number', 'lot', 'kind', 'fact', 'point', 'case', 'day', 'days', 'end', 'side', 'sides', 'area', 'world', 'country', 'countries', 'place', 'today', 'week', 'month', 'course', 'regard', 'addition', 'order', 'something', 'anything', 'other', 'others', 'level', 'type', 'example', 'step', 'problem', 'question']);

/** Entity and value mentions of a sentence that make a whole, learnable answer. */
function mentionAnswers(ctx: CardContext, s: Sentence, totalNames: number): Answer[] {
  const out: Answer[] = [];
  for (const m of ctx.mentionsOf(s.index)) {
    const entity = ctx.entityOf(m);
    // Part of a longer whole: "[...]-year", "Customs and [...]", "[...] of the People".
    const prev = s.tokens[m.tokenStart - 1];
    const next = s.tokens[m.tokenEnd];
    if (/^[-–]$/.test(prev?.text ?? '') || /^[-–]$/.test(next?.text ?? '') || /[-–]/.test(m.text.replace(/^\d[\d,.]*\s*[-–]\s*\d/, ''))) continue;
    const capitalBefore = /^[A-Z]/.test(s.tokens[m.tokenStart - 2]?.text ?? '') && /^(?:and|of|&)$/.test(prev?.text ?? '');
    const capitalAfter = /^[A-Z]/.test(s.tokens[m.tokenEnd + 1]?.text ?? '') && /^(?:and|of|&)$/.test(next?.text ?? '');
    if (m.type !== 'date' && m.type !== 'number' && (capitalBefore || capitalAfter)) continue;
    if (m.type === 'date' || m.type === 'number') {
      const repeats = ctx.spread(m.text);
      out.push({ type: m.type, start: m.start, end: m.end, text: m.text, fact: m.text.toLowerCase(), count: repeats, weight: TYPE_WEIGHT[m.type], mention: m });
      continue;
    }
    // A short form ("Blinken") is a partial name: never blanked alone.
    if (m.type === 'person' && m.text !== m.canonical) continue;
    if (!entity || PRONOUNS.has(m.text.toLowerCase())) continue;
    // A one-word name the article keeps returning to ("Fentanyl") is a key term; else too vague.
    const single = m.type === 'name' && !m.text.includes(' ');
    const spread = single ? ctx.spread(m.text) : 0;
    if (single && (spread < 3 || GENERIC.has(m.text.toLowerCase()))) continue;
    // "Chinese President [...]": a title right before the gap gives the person away.
    const before = s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start).trimEnd();
    if (m.type === 'person' && ctx.analysis.roles.some((r) => r.person === m.canonical && before.endsWith(r.role))) continue;
    let weight = TYPE_WEIGHT[m.type];
    if (single) weight = 0.7 + 0.06 * Math.min(spread, 6);
    // The article's dominant entity ("China" in a piece on China) is too easy to guess.
    if (totalNames > 0 && entity.count / totalNames > 0.15) weight *= 0.55;
    out.push({ type: m.type, start: m.start, end: m.end, text: m.text, fact: m.canonical.toLowerCase(), count: entity.count, weight, mention: m, entity });
  }
  return out;
}

const CHUNK_POS = /^(ADJ|NOUN)$/;

/** Noun phrases made of adjectives and nouns ("chemical precursors", "mutual respect and sincerity"). */
function termAnswers(ctx: CardContext, s: Sentence): Answer[] {
  const out: Answer[] = [];
  const tokens = s.tokens;
  const quoteDepth = quoteMask(tokens);
  let i = 0;
  while (i < tokens.length) {
    const afterHyphen = i > 0 && /^[-–]$/.test(tokens[i - 1]!.text);
    if (!CHUNK_POS.test(tokens[i]!.pos) || tokens[i]!.stop || !/^[a-z]/.test(tokens[i]!.text) || afterHyphen) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && CHUNK_POS.test(tokens[j]!.pos) && /^[a-z][a-z-]*$/.test(tokens[j]!.text)) j++;
    // "X and Y": coordinated nouns stay one answer.
    if (tokens[j]?.text === 'and' && tokens[j + 1]?.pos === 'NOUN' && /^[a-z]/.test(tokens[j + 1]!.text)) {
      j += 2;
      while (j < tokens.length && tokens[j]!.pos === 'NOUN' && /^[a-z]/.test(tokens[j]!.text)) j++;
    }
    // End on a noun.
    let end = j;
    while (end > i && tokens[end - 1]!.pos !== 'NOUN') end--;
    const words = tokens.slice(i, end);
    if (words.length >= 1 && words.length <= 5) {
      const head = words.at(-1)!;
      const counts = words.filter((t) => t.pos === 'NOUN').map((t) => ctx.analysis.lemmaCounts.get(t.lemma) ?? 1);
      const count = Math.max(...counts);
      const quoted = quoteDepth[i] === 1;
      const generic = GENERIC.has(head.text.toLowerCase()) && words.length === 1;
      // Two words at least: a lone common noun ("relations") is filler, not a term to learn.
      const enough = words.length >= 2 && (count >= 2 || quoted) && words.some((t) => t.pos === 'NOUN' && !GENERIC.has(t.text.toLowerCase()));
      if (!generic && enough && !words.some((t) => PRONOUNS.has(t.text.toLowerCase()))) {
        const text = s.text.slice(words[0]!.start - s.start, head.end - s.start);
        const weight = TYPE_WEIGHT.term * (quoted ? 1.25 : 1) * Math.min(1.3, 0.8 + 0.1 * count);
        out.push({ type: 'term', start: words[0]!.start, end: head.end, text, fact: head.lemma, count, weight });
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** 1 for tokens inside double quotes, else 0. */
export function quoteMask(tokens: readonly Token[]): number[] {
  let inside = 0;
  return tokens.map((t) => {
    if (t.text === '“') inside = 1;
    else if (t.text === '”') inside = 0;
    else if (t.text === '"') inside = 1 - inside;
    return inside;
  });
}

/** All answers of a sentence, best first. */
export function answersOf(ctx: CardContext, s: Sentence): Answer[] {
  const answers = [...mentionAnswers(ctx, s, ctx.totalNames), ...termAnswers(ctx, s)];
  return answers.sort((a, b) => b.weight - a.weight || a.start - b.start);
}

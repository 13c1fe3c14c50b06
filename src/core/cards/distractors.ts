// Wrong options for choice cards: of the answer's type, taken from the article first and from
// a short built-in list of the same type after; for numbers and years, nearby values in the
// same unit. A candidate that is another form of the answer, or that the article also states
// in the same context (and so would be correct too), is never offered.
import { CITIES, COUNTRIES } from '../nlp/index.js';
import type { Entity } from '../nlp/index.js';
import { containsWord, type CardContext } from './context.js';
import type { Answer } from './answers.js';

// Built-in wrong options only for places, where any other city or country is of the same kind;
// a built-in person or organisation ("World Bank" beside research institutes) is of the wrong kind
// more often than not, so people and organisations come from the article alone.
const BUILT_IN: Readonly<Record<string, readonly string[]>> = {
  country: [...COUNTRIES].filter((c) => c.length > 3 && !c.includes('.')),
  city: [...CITIES],
};

const ACRONYM = /^[A-Z][A-Z0-9&.]+$/;

/** Deterministic pseudo-random order, so regenerating gives the same cards. */
export function seededOrder<T>(items: readonly T[], seed: string): T[] {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  const keyed = items.map((item, i) => {
    let k = Math.imul(h ^ (i + 1), 2654435761) >>> 0;
    k ^= k >>> 15;
    return { item, k };
  });
  return keyed.sort((a, b) => a.k - b.k).map((x) => x.item);
}

function sameEntity(a: Entity, b: Entity): boolean {
  if (a.canonical === b.canonical) return true;
  const aw = new Set(a.aliases.flatMap((x) => x.split(' ')));
  return b.aliases.some((x) => x.split(' ').some((w) => w.length > 2 && aw.has(w)));
}

/** True when the article puts `name` in another sentence that shares most of this front's words. */
function alsoCorrect(ctx: CardContext, answer: Answer, sentence: number, name: string): boolean {
  const s = ctx.analysis.sentences[sentence]!;
  const words = new Set(s.tokens.filter((t) => !t.stop && /^(NOUN|VERB|PROPN|ADJ)$/.test(t.pos) && (t.start < answer.start || t.start >= answer.end)).map((t) => t.lemma));
  if (words.size === 0) return false;
  for (const index of ctx.sentencesOf(name)) {
    if (index === sentence) continue;
    const other = ctx.analysis.sentences[index]!;
    const shared = other.tokens.filter((t) => words.has(t.lemma)).length;
    if (shared / words.size >= 0.5) return true;
  }
  return false;
}

/** Named in the body of the article (a sentence fit for a card), not only in a menu line or a heading. */
function inBody(ctx: CardContext, canonical: string): boolean {
  for (const index of ctx.sentencesOf(canonical)) if (ctx.eligible(ctx.analysis.sentences[index]!)) return true;
  return false;
}

function nameDistractors(ctx: CardContext, answer: Answer, front: string, sentence: number): string[] | null {
  const entity = answer.entity;
  if (!entity) return null;
  const subtype = entity.subtype;
  const fromArticle = [...ctx.analysis.entities.values()]
    .filter((e) => e.type === entity.type && (entity.type !== 'place' || !subtype || e.subtype === subtype))
    .filter((e) => !sameEntity(entity, e) && !e.aliases.some((a) => containsWord(front, a)))
    .filter((e) => entity.type !== 'person' || e.canonical.includes(' '))
    // Of the answer's shape: an acronym among acronyms, a full name among full names.
    .filter((e) => ACRONYM.test(e.canonical) === ACRONYM.test(entity.canonical))
    .filter((e) => inBody(ctx, e.canonical) && !alsoCorrect(ctx, answer, sentence, e.canonical))
    .sort((a, b) => b.count - a.count || a.canonical.localeCompare(b.canonical))
    .map((e) => e.canonical);
  const pool = entity.type === 'place' ? BUILT_IN[subtype] ?? [] : [];
  const extra = seededOrder(pool, answer.text).filter((n) => n !== entity.canonical && !entity.aliases.includes(n) && !containsWord(front, n) && !fromArticle.includes(n) && !ctx.analysis.entities.has(n));
  const all = [...fromArticle, ...extra].slice(0, 3);
  return all.length === 3 ? all : null;
}

/** Replaces every number in `text` by `f(number)`, keeping the words around it ("18 to 45"). */
function mapNumbers(text: string, f: (n: number) => number): string {
  return text.replace(/\d[\d,]*(?:\.\d+)?/g, (digits) => {
    const n = Number(digits.replace(/,/g, ''));
    const m = f(n);
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    const out = m.toFixed(decimals);
    // "600" → "1,200": thousands get their separator when the answer's style would show one.
    return digits.includes(',') || (n < 1000 && m >= 1000 && decimals === 0) ? Number(out).toLocaleString('en-US') : out;
  });
}

function valueDistractors(answer: Answer): string[] | null {
  if (!/\d/.test(answer.text)) return null;
  const isYear = answer.type === 'date';
  const keep = (n: number, m: number) => (Number.isInteger(n) ? Math.max(1, Math.round(m)) : m);
  const steps = isYear
    ? [(n: number) => (n >= 1000 ? n - 1 : n), (n: number) => (n >= 1000 ? n + 1 : n), (n: number) => (n >= 1000 ? n - 3 : n)]
    : [(n: number) => keep(n, n * 0.5), (n: number) => keep(n, n * 1.5), (n: number) => keep(n, n * 2)];
  const out = steps.map((f) => mapNumbers(answer.text, f)).filter((v, i, all) => v !== answer.text && all.indexOf(v) === i);
  return out.length === 3 ? out : null;
}

/** Three distractors for the answer, or null when three good ones cannot be found. */
export function distractorsFor(ctx: CardContext, answer: Answer, front: string, sentence: number): string[] | null {
  switch (answer.type) {
    case 'person':
    case 'organization':
    case 'place':
      return nameDistractors(ctx, answer, front, sentence);
    case 'date':
    case 'number':
      return valueDistractors(answer);
    default:
      return null;
  }
}

// Ranking and selection: score = sentence importance × the card's answer weight; then take the
// best cards, one fact once, about one card per `wordsPerCard` words.
import type { CardContext, Draft } from './context.js';

export interface Ranked {
  readonly draft: Draft;
  readonly score: number;
}

const SAME_ANSWER_LIMIT = 1;
const SAME_SPEAKER_LIMIT = 3;

const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function overlaps(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || (x.length > 3 && y.includes(x)) || (y.length > 3 && x.includes(y));
}

export function rankDrafts(ctx: CardContext, drafts: readonly Draft[]): Ranked[] {
  return drafts
    .map((draft) => ({ draft, score: (ctx.sentenceScore[draft.sentence.index] ?? 0) * draft.weight }))
    .sort((a, b) => b.score - a.score || a.draft.sentence.index - b.draft.sentence.index || a.draft.kind.localeCompare(b.draft.kind) || a.draft.back.localeCompare(b.draft.back));
}

/** The best cards that test different facts, at most `count`. */
export function selectCards(ranked: readonly Ranked[], count: number): Ranked[] {
  const chosen: Ranked[] = [];
  const facts = new Set<string>();
  const sentenceUse = new Map<number, Draft[]>();
  const sourceTexts = new Map<string, number>();
  const answerUse = new Map<string, number>();
  for (const r of ranked) {
    if (chosen.length >= count) break;
    const d = r.draft;
    const s = d.sentence.index;
    const factKey = d.kind === 'quote' || d.kind === 'identity' ? d.fact : `${d.fact}@${s}`;
    if (facts.has(factKey)) continue;
    const onSentence = sentenceUse.get(s) ?? [];
    // One card per sentence; an identity card may share it when it tests something else.
    const clash = onSentence.some((o) => (o.kind !== 'identity' && d.kind !== 'identity') || overlaps(o.back, d.back) || o.fact === d.fact);
    if (clash) continue;
    // The same sentence repeated in the text (a pull quote kept in the body) is one fact.
    const textKey = norm(d.sentence.text);
    if (sourceTexts.has(textKey) && sourceTexts.get(textKey) !== s) continue;
    const answerKey = norm(d.back);
    const limit = d.kind === 'quote' ? SAME_SPEAKER_LIMIT : SAME_ANSWER_LIMIT;
    if ((answerUse.get(`${d.kind === 'quote' ? 'q' : 'a'}:${answerKey}`) ?? 0) >= limit) continue;
    chosen.push(r);
    facts.add(factKey);
    sentenceUse.set(s, [...onSentence, d]);
    sourceTexts.set(textKey, s);
    const useKey = `${d.kind === 'quote' ? 'q' : 'a'}:${answerKey}`;
    answerUse.set(useKey, (answerUse.get(useKey) ?? 0) + 1);
  }
  return chosen;
}

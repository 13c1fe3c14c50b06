// Merging a fresh generation of an article's cards into the cards already stored for it.
//
// Matching, in two passes: first by id; then, for cards still unmatched, by content (kind,
// source sentence text and answer — the generator's answer for edited cards), which catches
// cards whose id moved because their paragraph or offset moved. A matched card keeps its id,
// status, schedule, suspension, leech mark, user edits and creation time (so the review log,
// keyed by card id, stays attached); its generated content and source position are refreshed.
//
// Existing cards the generator did not propose again:
//   - dropped:   stay, still dropped — remembered so they never return as untriaged;
//   - untriaged: removed — they have no history and the new generation replaces them;
//   - kept:      stay. If their source sentence (same text) is still among the generated cards'
//                sources or the article's sentences, the source is moved to where that sentence now is; otherwise the card is
//                flagged "source changed" for the user to review. Never removed silently.
// A card flagged "source changed" whose sentence comes back is unflagged; other flags are left.
import { contentOf, newStudyCard } from './card.js';
import { SOURCE_CHANGED, type CardSource, type MergeResult, type SourceCard, type StudyCard } from '../../shared/study.js';

function contentKey(kind: string, sourceText: string, back: string): string {
  return `${kind}\u0000${sourceText}\u0000${back}`;
}

function keyOfExisting(card: StudyCard): string {
  return contentKey(card.kind, card.source.text, card.original?.back ?? card.back);
}

function unflagged(card: StudyCard): Pick<StudyCard, 'flagged' | 'flagReason'> {
  return card.flagReason === SOURCE_CHANGED ? { flagged: false, flagReason: null } : { flagged: card.flagged, flagReason: card.flagReason };
}

function carried(existing: StudyCard, generated: SourceCard): StudyCard {
  const { original: _previous, ...rest } = existing;
  const content = contentOf(generated);
  // The reader's wording stays whole: options and cloze text with the front and back.
  const wording = { front: existing.front, back: existing.back, ...(existing.choices ? { choices: existing.choices } : {}), ...(existing.cloze === undefined ? {} : { cloze: existing.cloze }), ...(existing.gap === undefined ? {} : { gap: existing.gap }) };
  const text = existing.edited ? { ...wording, original: { front: generated.front, back: generated.back } } : {};
  return { ...rest, ...content, ...text, ...unflagged(existing) };
}

/** The generated source with the same sentence text, preferring the same position, then the nearest paragraph. */
function relocated(source: CardSource, sources: readonly CardSource[]): CardSource | undefined {
  const same = sources.filter((s) => s.text === source.text);
  const exact = same.find((s) => s.paragraph === source.paragraph && s.start === source.start && s.end === source.end);
  if (exact) return exact;
  return same.sort((a, b) => Math.abs(a.paragraph - source.paragraph) - Math.abs(b.paragraph - source.paragraph))[0];
}

/**
 * `sentences` are all of the article's sentences as sources: a kept card whose sentence the
 * generator did not use this time (a card the reader made, say) is still found by them, and
 * flagged only when its sentence is really gone from the article.
 */
export function mergeRegenerated(
  existing: readonly StudyCard[],
  generated: readonly SourceCard[],
  articleId: string,
  now: Date,
  sentences: readonly CardSource[] = [],
): MergeResult {
  const others = existing.filter((c) => c.articleId !== articleId);
  const mine = existing.filter((c) => c.articleId === articleId);
  const fresh = [...new Map(generated.map((g) => [g.id, g])).values()];
  const match = new Map<SourceCard, StudyCard>();
  const used = new Set<StudyCard>();
  const pair = (g: SourceCard, e: StudyCard): void => {
    match.set(g, e);
    used.add(e);
  };

  const byId = new Map(mine.map((c) => [c.id, c]));
  for (const g of fresh) {
    const e = byId.get(g.id);
    if (e) pair(g, e);
  }
  for (const g of fresh) {
    if (match.has(g)) continue;
    const key = contentKey(g.kind, g.source.text, g.back);
    // A card the reader wrote is theirs: never replaced by a generated one that happens to match.
    const e = mine.find((c) => !used.has(c) && !c.features?.['madeByReader'] && keyOfExisting(c) === key);
    if (e) pair(g, e);
  }

  const cards: StudyCard[] = [];
  const added: string[] = [];
  const kept: string[] = [];
  const flagged: string[] = [];
  const removed: string[] = [];
  for (const g of fresh) {
    const e = match.get(g);
    if (e) {
      cards.push(carried(e, g));
      kept.push(e.id);
    } else {
      cards.push(newStudyCard(g, articleId, now));
      added.push(g.id);
    }
  }
  const sources = [...fresh.map((g) => g.source), ...sentences];
  for (const e of mine) {
    if (used.has(e)) continue;
    if (e.status === 'untriaged') {
      removed.push(e.id);
      continue;
    }
    kept.push(e.id);
    if (e.status === 'dropped') {
      cards.push(e);
      continue;
    }
    const source = relocated(e.source, sources);
    if (source) cards.push({ ...e, source: { ...source }, ...unflagged(e) });
    else if (e.flagged) cards.push(e);
    else {
      cards.push({ ...e, flagged: true, flagReason: SOURCE_CHANGED });
      flagged.push(e.id);
    }
  }
  return { cards: [...others, ...cards], added, kept, flagged, removed };
}

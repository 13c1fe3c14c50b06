// What the exporters are given: plain data gathered by the export service. Nothing here reads
// the clock, the disk or the store.
import type { ArticleNote, Highlight, Summary } from '../../shared/notes.js';
import type { ReviewLogEntry, StudyCard, TriageDecision } from '../../shared/study.js';
import type { ParsedArticle } from '../../shared/types.js';

export const EXPORT_FORMATS = ['md', 'anki', 'apkg', 'csv', 'json', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The part of the store's article record the exporters read (the JSON backup keeps all of it). */
export interface ExportMeta {
  readonly id: string;
  readonly sourceName: string;
  readonly byline: string | null;
  readonly published: string | null;
  /** The page's address, when the article records one. */
  readonly url?: string | null;
  readonly added: string;
  readonly state: { readonly title: string; readonly tags: readonly string[] };
}

export interface ExportArticle<M extends ExportMeta = ExportMeta> {
  readonly meta: M;
  readonly article: ParsedArticle;
  /** The summary note as the reader sees it: their edit, or the generated one. */
  readonly summary: Summary;
  readonly summaryEdited: boolean;
  readonly highlights: readonly Highlight[];
  readonly note: ArticleNote;
  /** The article's cards. `renderExport` narrows them to the card policy before any formatter
   * sees them (the JSON backup keeps every one, dropped included). */
  readonly cards: readonly StudyCard[];
  readonly decisions: readonly TriageDecision[];
  /** Review log entries of this article's cards, oldest first. */
  readonly reviewLog: readonly ReviewLogEntry[];
}

/** One output file: a name (no folder) and its contents. */
export interface ExportFile {
  readonly name: string;
  readonly mimeType: string;
  readonly data: Uint8Array;
}

/** Which cards an export carries: `kept` (what the reader kept or studies) or `all` (adds the
 * untriaged ones). Dropped cards never go out. */
export const CARD_POLICIES = ['kept', 'all'] as const;
export type CardPolicy = (typeof CARD_POLICIES)[number];

/** Kept in triage, or already studied (a review counts as keeping it). */
export function isKeptCard(card: StudyCard): boolean {
  return card.status === 'kept' || (card.status === 'untriaged' && card.schedule.reps > 0);
}

export function isExportedCard(card: StudyCard, policy: CardPolicy): boolean {
  return card.status !== 'dropped' && (policy === 'all' || isKeptCard(card));
}

/** The article with only the cards the policy exports. */
export function withCardPolicy<T extends ExportArticle>(article: T, policy: CardPolicy): T {
  return { ...article, cards: article.cards.filter((c) => isExportedCard(c, policy)) };
}

/** Untriaged cards the policy leaves out (so the caller can say how to include them). */
export function untriagedLeftOut(article: ExportArticle, policy: CardPolicy): number {
  return article.cards.filter((c) => c.status !== 'dropped' && !isExportedCard(c, policy)).length;
}

/** The cards an exporter shows: the article's cards as the card policy left them, never a
 * dropped one (a caller that skipped the policy still leaks no dropped card). */
export function keptCards(article: ExportArticle): StudyCard[] {
  return article.cards.filter((c) => c.status !== 'dropped');
}

/** Articles in a stable order (title, then ID), whatever order they were asked for in. */
export function inStableOrder<T extends ExportArticle>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.meta.state.title.localeCompare(b.meta.state.title, 'en') || a.meta.id.localeCompare(b.meta.id));
}

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
  /** Every card of the article, dropped ones included; each exporter picks its own. */
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

/** The cards worth studying elsewhere: the ones the reader kept in triage. */
export function keptCards(article: ExportArticle): StudyCard[] {
  return article.cards.filter((c) => c.status === 'kept');
}

/** Articles in a stable order (title, then ID), whatever order they were asked for in. */
export function inStableOrder<T extends ExportArticle>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => a.meta.state.title.localeCompare(b.meta.state.title, 'en') || a.meta.id.localeCompare(b.meta.id));
}

// The JSON backup: everything of the chosen articles, original file bytes included, so that
// `import-json` can restore them exactly. Its shape is checked on the way back in
// (src/host/services/backup.ts).
import type { ArticleNote, Highlight, Summary } from '../../shared/notes.js';
import type { ReviewLogEntry, StudyCard, TriageDecision } from '../../shared/study.js';
import type { ParsedArticle } from '../../shared/types.js';
import { inStableOrder, type ExportArticle, type ExportMeta } from './types.js';

export const BACKUP_FORMAT = 'lectern-backup';
export const BACKUP_VERSION = 1;

/** What the backup needs beyond what every exporter gets. */
export interface BackupSource<M extends ExportMeta = ExportMeta> extends ExportArticle<M> {
  /** The imported file, base64. */
  readonly original: string;
  /** Files stored with the article (images), base64. */
  readonly assets: readonly BackupAsset[];
  /** The reader's edited summary, or null while the generated one stands. */
  readonly editedSummary: Summary | null;
  /** When the reader last edited the summary (restoring takes the later edit); null if unknown. */
  readonly editedSummaryAt?: string | null;
  /** The card generator version of the stored cards, or null when none were made yet. */
  readonly cardsGenerator: number | null;
}

export interface BackupAsset {
  readonly name: string;
  readonly type: string;
  readonly base64: string;
}

export interface BackupArticle<M = unknown> {
  readonly id: string;
  /** The store's whole article record: title, tags, progress, dates. */
  readonly meta: M;
  readonly original: string;
  readonly assets: readonly BackupAsset[];
  readonly parsed: ParsedArticle;
  /** The summary note as it stood, for readers of the file; restoring uses `notes`. */
  readonly summary: { readonly edited: boolean; readonly summary: Summary };
  readonly notes: { readonly highlights: readonly Highlight[]; readonly note: ArticleNote; readonly editedSummary: Summary | null; readonly editedSummaryAt?: string | null };
  readonly cards: { readonly generator: number; readonly cards: readonly StudyCard[] } | null;
  readonly decisions: readonly TriageDecision[];
  readonly reviewLog: readonly ReviewLogEntry[];
}

export interface BackupDocument<M = unknown> {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: string;
  readonly articles: readonly BackupArticle<M>[];
}

export function backupDocument<M extends ExportMeta>(articles: readonly BackupSource<M>[], exportedAt: Date): BackupDocument<M> {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    articles: inStableOrder(articles).map((a) => ({
      id: a.meta.id,
      meta: a.meta,
      original: a.original,
      assets: a.assets,
      parsed: a.article,
      summary: { edited: a.summaryEdited, summary: a.summary },
      notes: { highlights: a.highlights, note: a.note, editedSummary: a.editedSummary, ...(a.editedSummaryAt ? { editedSummaryAt: a.editedSummaryAt } : {}) },
      cards: a.cardsGenerator === null ? null : { generator: a.cardsGenerator, cards: a.cards },
      decisions: a.decisions,
      reviewLog: a.reviewLog,
    })),
  };
}

export function backupJson<M extends ExportMeta>(articles: readonly BackupSource<M>[], exportedAt: Date): string {
  return `${JSON.stringify(backupDocument(articles, exportedAt), null, 2)}\n`;
}

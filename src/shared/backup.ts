// What restoring a JSON backup did, as the CLI, the API and the restore dialog report it.

/** The kinds of things a merge compares one by one. */
export type MergedKind = 'article' | 'card' | 'review' | 'decision' | 'highlight' | 'note' | 'summary';

/** How many items of each kind. */
export type ItemCounts = Partial<Record<MergedKind, number>>;

export interface MergedArticleReport {
  readonly id: string;
  readonly title: string;
  /** Items only the backup had, now here. */
  readonly added: ItemCounts;
  /** Items on both sides where the backup's copy (or both texts) now stands. */
  readonly merged: ItemCounts;
  /** Items on both sides where the library's copy stands (the same, or newer). */
  readonly kept: ItemCounts;
}

export interface BackupMergeReport {
  /** Articles the library did not have, restored whole. */
  readonly restored: readonly { readonly id: string; readonly title: string }[];
  /** Articles the library had, merged item by item. */
  readonly merged: readonly MergedArticleReport[];
  readonly skipped: readonly { readonly id: string; readonly title: string; readonly reason: string }[];
  readonly failed: readonly { readonly id: string; readonly title: string; readonly error: string }[];
}

const NAMES: Readonly<Record<MergedKind, readonly [string, string]>> = {
  article: ['article record', 'article records'],
  card: ['card', 'cards'],
  review: ['review', 'reviews'],
  decision: ['triage decision', 'triage decisions'],
  highlight: ['highlight', 'highlights'],
  note: ['note', 'notes'],
  summary: ['edited summary', 'edited summaries'],
};

/** "3 cards, 1 note", or "nothing". */
export function describeCounts(items: ItemCounts): string {
  const parts = (Object.keys(NAMES) as MergedKind[]).flatMap((kind) => {
    const n = items[kind] ?? 0;
    return n > 0 ? [`${n} ${n === 1 ? NAMES[kind][0] : NAMES[kind][1]}`] : [];
  });
  return parts.length ? parts.join(', ') : 'nothing';
}

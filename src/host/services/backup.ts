// Restoring a JSON backup (core/export/json.ts) into a library: the whole file is checked first,
// and nothing is touched unless all of it is well-formed. An article the library does not have
// comes back whole, with its ID; one it already has is merged item by item (core/backup/merge.ts:
// cards, reviews, decisions, highlights, note, edited summary), so restoring never drops work.
import { z } from 'zod';
import { articleId, base64Text } from '../../shared/contract.js';
import { mergeLibraries, same, type ArticleMerge, type ArticleRecords, type MergeItem } from '../../core/backup/merge.js';
import { LecternError, ValidationError } from '../../core/errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../core/export/index.js';
import { decodeText } from '../../core/parse/index.js';
import type { BackupMergeReport, ItemCounts, MergedArticleReport } from '../../shared/backup.js';
import { isReviewLogEntry, isTriageDecision, reviewLogEntrySchema, triageDecisionSchema } from '../../shared/journals.js';
import type { ReviewLogEntry, TriageDecision } from '../../shared/study.js';
import { BINARY_FORMATS } from '../../shared/formats.js';
import type { SourceFormat } from '../../shared/types.js';
import { articleMetaSchema, cardsFile, cardsFileSchema, EMPTY_NOTES, notesFile, notesFileSchema, originalFileFor, parsedFileSchema, STORE_VERSION, type ArticleMeta, type NotesFile } from '../store/file-kinds.js';
import type { JournalName, LibraryStore } from '../store/library-store.js';
import { contentId } from './library.js';
import { studyDigest } from '../../core/study/index.js';
import type { Work } from './tasks.js';


const backupArticleSchema = z
  .object({
    id: articleId,
    // The backup's own file name is read but never used: see restoreArticle.
    meta: articleMetaSchema.extend({ originalFile: z.string() }),
    original: base64Text(),
    assets: z.array(z.object({ name: z.string().regex(/^[\w.-]+$/), type: z.string().min(1), base64: base64Text() })).default([]),
    parsed: parsedFileSchema.shape.article,
    summary: z.object({ edited: z.boolean(), summary: z.unknown() }),
    notes: notesFileSchema.omit({ schema: true }),
    cards: cardsFileSchema.omit({ schema: true }).nullable(),
    decisions: z.array(triageDecisionSchema),
    reviewLog: z.array(reviewLogEntrySchema),
  })
  .superRefine((a, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (a.meta.id !== a.id) problem(`the record of ${a.id} names another ID`);
    const cardIds = new Set(a.cards?.cards.map((c) => c.id) ?? []);
    if (a.cards?.cards.some((c) => c.articleId !== a.id)) problem(`a card of ${a.id} belongs to another article`);
    if (a.decisions.some((d) => d.articleId !== a.id)) problem(`a triage decision of ${a.id} belongs to another article`);
    if (a.reviewLog.some((r) => !cardIds.has(r.cardId))) problem(`a review of ${a.id} is for a card it does not have`);
  });

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  articles: z.array(backupArticleSchema),
});
type BackupArticle = z.infer<typeof backupArticleSchema>;

/** Reads and checks a backup; throws ValidationError (one human sentence) when it is not one. */
export function parseBackup(text: string): z.infer<typeof backupSchema> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ValidationError('This file is not a Lectern JSON backup: it is not valid JSON.');
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) throw new ValidationError(`This file is not a Lectern JSON backup (its "format" is not "${BACKUP_FORMAT}").`);
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) throw new ValidationError(`This backup is version ${version}; this Lectern reads version ${BACKUP_VERSION}. Update Lectern to restore it.`);
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ValidationError(`This Lectern backup is damaged${where}: ${issue.message}. Nothing was imported.`);
  }
  const ids = parsed.data.articles.map((a) => a.id);
  if (new Set(ids).size !== ids.length) throw new ValidationError('This Lectern backup is damaged: it holds the same article twice. Nothing was imported.');
  return parsed.data;
}

/** Merges a backup into the library: IDs kept; new articles restored whole, present ones merged. */
type Report = { restored: BackupMergeReport['restored'][number][]; merged: MergedArticleReport[]; skipped: BackupMergeReport['skipped'][number][]; failed: BackupMergeReport['failed'][number][] };

/** What restoring each article of one backup needs to know of the library's journals. */
interface RestoreContext {
  readonly seenReviews: Set<string>;
  readonly seenDecisions: Set<string>;
  readonly journals: { readonly reviews: Map<string, ReviewLogEntry[]>; readonly decisions: Map<string, TriageDecision[]> };
}

function restoreContext(store: LibraryStore): RestoreContext {
  const reviewJournal = store.readJournal('reviews').filter(isReviewLogEntry);
  const decisionJournal = store.readJournal('decisions').filter(isTriageDecision);
  return {
    seenReviews: new Set(reviewJournal.map((e) => e.id)),
    seenDecisions: new Set(decisionJournal.map(decisionKey)),
    // Card IDs start with their article's ID, so each article's entries are found by prefix.
    journals: { reviews: groupBy(reviewJournal, (r) => r.cardId.slice(0, 16)), decisions: groupBy(decisionJournal, (d) => d.articleId) },
  };
}

/** Restores or merges one article of the backup, and says how in `report`. */
function restoreOne(store: LibraryStore, article: BackupArticle, context: RestoreContext, report: Report): void {
  const title = article.meta.state.title;
  try {
    if (store.shelfOf(article.id) === 'articles') {
      report.merged.push(mergeIntoPresent(store, article, context.journals.reviews.get(article.id) ?? [], context.journals.decisions.get(article.id) ?? []));
      return;
    }
    const bytes = new Uint8Array(Buffer.from(article.original, 'base64'));
    const present = presentAs(store, article.id, article.meta.format, bytes);
    if (present) {
      report.skipped.push({ id: article.id, title, reason: present });
      return;
    }
    if (!restoreArticle(store, article, bytes, context.seenReviews, context.seenDecisions)) report.skipped.push({ id: article.id, title, reason: `already in the library as ${article.id}` });
    else report.restored.push({ id: article.id, title });
  } catch (error) {
    if (!(error instanceof LecternError) && !isFileError(error)) throw error;
    report.failed.push({ id: article.id, title, error: (error as Error).message });
  }
}

export function importBackup(store: LibraryStore, text: string): BackupMergeReport {
  const backup = parseBackup(text);
  const report: Report = { restored: [], merged: [], skipped: [], failed: [] };
  const context = restoreContext(store);
  for (const article of backup.articles) restoreOne(store, article, context, report);
  return report;
}

/** importBackup() as a task: progress per article, and a cancel stops between articles (those
 * already restored stay restored, each one whole). */
export async function restoreBackup(store: LibraryStore, text: string, work: Work): Promise<BackupMergeReport> {
  const backup = parseBackup(text);
  const report: Report = { restored: [], merged: [], skipped: [], failed: [] };
  const context = restoreContext(store);
  for (const [index, article] of backup.articles.entries()) {
    work.report(index, backup.articles.length);
    await work.checkpoint();
    restoreOne(store, article, context, report);
  }
  return report;
}

/** The library's records of an article, in the shape the merge compares. `reviews` are the
 * journal's entries of its cards, including ones taken back by undo, so that a backup made
 * before the undo does not add them again. */
function recordsHere(store: LibraryStore, id: string, reviews: readonly ReviewLogEntry[], decisions: readonly TriageDecision[]): ArticleRecords {
  const notes = store.articleFile(notesFile, 'articles', id) ?? EMPTY_NOTES;
  return {
    articleId: id,
    state: store.meta('articles', id).state,
    cards: store.articleFile(cardsFile, 'articles', id)?.cards ?? [],
    reviews,
    decisions,
    highlights: notes.highlights,
    note: notes.note,
    editedSummary: notes.editedSummary ? { summary: notes.editedSummary, at: notes.editedSummaryAt ?? null } : null,
  };
}

function recordsInBackup(a: BackupArticle): ArticleRecords {
  return {
    articleId: a.id,
    state: a.meta.state,
    cards: a.cards?.cards ?? [],
    reviews: a.reviewLog,
    decisions: a.decisions,
    highlights: a.notes.highlights,
    note: a.notes.note,
    editedSummary: a.notes.editedSummary ? { summary: a.notes.editedSummary, at: a.notes.editedSummaryAt ?? null } : null,
  };
}

/** Merges a backup's article into the one with its ID here and writes back what changed. */
function mergeIntoPresent(store: LibraryStore, a: BackupArticle, reviews: readonly ReviewLogEntry[], decisions: readonly TriageDecision[]): MergedArticleReport {
  const ours = recordsHere(store, a.id, reviews, decisions);
  const [merge] = mergeLibraries([ours], [recordsInBackup(a)]).merged as [ArticleMerge];
  if (merge.changed) writeMerged(store, merge, ours, a.cards?.generator ?? null);
  return { id: a.id, title: store.meta('articles', a.id).state.title, added: counted(merge.report.added), merged: counted(merge.report.merged), kept: counted(merge.report.kept) };
}

function writeMerged(store: LibraryStore, merge: ArticleMerge, ours: ArticleRecords, generator: number | null): void {
  const r = merge.records;
  const id = r.articleId;
  if (!same(r.state, ours.state)) store.updateMeta('articles', id, (meta) => ({ ...meta, state: { ...meta.state, tags: [...r.state.tags], progress: r.state.progress, favorite: r.state.favorite } }));
  if (!same(r.cards, ours.cards)) {
    store.updateArticleFile(
      cardsFile,
      id,
      // The older generator of the two, so that a newer Lectern regenerates (keeping history) if needed.
      (current) => ({ schema: STORE_VERSION, generator: Math.min(current?.generator ?? Infinity, generator ?? Infinity), cards: r.cards }),
      (file) => ({ study: studyDigest(file.cards) }),
    );
  }
  const notesChanged = !same([r.highlights, r.note, r.editedSummary], [ours.highlights, ours.note, ours.editedSummary]);
  if (notesChanged) {
    store.updateArticleFile(
      notesFile,
      id,
      (current): NotesFile => ({ ...(current ?? EMPTY_NOTES), highlights: r.highlights, note: r.note, editedSummary: r.editedSummary?.summary ?? null, editedSummaryAt: r.editedSummary?.at ?? null }),
      (notes) => ({ notes: { highlights: notes.highlights.length, hasNote: notes.note.markdown.trim().length > 0 } }),
    );
  }
  const oldReviews = new Set(ours.reviews);
  const oldDecisions = new Set(ours.decisions);
  const newReviews = r.reviews.filter((x) => !oldReviews.has(x));
  const newDecisions = r.decisions.filter((x) => !oldDecisions.has(x));
  appendByMonth(store, 'reviews', newReviews, (x: ReviewLogEntry) => x.reviewedAt);
  appendByMonth(store, 'decisions', newDecisions, (x: TriageDecision) => x.at);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  }
  return out;
}

function counted(items: readonly MergeItem[]): ItemCounts {
  const out: Record<string, number> = {};
  for (const item of items) out[item.kind] = (out[item.kind] ?? 0) + 1;
  return out;
}

/** Why the article counts as present already, or null. */
function presentAs(store: LibraryStore, id: string, format: SourceFormat, original: Uint8Array): string | null {
  const byId = store.shelfOf(id);
  if (byId) return `already in the ${byId === 'trash' ? 'trash' : 'library'} as ${id}`;
  let sameContent: string | null = null;
  try {
    // The same identity the importer uses: the bytes of binary formats, the decoded text of others.
    sameContent = BINARY_FORMATS.has(format) ? contentId(original) : contentId(decodeText(original, Number.MAX_SAFE_INTEGER).text);
  } catch {
    return null; // An original the decoder no longer reads cannot match anything by content.
  }
  const byContent = sameContent === id ? null : store.shelfOf(sameContent);
  return byContent ? `the same content is already in the ${byContent === 'trash' ? 'trash' : 'library'} as ${sameContent}` : null;
}

/** Adds the article folder atomically, then its notes, cards and journal entries; if any of
 * those fails, the article is taken out again. Returns false when the ID turned up meanwhile. */
function restoreArticle(store: LibraryStore, a: BackupArticle, original: Uint8Array, seenReviews: Set<string>, seenDecisions: Set<string>): boolean {
  // The original's name comes from the format, never from the backup: a crafted name such as
  // "../../../.bashrc" would otherwise be written (and later read) outside the library.
  const meta: ArticleMeta = { ...a.meta, originalFile: originalFileFor(a.meta.format), trashedAt: null };
  const assets = a.assets.map((x) => ({ name: x.name, type: x.type, bytes: new Uint8Array(Buffer.from(x.base64, 'base64')) }));
  if (!store.add({ meta, parsed: { schema: STORE_VERSION, article: a.parsed }, original, assets })) return false;
  try {
    const notes: NotesFile = { schema: STORE_VERSION, ...a.notes };
    if (notes.highlights.length || notes.note.markdown || notes.note.updatedAt || notes.editedSummary) store.updateArticleFile(notesFile, a.id, () => notes);
    if (a.cards) store.updateArticleFile(cardsFile, a.id, () => ({ schema: STORE_VERSION, ...a.cards! }));
    appendByMonth(store, 'decisions', a.decisions.filter((d) => !seenDecisions.has(decisionKey(d))), (d: TriageDecision) => d.at);
    appendByMonth(store, 'reviews', a.reviewLog.filter((r) => !seenReviews.has(r.id)), (r: ReviewLogEntry) => r.reviewedAt);
  } catch (error) {
    removeArticle(store, a.id);
    throw error;
  }
  return true;
}

/** Journal entries go to the month file of their own date, as if written back then. */
function appendByMonth<T extends object>(store: LibraryStore, name: JournalName, entries: readonly T[], dateOf: (entry: T) => string): void {
  const byMonth = new Map<string, T[]>();
  for (const entry of entries) {
    const month = dateOf(entry).slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
  }
  for (const [month, list] of [...byMonth].sort(([x], [y]) => x.localeCompare(y))) {
    const at = new Date(`${month}-15T12:00:00Z`);
    store.appendJournal(name, list, Number.isNaN(at.getTime()) ? new Date() : at);
  }
}

/** Takes a just-restored article out again (the store does it under its lock). */
function removeArticle(store: LibraryStore, id: string): void {
  store.remove(id);
}

function decisionKey(entry: unknown): string {
  const d = entry as Partial<TriageDecision> | null;
  return `${d?.cardId}|${d?.decision}|${d?.at}`;
}

function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

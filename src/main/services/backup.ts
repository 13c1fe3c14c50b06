// Restoring a JSON backup (core/export/json.ts) into a library: the whole file is checked first,
// and nothing is touched unless all of it is well-formed. Each article then comes back whole or
// not at all, with its ID; one already present (same ID, or same content) is skipped.
import { z } from 'zod';
import { LecternError, ValidationError } from '../../core/errors.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../core/export/index.js';
import { decodeText } from '../../core/parse/index.js';
import type { ReviewLogEntry, TriageDecision } from '../../shared/study.js';
import type { SourceFormat } from '../../shared/types.js';
import { articleMetaSchema, cardsFile, cardsFileSchema, notesFile, notesFileSchema, originalFileFor, parsedFileSchema, STORE_VERSION, type ArticleMeta, type NotesFile } from '../store/file-kinds.js';
import type { JournalName } from '../store/library-store.js';
import { contentId, type Library } from './library.js';

export interface BackupMergeReport {
  readonly restored: readonly { readonly id: string; readonly title: string }[];
  readonly skipped: readonly { readonly id: string; readonly title: string; readonly reason: string }[];
  readonly failed: readonly { readonly id: string; readonly title: string; readonly error: string }[];
}

const BINARY_FORMATS: ReadonlySet<SourceFormat> = new Set(['epub', 'pdf', 'docx']);

const cardKind = z.enum(['cloze', 'quote', 'choice', 'identity', 'qa']);
const decisionSchema = z.object({
  cardId: z.string().min(1),
  articleId: z.string().regex(/^[0-9a-f]{16}$/),
  decision: z.enum(['keep', 'drop', 'edit']),
  kind: cardKind,
  features: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  at: z.string().min(10).max(40),
});
const reviewSchema = z.object({
  id: z.string().min(1),
  cardId: z.string().min(1),
  reviewedAt: z.iso.datetime({ offset: true }),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  stateBefore: z.enum(['New', 'Learning', 'Review', 'Relearning']),
  elapsedDays: z.number().min(0),
  scheduledDays: z.number().min(0),
  durationMs: z.number().min(0).optional(),
});

const backupArticleSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/),
    // The backup's own file name is read but never used: see restoreArticle.
    meta: articleMetaSchema.extend({ originalFile: z.string() }),
    original: z.base64(),
    assets: z.array(z.object({ name: z.string().regex(/^[\w.-]+$/), type: z.string().min(1), base64: z.base64() })).default([]),
    parsed: parsedFileSchema.shape.article,
    summary: z.object({ edited: z.boolean(), summary: z.unknown() }),
    notes: notesFileSchema.omit({ schema: true }),
    cards: cardsFileSchema.omit({ schema: true }).nullable(),
    decisions: z.array(decisionSchema),
    reviewLog: z.array(reviewSchema),
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

/** Merges a backup into the library: IDs kept, present articles skipped, nothing else changed. */
export function importBackup(library: Library, text: string): BackupMergeReport {
  const backup = parseBackup(text);
  const report: { restored: BackupMergeReport['restored'][number][]; skipped: BackupMergeReport['skipped'][number][]; failed: BackupMergeReport['failed'][number][] } = { restored: [], skipped: [], failed: [] };
  const seenReviews = new Set(library.store.readJournal('reviews').flatMap((e) => (typeof (e as { id?: unknown }).id === 'string' ? [(e as { id: string }).id] : [])));
  const seenDecisions = new Set(library.store.readJournal('decisions').map(decisionKey));
  for (const article of backup.articles) {
    const title = article.meta.state.title;
    const bytes = new Uint8Array(Buffer.from(article.original, 'base64'));
    const present = presentAs(library, article.id, article.meta.format, bytes);
    if (present) {
      report.skipped.push({ id: article.id, title, reason: present });
      continue;
    }
    try {
      if (!restoreArticle(library, article, bytes, seenReviews, seenDecisions)) report.skipped.push({ id: article.id, title, reason: `already in the library as ${article.id}` });
      else report.restored.push({ id: article.id, title });
    } catch (error) {
      if (!(error instanceof LecternError) && !isFileError(error)) throw error;
      report.failed.push({ id: article.id, title, error: (error as Error).message });
    }
  }
  return report;
}

/** Why the article counts as present already, or null. */
function presentAs(library: Library, id: string, format: SourceFormat, original: Uint8Array): string | null {
  const byId = library.store.shelfOf(id);
  if (byId) return `already in the ${byId === 'trash' ? 'trash' : 'library'} as ${id}`;
  let sameContent: string | null = null;
  try {
    // The same identity the importer uses: the bytes of binary formats, the decoded text of others.
    sameContent = BINARY_FORMATS.has(format) ? contentId(original) : contentId(decodeText(original, Number.MAX_SAFE_INTEGER).text);
  } catch {
    return null; // An original the decoder no longer reads cannot match anything by content.
  }
  const byContent = sameContent === id ? null : library.store.shelfOf(sameContent);
  return byContent ? `the same content is already in the ${byContent === 'trash' ? 'trash' : 'library'} as ${sameContent}` : null;
}

/** Adds the article folder atomically, then its notes, cards and journal entries; if any of
 * those fails, the article is taken out again. Returns false when the ID turned up meanwhile. */
function restoreArticle(library: Library, a: BackupArticle, original: Uint8Array, seenReviews: Set<string>, seenDecisions: Set<string>): boolean {
  const store = library.store;
  // The original's name comes from the format, never from the backup: a crafted name such as
  // "../../../.bashrc" would otherwise be written (and later read) outside the library.
  const meta: ArticleMeta = { ...a.meta, originalFile: originalFileFor(a.meta.format), trashedAt: null };
  const assets = a.assets.map((x) => ({ name: x.name, type: x.type, bytes: new Uint8Array(Buffer.from(x.base64, 'base64')) }));
  if (!store.add({ meta, parsed: { schema: STORE_VERSION, article: a.parsed }, original, assets })) return false;
  try {
    const notes: NotesFile = { schema: STORE_VERSION, ...a.notes };
    if (notes.highlights.length || notes.note.markdown || notes.note.updatedAt || notes.editedSummary) store.updateArticleFile(notesFile, a.id, () => notes);
    if (a.cards) store.updateArticleFile(cardsFile, a.id, () => ({ schema: STORE_VERSION, ...a.cards! }));
    appendByMonth(library, 'decisions', a.decisions.filter((d) => !seenDecisions.has(decisionKey(d))), (d: TriageDecision) => d.at);
    appendByMonth(library, 'reviews', a.reviewLog.filter((r) => !seenReviews.has(r.id)), (r: ReviewLogEntry) => r.reviewedAt);
  } catch (error) {
    removeArticle(library, a.id);
    throw error;
  }
  return true;
}

/** Journal entries go to the month file of their own date, as if written back then. */
function appendByMonth<T extends object>(library: Library, name: JournalName, entries: readonly T[], dateOf: (entry: T) => string): void {
  const byMonth = new Map<string, T[]>();
  for (const entry of entries) {
    const month = dateOf(entry).slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), entry]);
  }
  for (const [month, list] of [...byMonth].sort(([x], [y]) => x.localeCompare(y))) {
    const at = new Date(`${month}-15T12:00:00Z`);
    library.store.appendJournal(name, list, Number.isNaN(at.getTime()) ? new Date() : at);
  }
}

/** Takes a just-restored article out again (the store does it under its lock). */
function removeArticle(library: Library, id: string): void {
  library.store.remove(id);
}

function decisionKey(entry: unknown): string {
  const d = entry as Partial<TriageDecision> | null;
  return `${d?.cardId}|${d?.decision}|${d?.at}`;
}

function isFileError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

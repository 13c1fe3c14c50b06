// The one typed API between Lectern's UI and its main process. Each call is `domain:verb` with
// a schema for its arguments and the type of its result. Electron IPC, the browser shell's HTTP
// and direct calls in tests and the CLI are all transports over this map: adding a call is one
// entry here plus its handler in src/host/services.
import { z } from 'zod';
import { LIBRARY_SHELVES, LIBRARY_SORTS, type ArticlePage } from './article-query.js';
import type { BackupMergeReport } from './backup.js';
import { HIGHLIGHT_COLORS, type ArticleNote, type HighlightView, type SummaryView } from './notes.js';
import { choiceProblem, clozeProblem } from './cloze.js';
import { CARD_FILTER_TOGGLES, CARD_KINDS, CARD_STATES, type BulkResult, type CardFilterToggle, type CardDraft, type CardsOfArticle, type GradeOutcome, type StudyCard, type StudyQueueView, type StudySettings, type StudyStats } from './study.js';
import type {
  ArticleDetail,
  ArticleListItem,
  AttentionItem,
  ImportOutcome,
  ImportReport,
  LibraryInfo,
  Recovery,
  SearchResult,
  Settings,
  TaskProgress,
  TrashItem,
} from './types.js';

/** A call's definition. `result` is a phantom: only its type is used. */
export interface CallDef<S extends z.ZodType, R> {
  readonly args: S;
  readonly result?: R;
}

function call<R>() {
  return <S extends z.ZodType>(args: S): CallDef<S, R> => ({ args });
}

/** Node's Buffer where the schema runs in Node (main process, host); absent in the renderer. */
const nodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array & { toString(encoding: 'base64'): string } } }).Buffer;

/** The bytes of canonical base64 (padded, no whitespace), or null when `text` is not that. In
 * Node it is decoded and encoded again natively and compared: zod's own check (a whitespace
 * scan, then atob) held the host's thread for ~100 ms on a 10 MB upload, long enough to stall
 * every other call (bench figure 8). Only padding bits that are not zero are refused beyond what
 * zod refuses. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  if (nodeBuffer) {
    const bytes = nodeBuffer.from(text, 'base64');
    return bytes.toString('base64') === text ? bytes : null;
  }
  if (/\s/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export const isBase64 = (text: string): boolean => decodeBase64(text) !== null;

const NOT_BASE64 = 'Invalid base64-encoded string';
interface Limit {
  readonly chars: number;
  readonly message: string;
}
const limited = (max?: Limit) => (max ? z.string().max(max.chars, max.message) : z.string());

/** A base64 field of at most `max` characters, kept as text. */
export function base64Text(max?: Limit) {
  return limited(max).refine(isBase64, { message: NOT_BASE64 });
}

/** Bytes sent as base64 text: checked and decoded in one pass, so the handler gets the bytes. */
export function base64Bytes(max?: Limit) {
  return limited(max).transform((text, ctx) => {
    const bytes = decodeBase64(text);
    if (bytes) return bytes;
    ctx.addIssue({ code: 'custom', message: NOT_BASE64 });
    return z.NEVER;
  });
}

/** Bytes as they are (a structured-clone transport: Electron's port, a direct call) or as
 * base64 text (JSON over HTTP), at most `max.bytes` of them; the handler gets the bytes. */
export function bytesOrBase64(max: { readonly bytes: number; readonly message: string }) {
  return z
    .union([z.string(), z.instanceof(Uint8Array)], { error: 'expected bytes or base64 text' })
    .transform((value, ctx) => {
      // Length first: a piece too long is refused before any decoding.
      const tooLong = typeof value === 'string' ? value.length > Math.ceil(max.bytes / 3) * 4 : value.length > max.bytes;
      const bytes = tooLong ? null : typeof value === 'string' ? decodeBase64(value) : value;
      if (bytes) return bytes;
      ctx.addIssue({ code: 'custom', message: tooLong ? max.message : NOT_BASE64 });
      return z.NEVER;
    });
}

/** The largest file the UI sends as bytes, whole (`articles:importData`) or in pieces (`uploads:*`). */
export const MAX_SENT_FILE_BYTES = 50 * 1024 * 1024;
/** The largest piece of an upload. Small enough that parsing, passing on and decoding one holds
 * each of the browser shell's threads for a few milliseconds: a whole 10 MB file sent as one
 * JSON body held them for 100–200 ms, and every other call waited (bench figure 8); a piece of
 * 1 MiB still cost 10–30 ms of each on a busy machine. */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;
const uploadId = z.string().regex(/^[0-9a-f]{32}$/, 'an upload ID is 32 hexadecimal characters');

/** An article's ID: 16 hex digits of a SHA-256 (host/services/library.ts contentId). */
export const ARTICLE_ID_PATTERN = '[0-9a-f]{16}';
export const articleId = z.string().regex(new RegExp(`^${ARTICLE_ID_PATTERN}$`), 'an article ID is 16 hexadecimal characters');

/** The card browser's yes/no filters, from their one list (shared/study.ts). */
const cardFilterToggles = Object.fromEntries(CARD_FILTER_TOGGLES.map((t) => [t, z.boolean().optional()])) as Record<CardFilterToggle, z.ZodOptional<z.ZodBoolean>>;

const title = z.string().trim().min(1, 'a title cannot be empty').max(500, 'a title is at most 500 characters');
const tag = z.string().trim().min(1, 'a tag cannot be empty').max(64, 'a tag is at most 64 characters').regex(/^[^,\n\t]+$/, 'a tag cannot hold commas, tabs or line breaks');
const none = z.object({}).strict();
const cardId = z.string().regex(/^[0-9a-f]{16}-[0-9a-f]{6,32}$/, 'a card ID is the article ID, a dash and the card hash');
const highlightId = z.string().regex(/^[0-9a-f]{12,32}$/, 'a highlight ID is hexadecimal');
const noteText = z.string().max(20_000, 'a highlight note is at most 20,000 characters');
const line = z.string().trim().min(1).max(2000);
const summarySchema = z.object({
  keyPoints: z.array(z.object({ text: line, paragraph: z.number().int().min(0) }).strict()).max(50),
  people: z.array(z.object({ name: line, role: line.nullable() }).strict()).max(200),
  organizations: z.array(z.object({ name: line, role: line.nullable() }).strict()).max(200),
  places: z.array(z.object({ name: line }).strict()).max(200),
  timeline: z.array(z.object({ date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'), event: line }).strict()).max(200),
  numbers: z.array(z.object({ value: line, what: line }).strict()).max(200),
}).strict();
const cardText = z.string().trim().min(1, 'a card side cannot be empty').max(2000, 'a card side is at most 2,000 characters');
const byId = z.object({ id: articleId }).strict();
/** The library view's filter (shared/article-query.ts). */
const articleFilter = {
  sort: z.enum(LIBRARY_SORTS),
  shelf: z.enum(LIBRARY_SHELVES),
  tag: tag.nullable(),
  query: z.string().max(500),
};
const option = z.string().trim().min(1, 'an option cannot be empty').max(500, 'an option is at most 500 characters');
/** Options of a multiple-choice card: 2 to 10, none twice. */
const options = z.array(option).min(2, 'a multiple-choice card needs at least 2 options').max(10, 'a multiple-choice card has at most 10 options');
const clozeText = z
  .string()
  .trim()
  .max(4000, 'a cloze is at most 4,000 characters')
  .superRefine((text, ctx) => {
    const problem = clozeProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** Where a card comes from: a span of one paragraph (its sentence or sentences; the core
 * checks that it holds text of the article). */
const sourceRange = z.object({ paragraph: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(1) }).strict();
const cardContent = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('cloze'), text: clozeText }).strict(),
    z.object({ kind: z.literal('qa'), front: cardText, back: cardText }).strict(),
    z.object({ kind: z.literal('choice'), front: cardText, choices: options, answer: z.number().int().min(0).max(9) }).strict(),
  ])
  .superRefine((card, ctx) => {
    if (card.kind !== 'choice') return;
    const problem = card.answer < card.choices.length ? choiceProblem(card.choices, card.choices[card.answer]!) : 'Mark which option is the answer.';
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['choices'] });
  });
/** A new wording of a card; `choices` (a multiple-choice card's options) must hold `back`. */
function cardEdit<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, front: cardText, back: cardText, choices: options.optional() })
    .strict()
    .superRefine((value, ctx) => {
      const edit = value as { back: string; choices?: string[] };
      const problem = edit.choices ? choiceProblem(edit.choices, edit.back) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['choices'] });
    });
}

const fileName = z.string().trim().min(1).max(255).regex(/^[^/\\\u0000]+$/, 'a file name cannot hold slashes');

export const contract = {
  'library:info': call<LibraryInfo>()(none),
  /** Store recoveries not yet shown to the user; each is returned once. */
  'library:takeRecoveries': call<Recovery[]>()(none),
  /** Article folders left out of the library because they cannot be read (they stay on disk). */
  'library:needsAttention': call<AttentionItem[]>()(none),
  'settings:get': call<Settings>()(none),
  'settings:set': call<Settings>()(
    z.object({
      theme: z.enum(['system', 'light', 'dark', 'sepia']).optional(),
      fontSize: z.number().int().min(12).max(40).optional(),
      maxFileMiB: z.number().int().min(1).max(1024).optional(),
      tourSeen: z.boolean().optional(),
    }).strict(),
  ),
  /** Every article, most recently added first (the CLI's `list`, exports, scripts). */
  'articles:list': call<ArticleListItem[]>()(none),
  /** What the library view shows: one window of all articles, filtered and sorted by the host. */
  'articles:page': call<ArticlePage>()(
    z.object({ ...articleFilter, offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) }).strict(),
  ),
  /** The IDs of every article a filter shows, in its order (exporting the articles shown). */
  'articles:ids': call<string[]>()(z.object(articleFilter).strict()),
  'articles:get': call<ArticleDetail>()(byId),
  /** The files that paths stand for (folders walked), so the UI can import them one by one
   * with a progress bar and a cancel button. Unreadable paths come back as failed outcomes. */
  'articles:scan': call<{ files: string[]; outcomes: ImportOutcome[] }>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }).strict(),
  ),
  /** Imports one file by path, whole or not at all. */
  'articles:importFile': call<ImportOutcome>()(z.object({ path: z.string().min(1).max(4096) }).strict()),
  /** An image stored with an article, for the reader to show. */
  'articles:asset': call<{ type: string; base64: string }>()(
    z.object({ id: articleId, name: z.string().regex(/^[\w][\w.-]{0,127}$/, 'an asset name is a plain file name') }).strict(),
  ),
  /** Imports files the UI holds as bytes (a file picker or a drop in the browser shell). */
  'articles:importData': call<ImportReport>()(
    z.object({
      files: z
        .array(z.object({ name: fileName, data: base64Bytes({ chars: 70 * 1024 * 1024, message: 'a file sent at once is at most 50 MiB' }) }).strict())
        .min(1)
        .max(20)
        .refine((files) => files.reduce((n, f) => n + f.data.length, 0) <= 70 * 1024 * 1024, 'send at most 50 MiB of files in one call'),
    }).strict(),
  ),
  /** A file sent in pieces (the browser shell's import of picked or dropped files): `start`
   * with its name and size, `append` its bytes in order from offset 0, then import it with
   * `articles:importUploads`. An upload not added to for a while is dropped (see
   * host/services/uploads.ts); a refused piece leaves what was received as it was. */
  'uploads:start': call<{ id: string; chunkBytes: number }>()(
    z.object({ name: fileName, size: z.number().int().min(0).max(MAX_SENT_FILE_BYTES, 'a file sent is at most 50 MiB') }).strict(),
  ),
  'uploads:append': call<{ received: number; size: number }>()(
    z.object({ id: uploadId, offset: z.number().int().min(0), data: bytesOrBase64({ bytes: UPLOAD_CHUNK_BYTES, message: 'a piece of an upload is at most 256 KiB' }) }).strict(),
  ),
  /** Drops an unfinished upload (the import was cancelled); false when there was none. */
  'uploads:discard': call<{ discarded: boolean }>()(z.object({ id: uploadId }).strict()),
  /** Imports completed uploads, in the order given, as `articles:importData` does. */
  'articles:importUploads': call<ImportReport>()(z.object({ ids: z.array(uploadId).min(1).max(20) }).strict()),
  /** Imports pasted text as a new article. */
  'articles:importText': call<ImportReport>()(
    z.object({
      text: z.string().max(20 * 1024 * 1024, 'pasted text is at most 20 MiB'),
      name: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a name cannot hold slashes').optional(),
      format: z.enum(['text', 'markdown']).optional(),
    }).strict(),
  ),
  'articles:rename': call<ArticleListItem>()(z.object({ id: articleId, title }).strict()),
  'articles:setTags': call<ArticleListItem>()(z.object({ id: articleId, tags: z.array(tag).max(100) }).strict()),
  'articles:setFlags': call<ArticleListItem>()(
    z.object({ id: articleId, archived: z.boolean().optional(), favorite: z.boolean().optional() }).strict(),
  ),
  'articles:setProgress': call<ArticleListItem>()(z.object({ id: articleId, progress: z.number().min(0).max(1) }).strict()),
  'articles:trash': call<TrashItem>()(byId),
  'trash:list': call<TrashItem[]>()(none),
  'trash:restore': call<ArticleListItem>()(byId),
  'trash:empty': call<{ deleted: number }>()(none),

  /** An article's cards (generated the first time they are asked for). */
  'cards:list': call<CardsOfArticle>()(z.object({ articleId: articleId }).strict()),
  'cards:regenerate': call<{ cards: CardsOfArticle; added: number; flagged: number; removed: number }>()(z.object({ articleId: articleId }).strict()),
  'cards:triage': call<StudyCard>()(
    z.discriminatedUnion('type', [
      z.object({ articleId: articleId, type: z.literal('keep'), cardId }).strict(),
      z.object({ articleId: articleId, type: z.literal('drop'), cardId }).strict(),
      cardEdit({ articleId: articleId, type: z.literal('edit'), cardId }),
    ]),
  ),
  /** What the card editor opens with for a selection in one paragraph: its sentence(s) and
   * where the selected words are in them. */
  'cards:draft': call<CardDraft>()(
    z.object({ articleId: articleId, paragraph: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0) }).strict(),
  ),
  /** Keeps a card the reader wrote in the editor, linked to its source: a cloze gives one card
   * per gap number (Anki's c1, c2, …). */
  'cards:create': call<StudyCard[]>()(z.object({ articleId: articleId, source: sourceRange, card: cardContent }).strict()),
  'cards:keepAll': call<{ kept: number }>()(z.object({ articleId: articleId }).strict()),
  'cards:edit': call<StudyCard>()(cardEdit({ articleId: articleId, cardId })),
  'cards:setSuspended': call<StudyCard>()(z.object({ articleId: articleId, cardId, suspended: z.boolean() }).strict()),
  'cards:setFlagged': call<StudyCard>()(z.object({ articleId: articleId, cardId, flagged: z.boolean() }).strict()),
  'cards:delete': call<null>()(z.object({ articleId: articleId, cardId }).strict()),
  /** Takes back the latest triage step of the article in this session (Ctrl+Z / U in triage). */
  'cards:undoTriage': call<{ cards: StudyCard[]; canUndo: boolean }>()(z.object({ articleId: articleId }).strict()),
  /** The article's dropped cards (the Cards panel's Dropped list); `cards:triage` keep restores one. */
  'cards:dropped': call<StudyCard[]>()(z.object({ articleId: articleId }).strict()),
  /** The card browser: cards across the library that pass every given filter (without the
   * generator's features). `due` is what "study all due" would show now: the header's count. */
  'cards:browse': call<StudyCard[]>()(
    z.object({
      articleId: articleId.optional(),
      kind: z.enum(CARD_KINDS).optional(),
      state: z.enum(CARD_STATES).optional(),
      ...cardFilterToggles,
      text: z.string().max(200).optional(),
    }).strict(),
  ),
  /** One action on the card browser's selection; each article's cards are written once. */
  'cards:bulk': call<BulkResult>()(
    z.object({
      cardIds: z.array(cardId).min(1).max(100_000),
      action: z.discriminatedUnion('type', [
        z.object({ type: z.literal('suspend') }).strict(),
        z.object({ type: z.literal('unsuspend') }).strict(),
        z.object({ type: z.literal('delete') }).strict(),
        z.object({ type: z.literal('tag'), add: z.array(tag).max(50), remove: z.array(tag).max(50) }).strict(),
        z.object({ type: z.literal('reschedule'), date: z.union([z.literal('today'), z.iso.date()]) }).strict(),
        z.object({ type: z.literal('reset') }).strict(),
      ]),
    }).strict(),
  ),
  /** "Study this article" (with articleId) or "study all due". */
  'study:queue': call<StudyQueueView>()(z.object({ articleId: articleId.optional() }).strict()),
  'study:grade': call<GradeOutcome>()(
    z.object({
      articleId: articleId,
      cardId,
      grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      durationMs: z.number().int().min(0).max(86_400_000).optional(),
      /** The queue's `reviewAt`: the grade is scheduled from the time its buttons were previewed. */
      reviewAt: z.iso.datetime({ offset: true }).optional(),
    }).strict(),
  ),
  'study:answerChoice': call<GradeOutcome & { correct: boolean }>()(
    z.object({ articleId: articleId, cardId, choice: z.number().int().min(0).max(9), durationMs: z.number().int().min(0).max(86_400_000).optional() }).strict(),
  ),
  'study:undo': call<StudyCard>()(none),
  'study:dueCounts': call<{ total: number; byArticle: Record<string, number> }>()(none),
  'study:stats': call<StudyStats>()(z.object({ days: z.number().int().min(7).max(365).optional() }).strict()),
  'study:reviewLogCsv': call<string>()(none),
  'study:settings': call<StudySettings>()(none),
  'study:setSettings': call<StudySettings>()(
    z.object({
      retention: z.number().min(0.7).max(0.99).optional(),
      newPerDay: z.number().int().min(0).max(9999).optional(),
      reviewsPerDay: z.number().int().min(0).max(99_999).optional(),
      rolloverHour: z.number().int().min(0).max(23).optional(),
      leechLapses: z.number().int().min(2).max(99).optional(),
      cardsPer100Words: z.number().min(0.2).max(5).optional(),
    }).strict(),
  ),

  'highlights:list': call<HighlightView[]>()(z.object({ articleId: articleId }).strict()),
  /** Highlights a range of the reader's blocks: from (startParagraph, start) to (endParagraph, end). */
  'highlights:add': call<HighlightView>()(
    z.object({
      articleId: articleId,
      startParagraph: z.number().int().min(0),
      start: z.number().int().min(0),
      endParagraph: z.number().int().min(0),
      end: z.number().int().min(0),
      color: z.enum(HIGHLIGHT_COLORS),
      note: noteText.optional(),
      tags: z.array(tag).max(50).optional(),
    }).strict(),
  ),
  'highlights:update': call<HighlightView>()(
    z.object({ articleId: articleId, id: highlightId, color: z.enum(HIGHLIGHT_COLORS).optional(), note: noteText.optional(), tags: z.array(tag).max(50).optional() }).strict(),
  ),
  'highlights:delete': call<null>()(z.object({ articleId: articleId, id: highlightId }).strict()),
  /** The reader's free Markdown note of an article. */
  'notes:get': call<ArticleNote>()(z.object({ articleId: articleId }).strict()),
  'notes:set': call<ArticleNote>()(z.object({ articleId: articleId, markdown: z.string().max(1_000_000, 'a note is at most 1,000,000 characters') }).strict()),
  /** Long calls running now (exports, restores), with how far each got. */
  'tasks:list': call<TaskProgress[]>()(none),
  /** Stops a long call at its next checkpoint; false when it had already finished. */
  'tasks:cancel': call<{ cancelled: boolean }>()(z.object({ id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).strict()),
  /** Full-text search of titles, text, notes, highlights and cards, best first. */
  'search:query': call<SearchResult[]>()(z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }).strict()),
  /** The summary note: generated from the article as it is now, or the reader's edit. */
  'summary:get': call<SummaryView>()(z.object({ articleId: articleId }).strict()),
  'summary:edit': call<SummaryView>()(z.object({ articleId: articleId, summary: summarySchema }).strict()),
  'summary:reset': call<SummaryView>()(z.object({ articleId: articleId }).strict()),

  /** Exports articles (or the whole library) as one downloadable file; Markdown or HTML of
   * several articles comes as `lectern-export.zip`. */
  'export:file': call<{ fileName: string; mimeType: string; base64: string }>()(
    z.object({
      articleIds: z.union([z.array(articleId).min(1).max(100_000), z.literal('all')]),
      format: z.enum(['md', 'anki', 'apkg', 'csv', 'json', 'html']),
    }).strict(),
  ),
  /** Merges a JSON export (`export:file` with format json) into the library: IDs kept, new
   * articles restored whole, present ones merged item by item (what was added, merged and kept
   * is reported). A malformed file changes nothing. */
  'library:importJson': call<BackupMergeReport>()(z.object({ base64: base64Bytes({ chars: 1024 * 1024 * 1024, message: 'a backup is at most 1 GiB' }) }).strict()),
} as const;

export type Contract = typeof contract;
export type ApiName = keyof Contract;
/** What a caller passes (before defaults and trimming). */
export type ApiArgs<K extends ApiName> = z.input<Contract[K]['args']>;
/** What a handler receives (validated). */
export type ApiParsedArgs<K extends ApiName> = z.output<Contract[K]['args']>;
export type ApiResult<K extends ApiName> = Contract[K] extends CallDef<z.ZodType, infer R> ? R : never;

/** The API as the renderer and tests see it: one async function per call. */
export type Api = { readonly [K in ApiName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };

/** The main side: one handler per call, given validated arguments. */
export type Handlers = { readonly [K in ApiName]: (args: ApiParsedArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> };

export const apiNames = Object.keys(contract) as ApiName[];

export function isApiName(name: string): name is ApiName {
  return Object.hasOwn(contract, name);
}

/** A human sentence for why arguments were refused. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

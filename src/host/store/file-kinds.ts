// The store's file kinds: each with its current schema version, a zod schema that everything
// read from disk must pass, and migrations from older versions. A file carries its version in
// `schema`; one newer than this build knows is refused, never "repaired".
import { z } from 'zod';
import { articleId } from '../../shared/contract.js';
import { REMOVAL_RULES, SOURCE_FORMATS, type ParsedArticle, type SourceFormat } from '../../shared/types.js';
import { CARD_KINDS, CARD_STATES, CARD_STATUSES, type StudyCard } from '../../shared/study.js';
import { HIGHLIGHT_COLORS, type ArticleNote, type Highlight, type Summary } from '../../shared/notes.js';

export interface FileKind<T> {
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** migrations[n] turns a version-n document into a version-(n+1) one. */
  readonly migrations: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;
}

export const STORE_VERSION = 1 as const;

/** A file kept in an article's own folder, beside its original. */
export interface ArticleFileKind<T> extends FileKind<T> {
  readonly fileName: string;
  /** What recovery does when neither the file nor a backup can be read. */
  readonly whenLost: string;
}

const isoDate = z.string().min(10).max(40);

export const homeFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  kind: z.literal('lectern-home'),
  createdAt: isoDate,
});
export type HomeFile = z.infer<typeof homeFileSchema>;

export const homeFile: FileKind<HomeFile> = { name: 'library file', version: STORE_VERSION, schema: homeFileSchema, migrations: {} };

const articleStateSchema = z.object({
  title: z.string().min(1),
  tags: z.array(z.string().min(1)),
  archived: z.boolean(),
  favorite: z.boolean(),
  progress: z.number().min(0).max(1),
});

/** The only shape an article's original file name may take. */
export const ORIGINAL_FILE_NAME = /^original\.[a-z0-9]{1,12}$/;

/** The original's file name for a format, for records whose own name cannot be trusted. */
export function originalFileFor(format: SourceFormat): string {
  return `original.${ORIGINAL_EXTENSIONS[format]}`;
}
const ORIGINAL_EXTENSIONS: Readonly<Record<SourceFormat, string>> = { text: 'txt', markdown: 'md', html: 'html', epub: 'epub', pdf: 'pdf', docx: 'docx' };

export const articleMetaSchema = z.object({
  schema: z.literal(STORE_VERSION),
  id: articleId,
  sourceName: z.string(),
  /** Always `original.<ext>` in the article's own folder: a record (or a backup) can never name
   * a path, so a crafted one cannot make the store read or write outside the library. */
  originalFile: z.string().regex(ORIGINAL_FILE_NAME, 'must be original.<extension>'),
  format: z.enum(SOURCE_FORMATS),
  encoding: z.string(),
  language: z.string(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  words: z.number().int().min(0),
  added: isoDate,
  trashedAt: isoDate.nullable(),
  state: articleStateSchema,
  /** A digest of the article's cards, so the library shows due counts without reading them. */
  study: z
    .object({
      untriaged: z.number().int().min(0),
      inStudy: z.number().int().min(0),
      newInStudy: z.number().int().min(0),
      /** Due times of cards in study that are past the New state. */
      due: z.array(isoDate),
    })
    .optional(),
  /** A digest of the article's notes, for the list. */
  notes: z.object({ highlights: z.number().int().min(0), hasNote: z.boolean() }).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleMeta: FileKind<ArticleMeta> = { name: 'article record', version: STORE_VERSION, schema: articleMetaSchema, migrations: {} };

const blockSchema = z.object({
  type: z.enum(['heading', 'paragraph']),
  text: z.string(),
  level: z.number().int().min(1).max(6).optional(),
  style: z.enum(['list-item', 'ordered-item', 'quote', 'code']).optional(),
  links: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), href: z.string().regex(/^https?:\/\//i) })).optional(),
  section: z.number().int().min(0).optional(),
});
const figureSchema = z.object({ before: z.number().int().min(0), image: z.string().regex(/^[\w.-]+$/).nullable(), alt: z.string(), caption: z.string().nullable() });
const sectionSchema = z.object({ title: z.string(), block: z.number().int().min(0) });
const removedSchema = z.object({
  text: z.string(),
  rule: z.enum(REMOVAL_RULES),
  reason: z.string(),
  before: z.number().int().min(0),
});

export const parsedFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  article: z.object({
    title: z.string(),
    byline: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string(),
    blocks: z.array(blockSchema),
    removed: z.array(removedSchema),
    format: z.enum(SOURCE_FORMATS),
    encoding: z.string(),
    siteName: z.string().nullable().optional(),
    figures: z.array(figureSchema).optional(),
    sections: z.array(sectionSchema).optional(),
    problems: z.array(z.string()).optional(),
  }),
});
export interface ParsedFile {
  readonly schema: typeof STORE_VERSION;
  readonly article: ParsedArticle;
}

export const parsedFile: FileKind<ParsedFile> = { name: 'parsed article', version: STORE_VERSION, schema: parsedFileSchema, migrations: {} };

export const studySettingsSchema = z.object({
  retention: z.number().gt(0.5).lt(1),
  newPerDay: z.number().int().min(0).max(9999),
  reviewsPerDay: z.number().int().min(0).max(99999),
  rolloverHour: z.number().int().min(0).max(23),
  leechLapses: z.number().int().min(2).max(99),
  learnAheadMinutes: z.number().int().min(0).max(1440),
  fuzz: z.boolean(),
  cardsPer100Words: z.number().min(0.2).max(5).optional(),
});

export const settingsFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  fontSize: z.number().min(12).max(40),
  maxFileMiB: z.number().int().min(1).max(1024).optional(),
  tourSeen: z.boolean().optional(),
  study: studySettingsSchema.optional(),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

export const settingsFile: FileKind<SettingsFile> = { name: 'settings file', version: STORE_VERSION, schema: settingsFileSchema, migrations: {} };

const sourceSchema = z.object({ paragraph: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });
const scheduleSchema = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number().int(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.enum(CARD_STATES),
  lastReview: isoDate.nullable(),
});

/** A card's generator features by name: one check per record, not a schema per value — a long
 * book's ~1,000 cards with ~30 features each took ~100 ms of zod per write of its card file,
 * holding the host's thread (bench figure 8). Accepts what a record of finite numbers, strings
 * and booleans does. */
const cardFeatures = z.custom<Record<string, number | string | boolean>>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value)) &&
    Object.values(value).every((v) => (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean'),
  'features are finite numbers, strings or true/false, by name',
);

export const studyCardSchema = z.object({
  id: z.string().min(1),
  articleId: articleId,
  kind: z.enum(CARD_KINDS),
  front: z.string(),
  back: z.string(),
  choices: z.array(z.string()).optional(),
  cloze: z.string().optional(),
  gap: z.number().int().min(1).optional(),
  source: sourceSchema,
  features: cardFeatures.optional(),
  status: z.enum(CARD_STATUSES),
  schedule: scheduleSchema,
  suspended: z.boolean(),
  leech: z.boolean(),
  flagged: z.boolean(),
  flagReason: z.string().nullable(),
  edited: z.boolean(),
  original: z.object({ front: z.string(), back: z.string() }).optional(),
  editedAt: isoDate.optional(),
  tags: z.array(z.string()).optional(),
  createdAt: isoDate,
});

export const cardsFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  /** The generator version that made these cards; a newer one regenerates. */
  generator: z.number().int().min(1),
  cards: z.array(studyCardSchema),
});

export interface CardsFile {
  readonly schema: typeof STORE_VERSION;
  readonly generator: number;
  readonly cards: readonly StudyCard[];
}

export const cardsFile: ArticleFileKind<CardsFile> = {
  name: 'card file',
  fileName: 'cards.json',
  whenLost: 'left the cards to be generated again (the review log keeps their history)',
  version: STORE_VERSION,
  schema: cardsFileSchema,
  migrations: {},
};

const summarySchema = z.object({
  keyPoints: z.array(z.object({ text: z.string(), paragraph: z.number().int().min(0) })),
  people: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
  organizations: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
  places: z.array(z.object({ name: z.string() })),
  timeline: z.array(z.object({ date: z.string(), event: z.string() })),
  numbers: z.array(z.object({ value: z.string(), what: z.string() })),
});

export const notesFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  highlights: z.array(
    z.object({
      id: z.string().regex(/^[0-9a-f]{12,32}$/),
      color: z.enum(HIGHLIGHT_COLORS),
      note: z.string(),
      tags: z.array(z.string()),
      selector: z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }),
      createdAt: isoDate,
      updatedAt: isoDate,
    }),
  ),
  note: z.object({ markdown: z.string(), updatedAt: isoDate.nullable() }),
  /** The reader's edited summary, kept over regenerations; null while they have not edited it. */
  editedSummary: summarySchema.nullable(),
  /** When the summary was last edited (a merge takes the later edit); absent in older files. */
  editedSummaryAt: isoDate.nullable().optional(),
});

export interface NotesFile {
  readonly schema: typeof STORE_VERSION;
  readonly highlights: readonly Highlight[];
  readonly note: ArticleNote;
  readonly editedSummary: Summary | null;
  readonly editedSummaryAt?: string | null;
}

export const notesFile: ArticleFileKind<NotesFile> = {
  name: 'notes file',
  fileName: 'notes.json',
  whenLost: 'started the notes afresh (no backup was readable)',
  version: STORE_VERSION,
  schema: notesFileSchema,
  migrations: {},
};

export const EMPTY_NOTES: NotesFile = { schema: STORE_VERSION, highlights: [], note: { markdown: '', updatedAt: null }, editedSummary: null };

/** A file kept in the library home itself (not an article's folder). */
export type HomeFileKind<T> = ArticleFileKind<T>;

export const readerModelSchema = z.object({
  schema: z.literal(STORE_VERSION),
  /** The shipped model this one started from; a different shipped model means relearning from the journal. */
  prior: z.string().min(1),
  /** How many triage decisions it learnt from. */
  decisions: z.number().int().min(0),
  bias: z.number(),
  weights: z.record(z.string(), z.number()),
  updatedAt: isoDate,
});
export type ReaderModelFile = z.infer<typeof readerModelSchema>;

/** The card quality model as this library's reader has taught it (core/cards/quality/online.ts). */
export const readerModelFile: HomeFileKind<ReaderModelFile> = {
  name: 'card model',
  fileName: 'card-model.json',
  whenLost: 'learnt it again from the decision journal',
  version: STORE_VERSION,
  schema: readerModelSchema,
  migrations: {},
};

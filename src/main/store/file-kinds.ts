// The store's file kinds: each with its current schema version, a zod schema that everything
// read from disk must pass, and migrations from older versions. A file carries its version in
// `schema`; one newer than this build knows is refused, never "repaired".
import { z } from 'zod';
import { REMOVAL_RULES, type ParsedArticle } from '../../shared/types.js';
import type { StudyCard } from '../../core/study/index.js';

export interface FileKind<T> {
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodType<T>;
  /** migrations[n] turns a version-n document into a version-(n+1) one. */
  readonly migrations: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;
}

export const STORE_VERSION = 1 as const;

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

export const articleMetaSchema = z.object({
  schema: z.literal(STORE_VERSION),
  id: z.string().regex(/^[0-9a-f]{16}$/),
  sourceName: z.string(),
  originalFile: z.string().min(1),
  format: z.enum(['text', 'markdown']),
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
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleMeta: FileKind<ArticleMeta> = { name: 'article record', version: STORE_VERSION, schema: articleMetaSchema, migrations: {} };

const blockSchema = z.object({ type: z.enum(['heading', 'paragraph']), text: z.string() });
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
    format: z.enum(['text', 'markdown']),
    encoding: z.string(),
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
});

export const settingsFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  theme: z.enum(['light', 'dark', 'sepia']),
  fontSize: z.number().min(12).max(40),
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
  state: z.enum(['New', 'Learning', 'Review', 'Relearning']),
  lastReview: isoDate.nullable(),
});

export const studyCardSchema = z.object({
  id: z.string().min(1),
  articleId: z.string().regex(/^[0-9a-f]{16}$/),
  kind: z.enum(['cloze', 'quote', 'choice', 'identity', 'qa']),
  front: z.string(),
  back: z.string(),
  choices: z.array(z.string()).optional(),
  cloze: z.string().optional(),
  source: sourceSchema,
  features: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).optional(),
  status: z.enum(['untriaged', 'kept', 'dropped']),
  schedule: scheduleSchema,
  suspended: z.boolean(),
  leech: z.boolean(),
  flagged: z.boolean(),
  flagReason: z.string().nullable(),
  edited: z.boolean(),
  original: z.object({ front: z.string(), back: z.string() }).optional(),
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

export const cardsFile: FileKind<CardsFile> = { name: 'card file', version: STORE_VERSION, schema: cardsFileSchema, migrations: {} };

// The store's file kinds: each with its current schema version, a zod schema that everything
// read from disk must pass, and migrations from older versions. A file carries its version in
// `schema`; one newer than this build knows is refused, never "repaired".
import { z } from 'zod';
import { REMOVAL_RULES, type ParsedArticle } from '../../shared/types.js';

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

export const settingsFileSchema = z.object({
  schema: z.literal(STORE_VERSION),
  theme: z.enum(['light', 'dark', 'sepia']),
  fontSize: z.number().min(12).max(40),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

export const settingsFile: FileKind<SettingsFile> = { name: 'settings file', version: STORE_VERSION, schema: settingsFileSchema, migrations: {} };

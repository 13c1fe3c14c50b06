// Lectern's domain types, in one place. Shared by core, main, preload, CLI and renderer, so
// nothing here may import `node:*` or `electron`.

export type BlockType = 'heading' | 'paragraph';

/** An http(s) link inside a block's text, by offsets (every other scheme is removed on import). */
export interface InlineLink {
  readonly start: number;
  readonly end: number;
  readonly href: string;
}

/** How a paragraph is shown; its text is clean text all the same. */
export type BlockStyle = 'list-item' | 'ordered-item' | 'quote' | 'code';

/** One block of an article's clean text. */
export interface Block {
  readonly type: BlockType;
  readonly text: string;
  /** Heading level 1–6; absent means 2. */
  readonly level?: number;
  readonly style?: BlockStyle;
  readonly links?: readonly InlineLink[];
  /** Index into the article's `sections` (EPUB chapters). */
  readonly section?: number;
}

/** A picture with its caption: shown in the reader, left out of the clean text. */
export interface Figure {
  /** Index of the kept block it stands before (`blocks.length` = after the last). */
  readonly before: number;
  /** File name among the article's assets, or null (remote images are never fetched). */
  readonly image: string | null;
  readonly alt: string;
  readonly caption: string | null;
}

/** A table-of-contents entry: a chapter and the index of its first block. */
export interface Section {
  readonly title: string;
  readonly block: number;
}

/** A file that belongs to an article (an image), stored beside its original. */
export interface Asset {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/** Why a block left the clean text. Each rule is one of our cleanup rules. */
export const REMOVAL_RULES = [
  'title',
  'byline',
  'dateline',
  'teaser',
  'related',
  'share',
  'subscribe',
  'comments',
  'credits',
  'hashtags',
  'caption',
  'pull-quote',
  'navigation',
  'advertisement',
  'legal',
  'duplicate',
  'boilerplate',
] as const;
export type RemovalRule = (typeof REMOVAL_RULES)[number];

/**
 * A block that cleanup took out of the clean text. It is never thrown away: the reader shows
 * it on demand, in place (`before` is the index of the kept block it stood before, or
 * `blocks.length` when it came after the last one).
 */
export interface RemovedBlock {
  readonly text: string;
  readonly rule: RemovalRule;
  /** A short human sentence, e.g. "teaser for another story". */
  readonly reason: string;
  readonly before: number;
}

export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'epub', 'pdf', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** What parsing and cleanup make of one file. Pure data: no ids, no user state. */
export interface ParsedArticle {
  readonly title: string;
  /** Author or source, without a leading "by". */
  readonly byline: string | null;
  /** ISO 8601 at the precision the source gives; an offset only when the source gives one. */
  readonly published: string | null;
  /** ISO 639-1 code, or "und" when it cannot be told. */
  readonly language: string;
  readonly blocks: readonly Block[];
  readonly removed: readonly RemovedBlock[];
  readonly format: SourceFormat;
  /** The text encoding the file was decoded from, e.g. "utf-8", "utf-16le", "windows-1252"
   * (for binary formats, the encoding of their text, usually "utf-8"). */
  readonly encoding: string;
  /** The site or publication (web pages), when known. */
  readonly siteName?: string | null;
  readonly figures?: readonly Figure[];
  /** Chapters, for books. */
  readonly sections?: readonly Section[];
  /** Parts of the file that could not be read, in words for people ("1 chapter could not be read: …"). */
  readonly problems?: readonly string[];
}

/** The user's state of one article, kept apart from what parsing produced. */
export interface ArticleState {
  readonly title: string;
  readonly tags: readonly string[];
  readonly archived: boolean;
  readonly favorite: boolean;
  /** 0–1, how far the reader has read. */
  readonly progress: number;
}

/** One row of the library list; the JSON shape `lectern list --json` prints. */
export interface ArticleListItem {
  readonly id: string;
  readonly title: string;
  readonly byline: string | null;
  readonly published: string | null;
  /** ISO 8601 with offset. */
  readonly added: string;
  readonly words: number;
  readonly readingMinutes: number;
  readonly progress: number;
  readonly tags: readonly string[];
  readonly archived: boolean;
  readonly favorite: boolean;
  readonly language: string;
  readonly sourceName: string;
  /** The article's quiz cards: waiting for triage, in study, and due now. */
  readonly cards: { readonly untriaged: number; readonly inStudy: number; readonly due: number };
}

/** A whole article as the reader shows it. */
export interface ArticleDetail extends ArticleListItem {
  readonly blocks: readonly Block[];
  readonly removed: readonly RemovedBlock[];
  readonly format: SourceFormat;
  readonly encoding: string;
  readonly figures?: readonly Figure[];
  readonly sections?: readonly Section[];
  readonly siteName?: string | null;
  readonly problems?: readonly string[];
}

export interface TrashItem {
  readonly id: string;
  readonly title: string;
  readonly trashedAt: string;
}

export type ImportOutcome =
  | { readonly kind: 'imported'; readonly path: string; readonly id: string; readonly title: string; readonly warnings?: readonly string[] }
  | { readonly kind: 'duplicate'; readonly path: string; readonly id: string; readonly title: string; readonly inTrash: boolean }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
  | { readonly kind: 'failed'; readonly path: string; readonly error: string };

export interface ImportReport {
  readonly outcomes: readonly ImportOutcome[];
  readonly imported: number;
  readonly duplicates: number;
  readonly skipped: number;
  readonly failed: number;
}

/** A store file that could not be read and what was done about it. */
/** An article folder left out of the library because it cannot be read as an article; it
 * stays on disk for the user (or a newer Lectern) to deal with. */
export interface AttentionItem {
  readonly id: string;
  readonly shelf: 'articles' | 'trash';
  /** The folder, relative to the library home. */
  readonly path: string;
  readonly problem: string;
}

export interface Recovery {
  readonly file: string;
  readonly problem: string;
  readonly action: string;
  /** Where the bad file was moved to (never deleted). */
  readonly movedTo: string | null;
  readonly at: string;
}

export interface LibraryInfo {
  readonly home: string;
  readonly articles: number;
  readonly trashed: number;
  readonly schemaVersion: number;
  readonly recoveries: readonly Recovery[];
}

/** 'system' follows the operating system's light or dark setting. */
export type Theme = 'system' | 'light' | 'dark' | 'sepia';

/** Reader settings, kept in the library home so both shells share them. */
export interface Settings {
  readonly theme: Theme;
  /** Reader font size in CSS pixels. */
  readonly fontSize: number;
  /** The largest file Lectern imports, in MiB. */
  readonly maxFileMiB: number;
  /** The first-run tour was shown (or switched off, as in tests). */
  readonly tourSeen: boolean;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'light', fontSize: 19, maxFileMiB: 50, tourSeen: false };

/** One search hit; the JSON shape `lectern search --json` prints. */
export interface SearchResult {
  readonly articleId: string;
  readonly title: string;
  readonly kind: 'text' | 'note' | 'highlight' | 'card';
  readonly snippet: string;
  /** The paragraph to jump to, or null. */
  readonly paragraph: number | null;
  /** Where the query words are in the snippet (start, end), for highlighting. */
  readonly marks: readonly (readonly [number, number])[];
}

/** A long call in progress (an export, a restore): what the UI shows with its Cancel button. */
export interface TaskProgress {
  readonly id: number;
  /** What it is doing, for people: "Exporting", "Restoring a backup". */
  readonly label: string;
  readonly done: number;
  /** 0 while the amount of work is not known yet. */
  readonly total: number;
}

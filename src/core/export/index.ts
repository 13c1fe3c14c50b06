// Lectern's exports: pure formatters from gathered article data to file contents. The export
// service gathers the data (src/host/services/export.ts) and writes or zips what comes out.
import type { SqlJsStatic } from 'sql.js';
import { strToU8 } from 'fflate';
import { ankiText } from './anki-text.js';
import { apkg } from './apkg.js';
import { cardsCsv } from './csv.js';
import { articleHtml, htmlIndex, type NoteRenderer } from './html.js';
import { backupJson, type BackupSource } from './json.js';
import { articleMarkdown, markdownIndex } from './markdown.js';
import { articleFileName } from './names.js';
import { untriagedLeftOut, withCardPolicy, type CardPolicy, type ExportArticle, type ExportFile, type ExportFormat } from './types.js';

export { ankiGuid, ankiNotes, deckNameOf, type AnkiNote } from './anki-notes.js';
export { ANKI_TEXT_HEADER, ankiText } from './anki-text.js';
export { apkg, deckIdOf, fieldChecksum, modelIdOf, stableAnkiId } from './apkg.js';
export { CSV_COLUMNS, cardsCsv, csvField } from './csv.js';
export { escapeHtml, stripHtml } from './escape.js';
export { articleHtml, htmlIndex, type NoteRenderer } from './html.js';
export { BACKUP_FORMAT, BACKUP_VERSION, backupDocument, backupJson, type BackupArticle, type BackupAsset, type BackupDocument, type BackupSource } from './json.js';
export { articleMarkdown, frontMatterOf, markdownIndex } from './markdown.js';
export { articleFileName, slugOf } from './names.js';
export { sha1Hex } from './sha1.js';
export { CARD_POLICIES, EXPORT_FORMATS, isExportedCard, isKeptCard, keptCards, untriagedLeftOut, withCardPolicy, type CardPolicy, type ExportArticle, type ExportFile, type ExportFormat, type ExportMeta } from './types.js';

export type ExportRequest =
  | { readonly format: 'json'; readonly articles: readonly BackupSource[] }
  | { readonly format: Exclude<ExportFormat, 'json'>; readonly articles: readonly ExportArticle[] };

export interface ExportOutput {
  /** True when the files belong in a folder (Markdown or HTML of several articles, with an index). */
  readonly folder: boolean;
  readonly files: readonly ExportFile[];
  /** Cards that went out (Lectern cards; a JSON backup counts every stored card). */
  readonly cards: number;
  /** Untriaged cards the card policy left out (0 with `all`, and for the JSON backup). */
  readonly untriagedLeftOut: number;
}

export interface RenderOptions {
  readonly exportedAt: Date;
  /** sql.js, initialised; needed for `apkg` only. */
  readonly sql?: SqlJsStatic;
  /** The note's Markdown as safe HTML (note-html.ts's `noteHtml`); needed for `html` only. */
  readonly noteHtml?: NoteRenderer;
  /** Which cards go out; `kept` when absent. The JSON backup ignores it: it holds everything. */
  readonly cards?: CardPolicy;
}

const MIME: Readonly<Record<ExportFormat, string>> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  anki: 'text/plain; charset=utf-8',
  apkg: 'application/octet-stream',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
};

/** One file name when the export is one file: the article's own name, or a library-wide one. */
const MANY_NAMES: Readonly<Record<ExportFormat, string>> = {
  md: 'lectern-export.md',
  html: 'lectern-export.html',
  anki: 'lectern-anki.txt',
  apkg: 'lectern.apkg',
  csv: 'lectern-cards.csv',
  json: 'lectern-backup.json',
};
const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { md: 'md', html: 'html', anki: 'txt', apkg: 'apkg', csv: 'csv', json: 'json' };

export function renderExport(request: ExportRequest, options: RenderOptions): ExportOutput {
  if (request.format === 'json') {
    const cards = request.articles.reduce((n, a) => n + a.cards.length, 0);
    return { ...renderFiles(request, options), cards, untriagedLeftOut: 0 };
  }
  const policy = options.cards ?? 'kept';
  const leftOut = request.articles.reduce((n, a) => n + untriagedLeftOut(a, policy), 0);
  const articles = request.articles.map((a) => withCardPolicy(a, policy));
  const cards = articles.reduce((n, a) => n + a.cards.length, 0);
  return { ...renderFiles({ format: request.format, articles }, options), cards, untriagedLeftOut: leftOut };
}

function renderFiles(request: ExportRequest, options: RenderOptions): Pick<ExportOutput, 'folder' | 'files'> {
  const { exportedAt } = options;
  const { format, articles } = request;
  const single = articles.length === 1 ? articles[0]! : null;
  const name = single ? articleFileName(single.meta, EXTENSIONS[format]) : MANY_NAMES[format];
  const file = (data: string | Uint8Array, fileName = name): ExportFile => ({ name: fileName, mimeType: MIME[format], data: typeof data === 'string' ? strToU8(data) : data });
  switch (format) {
    case 'md':
    case 'html': {
      const renderNote = options.noteHtml;
      if (format === 'html' && !renderNote) throw new Error('lectern: the html export needs a note renderer');
      const render = format === 'md' ? articleMarkdown : (a: ExportArticle, at: Date) => articleHtml(a, at, renderNote!);
      if (single) return { folder: false, files: [file(render(single, exportedAt))] };
      const index = format === 'md' ? markdownIndex(articles, exportedAt) : htmlIndex(articles, exportedAt);
      return {
        folder: true,
        files: [...articles.map((a) => file(render(a, exportedAt), articleFileName(a.meta, format))), file(index, `index.${format}`)],
      };
    }
    case 'anki':
      return { folder: false, files: [file(ankiText(articles))] };
    case 'apkg':
      if (!options.sql) throw new Error('lectern: the apkg export needs sql.js');
      return { folder: false, files: [file(apkg(options.sql, articles, exportedAt))] };
    case 'csv':
      return { folder: false, files: [file(cardsCsv(articles))] };
    case 'json':
      return { folder: false, files: [file(backupJson(request.articles, exportedAt))] };
  }
}

// Exports over the store: gathers each article's data (record, parsed text, summary note,
// highlights, note, cards, decisions, review log, original bytes for the backup) and hands it
// to the pure formatters of core/export. Reading only: an export never changes the library.
import { createRequire } from 'node:module';
import { zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { generateCards } from '../../core/cards/index.js';
import { renderExport, type BackupAsset, type BackupSource, type CardPolicy, type ExportFormat, type ExportOutput } from '../../core/export/index.js';
import { newStudyCard } from '../../core/study/index.js';
import { isTriageDecision } from '../../shared/journals.js';
import type { Summary } from '../../shared/notes.js';
import type { ReviewLogEntry, StudyCard, TriageDecision } from '../../shared/study.js';
import { cardsFile, EMPTY_NOTES, notesFile, type ArticleMeta } from '../store/file-kinds.js';
import type { LibraryStore } from '../store/library-store.js';
import { byAddedDescending } from './article-view.js';
import { NotesService } from './notes.js';
import { quietWork, type Work } from './tasks.js';
import { StudyService } from './study.js';

export type ArticleSelection = readonly string[] | 'all';

/** What the UI downloads: one file (several Markdown or HTML files come zipped). */
export interface ExportDownload {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}

const EMPTY_SUMMARY: Summary = { keyPoints: [], people: [], organizations: [], places: [], timeline: [], numbers: [] };

let sqlJs: Promise<SqlJsStatic> | null = null;

/** sql.js, loaded once; its WebAssembly file is found beside its script in node_modules. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!sqlJs) {
    const require = createRequire(import.meta.url);
    const wasm = require.resolve('sql.js/dist/sql-wasm.wasm');
    sqlJs = initSqlJs({ locateFile: () => wasm });
  }
  return sqlJs;
}

export class ExportService {
  constructor(
    private readonly store: LibraryStore,
    private readonly notes = new NotesService(store),
    private readonly study = new StudyService(store),
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The IDs an export covers, checked to exist (an unknown one throws NotFoundError). */
  resolve(selection: ArticleSelection): string[] {
    // Newest first, as the library lists them.
    if (selection === 'all') return this.store.metas('articles').sort(byAddedDescending).map((m) => m.id);
    const ids = [...new Set(selection)];
    for (const id of ids) this.store.meta('articles', id);
    return ids;
  }

  /** Everything the formatters need of each article. Summaries are computed only for formats
   * that show them, originals read only for the JSON backup. */
  async gather(ids: readonly string[], format: ExportFormat, work: Work = quietWork()): Promise<BackupSource<ArticleMeta>[]> {
    const store = this.store;
    const wanted = new Set(ids);
    const decisions = store.readJournal('decisions').filter((d): d is TriageDecision => isTriageDecision(d) && wanted.has(d.articleId));
    const reviews = this.study.reviewLog();
    const withSummary = format === 'md' || format === 'html' || format === 'json';
    const gathered: BackupSource<ArticleMeta>[] = [];
    for (const [index, id] of ids.entries()) {
      work.report(index, ids.length);
      // Between articles other calls run (a poll, a Cancel), and a cancelled export stops here.
      await work.checkpoint();
      gathered.push(this.gatherOne(id, format, store, decisions, reviews, withSummary));
    }
    return gathered;
  }

  private gatherOne(id: string, format: ExportFormat, store: LibraryStore, decisions: readonly TriageDecision[], reviews: readonly ReviewLogEntry[], withSummary: boolean): BackupSource<ArticleMeta> {
    {
      const meta = store.meta('articles', id);
      const notes = store.articleFile(notesFile, 'articles', id) ?? EMPTY_NOTES;
      const cards = store.articleFile(cardsFile, 'articles', id);
      const cardIds = new Set(cards?.cards.map((c) => c.id) ?? []);
      const summary = withSummary ? this.notes.summary(id) : { summary: notes.editedSummary ?? EMPTY_SUMMARY, edited: notes.editedSummary !== null };
      return {
        meta,
        article: store.parsed('articles', id).article,
        summary: summary.summary,
        summaryEdited: summary.edited,
        editedSummary: notes.editedSummary,
        editedSummaryAt: notes.editedSummaryAt ?? null,
        highlights: notes.highlights,
        note: notes.note,
        cards: cards?.cards ?? (format === 'json' ? [] : this.unstoredCards(id)),
        cardsGenerator: cards ? cards.generator : null,
        decisions: decisions.filter((d) => d.articleId === id),
        reviewLog: reviews.filter((r: ReviewLogEntry) => cardIds.has(r.cardId)),
        original: format === 'json' ? base64(store.original('articles', id)) : '',
        assets: format === 'json' ? this.assetsOf(id) : [],
      };
    }
  }

  /** Cards of an article that has none stored yet (nothing asked for them): generated as the
   * study service would, untriaged, without writing them, since an export only reads. */
  private unstoredCards(id: string): StudyCard[] {
    const { article } = this.store.parsed('articles', id);
    const now = this.clock();
    const set = generateCards(article, { wordsPerCard: 100 / this.study.settings().cardsPer100Words });
    return set.cards.map((card) => newStudyCard({ ...card, id: `${id}-${card.id}` }, id, now));
  }

  /** The files stored with an article: the images its figures show. */
  private assetsOf(id: string): BackupAsset[] {
    const names = new Set((this.store.parsed('articles', id).article.figures ?? []).flatMap((f) => (f.image ? [f.image] : [])));
    return [...names].sort().map((name) => {
      const asset = this.store.asset('articles', id, name);
      return { name, type: asset.type, base64: base64(asset.bytes) };
    });
  }

  /** `cards` picks the cards that go out (not for `json`, which holds everything). */
  async render(selection: ArticleSelection, format: ExportFormat, work: Work = quietWork(), cards: CardPolicy = 'kept'): Promise<ExportOutput> {
    const articles = await this.gather(this.resolve(selection), format, work);
    const exportedAt = this.clock();
    if (format === 'json') return renderExport({ format, articles }, { exportedAt });
    const sql = format === 'apkg' ? await loadSqlJs() : undefined;
    // Loaded on demand: the note renderer brings jsdom, which no other command should wait for.
    const noteHtml = format === 'html' ? (await import('../../core/export/note-html.js')).noteHtml : undefined;
    const output = renderExport({ format, articles }, { exportedAt, cards, ...(sql ? { sql } : {}), ...(noteHtml ? { noteHtml } : {}) });
    work.report(articles.length, articles.length);
    return output;
  }

  /** One downloadable file; Markdown or HTML of several articles is zipped as `lectern-export.zip`. */
  async download(selection: ArticleSelection, format: ExportFormat, work: Work = quietWork()): Promise<ExportDownload> {
    const output = await this.render(selection, format, work);
    if (output.folder) {
      const zip = zipSync(Object.fromEntries(output.files.map((f) => [f.name, f.data])));
      return { fileName: 'lectern-export.zip', mimeType: 'application/zip', base64: base64(zip) };
    }
    const [file] = output.files;
    return { fileName: file!.name, mimeType: file!.mimeType, base64: base64(file!.data) };
  }
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}


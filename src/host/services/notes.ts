// Notes of an article over the store: highlights anchored to its clean text, the reader's
// Markdown note, and the summary note (generated from the article, or the reader's edit).
import { randomBytes } from 'node:crypto';
import { anchor, inlineTags, selectorFor, toBlockRanges, toTextOffset } from '../../core/annotations/index.js';
import { NotFoundError, ValidationError } from '../../core/errors.js';
import { cleanText } from '../../core/parse/index.js';
import { summarizeArticle } from '../../core/summary/index.js';
import type { ArticleNote, Highlight, HighlightColor, HighlightView, Summary, SummaryView } from '../../shared/notes.js';
import type { ParsedArticle } from '../../shared/types.js';
import { EMPTY_NOTES, notesFile, type NotesFile } from '../store/file-kinds.js';
import type { LibraryStore } from '../store/library-store.js';
import { normalizeTags } from './article-view.js';

/** Where a new highlight goes: a range of the reader's blocks (end may be in a later block). */
export interface HighlightRange {
  readonly startParagraph: number;
  readonly start: number;
  readonly endParagraph: number;
  readonly end: number;
}

/** A highlight's tags after an edit: those given (or kept), plus any #tags its note now has. */
function tagsAfter(current: readonly string[], change: { note?: string | undefined; tags?: readonly string[] | undefined }): string[] {
  return normalizeTags([...(change.tags ?? current), ...(change.note === undefined ? [] : inlineTags(change.note))]);
}

export type Summarize = (article: ParsedArticle) => Summary;

export class NotesService {
  constructor(
    private readonly store: LibraryStore,
    private readonly summarize: Summarize = summarizeArticle,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private notes(articleId: string): NotesFile {
    return this.store.articleFile(notesFile, 'articles', articleId) ?? EMPTY_NOTES;
  }

  private change(articleId: string, fn: (notes: NotesFile) => NotesFile): NotesFile {
    return this.store.updateArticleFile(notesFile, articleId, (current) => fn(current ?? EMPTY_NOTES), (notes) => ({ notes: { highlights: notes.highlights.length, hasNote: notes.note.markdown.trim().length > 0 } }));
  }

  private article(articleId: string): ParsedArticle {
    const parsed = this.store.parsed('articles', articleId).article;
    // Offsets count from the title the reader sees, which the user may have renamed.
    return { ...parsed, title: this.store.meta('articles', articleId).state.title };
  }

  highlights(articleId: string): HighlightView[] {
    const article = this.article(articleId);
    const text = cleanText(article);
    return this.notes(articleId).highlights.map((h) => {
      const found = anchor(text, h.selector);
      return {
        ...h,
        anchor: found.status === 'orphaned' ? found : { status: 'anchored', start: found.start, end: found.end, ranges: toBlockRanges(article.title, article.blocks, found.start, found.end) },
      } satisfies HighlightView;
    });
  }

  addHighlight(articleId: string, range: HighlightRange, color: HighlightColor, note = '', tags: readonly string[] = []): HighlightView {
    const article = this.article(articleId);
    const text = cleanText(article);
    const start = blockOffset(article, range.startParagraph, range.start);
    const end = blockOffset(article, range.endParagraph, range.end);
    if (end <= start) throw new ValidationError('A highlight needs some text selected.');
    const now = this.clock().toISOString();
    const highlight: Highlight = { id: randomBytes(8).toString('hex'), color, note, tags: normalizeTags([...tags, ...inlineTags(note)]), selector: selectorFor(text, start, end), createdAt: now, updatedAt: now };
    this.change(articleId, (notes) => ({ ...notes, highlights: [...notes.highlights, highlight] }));
    return this.highlights(articleId).find((h) => h.id === highlight.id)!;
  }

  updateHighlight(articleId: string, id: string, change: { color?: HighlightColor | undefined; note?: string | undefined; tags?: readonly string[] | undefined }): HighlightView {
    this.change(articleId, (notes) => {
      if (!notes.highlights.some((h) => h.id === id)) throw new NotFoundError(`No highlight ${id} in this article.`);
      return {
        ...notes,
        highlights: notes.highlights.map((h) =>
          h.id === id
            ? { ...h, color: change.color ?? h.color, note: change.note ?? h.note, tags: tagsAfter(h.tags, change), updatedAt: this.clock().toISOString() }
            : h,
        ),
      };
    });
    return this.highlights(articleId).find((h) => h.id === id)!;
  }

  deleteHighlight(articleId: string, id: string): void {
    this.change(articleId, (notes) => ({ ...notes, highlights: notes.highlights.filter((h) => h.id !== id) }));
  }

  note(articleId: string): ArticleNote {
    return this.notes(articleId).note;
  }

  setNote(articleId: string, markdown: string): ArticleNote {
    return this.change(articleId, (notes) => ({ ...notes, note: { markdown, updatedAt: this.clock().toISOString() } })).note;
  }

  /** The summary note: generated from the article as it is now, unless the reader edited it. */
  summary(articleId: string): SummaryView {
    const generated = this.summarize(this.article(articleId));
    const edited = this.notes(articleId).editedSummary;
    return { summary: edited ?? generated, edited: edited !== null, generated };
  }

  editSummary(articleId: string, summary: Summary): SummaryView {
    this.change(articleId, (notes) => ({ ...notes, editedSummary: summary, editedSummaryAt: this.clock().toISOString() }));
    return this.summary(articleId);
  }

  resetSummary(articleId: string): SummaryView {
    this.change(articleId, (notes) => ({ ...notes, editedSummary: null, editedSummaryAt: null }));
    return this.summary(articleId);
  }
}

function blockOffset(article: ParsedArticle, paragraph: number, offset: number): number {
  const block = article.blocks[paragraph];
  if (!block || offset < 0 || offset > block.text.length) throw new ValidationError(`No position ${offset} in paragraph ${paragraph}.`);
  return toTextOffset(article.title, article.blocks, paragraph, offset);
}

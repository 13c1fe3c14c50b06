// Pure mappings from store records to what the API returns.
import { isDueBy } from '../../core/study/due.js';
import type { ArticleDetail, ArticleListItem, TrashItem } from '../../shared/types.js';
import type { ArticleMeta, ParsedFile } from '../store/file-kinds.js';

const WORDS_PER_MINUTE = 230;

export function readingMinutes(words: number): number {
  return Math.ceil(words / WORDS_PER_MINUTE);
}

/** `dueHorizon` is core/study's `dueHorizon` for now: cards due before it count as due. */
export function toListItem(meta: ArticleMeta, dueHorizon: number): ArticleListItem {
  const study = meta.study;
  return {
    id: meta.id,
    title: meta.state.title,
    byline: meta.byline,
    published: meta.published,
    added: meta.added,
    words: meta.words,
    readingMinutes: readingMinutes(meta.words),
    progress: meta.state.progress,
    tags: meta.state.tags,
    archived: meta.state.archived,
    favorite: meta.state.favorite,
    language: meta.language,
    sourceName: meta.sourceName,
    cards: {
      untriaged: study?.untriaged ?? 0,
      inStudy: study?.inStudy ?? 0,
      due: study ? study.due.filter((due) => isDueBy(due, dueHorizon)).length : 0,
    },
  };
}

export function toDetail(meta: ArticleMeta, parsed: ParsedFile, dueHorizon: number): ArticleDetail {
  const { blocks, removed, format, encoding, figures, sections, siteName, problems } = parsed.article;
  return {
    ...toListItem(meta, dueHorizon),
    blocks,
    removed,
    format,
    encoding,
    ...(figures ? { figures } : {}),
    ...(sections ? { sections } : {}),
    ...(siteName === undefined ? {} : { siteName }),
    ...(problems?.length ? { problems } : {}),
  };
}

export function toTrashItem(meta: ArticleMeta): TrashItem {
  return { id: meta.id, title: meta.state.title, trashedAt: meta.trashedAt ?? meta.added };
}

/** Most recently added first; ties by ID so the order is stable. */
export function byAddedDescending(a: ArticleMeta, b: ArticleMeta): number {
  return b.added.localeCompare(a.added) || a.id.localeCompare(b.id);
}

/** Tags as the user means them: trimmed, no duplicates ignoring case, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

// A minimal ExportArticle for the pure formatter specs: one paragraph, no notes, no cards.
import type { ExportArticle, ExportMeta } from '../../../src/core/export/index.js';

export const AT = new Date('2026-05-01T08:00:00Z');

export function bareArticle(meta: Partial<ExportMeta> = {}, rest: Partial<Omit<ExportArticle, 'meta'>> = {}): ExportArticle {
  return {
    meta: { id: '0123456789abcdef', sourceName: 'note.md', byline: null, published: null, added: AT.toISOString(), state: { title: 'A title', tags: [] }, ...meta },
    article: { title: 'A title', byline: null, published: null, language: 'en', blocks: [{ type: 'paragraph', text: 'Body.' }], removed: [], format: 'markdown', encoding: 'utf-8' },
    summary: { keyPoints: [], people: [], organizations: [], places: [], timeline: [], numbers: [] },
    summaryEdited: false,
    highlights: [],
    note: { markdown: '', updatedAt: null },
    cards: [],
    decisions: [],
    reviewLog: [],
    ...rest,
  };
}

// Markdown for Obsidian and the like: YAML front matter, then the summary note, highlights as
// blockquotes with their notes, the reader's note and the kept cards as question/answer lines.
import { stringify } from 'yaml';
import { articleFileName } from './names.js';
import { questionOf, summarySections } from './summary-lines.js';
import { inStableOrder, keptCards, type ExportArticle } from './types.js';

/** The front matter's fields, in this order, empty ones left out. `exported` is the only one
 * that varies by run. Where the article came from: `url` when it is known, else the imported
 * file's name as `file` (a name Lectern gave pasted text is no source, and is left out). */
export function frontMatterOf(article: ExportArticle, exportedAt: Date): Record<string, unknown> {
  const { meta } = article;
  const url = meta.url ?? (/^https?:\/\/\S+$/i.test(meta.sourceName) ? meta.sourceName : null);
  const file = !url && /^[^/\\]+\.[a-z0-9]{1,8}$/i.test(meta.sourceName) ? meta.sourceName : null;
  const fields: Record<string, unknown> = {
    title: meta.state.title,
    byline: meta.byline,
    published: meta.published,
    site: article.article.siteName ?? null,
    url,
    file,
    tags: [...meta.state.tags],
    exported: exportedAt.toISOString(),
    lectern_id: meta.id,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => !isEmpty(v)));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

export function articleMarkdown(article: ExportArticle, exportedAt: Date): string {
  const parts: string[] = [`---\n${stringify(frontMatterOf(article, exportedAt), { lineWidth: 0 })}---`, `# ${oneLine(article.meta.state.title)}`];
  const sections = summarySections(article.summary);
  if (sections.length) {
    parts.push(`## Summary${article.summaryEdited ? '' : ' (generated)'}`);
    for (const section of sections) parts.push(`### ${section.heading}\n\n${section.lines.map((l) => `- ${oneLine(l)}`).join('\n')}`);
  }
  if (article.highlights.length) {
    parts.push('## Highlights');
    for (const h of article.highlights) {
      const quote = h.selector.exact.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n');
      const tags = h.tags.length ? ` ${h.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}` : '';
      parts.push(h.note.trim() || tags ? `${quote}\n\n${h.note.trim()}${tags}`.trimEnd() : quote);
    }
  }
  if (article.note.markdown.trim()) parts.push(`## My note\n\n${demoteHeadings(article.note.markdown.trim())}`);
  const cards = keptCards(article);
  if (cards.length) {
    parts.push('## Cards');
    for (const card of cards) parts.push(`**Q:** ${oneLine(questionOf(card))}  \n**A:** ${oneLine(card.back)}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** `index.md`: one link per article, in a stable order. */
export function markdownIndex(articles: readonly ExportArticle[], exportedAt: Date): string {
  const lines = inStableOrder(articles).map((a) => {
    const byline = a.meta.byline ? ` — ${oneLine(a.meta.byline)}` : '';
    return `- [${escapeLinkText(a.meta.state.title)}](${encodeURI(articleFileName(a.meta, 'md'))})${byline}`;
  });
  return `---\n${stringify({ title: 'Lectern export', exported: exportedAt.toISOString(), articles: articles.length })}---\n\n# Lectern export\n\n${lines.join('\n')}\n`;
}

/** The note's own headings go under "My note" (`# A` becomes `### A`), outside code fences. */
export function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,6}\s/.test(line) ? `##${line}`.replace(/^#{7,}/, '######') : line;
    })
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function escapeLinkText(text: string): string {
  return oneLine(text).replace(/([[\]\\])/g, '\\$1');
}

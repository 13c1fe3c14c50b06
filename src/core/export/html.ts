// A self-contained HTML copy of an article with its notes: inline CSS (with print styles), no
// scripts, no external styles or images, every piece of text escaped; the reader's Markdown
// note rendered and sanitised by the `renderNote` given (note-html.ts, loaded only when an HTML
// export asks: it brings jsdom, which every other command would pay for at start-up).
import { escapeHtml as e } from './escape.js';
import { articleFileName } from './names.js';
import { questionOf, summarySections } from './summary-lines.js';
import { inStableOrder, keptCards, type ExportArticle } from './types.js';

const STYLE = `
:root { color-scheme: light; }
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.9rem; line-height: 1.25; margin-bottom: .25rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.meta { color: #666; font-size: .9rem; }
.tag { display: inline-block; border: 1px solid #ccc; border-radius: .8rem; padding: 0 .5rem; margin-right: .3rem; font-size: .8rem; }
blockquote { margin: 1rem 0 .3rem; padding: .2rem 1rem; border-left: 4px solid #e6c200; background: #fffbe6; }
blockquote.green { border-color: #4caf50; background: #eef8ee; } blockquote.blue { border-color: #2196f3; background: #ecf5fd; }
blockquote.pink { border-color: #e91e63; background: #fdecf2; } blockquote.purple { border-color: #9c27b0; background: #f6ecf8; }
.hl-note { margin: 0 0 1rem 1.2rem; color: #333; font-style: italic; }
.note img { max-width: 100%; } .note pre { white-space: pre-wrap; }
.card { margin: .6rem 0; } .card .q { font-weight: bold; } .card .a { margin-left: 1.2rem; }
.source { color: #666; font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; } blockquote, .card { break-inside: avoid; }
  blockquote { background: none !important; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Markdown in, safe HTML out. */
export type NoteRenderer = (markdown: string) => string;

export function articleHtml(article: ExportArticle, exportedAt: Date, renderNote: NoteRenderer): string {
  const { meta } = article;
  const body: string[] = [`<h1>${e(meta.state.title)}</h1>`];
  const facts = [meta.byline, meta.published, meta.sourceName].filter((x): x is string => Boolean(x));
  body.push(`<p class="meta">${facts.map(e).join(' · ')}</p>`);
  if (meta.state.tags.length) body.push(`<p>${meta.state.tags.map((t) => `<span class="tag">${e(t)}</span>`).join('')}</p>`);
  const sections = summarySections(article.summary);
  if (sections.length) {
    body.push(`<h2>Summary${article.summaryEdited ? '' : ' <span class="meta">(generated)</span>'}</h2>`);
    for (const s of sections) body.push(`<h3>${e(s.heading)}</h3>\n<ul>${s.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`);
  }
  if (article.highlights.length) {
    body.push('<h2>Highlights</h2>');
    for (const h of article.highlights) {
      body.push(`<blockquote class="${h.color}">${e(h.selector.exact)}</blockquote>`);
      const extra = [h.note.trim(), h.tags.map((t) => `#${t}`).join(' ')].filter(Boolean).join(' ');
      if (extra) body.push(`<p class="hl-note">${e(extra)}</p>`);
    }
  }
  if (article.note.markdown.trim()) body.push(`<h2>My note</h2>\n<div class="note">${renderNote(article.note.markdown.trim())}</div>`);
  const cards = keptCards(article);
  if (cards.length) {
    body.push('<h2>Cards</h2>');
    for (const c of cards) body.push(`<div class="card"><div class="q">Q: ${e(questionOf(c))}</div><div class="a">A: ${e(c.back)}</div><div class="a source">${e(c.source.text)}</div></div>`);
  }
  body.push('<h2>Article</h2>');
  for (const block of article.article.blocks) {
    if (block.type === 'heading') body.push(`<h3>${e(block.text)}</h3>`);
    else body.push(block.style === 'quote' ? `<blockquote>${e(block.text)}</blockquote>` : `<p>${e(block.text)}</p>`);
  }
  return page(meta.state.title, body, exportedAt, article.article.language);
}

/** `index.html`: one link per article file, in a stable order. */
export function htmlIndex(articles: readonly ExportArticle[], exportedAt: Date): string {
  const items = inStableOrder(articles).map((a) => {
    const byline = a.meta.byline ? ` <span class="meta">— ${e(a.meta.byline)}</span>` : '';
    return `<li><a href="${e(encodeURI(articleFileName(a.meta, 'html')))}">${e(a.meta.state.title)}</a>${byline}</li>`;
  });
  return page('Lectern export', ['<h1>Lectern export</h1>', `<ul>\n${items.join('\n')}\n</ul>`], exportedAt);
}

function page(title: string, body: readonly string[], exportedAt: Date, language = 'en'): string {
  const lang = /^[a-z]{2,3}$/.test(language) && language !== 'und' ? language : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lectern">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
<p class="meta">Exported from Lectern on ${e(exportedAt.toISOString().slice(0, 10))}.</p>
</body>
</html>
`;
}

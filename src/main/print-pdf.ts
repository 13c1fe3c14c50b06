// "Export PDF" of several articles prints one document: the HTML export's article pages joined,
// each starting on a new page, with the styles of the first. Pure; the printing itself is in
// shell-ipc.ts.

interface Page {
  readonly name: string;
  readonly html: string;
}

function part(html: string, open: RegExp, close: string): string {
  const start = html.search(open);
  if (start < 0) return '';
  const from = html.indexOf('>', start) + 1;
  const end = html.lastIndexOf(close);
  return html.slice(from, end > from ? end : html.length);
}

/** One printable HTML document of the article pages (index.html, the list of links, is left out). */
export function printDocument(pages: readonly Page[]): string {
  const articles = pages.filter((p) => p.name !== 'index.html');
  const first = articles[0];
  if (!first) return '';
  if (articles.length === 1) return first.html;
  const head = part(first.html, /<head[\s>]/i, '</head>').replace(/<title>[\s\S]*?<\/title>/i, '<title>Lectern export</title>');
  const bodies = articles.map((p, i) => `<section${i ? ' style="break-before: page"' : ''}>\n${part(p.html, /<body[\s>]/i, '</body>')}\n</section>`);
  return `<!DOCTYPE html>\n<html lang="en">\n<head>${head}</head>\n<body>\n${bodies.join('\n')}\n</body>\n</html>\n`;
}

/** The file name offered for the PDF. */
export function pdfFileName(pages: readonly Page[]): string {
  const articles = pages.filter((p) => p.name !== 'index.html');
  return articles.length === 1 ? articles[0]!.name.replace(/\.html?$/i, '') + '.pdf' : 'lectern-export.pdf';
}

// The HTML export shows the reader's Markdown note rendered, not raw, and sanitised: the
// note is the reader's text, but it may hold pasted HTML, and the file is opened in a browser.
import { describe, expect, it } from 'vitest';
import { articleHtml, type ExportArticle } from '../../../src/core/export/index.js';
import { noteHtml } from '../../../src/core/export/note-html.js';
import { AT, bareArticle } from './bare-article.js';

function withNote(markdown: string): ExportArticle {
  return bareArticle({}, { note: { markdown, updatedAt: AT.toISOString() } });
}

function noteOf(html: string): string {
  return html.slice(html.indexOf('<h2>My note</h2>'), html.indexOf('<h2>Article</h2>'));
}

describe('HTML export of the note', () => {
  it('renders headings, emphasis, lists, links and code, headings below "My note"', () => {
    const note = noteOf(articleHtml(withNote('# My take\n\nIt is **bold** and *quiet*.\n\n- one\n- two\n\nSee [the source](https://example.org/a).\n\n```\ncode <here>\n```'), AT, noteHtml));
    expect(note).toContain('<h3>My take</h3>');
    expect(note).toContain('<strong>bold</strong>');
    expect(note).toContain('<em>quiet</em>');
    expect(note).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(note).toContain('<a href="https://example.org/a" rel="noopener noreferrer">the source</a>');
    expect(note).toContain('<pre><code>code &lt;here&gt;');
    expect(note).not.toContain('# My take');
    expect(note).not.toContain('**');
  });

  it('removes scripts, styles, forms, inputs, handlers, javascript: links and outside images', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<style>body { display: none }</style>',
      '<form action="https://evil.example"><input name="pw"><button>Go</button></form>',
      '<img src="x" onerror="alert(2)">',
      '<p style="position:fixed" onclick="alert(3)">styled</p>',
      '[click](javascript:alert(4))',
      '![tracker](https://evil.example/pixel.png)',
      '<iframe src="https://evil.example"></iframe>',
    ].join('\n\n');
    const html = articleHtml(withNote(hostile), AT, noteHtml);
    const note = noteOf(html);
    for (const banned of [/<script/i, /<style/i, /<form/i, /<input/i, /<iframe/i, /onerror|onclick/i, /javascript:/i, /style=/i, /evil\.example/]) {
      expect(note).not.toMatch(banned);
    }
    expect(note).toContain('styled');
    expect(note).toContain('click');
    expect(html.match(/<style>/g)).toHaveLength(1); // the page's own
  });

  it('keeps an inline data: image, which needs no fetch', () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    expect(noteOf(articleHtml(withNote(`![dot](${pixel})`), AT, noteHtml))).toContain(`src="${pixel}"`);
  });
});

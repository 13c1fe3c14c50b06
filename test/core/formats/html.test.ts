import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/formats/index.js';
import { localPath } from '../../../src/core/formats/html.js';
import { PNG } from '../../fixtures/formats/build.js';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

const PROSE = [
  'The harbour authority approved the new breakwater on Tuesday after a decade of debate, ending a dispute that had divided the fishing town since the storms of 2014.',
  'Engineers say the structure, a curved wall of concrete and granite almost a kilometre long, will shelter the inner harbour from the worst of the winter swells.',
  'Local skippers, who had campaigned for the wall, welcomed the decision but warned that construction must not close the harbour mouth during the herring season.',
  'The council will publish the timetable for the works next month, together with the contracts for the quarry and the barges that will carry the stone.',
];

function newsPage(extraBody = '', head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved after decade of debate | The Coast Gazette</title>
<meta property="og:site_name" content="The Coast Gazette">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<meta name="author" content="Ana Ruiz">
<link rel="canonical" href="https://gazette.example/news/harbour-wall">
${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour wall approved after decade of debate</h1>
<p>${PROSE[0]} <a href="https://harbour.example/plan">The plan</a> is online.</p>
<figure><img src="page_files/wall.png" alt="The wall"><figcaption>The planned wall, seen from the lighthouse.</figcaption></figure>
<h2>What the engineers say</h2>
<p>${PROSE[1]}</p>
<ul><li>Length: almost a kilometre of concrete</li><li>Material: granite from the local quarry</li></ul>
<ol><li>Survey the seabed this spring</li><li>Build the wall over two summers</li></ol>
<blockquote><p>We have waited ten years for this wall, and we will wait a little longer.</p></blockquote>
<p>${PROSE[2]}</p>
<p>Share this article</p>
<p>${PROSE[3]} Read the <a href="/news/council">council notice</a> or <a href="javascript:alert(1)">click here to win</a>.</p>
${extraBody}
</article>
<footer><p>© 2024 The Coast Gazette. All rights reserved.</p></footer>
</body></html>`;
}

describe('readDocument on a web page', () => {
  it('keeps title, byline, site name and published date from the page head', async () => {
    const { article } = await readDocument(enc(newsPage()), 'page.html');
    expect(article.title).toBe('Harbour wall approved after decade of debate');
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.siteName).toBe('The Coast Gazette');
    expect(article.published).toBe('2024-03-05T09:30:00+00:00');
    expect(article.format).toBe('html');
    expect(article.language).toBe('en');
  });

  it('keeps headings with their level, list items, ordered items and quotes', async () => {
    const { article } = await readDocument(enc(newsPage()), 'page.html');
    expect(article.blocks).toContainEqual({ type: 'heading', level: 2, text: 'What the engineers say' });
    expect(article.blocks).toContainEqual({ type: 'paragraph', style: 'list-item', text: 'Length: almost a kilometre of concrete' });
    expect(article.blocks).toContainEqual({ type: 'paragraph', style: 'ordered-item', text: 'Survey the seabed this spring' });
    expect(article.blocks).toContainEqual({ type: 'paragraph', style: 'quote', text: 'We have waited ten years for this wall, and we will wait a little longer.' });
    expect(article.blocks.map((b) => b.text)).not.toContain('Harbour wall approved after decade of debate');
  });

  it('keeps http(s) links by offsets, makes relative ones absolute against the canonical address, drops other schemes but keeps their text', async () => {
    const { article } = await readDocument(enc(newsPage()), 'page.html');
    const first = article.blocks.find((b) => b.text.startsWith('The harbour authority'));
    const link = first?.links?.[0];
    expect(link && first?.text.slice(link.start, link.end)).toBe('The plan');
    expect(link?.href).toBe('https://harbour.example/plan');
    const last = article.blocks.find((b) => b.text.startsWith('The council will publish'));
    expect(last?.text).toContain('click here to win');
    expect(last?.links?.map((l) => l.href)).toEqual(['https://gazette.example/news/council']);
  });

  it('runs the text cleanup rules over the blocks, keeping each removed block with its reason', async () => {
    const { article } = await readDocument(enc(newsPage()), 'page.html');
    expect(article.blocks.map((b) => b.text)).not.toContain('Share this article');
    expect(article.removed).toContainEqual(expect.objectContaining({ text: 'Share this article', rule: 'share' }));
  });

  it('shows local images from the _files folder as assets, with the caption as a figure and not as a block', async () => {
    const asked: string[] = [];
    const doc = await readDocument(enc(newsPage()), 'page.html', {
      readLocal: (path) => {
        asked.push(path);
        return path === 'page_files/wall.png' ? PNG : null;
      },
    });
    expect(asked).toEqual(['page_files/wall.png']);
    expect(doc.assets).toEqual([{ name: 'wall.png', type: 'image/png', bytes: PNG }]);
    const figure = doc.article.figures?.[0];
    expect(figure).toMatchObject({ image: 'wall.png', alt: 'The wall', caption: 'The planned wall, seen from the lighthouse.' });
    expect(doc.article.blocks[figure?.before ?? -1]?.text).toBe('What the engineers say');
    expect(doc.article.blocks.map((b) => b.text).join(' ')).not.toContain('seen from the lighthouse');
  });

  it('decodes data: URI images to assets, and never asks for remote or escaping paths', async () => {
    const dataUri = `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`;
    const extra = `<p><img src="${dataUri}" alt="inline"></p><p><img src="https://cdn.example/x.png" alt="remote"></p><p><img src="../secret.png" alt="up"></p><p><img src="/etc/passwd" alt="abs"></p><p><img src="file:///etc/passwd" alt="file"></p><p><img src="%2e%2e/secret.png" alt="enc"></p>`;
    const asked: string[] = [];
    const doc = await readDocument(enc(newsPage(extra)), 'page.html', { readLocal: (p) => (asked.push(p), null) });
    expect(asked).toEqual(['page_files/wall.png']);
    expect(doc.assets.map((a) => a.type)).toEqual(['image/png']);
    const figures = doc.article.figures ?? [];
    expect(figures.find((f) => f.alt === 'inline')?.image).toBe(doc.assets[0]?.name);
    expect(figures.filter((f) => f.alt !== 'inline').every((f) => f.image === null)).toBe(true);
  });

  it('reads the date from JSON-LD or <time datetime> when no meta tag gives it', async () => {
    const ld = newsPage('', '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}</script>')
      .replace(/<meta property="article:published_time"[^>]*>/, '');
    expect((await readDocument(enc(ld), 'a.html')).article.published).toBe('2023-11-02T08:00:00Z');
    const time = newsPage('<p><time datetime="2022-06-01">June 1</time></p>').replace(/<meta property="article:published_time"[^>]*>/, '');
    expect((await readDocument(enc(time), 'a.htm')).article.published).toBe('2022-06-01');
  });

  it('honours a declared charset and falls back to windows-1252 for bytes that are not UTF-8', async () => {
    const body = `<p>${PROSE[0]} caf\u00e9 \u201cquoted\u201d</p>`;
    const latin = (text: string): Uint8Array =>
      Uint8Array.from([...text].map((c) => (c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0))));
    const declared = await readDocument(latin(`<html><head><meta charset="windows-1252"><title>T</title></head><body>${body}</body></html>`), 'a.html');
    expect(declared.article.encoding).toBe('windows-1252');
    expect(declared.article.blocks.map((b) => b.text).join(' ')).toContain('café “quoted”');
    const undeclared = await readDocument(latin(`<html><head><title>T</title></head><body>${body}</body></html>`), 'a.html');
    expect(undeclared.article.blocks.map((b) => b.text).join(' ')).toContain('café “quoted”');
    const koi8 = Uint8Array.from([...enc('<html><head><meta charset="koi8-r"></head><body><p>'), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, ...enc('</p></body></html>')]);
    const cyrillic = await readDocument(koi8, 'a.html');
    expect(cyrillic.article.blocks[0]?.text ?? cyrillic.article.title).toContain('Привет');
    expect(cyrillic.article.encoding).toBe('koi8-r');
  });

  it('takes out a paragraph that is only a link to another story, headline-shaped, as a teaser; a linked sentence stays', async () => {
    const related =
      '<p> <a href="https://gazette.example/news/pilots">Harbour pilots get a sobering lesson in safety</a> </p>' +
      '<p><i>[<a href="https://gazette.example/news/keepers">Lighthouse keepers share their winter stories</a>]</i></p>' +
      '<p><a href="https://gazette.example/news/vote">The council voted on the plan in a packed hall.</a></p>';
    const { article } = await readDocument(enc(newsPage(related)), 'page.html');
    const texts = article.blocks.map((b) => b.text);
    expect(texts).not.toContain('Harbour pilots get a sobering lesson in safety');
    expect(texts).not.toContain('[Lighthouse keepers share their winter stories]');
    expect(texts).toContain('The council voted on the plan in a packed hall.');
    expect(article.removed).toContainEqual(expect.objectContaining({ text: 'Harbour pilots get a sobering lesson in safety', rule: 'teaser' }));
  });

  it('keeps the part of the page title before a colon: it is the headline’s subject, not a site name', async () => {
    // Readability keeps only what follows the colon when no heading repeats the whole title.
    const page = (title: string) =>
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="The Coast Gazette"></head><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    expect((await readDocument(enc(page('Breakwaters: What They Are and How They Work')), 'page.html')).article.title).toBe('Breakwaters: What They Are and How They Work');
    // A site's name or a section label before the colon is not part of the headline.
    expect((await readDocument(enc(page('The Coast Gazette: Harbour wall approved after a decade of debate')), 'page.html')).article.title).toBe('Harbour wall approved after a decade of debate');
    expect((await readDocument(enc(page('Opinion: The harbour wall is a mistake we will regret')), 'page.html')).article.title).toBe('The harbour wall is a mistake we will regret');
  });

  it('reads a date-first byline line as the byline, and takes out a writer’s bio set in capitals under the story', async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall approved after decade of debate</title></head><body><article>
<h1>Harbour wall approved after decade of debate</h1><p>Tuesday 15 October 2019 by Mara Quellan</p>
${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>MARA QUELLAN IS THE COAST GAZETTE’S HARBOUR EDITOR</p></article></body></html>`;
    const { article } = await readDocument(enc(page), 'page.html');
    const texts = article.blocks.map((b) => b.text);
    expect(article.byline).toBe('Mara Quellan');
    expect(article.published).toBe('2019-10-15');
    expect(texts.some((t) => /Mara Quellan|MARA QUELLAN/u.test(t)), texts.join(' | ')).toBe(false);
    expect(texts).toHaveLength(PROSE.length);
  });

  it('gives the decoded text as the identity', async () => {
    const page = newsPage();
    expect((await readDocument(enc(page), 'page.html')).identity).toBe(page);
  });
});

describe('localPath', () => {
  it('accepts page-relative paths and refuses schemes, absolute paths and ".."', () => {
    expect(localPath('page_files/a%20b.png?x=1')).toBe('page_files/a b.png');
    expect(localPath('./page_files/a.png')).toBe('page_files/a.png');
    for (const bad of ['../a.png', 'page_files/../../a.png', '/a.png', '\\\\server\\a.png', 'C:\\a.png', 'file:///a.png', 'http://x/a.png', '%2e%2e/a.png', 'javascript:alert(1)']) {
      expect(localPath(bad), bad).toBeNull();
    }
  });
});

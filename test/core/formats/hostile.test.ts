// The hostile corpus, generated here: every bad input ends in one human ParseError line,
// never a crash, never a script run, never a file read outside the page or written anywhere.
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.js';
import { formatOf, readDocument } from '../../../src/core/formats/index.js';
import { readZip } from '../../../src/core/formats/zip.js';
import { buildEpub, CHAPTERS, epubFiles, imageOnlyPdf, lyingBomb, PNG, scannedPdf, singleColumnPdf, zip } from '../../fixtures/formats/build.js';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The ParseError a read ends in; fails the test if it succeeds or throws anything else. */
async function failure(bytes: Uint8Array, name: string, options = {}): Promise<string> {
  try {
    await readDocument(bytes, name, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error(`expected ${name} to be refused`);
}

function randomBytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('hostile files end in one clear ParseError line', () => {
  it('empty and whitespace-only files', async () => {
    for (const name of ['a.txt', 'a.md', 'a.html']) {
      expect(await failure(new Uint8Array(), name)).toBe('The file is empty: it holds no text.');
      expect(await failure(enc(' \n\t \n'), name)).toBe('The file is empty: it holds no text.');
    }
    expect(await failure(new Uint8Array(), 'a.pdf')).toBe('This file is not a PDF (it has no PDF header).');
    expect(await failure(new Uint8Array(), 'a.epub')).toBe('This EPUB file is damaged or not an EPUB (it is not a zip archive).');
  });

  it('a PNG renamed .txt or .html', async () => {
    expect(await failure(PNG, 'photo.txt')).toBe('The file looks like a binary file, not text: it is a PNG image.');
    expect(await failure(PNG, 'photo.html')).toBe('The file looks like a binary file, not text: it is a PNG image.');
  });

  it('random bytes named .epub, .pdf or .docx', async () => {
    const junk = randomBytes(4096);
    expect(await failure(junk, 'x.epub')).toBe('This EPUB file is damaged or not an EPUB (it is not a zip archive).');
    expect(await failure(junk, 'x.docx')).toBe('This file is damaged or not a Word document (it is not a zip archive).');
    expect(await failure(junk, 'x.pdf')).toBe('This file is not a PDF (it has no PDF header).');
    const headed = Uint8Array.from([...enc('%PDF-1.7\n'), ...junk]);
    expect(await failure(headed, 'x.pdf')).toBe('This PDF file is damaged or incomplete; Lectern cannot read it.');
  });

  it('invalid UTF-8 is read as windows-1252, not refused', async () => {
    const bytes = Uint8Array.from([...enc('<p>Caf'), 0xe9, ...enc(' au lait is served in the old harbour building every morning from six.</p>')]);
    const { article } = await readDocument(bytes, 'cafe.html');
    expect(article.encoding).toBe('windows-1252');
    expect(article.blocks[0]?.text ?? article.title).toContain('Café au lait');
  });

  it('a 60 MB buffer is refused by the size limit before any parsing, naming the limit', async () => {
    const huge = new Uint8Array(60 * 1024 * 1024); // zeros: parsing it would fail differently
    for (const name of ['big.txt', 'big.html', 'big.pdf', 'big.epub', 'big.docx']) {
      expect(await failure(huge, name)).toBe('The file is too large: 60.0 MiB, and the limit is 50.0 MiB.');
    }
    expect(await failure(enc('<p>small</p>'), 'a.html', { maxFileBytes: 5 })).toBe('The file is too large: 0.0 MiB, and the limit is 0.0 MiB.');
  });

  it('an unknown extension', async () => {
    expect(formatOf('notes.rtf')).toBeNull();
    expect(await failure(enc('x'), 'notes.rtf')).toBe('Cannot read "notes.rtf": Lectern reads .txt, .md, .html, .epub, .pdf and .docx files.');
  });
});

describe('a hostile web page', () => {
  const PROSE = 'The committee met on Thursday to discuss the budget for the new library, and after a long debate it agreed to fund the reading room and the archive.';
  const page = `<!DOCTYPE html><html><head><title>Budget for the library</title>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<style>body { background: url(http://evil.example/style.png) } p { color: red }</style>
<link rel="stylesheet" href="http://evil.example/x.css"><base href="http://evil.example/">
<script>window.__pwned = 1</script></head>
<body onload="window.__pwned = 2"><article>
<h1>Budget for the library</h1>
<p>${PROSE}</p>
<p style="background-image: url(http://evil.example/x.png)">Styled paragraph about the reading room, which will open in the spring with long tables and lamps.</p>
<p><img src=x onerror="window.__pwned = 3"> An image that tries to run a handler, in a paragraph long enough to be kept as text.</p>
<p><a href="javascript:window.__pwned=4">Dangerous link text</a>, <a href="data:text/html,<script>alert(1)</script>">data link</a>, <a href="vbscript:msgbox">vb link</a>, <a href="file:///etc/passwd">file link</a>, <a href=" JaVaScRiPt:alert(1)">spaced link</a> and <a href="https://safe.example/ok">a safe link</a> close the paragraph.</p>
<iframe src="https://evil.example/frame">iframe text</iframe>
<svg onload="window.__pwned = 5"><text>svg text</text></svg>
<object data="https://evil.example/x.swf">object text</object><embed src="https://evil.example/y">
<form action="https://evil.example/steal"><input name="q" value="form value"><button>Send form</button></form>
<p>${PROSE.replace('Thursday', 'Friday')}</p>
<script>window.__pwned = 6; document.write('injected text')</script>
</article></body></html>`;

  it('keeps none of the hostile markup and no link but http(s); the link texts stay', async () => {
    const { article, assets } = await readDocument(enc(page), 'hostile.html', { readLocal: () => PNG });
    const text = [article.title, ...article.blocks.map((b) => b.text), ...article.removed.map((b) => b.text)].join('\n');
    for (const bad of ['__pwned', 'evil.example', 'iframe text', 'svg text', 'object text', 'form value', 'Send form', 'injected text', 'background', 'url(', 'color: red']) {
      expect(text, bad).not.toContain(bad);
    }
    const hrefs = article.blocks.flatMap((b) => b.links ?? []).map((l) => l.href);
    expect(hrefs).toEqual(['https://safe.example/ok']);
    const links = article.blocks.find((b) => b.text.startsWith('Dangerous link text'));
    expect(links?.text).toBe('Dangerous link text, data link, vb link, file link, spaced link and a safe link close the paragraph.');
    // "x" was asked for as a local file: it is a page-relative path; nothing else was.
    expect(assets.map((a) => a.name)).toEqual(['x.png']);
  });

  it('never runs the page\'s scripts or handlers', async () => {
    await readDocument(enc(page), 'hostile.html');
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    // The jsdom windows are created without runScripts: a page that sets a global and writes
    // its own marker would leave the marker in the text if it had run.
    const marker = '<html><body><p id="m">before</p><script>document.getElementById("m").textContent = "script ran here"</script><p>This paragraph is long enough for the reader to keep it as the article body text.</p></body></html>';
    const { article } = await readDocument(enc(marker), 'm.html');
    expect(article.blocks.map((b) => b.text).join(' ')).not.toContain('script ran here');
  });
});

describe('hostile zip containers', () => {
  it('an EPUB that is not a zip', async () => {
    expect(await failure(enc('<html>not a zip</html>'), 'book.epub')).toBe('This EPUB file is damaged or not an EPUB (it is not a zip archive).');
  });

  it('a zip whose entry declares a small size but inflates past the cap is stopped while streaming', () => {
    const bomb = lyingBomb('OEBPS/huge.xhtml', 64 * 1024 * 1024, 1000, { mimetype: 'application/epub+zip' });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readZip(bomb, { maxExpandedBytes: 10 * 1024 * 1024, label: 'EPUB', notZip: 'not a zip' })).toThrow(
      new ParseError('This EPUB expands to more than 10 MiB; Lectern refuses it as unsafe.'),
    );
  });

  it('an EPUB bomb is refused through readDocument too, and a DOCX bomb before mammoth sees it', async () => {
    const bomb = lyingBomb('OEBPS/huge.xhtml', 300 * 1024 * 1024, 1000);
    expect(await failure(bomb, 'bomb.epub', { maxExpandedBytes: 10 * 1024 * 1024 })).toBe('This EPUB expands to more than 10 MiB; Lectern refuses it as unsafe.');
    const docBomb = lyingBomb('word/document.xml', 32 * 1024 * 1024, 1000);
    expect(await failure(docBomb, 'bomb.docx', { maxExpandedBytes: 10 * 1024 * 1024 })).toBe('This Word document expands to more than 10 MiB; Lectern refuses it as unsafe.');
  });

  it('an honest central directory over the cap is refused before inflating', () => {
    const big = zip({ 'a.txt': new Uint8Array(2 * 1024 * 1024) });
    expect(() => readZip(big, { maxExpandedBytes: 1024 * 1024, label: 'EPUB', notZip: 'not a zip' })).toThrow('expands to more than 1 MiB');
  });

  it('entries named ../../x or /abs are treated as missing; the book still reads from its valid spine', async () => {
    const files = epubFiles(CHAPTERS, { '../../x': 'escaped', '/etc/evil': 'absolute', 'OEBPS/../../../y.xhtml': '<p>up</p>' });
    const entries = readZip(zip(files), { maxExpandedBytes: 1e8, label: 'EPUB', notZip: 'not a zip' });
    expect([...entries.keys()].filter((n) => n.includes('..') || n.startsWith('/'))).toEqual([]);
    const { article } = await readDocument(zip(files), 'slip.epub');
    expect(article.sections).toHaveLength(2);
  });

  it('a spine that points outside the book through ".." reads as missing chapters', async () => {
    const files = epubFiles([{ id: 'c1', href: '../../../../etc/passwd', body: '' }], { 'etc/passwd': 'root:x:0:0' });
    expect(await failure(zip(files), 'escape.epub')).toBe('This EPUB has no readable chapter: the files its spine lists are missing.');
  });

  it('an EPUB whose spine points to missing files', async () => {
    const chapters = CHAPTERS.map((c) => ({ ...c, missing: true }));
    expect(await failure(buildEpub(chapters), 'empty.epub')).toBe('This EPUB has no readable chapter: the files its spine lists are missing.');
  });
});

describe('hostile PDFs', () => {
  it('a PDF with no text and a truncated PDF', async () => {
    expect(await failure(await scannedPdf(), 'scan.pdf')).toBe('This PDF holds only scanned images; Lectern reads PDFs with text.');
    expect(await failure(await imageOnlyPdf(), 'shapes.pdf')).toBe('This PDF holds no text and no images: its pages are empty or only drawn shapes.');
    const whole = await singleColumnPdf();
    expect(await failure(whole.slice(0, whole.length >> 1), 'cut.pdf')).toBe('This PDF file is damaged or incomplete; Lectern cannot read it.');
  });
});

import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.js';
import { readDocument } from '../../../src/core/formats/index.js';
import { buildEpub, CHAPTERS, PNG, zip, epubFiles } from '../../fixtures/formats/build.js';

describe('readDocument on an EPUB', () => {
  it('reads title, author, date and the chapters in spine order as sections titled from the nav document', async () => {
    const { article, identity } = await readDocument(buildEpub(), 'book.epub');
    expect(article).toMatchObject({ title: 'The Lighthouse Keeper', byline: 'Mara Quill', published: '2021-04-02', format: 'epub', language: 'en' });
    expect(article.sections).toEqual([
      { title: 'Nav title 1', block: 0 },
      { title: 'Nav title 2', block: 3 },
    ]);
    expect(article.blocks.map((b) => [b.section, b.type, b.text.slice(0, 20)])).toEqual([
      [0, 'heading', 'The Tower'],
      [0, 'paragraph', 'The keeper climbed t'],
      [0, 'paragraph', 'Second paragraph of '],
      [1, 'heading', 'The Storm'],
      [1, 'paragraph', 'When the storm came '],
      [1, 'paragraph', 'Keep the light, what'],
    ]);
    expect(article.blocks[0]).toMatchObject({ level: 1 });
    expect(article.blocks[5]).toMatchObject({ style: 'quote' });
    expect(identity).toBeInstanceOf(Uint8Array);
  });

  it('shows images inside the book as assets placed among the blocks', async () => {
    const { article, assets } = await readDocument(buildEpub(), 'book.epub');
    expect(assets).toEqual([{ name: 'lamp.png', type: 'image/png', bytes: PNG }]);
    expect(article.figures).toEqual([{ before: 2, image: 'lamp.png', alt: 'The lamp', caption: null }]);
  });

  it('titles chapters from toc.ncx when there is no nav document, else from their first heading', async () => {
    const files = epubFiles(CHAPTERS);
    files['OEBPS/content.opf'] = String(files['OEBPS/content.opf'])
      .replace(/<item id="nav"[^>]*\/>/, '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>');
    files['OEBPS/toc.ncx'] =
      '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap><navPoint id="p1"><navLabel><text>From the NCX</text></navLabel><content src="text/ch1.xhtml"/></navPoint></navMap></ncx>';
    const { article } = await readDocument(zip(files), 'book.epub');
    expect(article.sections?.map((s) => s.title)).toEqual(['From the NCX', 'The Storm']);
  });

  it('skips spine entries whose files are missing, saying so in the notes', async () => {
    const chapters = [CHAPTERS[0]!, { ...CHAPTERS[1]!, missing: true }];
    const { article, notes } = await readDocument(buildEpub(chapters), 'book.epub');
    expect(article.sections).toHaveLength(1);
    expect(notes).toEqual(['Skipped a chapter that is missing from the book: OEBPS/text/ch2.xhtml.']);
  });

  it('records a chapter it could not read in the article itself, for the import result and the article info', async () => {
    const chapters = [CHAPTERS[0]!, { ...CHAPTERS[1]!, missing: true }];
    const { article } = await readDocument(buildEpub(chapters), 'book.epub');
    expect(article.problems).toEqual(['1 chapter could not be read: OEBPS/text/ch2.xhtml (missing from the book).']);
    const whole = await readDocument(buildEpub(), 'book.epub');
    expect(whole.article.problems).toBeUndefined();
  });

  it('fails with a clear error when no chapter of the spine exists', async () => {
    const chapters = CHAPTERS.map((c) => ({ ...c, missing: true }));
    await expect(readDocument(buildEpub(chapters), 'book.epub')).rejects.toThrow(
      new ParseError('This EPUB has no readable chapter: the files its spine lists are missing.'),
    );
  });

  it('sanitises chapters like web pages: no script text, no javascript: links', async () => {
    const chapters = [{ ...CHAPTERS[0]!, body: `${CHAPTERS[0]!.body}<script>window.__epubPwned = 1</script><p><a href="javascript:alert(1)">tap</a> and <a href="https://example.org/">web</a></p>` }];
    const { article } = await readDocument(buildEpub(chapters), 'book.epub');
    const all = article.blocks.map((b) => b.text).join('\n');
    expect(all).not.toContain('__epubPwned');
    const last = article.blocks.at(-1);
    expect(last?.text).toBe('tap and web');
    expect(last?.links).toEqual([{ start: 8, end: 11, href: 'https://example.org/' }]);
  });
});

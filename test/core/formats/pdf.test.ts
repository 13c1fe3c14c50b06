import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/core/errors.js';
import { readDocument } from '../../../src/core/formats/index.js';
import { joinLines } from '../../../src/core/formats/pdf-layout.js';
import { imageOnlyPdf, plainOnePagePdf, scannedPdf, singleColumnPdf, twoColumnPdf } from '../../fixtures/formats/build.js';

describe('readDocument on a PDF', () => {
  it('re-flows lines into paragraphs and leaves out the running header and the page numbers', async () => {
    const { article, notes, identity } = await readDocument(await singleColumnPdf(), 'coast.pdf');
    const texts = article.blocks.map((b) => b.text);
    expect(texts).toHaveLength(6);
    expect(texts[0]).toMatch(/^First paragraph of page 1\. Lighthouses guided ships .* every season of the year\.$/);
    expect(texts.some((t) => t.includes('Journal of Coastal History'))).toBe(false);
    expect(texts.some((t) => /^\d+$/.test(t))).toBe(false);
    expect(notes).toEqual(['Left out running headers and footers: “Journal of Coastal History · Volume 12”.']);
    expect(identity).toBeInstanceOf(Uint8Array);
  });

  it('joins a word hyphenated at a line end, but keeps the hyphen of a compound the document writes with one', async () => {
    const { article } = await readDocument(await singleColumnPdf(), 'coast.pdf');
    const page2 = article.blocks.find((b) => b.text.startsWith('Page two'));
    expect(page2?.text).toBe('Page two opens with trade between many nations, an international effort that paid for the towers and the lamps, and a well-known rule: the light must never go out.');
  });

  it('takes the title from the largest line on the first page, or from the metadata when it has one', async () => {
    const plain = await readDocument(await singleColumnPdf(), 'coast.pdf');
    expect(plain.article.title).toBe('Keepers of the Light');
    expect(plain.article.removed).toContainEqual(expect.objectContaining({ text: 'Keepers of the Light', rule: 'title' }));
    const titled = await readDocument(await singleColumnPdf({ title: 'Keepers (metadata title)' }), 'coast.pdf');
    expect(titled.article.title).toBe('Keepers (metadata title)');
  });

  it('reads a two-column page left column first, then the right one', async () => {
    const { article } = await readDocument(await twoColumnPdf(), 'columns.pdf');
    expect(article.title).toBe('Two Columns of Tides');
    expect(article.blocks.map((b) => b.text.slice(0, 30))).toEqual(['Left column text begins here. ', 'Right column text begins here.']);
    expect(article.blocks[0]?.text).toMatch(/in the logbook every morning without fail\.$/);
  });

  it('refuses a PDF without a text layer with a message about scans, when it has pictures', async () => {
    await expect(readDocument(await scannedPdf(), 'scan.pdf')).rejects.toThrow(new ParseError('This PDF holds only scanned images; Lectern reads PDFs with text.'));
  });

  it('refuses a PDF with neither text nor pictures with a message that says so, not one about scans', async () => {
    await expect(readDocument(await imageOnlyPdf(), 'shapes.pdf')).rejects.toThrow(
      new ParseError('This PDF holds no text and no images: its pages are empty or only drawn shapes.'),
    );
  });

  it('reads a plain one-page PDF (one font size, no metadata) as a title line and two paragraphs', async () => {
    const { article } = await readDocument(await plainOnePagePdf(), 'tides.pdf');
    expect(article.title).toBe('Notes on tides');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'The tide rises twice a day along this shore. The keepers wrote its height in the logbook every morning without fail.',
      'In winter the storms came from the north and the water rose higher.',
    ]);
  });

  it('reads the same from a Node Buffer (what `lectern show FILE` reads) as from the Uint8Array import passes', async () => {
    const bytes = await plainOnePagePdf();
    const fromBuffer = await readDocument(Buffer.from(bytes), 'tides.pdf');
    const fromArray = await readDocument(new Uint8Array(bytes), 'tides.pdf');
    expect(fromBuffer.article).toEqual(fromArray.article);
  });

  it('gives a PDF without a title line its first sentence as the title, and keeps that sentence in the body', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]);
    ['The tide rises twice a day along this shore. The keepers wrote', 'its height in the logbook. Nobody missed a morning.'].forEach((line, i) =>
      page.drawText(line, { x: 72, y: 780 - i * 14, size: 11, font }),
    );
    const { article } = await readDocument(await doc.save(), 'untitled.pdf');
    expect(article.title).toBe('The tide rises twice a day along this shore.');
    expect(article.blocks.map((b) => b.text)).toEqual(['The tide rises twice a day along this shore. The keepers wrote its height in the logbook. Nobody missed a morning.']);
  });

  it('refuses a truncated PDF (the first half of a valid one) in one line', async () => {
    const whole = await singleColumnPdf();
    await expect(readDocument(whole.slice(0, whole.length >> 1), 'cut.pdf')).rejects.toThrow(
      new ParseError('This PDF file is damaged or incomplete; Lectern cannot read it.'),
    );
  });
});

describe('joinLines (hyphenation at line ends)', () => {
  const none = new Set<string>();
  it('joins a broken word before a lowercase letter', () => expect(joinLines('an inter-', 'national effort', none)).toBe('an international effort'));
  it('keeps the hyphen when the document writes the compound with one', () =>
    expect(joinLines('a long-', 'term plan', new Set(['long-term']))).toBe('a long-term plan'));
  it('keeps the hyphen of prefixes that keep it', () => expect(joinLines('a self-', 'evident truth', none)).toBe('a self-evident truth'));
  it('keeps the hyphen before a capital or digit', () => expect(joinLines('the Covid-', '19 years', none)).toBe('the Covid-19 years'));
  it('joins with a space otherwise, and drops a soft hyphen', () => {
    expect(joinLines('the sea', 'was calm', none)).toBe('the sea was calm');
    expect(joinLines('the light\u00ad', 'house', none)).toBe('the lighthouse');
  });
});

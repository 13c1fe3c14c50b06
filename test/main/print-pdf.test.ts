// "Export PDF" of several articles: the real HTML export of a real library, joined into one
// printable document (the old code printed only the first article's page).
import { strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pdfFileName, printDocument } from '../../src/main/print-pdf.js';
import { ExportService } from '../../src/host/services/export.js';
import { richLibrary } from '../core/export/fixture.js';

async function htmlPages(ids: 'all' | readonly string[]) {
  const lib = await richLibrary();
  const ids2 = ids === 'all' ? lib.library.list().map((a) => a.id) : ids;
  const output = await new ExportService(lib.library.store, lib.notes, lib.study).render(ids2, 'html');
  return { pages: output.files.map((f) => ({ name: f.name, html: strFromU8(f.data) })), titles: lib.library.list().filter((a) => ids2.includes(a.id)).map((a) => a.title) };
}

describe('the PDF of several articles', () => {
  it('holds every article, each on a new page, and not the index of links', async () => {
    const { pages, titles } = await htmlPages('all');
    expect(titles.length).toBeGreaterThan(1);
    const doc = new JSDOM(printDocument(pages)).window.document;
    const sections = [...doc.querySelectorAll('body > section')];
    expect(sections).toHaveLength(titles.length);
    expect(sections.map((s) => s.querySelector('h1')?.textContent).sort()).toEqual([...titles].sort());
    expect(sections.slice(1).every((s) => s.getAttribute('style') === 'break-before: page')).toBe(true);
    expect(doc.querySelector('style')?.textContent).toContain('@media print'); // the export's print styles
    expect(doc.title).toBe('Lectern export');
    expect(doc.querySelector('a[href$=".html"]')).toBeNull();
    expect(pdfFileName(pages)).toBe('lectern-export.pdf');
  });

  it('of one article is that article’s page, named after it', async () => {
    const lib = await richLibrary();
    const [first] = lib.library.list();
    const output = await new ExportService(lib.library.store, lib.notes, lib.study).render([first!.id], 'html');
    const pages = output.files.map((f) => ({ name: f.name, html: strFromU8(f.data) }));
    expect(printDocument(pages)).toBe(pages[0]!.html);
    expect(pdfFileName(pages)).toBe(pages[0]!.name.replace(/\.html$/, '.pdf'));
  });
});

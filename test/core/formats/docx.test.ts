import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/formats/index.js';
import { buildDocx, imageRun, listItem, para, PNG } from '../../fixtures/formats/build.js';

const PROSE = 'The survey of the northern coast took three summers, and its maps are still used by the harbour pilots who guide ships into the estuary.';

describe('readDocument on a Word document', () => {
  it('keeps headings with levels, paragraphs, list items and quotes, and takes the first heading as title', async () => {
    const body = [para('Coastal Survey', 'Heading1'), para(PROSE), para('Methods', 'Heading2'), listItem('Measure the depth'), listItem('Chart the rocks'), para('Every rock is a story.', 'Quote')].join('');
    const { article, assets, identity } = await readDocument(buildDocx(body), 'survey.docx');
    expect(article.title).toBe('Coastal Survey');
    expect(article.format).toBe('docx');
    expect(article.blocks).toEqual([
      { type: 'paragraph', text: PROSE },
      { type: 'heading', level: 2, text: 'Methods' },
      { type: 'paragraph', style: 'list-item', text: 'Measure the depth' },
      { type: 'paragraph', style: 'list-item', text: 'Chart the rocks' },
      { type: 'paragraph', style: 'quote', text: 'Every rock is a story.' },
    ]);
    expect(article.removed).toContainEqual(expect.objectContaining({ text: 'Coastal Survey', rule: 'title' }));
    expect(assets).toEqual([]);
    expect(identity).toBeInstanceOf(Uint8Array);
  });

  it('turns embedded images into assets placed as figures', async () => {
    const rels = '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/tiny.png"/>';
    const body = [para(PROSE), imageRun('rIdImg'), para('After the picture comes more text about the survey and its long summers.')].join('');
    const { article, assets } = await readDocument(buildDocx(body, { 'word/media/tiny.png': PNG }, rels), 'pic.docx');
    expect(assets).toEqual([{ name: 'image-1.png', type: 'image/png', bytes: PNG }]);
    expect(article.figures).toEqual([{ before: 1, image: 'image-1.png', alt: 'A tiny square', caption: null }]);
  });

  it('takes a paragraph in Word’s Title style as the title, out of the body; the first Heading 1 stays a heading', async () => {
    const body = [para('Coastal Survey of the North', 'Title'), para('Summers on the coast', 'Heading1'), para(PROSE)].join('');
    const { article } = await readDocument(buildDocx(body), 'survey.docx');
    expect(article.title).toBe('Coastal Survey of the North');
    expect(article.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Summers on the coast' },
      { type: 'paragraph', text: PROSE },
    ]);
  });

  it('prefers the Title style to a metadata title, and ignores a metadata title like "Document1"', async () => {
    const core = (title: string) => ({
      'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${title}</dc:title></cp:coreProperties>`,
    });
    const styled = await readDocument(buildDocx([para('Coastal Survey', 'Title'), para(PROSE)].join(''), core('Report template')), 'a.docx');
    expect(styled.article.title).toBe('Coastal Survey');
    const junk = await readDocument(buildDocx(para(PROSE), core('Document1')), 'Field notes.docx');
    expect(junk.article.title).toBe('Field notes');
  });

  it('uses the file name as title when the document has no heading', async () => {
    const { article } = await readDocument(buildDocx(para(PROSE)), '/home/me/Field notes.docx');
    expect(article.title).toBe('Field notes');
  });
});

// Word documents: after the same zip safety check as EPUB (mammoth would otherwise inflate a
// zip bomb whole), mammoth turns the document into HTML with images handed to us as assets;
// then the shared sanitising walk. Linked external files are never opened.
import mammoth from 'mammoth';
import type { Asset, ParsedArticle } from '../../shared/types.js';
import { ParseError } from '../errors.js';
import { decodeText } from '../parse/index.js';
import { AssetStore } from './assets.js';
import { walkBlocks } from './blocks.js';
import { normaliseDate } from './page-meta.js';
import { parseXml, sanitize } from './sanitize.js';
import { assembleArticle } from './structure.js';
import { readZip } from './zip.js';

const STYLE_MAP = [
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

const JUNK_TITLE = /^(?:untitled.*|document\d*|title|.*\.(?:docx?|dotx?|rtf|odt))$/i;
const usableCoreTitle = (title: string | null): string | null => (title && !JUNK_TITLE.test(title) ? title : null);

function coreProperties(entries: ReadonlyMap<string, Uint8Array>): { title: string | null; creator: string | null; created: string | null } {
  const bytes = entries.get('docProps/core.xml');
  let doc: Document | null = null;
  try {
    doc = bytes ? parseXml(decodeText(bytes).text) : null;
  } catch {
    doc = null;
  }
  const field = (name: string): string | null =>
    (doc && Array.from(doc.getElementsByTagName('*')).find((el) => el.localName === name)?.textContent?.replace(/\s+/g, ' ').trim()) || null;
  return { title: field('title'), creator: field('creator'), created: field('created') };
}

interface DocxElement {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
  value?: string;
  children?: DocxElement[];
}

const textOf = (element: DocxElement): string => (element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(textOf).join(''));

/**
 * Takes the document's paragraphs in Word's Title style out of the body: the first one with
 * text is the title (matched by style ID too, which stays "Title" when Word names the style in
 * another language, or when styles.xml does not define it).
 */
function titleStyleTaker(): { transform: (doc: DocxElement) => DocxElement; title: () => string | null } {
  let title: string | null = null;
  const isTitle = (p: DocxElement): boolean => p.styleId === 'Title' || p.styleName?.toLowerCase() === 'title';
  // A walk of our own: mammoth's `transforms` helpers are not in its type declarations.
  const transform = (element: DocxElement): DocxElement => {
    const children = element.children?.map(transform);
    const el = children ? { ...element, children } : element;
    if (title !== null || el.type !== 'paragraph' || !isTitle(el)) return el;
    const text = textOf(el).replace(/\s+/g, ' ').trim();
    if (text === '') return el;
    title = text;
    return { ...el, children: [] };
  };
  return { transform, title: () => title };
}

export async function readDocx(bytes: Uint8Array, maxExpandedBytes: number, fileName = ''): Promise<{ article: ParsedArticle; assets: Asset[] }> {
  const entries = readZip(bytes, { maxExpandedBytes, label: 'Word document', notZip: 'This file is damaged or not a Word document (it is not a zip archive).' });
  if (!entries.has('word/document.xml')) throw new ParseError('This file is not a Word document: it has no word/document.xml.');
  const core = coreProperties(entries);
  const assets = new AssetStore();
  let counter = 0;
  const sources = new Map<string, string | null>();
  const titleStyle = titleStyleTaker();
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      transformDocument: titleStyle.transform,
      convertImage: mammoth.images.imgElement(async (image) => {
        const data = new Uint8Array(await image.readAsBuffer());
        const src = `docx-image-${++counter}`;
        sources.set(src, assets.add(`image-${counter}`, () => data));
        return { src };
      }),
    },
  );
  const { items, figures } = walkBlocks(sanitize(result.value), { resolveImage: (src) => sources.get(src) ?? null });
  if (items.length === 0) throw new ParseError('This Word document holds no text.');
  const stem = fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '');
  // Word's Title style first; the metadata title is often a template's or "Document1". The
  // name a person gave a Word file says more than its first sentence, so it comes before it.
  const title = titleStyle.title() ?? usableCoreTitle(core.title) ?? items.find((item) => item.kind === 'heading')?.text ?? stem;
  const article = assembleArticle({
    items,
    figures,
    title,
    fallbackTitle: stem || 'Untitled document',
    byline: core.creator,
    published: normaliseDate(core.created),
    format: 'docx',
    encoding: 'utf-8',
    profile: 'document',
  });
  return { article, assets: assets.assets };
}

// PDF via pdf.js (legacy build, which runs on Node 20; in Node its "fake worker" runs in this
// thread, so no worker file is configured). Text runs with positions go to pdf-layout.ts.
// No text layer → a clear message instead of an empty article; a damaged file → one line.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ParsedArticle } from '../../shared/types.js';
import { ParseError } from '../errors.js';
import { buildParagraphs, findFurniture, orderPage, segmentsOf, type Line, type PageRuns, type Run } from './pdf-layout.js';
import { assertPdfPagesWithinLimits } from './limits.js';
import { assembleArticle } from './structure.js';
import type { Item } from './blocks.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

function standardFontDataUrl(): string {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return join(root, 'standard_fonts') + '/';
}

const JUNK_TITLE = /^(?:untitled.*|microsoft (?:word|powerpoint) - .*|document\d*|.*\.(?:docx?|pdf|tex|indd|rtf|odt))$/i;

interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function runsOf(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    const t = item as Partial<TextItemLike>;
    if (typeof t.str !== 'string' || !t.transform || t.str === '') continue;
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = t.transform;
    runs.push({ str: t.str, x, y, width: t.width ?? 0, size: Math.hypot(a, b) || Math.abs(d) || (t.height ?? 0) || 1 });
  }
  return runs;
}

/** Does the page paint any picture? Asked only of pages without text, to tell a scan from an empty page. */
async function paintsImages(page: { getOperatorList(): Promise<{ fnArray: number[] }> }, ops: PdfJs['OPS']): Promise<boolean> {
  const images = new Set<number>([
    ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat,
    ops.paintImageMaskXObjectRepeat, ops.paintInlineImageXObjectGroup, ops.paintImageMaskXObjectGroup,
  ]);
  try {
    return (await page.getOperatorList()).fnArray.some((op) => images.has(op));
  } catch {
    return false;
  }
}

async function extractPages(bytes: Uint8Array): Promise<{ pages: PageRuns[]; info: Record<string, unknown>; images: boolean }> {
  const { getDocument, OPS } = await loadPdfJs();
  const task = getDocument({
    data: bytes.slice(), // pdf.js takes ownership of the buffer it is given
    standardFontDataUrl: standardFontDataUrl(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new ParseError('This PDF is protected by a password; Lectern cannot open it.');
    throw new ParseError('This PDF file is damaged or incomplete; Lectern cannot read it.');
  }
  try {
    const meta = await doc.getMetadata().catch(() => null);
    const pages: PageRuns[] = [];
    assertPdfPagesWithinLimits(doc.numPages);
    let images = false;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const content = await page.getTextContent();
      const runs = runsOf(content.items).map((r) => ({ ...r, x: r.x - x0, y: r.y - y0 }));
      pages.push({ width: x1 - x0, height: y1 - y0, runs });
      if (runs.length === 0 && !images) images = await paintsImages(page, OPS);
      page.cleanup();
    }
    return { pages, info: (meta?.info ?? {}) as Record<string, unknown>, images };
  } finally {
    await doc.destroy();
  }
}

/**
 * The metadata title, else the first page's largest text when it stands out from the body
 * text; else '' (the first line or sentence then, see assembleArticle).
 */
function pickTitle(info: Record<string, unknown>, firstPage: readonly Line[]): string {
  const meta = typeof info['Title'] === 'string' ? info['Title'].replace(/\s+/g, ' ').trim() : '';
  if (meta !== '' && !JUNK_TITLE.test(meta)) return meta;
  const largest = Math.max(...firstPage.map((l) => l.size));
  const sizes = firstPage.flatMap((l) => Array<number>(Math.min(l.text.length, 200)).fill(l.size)).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? largest;
  if (largest < body * 1.15) return '';
  const start = firstPage.findIndex((l) => l.size === largest);
  const parts: string[] = [];
  for (const line of firstPage.slice(start)) {
    if (line.size !== largest || parts.length >= 3) break;
    parts.push(line.text);
  }
  return parts.join(' ');
}

export async function readPdf(bytes: Uint8Array, fileName = ''): Promise<{ article: ParsedArticle; notes: string[] }> {
  if (!/%PDF-/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) {
    throw new ParseError('This file is not a PDF (it has no PDF header).');
  }
  const { pages, info, images } = await extractPages(bytes);
  const ordered = pages.map((page, i) => orderPage(segmentsOf(page, i), page.width));
  if (ordered.every((lines) => lines.length === 0)) {
    throw new ParseError(
      images
        ? 'This PDF holds only scanned images; Lectern reads PDFs with text.'
        : 'This PDF holds no text and no images: its pages are empty or only drawn shapes.',
    );
  }
  const furniture = findFurniture(ordered, pages.map((p) => p.height));
  const paragraphs = buildParagraphs(ordered.flat().filter((line) => !furniture.has(line)));
  const title = pickTitle(info, ordered.find((lines) => lines.length > 0) ?? []);
  const headingSizes = [...new Set(paragraphs.filter((p) => p.heading).map((p) => p.size))].sort((a, b) => b - a);
  const items: Item[] = paragraphs.map((p) =>
    p.heading ? { text: p.text, kind: 'heading', level: Math.min(6, headingSizes.indexOf(p.size) + 1) } : { text: p.text, kind: 'paragraph' },
  );
  const repeated = [...new Set([...furniture].map((l) => l.text))].filter((text) => !/^\W*\d+\W*$/.test(text));
  const notes = repeated.length > 0 ? [`Left out running headers and footers: ${repeated.slice(0, 3).map((t) => `“${t}”`).join(', ')}.`] : [];
  const author = typeof info['Author'] === 'string' && info['Author'].trim() !== '' ? info['Author'].trim() : null;
  const article = assembleArticle({
    items,
    figures: [],
    title,
    fallbackTitle: fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, ''),
    byline: author,
    published: null,
    format: 'pdf',
    encoding: 'utf-8',
    profile: 'document',
  });
  return { article, notes };
}

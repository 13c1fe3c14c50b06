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

async function extractPages(bytes: Uint8Array): Promise<{ pages: PageRuns[]; info: Record<string, unknown> }> {
  const { getDocument } = await loadPdfJs();
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
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const content = await page.getTextContent();
      pages.push({ width: x1 - x0, height: y1 - y0, runs: runsOf(content.items).map((r) => ({ ...r, x: r.x - x0, y: r.y - y0 })) });
      page.cleanup();
    }
    return { pages, info: (meta?.info ?? {}) as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}

function pickTitle(info: Record<string, unknown>, firstPage: readonly Line[]): string {
  const meta = typeof info['Title'] === 'string' ? info['Title'].replace(/\s+/g, ' ').trim() : '';
  if (meta !== '' && !JUNK_TITLE.test(meta)) return meta;
  const largest = Math.max(...firstPage.map((l) => l.size));
  const start = firstPage.findIndex((l) => l.size === largest);
  const parts: string[] = [];
  for (const line of firstPage.slice(start)) {
    if (line.size !== largest || parts.length >= 3) break;
    parts.push(line.text);
  }
  return parts.join(' ');
}

export async function readPdf(bytes: Uint8Array): Promise<{ article: ParsedArticle; notes: string[] }> {
  if (!/%PDF-/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)))) {
    throw new ParseError('This file is not a PDF (it has no PDF header).');
  }
  const { pages, info } = await extractPages(bytes);
  const ordered = pages.map((page, i) => orderPage(segmentsOf(page, i), page.width));
  if (ordered.every((lines) => lines.length === 0)) {
    throw new ParseError('This PDF holds only scanned images; Lectern reads PDFs with text.');
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
    title: title || items[0]?.text || 'Untitled PDF',
    byline: author,
    published: null,
    format: 'pdf',
    encoding: 'utf-8',
    profile: 'document',
  });
  return { article, notes };
}

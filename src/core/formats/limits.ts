// Structural caps on untrusted documents, checked before the expensive readers run: past them
// Readability, the EPUB walk and pdf.js take minutes (a 10,000-row table ~30 s, 15,000 spine
// entries ~400 s, 20,000 PDF pages ~110 s). Each refusal is one line for people. The parse
// worker's heap and time limits (src/host/services/parse-worker.ts) catch whatever gets past.
import { ParseError } from '../errors.js';
import { markdownLimitProblem } from '../../shared/markdown-limits.js';

export { MAX_DELIMITERS_PER_BLOCK, MAX_MARKDOWN_DEPTH, markdownLimitProblem } from '../../shared/markdown-limits.js';

export const MAX_HTML_ELEMENTS = 15_000;
export const MAX_HTML_IMAGES = 1_000;
export const MAX_EPUB_SPINE = 1_000;
/** Manifest items, spine entries and metadata of the package file together. */
export const MAX_EPUB_PACKAGE_ELEMENTS = 5_000;
export const MAX_PDF_PAGES = 5_000;

/** Refuses Markdown past the nesting and emphasis-run caps. */
export function assertMarkdownWithinLimits(text: string): void {
  const problem = markdownLimitProblem(text);
  if (problem) throw new ParseError(problem);
}

/** Counts start tags (`<` then a letter) and images in the raw bytes: an upper bound on the
 * elements a parser would build, read without decoding (every encoding Lectern reads for HTML
 * keeps ASCII as is). */
export function assertHtmlWithinLimits(bytes: Uint8Array): void {
  let elements = 0;
  let images = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] !== 0x3c) continue; // <
    const c = bytes[i + 1]! | 0x20;
    if (c < 0x61 || c > 0x7a) continue;
    elements += 1;
    if (c === 0x69 && (bytes[i + 2]! | 0x20) === 0x6d && (bytes[i + 3]! | 0x20) === 0x67) images += 1; // <img
  }
  if (elements > MAX_HTML_ELEMENTS) {
    throw new ParseError(`The web page has over ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements (${elements.toLocaleString('en')}); Lectern does not read pages that large.`);
  }
  if (images > MAX_HTML_IMAGES) {
    throw new ParseError(`The web page has over ${MAX_HTML_IMAGES.toLocaleString('en')} images (${images.toLocaleString('en')}); Lectern does not read pages with that many.`);
  }
}

/** Checked on the package file's text, before it is parsed: reading the elements of a package
 * with 15,000 entries out of jsdom takes minutes by itself. */
export function assertEpubPackageWithinLimits(opf: string): void {
  const spine = opf.match(/<(?:[\w-]+:)?itemref\b/g)?.length ?? 0;
  if (spine > MAX_EPUB_SPINE) {
    throw new ParseError(`The EPUB lists ${spine.toLocaleString('en')} chapters in its spine, over the ${MAX_EPUB_SPINE.toLocaleString('en')} Lectern reads.`);
  }
  const elements = opf.match(/<[A-Za-z]/g)?.length ?? 0;
  if (elements > MAX_EPUB_PACKAGE_ELEMENTS) {
    throw new ParseError(`The EPUB's package file lists over ${MAX_EPUB_PACKAGE_ELEMENTS.toLocaleString('en')} entries (${elements.toLocaleString('en')}); Lectern does not read it.`);
  }
}

export function assertPdfPagesWithinLimits(pages: number): void {
  if (pages > MAX_PDF_PAGES) {
    throw new ParseError(`The PDF has ${pages.toLocaleString('en')} pages, over the ${MAX_PDF_PAGES.toLocaleString('en')} Lectern reads.`);
  }
}

// Public face of the document readers: any supported file's bytes → a cleaned ParsedArticle,
// the images to store with it, and what identifies it for duplicate detection.
import { formatOfFileName } from '../../shared/formats.js';
import type { Asset, ParsedArticle } from '../../shared/types.js';
import { ParseError } from '../errors.js';
import { decodeText, MAX_FILE_BYTES, parseText } from '../parse/index.js';
import { assertHtmlWithinLimits } from './limits.js';
// The readers of web pages, books and PDFs pull in jsdom, pdf.js and mammoth (~100 MB in
// memory): they are loaded on first use, so a library of text articles never pays for them.

export interface ReadOptions {
  /** Largest file accepted, bytes (default 50 MiB); named in the error. */
  maxFileBytes?: number;
  /** Largest total a zip container (EPUB/DOCX) may expand to (default 200 MiB). */
  maxExpandedBytes?: number;
  /** For HTML: reads a local file referenced by the page (e.g. "page_files/img.png"), or null.
   *  The caller restricts it to the page's own folder; paths with a scheme, an absolute path
   *  or ".." are refused here before it is called. */
  readLocal?: (relativePath: string) => Uint8Array | null;
}

export interface ReadDocument {
  article: ParsedArticle;
  /** Images to store with the article (names are safe: [\w.-]+, unique). */
  assets: Asset[];
  /** What identifies the content for duplicate detection: the decoded text for txt/md/html,
   *  the raw bytes for epub/pdf/docx. */
  identity: string | Uint8Array;
  /** Parts of the file that were skipped, in words for people (e.g. a chapter missing from an EPUB). */
  notes: string[];
}

export const DEFAULT_MAX_FILE_BYTES = MAX_FILE_BYTES;
export const DEFAULT_MAX_EXPANDED_BYTES = 200 * 1024 * 1024;

/** The format a file name's extension stands for, or null when Lectern cannot read it. */
export const formatOf = formatOfFileName;

const mebibytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MiB`;

/** Reads one file; throws ParseError, with a one-line message for people, when it cannot. */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (bytes.length > maxFileBytes) {
    throw new ParseError(`The file is too large: ${mebibytes(bytes.length)}, and the limit is ${mebibytes(maxFileBytes)}.`);
  }
  const format = formatOf(fileName);
  if (format === null) {
    throw new ParseError(`Cannot read "${fileName}": Lectern reads .txt, .md, .html, .epub, .pdf and .docx files.`);
  }
  const maxExpandedBytes = options.maxExpandedBytes ?? DEFAULT_MAX_EXPANDED_BYTES;
  // One path for every caller: a Node Buffer (what readFileSync gives `lectern show FILE`)
  // becomes the plain Uint8Array that import passes, which pdf.js insists on.
  bytes = bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (format) {
      case 'text':
      case 'markdown': {
        const { text, encoding } = decodeText(bytes, maxFileBytes);
        return { article: parseText(text, { format, encoding }), assets: [], identity: text, notes: [] };
      }
      case 'html': {
        assertHtmlWithinLimits(bytes);
        const { readHtml } = await import('./html.js');
        const { article, assets, text } = readHtml(bytes, options.readLocal);
        return { article, assets: assets.assets, identity: text, notes: [] };
      }
      case 'epub': {
        const { readEpub } = await import('./epub.js');
        const { article, assets, notes } = readEpub(bytes, maxExpandedBytes);
        return { article, assets, identity: bytes, notes };
      }
      case 'docx': {
        const { readDocx } = await import('./docx.js');
        const { article, assets } = await readDocx(bytes, maxExpandedBytes, fileName);
        return { article, assets, identity: bytes, notes: [] };
      }
      case 'pdf': {
        const { readPdf } = await import('./pdf.js');
        const { article, notes } = await readPdf(bytes, fileName);
        return { article, assets: [], identity: bytes, notes };
      }
      default:
        return assertNever(format);
    }
  } catch (error) {
    if (error instanceof ParseError) throw error;
    // Anything else is a library tripping over a malformed file: say so in one line.
    throw new ParseError(`Lectern could not read this ${format.toUpperCase()} file: it looks damaged.`);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled format ${String(value)}`);
}

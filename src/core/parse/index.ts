// Public face of the parse module: bytes or text in, a cleaned ParsedArticle out.
import { ParseError } from '../errors.js';
import type { ParsedArticle } from '../../shared/types.js';
import { parseText } from './article.js';
import { decodeText } from './decode.js';
import { sourceFormatOf } from './format.js';

export { parseText, type ParseOptions } from './article.js';
export { cleanText, countWords } from './clean-text.js';
export { assertNotTooLarge, decodeText, MAX_FILE_BYTES, type DecodedText } from './decode.js';
export { sourceFormatOf } from './format.js';

/** Decodes and parses one file; ParseError for an unsupported type or unusable content. */
export function parseFile(bytes: Uint8Array, fileName: string): { text: string; article: ParsedArticle } {
  const format = sourceFormatOf(fileName);
  if (format === null) {
    throw new ParseError(`Cannot read "${fileName}": only plain text (.txt) and Markdown (.md) files are supported.`);
  }
  const { text, encoding } = decodeText(bytes);
  return { text, article: parseText(text, { format, encoding }) };
}

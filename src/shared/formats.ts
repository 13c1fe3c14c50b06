// Which files Lectern reads: one table of extensions, used by the parsers, the file pickers, the
// drop zone and "Open with Lectern" alike (they used to keep five lists of their own).
import type { SourceFormat } from './types.js';

/** Each readable extension (lower case, no dot) and the format it stands for. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  epub: 'epub',
  pdf: 'pdf',
  docx: 'docx',
};

export const READABLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_OF_EXTENSION);

/** Formats whose identity is the file's bytes and whose original is re-read in the parse worker. */
export const BINARY_FORMATS: ReadonlySet<SourceFormat> = new Set(['epub', 'pdf', 'docx']);

/** The format a file name's extension stands for, or null when Lectern cannot read it. */
export function formatOfFileName(fileName: string): SourceFormat | null {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match?.[1] ? (FORMAT_OF_EXTENSION[match[1].toLowerCase()] ?? null) : null;
}

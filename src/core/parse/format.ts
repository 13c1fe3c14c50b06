// Which parser a file name asks for.
import type { SourceFormat } from '../../shared/types.js';

const FORMATS: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
};

/** The format a file name's extension stands for, or null when Lectern cannot read it. */
export function sourceFormatOf(fileName: string): SourceFormat | null {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match?.[1] ? (FORMATS[match[1].toLowerCase()] ?? null) : null;
}

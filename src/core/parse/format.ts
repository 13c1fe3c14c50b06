// Which parser a file name asks for, among the text formats this module parses itself.
import { formatOfFileName } from '../../shared/formats.js';
import type { SourceFormat } from '../../shared/types.js';

/** 'text' or 'markdown' for a file name of those, else null (other formats have readers of their own). */
export function sourceFormatOf(fileName: string): SourceFormat | null {
  const format = formatOfFileName(fileName);
  return format === 'text' || format === 'markdown' ? format : null;
}

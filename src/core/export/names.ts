// Stable file names: the slug of the title and the start of the article ID, so a re-export
// writes the same names whatever the order or time of the export.
import type { ExportMeta } from './types.js';

const MAX_SLUG = 32;

/** `united-states-and-china-balance` for "United States and China: balance of …". */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, MAX_SLUG) || 'article';
}

/** `united-states-and-china-balance-48b49f79.md` */
export function articleFileName(meta: ExportMeta, extension: string): string {
  return `${slugOf(meta.state.title)}-${meta.id.slice(0, 8)}.${extension}`;
}

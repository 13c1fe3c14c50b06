// What makes a title a title: one short line. A candidate that is really body text gives way
// to its first sentence, clipped at a word; site names and section breadcrumbs that pages put
// after the headline ("… – Asia – International", "… | The Site") are cut off and kept as a
// removed block with the reason, like every other cleanup removal.
import { splitSentences } from './sentences.js';
import { wordCount } from './text-features.js';

/** The longest title Lectern keeps, in characters. */
export const MAX_TITLE_CHARS = 150;

/** One line, short, and not several sentences of running text. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !t.includes('\n') && t.length <= MAX_TITLE_CHARS && splitSentences(t).length <= 2;
}

/** The text's first sentence, clipped at a word boundary (with "…") to fit a title. */
export function titleFromText(text: string, max = MAX_TITLE_CHARS): string {
  const first = (splitSentences(text.replace(/\s+/g, ' ').trim())[0] ?? '').trim();
  if (first.length <= max) return first;
  const room = first.slice(0, max - 1);
  const cut = room.lastIndexOf(' ');
  const clipped = (cut > max / 2 ? room.slice(0, cut) : room).replace(/[\s,;:–—-]+$/u, '');
  return `${clipped}…`;
}

// Separators pages put between a headline and the site's name or section.
const SEPARATOR = /\s+[|–—·•»:]{1,2}\s+|\s+-\s+|\s+::\s+/gu;

/** A short name-like part: a site or section ("International", "BBC News", "The Verge"). */
function isNameLike(part: string): boolean {
  const n = wordCount(part);
  if (n < 1 || n > 4 || part.length > 32 || /[.!?,;"“”]/u.test(part)) return false;
  // Every word capitalised (small joining words aside), or a domain name.
  return /^[\p{L}\p{N}-]+\.(?:com|org|net|co\.uk|de|fr|io)$/iu.test(part) || part.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&]/u.test(w) || /^(?:of|the|and|for|de|la|le|y|e)$/.test(w));
}

/**
 * Splits site furniture off the end of a title: a trailing run of name-like parts after
 * separators, when it is the page's known site name, a breadcrumb of two or more parts, or
 * one part after a bar ("|"). The headline left must keep at least four words.
 */
export function splitTitleFurniture(title: string, siteName?: string | null): { title: string; furniture: string | null } {
  const text = title.trim();
  const cuts = [...text.matchAll(SEPARATOR)].map((m) => ({ at: m.index ?? 0, sep: m[0].trim(), end: (m.index ?? 0) + m[0].length }));
  const site = siteName?.trim().toLowerCase() ?? '';
  // From the last separator backwards, grow the trailing run while its parts look like names.
  let keep = null as { at: number; parts: number; bar: boolean; site: boolean } | null;
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i];
    if (!cut) break;
    const partEnd = cuts[i + 1]?.at ?? text.length;
    const part = text.slice(cut.end, partEnd).trim();
    if (!isNameLike(part) && part.toLowerCase() !== site) break;
    if (cut.sep === ':') break; // "Hong Kong chaos: China deploys …" — a colon opens the headline's own second half
    const parts = cuts.length - i;
    const bar = (keep?.bar ?? false) || cut.sep === '|';
    keep = { at: cut.at, parts, bar, site: (keep?.site ?? false) || (site !== '' && part.toLowerCase() === site) };
  }
  if (!keep) return { title: text, furniture: null };
  const head = text.slice(0, keep.at).trim();
  if (wordCount(head) < 4) return { title: text, furniture: null };
  if (!(keep.site || keep.bar || keep.parts >= 2)) return { title: text, furniture: null };
  return { title: head, furniture: text.slice(keep.at).replace(/^\s*(?:[|–—·•»:]{1,2}|-|::)\s*/u, '').trim() };
}

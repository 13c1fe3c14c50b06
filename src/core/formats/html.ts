// Web pages (.html/.htm, "Web page, complete" with its _files folder): Readability finds the
// article on an inert jsdom, DOMPurify makes it safe, then the shared block walk and cleanup.
// Local images come through `readLocal`; remote ones are never fetched.
import { Readability } from '@mozilla/readability';
import type { ParsedArticle } from '../../shared/types.js';
import { ParseError } from '../errors.js';
import { parseByline } from '../parse/metadata.js';
import { wordCount } from '../parse/text-features.js';
import { AssetStore, decodeDataUri, MAX_DATA_URI_BYTES } from './assets.js';
import { walkBlocks } from './blocks.js';
import { decodeHtml } from './charset.js';
import { readPageMeta } from './page-meta.js';
import { parseHtml, sanitize } from './sanitize.js';
import { assembleArticle } from './structure.js';

export type ReadLocal = (relativePath: string) => Uint8Array | null;

/**
 * The page-relative path an image source names, or null for anything that could leave the
 * page's folder: a scheme ("http:", "file:", "C:"), an absolute path, or a ".." segment
 * (also when percent-encoded).
 */
export function localPath(src: string): string | null {
  let path = src.trim().replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || /^[/\\]/.test(path) || path.includes('\0')) return null;
  const parts = path.replace(/\\/g, '/').split('/');
  if (parts.some((p) => p === '..')) return null;
  return parts.filter((p) => p !== '.' && p !== '').join('/') || null;
}

function imageResolver(assets: AssetStore, readLocal: ReadLocal | undefined): (src: string) => string | null {
  return (src) => {
    if (/^data:/i.test(src.trim())) return assets.add(src, () => decodeDataUri(src), MAX_DATA_URI_BYTES);
    const path = localPath(src);
    if (path === null || !readLocal) return null;
    return assets.add(path, () => readLocal(path));
  };
}

function cleanByline(raw: string | null | undefined): string | null {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const name = parseByline(/^by\b/i.test(text) ? text : `By ${text}`)?.name ?? null;
  return name && wordCount(name) <= 12 ? name : null;
}

/** Labels a page may set before its headline and a colon ("Opinion: …"): a section, not the headline. */
const SECTION_LABEL = /^(?:opinion|analysis|review|interview|exclusive|live|watch|video|update|updated|breaking|podcast|explainer|comment|editorial|letters?|news|sport|sports|business|world|politics|tech|technology|science|health|culture)$/i;

/**
 * The page's headline. Readability keeps only what follows a colon in the page title when no
 * heading repeats the whole ("Superbugs: What They Are …" → "What They Are …"), which drops the
 * headline's subject; the part before the colon goes only when it is the site's name or a section
 * label. Site furniture after a separator is left to the title rules (assembleArticle).
 */
function headline(readability: string | undefined, page: string, siteName: string | null | undefined): string {
  if (!readability) return page;
  const colon = page.indexOf(': ');
  if (colon < 0 || page.length <= readability.length || !page.endsWith(readability)) return readability;
  const before = page.slice(0, colon).trim();
  if (SECTION_LABEL.test(before) || (siteName && before.toLowerCase() === siteName.trim().toLowerCase())) return readability;
  return page;
}

export function readHtml(bytes: Uint8Array, readLocal?: ReadLocal): { article: ParsedArticle; assets: AssetStore; text: string } {
  const { text, encoding } = decodeHtml(bytes);
  // The page is parsed by the sanitiser's long-lived window (see parseHtml), not a JSDOM of its
  // own: building a jsdom window costs far more than parsing a page, and a DOMParser document is
  // inert (scripting disabled, no browsing context, so nothing is fetched) and shares no state
  // with the next import — it is simply dropped when done.
  const doc = parseHtml(text);
  for (const base of Array.from(doc.querySelectorAll('base'))) base.remove();
  const meta = readPageMeta(doc);
  const pageTitle = doc.title.trim();
  const parsed = new Readability(doc, { serializer: (node: Node) => node }).parse();
  const content = parsed?.content ?? doc.body;
  if (!content) throw new ParseError('This web page holds no readable text.');
  const assets = new AssetStore();
  const { items, figures } = walkBlocks(sanitize(content), { resolveImage: imageResolver(assets, readLocal), baseUrl: meta.url });
  if (items.length === 0) throw new ParseError('This web page holds no readable text.');
  const siteName = parsed?.siteName?.trim() || meta.siteName;
  const title = headline(parsed?.title?.trim(), pageTitle, siteName) || items[0]?.text || '';
  const article = assembleArticle({
    items,
    figures,
    title,
    byline: cleanByline(meta.author) ?? cleanByline(parsed?.byline),
    published: meta.published,
    siteName,
    format: 'html',
    encoding,
    profile: 'web',
    languageHint: parsed?.lang?.slice(0, 2).toLowerCase() || null,
  });
  return { article, assets, text };
}

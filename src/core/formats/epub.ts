// EPUB: the zip is read safely (zip.ts); container.xml names the package, whose spine gives
// the chapters in reading order. Each chapter goes through the same sanitising walk as web
// pages (no Readability: a chapter is all content). Titles come from the nav document or
// toc.ncx, else the chapter's first heading; images inside the book become assets.
import type { Asset, ParsedArticle } from '../../shared/types.js';
import { ParseError } from '../errors.js';
import { decodeText } from '../parse/index.js';
import { AssetStore } from './assets.js';
import { walkBlocks, type FigureAt, type Item } from './blocks.js';
import { normaliseDate } from './page-meta.js';
import { parseHtml, parseXml, sanitize } from './sanitize.js';
import { assertEpubPackageWithinLimits } from './limits.js';
import { assembleArticle } from './structure.js';
import { isSafeEntryName, readZip } from './zip.js';

type Entries = ReadonlyMap<string, Uint8Array>;

/** Resolves an href against the folder of `from` inside the archive; null if it leaves the archive. */
export function resolveInZip(from: string, href: string): string | null {
  let path = href.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (path === '' || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) return null;
  const parts = from.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  const joined = parts.join('/');
  return isSafeEntryName(joined) ? joined : null;
}

function text(entries: Entries, path: string): string | null {
  const bytes = entries.get(path);
  if (!bytes) return null;
  try {
    return decodeText(bytes).text;
  } catch {
    return null;
  }
}

const byLocalName = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagName('*')).filter((el) => el.localName === name);
const firstText = (root: Document, name: string): string | null => byLocalName(root, name)[0]?.textContent?.replace(/\s+/g, ' ').trim() || null;

interface Package {
  readonly path: string;
  readonly doc: Document;
  readonly manifest: Map<string, { href: string; type: string; properties: string }>;
}

function readPackage(entries: Entries): Package {
  const container = text(entries, 'META-INF/container.xml');
  const containerDoc = container === null ? null : parseXml(container);
  const rootPath = containerDoc ? byLocalName(containerDoc, 'rootfile')[0]?.getAttribute('full-path') : null;
  const opfPath = rootPath && isSafeEntryName(rootPath) ? rootPath : [...entries.keys()].find((name) => name.endsWith('.opf'));
  const opf = opfPath ? text(entries, opfPath) : null;
  if (opf !== null) assertEpubPackageWithinLimits(opf);
  const doc = opf === null ? null : parseXml(opf);
  if (!opfPath || !doc) throw new ParseError('This EPUB is damaged: its package file (the list of chapters) is missing or unreadable.');
  const manifest = new Map<string, { href: string; type: string; properties: string }>();
  for (const item of byLocalName(doc, 'item')) {
    const id = item.getAttribute('id');
    const href = resolveInZip(opfPath, item.getAttribute('href') ?? '');
    if (id && href) manifest.set(id, { href, type: item.getAttribute('media-type') ?? '', properties: item.getAttribute('properties') ?? '' });
  }
  return { path: opfPath, doc, manifest };
}

/** Chapter titles by file, from the EPUB 3 nav document or the EPUB 2 toc.ncx. */
function tableOfContents(entries: Entries, pkg: Package): Map<string, string> {
  const titles = new Map<string, string>();
  const add = (from: string, href: string | null, label: string | null | undefined): void => {
    const path = href ? resolveInZip(from, href) : null;
    const title = label?.replace(/\s+/g, ' ').trim();
    if (path && title && !titles.has(path)) titles.set(path, title);
  };
  const nav = [...pkg.manifest.values()].find((item) => item.properties.split(/\s+/).includes('nav'));
  const navText = nav ? text(entries, nav.href) : null;
  if (nav && navText !== null) {
    const doc = parseXml(navText, 'application/xhtml+xml') ?? parseHtml(navText);
    const navs = byLocalName(doc, 'nav');
    const toc = navs.find((el) => /\btoc\b/.test(el.getAttribute('epub:type') ?? el.getAttributeNS('http://www.idpf.org/2007/ops', 'type') ?? '')) ?? navs[0];
    for (const a of toc ? byLocalName(toc, 'a') : []) add(nav.href, a.getAttribute('href'), a.textContent);
  }
  const ncx = [...pkg.manifest.values()].find((item) => item.type === 'application/x-dtbncx+xml');
  const ncxText = ncx ? text(entries, ncx.href) : null;
  const ncxDoc = ncxText === null ? null : parseXml(ncxText);
  if (ncx && ncxDoc) {
    for (const point of byLocalName(ncxDoc, 'navPoint')) {
      const label = byLocalName(point, 'text')[0]?.textContent;
      add(ncx.href, byLocalName(point, 'content')[0]?.getAttribute('src') ?? null, label);
    }
  }
  return titles;
}

function chapterBody(source: string): Node | null {
  const doc = parseXml(source, 'application/xhtml+xml') ?? parseHtml(source);
  return byLocalName(doc, 'body')[0] ?? null;
}

export function readEpub(bytes: Uint8Array, maxExpandedBytes: number): { article: ParsedArticle; assets: Asset[]; notes: string[] } {
  const entries = readZip(bytes, { maxExpandedBytes, label: 'EPUB', notZip: 'This EPUB file is damaged or not an EPUB (it is not a zip archive).' });
  const pkg = readPackage(entries);
  const toc = tableOfContents(entries, pkg);
  const spine = byLocalName(pkg.doc, 'itemref').map((ref) => ref.getAttribute('idref') ?? '');
  const assets = new AssetStore();
  const items: (Item & { section: number })[] = [];
  const figures: FigureAt[] = [];
  const sections: { title: string; item: number }[] = [];
  const notes: string[] = [];
  const unread: string[] = [];
  for (const idref of spine) {
    const entry = pkg.manifest.get(idref);
    if (entry?.properties.split(/\s+/).includes('nav')) continue; // the printed table of contents
    const source = entry ? text(entries, entry.href) : null;
    const body = source === null ? null : chapterBody(source);
    if (!entry || !body) {
      notes.push(`Skipped a chapter that is missing from the book: ${entry?.href ?? idref}.`);
      unread.push(`${entry?.href ?? idref} (${!entry ? 'not in the book’s list of files' : entries.has(entry.href) ? 'not readable as a chapter' : 'missing from the book'})`);
      continue;
    }
    const chapter = walkBlocks(sanitize(body), {
      resolveImage: (src) => {
        const path = resolveInZip(entry.href, src);
        return path ? assets.add(path, () => entries.get(path) ?? null) : null;
      },
    });
    if (chapter.items.length === 0 && chapter.figures.length === 0) continue;
    const section = sections.length;
    const heading = chapter.items.find((item) => item.kind === 'heading')?.text;
    sections.push({ title: toc.get(entry.href) ?? heading ?? `Chapter ${section + 1}`, item: items.length });
    for (const figure of chapter.figures) figures.push({ ...figure, at: figure.at + items.length });
    for (const item of chapter.items) items.push({ ...item, section });
  }
  if (items.length === 0) {
    throw new ParseError(notes.length > 0 ? 'This EPUB has no readable chapter: the files its spine lists are missing.' : 'This EPUB holds no readable text.');
  }
  const title = firstText(pkg.doc, 'title') ?? sections[0]?.title ?? '';
  const language = firstText(pkg.doc, 'language')?.slice(0, 2).toLowerCase() ?? null;
  const article = assembleArticle({
    items,
    figures,
    sections,
    title,
    fallbackTitle: 'Untitled book',
    byline: firstText(pkg.doc, 'creator'),
    published: normaliseDate(firstText(pkg.doc, 'date')),
    format: 'epub',
    encoding: 'utf-8',
    profile: 'document',
    languageHint: language && /^[a-z]{2}$/.test(language) ? language : null,
  });
  const problems = unread.length === 0 ? [] : [`${unread.length} ${unread.length === 1 ? 'chapter' : 'chapters'} could not be read: ${unread.join(', ')}.`];
  return { article: problems.length > 0 ? { ...article, problems } : article, assets: assets.assets, notes };
}

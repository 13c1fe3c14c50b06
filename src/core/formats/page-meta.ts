// What a web page's head says about it: publication date (meta tags, JSON-LD, <time>), site
// name, author and its own address (for absolute links). Read before Readability edits the page.
import { parseDateLine } from '../parse/dates.js';

export interface PageMeta {
  readonly published: string | null;
  readonly siteName: string | null;
  readonly author: string | null;
  readonly url: string | null;
}

const DATE_KEYS = [
  'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
];

/** The page's <meta> contents by lowercased property/name/itemprop, the first of each kept. */
function metaMap(doc: Document): ReadonlyMap<string, string> {
  const found = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !found.has(key)) found.set(key, content);
  }
  return found;
}

function metaContent(found: ReadonlyMap<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = found.get(key);
    if (value) return value;
  }
  return null;
}

/** "2024-03-05T10:00:00.000Z", "March 5, 2024" → ISO at the precision given; else null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  return parseDateLine(value.trim());
}

function jsonLdValues(doc: Document, key: string): string[] {
  const values: string[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const record = node as Record<string, unknown>;
    const value = record[key];
    if (typeof value === 'string') values.push(value);
    else if (value && typeof value === 'object') {
      const name = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined;
      if (typeof name?.['name'] === 'string') values.push(name['name']);
    }
    for (const child of Object.values(record)) if (typeof child === 'object') visit(child, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  return values;
}

export function readPageMeta(doc: Document): PageMeta {
  const metas = metaMap(doc); // read once: each query walks the whole page
  const ld = (key: string): string | null => jsonLdValues(doc, key)[0] ?? null;
  const published =
    normaliseDate(metaContent(metas, DATE_KEYS)) ??
    normaliseDate(ld('datePublished')) ??
    normaliseDate(doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]')?.getAttribute('datetime'));
  const canonical = doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href') ?? metaContent(metas, ['og:url']);
  return {
    published,
    siteName: metaContent(metas, ['og:site_name', 'application-name']) ?? null,
    author: metaContent(metas, ['author', 'article:author', 'dc.creator', 'parsely-author']) ?? ld('author'),
    url: canonical && /^https?:\/\//i.test(canonical.trim()) ? canonical.trim() : null,
  };
}
